//! The surfaces around the findings in both languages: `--help`, config
//! and input errors, the title generator's facts, `plan --timeline` and
//! the campaign's `lang:`, SARIF rule descriptions and `rules --format
//! json`. English stays as it was; Chinese is the chosen language's.

use std::path::Path;

use serde_json::Value;

mod common;

/// (exit code, stdout, stderr) of `xhslint ARGS` in `dir` (the repository
/// when `None`), with only `env` choosing the language.
fn run(dir: Option<&Path>, env: &[(&str, &str)], args: &[&str]) -> (i32, String, String) {
    let mut command = common::xhslint_with_env(env);
    if let Some(dir) = dir {
        command.current_dir(dir);
    }
    common::output(command.args(args))
}

/// `out` shows every one of `parts` and none of the English `absent`.
fn assert_shows(out: &str, parts: &[&str], absent: &[&str]) {
    for part in parts {
        assert!(out.contains(part), "missing {part:?} in\n{out}");
    }
    for english in absent {
        assert!(!out.contains(english), "{english} in\n{out}");
    }
}

#[test]
fn help_speaks_chinese_in_a_chinese_locale() {
    let (code, out, _) = run(None, &[("LANG", "zh_CN.UTF-8")], &["--help"]);
    assert_eq!(code, 0);
    assert_shows(
        &out,
        &[
            "懂中文的小红书限时抢购笔记检查工具，也能按活动信息写标题。\n",
            "用法：xhslint [OPTIONS] <COMMAND>\n",
            "命令:\n",
            "  check        检查笔记，列出问题。\n",
            "选项:\n",
            "显示帮助",
            "示例：\n  xhslint check notes/                  检查 notes/ 下的每篇笔记\n",
        ],
        &["Usage", "Options", "Commands", "Print help", "Lint Notes"],
    );
}

#[test]
fn check_help_speaks_the_flags_language() {
    let (code, out, _) = run(None, &[], &["check", "--help", "--lang", "zh"]);
    assert_eq!(code, 0);
    assert_shows(
        &out,
        &[
            "检查笔记，列出问题。\n",
            "参数:\n  [PATHS]...\n          要检查的文件或文件夹；`-` 表示从标准输入读一篇笔记（默认：.）\n",
            "输出格式（可选：human、json、jsonl、github、sarif；默认：human）\n",
            "      --fix\n          自动修复能安全修复的问题，直接写回文件\n",
            "输出语言。不写时依次看 `XHSLINT_LANG`",
        ],
        &[
            "Usage",
            "Options",
            "Arguments",
            "possible values",
            "default:",
        ],
    );
    // English is clap's, as it was.
    let (_, en, _) = run(
        None,
        &[("LANG", "zh_CN.UTF-8")],
        &["check", "--help", "--lang", "en"],
    );
    assert!(en.starts_with("Lint Notes and report findings\n\nUsage: xhslint check [OPTIONS] [PATHS]...\n\nArguments:\n"), "{en}");
    assert!(en.contains("          Output format\n"), "{en}");
}

#[test]
fn config_errors_follow_the_locale_when_the_config_cannot_say() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join(".xhslint.yaml"), "titel: 1\n").expect("writes");
    std::fs::write(dir.path().join("a.md"), "好看。\n").expect("writes");
    let (code, _, err) = run(
        Some(dir.path()),
        &[("LANG", "zh_CN.UTF-8")],
        &["check", "a.md"],
    );
    assert_eq!(code, 2);
    assert!(
        err.starts_with(
            "错误: .xhslint.yaml:1:1: 没有 `titel` 这个配置项（是不是 `title`？）；可选：`rules`、`dictionary`、"
        ),
        "{err}"
    );
    let (_, _, en) = run(Some(dir.path()), &[], &["check", "a.md"]);
    assert!(
        en.starts_with(
            "error: .xhslint.yaml:1:1: unknown key `titel` (did you mean `title`?) — expected one of `rules`, `dictionary`, "
        ),
        "{en}"
    );
    std::fs::write(
        dir.path().join(".xhslint.yaml"),
        "rules:\n  absolute-claim: warn\n",
    )
    .expect("writes");
    let (_, _, err) = run(Some(dir.path()), &[], &["check", "--lang", "zh", "a.md"]);
    assert_eq!(
        err,
        "错误: .xhslint.yaml:2:19: 规则 `absolute-claim` 没有 `warn` 这个级别（是不是 `warning`？）；可选：`off`、`info`、`warning`、`error`\n"
    );
}

