//! Linting one Note: prepare it once, run every enabled rule, honour
//! suppressions, and order the findings.

pub mod run_rules;
pub mod suppress;

use crate::diagnostic::{Diagnostic, Related, Severity};
use crate::input::note::{Note, NoteFormat};
use crate::rules::{self, RuleKind};
use crate::settings::Settings;
use crate::text::fingerprint::Build;
use crate::text::segment::Segmenter;
use crate::title::{Linter, suggest_for_note};

use crate::model::prepared::{KindSource, NoteKind, PreparedNote, TitleWriter};

/// Lints Notes under one config: its settings (rule severities and
/// options, lexicons, and the segmenter with the config's words), how
/// regexes are built, and whether `title-scarcity` may suggest a title the
/// generator writes. A value, cheap to copy: nothing it uses is shared with
/// an engine of another config.
#[derive(Clone, Copy)]
pub struct Engine<'s> {
    settings: &'s Settings,
    segmenter: &'s Segmenter,
    build: Build,
    titles: bool,
}

impl<'s> Engine<'s> {
    /// The engine of a config: its segmenter, tuned regexes, and generated
    /// title suggestions.
    pub fn new(settings: &'s Settings) -> Engine<'s> {
        Engine {
            settings,
            segmenter: &settings.segmenter,
            build: Build::Tuned,
            titles: true,
        }
    }

    /// Segments with `segmenter` instead of the config's, such as one over
    /// stock jieba to check results against.
    pub fn with_segmenter(self, segmenter: &'s Segmenter) -> Engine<'s> {
        Engine { segmenter, ..self }
    }

    /// Builds regexes as `build` says: quick for a run over a few Notes.
    pub fn built(self, build: Build) -> Engine<'s> {
        Engine { build, ..self }
    }

    /// The engine that makes no generated suggestions: the one that checks
    /// the title generator's candidates.
    pub fn without_titles(self) -> Engine<'s> {
        Engine {
            titles: false,
            ..self
        }
    }

    pub fn settings(&self) -> &'s Settings {
        self.settings
    }

    /// Lints a parsed Note; findings come back in source order.
    pub fn lint(&self, note: &Note) -> Vec<Diagnostic> {
        self.lint_kind(note).0
    }

    /// Lints a parsed Note; with its findings, what kind of Note it is
    /// (`None` for a blank file, which is not a Note yet).
    pub fn lint_kind(&self, note: &Note) -> (Vec<Diagnostic>, Option<NoteKind>) {
        self.lint_planned(note, Vec::new())
    }

    /// Lints a parsed Note of a campaign together with `planned`, the
    /// findings of comparing it with its plan (`plan::notes::apply`): the
    /// Note's suppressions govern them like any other finding.
    pub fn lint_planned(
        &self,
        note: &Note,
        planned: Vec<Diagnostic>,
    ) -> (Vec<Diagnostic>, Option<NoteKind>) {
        self.lint_selected(note, planned, &|_, _| true)
    }

    /// Lints a parsed Note with the rules `runs` accepts, by id and
    /// configured severity, together with `planned`.
    fn lint_selected(
        &self,
        note: &Note,
        planned: Vec<Diagnostic>,
        runs: &dyn Fn(&str, Severity) -> bool,
    ) -> (Vec<Diagnostic>, Option<NoteKind>) {
        let checker = self.without_titles();
        let write = |note: &Note| suggest_for_note(note, &checker).map(|c| c.title);
        let titles: Option<TitleWriter> = self.titles.then_some(&write);
        lint_prepared(note, self.settings, planned, runs, || {
            PreparedNote::with_segmenter(note, self.settings, self.segmenter)
                .built(self.build)
                .with_titles(titles)
        })
    }

    /// Parses and lints source text named `path`.
    pub fn lint_source(&self, path: &str, source: String) -> (Note, Vec<Diagnostic>) {
        let mut note = Note::parse(path, source, NoteFormat::for_path(path));
        // A Note of a campaign takes the plan's facts first (SPEC 10).
        let planned = crate::plan::notes::apply(&mut note, self.settings);
        let (diagnostics, _) = self.lint_planned(&note, planned);
        (note, diagnostics)
    }
}

/// The title generator checks its candidates with the engine, never letting
/// a candidate's own finding start another round of generation.
impl Linter for Engine<'_> {
    fn settings(&self) -> &Settings {
        self.settings
    }

    fn lint(&self, note: &Note) -> Vec<Diagnostic> {
        self.without_titles().lint(note)
    }

    fn lint_rules(&self, note: &Note, runs: &dyn Fn(&str, Severity) -> bool) -> Vec<Diagnostic> {
        self.without_titles()
            .lint_selected(note, Vec::new(), runs)
            .0
    }
}

/// Lints a parsed Note with `settings`; findings come back in source order.
pub fn lint_note(note: &Note, settings: &Settings) -> Vec<Diagnostic> {
    Engine::new(settings).lint(note)
}

/// Lints a parsed Note segmenting with `segmenter`.
pub fn lint_note_with(note: &Note, settings: &Settings, segmenter: &Segmenter) -> Vec<Diagnostic> {
    Engine::new(settings).with_segmenter(segmenter).lint(note)
}

/// Lints a parsed Note; with its findings, what kind of Note it is (`None`
/// for a blank file, which is not a Note yet).
pub fn lint_note_kind(
    note: &Note,
    settings: &Settings,
    segmenter: &Segmenter,
) -> (Vec<Diagnostic>, Option<NoteKind>) {
    Engine::new(settings)
        .with_segmenter(segmenter)
        .lint_kind(note)
}

/// Runs every enabled rule that `runs` accepts on the Note `prepare`
/// prepares (not at all for a blank file), and honours its suppressions over
/// those findings and `planned`.
fn lint_prepared<'a>(
    note: &'a Note,
    settings: &'a Settings,
    planned: Vec<Diagnostic>,
    runs: &dyn Fn(&str, Severity) -> bool,
    prepare: impl FnOnce() -> PreparedNote<'a>,
) -> (Vec<Diagnostic>, Option<NoteKind>) {
    // An empty or blank file is not a Note yet: nothing to advise on.
    if note
        .source
        .trim_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}')
        .is_empty()
    {
        return (Vec::new(), None);
    }
    let prepared = prepare();
    // Front matter without any copy: only the front matter can be checked.
    let has_copy = note.title.is_some() || !note.body.is_empty();
    let mut diagnostics = Vec::new();
    for rule in rules::all() {
        let meta = rule.meta();
        if rule.kind() != RuleKind::Note || !has_copy && meta.id != "front-matter" {
            continue;
        }
        let Some(severity) = settings.severity(meta) else {
            continue;
        };
        if !runs(meta.id, severity) {
            continue;
        }
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
    diagnostics.extend(planned);
    let mut diagnostics = suppress::apply(&prepared, diagnostics);
    sort(&mut diagnostics);
    (diagnostics, Some(prepared.kind().clone()))
}

/// Parses and lints source text named `path`.
pub fn lint_source(path: &str, source: String, settings: &Settings) -> (Note, Vec<Diagnostic>) {
    Engine::new(settings).lint_source(path, source)
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
