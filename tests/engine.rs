//! Each config lints with an engine of its own: a config's lexicon words
//! join its own segmenter, never the segmenter of another config linted in
//! the same process (they once joined one process-wide segmenter, so a
//! config that exempted `第一坊` silenced `第一` in every other config's
//! Notes of the run).

mod common;

use std::path::Path;

use common::{Scratch, output};
use serde_json::Value;
use xhslint::config::Config;
use xhslint::input::note::{Note, NoteFormat};
use xhslint::lint::Engine;

/// Exempts the brand `第一坊`, which thereby becomes one word to segment.
const EXEMPTING: &str = "lexicons:\n  absolute-claim-exempt:\n    add: [\"第一坊\"]\n";
/// Adds no words.
const PLAIN: &str = "category: food\n";
/// `第一` at bytes 28..34 (line 3, column 3), `全网第一` at 58..70.
const NOTE: &str = "# 冬日火锅底料\n\n这是第一坊出的底料，销量全网第一\n";

/// The spans of the `absolute-claim` findings on `note` under `config`.
fn absolute_claims(config: &Config, note: &Note) -> Vec<(usize, usize)> {
    Engine::new(&config.settings)
        .lint(note)
        .iter()
        .filter(|d| d.rule == "absolute-claim")
        .map(|d| (d.span.start, d.span.end))
        .collect()
}

#[test]
fn two_configs_in_one_process_segment_and_judge_independently() {
    let load = |source| Config::parse(".xhslint.yaml", Path::new("."), source).expect("config");
    let note = Note::parse("note.md", NOTE.to_string(), NoteFormat::Markdown);
    // Either order: loading or linting with one config changes nothing for
    // the other.
    for exempting_first in [true, false] {
        let (exempting, plain) = if exempting_first {
            let exempting = load(EXEMPTING);
            (exempting, load(PLAIN))
        } else {
            let plain = load(PLAIN);
            (load(EXEMPTING), plain)
        };
        assert_eq!(absolute_claims(&exempting, &note), [(58, 70)]);
        assert_eq!(absolute_claims(&plain, &note), [(28, 34), (58, 70)]);
        assert_eq!(absolute_claims(&exempting, &note), [(58, 70)]);
    }
}

/// The `(path, line, column)` of each `absolute-claim` finding of a JSON report.
fn json_claims(stdout: &str) -> Vec<(String, u64, u64)> {
    let report: Value = serde_json::from_str(stdout).expect("JSON report");
    let mut found = Vec::new();
    for file in report["files"].as_array().expect("files") {
        for d in file["diagnostics"].as_array().expect("diagnostics") {
            if d["rule"] == "absolute-claim" {
                let start = &d["span"]["start"];
                found.push((
                    file["path"].as_str().expect("path").to_string(),
                    start["line"].as_u64().expect("line"),
                    start["column"].as_u64().expect("column"),
                ));
            }
        }
    }
    found
}

#[test]
fn one_run_over_two_configs_judges_each_folder_by_its_own() {
    let scratch = Scratch::new();
    scratch.write("brand/.xhslint.yaml", EXEMPTING);
    scratch.write("brand/note.md", NOTE);
    scratch.write("shop/.xhslint.yaml", PLAIN);
    scratch.write("shop/note.md", NOTE);
    let claim = |path: &str, column| (path.to_string(), 3, column);
    let (code, together, stderr) =
        output(&mut scratch.xhslint(&["check", "--format", "json", "brand", "shop"]));
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(
        json_claims(&together),
        [
            claim("brand/note.md", 13),
            claim("shop/note.md", 3),
            claim("shop/note.md", 13)
        ]
    );
    // The same as linting the folder on its own.
    let (_, alone, _) = output(&mut scratch.xhslint(&["check", "--format", "json", "shop"]));
    assert_eq!(
        json_claims(&alone),
        [claim("shop/note.md", 3), claim("shop/note.md", 13)]
    );
}

#[test]
fn each_rule_kind_has_its_own_rules() {
    use xhslint::rules::{self, RuleKind};
    let of = |kind| -> Vec<&str> {
        rules::all()
            .iter()
            .filter(|rule| rule.kind() == kind)
            .map(|rule| rule.meta().id)
            .collect()
    };
    assert_eq!(of(RuleKind::Run), ["flash-fatigue"]);
    assert_eq!(
        of(RuleKind::Meta),
        ["unused-suppression", "invalid-suppression"]
    );
    assert_eq!(of(RuleKind::Note).len(), rules::all().len() - 3);
}
