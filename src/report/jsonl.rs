//! JSON Lines: one diagnostic a line, each the JSON report's diagnostic
//! object with its `path` (and, for a batch record, its `record`), so a
//! consumer can stream findings without parsing a whole document. An input
//! that could not be linted, or whose fix could not be written, is a line
//! with `error` instead. Schema: `$defs/jsonl_line` in
//! `schema/report.schema.json`.
//!
//! A line is written field by field with [`compact`] rather than through
//! the serde views of `json.rs`: a batch writes one line per finding, and
//! serde_json spent more on them than linting the Notes did. The views stay
//! the reference: the tests below check every line against them.

use std::io::{self, Write};
use std::ops::Range;

use super::{FileReport, Renderer, SpanLocation, compact};
use crate::diagnostic::{Applicability, Diagnostic};
use crate::text::Position;

/// Bytes of a typical line, with a Chinese message and text.
const LINE_GUESS: usize = 640;

/// Appends the lines of one input to `out`.
pub fn write_lines(report: &FileReport, out: &mut Vec<u8>) {
    // Most lines are a few hundred bytes; growing the buffer a line at a
    // time cost more than writing the keys.
    out.reserve(LINE_GUESS * report.diagnostics.len());
    if let Some(error) = &report.error {
        error_line(out, report, error);
    }
    for d in &report.diagnostics {
        diagnostic_line(out, report, d);
    }
    if let Some(error) = report.fix.as_ref().and_then(|f| f.error.as_ref()) {
        error_line(out, report, error);
    }
}

/// `json::error_line`, compact, and a line break.
fn error_line(out: &mut Vec<u8>, report: &FileReport, message: &str) {
    out.extend_from_slice(b"{\"error\":{\"message\":");
    compact::string(out, message);
    out.extend_from_slice(b"},\"path\":");
    compact::string(out, &report.path);
    record(out, report);
    out.extend_from_slice(b"}\n");
}

/// `json::diagnostic_line`, compact, and a line break.
fn diagnostic_line(out: &mut Vec<u8>, report: &FileReport, d: &Diagnostic) {
    out.extend_from_slice(b"{\"rule\":");
    compact::string(out, d.rule);
    out.extend_from_slice(b",\"severity\":");
    compact::string(out, d.severity.as_str());
    out.extend_from_slice(b",\"message\":");
    compact::string(out, &d.message);
    out.extend_from_slice(b",\"span\":");
    span(out, &report.locate(&d.span));
    out.extend_from_slice(b",\"text\":");
    compact::string(out, report.text(d));
    out.extend_from_slice(b",\"suggestions\":[");
    for (i, s) in d.suggestions.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        out.extend_from_slice(b"{\"message\":");
        compact::string(out, &s.message);
        out.extend_from_slice(b",\"replacement\":");
        compact::optional_string(out, s.replacement());
        out.extend_from_slice(b",\"applicability\":");
        compact::string(out, applicability(s.applicability));
        optional_span(out, report, s.own_span(&d.span));
        out.extend_from_slice(b",\"edits\":[");
        for (j, e) in s.edits.iter().enumerate() {
            if j > 0 {
                out.push(b',');
            }
            out.extend_from_slice(b"{\"span\":");
            span(out, &report.locate(&e.span));
            out.extend_from_slice(b",\"replacement\":");
            compact::string(out, &e.replacement);
            out.push(b'}');
        }
        out.push(b']');
        out.push(b'}');
    }
    // `rule_url`, written in place.
    out.extend_from_slice(b"],\"url\":\"docs/rules/");
    compact::string_contents(out, d.rule);
    out.extend_from_slice(b".md\"");
    record(out, report);
    if !d.related.is_empty() {
        out.extend_from_slice(b",\"related\":[");
        for (i, r) in d.related.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            out.extend_from_slice(b"{\"message\":");
            compact::string(out, &r.message);
            optional_span(out, report, r.span.as_ref());
            if let Some(path) = &r.path {
                out.extend_from_slice(b",\"path\":");
                compact::string(out, path);
            }
            out.push(b'}');
        }
        out.push(b']');
    }
    out.extend_from_slice(b",\"path\":");
    compact::string(out, &report.path);
    out.extend_from_slice(b"}\n");
}

