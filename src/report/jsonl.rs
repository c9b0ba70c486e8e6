//! JSON Lines: one diagnostic a line, each the JSON report's diagnostic
//! object with its `path` (and, for a batch record, its `record`), so a
//! consumer can stream findings without parsing a whole document. An input
//! that could not be linted, or whose fix could not be written, is a line
//! with `error` instead. Schema: `$defs/jsonl_line` in
//! `schema/report.schema.json`.

use std::io::{self, Write};

use serde_json::{Value, json};

use super::{FileReport, Renderer, json};

/// The lines of one input.
pub fn lines(report: &FileReport) -> Vec<Value> {
    let mut lines = Vec::new();
    let with_place = |mut value: Value| {
        value["path"] = json!(report.path);
        if let Some(record) = json::record(report) {
            value["record"] = record;
        }
        value
    };
    if let Some(error) = &report.error {
        lines.push(with_place(json!({"error": {"message": error}})));
    }
    for d in &report.diagnostics {
        lines.push(with_place(json::diagnostic(report, d)));
    }
    if let Some(error) = report.fix.as_ref().and_then(|f| f.error.as_ref()) {
        lines.push(with_place(json!({"error": {"message": error}})));
    }
    lines
}

#[derive(Default)]
pub struct JsonlRenderer;

impl Renderer for JsonlRenderer {
    fn report(&mut self, report: &FileReport, out: &mut dyn Write) -> io::Result<()> {
        for line in lines(report) {
            serde_json::to_writer(&mut *out, &line)?;
            out.write_all(b"\n")?;
        }
        Ok(())
    }
}
