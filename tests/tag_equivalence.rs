//! The segmenter's part-of-speech tags are stock jieba-rs's `Jieba::tag`
//! (its whole dictionary loaded, the built-in lexicon words added as the
//! segmenter adds them): the same words, the dictionary's tag for a known
//! word, `m`/`eng` for numbers and ASCII words it does not know. Two
//! differences, both documented on `Segmenter::tag`: a user word, which
//! jieba-rs keeps with the tag `""`, is `x`; and a Chinese word no
//! dictionary holds (one jieba's segmenting HMM made up), which jieba-rs
//! built with its default dictionary tags with its part-of-speech HMM, is
//! `x`, as jieba-rs built without that model (as xhslint builds it) tags it.

#[path = "../bench/corpus.rs"]
mod corpus;

use std::collections::BTreeSet;
use std::sync::{Mutex, OnceLock};

use jieba_rs::Jieba;
use proptest::prelude::*;

use xhslint::text::lexicons::builtin_words;
use xhslint::text::segment::{Segmenter, USER_WORD_TAG};

/// Stock jieba with its whole dictionary and the built-in lexicon words.
fn stock() -> &'static Jieba {
    static STOCK: OnceLock<Jieba> = OnceLock::new();
    STOCK.get_or_init(|| {
        let mut jieba = Jieba::new();
        for word in builtin_words() {
            let word = word.trim();
            if !word.is_empty() && !jieba.has_word(word) {
                jieba.add_word(word, None, None);
            }
        }
        jieba
    })
}

/// One compiled segmenter for every text, as a batch shares one.
fn compiled() -> &'static Segmenter {
    static COMPILED: OnceLock<Segmenter> = OnceLock::new();
    COMPILED.get_or_init(Segmenter::new)
}

/// The tags seen so far, across tests, to prove the texts exercise them.
static SEEN: Mutex<BTreeSet<&'static str>> = Mutex::new(BTreeSet::new());

/// Checks `text`'s tags against stock jieba's; returns how many words stock
/// jieba tagged with its part-of-speech HMM.
fn assert_tags_are_stock(text: &str) -> usize {
    let lower = text.to_ascii_lowercase();
    let expected = stock().tag(&lower, true);
    let found = compiled().tag(text);
    let words = |ranges: Vec<std::ops::Range<usize>>| -> Vec<String> {
        ranges.into_iter().map(|r| lower[r].to_string()).collect()
    };
    assert_eq!(
        words(found.iter().map(|w| w.range.clone()).collect()),
        words(expected.iter().map(|t| t.byte_start..t.byte_end).collect()),
        "{text:?}"
    );
    let mut hmm_tagged = 0;
    for (found, expected) in found.iter().zip(&expected) {
        let word = expected.word;
        assert_eq!(found.known, stock().has_word(word), "{word:?} in {text:?}");
        if !stock().has_word(word) && !word.chars().any(|c| c.is_ascii_alphanumeric()) {
            // Unknown and not a number or an ASCII word.
            assert_eq!(found.tag, "x", "{word:?} in {text:?}");
            hmm_tagged += usize::from(expected.tag != "x");
        } else if expected.tag.is_empty() {
            assert_eq!(found.tag, USER_WORD_TAG, "{word:?} in {text:?}");
        } else {
            assert_eq!(found.tag, expected.tag, "{word:?} in {text:?}");
        }
        SEEN.lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(found.tag);
    }
    hmm_tagged
}

#[test]
fn sample_copy_is_tagged_as_stock_jieba_tags_it() {
    let mut hmm_tagged = 0;
    for text in [
        "面料垂坠，贴身穿也不闷，活动价¥199，点商品卡",
        "冷水一冲就化开，香气很足，到手价39元",
        "锅气足，下饭，套餐特价$28",
        "这件外套很厚实，裹着暖和，走一天不磨脚",
        "洗得干净，穿着舒服，洗了三次也不起球",
        "大家好，我上周刚搬家，今天超开心！",
        "7天无理由退换，包邮，110码适合3到6岁",
        "这次真的很划算，比平时便宜20%OFF",
        "iPhone 15 Pro Max 256GB，A股，c#入门，USB-C 3.5mm",
        "ＡＢＣ全角字母和４８小时，手慢无！！",
        "\r\n换行\r\n之后\t还有制表符  和空格",
        "👩‍👩‍👧 emoji夹在中间✨，[笑哭R]#好物分享[话题]#",
    ] {
        hmm_tagged += assert_tags_are_stock(text);
    }
    // Made-up words are rare in copy, but these texts hold some (磨脚,
    // 锅气), so the difference is exercised.
    assert!(hmm_tagged > 0);
}

#[test]
fn generated_notes_are_tagged_as_stock_jieba_tags_them() {
    let terms = builtin_words().into_iter().map(str::to_string).collect();
    let notes = corpus::generate(&corpus::Vocabulary::new(terms), 20_261_205, 150);
    for note in &notes {
        assert_tags_are_stock(&note.title);
        assert_tags_are_stock(&note.body);
    }
    let seen = SEEN.lock().unwrap_or_else(|e| e.into_inner()).clone();
    for tag in ["n", "v", "a", "d", "m", "eng", "x", "zg", "uj"] {
        assert!(seen.contains(tag), "no `{tag}` in {seen:?}");
    }
}

/// Pieces copy is made of: dictionary words of every class, lexicon words
/// (user words), numbers, ASCII words, full-width forms, punctuation and
/// emoji.
const PIECES: &[&str] = &[
    "面料",
    "很",
    "柔软",
    "不",
    "闷",
    "磨脚",
    "香气",
    "十足",
    "锅气",
    "足",
    "，",
    "。",
    "！",
    " ",
    "\n",
    "\r\n",
    "手慢无",
    "到手价",
    "¥",
    "199",
    "元",
    "iPhone",
    "USB",
    "c#",
    "3.5",
    "20%",
    "OFF",
    "👍",
    "✨",
    "宝宝",
    "喝了",
    "不胀气",
    "洗得",
    "干净",
    "穿着",
    "舒服",
    "A股",
    "的",
    "了",
    "是",
    "我",
    "今天",
    "上周",
    "开心",
    "划算",
    "便宜",
    "7天无理由",
    "包邮",
    "110码",
    "3到6岁",
    "秒上手",
    "冷水",
    "一冲就化开",
    "哈喽",
    "大家好",
    "Ｑ弹",
    "ＡＢＣ",
    "肉",
    "嫩",
    "皮",
    "薄",
    "软乎乎",
    "香喷喷",
    "加vx",
    "私信",
    "第一次",
    "全网最低",
];

fn copy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => prop::sample::select(PIECES).prop_map(str::to_string),
        1 => "[\u{4e00}-\u{9fa5}a-zA-Z0-9 ，。]{1,4}",
    ];
    prop::collection::vec(piece, 0..24).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn any_copy_is_tagged_as_stock_jieba_tags_it(text in copy()) {
        assert_tags_are_stock(&text);
    }
}
