//! The command line as a user meets it: exit codes, inputs, formats.

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn xhslint() -> Command {
    let mut cmd = Command::cargo_bin("xhslint").expect("binary builds");
    cmd.env_remove("NO_COLOR");
    cmd.env("XHSLINT_LANG", "en");
    cmd
}

const CLEAN: &str = "---\ntitle: 限时48小时｜玻尿酸精华\ntags: [护肤分享, 玻尿酸精华, 补水保湿, 换季护肤, 干皮救星]\ncategory: beauty\nsale:\n  start: 2026-06-16 20:00\n  end: 2026-06-18 20:00\n  stock: 200\n---\n质地水润，上脸就吸收，一点都不黏。\n到手¥199，限量200份，点下方商品卡下单。\n本周粉丝专享价，评论区聊聊你的换季烦恼。\n";
const ABSOLUTE: &str = "防晒\n\n这是最好用的防晒。\n#防晒 #夏天 #通勤 #油皮 #好物";
const WARNING_ONLY: &str = "防晒\n\n轻薄不油，出门前抹一层。\n#防晒 #夏天";

fn write(dir: &Path, name: &str, text: &[u8]) {
    fs::write(dir.join(name), text).expect("write fixture");
}

fn json_of(output: &[u8]) -> Value {
    serde_json::from_slice(output).expect("stdout is JSON")
}

#[test]
fn clean_note_exits_0() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "clean.md", CLEAN.as_bytes());
    xhslint()
        .args(["check", "--color", "never"])
        .arg(dir.path().join("clean.md"))
        .assert()
        .code(0)
        .stdout(predicate::str::contains("No problems found in 1 file."));
}

#[test]
fn an_error_exits_1() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "a.txt", ABSOLUTE.as_bytes());
    xhslint()
        .args(["check", "--color", "never"])
        .arg(dir.path().join("a.txt"))
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "error[absolute-claim]: “最好用” is an absolute claim",
        ));
}

#[test]
fn warnings_fail_only_with_deny_warnings() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "w.txt", WARNING_ONLY.as_bytes());
    let path = dir.path().join("w.txt");
    xhslint()
        .args(["check", "--color", "never"])
        .arg(&path)
        .assert()
        .code(0);
    xhslint()
        .args(["check", "--color", "never", "--deny", "warnings"])
        .arg(&path)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("warning[hashtag-count]"));
}

#[test]
fn quiet_prints_only_failing_findings() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "w.txt", WARNING_ONLY.as_bytes());
    xhslint()
        .args(["check", "--color", "never", "--quiet"])
        .arg(dir.path().join("w.txt"))
        .assert()
        .code(0)
        .stdout("");
}

#[test]
fn invalid_utf8_and_binary_files_are_errors_but_others_are_linted() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "a-bad.md",
        b"\xe9\x99\x90\xe6\x97\xb6 ok \xff\xfe",
    );
    write(dir.path(), "b-binary.md", b"PK\x03\x04\x00\x00zip");
    write(dir.path(), "c-claim.txt", ABSOLUTE.as_bytes());
    let output = xhslint()
        .args(["check", "--format", "json"])
        .arg(dir.path())
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let report = json_of(&output.stdout);
    let files = report["files"].as_array().expect("files");
    assert_eq!(files.len(), 3);
    let bad = &files[0];
    assert!(
        bad["path"]
            .as_str()
            .is_some_and(|p| p.ends_with("a-bad.md"))
    );
    let message = bad["error"]["message"].as_str().expect("error message");
    assert!(
        message.ends_with("a-bad.md: invalid UTF-8 at byte 10"),
        "{message}"
    );
    let binary = files[1]["error"]["message"]
        .as_str()
        .expect("error message");
    assert!(
        binary.ends_with("b-binary.md: binary file (NUL byte at byte 4), not a Note"),
        "{binary}"
    );
    assert_eq!(files[2]["diagnostics"][0]["rule"], "absolute-claim");
    assert_eq!(report["summary"]["file_errors"], 2);
}