/// `,"record":{…}` when the input is a record of a batch.
fn record(out: &mut Vec<u8>, report: &FileReport) {
    let Some(record) = report.record() else {
        return;
    };
    out.extend_from_slice(b",\"record\":{\"line\":");
    compact::number(out, record.line);
    if let Some(id) = &record.id {
        out.extend_from_slice(b",\"id\":");
        compact::value(out, id);
    }
    out.push(b'}');
}

/// `,"span":{…}` when there is a span.
fn optional_span(out: &mut Vec<u8>, report: &FileReport, range: Option<&Range<usize>>) {
    if let Some(range) = range {
        out.extend_from_slice(b",\"span\":");
        span(out, &report.locate(range));
    }
}

fn span(out: &mut Vec<u8>, span: &SpanLocation<'_>) {
    out.extend_from_slice(b"{\"start\":");
    position(out, &span.start);
    out.extend_from_slice(b",\"end\":");
    position(out, &span.end);
    if let Some(field) = span.field {
        out.extend_from_slice(b",\"field\":");
        compact::string(out, field);
    }
    out.push(b'}');
}

fn position(out: &mut Vec<u8>, p: &Position) {
    out.extend_from_slice(b"{\"line\":");
    compact::number(out, p.line);
    out.extend_from_slice(b",\"column\":");
    compact::number(out, p.column);
    out.extend_from_slice(b",\"utf16_column\":");
    compact::number(out, p.utf16_column);
    out.extend_from_slice(b",\"byte_offset\":");
    compact::number(out, p.byte_offset);
    out.push(b'}');
}

/// As `Applicability` serializes.
fn applicability(a: Applicability) -> &'static str {
    match a {
        Applicability::MachineApplicable => "machine-applicable",
        Applicability::MaybeIncorrect => "maybe-incorrect",
        Applicability::HasPlaceholders => "has-placeholders",
    }
}

#[derive(Default)]
pub struct JsonlRenderer;

impl Renderer for JsonlRenderer {
    type Rendered = Vec<u8>;

    fn render(&self, report: &FileReport) -> Vec<u8> {
        let mut lines = Vec::new();
        write_lines(report, &mut lines);
        lines
    }

