//! `--fix` and `--diff` (SPEC 7): apply the suggestions a rule marks
//! machine-applicable, and nothing else.
//!
//! Edits never overlap (the first in source order wins; the rest wait for
//! the next pass) and are applied back to front so earlier offsets stay
//! valid. The Note is linted again after each pass until no edit is left,
//! so a second `--fix` run finds nothing to change.

pub mod write;

use std::ops::Range;

use similar::TextDiff;

use crate::diagnostic::{Applicability, Diagnostic};
use crate::input::note::Note;
use crate::lint::lint_source;
use crate::settings::Settings;

/// Passes before giving up on reaching a fixed point; each pass applies
/// every non-overlapping edit, so real Notes settle in one or two.
const MAX_PASSES: usize = 8;

/// One replacement of the source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub rule: &'static str,
    pub range: Range<usize>,
    pub replacement: String,
}

/// A fix that was applied: the rule, the text it replaced and the new text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppliedFix {
    pub rule: &'static str,
    pub original: String,
    pub replacement: String,
}

/// The machine-applicable edits of `diagnostics`, non-overlapping and in
/// source order. A suggestion's edits are kept together or not at all.
///
/// A suggestion is dropped when one of its edits is not on character
/// boundaries, when its edits change nothing, or when one falls in a title
/// that is not held verbatim in the source (an escaped YAML string): spans
/// there cover the whole title, and replacing it would lose the writer's
/// words. `has-placeholders` and `maybe-incorrect` suggestions are never
/// applied.
pub fn edits(note: &Note, diagnostics: &[Diagnostic]) -> Vec<Edit> {
    let source = &note.source;
    let unsafe_title = note
        .title
        .as_ref()
        .filter(|t| !t.verbatim)
        .map(|t| t.span.clone());
    let valid = |e: &Edit| {
        e.range.start <= e.range.end
            && e.range.end <= source.len()
            && source.is_char_boundary(e.range.start)
            && source.is_char_boundary(e.range.end)
            && !unsafe_title
                .as_ref()
                .is_some_and(|t| e.range.start < t.end && t.start < e.range.end)
    };
    let mut groups: Vec<Vec<Edit>> = diagnostics
        .iter()
        .flat_map(|d| {
            d.suggestions
                .iter()
                .filter(|s| s.applicability == Applicability::MachineApplicable)
                .map(move |s| {
                    let mut group: Vec<Edit> = s
                        .edits
                        .iter()
                        .map(|e| Edit {
                            rule: d.rule,
                            range: e.span.clone(),
                            replacement: e.replacement.clone(),
                        })
                        .collect();
                    group.sort_by_key(|e| (e.range.start, e.range.end));
                    group
                })
        })
        .filter(|group| {
            !group.is_empty()
                && group.iter().all(valid)
                && group
                    .iter()
                    .any(|e| source[e.range.clone()] != e.replacement)
                && !group.windows(2).any(|w| clash(&w[0], &w[1]))
        })
        .collect();
    groups.sort_by_key(|g| (g[0].range.start, g[0].range.end));
    let mut kept: Vec<Edit> = Vec::new();
    for group in groups {
        if !group.iter().any(|e| kept.iter().any(|k| clash(k, e))) {
            kept.extend(group);
        }
    }
    kept.sort_by_key(|e| (e.range.start, e.range.end));
    kept
}

/// Whether two edits cannot both be applied: they overlap, or are two
/// insertions at one place, whose order would be a guess.
fn clash(a: &Edit, b: &Edit) -> bool {
    (a.range.start < b.range.end && b.range.start < a.range.end)
        || (a.range.start == b.range.start && a.range.is_empty() && b.range.is_empty())
}

/// Applies non-overlapping `edits` (in source order) to `source`.
pub fn apply(source: &str, edits: &[Edit]) -> String {
    let mut fixed = source.to_string();
    for edit in edits.iter().rev() {
        fixed.replace_range(edit.range.clone(), &edit.replacement);
    }
    fixed
}

/// A Note after `--fix`: its new text, what changed, and the findings that
/// remain in the new text.
pub struct Fixed {
    pub note: Note,
    pub diagnostics: Vec<Diagnostic>,
    pub applied: Vec<AppliedFix>,
}

impl Fixed {
    pub fn changed(&self) -> bool {
        !self.applied.is_empty()
    }
}

/// Applies machine-applicable fixes to a linted Note until none is left.
pub fn fix_note(
    path: &str,
    note: Note,
    diagnostics: Vec<Diagnostic>,
    settings: &Settings,
) -> Fixed {
    let mut note = note;
    let mut diagnostics = diagnostics;
    let mut applied = Vec::new();
    for _ in 0..MAX_PASSES {
        let pass = edits(&note, &diagnostics);
        if pass.is_empty() {
            break;
        }
        applied.extend(pass.iter().map(|e| AppliedFix {
            rule: e.rule,
            original: note.source[e.range.clone()].to_string(),
            replacement: e.replacement.clone(),
        }));
        let source = apply(&note.source, &pass);
        (note, diagnostics) = lint_source(path, source, settings);
    }
    Fixed {
        note,
        diagnostics,
        applied,
    }
}

