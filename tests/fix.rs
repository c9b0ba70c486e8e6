//! `--fix` and `--diff` on real files: only machine-applicable fixes,
//! idempotent, atomic, never a write without `--fix`, never a touch of a
//! file that could not be read.

mod common;

use std::fs;
use std::os::unix::fs::PermissionsExt;

use common::{FIXABLE_NOTE, FIXED_NOTE, Scratch, output};

#[test]
fn fix_applies_machine_applicable_fixes_and_reports_them() {
    let scratch = Scratch::new();
    let path = scratch.write("notes/a.md", FIXABLE_NOTE);
    fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).expect("chmod");
    let (code, stdout, _) = output(&mut scratch.xhslint(&["check", "--fix", "notes"]));
    assert_eq!(code, 0, "only warnings remain");
    assert_eq!(scratch.read("notes/a.md"), FIXED_NOTE);
    assert!(
        stdout.contains("fixed notes/a.md: 1 finding (hashtag-duplicate)"),
        "{stdout}"
    );
    assert!(
        stdout.ends_with("Found 1 warning in 1 file; fixed 1 finding in 1 file.\n"),
        "{stdout}"
    );
    // What remains is reported against the fixed text.
    assert!(stdout.contains("warning[hashtag-count]: 4 distinct hashtags"));
    assert!(!stdout.contains("warning[pressure-phrase]"));
    let mode = fs::metadata(&path).expect("stat").permissions().mode() & 0o777;
    assert_eq!(mode, 0o640, "permissions are kept");
    let names: Vec<String> = fs::read_dir(scratch.path("notes"))
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, vec!["a.md".to_string()], "no temporary file is left");
}

#[test]
fn a_file_named_twice_is_fixed_once() {
    let scratch = Scratch::new();
    scratch.write("notes/a.md", FIXABLE_NOTE);
    let (code, stdout, _) =
        output(&mut scratch.xhslint(&["check", "--fix", "notes/a.md", "notes", "notes/a.md"]));
    assert_eq!(code, 0, "{stdout}");
    assert_eq!(scratch.read("notes/a.md"), FIXED_NOTE);
    assert_eq!(stdout.matches("fixed notes/a.md").count(), 1, "{stdout}");
}

#[test]
fn a_second_fix_changes_nothing() {
    let scratch = Scratch::new();
    let path = scratch.write("a.md", FIXABLE_NOTE);
    output(&mut scratch.xhslint(&["check", "--fix", "a.md"]));
    let modified = fs::metadata(&path)
        .expect("stat")
        .modified()
        .expect("mtime");
    let (code, stdout, _) = output(&mut scratch.xhslint(&["check", "--fix", "a.md"]));
    assert_eq!(code, 0);
    assert_eq!(scratch.read("a.md"), FIXED_NOTE);
    assert!(!stdout.contains("fixed"), "{stdout}");
    assert_eq!(
        fs::metadata(&path)
            .expect("stat")
            .modified()
            .expect("mtime"),
        modified,
        "an unchanged file is not rewritten"
    );
}

#[test]
fn nothing_is_written_without_fix() {
    let scratch = Scratch::new();
    let path = scratch.write("a.md", FIXABLE_NOTE);
    let modified = fs::metadata(&path)
        .expect("stat")
        .modified()
        .expect("mtime");
    for format in ["human", "json", "jsonl", "github", "sarif"] {
        output(&mut scratch.xhslint(&["check", "a.md", "--format", format]));
    }
    assert_eq!(scratch.read("a.md"), FIXABLE_NOTE);
    assert_eq!(
        fs::metadata(&path)
            .expect("stat")
            .modified()
            .expect("mtime"),
        modified
    );
}