    fn write(&mut self, lines: Vec<u8>, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(&lines)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::*;
    use crate::diagnostic::{Edit, Related, Severity, Suggestion};
    use crate::input::record::{RecordField, RecordInfo};
    use crate::report::json;

    /// The lines serde_json writes from the views of the JSON report.
    fn through_serde(report: &FileReport) -> String {
        fn line(out: &mut Vec<u8>, value: &impl serde::Serialize) {
            let _ = serde_json::to_writer(&mut *out, value);
            out.push(b'\n');
        }
        let mut out = Vec::new();
        if let Some(error) = &report.error {
            line(&mut out, &json::error_line(report, error));
        }
        for d in &report.diagnostics {
            line(&mut out, &json::diagnostic_line(report, d));
        }
        if let Some(error) = report.fix.as_ref().and_then(|f| f.error.as_ref()) {
            line(&mut out, &json::error_line(report, error));
        }
        String::from_utf8(out).unwrap_or_default()
    }

    fn ours(report: &FileReport) -> String {
        String::from_utf8(JsonlRenderer.render(report)).unwrap_or_default()
    }

    fn at(source: &str, text: &str) -> Range<usize> {
        let start = source.find(text).unwrap_or_default();
        start..start + text.len()
    }

    fn findings(source: &str) -> Vec<Diagnostic> {
        let mut pressure = Diagnostic::new(
            "pressure-phrase",
            at(source, "手慢无"),
            "\"手慢无\" pressures the reader\t— say what is limited",
        );
        pressure.severity = Severity::Error;
        pressure.suggestions = vec![
            Suggestion::new(
                "say how many are left",
                vec![Edit::new(at(source, "手慢无"), "仅剩20件\\n")],
                Applicability::MachineApplicable,
            ),
            Suggestion::new("or drop it", Vec::new(), Applicability::MaybeIncorrect),
            Suggestion::new(
                "or move it",
                vec![
                    Edit::new(at(source, "手慢无"), ""),
                    Edit::insert(source.len(), "\n手慢无"),
                ],
                Applicability::MaybeIncorrect,
            ),
        ];
        let mut claim = Diagnostic::new("claim-mismatch", at(source, "¥199"), "price differs");
        claim.severity = Severity::Info;
        claim.related = vec![
            Related::new("declared here", Some(at(source, "😂")), None),
            Related::new(
                "the earlier Note",
                None,
                Some("notes/上一篇.md".to_string()),
            ),
        ];
        vec![pressure, claim]
    }

    #[test]
    fn a_files_lines_are_the_json_reports_objects() {
        let source = "# 标题😂\r\n好物\u{1}手慢无，到手¥199\n";
        let report = FileReport::linted(
            "notes/限时.md".to_string(),
            source.to_string(),
            findings(source),
        );
        assert_eq!(ours(&report), through_serde(&report));
        assert!(ours(&report).starts_with(
            "{\"rule\":\"pressure-phrase\",\"severity\":\"error\",\"message\":\"\\\"手慢无\\\" pressures the reader\\t— say what is limited\",\"span\":{\"start\":{\"line\":2,\"column\":4,\"utf16_column\":4,\"byte_offset\":"
        ));
    }

    #[test]
    fn a_records_lines_carry_its_field_and_id() {
        let title = "限时😂秒杀";
        let body = "好物手慢无，到手¥199";
        let source = format!("{title}\n\n{body}");
        for id in [
            Some(json!("gen-00001")),
            Some(json!(7)),
            Some(json!({"shop": "店", "n": [1]})),
            None,
        ] {
            let record = RecordInfo {
                id,
                line: 12,
                fields: vec![
                    RecordField {
                        pointer: "/title".to_string(),
                        range: 0..title.len(),
                    },
                    RecordField {
                        pointer: "/body".to_string(),
                        range: title.len() + 2..source.len(),
                    },
                ],
            };
            let report = FileReport::linted(
                "export.jsonl".to_string(),
                source.clone(),
                findings(&source),
            )
            .with_record(record);
            assert_eq!(ours(&report), through_serde(&report));
            let first: Value =
                serde_json::from_str(ours(&report).lines().next().unwrap_or_default())
                    .unwrap_or_default();
            assert_eq!(first["span"]["field"], "/body");
            assert_eq!(first["record"]["line"], 12);
        }
    }

    #[test]
    fn errors_are_lines_of_their_own() {
        let failed = FileReport::failed(
            "坏.md".to_string(),
            "坏.md: cannot read: \"denied\"".to_string(),
        )
        .with_record(RecordInfo::unread(3));
        assert_eq!(ours(&failed), through_serde(&failed));
        assert_eq!(
            ours(&failed),
            "{\"error\":{\"message\":\"坏.md: cannot read: \\\"denied\\\"\"},\"path\":\"坏.md\",\"record\":{\"line\":3}}\n"
        );
        let source = "😂手慢无¥199";
        let mut fixed =
            FileReport::linted("a.md".to_string(), source.to_string(), findings(source));
        fixed.fix = Some(crate::report::FixReport {
            error: Some("a.md: cannot write".to_string()),
            ..Default::default()
        });
        assert_eq!(ours(&fixed), through_serde(&fixed));
        assert!(
            ours(&fixed)
                .ends_with("{\"error\":{\"message\":\"a.md: cannot write\"},\"path\":\"a.md\"}\n")
        );
    }
}
