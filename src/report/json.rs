//! The versioned JSON report (SPEC 7). Changes are additive only; the
//! schema is `schema/report.schema.json`.

use std::io::{self, Write};
use std::ops::Range;

use serde::Serialize;
use serde_json::{Value, json};

use super::pretty::{indented, write_indented};
use super::{FileReport, Renderer, SpanLocation, Summary, rule_url};
use crate::diagnostic::{Applicability, Diagnostic, Severity};

pub const SCHEMA_VERSION: u32 = 1;

// Entries are serialized straight from the report through the borrowed
// views below: each declares its fields in the order its keys are written,
// and leaves out the optional ones that are absent.

/// Which JSONL record a Note came from.
#[derive(Serialize)]
pub struct RecordEntry<'a> {
    line: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a Value>,
}

pub fn record(report: &FileReport) -> Option<RecordEntry<'_>> {
    let record = report.record.as_ref()?;
    Some(RecordEntry {
        line: record.line,
        id: record.id.as_ref(),
    })
}

/// One diagnostic; with `path`, a line of the JSON Lines output.
#[derive(Serialize)]
pub struct DiagnosticEntry<'a> {
    rule: &'a str,
    severity: Severity,
    message: &'a str,
    span: SpanLocation<'a>,
    text: &'a str,
    suggestions: Vec<SuggestionEntry<'a>>,
    url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    record: Option<RecordEntry<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related: Vec<RelatedEntry<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<&'a str>,
}

#[derive(Serialize)]
struct SuggestionEntry<'a> {
    message: &'a str,
    replacement: Option<&'a str>,
    applicability: Applicability,
    #[serde(skip_serializing_if = "Option::is_none")]
    span: Option<SpanLocation<'a>>,
    edits: Vec<EditEntry<'a>>,
}

#[derive(Serialize)]
struct EditEntry<'a> {
    span: SpanLocation<'a>,
    replacement: &'a str,
}

#[derive(Serialize)]
struct RelatedEntry<'a> {
    message: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    span: Option<SpanLocation<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<&'a str>,
}

/// One diagnostic as the JSON report gives it.
pub fn diagnostic<'a>(report: &'a FileReport, d: &'a Diagnostic) -> DiagnosticEntry<'a> {
    let located = |range: &Option<Range<usize>>| range.as_ref().map(|r| report.locate(r));
    DiagnosticEntry {
        rule: d.rule,
        severity: d.severity,
        message: &d.message,
        span: report.locate(&d.span),
        text: report.text(d),
        suggestions: d
            .suggestions
            .iter()
            .map(|s| SuggestionEntry {
                message: &s.message,
                replacement: s.replacement(),
                applicability: s.applicability,
                span: s.own_span(&d.span).map(|r| report.locate(r)),
                edits: s
                    .edits
                    .iter()
                    .map(|e| EditEntry {
                        span: report.locate(&e.span),
                        replacement: &e.replacement,
                    })
                    .collect(),
            })
            .collect(),
        url: rule_url(d.rule),
        record: record(report),
        related: d
            .related
            .iter()
            .map(|r| RelatedEntry {
                message: &r.message,
                span: located(&r.span),
                path: r.path.as_deref(),
            })
            .collect(),
        path: None,
    }
}

/// One diagnostic as a line of the JSON Lines output: the JSON report's
/// object with the input's `path` last.
pub fn diagnostic_line<'a>(report: &'a FileReport, d: &'a Diagnostic) -> DiagnosticEntry<'a> {
    DiagnosticEntry {
        path: Some(&report.path),
        ..diagnostic(report, d)
    }
}

#[derive(Serialize)]
pub struct ErrorEntry<'a> {
    message: &'a str,
}

/// An input that could not be linted (or whose fix could not be written),
/// as a line of the JSON Lines output.
#[derive(Serialize)]
pub struct ErrorLine<'a> {
    error: ErrorEntry<'a>,
    path: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    record: Option<RecordEntry<'a>>,
}

pub fn error_line<'a>(report: &'a FileReport, message: &'a str) -> ErrorLine<'a> {
    ErrorLine {
        error: ErrorEntry { message },
        path: &report.path,
        record: record(report),
    }
}

/// One file's (or record's) entry.
#[derive(Serialize)]
pub struct FileEntry<'a> {
    path: &'a str,
    diagnostics: Vec<DiagnosticEntry<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    record: Option<RecordEntry<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<NoteEntry<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<ErrorEntry<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    fix: Option<FixEntry<'a>>,
}

/// What kind of Note a file is, where that came from, and the text that
/// decided it.
#[derive(Serialize)]
pub struct NoteEntry<'a> {
    kind: &'static str,
    source: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    evidence: Option<EvidenceEntry<'a>>,
}

#[derive(Serialize)]
struct EvidenceEntry<'a> {
    text: &'a str,
    span: SpanLocation<'a>,
}

pub fn note(report: &FileReport) -> Option<NoteEntry<'_>> {
    let kind = report.note_kind.as_ref()?;
    Some(NoteEntry {
        kind: kind.kind.as_str(),
        source: kind.source.as_str(),
        evidence: kind.evidence.as_ref().map(|span| EvidenceEntry {
            text: report.source().get(span.clone()).unwrap_or_default(),
            span: report.locate(span),
        }),
    })
}

#[derive(Serialize)]
struct FixEntry<'a> {
    applied: Vec<AppliedEntry<'a>>,
    written: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<ErrorEntry<'a>>,
}