#[test]
fn input_errors_keep_the_place_and_speak_the_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("bad.md"), b"# \xe6\xa0\x87\n\xe4\xb8").expect("writes");
    std::fs::write(dir.path().join("bin.md"), b"ab\0c").expect("writes");
    let records = "{\"id\":\"n-1\",\"title\":\"好物\",\"body\":\"好看\"}\n{\"id\":2,\n{\"id\":null,\"title\":\"a\",\"body\":\"b\"}\n";
    std::fs::write(dir.path().join("notes.jsonl"), records).expect("writes");
    let (code, out, _) = run(
        Some(dir.path()),
        &[],
        &["check", "--lang", "zh", "bad.md", "bin.md"],
    );
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains("错误: bad.md: 不是 UTF-8 编码的文本（第6字节处出错）\n"),
        "{out}"
    );
    assert!(
        out.contains("错误: bin.md: 是二进制文件（第2字节是空字符），不是笔记\n"),
        "{out}"
    );
    let (_, en, _) = run(Some(dir.path()), &[], &["check", "bad.md"]);
    assert!(
        en.contains("error: bad.md: invalid UTF-8 at byte 6\n"),
        "{en}"
    );

    let (_, out, _) = run(
        Some(dir.path()),
        &[],
        &["check", "--lang", "zh", "--input", "jsonl", "notes.jsonl"],
    );
    assert!(
        out.contains(
            "错误: notes.jsonl:2:8: 不是有效的 JSON（EOF while parsing a value）；每行应是一个 JSON 对象：{\"id\": 文本或数字, \"title\": 文本, \"body\": 文本, \"tags\": [文本]（可选）}\n"
        ),
        "{out}"
    );
    assert!(
        out.contains("错误: notes.jsonl:3: `id` 是空值，应为文本或数字；每行应是一个 JSON 对象："),
        "{out}"
    );
    let (_, en, _) = run(
        Some(dir.path()),
        &[],
        &["check", "--input", "jsonl", "notes.jsonl"],
    );
    assert!(
        en.contains("error: notes.jsonl:3: `id` is null, not a string or number — expected one JSON object a line: {\"id\": string or number, \"title\": string, \"body\": string, \"tags\": [string] (optional)}\n"),
        "{en}"
    );
    let (_, json, _) = run(
        Some(dir.path()),
        &[],
        &["check", "--lang", "zh", "--format", "json", "bin.md"],
    );
    let report: Value = serde_json::from_str(&json).expect("json");
    assert_eq!(
        report["files"][0]["error"]["message"],
        "bin.md: 是二进制文件（第2字节是空字符），不是笔记"
    );
}

#[test]
fn title_fact_errors_speak_both_languages() {
    let hours = ["title", "--product", "玻尿酸精华", "--hours", "0"];
    let (code, _, err) = run(None, &[("XHSLINT_LANG", "zh")], &hours);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "错误: --hours: 0不是有效的活动时长：填1到720之间的整数小时\n"
    );
    let (_, _, en) = run(None, &[], &hours);
    assert_eq!(
        en,
        "error: --hours: 0 is not a sale length — give a whole number of hours from 1 to 720\n"
    );
    let date = [
        "title",
        "--lang",
        "zh",
        "--product",
        "玻尿酸精华",
        "--hours",
        "24",
        "--festival",
        "618",
        "--date",
        "2026-13-01",
    ];
    let (_, _, err) = run(None, &[], &date);
    assert_eq!(
        err,
        "错误: --date: “2026-13-01”不是日期：按 `YYYY-MM-DD` 写，比如2026-06-16\n"
    );
    let (_, _, err) = run(None, &[], &["title", "--lang", "zh", "--hours", "24"]);
    assert_eq!(
        err,
        "错误: --product: 没写产品名：用 `--product 玻尿酸精华` 给出，或用 `--from note.md` 从笔记里读\n"
    );
}

