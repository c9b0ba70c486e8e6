//! Batches: JSON Lines input, and parallel runs whose output is identical to
//! a one-thread run.

mod common;

use std::collections::BTreeSet;

use common::{Scratch, generated_notes, notes_jsonl, output, write_notes};
use serde_json::{Value, json};

#[test]
fn a_malformed_line_is_an_error_and_the_other_lines_are_still_linted() {
    let scratch = Scratch::new();
    let batch = concat!(
        r#"{"id":"a","title":"好物分享","body":"全网最低价"}"#,
        "\n",
        r#"{"id":"b","title":"缺了正文"}"#,
        "\n\n",
        "not json at all\n",
        r#"{"id":"c","title":"限时好价","body":"第一次用，加vx领券","tags":["好物"]}"#,
        "\n",
    );
    scratch.write("batch.jsonl", batch);
    let (code, stdout, _) = output(&mut scratch.xhslint(&[
        "check",
        "--input",
        "jsonl",
        "batch.jsonl",
        "--format",
        "json",
    ]));
    assert_eq!(code, 2, "a malformed line makes the run exit 2");
    let report: Value = serde_json::from_str(&stdout).expect("JSON");
    let files = report["files"].as_array().expect("files");
    let summary: Vec<(Value, Option<&str>, Vec<&str>)> = files
        .iter()
        .map(|f| {
            (
                f["record"].clone(),
                f["error"]["message"].as_str(),
                f["diagnostics"]
                    .as_array()
                    .expect("diagnostics")
                    .iter()
                    .filter_map(|d| d["rule"].as_str())
                    .collect(),
            )
        })
        .collect();
    let shape = r#" — expected one JSON object a line: {"id": string or number, "title": string, "body": string, "tags": [string] (optional)}"#;
    assert_eq!(
        summary,
        vec![
            (
                json!({"id": "a", "line": 1}),
                None,
                vec!["hashtag-count", "absolute-claim"]
            ),
            (
                json!({"line": 2}),
                Some(format!("batch.jsonl:2:25: missing field `body`{shape}").as_str()),
                vec![]
            ),
            (
                json!({"line": 4}),
                Some(format!("batch.jsonl:4:2: expected ident{shape}").as_str()),
                vec![]
            ),
            (
                json!({"id": "c", "line": 5}),
                None,
                vec!["hashtag-count", "off-platform"]
            ),
        ]
    );
    // Every diagnostic carries its record's id and line.
    let off_platform = &files[3]["diagnostics"][1];
    assert_eq!(off_platform["record"], json!({"id": "c", "line": 5}));
    assert_eq!(off_platform["text"], "加vx");
    assert_eq!(off_platform["span"]["field"], "/body");
    assert_eq!(off_platform["span"]["start"]["column"], 6);
}

#[test]
fn an_overlong_record_is_an_error_not_a_memory_spike() {
    let scratch = Scratch::new();
    let long = json!({"id": "big", "title": "t", "body": "好".repeat(400_000)}).to_string();
    scratch.write(
        "batch.jsonl",
        format!(
            "{long}\n{}\n",
            json!({"id": "ok", "title": "限时好价", "body": "保湿"})
        ),
    );
    let (code, stdout, _) = output(&mut scratch.xhslint(&[
        "check",
        "--input",
        "jsonl",
        "batch.jsonl",
        "--format",
        "jsonl",
    ]));
    assert_eq!(code, 2);
    let lines: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(
        lines[0]["error"]["message"]
            .as_str()
            .map(|m| m.split(" — ").next()),
        Some(Some(
            "batch.jsonl:1: record is 1200034 bytes, over the limit for a Note"
        ))
    );
    assert_eq!(lines[1]["record"], json!({"id": "ok", "line": 2}));
}

#[test]
fn records_are_read_from_stdin() {
    let scratch = Scratch::new();
    let (code, stdout, _) = output(
        scratch
            .xhslint(&[
                "check",
                "--input",
                "jsonl",
                "-",
                "--stdin-filename",
                "export.jsonl",
                "--format",
                "jsonl",
            ])
            .write_stdin(notes_jsonl(3)),
    );
    assert_eq!(code, 1, "the generated Notes hold errors");
    let ids: BTreeSet<String> = stdout
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).expect("JSON line"))
        .inspect(|v| assert_eq!(v["path"], "export.jsonl"))
        .filter_map(|v| v["record"]["id"].as_str().map(str::to_string))
        .collect();
    assert_eq!(
        ids,
        ["gen-0000", "gen-0001", "gen-0002"]
            .map(String::from)
            .into()
    );
}

