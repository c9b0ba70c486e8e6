//! The segmenter loads jieba's dictionary word by word from a compiled trie;
//! lint results must be exactly those with stock `Jieba::new()`, whatever
//! order the Notes come in.

#[path = "../bench/corpus.rs"]
mod corpus;

use xhslint::input::note::{Note, NoteFormat};
use xhslint::lint::lint_note_with;
use xhslint::settings::Settings;
use xhslint::text::segment::Segmenter;

fn corpus(count: usize) -> Vec<corpus::GenNote> {
    let terms = xhslint::rules::lexicons::builtin_words()
        .into_iter()
        .map(str::to_string)
        .collect();
    corpus::generate(&corpus::Vocabulary::new(terms), 20_260_618, count)
}

#[test]
fn lint_results_match_stock_jieba_on_a_generated_corpus() {
    let notes = corpus(200);
    let settings = Settings::default();
    let stock = Segmenter::with_loaded_jieba(jieba_rs::Jieba::new());
    // Fed in reverse, so each Note meets a dictionary loaded by different
    // Notes than in the forward pass below.
    let lazy_reversed = Segmenter::new();
    let lazy = Segmenter::new();
    for note in notes.iter().rev() {
        lazy_reversed.words(&note.body);
    }

    let mut findings = 0;
    for generated in &notes {
        let path = format!("{}.md", generated.id);
        let note = Note::parse(path.as_str(), generated.markdown(), NoteFormat::Markdown);
        let expected = lint_note_with(&note, &settings, &stock);
        assert_eq!(
            lint_note_with(&note, &settings, &lazy),
            expected,
            "{path}:\n{}",
            note.source
        );
        for text in [generated.title.as_str(), generated.body.as_str()] {
            let words = stock.words(text);
            assert_eq!(lazy.words(text), words, "{path}: {text}");
            assert_eq!(lazy_reversed.words(text), words, "{path}: {text}");
        }
        findings += expected.len();
    }
    // The corpus must exercise the rules, or the comparison proves little.
    assert!(findings > notes.len(), "only {findings} findings");
}
