//! JSON Lines: one diagnostic a line, each the JSON report's diagnostic
//! object with its `path` (and, for a batch record, its `record`), so a
//! consumer can stream findings without parsing a whole document. An input
//! that could not be linted, or whose fix could not be written, is a line
//! with `error` instead. Schema: `$defs/jsonl_line` in
//! `schema/report.schema.json`.

use std::io::{self, Write};

use serde::Serialize;

use super::{FileReport, Renderer, json};

/// Appends the lines of one input to `out`.
pub fn write_lines(report: &FileReport, out: &mut Vec<u8>) {
    if let Some(error) = &report.error {
        write_line(out, &json::error_line(report, error));
    }
    for d in &report.diagnostics {
        write_line(out, &json::diagnostic_line(report, d));
    }
    if let Some(error) = report.fix.as_ref().and_then(|f| f.error.as_ref()) {
        write_line(out, &json::error_line(report, error));
    }
}

fn write_line(out: &mut Vec<u8>, value: &impl Serialize) {
    // Writing to a Vec cannot fail, and every key is a string.
    let _ = serde_json::to_writer(&mut *out, value);
    out.push(b'\n');
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
