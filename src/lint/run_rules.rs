//! The [run rules](RuleKind::Run) (`flash-fatigue`): given every Note of a
//! run, the findings for each, with each Note's severities and
//! suppressions applied. The result depends only on the set of Notes, not
//! on the order they are given in.

use crate::diagnostic::Diagnostic;
use crate::input::note::Note;
use crate::rules::{self, RuleKind};
use crate::settings::Settings;
use crate::text::LineIndex;

use super::{sort, suppress};

/// Whether any run rule takes part in `note` ([`Rule::takes_part_in_run`](
/// crate::rules::Rule::takes_part_in_run)). [`check`] finds nothing on a Note
/// that none does, and the same on the others with or without it, so a run
/// need not hold such a Note, or its report, for the run-wide pass.
pub fn takes_part(note: &Note, settings: &Settings) -> bool {
    rules::all()
        .iter()
        .any(|rule| rule.kind() == RuleKind::Run && rule.takes_part_in_run(note, settings))
}

/// The run rules' findings on a run, one list per Note, in the order given.
/// Each Note comes with its own settings: a finding is reported at the
/// severity the Note's config gives its rule, or not at all.
pub fn check(notes: &[(&Note, &Settings)]) -> Vec<Vec<Diagnostic>> {
    let mut findings: Vec<Vec<Diagnostic>> = vec![Vec::new(); notes.len()];
    for rule in rules::all()
        .iter()
        .filter(|rule| rule.kind() == RuleKind::Run)
    {
        for ((found, diagnostics), (_, settings)) in
            findings.iter_mut().zip(rule.check_run(notes)).zip(notes)
        {
            if let Some(severity) = settings.severity(rule.meta()) {
                found.extend(diagnostics.into_iter().map(|mut d| {
                    d.severity = severity;
                    d
                }));
            }
        }
    }
    for ((note, _), found) in notes.iter().zip(findings.iter_mut()) {
        if found.is_empty() {
            continue;
        }
        let index = LineIndex::new(&note.source);
        let mut kept = suppress::apply_to(note, &index, std::mem::take(found));
        sort(&mut kept);
        *found = kept;
    }
    findings
}
