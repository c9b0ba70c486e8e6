//! Every rewrite xhslint can suggest must itself pass `check`: the
//! replacements in the rule files and lexicons, the `## Good` example of
//! every rule's documentation, and every suggestion the rules actually emit
//! on their own flag examples. A suggestion that is a finding of any rule
//! (a draw for comments offered as community framing, say) fails here with
//! where it came from.

use std::collections::BTreeSet;

use serde_yaml::Value;
use xhslint::input::note::{Note, NoteFormat};
use xhslint::lint::lint_note;
use xhslint::rules::lexicons::{BUILTIN, LexiconRole, builtin_lexicons};
use xhslint::rules::{self, spec};
use xhslint::settings::Settings;

/// `(where it comes from, the text)` of every rewrite in the rule data:
/// rule files, lexicons, and each rule's documented `## Good` copy.
fn written_suggestions() -> Vec<(String, String)> {
    let mut found: Vec<(String, String)> = Vec::new();
    for rule in rules::all() {
        let meta = rule.meta();
        let value: Value = serde_yaml::from_str(meta.spec).expect("rule file parses");
        replacements_in(&value, &format!("rules/{}.yaml", meta.id), &mut found);
        if let Some(good) = good_example(&meta.doc_markdown()) {
            found.push((format!("{} docs, ## Good", meta.id), good));
        }
    }
    for (lexicon, (_, role, _)) in builtin_lexicons().iter().zip(BUILTIN) {
        if *role != LexiconRole::Match {
            continue;
        }
        for entry in lexicon.entries.iter() {
            if let Some(replacement) = entry.replacement() {
                found.push((
                    format!("dictionaries/{}.txt:{}", lexicon.name, entry.line),
                    replacement.to_string(),
                ));
            }
        }
    }
    found
}

/// Every string under a key that names a replacement.
fn replacements_in(value: &Value, origin: &str, out: &mut Vec<(String, String)>) {
    match value {
        Value::Mapping(map) => {
            for (key, value) in map {
                let key = key.as_str().unwrap_or_default();
                match value.as_str() {
                    Some(text) if key.contains("replacement") => {
                        out.push((format!("{origin} `{key}`"), text.to_string()));
                    }
                    _ => replacements_in(value, origin, out),
                }
            }
        }
        Value::Sequence(items) => {
            for item in items {
                replacements_in(item, origin, out);
            }
        }
        _ => {}
    }
}

/// The text block under a doc's `## Good` heading.
fn good_example(doc: &str) -> Option<String> {
    let after = doc.split("## Good").nth(1)?;
    let block = after.split("```text").nth(1)?.split("```").next()?;
    Some(block.trim().to_string())
}

/// Rules that judge the Note a text sits in — its declared facts, where
/// its price comes, its suppression comments — rather than the words.
const OF_THE_NOTE: &[&str] = &[
    // Whole-Note findings point at the last line of copy, where their own
    // line goes; they say nothing about a rewrite that lands there.
    "purchase-path",
    "community-framing",
    "claim-mismatch",
    "unverified-scarcity",
    "benefit-before-price",
    "unused-suppression",
];

/// The findings of any rule inside `text`, placed after a benefit in the
/// body of a beauty sale Note that declares its facts (so every sale-only
/// and cosmetic-only rule is awake).
fn findings_in(text: &str) -> Vec<String> {
    let text = text.replace("{stock}", "200");
    let head = "---\ncategory: beauty\nsale:\n  start: 2026-06-16 20:00\n  end: 2026-06-18 20:00\n  price: 199\n  original_price: 299\n  stock: 200\n---\n精华\n\n质地水润，上脸很舒服。\n";
    let source = format!("{head}{text}\n");
    let inside = head.len()..head.len() + text.len();
    let note = Note::parse("suggestion.md", source.clone(), NoteFormat::Markdown);
    lint_note(&note, &Settings::default())
        .into_iter()
        .filter(|d| d.span.start < inside.end && inside.start < d.span.end)
        .filter(|d| !OF_THE_NOTE.contains(&d.rule))
        .map(|d| format!("{} “{}”", d.rule, &source[d.span.clone()]))
        .collect()
}

/// Applies every suggestion the rules emit on their own flag examples and
/// returns the findings that land on the rewritten text.
fn emitted_failures() -> (usize, Vec<String>) {
    let settings = Settings::default();
    let mut count = 0;
    let mut failures = Vec::new();
    for rule in rules::all() {
        let examples = spec::examples(rule.meta().spec).expect("examples parse");
        for example in &examples.flag {
            let source = example.note().to_string();
            let note = Note::parse("example.md", source.clone(), NoteFormat::Markdown);
            for finding in lint_note(&note, &settings) {
                for suggestion in &finding.suggestions {
                    let [edit] = suggestion.edits.as_slice() else {
                        continue;
                    };
                    count += 1;
                    let (span, replacement) = (edit.span.clone(), &edit.replacement);
                    let fixed = format!(
                        "{}{replacement}{}",
                        &source[..span.start],
                        &source[span.end..]
                    );
                    let written = span.start..span.start + replacement.len();
                    let again = Note::parse("example.md", fixed.clone(), NoteFormat::Markdown);
                    // Whole-Note findings point at the title for want of a
                    // place; they say nothing about the rewrite.
                    let anchor = again.anchor();
                    for d in lint_note(&again, &settings) {
                        if d.span != anchor
                            && !OF_THE_NOTE.contains(&d.rule)
                            && d.span.start < written.end
                            && written.start < d.span.end
                        {
                            failures.push(format!(
                                "{} rewrite {replacement:?} in {source:?} → {} “{}”",
                                finding.rule,
                                d.rule,
                                &fixed[d.span.clone()]
                            ));
                        }
                    }
                }
            }
        }
    }
    (count, failures)
}

#[test]
fn no_written_suggestion_is_itself_a_finding() {
    let all = written_suggestions();
    assert!(all.len() > 150, "only {} suggestions collected", all.len());
    let mut failures = BTreeSet::new();
    for (origin, text) in &all {
        let findings = findings_in(text);
        if !findings.is_empty() {
            failures.insert(format!("{origin}: {text:?} → {}", findings.join("; ")));
        }
    }
    assert!(
        failures.is_empty(),
        "{} suggestions are findings:\n{}",
        failures.len(),
        failures.into_iter().collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn no_emitted_suggestion_applied_is_a_finding() {
    let (count, failures) = emitted_failures();
    assert!(count > 60, "only {count} suggestions emitted");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_draw_for_comments_would_be_caught() {
    // The check has teeth: the old community-framing rewrite is bait.
    assert_eq!(
        findings_in("本周关注我们的宝子，评论区聊聊你的需求，抽3位送同款"),
        ["engagement-bait “抽3位送”"]
    );
}
