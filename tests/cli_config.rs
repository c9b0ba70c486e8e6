//! The command line around configuration and rule documentation: `check`
//! with discovered, forced and broken configs, `init`, `rules`, `explain`.

use std::fs;
use std::path::Path;

use assert_cmd::cargo::cargo_bin_cmd;

fn write(path: &Path, text: &str) {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).expect("mkdir");
    }
    fs::write(path, text).expect("write");
}

/// A brand whose name contains the absolute claim `第一`.
const NOTE: &str = "---\ntitle: 桂花糕上新\ntags: [桂花糕, 中式点心, 下午茶, 手作甜品, 伴手礼]\n---\n第一坊的桂花糕，香甜软糯。\n";

/// `(exit code, stdout, stderr)` of `xhslint ARGS` run in `dir`.
fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let output = cargo_bin_cmd!("xhslint")
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("XHSLINT_LANG", "en")
        .args(args)
        .output()
        .expect("runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// The rule ids reported for each file, from `--format json`.
fn rules_by_file(stdout: &str) -> Vec<(String, Vec<String>)> {
    let report: serde_json::Value = serde_json::from_str(stdout).expect("json");
    report["files"]
        .as_array()
        .expect("files")
        .iter()
        .map(|file| {
            let rules = file["diagnostics"]
                .as_array()
                .expect("diagnostics")
                .iter()
                .map(|d| d["rule"].as_str().unwrap_or_default().to_string())
                .collect();
            (file["path"].as_str().unwrap_or_default().to_string(), rules)
        })
        .collect()
}

#[test]
fn nested_configs_the_nearest_wins() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    write(&root.join(".xhslint.yaml"), "dictionary: [第一坊]\n");
    // The nearer file replaces the outer one: 第一坊 is not protected here.
    write(&root.join("other/.xhslint.yaml"), "category: food\n");
    write(&root.join("shop/a.md"), NOTE);
    write(&root.join("other/b.md"), NOTE);
    write(&root.join("other/deeper/c.md"), NOTE);

    let (code, stdout, stderr) = run(root, &["check", "--format", "json", "."]);
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(
        rules_by_file(&stdout),
        [
            ("other/b.md".to_string(), vec!["absolute-claim".to_string()]),
            (
                "other/deeper/c.md".to_string(),
                vec!["absolute-claim".to_string()]
            ),
            ("shop/a.md".to_string(), vec![]),
        ]
    );

    // --config applies one file everywhere; --no-config none.
    let (code, stdout, _) = run(
        root,
        &[
            "check",
            "--format",
            "json",
            "--config",
            ".xhslint.yaml",
            ".",
        ],
    );
    assert_eq!(code, 0);
    assert!(
        rules_by_file(&stdout)
            .iter()
            .all(|(_, rules)| rules.is_empty())
    );
    let (code, stdout, _) = run(
        root,
        &["check", "--format", "json", "--no-config", "shop/a.md"],
    );
    assert_eq!(code, 1);
    assert_eq!(rules_by_file(&stdout)[0].1, ["absolute-claim"]);

    // stdin finds its config through --stdin-filename.
    let output = cargo_bin_cmd!("xhslint")
        .current_dir(root)
        .env("XHSLINT_LANG", "en")
        .args([
            "check",
            "--format",
            "json",
            "-",
            "--stdin-filename",
            "shop/new.md",
        ])
        .write_stdin(NOTE)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn a_broken_config_exits_2_with_its_position_and_lints_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        &dir.path().join("notes/.xhslint.yaml"),
        "rules:\n  absolute-claim: warn\n",
    );
    write(&dir.path().join("notes/a.md"), NOTE);
    let (code, stdout, stderr) = run(dir.path(), &["check", "notes"]);
    assert_eq!(code, 2);
    assert_eq!(stdout, "");
    assert_eq!(
        stderr,
        "error: notes/.xhslint.yaml:2:19: unknown severity `warn` for rule `absolute-claim` (did you mean `warning`?) — expected one of `off`, `info`, `warning`, `error`\n"
    );

    let (code, _, stderr) = run(
        dir.path(),
        &["check", "--config", "missing.yaml", "notes/a.md"],
    );
    assert_eq!(code, 2);
    assert!(
        stderr.starts_with("error: missing.yaml: cannot read the config file: "),
        "{stderr}"
    );
    let (code, _, stderr) = run(
        dir.path(),
        &["check", "--config", "x.yaml", "--no-config", "."],
    );
    assert_eq!(code, 2);
    assert!(stderr.contains("cannot be used with"), "{stderr}");
}