#[test]
fn a_file_over_the_size_limit_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let big = "好".repeat(400_000);
    write(dir.path(), "big.md", big.as_bytes());
    xhslint()
        .args(["check", "--color", "never"])
        .arg(dir.path().join("big.md"))
        .assert()
        .code(2)
        .stdout(predicate::str::contains(
            "big.md: file is 1200000 bytes, over the 1048576-byte limit for a Note",
        ));
}

#[test]
fn a_missing_path_is_an_error_naming_it() {
    xhslint()
        .args(["check", "--color", "never", "no/such/note.md"])
        .assert()
        .code(2)
        .stdout(predicate::str::contains("no/such/note.md: cannot read:"));
}

#[test]
fn stdin_with_a_filename() {
    let output = xhslint()
        .args([
            "check",
            "-",
            "--stdin-filename",
            "drafts/a.txt",
            "--format",
            "json",
        ])
        .write_stdin(ABSOLUTE)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    let report = json_of(&output.stdout);
    assert_eq!(report["files"][0]["path"], "drafts/a.txt");
    let diagnostic = &report["files"][0]["diagnostics"][0];
    assert_eq!(diagnostic["rule"], "absolute-claim");
    assert_eq!(diagnostic["text"], "最好用");
    assert_eq!(diagnostic["span"]["start"]["line"], 3);
}

#[test]
fn directories_honour_gitignore_and_xhslintignore_and_extensions() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    fs::create_dir_all(root.join("drafts")).expect("mkdir");
    fs::create_dir_all(root.join("archive")).expect("mkdir");
    write(root, ".gitignore", b"drafts/\n");
    write(root, ".xhslintignore", b"archive/\n");
    write(root, "note.md", CLEAN.as_bytes());
    write(root, "note.markdown", CLEAN.as_bytes());
    write(root, "note.txt", CLEAN.as_bytes());
    write(root, "script.py", ABSOLUTE.as_bytes());
    write(&root.join("drafts"), "bad.md", ABSOLUTE.as_bytes());
    write(&root.join("archive"), "old.md", ABSOLUTE.as_bytes());
    let output = xhslint()
        .args(["check", "--format", "json"])
        .arg(root)
        .output()
        .expect("runs");
    let report = json_of(&output.stdout);
    let mut paths: Vec<String> = report["files"]
        .as_array()
        .expect("files")
        .iter()
        .map(|f| {
            Path::new(f["path"].as_str().expect("path"))
                .file_name()
                .expect("name")
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    paths.sort();
    assert_eq!(paths, ["note.markdown", "note.md", "note.txt"]);
}

#[test]
fn json_output_validates_against_the_schema() {
    let schema: Value =
        serde_json::from_str(include_str!("../schema/report.schema.json")).expect("schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("valid schema");
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "a.txt", ABSOLUTE.as_bytes());
    write(
        dir.path(),
        "b.md",
        "---\ntitle: 精华\nsale:\n  stock: many\n---\n手慢无！！！ #护肤 #护肤".as_bytes(),
    );
    write(dir.path(), "c.md", b"\xff");
    let output = xhslint()
        .args(["check", "--format", "json"])
        .arg(dir.path())
        .output()
        .expect("runs");
    let report = json_of(&output.stdout);
    let errors: Vec<String> = validator
        .iter_errors(&report)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert!(report["summary"]["errors"].as_u64().unwrap_or(0) >= 2);
}

#[test]
fn color_follows_the_flag_and_no_color() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "a.txt", ABSOLUTE.as_bytes());
    let path = dir.path().join("a.txt");
    xhslint()
        .args(["check", "--color", "always"])
        .arg(&path)
        .assert()
        .stdout(predicate::str::contains("\u{1b}["));
    // Not a terminal: plain by default.
    xhslint()
        .args(["check"])
        .arg(&path)
        .assert()
        .stdout(predicate::str::contains("\u{1b}[").not());
    xhslint()
        .env("NO_COLOR", "1")
        .args(["check", "--color", "auto"])
        .arg(&path)
        .assert()
        .stdout(predicate::str::contains("\u{1b}[").not());
}

