//! Disguised copy is matched as the plain copy would be, with the span on
//! the disguised bytes of the original; the look-alike traps stay quiet.
//! Each class lists the disguises it catches and the traps it must not
//! flag.

use xhslint::input::note::{Note, NoteFormat};
use xhslint::lint::lint_note;
use xhslint::settings::Settings;

/// The (rule, text) findings of a Note whose body is `body`, leaving out the
/// whole-Note rules.
fn findings(body: &str) -> Vec<(String, String)> {
    let note = Note::parse("e.txt", format!("标题\n\n{body}\n"), NoteFormat::Text);
    lint_note(&note, &Settings::default())
        .into_iter()
        .filter(|d| !matches!(d.rule, "hashtag-count" | "title-length"))
        .map(|d| (d.rule.to_string(), note.source[d.span.clone()].to_string()))
        .collect()
}

fn assert_caught(cases: &[(&str, &str, &str)]) {
    for &(body, rule, span) in cases {
        assert_eq!(
            findings(body),
            [(rule.to_string(), span.to_string())],
            "{body:?}"
        );
    }
}

fn assert_quiet(traps: &[&str], rule: &str) {
    for trap in traps {
        let found = findings(trap);
        assert!(!found.iter().any(|(r, _)| r == rule), "{trap:?}: {found:?}");
    }
}

#[test]
fn default_ignorable_characters_cannot_hide_a_phrase() {
    assert_caught(&[
        ("手\u{034F}慢无", "pressure-phrase", "手\u{034F}慢无"),
        ("手慢\u{180E}无", "pressure-phrase", "手慢\u{180E}无"),
        ("最\u{3164}好用", "absolute-claim", "最\u{3164}好用"),
        ("不买\u{00AD}后悔", "pressure-phrase", "不买\u{00AD}后悔"),
        ("手慢\u{FE0F}无", "pressure-phrase", "手慢\u{FE0F}无"),
        ("闭\u{2800}眼入", "pressure-phrase", "闭\u{2800}眼入"),
        ("手\u{E0041}慢无", "pressure-phrase", "手\u{E0041}慢无"),
        ("加\u{2060}vx", "off-platform", "加\u{2060}vx"),
    ]);
}

#[test]
fn cyrillic_and_greek_look_alikes_read_as_latin() {
    assert_caught(&[
        ("加ѵх", "off-platform", "加ѵх"),
        ("ν信联系", "off-platform", "ν信"),
        ("wх号", "off-platform", "wх"),
        ("Vх：abc12345", "off-platform", "Vх"),
        ("加ѵ信", "off-platform", "加ѵ信"),
    ]);
    // Real Russian and Greek words are left alone.
    assert_quiet(&["Свет", "α-熊果苷精华", "Ω系列面霜"], "off-platform");
}

#[test]
fn an_emoji_standing_for_a_character_is_read_as_it() {
    // `🈚` is the squared form of 無, read as 无; the variation selector
    // after it is ignorable.
    assert_caught(&[
        ("手慢🈚️", "pressure-phrase", "手慢🈚"),
        ("🍑宝搜同款", "off-platform", "🍑宝搜"),
    ]);
}

#[test]
fn homophones_of_contact_and_store_names_are_one_family() {
    assert_caught(&[
        ("加维领资料", "off-platform", "加维"),
        ("加薇", "off-platform", "加薇"),
        ("加微", "off-platform", "加微"),
        ("斗音同款链接", "off-platform", "斗音"),
        ("狗东下单", "off-platform", "狗东"),
        ("tao宝", "off-platform", "tao宝"),
        ("拼夕夕", "off-platform", "拼夕夕"),
        ("某东", "off-platform", "某东"),
        ("weixin", "off-platform", "weixin"),
    ]);
    // Words that hold the same characters are not handles.
    assert_quiet(
        &[
            "加维生素C更好吸收",
            "这个狗东西",
            "加微辣更香",
            "加微甜的奶盖",
            "增加微量元素",
            "维生素",
            "用微信支付",
        ],
        "off-platform",
    );
}

#[test]
fn a_phone_number_read_out_in_chinese_numerals_is_a_phone_number() {
    assert_caught(&[
        (
            "一三八一二三四五六七八",
            "off-platform",
            "一三八一二三四五六七八",
        ),
        (
            "电话幺三八 一二三四 五六七八",
            "off-platform",
            "幺三八 一二三四 五六七八",
        ),
        (
            "壹叁捌壹贰叁肆伍陆柒捌",
            "off-platform",
            "壹叁捌壹贰叁肆伍陆柒捌",
        ),
        ("138 1234 5678", "off-platform", "138 1234 5678"),
    ]);
    // Numerals in words and short counts are not numbers read out.
    assert_quiet(
        &[
            "一五一十地说清楚",
            "三三两两来打卡",
            "一二三四五六七八九十都试过",
        ],
        "off-platform",
    );
}