#[test]
fn the_timeline_speaks_chinese() {
    let (code, out, _) = run(
        None,
        &[],
        &[
            "plan",
            "--timeline",
            "--lang",
            "zh",
            "examples/campaign-618/campaign.yaml",
        ],
    );
    assert_eq!(code, 0, "{out}");
    assert_shows(
        &out,
        &[
            "618 玻尿酸精华年中大促 (618-serum) · 节日618：2026-06-18\n",
            "\n2026-06-12 周五\n",
            "  20:00–22:00  直播         live-0612 · 主播小鹿（品牌护肤顾问） · 3个商品（120分钟）\n",
            "  21:05–21:15    █ 10分钟    修护面霜 ¥109 ×80  （距上一场开始35分钟）\n",
            "  ┆ 隔3天\n",
        ],
        &[" min", "stream ", "sale runs", "festival", " Fri"],
    );
}

#[test]
fn the_campaign_files_lang_chooses_after_the_flag_and_the_variable() {
    let dir = tempfile::tempdir().expect("temp dir");
    let source = std::fs::read_to_string("examples/campaign-618/campaign.yaml").expect("example");
    let plan = dir.path().join("campaign.yaml");
    std::fs::write(&plan, format!("lang: zh\n{source}")).expect("writes");
    let plan = plan.to_string_lossy().into_owned();
    let timeline = |env: &[(&str, &str)], extra: &[&str]| {
        let mut args = vec!["plan", "--timeline", plan.as_str()];
        args.extend_from_slice(extra);
        run(None, env, &args).1
    };
    assert!(timeline(&[], &[]).contains(" 周五\n"));
    assert!(timeline(&[("LANG", "en_US.UTF-8")], &[]).contains(" 周五\n"));
    assert!(timeline(&[("XHSLINT_LANG", "en")], &[]).contains(" Fri\n"));
    assert!(timeline(&[], &["--lang", "en"]).contains(" Fri\n"));
    std::fs::write(
        dir.path().join("campaign.yaml"),
        format!("lang: fr\n{source}"),
    )
    .expect("writes");
    let (code, _, err) = run(None, &[], &["plan", plan.as_str()]);
    assert_eq!(code, 2);
    assert!(
        err.contains("unknown language `fr` — `lang` is zh or en"),
        "{err}"
    );
}

#[test]
fn a_zh_list_of_planned_minutes_uses_chinese_punctuation() {
    use xhslint::i18n::{Arg, Join, Lang};
    let message = xhslint::msg!(
        "plan-window-minutes",
        minutes = "15",
        campaign = "test",
        planned = Arg::list(["2", "40"], Join::Comma)
    );
    assert_eq!(
        message.render(Lang::Zh),
        "这里写秒杀15分钟，但活动 `test` 每场秒杀排的是2、40分钟"
    );
    assert_eq!(
        message.render(Lang::En),
        "says the flash windows last 15 minutes, but campaign `test` plans windows of 2, 40 minutes"
    );
}

fn sarif_schema() -> Value {
    let text = std::fs::read_to_string(common::repo_file("schema/sarif-schema-2.1.0.json"))
        .expect("schema file");
    // See tests/formats.rs: the pattern's lone `]` escaped for the validator.
    let text = text.replace(r"[a-zA-Z]{2}]?$", r"[a-zA-Z]{2}\\]?$");
    serde_json::from_str(&text).expect("schema is JSON")
}

