//! The segmenter makes jieba's cut itself, over a dictionary compiled into
//! the binary; words and lint results must be exactly those of stock
//! jieba-rs with its whole dictionary (`Jieba::new()`), whatever order the
//! Notes come in.

#[path = "../bench/corpus.rs"]
mod corpus;

use std::sync::OnceLock;

use proptest::prelude::*;

use xhslint::input::note::{Note, NoteFormat};
use xhslint::lint::lint_note_with;
use xhslint::settings::Settings;
use xhslint::text::segment::Segmenter;

fn corpus(count: usize) -> Vec<corpus::GenNote> {
    corpus::generate(
        &corpus::Vocabulary::with_builtin_lexicons(),
        20_260_618,
        count,
    )
}

fn stock() -> &'static Segmenter {
    static STOCK: OnceLock<Segmenter> = OnceLock::new();
    STOCK.get_or_init(|| Segmenter::with_loaded_jieba(jieba_rs::Jieba::new()))
}

#[test]
fn lint_results_match_stock_jieba_on_a_generated_corpus() {
    let notes = corpus(200);
    let settings = Settings::default();
    let stock = stock();
    // Fed in reverse, so each Note comes after different Notes than in the
    // forward pass below: nothing a Note leaves behind may change the next.
    let compiled_reversed = Segmenter::new();
    let compiled = Segmenter::new();
    for note in notes.iter().rev() {
        compiled_reversed.words(&note.body);
    }

    let mut findings = 0;
    for generated in &notes {
        let path = format!("{}.md", generated.id);
        let note = Note::parse(path.as_str(), generated.markdown(), NoteFormat::Markdown);
        let expected = lint_note_with(&note, &settings, stock);
        assert_eq!(
            lint_note_with(&note, &settings, &compiled),
            expected,
            "{path}:\n{}",
            note.source
        );
        for text in [generated.title.as_str(), generated.body.as_str()] {
            let words = stock.words(text);
            assert_eq!(compiled.words(text), words, "{path}: {text}");
            assert_eq!(compiled_reversed.words(text), words, "{path}: {text}");
            // Boundaries are segmented a stretch at a time; they must be
            // those of the whole text.
            let mut expected = vec![0];
            for word in &words {
                expected.push(expected[expected.len() - 1] + word.len());
            }
            let boundaries = compiled.boundaries(text);
            let found: Vec<usize> = (0..=text.len())
                .filter(|&offset| boundaries.contains(offset))
                .collect();
            assert_eq!(found, expected, "{path}: {text}");
        }
        findings += expected.len();
    }
    // The corpus must exercise the rules, or the comparison proves little.
    assert!(findings > notes.len(), "only {findings} findings");
}

#[test]
fn threads_sharing_one_segmenter_segment_like_stock() {
    let notes = corpus(120);
    let compiled = Segmenter::new();
    // Two threads share the segmenter, each segmenting its own Notes, as a
    // parallel batch does.
    std::thread::scope(|scope| {
        for half in notes.chunks(notes.len() / 2) {
            let compiled = &compiled;
            scope.spawn(move || {
                for note in half {
                    assert_eq!(
                        compiled.words(&note.body),
                        stock().words(&note.body),
                        "{}",
                        note.id
                    );
                }
            });
        }
    });
}

#[test]
fn a_user_word_added_after_segmenting_is_priced_as_stock_prices_it() {
    let compiled = Segmenter::new();
    let stock = Segmenter::with_loaded_jieba(jieba_rs::Jieba::new());
    let before = "这款补水面膜敷完第二天上妆很服帖";
    assert_eq!(compiled.words(before), stock.words(before));
    // A config's lexicon joins the segmenter after Notes were read.
    for segmenter in [&compiled, &stock] {
        segmenter.add_words(["保湿喷雾", "服帖度"]);
    }
    for text in [before, "保湿喷雾的服帖度真的绝了", "喷雾保湿，服帖度高"] {
        assert_eq!(compiled.words(text), stock.words(text), "{text}");
    }
    assert!(
        compiled
            .words("保湿喷雾的服帖度真的绝了")
            .contains(&"服帖度")
    );
}

/// Characters where jieba's cut has special cases: Han past the end of its
/// model (U+9FD6 on) and in the extensions, ASCII connectors and `%`
/// inside and around ASCII words, `\r\n`, full-width forms, emoji and the
/// punctuation that ends a block.
fn tricky_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => "[\u{4e00}-\u{9fa5}]{1,6}",
        1 => "[\u{9fd0}-\u{9fff}\u{3400}-\u{3410}\u{20000}-\u{20005}]{1,3}",
        2 => "[a-zA-Z0-9]{1,4}",
        2 => "[-._%+#&]{1,2}",
        1 => prop::sample::select(vec![
            "\r\n", "\r", "\n", " ", "，", "。", "🎁", "Ａ", "４８", "手慢无", "第一次",
            "限时", "A股", "c#", "v1.2-beta", "50%", "3.5mm", "全网最低", "到手价",
        ])
        .prop_map(str::to_string),
    ];
    prop::collection::vec(piece, 0..16).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    #[test]
    fn any_text_is_cut_as_stock_jieba_cuts_it(text in tricky_text()) {
        let compiled = Segmenter::builtin();
        prop_assert_eq!(compiled.words(&text), stock().words(&text), "{:?}", text);
    }
}

#[test]
fn runs_no_word_covers_are_cut_by_the_same_model() {
    // Rare characters and made-up words, so the HMM decides most cuts.
    for text in [
        "杭研大厦",
        "贴身穿也不闷肉嫩皮薄锅气足",
        "鿖鿗鿘㐀㐁𠀀好",
        "叕叒双又又",
        "囧槑烎兲",
    ] {
        assert_eq!(Segmenter::new().words(text), stock().words(text), "{text}");
    }
}
