//! flash-fatigue over whole runs: the `runs:` of its rule file in every
//! order, three files given to the CLI in shuffled order, and the run's
//! severity and suppression settings.

use std::collections::BTreeMap;

use assert_cmd::Command;
use serde::Deserialize;
use xhslint::diagnostic::Diagnostic;
use xhslint::input::note::{Note, NoteFormat};
use xhslint::lint::run_rules;
use xhslint::rules;
use xhslint::settings::{OptionValue, Settings};

#[derive(Deserialize)]
struct Run {
    why: String,
    flag: Vec<String>,
    notes: BTreeMap<String, String>,
}

#[derive(Deserialize)]
struct Spec {
    runs: Vec<Run>,
}

fn parse(path: &str, source: &str) -> Note {
    Note::parse(path, source.to_string(), NoteFormat::Markdown)
}

/// Findings by path, for the Notes in the given order.
fn run(notes: &[Note], settings: &Settings) -> BTreeMap<String, Vec<Diagnostic>> {
    let pairs: Vec<(&Note, &Settings)> = notes.iter().map(|n| (n, settings)).collect();
    notes
        .iter()
        .map(|n| n.path.clone())
        .zip(run_rules::check(&pairs))
        .collect()
}

/// Every ordering of `items` (Heap's algorithm; runs are small).
fn permutations<T: Clone>(items: &[T]) -> Vec<Vec<T>> {
    fn heap<T: Clone>(k: usize, items: &mut Vec<T>, out: &mut Vec<Vec<T>>) {
        if k <= 1 {
            out.push(items.clone());
            return;
        }
        heap(k - 1, items, out);
        for i in 0..k - 1 {
            if k.is_multiple_of(2) {
                items.swap(i, k - 1);
            } else {
                items.swap(0, k - 1);
            }
            heap(k - 1, items, out);
        }
    }
    let mut items = items.to_vec();
    let mut out = Vec::new();
    heap(items.len(), &mut items, &mut out);
    out
}

#[test]
fn every_run_of_the_rule_file_in_every_order() {
    let meta = rules::find("flash-fatigue").expect("rule").meta();
    let spec: Spec = serde_yaml::from_str(meta.spec).expect("runs parse");
    assert!(spec.runs.len() >= 3);
    for case in &spec.runs {
        let notes: Vec<Note> = case.notes.iter().map(|(p, s)| parse(p, s)).collect();
        let expected = run(&notes, &Settings::default());
        let flagged: Vec<&String> = expected
            .iter()
            .filter(|(_, found)| !found.is_empty())
            .map(|(path, _)| path)
            .collect();
        let wanted: Vec<&String> = case.flag.iter().collect();
        assert_eq!(flagged, wanted, "{}", case.why);
        for order in permutations(&notes) {
            assert_eq!(run(&order, &Settings::default()), expected, "{}", case.why);
        }
    }
}

const FIRST: &str = "---\ntitle: 限时48小时｜修护面霜\nproduct: 修护面霜\npublish_at: 2026-06-01T20:00:00+08:00\nsale:\n  price: 199\n  original_price: 299\n---\n很润\n";
const SECOND: &str = "---\ntitle: 限时48小时｜修护 面霜\nproduct: 修护 面霜\npublish_at: 2026-06-10T12:00:00Z\nsale:\n  price: 159\n  original_price: 299\n---\n很润\n";
const THIRD: &str = "---\ntitle: 限量200份｜保湿乳\nproduct: 保湿乳\npublish_at: 2026-06-20 20:00\nsale:\n  price: 99.5\n  original_price: 149\n---\n很润\n";

#[test]
fn the_later_note_names_the_earlier_files() {
    let notes = [
        parse("c.md", THIRD),
        parse("a.md", FIRST),
        parse("b.md", SECOND),
    ];
    let found = run(&notes, &Settings::default());
    assert!(found["a.md"].is_empty());
    let second = &found["b.md"];
    assert_eq!(second.len(), 1);
    assert_eq!(second[0].rule, "flash-fatigue");
    assert_eq!(
        second[0].message,
        "flash sale of the same product “修护 面霜” again within 30 days of a.md (published 2026-06-01); a flash sale every few weeks teaches readers to wait for the next one"
    );
    assert_eq!(&SECOND[second[0].span.clone()], "2026-06-10T12:00:00Z");
    // 99.5/149 and 199/299 are both 6.7折.
    let third = &found["c.md"];
    assert_eq!(third.len(), 1);
    assert!(
        third[0]
            .message
            .starts_with("flash sale of the same discount 6.7折 again within 30 days of a.md"),
        "{}",
        third[0].message
    );
    let related: Vec<Option<&str>> = third[0].related.iter().map(|r| r.path.as_deref()).collect();
    assert_eq!(related, [Some("a.md")]);
}

