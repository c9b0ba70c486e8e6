//! Writing a run's results (SPEC 7): human (rustc style), JSON, JSON Lines,
//! GitHub Actions annotations and SARIF 2.1.0. Each format is a
//! [`Renderer`]: each Note's report is rendered on its own, on any thread,
//! and the rendered reports are written one by one in input order, so a
//! batch of any size streams out without being held.

mod compact;
pub mod exit;
mod frame;
pub mod github;
pub mod human;
pub mod json;
pub mod jsonl;
mod pretty;
pub mod sarif;

use std::io::{self, Write};
use std::ops::Range;

use serde::Serialize;

use crate::diagnostic::{Diagnostic, Severity};
use crate::fix::AppliedFix;
use crate::input::record::RecordInfo;
use crate::model::prepared::NoteKind;
use crate::text::Position;
pub use frame::Frame;
use frame::FrameIndexes;

/// The result for one input (a file, stdin or a JSONL record): its findings,
/// or why it could not be linted.
pub struct FileReport {
    pub path: String,
    /// The source text, for rendering lines; empty for an input error. Set
    /// once: the line indexes of its frames are kept.
    source: String,
    pub diagnostics: Vec<Diagnostic>,
    pub error: Option<String>,
    /// `error` to translate.
    error_msg: Option<crate::i18n::Msg>,
    /// For a Note read from a JSON Lines batch: which record, and how the
    /// source maps to its fields.
    record: Option<RecordInfo>,
    /// What `--fix` or `--diff` did with this file.
    pub fix: Option<FixReport>,
    /// What kind of Note it is and why; `None` when it was not linted.
    pub note_kind: Option<NoteKind>,
    indexes: FrameIndexes,
}

/// What `--fix` / `--diff` did with one file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FixReport {
    /// The machine-applicable suggestions applied, in source order.
    pub applied: Vec<AppliedFix>,
    /// The unified diff of the change, for `--diff`.
    pub diff: Option<String>,
    /// Whether the fixed text was written to the file.
    pub written: bool,
    /// Why the fixed text could not be written; the file is unchanged.
    pub error: Option<String>,
}

impl FileReport {
    pub fn linted(path: String, source: String, diagnostics: Vec<Diagnostic>) -> Self {
        FileReport {
            path,
            source,
            diagnostics,
            error: None,
            error_msg: None,
            record: None,
            fix: None,
            note_kind: None,
            indexes: FrameIndexes::default(),
        }
    }

    pub fn failed(path: String, error: String) -> Self {
        FileReport {
            error: Some(error),
            ..FileReport::linted(path, String::new(), Vec::new())
        }
    }

    /// An input that could not be linted, for the reason `error` (its
    /// place first), shown in the run's language by [`localize`](Self::localize).
    pub fn failed_with(path: String, error: crate::i18n::Msg) -> Self {
        FileReport {
            error: Some(error.render(crate::i18n::Lang::En)),
            error_msg: Some(error),
            ..FileReport::linted(path, String::new(), Vec::new())
        }
    }

    pub fn with_record(mut self, record: RecordInfo) -> Self {
        self.indexes = FrameIndexes::for_record(&record);
        self.record = Some(record);
        self
    }

    /// Shows the findings' texts in `lang`.
    pub fn localize(&mut self, lang: crate::i18n::Lang) {
        for diagnostic in &mut self.diagnostics {
            diagnostic.localize(lang);
        }
        if let Some(msg) = &self.error_msg {
            self.error = Some(msg.render(lang));
        }
    }

    pub fn source(&self) -> &str {
        &self.source
    }

    pub fn record(&self) -> Option<&RecordInfo> {
        self.record.as_ref()
    }

    /// The source text under a diagnostic's span.
    pub fn text(&self, diagnostic: &Diagnostic) -> &str {
        self.source.get(diagnostic.span.clone()).unwrap_or_default()
    }

    /// Whether this input makes the run exit 2: it could not be read or
    /// linted, or its fix could not be written.
    pub fn has_trouble(&self) -> bool {
        self.error.is_some() || self.fix.as_ref().is_some_and(|f| f.error.is_some())
    }

    /// The text that positions near `offset` are measured in: the whole
    /// source for a file, the field holding `offset` for a JSONL record.
    pub fn frame(&self, offset: usize) -> Frame<'_> {
        self.indexes
            .frame(&self.source, self.record.as_ref(), offset)
    }

    /// Where a span is, as every output format reports it.
    pub fn locate(&self, span: &Range<usize>) -> SpanLocation<'_> {
        let frame = self.frame(span.start);
        SpanLocation {
            field: frame.field,
            start: frame.position(span.start),
            end: frame.position(span.end.max(span.start)),
        }
    }
}

/// A span's positions: in the file, or within one field of a JSONL record.
/// Serialized as the JSON report's `span` object.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SpanLocation<'a> {
    pub start: Position,
    pub end: Position,
    /// JSON Pointer to the record field the positions are in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<&'a str>,
}

