//! Linting one Note: prepare it once, run every enabled rule, honour
//! suppressions, and order the findings.

pub mod cross_note;
pub mod prepared;
pub mod suppress;

use crate::diagnostic::{Diagnostic, Related};
use crate::input::note::{Note, NoteFormat};
use crate::rules;
use crate::settings::Settings;
use crate::text::segment::Segmenter;

use prepared::{KindSource, NoteKind, PreparedNote};

/// Lints a parsed Note with `settings`; findings come back in source order.
pub fn lint_note(note: &Note, settings: &Settings) -> Vec<Diagnostic> {
    lint_note_with(note, settings, Segmenter::global())
}

/// Lints a parsed Note segmenting with `segmenter`.
pub fn lint_note_with(note: &Note, settings: &Settings, segmenter: &Segmenter) -> Vec<Diagnostic> {
    lint_note_kind(note, settings, segmenter).0
}

/// Lints a parsed Note; with its findings, what kind of Note it is (`None`
/// for a blank file, which is not a Note yet).
pub fn lint_note_kind(
    note: &Note,
    settings: &Settings,
    segmenter: &Segmenter,
) -> (Vec<Diagnostic>, Option<NoteKind>) {
    // An empty or blank file is not a Note yet: nothing to advise on.
    if note
        .source
        .trim_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}')
        .is_empty()
    {
        return (Vec::new(), None);
    }
    let prepared = PreparedNote::with_segmenter(note, settings, segmenter);
    // Front matter without any copy: only the front matter can be checked.
    let has_copy = note.title.is_some() || !note.body.is_empty();
    let mut diagnostics = Vec::new();
    for rule in rules::all() {
        let meta = rule.meta();
        if !has_copy && meta.id != "front-matter" {
            continue;
        }
        let Some(severity) = settings.severity(meta) else {
            continue;
        };
        let start = diagnostics.len();
        prepared.take_sale_consulted();
        rule.check(&prepared, &mut diagnostics);
        // A finding that applies because the Note was judged a sale Note
        // says why, unless the writer declared it one.
        let why = (prepared.take_sale_consulted()
            && prepared.kind().source != KindSource::FrontMatter)
            .then(|| prepared.sale_note());
        for diagnostic in &mut diagnostics[start..] {
            diagnostic.severity = diagnostic.at_most.map_or(severity, |cap| cap.min(severity));
            if let Some((message, span)) = &why {
                diagnostic
                    .related
                    .push(Related::new(message.clone(), span.clone(), None));
            }
        }
    }
    let mut diagnostics = suppress::apply(&prepared, diagnostics);
    sort(&mut diagnostics);
    (diagnostics, Some(prepared.kind().clone()))
}

/// Parses and lints source text named `path`.
pub fn lint_source(path: &str, source: String, settings: &Settings) -> (Note, Vec<Diagnostic>) {
    let mut note = Note::parse(path, source, NoteFormat::for_path(path));
    // A Note of a campaign takes the plan's facts first (SPEC 10).
    let planned = crate::plan::notes::apply(&mut note, settings);
    let mut diagnostics = lint_note(&note, settings);
    if !planned.is_empty() {
        diagnostics.extend(planned);
        sort(&mut diagnostics);
    }
    (note, diagnostics)
}

/// Source order, then rule id, with exact duplicates removed.
pub fn sort(diagnostics: &mut Vec<Diagnostic>) {
    diagnostics.sort_by(|a, b| {
        (a.span.start, a.span.end, a.rule, &a.message).cmp(&(
            b.span.start,
            b.span.end,
            b.rule,
            &b.message,
        ))
    });
    diagnostics.dedup_by(|a, b| a.rule == b.rule && a.span == b.span && a.message == b.message);
}
