//! Hostile and degenerate inputs: each gets a clear message or a sensible
//! result, never a panic or a hang.

use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

use xhslint::input::note::{Note, NoteFormat};
use xhslint::lint::lint_note;
use xhslint::settings::Settings;

fn xhslint() -> Command {
    let mut command = Command::cargo_bin("xhslint").expect("binary builds");
    command.env("XHSLINT_LANG", "en");
    command
}

fn rules_of(source: &str, format: NoteFormat) -> Vec<(String, String)> {
    let note = Note::parse("h.md", source.to_string(), format);
    lint_note(&note, &Settings::default())
        .into_iter()
        .map(|d| (d.rule.to_string(), note.source[d.span.clone()].to_string()))
        .collect()
}

fn check_json(path: &Path) -> (Option<i32>, Value) {
    let output = xhslint()
        .args(["check", "--format", "json"])
        .arg(path)
        .timeout(Duration::from_secs(60))
        .output()
        .expect("runs");
    let report = serde_json::from_slice(&output.stdout).expect("JSON report");
    (output.status.code(), report)
}

#[test]
fn a_50_mb_file_is_refused_by_its_size() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("huge.md");
    // Sparse: no 50 MB is written; reading it whole would also show NULs.
    fs::File::create(&path)
        .and_then(|f| f.set_len(50 * 1024 * 1024))
        .expect("sparse file");
    xhslint()
        .args(["check", "--color", "never"])
        .arg(&path)
        .assert()
        .code(2)
        .stdout(predicate::str::contains(
            "huge.md: file is 52428800 bytes, over the 1048576-byte limit for a Note",
        ));
}

