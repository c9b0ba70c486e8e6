//! GitHub Actions workflow commands: one `::error`, `::warning` or
//! `::notice` line per finding, which Actions shows as an annotation on the
//! file and line.
//!
//! Escaping follows the Actions toolkit: in the message `%`, CR and LF are
//! percent-encoded; in property values `:` and `,` are too.

use std::io::{self, Write};

use super::{FileReport, Renderer, help_text_in};
use crate::diagnostic::{Diagnostic, Severity};
use crate::i18n::Lang;

/// The annotation level of a severity (Actions has no `info`).
pub fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    }
}

/// Escapes a message (the text after `::`).
pub fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value (`file=`, `title=`).
pub fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// The annotation line of one diagnostic, without the line ending; its
/// help lines are punctuated the way `lang` writes them.
pub fn annotation(report: &FileReport, d: &Diagnostic, lang: Lang) -> String {
    let location = report.locate(&d.span);
    let mut message = d.message.clone();
    for suggestion in &d.suggestions {
        message.push('\n');
        let text = help_text_in(lang, suggestion);
        message.push_str(&crate::i18n::render_texts(
            lang,
            "human-help",
            &[("text", &text)],
        ));
    }
    let properties = match (&report.record, &location.field) {
        // Positions inside a record's field are not columns of the JSONL
        // file: annotate the record's line and say where in the text.
        (Some(record), Some(field)) => {
            let id = match &record.id {
                Some(serde_json::Value::String(id)) => format!("id {id}, "),
                Some(other) => format!("id {other}, "),
                None => String::new(),
            };
            message = format!(
                "{id}{} {}:{}: {message}",
                field.trim_start_matches('/'),
                location.start.line,
                location.start.column
            );
            format!(
                "file={},line={},endLine={}",
                escape_property(&report.path),
                record.line,
                record.line
            )
        }
        _ => format!(
            "file={},line={},col={},endLine={},endColumn={}",
            escape_property(&report.path),
            location.start.line,
            location.start.column,
            location.end.line,
            location.end.column
        ),
    };
    format!(
        "::{} {properties},title={}::{}",
        level(d.severity),
        escape_property(d.rule),
        escape_data(&message)
    )
}

fn error_line(report: &FileReport, message: &str) -> String {
    let line = report
        .record
        .as_ref()
        .map(|r| format!(",line={}", r.line))
        .unwrap_or_default();
    format!(
        "::error file={}{line},title=xhslint::{}",
        escape_property(&report.path),
        escape_data(message)
    )
}

/// GitHub Actions annotations in a language (English by default).
#[derive(Default)]
pub struct GithubRenderer {
    lang: Lang,
}

impl GithubRenderer {
    pub fn new(lang: Lang) -> Self {
        GithubRenderer { lang }
    }
}

impl Renderer for GithubRenderer {
    type Rendered = String;

    fn render(&self, report: &FileReport) -> String {
        let mut lines = String::new();
        let mut line = |text: String| {
            lines.push_str(&text);
            lines.push('\n');
        };
        if let Some(error) = &report.error {
            line(error_line(report, error));
        }
        for d in &report.diagnostics {
            line(annotation(report, d, self.lang));
        }
        if let Some(error) = report.fix.as_ref().and_then(|f| f.error.as_ref()) {
            line(error_line(report, error));
        }
        lines
    }

    fn write(&mut self, lines: String, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(lines.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_follow_the_actions_toolkit() {
        assert_eq!(escape_data("50%\r\nnext"), "50%25%0D%0Anext");
        assert_eq!(escape_property("a:b,c%"), "a%3Ab%2Cc%25");
    }
}
