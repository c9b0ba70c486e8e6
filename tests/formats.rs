//! The machine formats of `xhslint check`, on real runs of the binary:
//! exact GitHub annotation lines, SARIF validated against the official
//! SARIF 2.1.0 schema, the JSON report and each JSON Lines line validated
//! against `schema/report.schema.json`.

mod common;

use common::{FIXABLE_NOTE, Scratch, output, repo_file};
use serde_json::Value;

/// A Note with an absolute claim and a redirect (errors).
const ERROR_NOTE: &str = "限时48小时｜电水壶\n\n烧水很快。全网最低价，加vx领券。\n#厨房好物 #家电 #小家电 #烧水壶 #好物分享\n";

/// Notes with warnings, errors, and a file that is not UTF-8.
fn mixed_notes() -> Scratch {
    let scratch = Scratch::new();
    // `,` and `:` in a file name must be escaped in annotation properties.
    scratch.write("notes/a,b:c.md", FIXABLE_NOTE);
    scratch.write("notes/b.txt", ERROR_NOTE);
    scratch.write("notes/c.md", b"# \xe6\xa0\x87\xe9\xa2\x98\n\xe4\xb8");
    scratch
}

const RECORDS: &str = concat!(
    r#"{"id":"n-1","title":"好物","body":"全网最低价！\n第二行手慢无","tags":["好物分享"]}"#,
    "\n",
    r#"{"id":2,"#,
    "\n",
);

fn schema(path: &str) -> Value {
    let mut text = std::fs::read_to_string(repo_file(path)).expect("schema file");
    if path.ends_with("sarif-schema-2.1.0.json") {
        // The official schema's `run.language` pattern ends in a lone `]`,
        // a literal in ECMAScript's legacy syntax that the validator's
        // regex check rejects; escaping it keeps the same meaning.
        text = text.replace(r"[a-zA-Z]{2}]?$", r"[a-zA-Z]{2}\\]?$");
    }
    serde_json::from_str(&text).expect("schema is JSON")
}