#[test]
fn a_1_mb_single_line_is_linted_in_reasonable_time() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("line.txt");
    let line = "这款精华很好吸收手慢无".repeat(31_000);
    assert!(line.len() > 1_000_000 && line.len() < 1_048_576);
    fs::write(&path, format!("标题\n\n{line}")).expect("write");
    let started = Instant::now();
    let (code, report) = check_json(&path);
    assert_eq!(code, Some(1), "body-length is an error");
    let diagnostics = report["files"][0]["diagnostics"]
        .as_array()
        .expect("diagnostics");
    assert_eq!(
        diagnostics
            .iter()
            .filter(|d| d["rule"] == "pressure-phrase")
            .count(),
        31_000
    );
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn a_yaml_alias_bomb_in_front_matter_is_a_front_matter_error() {
    let mut yaml = String::from("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for (name, prev) in ["b", "c", "d", "e", "f", "g", "h", "i"]
        .iter()
        .zip(["a", "b", "c", "d", "e", "f", "g", "h"])
    {
        let refs = vec![format!("*{prev}"); 9].join(", ");
        yaml.push_str(&format!("{name}: &{name} [{refs}]\n"));
    }
    let source = format!("---\n{yaml}---\n正文");
    let found = rules_of(&source, NoteFormat::Markdown);
    assert!(
        found.iter().any(|(rule, _)| rule == "front-matter"),
        "{found:?}"
    );
}

#[test]
fn deeply_nested_yaml_is_a_front_matter_error() {
    let depth = 5_000;
    let source = format!(
        "---\nsale: {}{}\n---\n正文",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    let found = rules_of(&source, NoteFormat::Markdown);
    assert!(
        found.iter().any(|(rule, _)| rule == "front-matter"),
        "{found:?}"
    );
}

#[test]
fn front_matter_never_closed() {
    let found = rules_of("---\ntitle: 限时\n正文手慢无", NoteFormat::Markdown);
    assert!(
        found.contains(&("front-matter".to_string(), "---".to_string())),
        "{found:?}"
    );
    assert!(
        found.contains(&("pressure-phrase".to_string(), "手慢无".to_string())),
        "{found:?}"
    );
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_is_reported_not_followed_forever() {
    let dir = tempfile::tempdir().expect("tempdir");
    let notes = dir.path().join("notes");
    fs::create_dir(&notes).expect("mkdir");
    fs::write(notes.join("a.md"), "标题\n\n正文").expect("write");
    std::os::unix::fs::symlink(&notes, notes.join("loop")).expect("symlink");
    std::os::unix::fs::symlink("self.md", notes.join("self.md")).expect("symlink");
    let (code, report) = check_json(&notes);
    assert_eq!(code, Some(2));
    let files = report["files"].as_array().expect("files");
    let errors: Vec<&str> = files
        .iter()
        .filter_map(|f| f["error"]["message"].as_str())
        .collect();
    assert!(errors.iter().any(|e| e.contains("loop")), "{errors:?}");
    assert!(errors.iter().any(|e| e.contains("self.md")), "{errors:?}");
    assert!(files.iter().any(
        |f| f["path"].as_str().is_some_and(|p| p.ends_with("a.md")) && f.get("error").is_none()
    ));
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_an_error_naming_it() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("secret.md");
    fs::write(&path, "标题\n\n正文").expect("write");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).expect("chmod");
    let readable_anyway = fs::read(&path).is_ok(); // root reads through mode bits
    let target = if readable_anyway {
        // Root cannot be denied by mode bits: a dangling link fails for everyone.
        let link = dir.path().join("dangling.md");
        std::os::unix::fs::symlink(dir.path().join("gone.md"), &link).expect("symlink");
        link
    } else {
        path
    };
    let name = target
        .file_name()
        .expect("name")
        .to_string_lossy()
        .into_owned();
    xhslint()
        .args(["check", "--color", "never"])
        .arg(&target)
        .assert()
        .code(2)
        .stdout(predicate::str::contains(format!("{name}: cannot read:")));
}

#[test]
fn a_directory_named_like_a_note_is_walked() {
    let dir = tempfile::tempdir().expect("tempdir");
    let odd = dir.path().join("x.md");
    fs::create_dir(&odd).expect("mkdir");
    fs::write(odd.join("inner.md"), "最好用的精华\n\n补水").expect("write");
    let (code, report) = check_json(&odd);
    assert_eq!(code, Some(1));
    assert_eq!(
        report["files"][0]["diagnostics"][0]["rule"],
        "absolute-claim"
    );
}

#[cfg(unix)]
#[test]
fn a_non_utf8_path_is_linted_and_named_lossily() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(OsStr::from_bytes(b"bad\xffname.md"));
    fs::write(&path, "最好用的精华\n\n补水").expect("write");
    let (code, report) = check_json(dir.path());
    assert_eq!(code, Some(1));
    let shown = report["files"][0]["path"].as_str().expect("path");
    assert!(shown.ends_with("bad\u{FFFD}name.md"), "{shown}");
}

#[test]
fn degenerate_notes() {
    assert!(rules_of("", NoteFormat::Markdown).is_empty(), "empty file");
    assert!(
        rules_of("\n\n  \n", NoteFormat::Text).is_empty(),
        "blank file"
    );
    let title_only = rules_of("限时48小时｜精华", NoteFormat::Text);
    assert_eq!(
        title_only,
        [("hashtag-count".to_string(), "限时48小时｜精华".to_string())]
    );
    let front_matter_only = rules_of("---\ncategory: beauty\n---\n", NoteFormat::Markdown);
    assert!(front_matter_only.is_empty(), "{front_matter_only:?}");
    let bad_front_matter_only = rules_of("---\ncategory: makeup\n---\n", NoteFormat::Markdown);
    assert_eq!(
        bad_front_matter_only,
        [("front-matter".to_string(), "makeup".to_string())]
    );
    // A body without a declared title: its first line is the title.
    let body_only = rules_of(
        "---\ncategory: beauty\n---\n补水很稳\n#a #b #c #d #e",
        NoteFormat::Markdown,
    );
    assert!(body_only.is_empty(), "{body_only:?}");
    let emoji = rules_of("😂😂😂\n\n🔥🔥🔥✨✨", NoteFormat::Text);
    assert_eq!(emoji, [("hashtag-count".to_string(), "😂😂😂".to_string())]);
    let tags = rules_of("#a #b #c #d #e", NoteFormat::Text);
    assert!(tags.is_empty(), "{tags:?}");
}

#[test]
fn invisible_characters_cannot_hide_a_banned_phrase() {
    for hidden in [
        "手\u{200B}慢无",
        "手慢\u{200F}无",
        "不\u{202E}买后悔",
        "最\u{2060}好用",
        "加\u{FEFF}vx",
    ] {
        let found = rules_of(&format!("标题\n\n{hidden}"), NoteFormat::Text);
        let texts: Vec<&str> = found
            .iter()
            .map(|(_, t)| t.as_str())
            .filter(|t| *t == hidden)
            .collect();
        assert_eq!(texts, [hidden], "{found:?}");
    }
}

#[test]
fn traditional_chinese_copy_is_read_like_simplified() {
    let found = rules_of(
        "限時48小時｜精華\n\n質地很好，手慢無，不買後悔，絕對是最好用的！！！\n#護膚 #精華",
        NoteFormat::Text,
    );
    let texts: Vec<&str> = found.iter().map(|(_, t)| t.as_str()).collect();
    for expected in ["手慢無", "不買後悔", "絕對", "最好用"] {
        assert!(texts.contains(&expected), "{expected} in {found:?}");
    }
}

#[test]
fn a_yaml_alias_bomb_or_deep_nesting_in_the_config_is_a_located_error() {
    use xhslint::config::Config;
    let mut bomb = String::from("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for (name, prev) in ["b", "c", "d", "e", "f", "g", "h", "i"]
        .iter()
        .zip(["a", "b", "c", "d", "e", "f", "g", "h"])
    {
        let refs = vec![format!("*{prev}"); 9].join(", ");
        bomb.push_str(&format!("{name}: &{name} [{refs}]\n"));
    }
    let deep = format!("dictionary: {}{}\n", "[".repeat(5_000), "]".repeat(5_000));
    for yaml in [bomb, deep] {
        let started = Instant::now();
        let error = match Config::parse(".xhslint.yaml", Path::new("/nonexistent"), &yaml) {
            Ok(_) => panic!("accepted a hostile config"),
            Err(error) => error.to_string(),
        };
        assert!(error.starts_with(".xhslint.yaml:"), "{error}");
        assert!(started.elapsed() < Duration::from_secs(5));
    }
}