#[test]
fn switched_off_or_suppressed_it_reports_nothing() {
    let mut settings = Settings::default();
    settings
        .severities
        .insert("flash-fatigue".to_string(), None);
    let notes = [parse("a.md", FIRST), parse("b.md", SECOND)];
    assert!(run(&notes, &settings).values().all(Vec::is_empty));

    let disabled = SECOND.replace(
        "---\ntitle",
        "---\nxhslint:\n  disable: [flash-fatigue]\ntitle",
    );
    let notes = [parse("a.md", FIRST), parse("b.md", &disabled)];
    assert!(
        run(&notes, &Settings::default())
            .values()
            .all(Vec::is_empty)
    );
    // The Note's own pass cannot tell whether a run-wide rule's switch is
    // used, so it does not call it unused.
    let own = xhslint::lint::lint_note(&notes[1], &Settings::default());
    assert!(
        own.iter().all(|d| d.rule != "unused-suppression"),
        "{own:?}"
    );
}

fn cli_findings(dir: &std::path::Path, order: &[&str]) -> BTreeMap<String, Vec<String>> {
    let output = Command::cargo_bin("xhslint")
        .expect("binary")
        .env("XHSLINT_LANG", "en")
        .current_dir(dir)
        .arg("check")
        .arg("--format")
        .arg("json")
        .args(order)
        .output()
        .expect("runs");
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
    report["files"]
        .as_array()
        .expect("files")
        .iter()
        .map(|file| {
            let path = file["path"].as_str().expect("path").to_string();
            let findings = file["diagnostics"]
                .as_array()
                .expect("diagnostics")
                .iter()
                .filter(|d| d["rule"] == "flash-fatigue")
                .map(|d| d.to_string())
                .collect();
            (path, findings)
        })
        .collect()
}

#[test]
fn three_files_in_shuffled_order_give_identical_output() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, text) in [("a.md", FIRST), ("b.md", SECOND), ("c.md", THIRD)] {
        std::fs::write(dir.path().join(name), text).expect("write");
    }
    let reference = cli_findings(dir.path(), &["a.md", "b.md", "c.md"]);
    assert_eq!(reference["a.md"].len(), 0);
    assert_eq!(reference["b.md"].len(), 1);
    assert_eq!(reference["c.md"].len(), 1);
    assert!(reference["b.md"][0].contains(r#""path":"a.md""#));
    for order in [
        ["c.md", "b.md", "a.md"],
        ["b.md", "a.md", "c.md"],
        ["c.md", "a.md", "b.md"],
    ] {
        assert_eq!(cli_findings(dir.path(), &order), reference, "{order:?}");
    }
}

#[test]
fn window_days_is_the_later_notes_option() {
    let notes = [parse("a.md", FIRST), parse("b.md", SECOND)];
    let narrow =
        Settings::default().with_option("flash-fatigue", "window_days", OptionValue::Count(8));
    // b.md comes nine days after a.md.
    assert!(run(&notes, &narrow).values().all(Vec::is_empty));
    let wide =
        Settings::default().with_option("flash-fatigue", "window_days", OptionValue::Count(9));
    assert_eq!(run(&notes, &wide)["b.md"].len(), 1);
    assert!(
        run(&notes, &wide)["b.md"][0]
            .message
            .contains("within 9 days")
    );
}

/// A run holds back only the reports of the Notes a run rule takes part
/// in; leaving the others out of the run-wide pass must change nothing.
#[test]
fn notes_no_run_rule_takes_part_in_change_no_finding() {
    let settings = Settings::default();
    let outsiders = [
        parse("plain.md", "限时48小时｜修护面霜\n今晚8点开抢，很润"),
        parse(
            "undated.md",
            "---\ntitle: 修护面霜\nproduct: 修护面霜\nsale:\n  price: 199\n  original_price: 299\n---\n很润",
        ),
        parse(
            "unsold.md",
            "---\ntitle: 修护面霜\nproduct: 修护面霜\npublish_at: 2026-06-15 20:00\n---\n很润",
        ),
    ];
    for note in &outsiders {
        assert!(!run_rules::takes_part(note, &settings), "{}", note.path);
    }
    let meta = rules::find("flash-fatigue").expect("rule").meta();
    let spec: Spec = serde_yaml::from_str(meta.spec).expect("runs parse");
    for case in &spec.runs {
        let notes: Vec<Note> = case.notes.iter().map(|(p, s)| parse(p, s)).collect();
        let taking_part: Vec<Note> = notes
            .iter()
            .filter(|n| run_rules::takes_part(n, &settings))
            .cloned()
            .collect();
        assert!(taking_part.len() >= 2, "{}", case.why);
        let mut all = vec![outsiders[0].clone()];
        all.extend(notes.iter().cloned());
        all.extend(outsiders[1..].iter().cloned());
        let found = run(&all, &settings);
        for (path, alone) in run(&taking_part, &settings) {
            assert_eq!(found[&path], alone, "{}: {path}", case.why);
        }
        for note in all
            .iter()
            .filter(|n| taking_part.iter().all(|t| t.path != n.path))
        {
            assert!(found[&note.path].is_empty(), "{}: {}", case.why, note.path);
        }
    }

    // A Note whose config switches the rule off still takes part: the
    // later sale is judged against it.
    let mut off = Settings::default();
    off.severities.insert("flash-fatigue".to_string(), None);
    let (first, second) = (parse("a.md", FIRST), parse("b.md", SECOND));
    assert!(run_rules::takes_part(&first, &off));
    let found = run_rules::check(&[(&first, &off), (&second, &settings)]);
    assert!(found[0].is_empty());
    assert_eq!(found[1].len(), 1);
}