#[test]
fn a_directory_is_not_a_jsonl_file() {
    let scratch = Scratch::new();
    scratch.write("d/x.jsonl", "");
    let (code, stdout, _) = output(&mut scratch.xhslint(&["check", "--input", "jsonl", "d"]));
    assert_eq!(code, 2);
    assert!(
        stdout.contains("d: cannot read: is a directory; --input jsonl reads JSON Lines files"),
        "{stdout}"
    );
}

/// Runs `args` with one thread and with several, and returns the output,
/// asserting both are the same byte for byte.
fn same_for_any_thread_count(scratch: &Scratch, args: &[&str]) -> String {
    let run = |threads: &str| {
        let mut all = args.to_vec();
        all.extend(["--threads", threads]);
        output(&mut scratch.xhslint(&all))
    };
    let serial = run("1");
    let parallel = run("4");
    assert_eq!(serial.0, parallel.0, "exit code");
    assert!(
        serial.1 == parallel.1,
        "output differs between 1 and 4 threads"
    );
    assert_eq!(serial.2, "", "no progress bar or noise on a piped stderr");
    assert_eq!(parallel.2, "");
    serial.1
}

#[test]
fn parallel_output_equals_serial_output_on_500_notes() {
    let scratch = Scratch::new();
    write_notes(&scratch, 500);
    let json = same_for_any_thread_count(&scratch, &["check", "notes", "--format", "json"]);
    let report: Value = serde_json::from_str(&json).expect("JSON");
    let files = report["files"].as_array().expect("files");
    assert_eq!(files.len(), 500);
    let paths: Vec<&str> = files.iter().filter_map(|f| f["path"].as_str()).collect();
    let mut sorted = paths.clone();
    sorted.sort_unstable();
    assert_eq!(paths, sorted, "input order");
    let rules: BTreeSet<&str> = files
        .iter()
        .flat_map(|f| f["diagnostics"].as_array().into_iter().flatten())
        .filter_map(|d| d["rule"].as_str())
        .collect();
    assert!(rules.len() >= 6, "a varied corpus: {rules:?}");
}

#[test]
fn parallel_output_equals_serial_output_on_600_records() {
    let scratch = Scratch::new();
    scratch.write("batch.jsonl", notes_jsonl(600));
    let jsonl = same_for_any_thread_count(
        &scratch,
        &[
            "check",
            "--input",
            "jsonl",
            "batch.jsonl",
            "--format",
            "jsonl",
        ],
    );
    let lines: Vec<u64> = jsonl
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).expect("JSON line"))
        .filter_map(|v| v["record"]["line"].as_u64())
        .collect();
    assert!(lines.windows(2).all(|w| w[0] <= w[1]), "input order");
    assert_eq!(lines.last(), Some(&600));
    assert_eq!(generated_notes(600).len(), 600);
}

#[test]
fn zero_threads_is_a_usage_error() {
    let scratch = Scratch::new();
    let (code, _, stderr) = output(&mut scratch.xhslint(&["check", "--threads", "0", "."]));
    assert_eq!(code, 2);
    assert!(stderr.contains("--threads"), "{stderr}");
}

/// Three flash sales for the run-wide pass: the same face cream two weeks
/// apart (flagged on the later Note), and socks in between.
const REPEATED_SALES: [(&str, &str); 3] = [
    (
        "notes/sale-cream-june.md",
        "---\ntitle: 限时48小时｜夜间修护面霜\nproduct: 夜间修护面霜\npublish_at: 2026-06-02 20:00\nsale:\n  price: 189\n  original_price: 289\n---\n睡前薄涂一层，第二天脸是软的。\n",
    ),
    (
        "notes/sale-cream-again.md",
        "---\ntitle: 限时48小时｜夜间修护面霜\nproduct: 夜间修护面霜\npublish_at: 2026-06-16 20:00\nsale:\n  price: 169\n  original_price: 289\n---\n回购第三瓶了，手慢无！！！\n",
    ),
    (
        "notes/sale-socks.md",
        "---\ntitle: 限量300双｜加厚羊毛袜\nproduct: 加厚羊毛袜\npublish_at: 2026-06-09 20:00\nsale:\n  price: 29\n  original_price: 49\n---\n踩在地板上也不冷。\n",
    ),
];

/// Lines of a batch that are not records: each is reported as an error,
/// but the blank one, which is skipped.
const BAD_LINES: [&[u8]; 5] = [
    b"not json at all",
    br#"{"id":"no-body","title":"only a title"}"#,
    br#"{"id":[1],"title":"t","body":"b"}"#,
    b"{\"id\":\"bytes\",\"title\":\"\xff\xfe\",\"body\":\"b\"}",
    b"  ",
];

