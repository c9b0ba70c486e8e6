//! The versioned JSON report (SPEC 7). Changes are additive only; the
//! schema is `schema/report.schema.json`.

use serde_json::{Value, json};

use super::{FileReport, Summary, rule_url};
use crate::diagnostic::Diagnostic;

pub const SCHEMA_VERSION: u32 = 1;

/// One diagnostic as a JSON object.
pub fn diagnostic(report: &FileReport, d: &Diagnostic) -> Value {
    let position = |offset: usize| {
        serde_json::to_value(report.line_index.position(&report.source, offset))
            .unwrap_or(Value::Null)
    };
    let suggestions: Vec<Value> = d
        .suggestions
        .iter()
        .map(|s| {
            let mut value = json!({
                "message": s.message,
                "replacement": s.replacement,
                "applicability": s.applicability,
            });
            if let Some(span) = &s.span {
                value["span"] = json!({"start": position(span.start), "end": position(span.end)});
            }
            value
        })
        .collect();
    let mut value = json!({
        "rule": d.rule,
        "severity": d.severity,
        "message": d.message,
        "span": {"start": position(d.span.start), "end": position(d.span.end)},
        "text": report.text(d),
        "suggestions": suggestions,
        "url": rule_url(d.rule),
    });
    if !d.related.is_empty() {
        value["related"] = Value::Array(
            d.related
                .iter()
                .map(|r| {
                    let mut related = json!({"message": r.message});
                    if let Some(span) = &r.span {
                        related["span"] =
                            json!({"start": position(span.start), "end": position(span.end)});
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

/// One file's entry.
pub fn file(report: &FileReport) -> Value {
    let mut value = json!({
        "path": report.path,
        "diagnostics": report.diagnostics.iter().map(|d| diagnostic(report, d)).collect::<Vec<_>>(),
    });
    if let Some(error) = &report.error {
        value["error"] = json!({"message": error});
    }
    value
}

/// The whole report.
pub fn render(reports: &[FileReport]) -> String {
    let summary = Summary::of(reports);
    let value = json!({
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "xhslint", "version": env!("CARGO_PKG_VERSION")},
        "files": reports.iter().map(file).collect::<Vec<_>>(),
        "summary": {
            "files": summary.files,
            "errors": summary.errors,
            "warnings": summary.warnings,
            "infos": summary.infos,
            "file_errors": summary.file_errors,
        },
    });
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
    text.push('\n');
    text
}
