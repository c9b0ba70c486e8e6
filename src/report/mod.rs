//! Writing a run's results: human (rustc style) and JSON (SPEC 7).

pub mod human;
pub mod json;

use crate::diagnostic::{Diagnostic, Severity};
use crate::text::LineIndex;

/// The result for one input: its findings, or why it could not be linted.
pub struct FileReport {
    pub path: String,
    /// The source text, for rendering lines; empty for an input error.
    pub source: String,
    pub line_index: LineIndex,
    pub diagnostics: Vec<Diagnostic>,
    pub error: Option<String>,
}

impl FileReport {
    pub fn linted(path: String, source: String, diagnostics: Vec<Diagnostic>) -> Self {
        let line_index = LineIndex::new(&source);
        FileReport {
            path,
            source,
            line_index,
            diagnostics,
            error: None,
        }
    }

    pub fn failed(path: String, error: String) -> Self {
        FileReport {
            path,
            source: String::new(),
            line_index: LineIndex::new(""),
            diagnostics: Vec::new(),
            error: Some(error),
        }
    }

    /// The source text under a diagnostic's span.
    pub fn text(&self, diagnostic: &Diagnostic) -> &str {
        self.source.get(diagnostic.span.clone()).unwrap_or_default()
    }
}

/// Counts over a whole run.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    pub file_errors: usize,
}

impl Summary {
    pub fn of(reports: &[FileReport]) -> Summary {
        let mut summary = Summary {
            files: reports.len(),
            ..Summary::default()
        };
        for report in reports {
            if report.error.is_some() {
                summary.file_errors += 1;
            }
            for d in &report.diagnostics {
                match d.severity {
                    Severity::Error => summary.errors += 1,
                    Severity::Warning => summary.warnings += 1,
                    Severity::Info => summary.infos += 1,
                }
            }
        }
        summary
    }
}

/// The documentation page of a rule, as given in every output format.
pub fn rule_url(rule: &str) -> String {
    format!("docs/rules/{rule}.md")
}