#[derive(Serialize)]
struct AppliedEntry<'a> {
    rule: &'a str,
    text: &'a str,
    replacement: &'a str,
}

fn error_entry(message: &Option<String>) -> Option<ErrorEntry<'_>> {
    message.as_deref().map(|message| ErrorEntry { message })
}

pub fn file(report: &FileReport) -> FileEntry<'_> {
    FileEntry {
        path: &report.path,
        diagnostics: report
            .diagnostics
            .iter()
            .map(|d| diagnostic(report, d))
            .collect(),
        record: record(report),
        note: note(report),
        error: error_entry(&report.error),
        fix: report.fix.as_ref().map(|fix| FixEntry {
            applied: fix
                .applied
                .iter()
                .map(|a| AppliedEntry {
                    rule: a.rule,
                    text: &a.original,
                    replacement: &a.replacement,
                })
                .collect(),
            written: fix.written,
            error: error_entry(&fix.error),
        }),
    }
}

fn summary(summary: &Summary) -> Value {
    json!({
        "files": summary.files,
        "errors": summary.errors,
        "warnings": summary.warnings,
        "infos": summary.infos,
        "file_errors": summary.file_errors,
    })
}

/// Streams the report: the header, one entry per Note as it comes, then the
/// summary, indented as `serde_json::to_string_pretty` indents.
#[derive(Default)]
pub struct JsonRenderer {
    entries: usize,
}

impl Renderer for JsonRenderer {
    fn start(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let tool = json!({"name": "xhslint", "version": env!("CARGO_PKG_VERSION")});
        write!(
            out,
            "{{\n  \"schema_version\": {SCHEMA_VERSION},\n  \"tool\": {},\n  \"files\": [",
            indented(&tool, 2)
        )
    }

    /// The entry on its own line, without the comma that separates it from
    /// the one before.
    type Rendered = Vec<u8>;

    fn render(&self, report: &FileReport) -> Vec<u8> {
        let mut entry = b"\n    ".to_vec();
        write_indented(&mut entry, &file(report), 4);
        entry
    }

    fn write(&mut self, entry: Vec<u8>, out: &mut dyn Write) -> io::Result<()> {
        if self.entries > 0 {
            out.write_all(b",")?;
        }
        self.entries += 1;
        out.write_all(&entry)
    }

    fn finish(&mut self, s: &Summary, out: &mut dyn Write) -> io::Result<()> {
        let close = if self.entries == 0 { "]" } else { "\n  ]" };
        writeln!(
            out,
            "{close},\n  \"summary\": {}\n}}",
            indented(&summary(s), 2)
        )
    }
}

/// The whole report.
pub fn render(reports: &[FileReport]) -> String {
    super::render_all(&mut JsonRenderer::default(), reports)
}

/// The report of one input as [`render`] writes it, to serialize by other
/// means than the renderer (the Python package builds objects from it).
#[derive(Serialize)]
pub struct Document<'a> {
    schema_version: u32,
    tool: Value,
    files: [FileEntry<'a>; 1],
    summary: Value,
}

pub fn document(report: &FileReport) -> Document<'_> {
    Document {
        schema_version: SCHEMA_VERSION,
        tool: json!({"name": "xhslint", "version": env!("CARGO_PKG_VERSION")}),
        files: [file(report)],
        summary: summary(&Summary::of_report(report)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Severity;

    fn sample() -> Vec<FileReport> {
        let source = "# 标题\n手慢无\n".to_string();
        let start = source.find("手慢无").expect("present");
        let mut d = Diagnostic::new("pressure-phrase", start..start + 9, "pressure");
        d.severity = Severity::Warning;
        vec![
            FileReport::linted("a.md".to_string(), source, vec![d]),
            FileReport::failed("b.md".to_string(), "b.md: cannot read".to_string()),
        ]
    }

    #[test]
    fn streamed_entries_form_one_document() {
        let reports = sample();
        let streamed = render(&reports);
        let parsed: Value = serde_json::from_str(&streamed).expect("valid JSON");
        assert!(streamed.starts_with("{\n  \"schema_version\": 1,\n  \"tool\": {\n    \"name\""));
        assert!(streamed.contains("\n    {\n      \"path\": \"a.md\",\n      \"diagnostics\": ["));
        assert!(streamed.ends_with("\n  }\n}\n"));
        assert_eq!(
            parsed["files"][0]["diagnostics"][0]["span"]["start"]["line"],
            2
        );
        assert_eq!(parsed["files"][1]["error"]["message"], "b.md: cannot read");
        assert_eq!(parsed["summary"]["file_errors"], 1);
    }

    #[test]
    fn a_document_is_the_rendered_report() {
        for report in sample() {
            let rendered = render(std::slice::from_ref(&report));
            let parsed: Value = serde_json::from_str(&rendered).expect("valid JSON");
            let document = serde_json::to_value(document(&report)).expect("serializable");
            assert_eq!(document, parsed);
            // Keys in the order they are written.
            assert_eq!(document.to_string(), parsed.to_string());
        }
    }

    #[test]
    fn no_files_is_an_empty_array() {
        let text = render(&[]);
        let parsed: Value = serde_json::from_str(&text).expect("valid JSON");
        assert_eq!(parsed["files"], json!([]));
        assert_eq!(parsed["summary"]["files"], 0);
    }
}
