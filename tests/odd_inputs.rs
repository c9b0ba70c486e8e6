//! Odd inputs get an honest answer: a closed stdin, a config path that is
//! not a file, a thread count out of reason.

use std::fs;
use std::process::Stdio;

use assert_cmd::Command;

fn xhslint() -> Command {
    let mut command = Command::cargo_bin("xhslint").expect("binary builds");
    command.env("NO_COLOR", "1").env("XHSLINT_LANG", "en");
    command
}

#[test]
fn a_closed_stdin_is_exit_2_with_a_message_not_an_empty_note() {
    for input in ["notes", "jsonl"] {
        let output = std::process::Command::new(assert_cmd::cargo::cargo_bin("xhslint"))
            .args(["check", "--input", input, "-"])
            .env("NO_COLOR", "1")
            .env("XHSLINT_LANG", "en")
            .stdin(Stdio::null())
            .output()
            .expect("runs");
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert_eq!(output.status.code(), Some(2), "{input}: {stdout}");
        assert!(
            stdout.contains("standard input is closed — pipe"),
            "{input}: {stdout}"
        );
    }
    // A pipe that is open but empty is an empty Note, as before.
    xhslint()
        .args(["check", "-"])
        .write_stdin("")
        .assert()
        .code(0);
}

#[test]
fn a_config_name_that_is_a_directory_is_an_error_naming_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::create_dir(dir.path().join(".xhslint.yaml")).expect("mkdir");
    fs::write(dir.path().join("a.md"), "标题\n\n正文\n").expect("write");
    let output = xhslint()
        .current_dir(dir.path())
        .args(["check", "a.md"])
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains(".xhslint.yaml: is not a file, so it cannot be a config — make it a YAML file or rename it"),
        "{stderr}"
    );

    let output = xhslint()
        .current_dir(dir.path())
        .args(["check", "--config", ".xhslint.yaml", "a.md"])
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains(".xhslint.yaml: is a directory, not a config file — name a YAML file"),
        "{stderr}"
    );
}

#[test]
fn threads_are_capped_with_a_clear_message() {
    let output = xhslint()
        .args(["check", "--threads", "65535", "x.md"])
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr.contains("invalid value '65535' for '--threads <N>': 65535 is not in 1..=256"),
        "{stderr}"
    );
    let dir = tempfile::tempdir().expect("tempdir");
    for name in ["a.md", "b.md", "c.md"] {
        fs::write(dir.path().join(name), "标题\n\n正文\n").expect("write");
    }
    xhslint()
        .current_dir(dir.path())
        .args(["check", "--no-config", "--threads", "256", "."])
        .assert()
        .code(0);
}