#[test]
fn sarif_describes_the_rules_in_the_language_and_keeps_the_english() {
    let (_, out, _) = run(
        None,
        &[],
        &[
            "check",
            "--lang",
            "zh",
            "--format",
            "sarif",
            "examples/absolute.md",
        ],
    );
    let log: Value = serde_json::from_str(&out).expect("SARIF is JSON");
    let validator = jsonschema::validator_for(&sarif_schema()).expect("schema compiles");
    assert!(validator.is_valid(&log));
    let run_ = &log["runs"][0];
    assert_eq!(run_["language"], "zh-CN");
    let rules = run_["tool"]["driver"]["rules"].as_array().expect("rules");
    let rule = rules
        .iter()
        .find(|r| r["id"] == "absolute-claim")
        .expect("absolute-claim");
    assert_eq!(
        rule["shortDescription"]["text"],
        "广告法禁用的绝对化用语（最好、第一、顶级、100%有效等）"
    );
    assert_eq!(
        rule["properties"]["en"]["shortDescription"]["text"],
        "Advertising Law absolute term (最好, 第一, 顶级, 100%有效, …)"
    );
    assert!(
        rule["help"]["markdown"]
            .as_str()
            .is_some_and(|h| h.starts_with("## 查什么\n")),
        "{rule}"
    );
    assert!(
        rule["properties"]["en"]["help"]["markdown"]
            .as_str()
            .is_some_and(|h| h.starts_with("## What it checks\n")),
        "{rule}"
    );
    // English: as it was, with no language member and no copy.
    let (_, en, _) = run(
        None,
        &[],
        &["check", "--format", "sarif", "examples/absolute.md"],
    );
    let log: Value = serde_json::from_str(&en).expect("SARIF is JSON");
    assert!(log["runs"][0].get("language").is_none());
    let rules = log["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .expect("rules");
    assert!(rules.iter().all(|r| r["properties"].get("en").is_none()));
}

#[test]
fn rules_json_summaries_follow_the_language() {
    let (code, out, _) = run(None, &[], &["rules", "--format", "json", "--lang", "zh"]);
    assert_eq!(code, 0);
    let zh: Value = serde_json::from_str(&out).expect("json");
    let (_, out, _) = run(None, &[], &["rules", "--format", "json", "--lang", "en"]);
    let en: Value = serde_json::from_str(&out).expect("json");
    let find = |catalogue: &Value| {
        catalogue["rules"]
            .as_array()
            .and_then(|r| r.iter().find(|r| r["id"] == "absolute-claim").cloned())
            .expect("absolute-claim")
    };
    let (mut zh_rule, mut en_rule) = (find(&zh), find(&en));
    assert_eq!(
        zh_rule["summary"],
        "广告法禁用的绝对化用语（最好、第一、顶级、100%有效等）"
    );
    assert_eq!(
        en_rule["summary"],
        "Advertising Law absolute term (最好, 第一, 顶级, 100%有效, …)"
    );
    // Only the summary changes.
    zh_rule["summary"] = Value::Null;
    en_rule["summary"] = Value::Null;
    assert_eq!(zh_rule, en_rule);
    assert_eq!(
        zh["rules"].as_array().map(Vec::len),
        en["rules"].as_array().map(Vec::len)
    );
}

#[test]
fn a_misspelt_rule_id_is_offered_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("a.md"),
        "<!-- xhslint-disable-next-line absolute-claimm -->\n好看。\n",
    )
    .expect("writes");
    let (_, out, _) = run(Some(dir.path()), &[], &["check", "a.md"]);
    assert!(
        out.contains("= help: use the closest rule id: absolute-claim\n"),
        "{out}"
    );
    assert_eq!(out.matches("absolute-claim\n").count(), 1, "{out}");
}

#[test]
fn the_fix_summary_and_diff_errors_speak_the_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("a.md"), common::FIXABLE_NOTE).expect("writes");
    let (_, _, err) = run(
        Some(dir.path()),
        &[],
        &["check", "--diff", "--lang", "zh", "a.md", "nope.md"],
    );
    assert!(err.starts_with("错误: nope.md: 读不了："), "{err}");
    assert!(
        err.ends_with("xhslint：会修复1个文件里的1处问题\n"),
        "{err}"
    );
    let (_, _, en) = run(Some(dir.path()), &[], &["check", "--diff", "a.md"]);
    assert_eq!(en, "xhslint: would fix 1 finding in 1 file\n");
}