fn assert_valid(schema: &Value, instance: &Value) {
    let validator = jsonschema::validator_for(schema).expect("schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "schema errors: {errors:#?}");
}

#[test]
fn github_annotations_are_exact() {
    let scratch = mixed_notes();
    let (code, stdout, _) = output(&mut scratch.xhslint(&["check", "notes", "--format", "github"]));
    assert_eq!(code, 2, "an unreadable file makes the run exit 2");
    let expected = [
        "::warning file=notes/a%2Cb%3Ac.md,line=2,col=8,endLine=2,endColumn=17,title=hashtag-count::4 distinct hashtags; add 1 more so the Note surfaces in search (5–8)%0Ahelp: mix broad discovery tags with niche category tags",
        "::warning file=notes/a%2Cb%3Ac.md,line=7,col=13,endLine=7,endColumn=18,title=hashtag-duplicate::#护肤分享 is already in the body; a repeated tag adds no reach%0Ahelp: remove the repeated #护肤分享",
        "::error file=notes/b.txt,line=3,col=6,endLine=3,endColumn=11,title=absolute-claim::“全网最低价” is an absolute claim the Advertising Law (Art. 9) forbids; state a specific, checkable benefit instead%0Ahelp: use a relative, verifiable wording: 这次很划算",
        "::error file=notes/b.txt,line=3,col=12,endLine=3,endColumn=15,title=off-platform::“加vx” asks readers to add a private contact; the platform penalises trade redirects%0Ahelp: keep the purchase in the app: 点下方商品卡直接下单",
        "::error file=notes/c.md,title=xhslint::notes/c.md: invalid UTF-8 at byte 9",
    ];
    assert_eq!(stdout.lines().collect::<Vec<_>>(), expected);
}

#[test]
fn github_annotations_of_records_point_at_the_record_line() {
    let scratch = Scratch::new();
    scratch.write("batch.jsonl", RECORDS);
    let (code, stdout, _) = output(&mut scratch.xhslint(&[
        "check",
        "--input",
        "jsonl",
        "batch.jsonl",
        "--format",
        "github",
    ]));
    assert_eq!(code, 2);
    let expected = [
        "::warning file=batch.jsonl,line=1,endLine=1,title=hashtag-count::id n-1, title 1:1: 1 distinct hashtag; add 4 more so the Note surfaces in search (5–8)%0Ahelp: mix broad discovery tags with niche category tags",
        "::error file=batch.jsonl,line=1,endLine=1,title=absolute-claim::id n-1, body 1:1: “全网最低价” is an absolute claim the Advertising Law (Art. 9) forbids; state a specific, checkable benefit instead%0Ahelp: use a relative, verifiable wording: 这次很划算",
        "::warning file=batch.jsonl,line=1,endLine=1,title=pressure-phrase::id n-1, body 2:4: “手慢无” pressures readers; the community penalises hard selling%0Ahelp: frame the urgency as a community reward: 送完即止",
        r#"::error file=batch.jsonl,line=2,title=xhslint::batch.jsonl:2:8: EOF while parsing a value — expected one JSON object a line: {"id": string or number, "title": string, "body": string, "tags": [string] (optional)}"#,
    ];
    assert_eq!(stdout.lines().collect::<Vec<_>>(), expected);
}

#[test]
fn sarif_validates_against_the_sarif_2_1_0_schema() {
    let scratch = mixed_notes();
    let (code, stdout, _) = output(&mut scratch.xhslint(&["check", "notes", "--format", "sarif"]));
    assert_eq!(code, 2);
    let log: Value = serde_json::from_str(&stdout).expect("SARIF is JSON");
    assert_valid(&schema("schema/sarif-schema-2.1.0.json"), &log);

    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
    assert!(rules.iter().all(|r| {
        r["helpUri"].as_str().is_some_and(|u| {
            u.starts_with("https://")
                && u.ends_with(&format!(
                    "/docs/rules/{}.md",
                    r["id"].as_str().unwrap_or_default()
                ))
        })
    }));
    let results = run["results"].as_array().expect("results");
    assert_eq!(results.len(), 4);
    let claim = &results[2];
    assert_eq!(claim["ruleId"], "absolute-claim");
    assert_eq!(claim["level"], "error");
    assert_eq!(
        rules[claim["ruleIndex"].as_u64().expect("index") as usize]["id"],
        "absolute-claim"
    );
    let location = &claim["locations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uri"], "notes/b.txt");
    assert_eq!(location["region"]["startLine"], 3);
    assert_eq!(location["region"]["startColumn"], 6);
    assert_eq!(location["region"]["snippet"]["text"], "全网最低价");
    // Removing the repeated tag is machine-applicable, so it carries a fix.
    assert_eq!(results[1]["ruleId"], "hashtag-duplicate");
    let tag_fix = &results[1]["fixes"][0]["artifactChanges"][0];
    assert_eq!(tag_fix["artifactLocation"]["uri"], "notes/a%2Cb%3Ac.md");
    let invocation = &run["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], false);
    assert_eq!(
        invocation["toolExecutionNotifications"][0]["message"]["text"],
        "notes/c.md: invalid UTF-8 at byte 9"
    );
}

#[test]
fn sarif_of_records_validates_and_names_the_record() {
    let scratch = Scratch::new();
    scratch.write("batch.jsonl", RECORDS);
    let (_, stdout, _) = output(&mut scratch.xhslint(&[
        "check",
        "--input",
        "jsonl",
        "batch.jsonl",
        "--format",
        "sarif",
    ]));
    let log: Value = serde_json::from_str(&stdout).expect("SARIF is JSON");
    assert_valid(&schema("schema/sarif-schema-2.1.0.json"), &log);
    let result = &log["runs"][0]["results"][2];
    assert_eq!(result["ruleId"], "pressure-phrase");
    assert_eq!(result["properties"]["record"]["id"], "n-1");
    assert_eq!(result["properties"]["field"], "/body");
    assert_eq!(result["properties"]["span"]["start"]["line"], 2);
    assert_eq!(result["properties"]["span"]["start"]["column"], 4);
}

#[test]
fn sarif_with_no_findings_is_still_a_valid_log() {
    let scratch = Scratch::new();
    let (code, stdout, _) = output(&mut scratch.xhslint(&["check", ".", "--format", "sarif"]));
    assert_eq!(code, 0);
    let log: Value = serde_json::from_str(&stdout).expect("SARIF is JSON");
    assert_valid(&schema("schema/sarif-schema-2.1.0.json"), &log);
    assert_eq!(log["runs"][0]["results"], serde_json::json!([]));
}

#[test]
fn json_report_validates_against_its_schema() {
    let scratch = mixed_notes();
    let (_, stdout, _) = output(&mut scratch.xhslint(&["check", "notes", "--format", "json"]));
    let report: Value = serde_json::from_str(&stdout).expect("JSON");
    assert_valid(&schema("schema/report.schema.json"), &report);
    assert_eq!(report["summary"]["files"], 3);
    assert_eq!(report["summary"]["errors"], 2);
    assert_eq!(report["summary"]["file_errors"], 1);

    let scratch = Scratch::new();
    scratch.write("batch.jsonl", RECORDS);
    let (_, stdout, _) = output(&mut scratch.xhslint(&[
        "check",
        "--input",
        "jsonl",
        "batch.jsonl",
        "--format",
        "json",
    ]));
    let report: Value = serde_json::from_str(&stdout).expect("JSON");
    assert_valid(&schema("schema/report.schema.json"), &report);
    let first = &report["files"][0];
    assert_eq!(first["record"], serde_json::json!({"id": "n-1", "line": 1}));
    let pressure = &first["diagnostics"][2];
    assert_eq!(pressure["text"], "手慢无");
    assert_eq!(pressure["span"]["field"], "/body");
    assert_eq!(
        pressure["span"]["start"],
        serde_json::json!({"line": 2, "column": 4, "utf16_column": 4, "byte_offset": 28})
    );
    assert_eq!(report["files"][1]["record"], serde_json::json!({"line": 2}));
}

#[test]
fn json_report_after_fix_validates() {
    let scratch = Scratch::new();
    scratch.write("a.md", FIXABLE_NOTE);
    let (_, stdout, _) =
        output(&mut scratch.xhslint(&["check", "--fix", "a.md", "--format", "json"]));
    let report: Value = serde_json::from_str(&stdout).expect("JSON");
    assert_valid(&schema("schema/report.schema.json"), &report);
    let fix = &report["files"][0]["fix"];
    assert_eq!(fix["written"], true);
    assert_eq!(
        fix["applied"][0],
        serde_json::json!({"rule": "hashtag-duplicate", "text": " #护肤分享", "replacement": ""})
    );
}

#[test]
fn jsonl_is_one_valid_diagnostic_a_line() {
    let scratch = mixed_notes();
    let (_, stdout, _) = output(&mut scratch.xhslint(&["check", "notes", "--format", "jsonl"]));
    let mut line_schema = schema("schema/report.schema.json");
    line_schema["$ref"] = Value::from("#/$defs/jsonl_line");
    if let Some(root) = line_schema.as_object_mut() {
        for key in ["type", "required", "properties"] {
            root.remove(key);
        }
    }
    let lines: Vec<Value> = stdout
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), 5);
    for line in &lines {
        assert_valid(&line_schema, line);
    }
    let rules: Vec<&str> = lines.iter().filter_map(|l| l["rule"].as_str()).collect();
    assert_eq!(
        rules,
        [
            "hashtag-count",
            "hashtag-duplicate",
            "absolute-claim",
            "off-platform"
        ]
    );
    assert_eq!(lines[2]["path"], "notes/b.txt");
    assert_eq!(
        lines[4]["error"]["message"],
        "notes/c.md: invalid UTF-8 at byte 9"
    );
}

