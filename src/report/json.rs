//! The versioned JSON report (SPEC 7). Changes are additive only; the
//! schema is `schema/report.schema.json`.

use std::io::{self, Write};
use std::ops::Range;

use serde_json::{Value, json};

use super::{FileReport, Renderer, Summary, indented, rule_url};
use crate::diagnostic::Diagnostic;

pub const SCHEMA_VERSION: u32 = 1;

/// A span as a JSON object: start and end positions, and for a JSONL record
/// the field they are counted in.
pub fn span(report: &FileReport, range: &Range<usize>) -> Value {
    let location = report.locate(range);
    let mut value = json!({"start": location.start, "end": location.end});
    if let Some(field) = location.field {
        value["field"] = json!(field);
    }
    value
}

/// Which JSONL record a Note came from.
pub fn record(report: &FileReport) -> Option<Value> {
    let record = report.record.as_ref()?;
    let mut value = json!({"line": record.line});
    if let Some(id) = &record.id {
        value["id"] = id.clone();
    }
    Some(value)
}

/// One diagnostic as a JSON object.
pub fn diagnostic(report: &FileReport, d: &Diagnostic) -> Value {
    let suggestions: Vec<Value> = d
        .suggestions
        .iter()
        .map(|s| {
            let mut value = json!({
                "message": s.message,
                "replacement": s.replacement,
                "applicability": s.applicability,
            });
            if let Some(range) = &s.span {
                value["span"] = span(report, range);
            }
            value
        })
        .collect();
    let mut value = json!({
        "rule": d.rule,
        "severity": d.severity,
        "message": d.message,
        "span": span(report, &d.span),
        "text": report.text(d),
        "suggestions": suggestions,
        "url": rule_url(d.rule),
    });
    if let Some(record) = record(report) {
        value["record"] = record;
    }
    if !d.related.is_empty() {
        value["related"] = Value::Array(
            d.related
                .iter()
                .map(|r| {
                    let mut related = json!({"message": r.message});
                    if let Some(range) = &r.span {
                        related["span"] = span(report, range);
                    }
                    if let Some(path) = &r.path {
                        related["path"] = json!(path);
                    }
                    related
                })
                .collect(),
        );
    }
    value
}

/// One file's (or record's) entry.
pub fn file(report: &FileReport) -> Value {
    let mut value = json!({
        "path": report.path,
        "diagnostics": report.diagnostics.iter().map(|d| diagnostic(report, d)).collect::<Vec<_>>(),
    });
    if let Some(record) = record(report) {
        value["record"] = record;
    }
    if let Some(error) = &report.error {
        value["error"] = json!({"message": error});
    }
    if let Some(fix) = &report.fix {
        let mut entry = json!({
            "applied": fix.applied.iter().map(|a| json!({
                "rule": a.rule,
                "text": a.original,
                "replacement": a.replacement,
            })).collect::<Vec<_>>(),
            "written": fix.written,
        });
        if let Some(error) = &fix.error {
            entry["error"] = json!({"message": error});
        }
        value["fix"] = entry;
    }
    value
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
            indented(&tool, "  ")
        )
    }

    fn report(&mut self, report: &FileReport, out: &mut dyn Write) -> io::Result<()> {
        let separator = if self.entries == 0 { "" } else { "," };
        self.entries += 1;
        write!(out, "{separator}\n    {}", indented(&file(report), "    "))
    }

    fn finish(&mut self, s: &Summary, out: &mut dyn Write) -> io::Result<()> {
        let close = if self.entries == 0 { "]" } else { "\n  ]" };
        writeln!(
            out,
            "{close},\n  \"summary\": {}\n}}",
            indented(&summary(s), "  ")
        )
    }
}

/// The whole report.
pub fn render(reports: &[FileReport]) -> String {
    super::render_all(&mut JsonRenderer::default(), reports)
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
    fn no_files_is_an_empty_array() {
        let text = render(&[]);
        let parsed: Value = serde_json::from_str(&text).expect("valid JSON");
        assert_eq!(parsed["files"], json!([]));
        assert_eq!(parsed["summary"]["files"], 0);
    }
}