/// `lang:` is checked like the other choices: a value it does not know is
/// named with the two it takes, and a list says it is the wrong type, in
/// the language of the output, with no serde or YAML jargon.
#[test]
fn a_wrong_lang_in_the_config_says_what_it_takes() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(&dir.path().join("a.md"), NOTE);
    let cases = [
        (
            "lang: fr\n",
            "en",
            "error: .xhslint.yaml:1:7: unknown language `fr` — expected one of `zh`, `en`\n",
        ),
        (
            "lang: zh-CN\n",
            "zh",
            "错误: .xhslint.yaml:1:7: 没有 `zh-CN` 这个输出语言（是不是 `zh`？）；可选：`zh`、`en`\n",
        ),
        (
            "lang: [zh]\n",
            "en",
            "error: .xhslint.yaml:1:7: `lang` is a list, the wrong type — expected one of zh, en\n",
        ),
        (
            "lang: [zh]\n",
            "zh",
            "错误: .xhslint.yaml:1:7: `lang` 的类型不对：写的是列表，这里要zh、en 之一\n",
        ),
    ];
    for (config, lang, expected) in cases {
        write(&dir.path().join(".xhslint.yaml"), config);
        let (code, stdout, stderr) = run(dir.path(), &["check", "--lang", lang, "a.md"]);
        assert_eq!((code, stdout.as_str()), (2, ""), "{config}");
        assert_eq!(stderr, expected, "{config}");
    }
    // The two it takes are read without complaint (`run` sets
    // XHSLINT_LANG, which outranks the config's language).
    for lang in ["zh", "en"] {
        write(
            &dir.path().join(".xhslint.yaml"),
            &format!("lang: {lang}\n"),
        );
        let (code, stdout, stderr) = run(dir.path(), &["check", "a.md"]);
        assert_eq!((code, stderr.as_str()), (1, ""), "{lang}");
        assert!(stdout.contains("absolute-claim"), "{stdout}");
    }
}

#[test]
fn include_and_exclude_select_the_walked_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    write(
        &root.join(".xhslint.yaml"),
        "include: [\"*.md\", \"*.note\"]\nexclude: [drafts/**, \"*-wip.md\"]\n",
    );
    for name in [
        "a.md",
        "b.note",
        "c.txt",
        "drafts/d.md",
        "x/drafts/e.md",
        "f-wip.md",
    ] {
        write(&root.join(name), NOTE);
    }
    let (_, stdout, _) = run(root, &["check", "--format", "json", "."]);
    let paths: Vec<String> = rules_by_file(&stdout).into_iter().map(|(p, _)| p).collect();
    assert_eq!(paths, ["a.md", "b.note", "x/drafts/e.md"]);
    // A file named on the command line is linted whatever the globs say.
    let (_, stdout, _) = run(root, &["check", "--format", "json", "drafts/d.md"]);
    assert_eq!(rules_by_file(&stdout).len(), 1);
}

