//! Runs every `flag:` and `pass:` example of every rule file, so a lexicon
//! or pattern edit that breaks a known trap fails with the rule's name.

use xhslint::fix::fix_note;
use xhslint::input::note::{Note, NoteFormat};
use xhslint::lint::lint_note;
use xhslint::rules::{self, spec};
use xhslint::settings::Settings;

fn findings_of(rule: &str, note_text: &str) -> Vec<String> {
    let settings = Settings::default();
    let note = Note::parse("example.md", note_text.to_string(), NoteFormat::Markdown);
    lint_note(&note, &settings)
        .into_iter()
        .filter(|d| d.rule == rule)
        .map(|d| note.source[d.span.clone()].to_string())
        .collect()
}

#[test]
fn every_rule_file_parses_and_validates() {
    for rule in rules::all() {
        let meta = rule.meta();
        spec::examples(meta.spec).unwrap_or_else(|e| panic!("rules/{}.yaml: {e}", meta.id));
        rule.validate()
            .unwrap_or_else(|e| panic!("rules/{}.yaml: {e}", meta.id));
    }
}

#[test]
fn every_flag_example_is_flagged_and_every_pass_example_is_not() {
    let mut failures = Vec::new();
    let mut count = 0;
    for rule in rules::all() {
        let meta = rule.meta();
        let examples = spec::examples(meta.spec).expect("examples parse");
        for example in &examples.flag {
            count += 1;
            let found = findings_of(meta.id, example.note());
            if found.is_empty() {
                failures.push(format!("{}: not flagged: {:?}", meta.id, example.note()));
            } else if !example.texts().is_empty() && found != example.texts() {
                failures.push(format!(
                    "{}: flagged {:?}, expected {:?} in {:?}",
                    meta.id,
                    found,
                    example.texts(),
                    example.note()
                ));
            }
        }
        for example in &examples.pass {
            count += 1;
            let found = findings_of(meta.id, example.note());
            if !found.is_empty() {
                failures.push(format!(
                    "{}: false alarm {:?} in {:?}",
                    meta.id,
                    found,
                    example.note()
                ));
            }
        }
    }
    assert!(count > 60, "only {count} examples ran");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_rule_has_examples_of_both_kinds_or_a_dedicated_test() {
    for rule in rules::all() {
        let meta = rule.meta();
        let examples = spec::examples(meta.spec).expect("examples parse");
        assert!(
            !examples.pass.is_empty(),
            "{} has no pass: examples",
            meta.id
        );
        // body-length's flag example is generated in tests/rules.rs;
        // flash-fatigue's are runs of several Notes (`runs:` in its rule
        // file), checked by tests/flash_fatigue.rs.
        if !["body-length", "flash-fatigue"].contains(&meta.id) {
            assert!(
                !examples.flag.is_empty(),
                "{} has no flag: examples",
                meta.id
            );
        }
    }
}

#[test]
fn body_length_flags_over_1000_units_and_not_at_1000() {
    // 100 lines of 9 CJK characters and a full stop (9.5 units each) and 99
    // line breaks (0.5 each) are 999.5 units; one ASCII letter makes 1000.
    let line = "推车避震做得真的好。";
    let at_limit = vec![line; 100].join("\n") + "a";
    let over = at_limit.clone() + "a";
    let note = |body: &str| format!("推车\n\n{body}");
    assert!(findings_of("body-length", &note(&at_limit)).is_empty());
    assert_eq!(findings_of("body-length", &note(&over)), ["推车"]);
}

/// The Note as `--fix` leaves it, with the default settings.
fn fixed(note_text: &str) -> String {
    let settings = Settings::default();
    let note = Note::parse("example.md", note_text.to_string(), NoteFormat::Markdown);
    let diagnostics = lint_note(&note, &settings);
    fix_note("example.md", note, diagnostics, &settings)
        .note
        .source
}

#[test]
fn every_fixable_rule_shows_its_fix_and_each_fix_is_what_the_example_says() {
    let mut failures = Vec::new();
    for rule in rules::all() {
        let meta = rule.meta();
        let examples = spec::examples(meta.spec).expect("examples parse");
        let mut shown = 0;
        for example in &examples.flag {
            let Some(expected) = example.fixed() else {
                continue;
            };
            shown += 1;
            let got = fixed(example.note());
            if got != expected {
                failures.push(format!(
                    "{}: fixed {:?}, expected {:?}",
                    meta.id, got, expected
                ));
            }
        }
        if meta.fixable && shown == 0 {
            failures.push(format!(
                "{} is fixable but no flag: example says `fixed:`",
                meta.id
            ));
        }
        if !meta.fixable && shown > 0 {
            failures.push(format!(
                "{} is not fixable but an example says `fixed:`",
                meta.id
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