/// The generated records, a quarter with tags, and a bad line after every
/// tenth.
fn records_with_bad_lines(count: usize) -> Vec<u8> {
    let mut batch = Vec::new();
    for (i, (title, body)) in generated_notes(count).into_iter().enumerate() {
        let record = if i % 4 == 0 {
            json!({"id": i, "title": title, "body": body, "tags": ["好物分享", "全网最低价"]})
        } else {
            json!({"id": format!("r{i}"), "title": title, "body": body})
        };
        batch.extend_from_slice(record.to_string().as_bytes());
        batch.push(b'\n');
        if i % 10 == 9 {
            batch.extend_from_slice(BAD_LINES[(i / 10) % BAD_LINES.len()]);
            batch.push(b'\n');
        }
    }
    batch
}

/// The exit code, stdout and stderr of `args` with one thread and with two
/// (run side by side) are the same, byte for byte; returns the stdout.
fn same_with_one_thread_and_two(scratch: &Scratch, args: &[&str]) -> String {
    let run = |threads: &'static str| {
        let mut all = args.to_vec();
        all.extend(["--threads", threads]);
        output(&mut scratch.xhslint(&all))
    };
    let (serial, parallel) = std::thread::scope(|s| {
        let serial = s.spawn(|| run("1"));
        let parallel = run("2");
        (serial.join().expect("the one-thread run"), parallel)
    });
    assert_eq!(serial.0, parallel.0, "exit code of {args:?}");
    assert!(serial.1 == parallel.1, "stdout of {args:?} differs");
    assert!(serial.2 == parallel.2, "stderr of {args:?} differs");
    serial.1
}

#[test]
fn every_format_is_the_same_with_one_thread_and_two() {
    let scratch = Scratch::new();
    // More files than are rendered at a time, more records than a batch.
    write_notes(&scratch, 150);
    for (path, note) in REPEATED_SALES {
        scratch.write(path, note);
    }
    scratch.write("notes/unreadable.md", b"\xff\xfe\x00\x01");
    scratch.write("batch.jsonl", records_with_bad_lines(300));
    let inputs: [&[&str]; 2] = [&["notes"], &["--input", "jsonl", "batch.jsonl"]];
    let formats: [&[&str]; 6] = [
        &["--format", "human"],
        &["--format", "human", "--color", "always"],
        &["--format", "json"],
        &["--format", "jsonl"],
        &["--format", "github"],
        &["--format", "sarif"],
    ];
    let mut outputs = Vec::new();
    for input in inputs {
        for format in formats {
            let args: Vec<&str> = ["check"]
                .iter()
                .chain(input)
                .chain(format)
                .copied()
                .collect();
            let out = same_with_one_thread_and_two(&scratch, &args);
            outputs.push((args.join(" "), out));
        }
    }
    let diff = same_with_one_thread_and_two(&scratch, &["check", "notes", "--diff"]);
    assert!(diff.contains("+++ b/notes/0000.md"), "{diff}");

    // What the runs hold, so the comparisons above are not of empty runs:
    // the run-wide finding, the bad lines, findings in both fields.
    let output_of = |args: &str| {
        outputs
            .iter()
            .find(|(a, _)| a == args)
            .map(|(_, out)| out.as_str())
            .expect("was run")
    };
    // Colors are set for the process, and the workers that render see them.
    assert!(output_of("check notes --format human --color always").contains("\u{1b}["));
    assert!(!output_of("check notes --format human").contains("\u{1b}["));
    let report: Value = serde_json::from_str(output_of("check notes --format json")).expect("JSON");
    let files = report["files"].as_array().expect("files");
    assert_eq!(files.len(), 154);
    let repeated = files
        .iter()
        .find(|f| f["path"] == "notes/sale-cream-again.md")
        .expect("the repeated sale");
    let rules: Vec<&str> = repeated["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter_map(|d| d["rule"].as_str())
        .collect();
    assert!(rules.contains(&"flash-fatigue"), "{rules:?}");
    let lines: Vec<Value> = output_of("check --input jsonl batch.jsonl --format jsonl")
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(
        lines.iter().filter(|l| l.get("error").is_some()).count(),
        24,
        "thirty bad lines, six of them blank"
    );
    for field in ["/title", "/body"] {
        assert!(
            lines.iter().any(|l| l["span"]["field"] == field),
            "a finding in {field}"
        );
    }
}