#[test]
fn init_writes_a_starter_config_and_refuses_to_overwrite() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (code, stdout, _) = run(dir.path(), &["init"]);
    assert_eq!(code, 0);
    assert_eq!(stdout, "wrote ./.xhslint.yaml\n");
    let written = fs::read_to_string(dir.path().join(".xhslint.yaml")).expect("written");
    assert_eq!(written, xhslint::config::STARTER);

    // The starter is a working config.
    write(&dir.path().join("a.md"), NOTE);
    let (code, _, stderr) = run(dir.path(), &["check", "a.md"]);
    assert_eq!(code, 1, "{stderr}");

    fs::write(dir.path().join(".xhslint.yaml"), "dictionary: [第一坊]\n").expect("edit");
    let (code, _, stderr) = run(dir.path(), &["init"]);
    assert_eq!(code, 2);
    assert_eq!(
        stderr,
        "error: ./.xhslint.yaml already exists; edit it, or remove it first to start over\n"
    );
    assert_eq!(
        fs::read_to_string(dir.path().join(".xhslint.yaml")).expect("kept"),
        "dictionary: [第一坊]\n"
    );

    let other = tempfile::tempdir().expect("tempdir");
    write(&other.path().join("xhslint.yaml"), "");
    let (code, _, stderr) = run(other.path(), &["init", "."]);
    assert_eq!(code, 2);
    assert!(stderr.contains("xhslint.yaml already exists"), "{stderr}");
    assert!(!other.path().join(".xhslint.yaml").exists());
}

#[test]
fn rules_lists_every_rule() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (code, stdout, _) = run(dir.path(), &["rules"]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = stdout.lines().collect();
    // The Note rules, then the plan rules.
    let count = xhslint::rules::all().len() + xhslint::plan::rules::all().len();
    assert_eq!(lines.len(), count + 1);
    assert!(lines[0].starts_with("RULE "), "{}", lines[0]);
    assert!(
        lines.contains(&"absolute-claim         error     no       Advertising Law absolute term (最好, 第一, 顶级, 100%有效, …)"),
        "{stdout}"
    );

    let (code, stdout, _) = run(dir.path(), &["rules", "--format", "json"]);
    assert_eq!(code, 0);
    let catalogue: serde_json::Value = serde_json::from_str(&stdout).expect("json");
    let rules = catalogue["rules"].as_array().expect("rules");
    assert_eq!(rules.len(), count);
    let count = rules
        .iter()
        .find(|r| r["id"] == "hashtag-count")
        .expect("hashtag-count");
    assert_eq!(count["default_severity"], "warning");
    assert_eq!(count["url"], "docs/rules/hashtag-count.md");
    assert_eq!(
        count["options"],
        serde_json::json!([
            {"name": "min", "type": "count", "default": "5"},
            {"name": "max", "type": "count", "default": "8"}
        ])
    );
}

#[test]
fn explain_prints_the_rule_page() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (code, stdout, _) = run(dir.path(), &["explain", "title-length"]);
    assert_eq!(code, 0);
    assert!(stdout.starts_with(
        "title-length: Title over the app's 20-unit limit\ndefault severity error · fixable: no · docs/rules/title-length.md\n"
    ), "{stdout}");
    for part in [
        "\nWHAT IT CHECKS\n",
        "\nWHY IT MATTERS FOR THE SALE\n",
        "\nBAD\n    这瓶保湿精华真的是我今年用过最温和最好吸收的一瓶\n",
        "\nGOOD\n    限时48小时｜玻尿酸精华 限量优惠\n",
        "\nOPTIONS\n- `max_units` (default `20`): the limit in app units, also settable as `title.max_units`.\n",
        "\nCONFIGURE\n    rules:\n      title-length: {severity: error, max_units: 20}",
        "    <!-- xhslint-disable-next-line title-length -- why a person judged it fine -->",
    ] {
        assert!(stdout.contains(part), "missing {part:?} in\n{stdout}");
    }

    let (code, stdout, stderr) = run(dir.path(), &["explain", "absolut-claim"]);
    assert_eq!(code, 2);
    assert_eq!(stdout, "");
    assert!(
        stderr.starts_with("error: unknown rule `absolut-claim` (did you mean `absolute-claim`?) — the rules are: title-length, title-scarcity,"),
        "{stderr}"
    );
}

#[test]
fn init_speaks_the_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (code, stdout, _) = run(dir.path(), &["init", "--lang", "zh"]);
    assert_eq!(code, 0);
    assert_eq!(stdout, "已写入 ./.xhslint.yaml\n");
    let (code, _, stderr) = run(dir.path(), &["init", "--lang", "zh"]);
    assert_eq!(code, 2);
    assert_eq!(
        stderr,
        "错误: ./.xhslint.yaml 已经存在：直接改它，或者先删掉再重新生成\n"
    );
}
