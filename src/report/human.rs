//! rustc-style diagnostics for a copywriter in a terminal: the location,
//! the rule, the source line with the span underlined (aligned under CJK
//! and emoji), and the rewrite.

use std::fmt::Write;

use colored::{ColoredString, Colorize};

use super::{FileReport, Summary};
use crate::diagnostic::{Applicability, Diagnostic, Severity};

fn paint_severity(severity: Severity, text: &str) -> ColoredString {
    match severity {
        Severity::Error => text.red().bold(),
        Severity::Warning => text.yellow().bold(),
        Severity::Info => text.cyan().bold(),
    }
}

/// Renders one diagnostic.
pub fn diagnostic(report: &FileReport, d: &Diagnostic, out: &mut String) {
    let source = &report.source;
    let index = &report.line_index;
    let start = index.position(source, d.span.start);
    let header = format!("{}[{}]", d.severity, d.rule);
    let _ = writeln!(
        out,
        "{}: {}: {}",
        format!("{}:{}:{}", report.path, start.line, start.column).bold(),
        paint_severity(d.severity, &header),
        d.message.bold()
    );
    let line = index.line_of(d.span.start);
    let line_range = index.line_range(source, line);
    let line_text = &source[line_range.clone()];
    let number = (line + 1).to_string();
    let gutter = " ".repeat(number.len());
    let bar = "|".blue().bold();
    let _ = writeln!(out, "{gutter} {bar}");
    let _ = writeln!(
        out,
        "{} {bar} {}",
        number.blue().bold(),
        line_text.replace('\t', "    ")
    );
    let underline_end = d.span.end.min(line_range.end).max(d.span.start);
    let pad = index.display_column(source, d.span.start);
    let width = crate::text::units::display_width(&source[d.span.start..underline_end]).max(1);
    let _ = writeln!(
        out,
        "{gutter} {bar} {}{}",
        " ".repeat(pad),
        paint_severity(d.severity, &"^".repeat(width))
    );
    for related in &d.related {
        let place = match (&related.path, &related.span) {
            (Some(path), _) => format!(" ({path})"),
            (None, Some(span)) => {
                let p = index.position(source, span.start);
                format!(" (line {})", p.line)
            }
            (None, None) => String::new(),
        };
        let _ = writeln!(
            out,
            "{gutter} {} note: {}{place}",
            "=".blue().bold(),
            related.message
        );
    }
    for suggestion in &d.suggestions {
        let text = match &suggestion.replacement {
            Some(r) if r.is_empty() => suggestion.message.clone(),
            Some(r) => format!("{}: {r}", suggestion.message),
            None => suggestion.message.clone(),
        };
        let fixable = if suggestion.applicability == Applicability::MachineApplicable {
            " [fixable]"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "{gutter} {} {}{fixable}",
            "=".blue().bold(),
            format!("help: {text}").green()
        );
    }
    out.push('\n');
}

/// Renders a whole run; `show` decides which diagnostics are printed.
pub fn render(
    reports: &[FileReport],
    show: impl Fn(&Diagnostic) -> bool,
    summary_line: bool,
) -> String {
    let mut out = String::new();
    for report in reports {
        if let Some(error) = &report.error {
            let _ = writeln!(out, "{}: {error}\n", "error".red().bold());
            continue;
        }
        for d in report.diagnostics.iter().filter(|d| show(d)) {
            diagnostic(report, d, &mut out);
        }
    }
    if summary_line {
        out.push_str(&summary(&Summary::of(reports)));
        out.push('\n');
    }
    out
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// The closing line.
pub fn summary(s: &Summary) -> String {
    let files = plural(s.files, "file");
    let mut parts = Vec::new();
    if s.errors > 0 {
        parts.push(plural(s.errors, "error").red().bold().to_string());
    }
    if s.warnings > 0 {
        parts.push(plural(s.warnings, "warning").yellow().bold().to_string());
    }
    if s.infos > 0 {
        parts.push(plural(s.infos, "info").cyan().bold().to_string());
    }
    let mut line = if parts.is_empty() {
        format!("{} in {files}", "No problems found".green().bold())
    } else {
        format!("Found {} in {files}", parts.join(", "))
    };
    if s.file_errors > 0 {
        let _ = write!(
            line,
            "; {} could not be read",
            plural(s.file_errors, "file")
        );
    }
    line.push('.');
    line
}