#[test]
fn campaign_file_errors_speak_the_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    let source = std::fs::read_to_string("examples/campaign-618/campaign.yaml").expect("example");
    let broken = source.replacen("    host: 小鹿", "    hots: 小鹿", 1);
    assert_ne!(broken, source);
    let plan = dir.path().join("campaign.yaml");
    std::fs::write(&plan, broken).expect("writes");
    let plan = plan.to_string_lossy().into_owned();
    let (code, _, err) = run(None, &[], &["plan", "--lang", "zh", plan.as_str()]);
    assert_eq!(code, 2);
    assert!(
        err.contains(
            "直播里没有 `hots` 这个键（是不是 `host`？）；可用的键：id、start、end、host、products、windows、bundles、first_buyer_bonus、segments、xhslint\n"
        ),
        "{err}"
    );
    assert!(err.starts_with("错误: "), "{err}");
    let (_, _, en) = run(None, &[], &["plan", plan.as_str()]);
    assert!(
        en.contains("unknown key `hots` in a stream — did you mean `host`? allowed: id, start, end, host, products, windows, bundles, first_buyer_bonus, segments, xhslint\n"),
        "{en}"
    );
}

#[test]
fn github_and_sarif_help_lines_follow_the_language() {
    let (_, zh, _) = run(
        None,
        &[],
        &[
            "check",
            "--format",
            "github",
            "--lang",
            "zh",
            "examples/absolute.md",
        ],
    );
    assert!(
        zh.contains("%0A建议：换成不绝对、能验证的说法：很好用\n"),
        "{zh}"
    );
    let (_, en, _) = run(
        None,
        &[],
        &[
            "check",
            "--format",
            "github",
            "--lang",
            "en",
            "examples/absolute.md",
        ],
    );
    assert!(
        en.contains("%0Ahelp: use a relative, verifiable wording: 很好用\n"),
        "{en}"
    );
    let message = |args: &[&str]| {
        let (_, out, _) = run(None, &[], args);
        let log: Value = serde_json::from_str(&out).expect("SARIF is JSON");
        log["runs"][0]["results"][0]["message"]["text"]
            .as_str()
            .expect("message")
            .to_string()
    };
    let sarif = ["check", "--format", "sarif", "examples/absolute.md"];
    assert_eq!(
        message(&[&sarif[..], &["--lang", "zh"]].concat()),
        "“史上最好用”是广告法第九条禁止的绝对化用语；换成具体、能验证的好处\n建议：换成不绝对、能验证的说法：很好用"
    );
    assert_eq!(
        message(&sarif),
        "“史上最好用” is an absolute claim the Advertising Law (Art. 9) forbids; state a specific, checkable benefit instead\nhelp: use a relative, verifiable wording: 很好用"
    );
}

#[test]
fn the_rarer_campaign_file_errors_speak_the_language() {
    let source = std::fs::read_to_string("examples/campaign-618/campaign.yaml").expect("example");
    // (what to change, the error in Chinese, the error in English)
    let cases = [
        (
            ("    end: 2026-06-12T22:00:00+08:00", "    end: 明晚十点"),
            ":16:10: `end` 应该是时间，比如 2026-06-16T20:00:00+08:00 或 20:00，不是`明晚十点`\n",
            ":16:10: `end` must be a time such as 2026-06-16T20:00:00+08:00 or 20:00, not `明晚十点`\n",
        ),
        (
            (
                "    end: 2026-06-12T22:00:00+08:00",
                "    end: 2026-06-12T19:00:00+08:00",
            ),
            ":16:10: 直播的结束时间（2026-06-12 19:00）应该晚于开始时间（2026-06-12 20:00）\n",
            ":16:10: the stream ends (2026-06-12 19:00) before it starts (2026-06-12 20:00)\n",
        ),
        (
            (
                "    first_buyer_bonus:",
                "    host: 阿鹿\n    first_buyer_bonus:",
            ),
            ":18:5: 直播里的 `host` 写了两次\n",
            ":18:5: `host` is given twice in a stream\n",
        ),
        (
            ("festival: \"618\"", "festival: \"619\""),
            ":10:11: 没有 `619` 这个节日；可选：618、1111、1212、520、38、qixi、mid-autumn、cny\n",
            ":10:11: unknown festival `619` — one of: 618, 1111, 1212, 520, 38, qixi, mid-autumn, cny\n",
        ),
        (
            ("name: 618 玻尿酸精华年中大促", "name: [618 玻尿酸精华"),
            ":10:9: 不是有效的 YAML（illegal placement of ':' indicator）：检查这一行的缩进和引号\n",
            ":10:9: illegal placement of ':' indicator\n",
        ),
        (
            ("{start: \"21:05\"", "{start: \"20:35\""),
            ":25:17: 这个秒杀场次（20:35–21:15）和 20:30–20:40 那场时间重叠；同一时间只能有一个优惠\n",
            ":25:17: this window (20:35–21:15) overlaps the one at 20:30–20:40 — one offer at a time\n",
        ),
        (
            (
                "campaign: 618-serum ",
                "xhslint: {rules: {plan-first-order: {wrong: 3}}}\ncampaign: 618-serum ",
            ),
            ":8:38: `plan-first-order` 没有 `wrong` 这个选项；它的选项：severity、min_percent、max_percent\n",
            ":8:38: `plan-first-order` has no option `wrong` — its options: severity, min_percent, max_percent\n",
        ),
    ];
    for ((from, to), zh, en) in cases {
        let dir = tempfile::tempdir().expect("temp dir");
        let broken = source.replacen(from, to, 1);
        assert_ne!(broken, source, "{from}");
        let plan = dir.path().join("campaign.yaml");
        std::fs::write(&plan, broken).expect("writes");
        let plan = plan.to_string_lossy().into_owned();
        let (code, _, err) = run(None, &[("LANG", "zh_CN.UTF-8")], &["plan", plan.as_str()]);
        assert_eq!(code, 2);
        assert_eq!(err, format!("错误: {plan}{zh}"));
        let (_, _, err) = run(None, &[], &["plan", plan.as_str()]);
        assert_eq!(err, format!("error: {plan}{en}"));
    }
}

