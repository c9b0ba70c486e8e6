//! The output language (SPEC 7): `--lang`, else `XHSLINT_LANG`, else the
//! config's `lang:`, else the locale, else English. Only the words change:
//! rule ids, JSON keys, spans and exit codes stay as they are.

use assert_cmd::Command;
use serde_json::Value;

fn xhslint(env: &[(&str, &str)]) -> Command {
    let mut command = Command::cargo_bin("xhslint").expect("binary");
    command
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .env_remove("XHSLINT_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    for (name, value) in env {
        command.env(name, value);
    }
    command
}

fn run(env: &[(&str, &str)], args: &[&str]) -> (String, i32) {
    let output = xhslint(env).args(args).output().expect("runs");
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        output.status.code().unwrap_or(-1),
    )
}

#[test]
fn a_chinese_locale_prints_the_findings_help_and_summary_in_chinese() {
    let (out, code) = run(&[("LANG", "zh_CN.UTF-8")], &["check", "examples/"]);
    assert_eq!(code, 1);
    assert!(
        out.contains("examples/pressure.md:7:1: 警告[pressure-phrase]: “手慢无”是在逼读者下单，社区反感硬推销"),
        "{out}"
    );
    assert!(
        out.contains("= 建议：把紧迫感说成给粉丝的福利：喜欢的话可以看看"),
        "{out}"
    );
    assert!(
        out.contains(
            "= 说明：因为有“到手¥79”，按带货笔记检查；不是带货的话，请设 `kind: organic`（第8行）"
        ),
        "{out}"
    );
    let summary = out.lines().last().unwrap_or_default();
    assert!(
        summary.starts_with("17个文件里有14个发现问题，共"),
        "{summary}"
    );
    assert!(summary.ends_with("条提示。"), "{summary}");
    // No line of the run is left in English prose.
    for line in out.lines() {
        for english in [" the ", " a ", " is ", "help:", "note:", "Found "] {
            assert!(!line.contains(english), "{english:?} in {line}");
        }
    }
}

#[test]
fn the_flag_wins_over_the_environment_and_the_environment_over_the_locale() {
    let (en, _) = run(
        &[("LANG", "zh_CN.UTF-8")],
        &["check", "--lang", "en", "examples/pressure.md"],
    );
    assert!(
        en.contains("warning[pressure-phrase]: “手慢无” pressures readers"),
        "{en}"
    );
    let (zh, _) = run(
        &[("LANG", "en_US.UTF-8"), ("XHSLINT_LANG", "zh")],
        &["check", "examples/pressure.md"],
    );
    assert!(zh.contains("警告[pressure-phrase]"), "{zh}");
    let (zh, _) = run(
        &[("LC_ALL", "zh_CN.UTF-8"), ("LANG", "C")],
        &["check", "examples/pressure.md"],
    );
    assert!(zh.contains("警告[pressure-phrase]"), "{zh}");
    let (en, _) = run(&[], &["check", "examples/pressure.md"]);
    assert!(en.contains("warning[pressure-phrase]"), "{en}");
}

#[test]
fn the_config_lang_applies_when_no_flag_or_variable_says() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join(".xhslint.yaml"), "lang: zh\n").expect("writes");
    std::fs::write(dir.path().join("a.md"), "手慢无！点下方商品卡。\n").expect("writes");
    let output = xhslint(&[("LANG", "en_US.UTF-8")])
        .current_dir(dir.path())
        .args(["check", "a.md"])
        .output()
        .expect("runs");
    let out = String::from_utf8_lossy(&output.stdout);
    assert!(out.contains("警告[pressure-phrase]"), "{out}");
    let output = xhslint(&[("XHSLINT_LANG", "en")])
        .current_dir(dir.path())
        .args(["check", "a.md"])
        .output()
        .expect("runs");
    let out = String::from_utf8_lossy(&output.stdout);
    assert!(out.contains("warning[pressure-phrase]"), "{out}");
}

/// The JSON report with every `message` taken out, and the messages.
fn split_messages(value: &mut Value, messages: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, item) in map.iter_mut() {
                if key == "message" {
                    messages.push(item.as_str().unwrap_or_default().to_string());
                    *item = Value::Null;
                } else {
                    split_messages(item, messages);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|i| split_messages(i, messages)),
        _ => {}
    }
}

#[test]
fn json_messages_follow_the_language_and_nothing_else_changes() {
    let args = ["check", "--format", "json", "examples/"];
    let (en, en_code) = run(&[], &args);
    let (zh, zh_code) = run(&[("XHSLINT_LANG", "zh")], &args);
    assert_eq!(en_code, zh_code);
    let mut en: Value = serde_json::from_str(&en).expect("JSON");
    let mut zh: Value = serde_json::from_str(&zh).expect("JSON");
    let (mut en_messages, mut zh_messages) = (Vec::new(), Vec::new());
    split_messages(&mut en, &mut en_messages);
    split_messages(&mut zh, &mut zh_messages);
    assert_eq!(en, zh, "only the messages may differ");
    assert_eq!(en_messages.len(), zh_messages.len());
    assert!(en_messages.len() > 40);
    assert!(
        zh_messages.contains(&"“手慢无”是在逼读者下单，社区反感硬推销".to_string()),
        "{zh_messages:?}"
    );
}