#[test]
fn a_config_error_stops_the_run_before_any_output() {
    let scratch = mixed_notes();
    scratch.write(".xhslint.yaml", "rules:\n  no-such-rule: off\n");
    for format in ["json", "sarif", "jsonl", "github"] {
        let (code, stdout, stderr) =
            output(&mut scratch.xhslint(&["check", "notes", "--format", format]));
        assert_eq!((code, stdout.as_str()), (2, ""), "{format}");
        assert!(
            stderr.starts_with("error: .xhslint.yaml:2:3: unknown rule `no-such-rule`"),
            "{stderr}"
        );
    }
}

#[test]
fn completions_for_every_shell() {
    let scratch = Scratch::new();
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let (code, stdout, _) = output(&mut scratch.xhslint(&["completions", shell]));
        assert_eq!(code, 0, "{shell}");
        assert!(stdout.contains("xhslint"), "{shell}");
        let flag = if shell == "fish" {
            "-l format"
        } else {
            "--format"
        };
        assert!(stdout.contains(flag), "{shell} completes check's flags");
    }
    let (code, _, stderr) = output(&mut scratch.xhslint(&["completions", "tcsh"]));
    assert_eq!(code, 2);
    assert!(stderr.contains("invalid value 'tcsh'"), "{stderr}");
}