#[test]
fn role_title_errors_speak_the_language() {
    let plan = "examples/campaign-618/campaign.yaml";
    let args = [
        "title",
        "--role",
        "announcement",
        "--plan",
        plan,
        "--stream",
        "nope",
    ];
    let (code, _, zh) = run(None, &[("LANG", "zh_CN.UTF-8")], &args);
    assert_eq!(code, 2);
    assert_eq!(
        zh,
        format!("错误: {plan}: 活动 `618-serum` 里没有直播 `nope`\n")
    );
    let (_, _, en) = run(None, &[], &args);
    assert_eq!(
        en,
        format!("error: {plan}: no stream `nope` in campaign `618-serum`\n")
    );
    let long = "超长".repeat(30);
    let args = [
        "title",
        "--role",
        "recap",
        "--plan",
        plan,
        "--product",
        &long,
    ];
    let (_, _, zh) = run(None, &[], &[&args[..], &["--lang", "zh"]].concat());
    assert_eq!(
        zh,
        format!(
            "错误: 按商品 `{long}` 写不出符合标题规则的直播回顾标题，试试把 `--product` 写短一点\n"
        )
    );
    let (_, _, en) = run(None, &[], &args);
    assert_eq!(
        en,
        format!(
            "error: no recap title fits the title rules for product `{long}` — try a shorter --product\n"
        )
    );
}

#[test]
fn unreadable_campaign_files_speak_the_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = dir.path().join("campaign.yaml");
    std::fs::write(&plan, b"campaign: x\xff\n").expect("writes");
    let plan = plan.to_string_lossy().into_owned();
    let (code, _, zh) = run(None, &[], &["plan", "--lang", "zh", plan.as_str()]);
    assert_eq!(code, 2);
    assert_eq!(
        zh,
        format!("错误: {plan}: 不是 UTF-8 编码的文本（第11字节处出错）\n")
    );
    let (_, _, en) = run(None, &[], &["plan", plan.as_str()]);
    assert_eq!(en, format!("error: {plan}: not UTF-8 (byte 11)\n"));

    // A value described rather than named by its key.
    std::fs::write(&plan, "xhslint: {disable: [[a]]}\ncampaign: x\nname: y\n").expect("writes");
    let (_, _, zh) = run(None, &[], &["plan", "--lang", "zh", plan.as_str()]);
    assert_eq!(
        zh,
        format!("错误: {plan}:1:21: 规则 id 应该是文本，不是列表\n")
    );
    let (_, _, en) = run(None, &[], &["plan", plan.as_str()]);
    assert_eq!(
        en,
        format!("error: {plan}:1:21: `a rule id` must be text, not a list\n")
    );
}