#[test]
fn diff_prints_a_unified_diff_and_writes_nothing() {
    let scratch = Scratch::new();
    scratch.write("notes/a.md", FIXABLE_NOTE);
    scratch.write("notes/clean.md", FIXED_NOTE);
    let (code, stdout, stderr) = output(&mut scratch.xhslint(&["check", "--diff", "notes"]));
    assert_eq!(code, 1, "a file would change");
    assert_eq!(
        stdout,
        "--- a/notes/a.md\n+++ b/notes/a.md\n@@ -4,4 +4,4 @@\n ---\n 这瓶精华保湿效果很好，上脸不黏！！！\n \n-#护肤分享 #补水保湿 #护肤分享 #精华推荐 #好物分享\n+#护肤分享 #补水保湿 #精华推荐 #好物分享\n"
    );
    assert_eq!(stderr, "xhslint: would fix 1 finding in 1 file\n");
    assert_eq!(scratch.read("notes/a.md"), FIXABLE_NOTE);
    let (code, stdout, _) = output(&mut scratch.xhslint(&["check", "--diff", "notes/clean.md"]));
    assert_eq!((code, stdout.as_str()), (0, ""));
}

#[test]
fn diff_of_stdin_uses_its_name() {
    let scratch = Scratch::new();
    let (code, stdout, _) = output(
        scratch
            .xhslint(&["check", "--diff", "-", "--stdin-filename", "n.md"])
            .write_stdin(FIXABLE_NOTE),
    );
    assert_eq!(code, 1);
    assert!(stdout.starts_with("--- a/n.md\n+++ b/n.md\n"), "{stdout}");
}

#[test]
fn a_file_that_could_not_be_read_is_never_touched() {
    let scratch = Scratch::new();
    let mut bytes = FIXABLE_NOTE.as_bytes().to_vec();
    bytes.extend_from_slice(b"\xff\xfe");
    let path = scratch.write("bad.md", &bytes);
    let (code, stdout, _) = output(&mut scratch.xhslint(&["check", "--fix", "bad.md"]));
    assert_eq!(code, 2);
    assert!(stdout.contains("bad.md: invalid UTF-8 at byte"), "{stdout}");
    assert_eq!(fs::read(&path).expect("read"), bytes);
}

/// Root ignores permission bits, so a read-only directory would not stop
/// the write in CI. A file-size limit of zero (`ulimit -f 0`) stops every
/// write, root's too: the temporary file cannot be filled, the rename never
/// happens, and the original must be intact.
#[test]
fn a_failed_write_leaves_the_original_intact() {
    let scratch = Scratch::new();
    let path = scratch.write("a.md", FIXABLE_NOTE);
    let binary = assert_cmd::cargo::cargo_bin("xhslint");
    let out = std::process::Command::new("sh")
        .current_dir(scratch.dir.path())
        .env("NO_COLOR", "1")
        .env("XHSLINT_LANG", "en")
        .arg("-c")
        // SIGXFSZ would kill the process; ignored, the write fails with EFBIG.
        .arg(r#"trap '' XFSZ; ulimit -f 0; exec "$0" check --fix a.md"#)
        .arg(&binary)
        .output()
        .expect("sh runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(2), "{stdout}");
    assert!(
        stdout.contains("a.md: cannot write the fix: File too large"),
        "{stdout}"
    );
    assert!(
        stdout.contains("1 fixed file could not be written"),
        "{stdout}"
    );
    // The findings reported are those of the file as it still is.
    assert!(stdout.contains("warning[hashtag-duplicate]"), "{stdout}");
    assert_eq!(fs::read_to_string(&path).expect("read"), FIXABLE_NOTE);
    let names: Vec<_> = fs::read_dir(scratch.dir.path()).expect("list").collect();
    assert_eq!(names.len(), 1, "the temporary file is removed");
}

#[test]
fn fix_refuses_stdin_and_jsonl() {
    let scratch = Scratch::new();
    let (code, _, stderr) = output(
        scratch
            .xhslint(&["check", "--fix", "-"])
            .write_stdin(FIXABLE_NOTE),
    );
    assert_eq!(code, 2);
    assert_eq!(
        stderr,
        "error: --fix writes files, and stdin is not one — use --diff to see the fixes\n"
    );
    let (code, _, stderr) =
        output(&mut scratch.xhslint(&["check", "--fix", "--input", "jsonl", "x.jsonl"]));
    assert_eq!(code, 2);
    assert!(stderr.contains("not JSON Lines records"), "{stderr}");
    let (code, _, stderr) = output(&mut scratch.xhslint(&["check", "--fix", "--diff", "."]));
    assert_eq!(code, 2);
    assert!(stderr.contains("cannot be used with"), "{stderr}");
}
