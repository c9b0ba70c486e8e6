//! The output language (SPEC 7): `--lang`, else `XHSLINT_LANG`, else the
//! config's `lang:`, else the locale, else English. Only the words change:
//! rule ids, JSON keys, spans and exit codes stay as they are.

use assert_cmd::Command;
use serde_json::Value;

mod common;

fn xhslint(env: &[(&str, &str)]) -> Command {
    common::xhslint_with_env(env)
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
        summary.starts_with("17个文件中有14个有问题，共"),
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

/// The prose of a Chinese line: what is left once rule ids, code in
/// backticks and quoted Note text are taken out.
fn prose(line: &str) -> String {
    let mut out = String::new();
    let mut skip: Option<char> = None;
    for c in line.chars() {
        match (skip, c) {
            (None, '`') => skip = Some('`'),
            (None, '“') => skip = Some('”'),
            (None, '[') => skip = Some(']'),
            (Some(end), c) if c == end => skip = None,
            (None, c) => out.push(c),
            _ => {}
        }
    }
    out
}

/// English words (three or more Latin letters) in the prose of `line`;
/// rule ids such as `absolute-claim` (a rewrite may be one) and paths
/// such as `notes/sale.md` are not prose.
fn english_words(line: &str) -> Vec<String> {
    prose(line)
        .split(|c: char| !c.is_ascii_alphanumeric() && !"-/.".contains(c))
        .filter(|w| !w.contains(['-', '/']))
        .flat_map(|w| w.split(|c: char| !c.is_ascii_alphabetic()))
        .filter(|w| w.len() >= 3)
        .map(str::to_string)
        .collect()
}

#[test]
fn suppression_findings_speak_chinese() {
    let dir = tempfile::tempdir().expect("temp dir");
    let note = dir.path().join("a.md");
    std::fs::write(
        &note,
        "---\nxhslint:\n  disable: [pressure-phrase, absolute-claimm]\n---\n\
         <!-- xhslint-disable-next-line pressure-phrase, absolute-claim -->\n今天天气不错。\n\
         <!-- xhslint-frob -->\n<!-- xhslint-disable-next-line -->\n好看。\n",
    )
    .expect("writes");
    let path = note.to_string_lossy().into_owned();
    let (out, _) = run(&[], &["check", "--lang", "zh", &path]);
    for expected in [
        "提示[unused-suppression]: `xhslint.disable` 关掉了 `pressure-phrase`，可这篇笔记本来就没有它的提示",
        "= 建议：从 `xhslint.disable` 里删掉 `pressure-phrase`",
        "警告[invalid-suppression]: 没有 `absolute-claimm` 这条规则（写在`xhslint.disable`里），什么也屏蔽不了",
        "= 建议：改成相近的规则名：absolute-claim\n",
        "没屏蔽到任何问题：它管的地方没有 `pressure-phrase`、`absolute-claim` 的提示",
        "= 建议：删掉这条注释 [可自动修复]",
        "不认识 `xhslint-frob` 这个指令",
        "这条 `xhslint-disable-next-line` 没屏蔽到任何问题：它管的地方本来就没有提示",
    ] {
        assert!(out.contains(expected), "{expected}\n{out}");
    }
    for line in out
        .lines()
        .filter(|l| l.contains("suppression]") || l.contains("= "))
    {
        // The Note's own text is echoed after the `|` gutter; only the
        // message and help lines are ours.
        let line = line.split_once("]: ").map_or(line, |(_, m)| m);
        assert_eq!(english_words(line), Vec::<String>::new(), "{line}");
    }
    let (en, _) = run(&[], &["check", "--lang", "en", &path]);
    assert!(
        en.contains(
            "unknown rule `absolute-claimm` in `xhslint.disable`, so it suppresses nothing"
        ),
        "{en}"
    );
}

#[test]
fn plan_findings_speak_chinese() {
    let plan = "examples/campaign-618-broken/campaign.yaml";
    let (out, code) = run(&[], &["plan", "--lang", "zh", plan]);
    assert_eq!(code, 1, "{out}");
    for expected in [
        "警告[plan-first-order]: 首单优惠40%给多了，欢迎礼用不着这么大；控制在10%–15%",
        "警告[plan-window-gap]: 21:40的秒杀场次离上一场（20:30）隔了70分钟：观众要等太久；每30–45分钟开一场",
        "= 说明：上一场秒杀（第17行）",
        "警告[plan-bundle-discount]: 套装 `补水修护套装` 卖339元，比单买还贵（单买合计328元）",
        "= 建议：定价在246到278元之间",
        "警告[plan-announcement]: 预告只比直播早24小时发出（2026-06-04 20:00）；至少提前3天发",
        "错误[plan-note-conflict]: notes/sale.md 写的价格是189，计划里是199；改成一致",
        "= 说明：笔记头部信息里写的价格是189",
        "警告[plan-recap]: 回顾笔记没挂回放；设 `replay: true`，并把回放放进笔记",
        "在1个文件里发现2个错误、15个警告。",
    ] {
        assert!(out.contains(expected), "{expected}\n{out}");
    }
    let mut checked = 0;
    for line in out.lines() {
        let Some((_, message)) = line.split_once("]: ").or_else(|| line.split_once("= ")) else {
            continue;
        };
        // A note may end with the file it points to.
        let message = message.split(" (examples/").next().unwrap_or(message);
        assert_eq!(english_words(message), Vec::<String>::new(), "{line}");
        checked += 1;
    }
    assert!(checked >= 20, "{out}");
    let (en, _) = run(&[], &["plan", "--lang", "en", plan]);
    assert!(
        en.contains("warning[plan-first-order]: a first-order discount of 40% is more than a welcome offer needs to give; keep it 10%–15%"),
        "{en}"
    );
}

#[test]
fn the_title_generator_speaks_chinese() {
    let args = [
        "title",
        "--lang",
        "zh",
        "--product",
        "玻尿酸补水精华液",
        "--days",
        "2",
        "--stock",
        "200",
        "--price",
        "79",
        "--original-price",
        "129",
        "--benefit",
        "国家级认证",
        "--festival",
        "618",
        "--date",
        "2026-06-10",
        "-n",
        "2",
    ];
    let (out, code) = run(&[], &args);
    assert_eq!(code, 0, "{out}");
    let mut lines = out.lines();
    assert_eq!(
        lines.next(),
        Some(
            "已知信息：玻尿酸补水精华液 · 2天 = 48小时 · 库存200 · 原价¥129，到手¥79，6.2折 · 国家级认证 · 618高峰期，节日当天是2026-06-18"
        ),
        "{out}"
    );
    assert_eq!(lines.next(), Some(" #   得分   字数  标题"), "{out}");
    let note = out
        .lines()
        .find(|l| l.starts_with("说明："))
        .unwrap_or_default();
    assert!(
        note.starts_with(
            "说明：--benefit: “国家级认证”没能写进任何一个标题：写进去会触发 `absolute-claim`：“国家级”是广告法第九条禁止的绝对化用语"
        ),
        "{out}"
    );
    for line in [out.lines().next().unwrap_or_default(), note] {
        let line = line.replace("--benefit", "");
        assert_eq!(english_words(&line), Vec::<String>::new(), "{line}");
    }
    let (en, _) = run(&[], &args.map(|a| if a == "zh" { "en" } else { a }));
    assert!(
        en.starts_with("facts: 玻尿酸补水精华液 · 2 days = 48 h · stock 200 · ¥79 of ¥129 = 6.2折"),
        "{en}"
    );
    assert!(
        en.contains(
            "note: --benefit: “国家级认证” is in none of the titles — `absolute-claim` flags it:"
        ),
        "{en}"
    );
}

#[test]
fn the_title_generator_refuses_in_chinese() {
    let args = ["title", "--product", "玻尿酸补水精华液", "--days", "30"];
    let output = xhslint(&[("XHSLINT_LANG", "zh")])
        .args(args)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let err = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        err.trim_end(),
        "错误: 活动时长720小时，比限时抢购（最多72小时，见 `sale-window`）长，标题里不能这么写；改给库存，或把时长缩到72小时以内"
    );
    let output = xhslint(&[]).args(args).output().expect("runs");
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(
        err.starts_with("error: the sale window is 720 hours, longer than a flash sale"),
        "{err}"
    );
}