#[test]
fn version_and_help_with_examples() {
    xhslint()
        .arg("--version")
        .assert()
        .code(0)
        .stdout(predicate::str::starts_with("xhslint "));
    xhslint().args(["check", "--help"]).assert().code(0).stdout(
        predicate::str::contains("Examples:").and(predicate::str::contains("--stdin-filename")),
    );
}

#[test]
fn a_bad_flag_is_a_usage_error() {
    xhslint()
        .args(["check", "--format", "xml"])
        .assert()
        .code(2);
}

#[test]
fn the_summary_counts_what_was_linted_and_what_was_not() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "clean.md", CLEAN.as_bytes());
    write(dir.path(), "warn.txt", WARNING_ONLY.as_bytes());
    let last_line = |args: &[&str]| {
        let output = xhslint()
            .current_dir(dir.path())
            .args(["check", "--color", "never"])
            .args(args)
            .output()
            .expect("runs");
        let stdout = String::from_utf8(output.stdout).expect("UTF-8");
        (
            output.status.code(),
            stdout.lines().last().unwrap_or_default().to_string(),
        )
    };
    // An unreadable file is never counted as clean.
    assert_eq!(
        last_line(&["clean.md", "missing.md"]),
        (
            Some(2),
            "No problems found in 1 file; 1 file could not be read.".to_string()
        )
    );
    assert_eq!(
        last_line(&["clean.md", "warn.txt"]),
        (Some(0), "Found 1 warning in 1 of 2 files.".to_string())
    );
    // JSON Lines input counts records, well-formed or not.
    write(
        dir.path(),
        "batch.jsonl",
        "{\"id\":1,\"title\":\"防晒\",\"body\":\"轻薄不油\",\"tags\":[\"防晒\",\"夏天\",\"通勤\",\"油皮\",\"好物\"]}\n{\"id\":2,\n".as_bytes(),
    );
    assert_eq!(
        last_line(&["--input", "jsonl", "batch.jsonl"]),
        (
            Some(2),
            "No problems found in 1 record; 1 record could not be read.".to_string()
        )
    );
}

#[test]
fn a_long_source_line_is_windowed_to_100_columns_off_a_terminal() {
    let dir = tempfile::tempdir().expect("tempdir");
    let body = format!(
        "{}手慢无{}",
        "质地很水润上脸不黏".repeat(40),
        "冬天也不干".repeat(40)
    );
    write(
        dir.path(),
        "long.md",
        format!("# 面霜\n\n{body}\n").as_bytes(),
    );
    let output = xhslint()
        .current_dir(dir.path())
        .args(["check", "--color", "never", "long.md"])
        .output()
        .expect("runs");
    let stdout = String::from_utf8(output.stdout).expect("UTF-8");
    let lines: Vec<&str> = stdout.lines().collect();
    let source = lines
        .iter()
        .position(|l| l.starts_with("3 | ") && l.contains("手慢无"))
        .unwrap_or_else(|| panic!("{stdout}"));
    let shown = lines[source];
    assert!(shown.contains("..."), "{shown}");
    let width = |s: &str| {
        s.chars()
            .map(|c| if c.is_ascii() { 1 } else { 2 })
            .sum::<usize>()
    };
    assert!(width(shown) <= 100, "{shown}");
    // The caret line starts under 手.
    let carets = lines[source + 1];
    let pad = carets.find('^').expect("carets");
    let before = &shown[..shown.find("手慢无").expect("span shown")];
    assert_eq!(pad, width(before), "{shown}\n{carets}");
}
