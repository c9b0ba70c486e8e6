//! `check` attaches the best generated title to `title-scarcity` findings
//! when the Note declares enough facts.

use xhslint::diagnostic::{Applicability, Diagnostic};
use xhslint::lint::lint_source;
use xhslint::settings::Settings;

fn scarcity_finding(source: &str) -> (String, Diagnostic) {
    let (note, diagnostics) = lint_source("note.md", source.to_string(), &Settings::default());
    let finding = diagnostics
        .into_iter()
        .find(|d| d.rule == "title-scarcity")
        .expect("a title-scarcity finding");
    let title = note.title.expect("a title");
    (note.source[title.span].to_string(), finding)
}

const NO_SIGNAL: &str = "---
title: 这瓶玻尿酸精华真的很补水
product: 玻尿酸精华
publish_at: 2026-06-16T20:00:00+08:00
sale:
  start: 2026-06-16T20:00:00+08:00
  end: 2026-06-18T20:00:00+08:00
  stock: 200
  price: 199
  original_price: 299
  festival: \"618\"
---
补水很稳，到手¥199
";

#[test]
fn a_title_without_a_signal_gets_the_best_generated_title() {
    let (title, finding) = scarcity_finding(NO_SIGNAL);
    assert_eq!(title, "这瓶玻尿酸精华真的很补水");
    assert_eq!(finding.suggestions.len(), 1);
    let suggestion = &finding.suggestions[0];
    assert_eq!(suggestion.applicability, Applicability::MaybeIncorrect);
    assert_eq!(
        suggestion.replacement(),
        Some("618 限时48小时 | 玻尿酸精华 6.7折")
    );
    assert_eq!(
        suggestion.edits.first().map(|e| e.span.clone()),
        Some(finding.span.clone()),
        "replaces the title"
    );
}

#[test]
fn the_suggested_title_passes_check_in_the_note() {
    let (_, finding) = scarcity_finding(NO_SIGNAL);
    let suggested = finding.suggestions[0]
        .replacement()
        .expect("a title")
        .to_string();
    let fixed = NO_SIGNAL.replace("这瓶玻尿酸精华真的很补水", &suggested);
    let (_, diagnostics) = lint_source("note.md", fixed, &Settings::default());
    let title_rules: Vec<&str> = diagnostics
        .iter()
        .map(|d| d.rule)
        .filter(|r| r.starts_with("title"))
        .collect();
    assert!(title_rules.is_empty(), "{title_rules:?}");
}

#[test]
fn a_late_signal_gets_the_move_and_a_generated_title() {
    let source = "---
title: 奶茶色口红秋冬显白 今晚截止
product: 奶茶色口红
publish_at: 2026-09-10T12:00:00+08:00
sale:
  start: 2026-09-10T12:00:00+08:00
  end: 2026-09-10T20:00:00+08:00
  stock: 300
---
质地很滋润，到手¥89
";
    let (title, finding) = scarcity_finding(source);
    let texts: Vec<(&str, Applicability)> = finding
        .suggestions
        .iter()
        .map(|s| (s.replacement().unwrap_or(""), s.applicability))
        .collect();
    assert_eq!(
        texts,
        [
            (
                "今晚截止｜奶茶色口红秋冬显白",
                Applicability::MaybeIncorrect
            ),
            (
                "限时8小时 限量300份 | 奶茶色口红",
                Applicability::MaybeIncorrect
            ),
        ]
    );
    // Both rewrite the whole title, not just the signal the finding marks.
    let title_start = source.find(&title).expect("title in source");
    for suggestion in &finding.suggestions {
        assert_eq!(
            suggestion.edits.first().map(|e| e.span.clone()),
            Some(title_start..title_start + title.len())
        );
    }
}

#[test]
fn without_a_product_or_a_limit_the_suggestion_keeps_a_placeholder() {
    for source in [
        "---\ntitle: 这支奶茶色口红秋冬真的显白\nsale:\n  stock: 300\n---\n质地很滋润，到手¥89\n",
        "---\ntitle: 这支奶茶色口红秋冬真的显白\nproduct: 奶茶色口红\nsale:\n  price: 89\n---\n质地很滋润\n",
    ] {
        let (_, finding) = scarcity_finding(source);
        assert_eq!(finding.suggestions.len(), 1);
        assert_eq!(
            finding.suggestions[0].replacement(),
            Some("限时N小时｜这支奶茶色口红秋冬真的显白")
        );
        assert_eq!(
            finding.suggestions[0].applicability,
            Applicability::HasPlaceholders
        );
    }
}

#[test]
fn a_festival_outside_its_window_is_left_out_of_the_suggestion() {
    let source = NO_SIGNAL.replace("2026-06-1", "2026-07-1");
    let (_, finding) = scarcity_finding(&source);
    assert_eq!(
        finding.suggestions[0].replacement(),
        Some("限时48小时 | 玻尿酸精华 到手¥199")
    );
}