#[test]
fn completions_know_rule_ids_festivals_and_categories() {
    let scratch = Scratch::new();
    for shell in ["bash", "zsh", "fish"] {
        let (_, stdout, _) = output(&mut scratch.xhslint(&["completions", shell]));
        // clap_complete's fish script completes no positional values.
        let rules: &[&str] = if shell == "fish" {
            &[]
        } else {
            &["title-scarcity", "community-framing"]
        };
        for value in rules.iter().chain(&["mid-autumn", "none", "mother-baby"]) {
            assert!(stdout.contains(value), "{shell} completes {value}");
        }
    }
}

/// A sale Note with urgency but no purchase path, closing with hashtags.
const SALE_NOTE: &str = "---\ntitle: 限时48小时｜玻尿酸精华\n---\n补水很稳，到手¥199！！！\n\n#护肤 #精华 #补水 #玻尿酸 #好物分享\n";

#[test]
fn a_whole_note_suggestion_is_an_insertion_before_the_hashtags() {
    let scratch = Scratch::new();
    scratch.write("a.md", SALE_NOTE);
    let (_, stdout, _) = output(&mut scratch.xhslint(&["check", "a.md", "--format", "json"]));
    let report: Value = serde_json::from_str(&stdout).expect("JSON");
    assert_valid(&schema("schema/report.schema.json"), &report);
    let diagnostics = report["files"][0]["diagnostics"]
        .as_array()
        .expect("diagnostics");
    let purchase = diagnostics
        .iter()
        .find(|d| d["rule"] == "purchase-path")
        .expect("purchase-path");
    // The finding is the last line of copy, not the title.
    assert_eq!(purchase["text"], "补水很稳，到手¥199！！！");
    let end_of_copy =
        serde_json::json!({"line": 4, "column": 15, "utf16_column": 15, "byte_offset": 83});
    let suggestion = &purchase["suggestions"][0];
    assert_eq!(suggestion["applicability"], "has-placeholders");
    assert_eq!(
        suggestion["edits"],
        serde_json::json!([{
            "span": {"start": end_of_copy, "end": end_of_copy},
            "replacement": "\n点击下方商品卡直接下单"
        }])
    );
    assert_eq!(suggestion["span"]["start"], end_of_copy);

    // SARIF with the same findings (and the `！！！` fix) stays valid.
    let (_, stdout, _) = output(&mut scratch.xhslint(&["check", "a.md", "--format", "sarif"]));
    let log: Value = serde_json::from_str(&stdout).expect("SARIF is JSON");
    assert_valid(&schema("schema/sarif-schema-2.1.0.json"), &log);
    let results = log["runs"][0]["results"].as_array().expect("results");
    let with_fixes: Vec<&str> = results
        .iter()
        .filter(|r| r.get("fixes").is_some())
        .filter_map(|r| r["ruleId"].as_str())
        .collect();
    assert_eq!(
        with_fixes,
        ["pressure-phrase"],
        "only machine-applicable fixes"
    );

    // `--fix` applies the `！！！` fix and never a line with placeholders.
    let (_, _, _) = output(&mut scratch.xhslint(&["check", "--fix", "a.md"]));
    assert_eq!(
        scratch.read("a.md"),
        SALE_NOTE.replace("！！！", "！"),
        "the title and the body keep the writer's words"
    );
}
