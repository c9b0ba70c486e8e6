//! The known false-positive traps: each must stay clean, and each test
//! also shows the rule does fire on the risky word itself, so it can fail.

use std::sync::Arc;

use xhslint::input::note::{Note, NoteFormat};
use xhslint::lint::lint_note;
use xhslint::rules::lexicons::{BUILTIN, LexiconSet};
use xhslint::settings::Settings;
use xhslint::text::lexicon::Lexicon;

fn findings(rule: &str, source: &str, settings: &Settings) -> Vec<String> {
    let note = Note::parse("trap.txt", source.to_string(), NoteFormat::Text);
    lint_note(&note, settings)
        .into_iter()
        .filter(|d| d.rule == rule)
        .map(|d| note.source[d.span.clone()].to_string())
        .collect()
}

fn assert_clean(rule: &str, body: &str) {
    let source = format!("标题\n\n{body}");
    let found = findings(rule, &source, &Settings::default());
    assert!(found.is_empty(), "{rule} flagged {found:?} in {body:?}");
}

fn assert_flags(rule: &str, body: &str, expected: &[&str]) {
    let source = format!("标题\n\n{body}");
    let found = findings(rule, &source, &Settings::default());
    assert_eq!(found, expected, "{rule} in {body:?}");
}

#[test]
fn time_sequence_and_ordinal_words_are_not_absolute_claims() {
    for trap in [
        "最近换季皮肤很干",
        "最后一步用散粉定妆",
        "第一次用就爱上了",
        "第一步先洗脸",
        "唯一的缺点是有点贵",
        "最佳赏味期是开封后七天",
        "这是国家级非遗传承人做的",
    ] {
        assert_clean("absolute-claim", trap);
    }
    assert_flags(
        "absolute-claim",
        "国产第一，唯一的选择是最佳的",
        &["第一", "最佳"],
    );
}

#[test]
fn a_platform_named_without_a_redirect_is_fine() {
    for trap in ["微信支付也可以", "我之前淘宝买的", "这是抖音同款收纳盒"] {
        assert_clean("off-platform", trap);
    }
    assert_flags(
        "off-platform",
        "加微信领券，淘宝搜同款",
        &["加微信", "淘宝搜"],
    );
}

#[test]
fn lowering_pressure_is_not_pressure() {
    assert_clean("pressure-phrase", "不买也没关系，先收藏");
    assert_flags("pressure-phrase", "不买后悔", &["不买后悔"]);
}

#[test]
fn unlimited_is_not_a_scarcity_signal() {
    let sale_note = |title: &str| format!("{title}\n\n咖啡很香，到手¥29");
    let settings = Settings::default();
    assert_eq!(
        findings(
            "title-scarcity",
            &sale_note("无限量续杯的美式咖啡"),
            &settings
        )
        .len(),
        1,
        "无限量 does not count as 限量"
    );
    assert!(
        findings(
            "title-scarcity",
            &sale_note("限量200杯｜美式咖啡"),
            &settings
        )
        .is_empty()
    );
}

#[test]
fn sticker_codes_are_not_words() {
    // A lexicon that flags 色色 shows the masking is what keeps [色色R] clean.
    let lexicons: Vec<(Lexicon, _)> = BUILTIN
        .iter()
        .map(|(name, role, text)| {
            let mut lexicon = Lexicon::parse(name, text).expect("built-in lexicon parses");
            if *name == "pressure-phrase" {
                lexicon.add(["色色"]);
            }
            (lexicon, *role)
        })
        .collect();
    let settings = Settings {
        lexicons: Arc::new(LexiconSet::new(lexicons)),
        ..Settings::default()
    };
    assert!(findings("pressure-phrase", "标题\n\n巨好吃[色色R]", &settings).is_empty());
    assert_eq!(
        findings("pressure-phrase", "标题\n\n巨好吃色色", &settings),
        ["色色"]
    );
}

#[test]
fn a_hash_inside_a_url_is_not_a_tag() {
    let tags = "#a1 #a2 #a3 #a4 #a5 #a6 #a7 #a8";
    let with_url = format!("详见 https://example.cn/p#comments\n{tags}");
    let source = format!("台灯\n\n{with_url}");
    assert!(findings("hashtag-count", &source, &Settings::default()).is_empty());
    let with_extra_tag = format!("台灯\n\n#comments\n{tags}");
    assert_eq!(
        findings("hashtag-count", &with_extra_tag, &Settings::default()).len(),
        1
    );
}
