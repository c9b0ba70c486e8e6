//! Rules over a whole run of Notes rather than one (`flash-fatigue`): given
//! every Note of the run, the findings for each, with the run's severities
//! and each Note's suppressions applied. The result depends only on the set
//! of Notes, not on the order they are given in.

use crate::diagnostic::Diagnostic;
use crate::input::note::Note;
use crate::rules::flash_fatigue::{self, FlashFatigue};
use crate::settings::Settings;
use crate::text::LineIndex;

use super::{sort, suppress};

/// The ids of the rules that need a whole run.
pub const RULES: &[&str] = &[FlashFatigue::META.id];

/// The cross-Note findings of a run, one list per Note, in the order given.
/// Each Note comes with its own settings: a finding is reported at the
/// severity the Note's config gives its rule, or not at all.
pub fn check(notes: &[(&Note, &Settings)]) -> Vec<Vec<Diagnostic>> {
    let mut findings: Vec<Vec<Diagnostic>> = vec![Vec::new(); notes.len()];
    for ((found, diagnostics), (_, settings)) in findings
        .iter_mut()
        .zip(flash_fatigue::check_run(notes))
        .zip(notes)
    {
        if let Some(severity) = settings.severity(&FlashFatigue::META) {
            found.extend(diagnostics.into_iter().map(|mut d| {
                d.severity = severity;
                d
            }));
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
