//! `explain` and `rules` in Chinese: the rule pages read in Chinese
//! throughout, with only what the reader types or sees as it is (rule ids,
//! config keys and values, file paths, examples) left in Latin letters.

mod common;

use regex::Regex;
use xhslint::i18n::Lang;
use xhslint::rule_docs::{catalogue, summary};

fn xhslint(env: &[(&str, &str)], args: &[&str]) -> (String, String, i32) {
    let output = common::xhslint_with_env(env)
        .args(args)
        .output()
        .expect("runs");
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
        output.status.code().unwrap_or(-1),
    )
}

/// Words in Latin letters that are prose, in a terminal page's running
/// text: code (indented lines, `backticks`), rule ids, paths, dotted and
/// snake_case keys and the severity values the config takes are not.
fn english_words(page: &str) -> Vec<String> {
    let code = Regex::new(r"`[^`]*`").expect("regex");
    let names = Regex::new(
        r"[A-Za-z0-9_.\-]*/[A-Za-z0-9_./\-]*|[a-z]+(-[a-z]+)+|[a-z_]+(\.[a-z_]+)+|[a-z]+(_[a-z]+)+",
    )
    .expect("regex");
    let word = Regex::new(r"[A-Za-z]{2,}").expect("regex");
    // Values the reader writes in the config, and names from the law.
    let kept = ["error", "warning", "info", "off", "NO"];
    let mut found = Vec::new();
    for line in page.lines().filter(|l| !l.starts_with("    ")) {
        let line = code.replace_all(line, " ");
        let line = names.replace_all(&line, " ");
        for w in word.find_iter(&line) {
            if !kept.contains(&w.as_str()) {
                found.push(format!("{} in {line:?}", w.as_str()));
            }
        }
    }
    found
}

#[test]
fn the_english_word_check_catches_prose_and_spares_names() {
    assert!(
        english_words("默认级别 error（错误） · docs/rules/title-length.md\n    rules: x")
            .is_empty()
    );
    assert!(
        english_words("在 `.xhslint.yaml` 里写 title.max_units 和 `engagement-bait`").is_empty()
    );
    assert_eq!(english_words("标题 over the limit").len(), 3);
}

#[test]
fn explain_in_chinese_has_no_english_prose_for_any_rule() {
    for meta in catalogue() {
        let (out, _, code) = xhslint(&[], &["explain", meta.id, "--lang", "zh"]);
        assert_eq!(code, 0, "{}", meta.id);
        let words = english_words(&out);
        assert!(words.is_empty(), "{}: {words:?}\n{out}", meta.id);
    }
}

#[test]
fn explain_absolute_claim_in_chinese() {
    let (out, _, code) = xhslint(&[], &["explain", "absolute-claim", "--lang", "zh"]);
    assert_eq!(code, 0);
    assert!(
        out.starts_with(
            "absolute-claim: 广告法禁用的绝对化用语（最好、第一、顶级、100%有效等）\n\
             默认级别 error（错误） · 自动修改：不能 · docs/rules/zh/absolute-claim.md\n"
        ),
        "{out}"
    );
    for part in [
        "\n查什么\n广告法第九条禁止在广告里用的绝对化用语",
        "\n为什么影响成交\n",
        "\n反例\n",
        "\n正例\n",
        "\n参数\n`lexicons.absolute-claim.add` 和 `.remove`",
        "\n配置\n    rules:\n      absolute-claim: error",
        "\n忽略某一条提示\n    <!-- xhslint-disable-next-line absolute-claim -- 写明人工核对后为什么没问题 -->",
    ] {
        assert!(out.contains(part), "missing {part:?} in\n{out}");
    }
}

#[test]
fn a_chinese_locale_explains_in_chinese_and_the_flag_wins() {
    let zh = [("LANG", "zh_CN.UTF-8")];
    let (out, _, _) = xhslint(&zh, &["explain", "title-length"]);
    assert!(out.contains("\n查什么\n"), "{out}");
    let (out, _, _) = xhslint(&zh, &["explain", "title-length", "--lang", "en"]);
    assert!(out.contains("\nWHAT IT CHECKS\n"), "{out}");
}

#[test]
fn an_unknown_rule_is_reported_in_chinese() {
    let (out, err, code) = xhslint(&[], &["explain", "absolut-claim", "--lang", "zh"]);
    assert_eq!((out.as_str(), code), ("", 2));
    assert!(
        err.starts_with(
            "错误: 没有规则 `absolut-claim`（是不是 `absolute-claim`？）。现有规则：title-length, "
        ),
        "{err}"
    );
}

#[test]
fn rules_in_chinese_lists_every_rule_with_its_chinese_summary() {
    let (out, _, code) = xhslint(&[], &["rules", "--lang", "zh"]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = out.lines().collect();
    let metas = catalogue();
    assert_eq!(lines.len(), metas.len() + 1, "{out}");
    assert!(lines[0].starts_with("规则 "), "{}", lines[0]);
    let cjk = Regex::new(r"\p{Han}").expect("regex");
    for (meta, line) in metas.iter().zip(&lines[1..]) {
        let zh = summary(meta, Lang::Zh);
        assert_ne!(zh, meta.summary, "{}: no Chinese summary", meta.id);
        assert!(cjk.is_match(&zh), "{}: {zh}", meta.id);
        assert!(line.starts_with(meta.id), "{line}");
        assert!(line.ends_with(&zh), "{line}");
    }
    assert!(
        lines.contains(
            &"title-length           错误      不能      标题超过20字（中文算1字，英文和数字算半字）"
        ),
        "{out}"
    );
}