/// A unified diff from `before` to `after`, with `a/` and `b/` headers
/// naming `path`, as `git apply` and `patch -p1` read it.
pub fn unified_diff(path: &str, before: &str, after: &str) -> String {
    TextDiff::from_lines(before, after)
        .unified_diff()
        .context_radius(3)
        .header(&format!("a/{path}"), &format!("b/{path}"))
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Edit as SuggestedEdit;
    use crate::input::note::NoteFormat;
    use crate::lint::lint_note;

    fn lint(source: &str) -> (Note, Vec<Diagnostic>) {
        let note = Note::parse("a.md", source.to_string(), NoteFormat::Markdown);
        let diagnostics = lint_note(&note, &Settings::default());
        (note, diagnostics)
    }

    fn edit(rule: &'static str, range: Range<usize>, replacement: &str) -> Edit {
        Edit {
            rule,
            range,
            replacement: replacement.to_string(),
        }
    }

    #[test]
    fn edits_apply_back_to_front() {
        let source = "ab！！！cd！！！";
        let first = source.find('！').expect("run");
        let second = source.rfind("！！！").expect("run");
        let fixed = apply(
            source,
            &[
                edit("pressure-phrase", first..first + 9, "！"),
                edit("pressure-phrase", second..second + 9, "！"),
            ],
        );
        assert_eq!(fixed, "ab！cd！");
    }

    #[test]
    fn fixes_runs_and_duplicate_tags_and_reaches_a_fixed_point() {
        // A sale Note: exclamation runs are only flagged in one.
        let source = "# 真丝方巾的五种系法\n\n券后199元，上身好看！！！\n\n#穿搭 #丝巾 #穿搭\n";
        let (note, diagnostics) = lint(source);
        let fixed = fix_note("a.md", note, diagnostics, &Settings::default());
        assert_eq!(
            fixed.note.source,
            "# 真丝方巾的五种系法\n\n券后199元，上身好看！\n\n#穿搭 #丝巾\n"
        );
        let rules: Vec<&str> = fixed.applied.iter().map(|a| a.rule).collect();
        assert_eq!(rules, vec!["pressure-phrase", "hashtag-duplicate"]);
        assert_eq!(fixed.applied[1].original, " #穿搭");
        let (note, diagnostics) = lint(&fixed.note.source);
        assert!(
            edits(&note, &diagnostics).is_empty(),
            "a second pass changes nothing"
        );
    }

    #[test]
    fn maybe_incorrect_suggestions_are_not_applied() {
        let (note, diagnostics) = lint("# 标题\n\n手慢无，快来\n");
        assert!(
            diagnostics
                .iter()
                .any(|d| d.rule == "pressure-phrase" && !d.suggestions.is_empty())
        );
        assert!(edits(&note, &diagnostics).is_empty());
    }

    #[test]
    fn overlapping_edits_keep_the_first() {
        let (note, _) = lint("abcdef");
        let mut a = Diagnostic::new("r", 0..4, "m");
        a = a.with_suggestion("x", Some("X".to_string()), Applicability::MachineApplicable);
        let mut b = Diagnostic::new("r", 2..6, "m");
        b = b.with_suggestion("y", Some("Y".to_string()), Applicability::MachineApplicable);
        let kept = edits(&note, &[b, a]);
        assert_eq!(kept, vec![edit("r", 0..4, "X")]);
    }

    #[test]
    fn a_suggestion_s_edits_are_applied_together_or_not_at_all() {
        let (note, _) = lint("abcdef");
        let moved = Diagnostic::new("r", 0..1, "m").with_edits(
            "move a",
            vec![SuggestedEdit::new(0..1, ""), SuggestedEdit::insert(6, "a")],
            Applicability::MachineApplicable,
        );
        let kept = edits(&note, std::slice::from_ref(&moved));
        assert_eq!(apply("abcdef", &kept), "bcdefa");
        // One of its edits clashes with a fix met first: none is applied.
        let earlier = Diagnostic::new("q", 0..1, "m").with_suggestion(
            "x",
            Some("X".to_string()),
            Applicability::MachineApplicable,
        );
        let kept = edits(&note, &[earlier, moved]);
        assert_eq!(apply("abcdef", &kept), "Xbcdef");
    }

    #[test]
    fn a_line_with_placeholders_is_never_applied() {
        let (note, diagnostics) = lint("# 限时48小时｜玻尿酸精华\n\n补水很稳，到手¥199\n");
        let purchase = diagnostics
            .iter()
            .find(|d| d.rule == "purchase-path")
            .expect("purchase-path");
        assert_eq!(
            purchase.suggestions[0].applicability,
            Applicability::HasPlaceholders
        );
        assert!(edits(&note, &diagnostics).is_empty());
    }

    #[test]
    fn an_escaped_yaml_title_is_never_edited() {
        let source = "---\ntitle: \"限时\\u0021好价！！！\"\n---\n券后199元\n";
        let (note, diagnostics) = lint(source);
        assert!(note.title.as_ref().is_some_and(|t| !t.verbatim));
        assert!(diagnostics.iter().any(|d| d.rule == "pressure-phrase"));
        assert!(edits(&note, &diagnostics).is_empty());
    }

    #[test]
    fn diff_has_git_headers() {
        let diff = unified_diff("n/a.md", "一\n二！！！\n", "一\n二！\n");
        assert_eq!(
            diff,
            "--- a/n/a.md\n+++ b/n/a.md\n@@ -1,2 +1,2 @@\n 一\n-二！！！\n+二！\n"
        );
    }
}