/// Counts over a whole run.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub files: usize,
    /// How many of `files` are records of a JSON Lines batch.
    pub records: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    pub file_errors: usize,
    /// Inputs that were linted and have at least one finding.
    pub with_findings: usize,
    /// How many of `file_errors` are records of a JSON Lines batch.
    pub record_errors: usize,
    /// Suggestions applied by `--fix` (or that `--diff` would apply).
    pub fixes: usize,
    /// Files changed by `--fix` (or that `--diff` would change).
    pub fixed_files: usize,
    /// Files whose fix could not be written.
    pub fix_errors: usize,
}

impl Summary {
    pub fn of(reports: &[FileReport]) -> Summary {
        let mut summary = Summary::default();
        for report in reports {
            summary.add(report);
        }
        summary
    }

    /// The counts of one input.
    pub fn of_report(report: &FileReport) -> Summary {
        let mut summary = Summary::default();
        summary.add(report);
        summary
    }

    /// Adds the counts of another part of the run.
    pub fn merge(&mut self, other: &Summary) {
        // Destructured, so a new count cannot be forgotten here.
        let Summary {
            files,
            records,
            errors,
            warnings,
            infos,
            file_errors,
            with_findings,
            record_errors,
            fixes,
            fixed_files,
            fix_errors,
        } = *other;
        self.with_findings += with_findings;
        self.record_errors += record_errors;
        self.files += files;
        self.records += records;
        self.errors += errors;
        self.warnings += warnings;
        self.infos += infos;
        self.file_errors += file_errors;
        self.fixes += fixes;
        self.fixed_files += fixed_files;
        self.fix_errors += fix_errors;
    }

    /// Findings at `severity` or above.
    pub fn at_least(&self, severity: Severity) -> usize {
        match severity {
            Severity::Error => self.errors,
            Severity::Warning => self.errors + self.warnings,
            Severity::Info => self.errors + self.warnings + self.infos,
        }
    }

    /// Whether an input could not be read or linted, or its fix could not
    /// be written ([`FileReport::has_trouble`] of any report).
    pub fn has_trouble(&self) -> bool {
        self.file_errors > 0 || self.fix_errors > 0
    }

    /// Counts one more input.
    pub fn add(&mut self, report: &FileReport) {
        self.files += 1;
        if report.record.is_some() {
            self.records += 1;
        }
        if report.error.is_some() {
            self.file_errors += 1;
            if report.record.is_some() {
                self.record_errors += 1;
            }
        } else if !report.diagnostics.is_empty() {
            self.with_findings += 1;
        }
        for d in &report.diagnostics {
            match d.severity {
                Severity::Error => self.errors += 1,
                Severity::Warning => self.warnings += 1,
                Severity::Info => self.infos += 1,
            }
        }
        if let Some(fix) = &report.fix {
            if !fix.applied.is_empty() {
                self.fixes += fix.applied.len();
                self.fixed_files += 1;
            }
            if fix.error.is_some() {
                self.fix_errors += 1;
            }
        }
    }
}

/// A suggestion as one line of help, as the human output words it: the
/// message, then the rewrite when there is one to show, punctuated the way
/// `lang` writes it (`advice: rewrite`, `建议：改写`).
pub fn help_text_in(lang: crate::i18n::Lang, suggestion: &crate::diagnostic::Suggestion) -> String {
    match suggestion.replacement() {
        Some(r) if !r.is_empty() => crate::i18n::render_texts(
            lang,
            "help-with-rewrite",
            &[("advice", &suggestion.message), ("rewrite", r.trim())],
        ),
        _ => suggestion.message.clone(),
    }
}

/// The documentation page of a rule, as given in the JSON formats.
pub fn rule_url(rule: &str) -> String {
    format!("docs/rules/{rule}.md")
}

/// The documentation page of a rule as an absolute URI, for SARIF
/// `helpUri`, which code-scanning UIs link to.
pub fn rule_help_uri(rule: &str) -> String {
    format!(
        "{}/blob/v{}/docs/rules/{rule}.md",
        env!("CARGO_PKG_REPOSITORY"),
        env!("CARGO_PKG_VERSION")
    )
}

/// One output format. Rendering a report needs nothing but the report, so
/// it can run on the worker thread that linted the Note; what depends on the
/// reports before it (separators, the document around them, the closing
/// summary) is written by the thread that owns the output, one rendered
/// report at a time, in input order.
pub trait Renderer: Send + Sync {
    /// One report, rendered.
    type Rendered: Send;

    /// Written before the first Note.
    fn start(&mut self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }

    /// Renders one report, on any thread, in any order.
    fn render(&self, report: &FileReport) -> Self::Rendered;

    /// Writes one rendered report; called in input order.
    fn write(&mut self, rendered: Self::Rendered, out: &mut dyn Write) -> io::Result<()>;

    /// Written after the last Note.
    fn finish(&mut self, _summary: &Summary, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}

/// Renders whole `reports` with `renderer` into a string (tests, callers
/// that hold all results).
pub fn render_all(renderer: &mut impl Renderer, reports: &[FileReport]) -> String {
    let mut out: Vec<u8> = Vec::new();
    // Writing to a Vec cannot fail.
    let _ = renderer.start(&mut out);
    for report in reports {
        let rendered = renderer.render(report);
        let _ = renderer.write(rendered, &mut out);
    }
    let _ = renderer.finish(&Summary::of(reports), &mut out);
    String::from_utf8_lossy(&out).into_owned()
}
