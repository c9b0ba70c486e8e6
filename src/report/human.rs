//! rustc-style diagnostics for a copywriter in a terminal: the location,
//! the rule, the source line with the span underlined (aligned under CJK
//! and emoji), and the rewrite.

use std::fmt::Write;

use colored::{ColoredString, Colorize};

use super::{FileReport, Renderer, Summary};
use crate::diagnostic::{Applicability, Diagnostic, Severity};
use crate::i18n::{Arg, Join, Lang, Msg, render_texts, text};
use crate::msg;

/// How a severity is painted: its label, its carets.
fn severity_style(severity: Severity) -> Style {
    match severity {
        Severity::Error => |text| text.red().bold(),
        Severity::Warning => |text| text.yellow().bold(),
        Severity::Info => |text| text.cyan().bold(),
    }
}

/// A way of painting text.
type Style = fn(&str) -> ColoredString;

fn bold(text: &str) -> ColoredString {
    text.bold()
}

fn blue_bold(text: &str) -> ColoredString {
    text.blue().bold()
}

/// Writes styled text exactly as `colored` prints it: painted when colours
/// are on, and as the bare text when they are off, without first copying
/// it into a `ColoredString` (a batch piped to a file writes a dozen
/// pieces per finding).
struct Pen {
    colors: bool,
}

impl Pen {
    fn new() -> Pen {
        Pen {
            colors: colored::control::SHOULD_COLORIZE.should_colorize(),
        }
    }

    fn write(&self, out: &mut String, style: Style, text: &str) {
        if self.colors {
            let _ = write!(out, "{}", style(text));
        } else {
            out.push_str(text);
        }
    }

    /// Writes what `pieces` writes, styled as one text.
    fn write_with(&self, out: &mut String, style: Style, pieces: impl FnOnce(&mut String)) {
        if self.colors {
            let mut text = String::new();
            pieces(&mut text);
            self.write(out, style, &text);
        } else {
            pieces(out);
        }
    }
}

/// Writes where a diagnostic starts, as a copywriter reads it:
/// `path:line:col`, or for a JSONL record `path:record-line (id ID, field
/// line:col)`.
fn write_place(out: &mut String, report: &FileReport, offset: usize) {
    let frame = report.frame(offset);
    let p = frame.position(offset);
    match (&report.record, frame.field) {
        (Some(record), Some(field)) => {
            let _ = write!(out, "{}:{} (", report.path, record.line);
            match &record.id {
                Some(serde_json::Value::String(id)) => {
                    let _ = write!(out, "id {id}, ");
                }
                Some(other) => {
                    let _ = write!(out, "id {other}, ");
                }
                None => {}
            }
            let _ = write!(
                out,
                "{} {}:{})",
                field.trim_start_matches('/'),
                p.line,
                p.column
            );
        }
        _ => {
            let _ = write!(out, "{}:{}:{}", report.path, p.line, p.column);
        }
    }
}

/// Renders one diagnostic.
pub fn diagnostic(report: &FileReport, d: &Diagnostic, out: &mut String) {
    diagnostic_in(Lang::En, source_columns(), report, d, out);
}

/// The severity as the human output names it.
fn severity_name(lang: Lang, severity: Severity) -> std::borrow::Cow<'static, str> {
    match lang {
        Lang::En => severity.as_str().into(),
        _ => text(
            lang,
            match severity {
                Severity::Error => "human-error",
                Severity::Warning => "human-warning",
                Severity::Info => "human-info",
            },
        )
        .into(),
    }
}

/// Pushes `n` copies of `c`.
fn push_repeated(out: &mut String, c: char, n: usize) {
    out.extend(std::iter::repeat_n(c, n));
}

/// Renders one diagnostic in `lang`, its source line at most `columns`
/// wide; its texts were localized before.
pub fn diagnostic_in(
    lang: Lang,
    columns: usize,
    report: &FileReport,
    d: &Diagnostic,
    out: &mut String,
) {
    let pen = Pen::new();
    let frame = report.frame(d.span.start);
    let text = frame.text;
    let index = frame.index;
    let start = frame.local(d.span.start);
    let end = frame.local(d.span.end).max(start);
    pen.write_with(out, bold, |out| write_place(out, report, d.span.start));
    out.push_str(": ");
    pen.write_with(out, severity_style(d.severity), |out| {
        let _ = write!(out, "{}[{}]", severity_name(lang, d.severity), d.rule);
    });
    out.push_str(": ");
    pen.write(out, bold, &d.message);
    out.push('\n');
    let line = index.line_of(start);
    let line_range = index.line_range(text, line);
    let line_text = &text[line_range.clone()];
    let number = line + 1;
    let gutter = number.ilog10() as usize + 1;
    // The gutter, then the bar: `   |`.
    let bar = |out: &mut String| {
        push_repeated(out, ' ', gutter + 1);
        pen.write(out, blue_bold, "|");
    };
    bar(out);
    out.push('\n');
    let underline_end = end.min(line_range.end).max(start);
    let room = columns.saturating_sub(gutter + 3);
    let window = window(
        line_text,
        start - line_range.start..underline_end - line_range.start,
        room,
    );
    pen.write_with(out, blue_bold, |out| {
        let _ = write!(out, "{number}");
    });
    out.push(' ');
    pen.write(out, blue_bold, "|");
    out.push(' ');
    out.push_str(&window.text);
    out.push('\n');
    bar(out);
    out.push(' ');
    push_repeated(out, ' ', window.pad);
    pen.write_with(out, severity_style(d.severity), |out| {
        push_repeated(out, '^', window.carets);
    });
    out.push('\n');
    // The gutter, then `=`, for the notes and the help.
    let equals = |out: &mut String| {
        push_repeated(out, ' ', gutter + 1);
        pen.write(out, blue_bold, "=");
        out.push(' ');
    };
    for related in &d.related {
        let place = match (&related.path, &related.span) {
            (Some(path), _) => format!(" ({path})"),
            (None, Some(span)) => {
                let p = report.frame(span.start).position(span.start);
                render_texts(lang, "human-line", &[("line", &p.line.to_string())])
            }
            (None, None) => String::new(),
        };
        equals(out);
        out.push_str(&render_texts(
            lang,
            "human-note",
            &[("message", &related.message), ("place", &place)],
        ));
        out.push('\n');
    }
    for suggestion in &d.suggestions {
        let text = super::help_text_in(lang, suggestion);
        equals(out);
        pen.write(
            out,
            |text| text.green(),
            &render_texts(lang, "human-help", &[("text", &text)]),
        );
        if suggestion.applicability == Applicability::MachineApplicable {
            out.push_str(&text_in(lang, "human-fixable"));
        }
        out.push('\n');
    }
    out.push('\n');
}

/// Renders one input: its diagnostics that `show` accepts, its read error,
/// and what `--fix` did with it.
pub fn file(report: &FileReport, show: &dyn Fn(&Diagnostic) -> bool, out: &mut String) {
    file_in(Lang::En, source_columns(), report, show, out);
}

/// [`file`] in `lang`, showing source lines at most `columns` wide.
pub fn file_in(
    lang: Lang,
    columns: usize,
    report: &FileReport,
    show: &dyn Fn(&Diagnostic) -> bool,
    out: &mut String,
) {
    let error_label = severity_name(lang, Severity::Error);
    if let Some(error) = &report.error {
        let _ = writeln!(out, "{}: {error}\n", error_label.red().bold());
        return;
    }
    for d in report.diagnostics.iter().filter(|d| show(d)) {
        diagnostic_in(lang, columns, report, d, out);
    }
    let Some(fix) = &report.fix else {
        return;
    };
    if let Some(error) = &fix.error {
        let _ = writeln!(out, "{}: {error}\n", error_label.red().bold());
    } else if fix.written && !fix.applied.is_empty() {
        let mut rules: Vec<&str> = Vec::new();
        for applied in &fix.applied {
            if !rules.contains(&applied.rule) {
                rules.push(applied.rule);
            }
        }
        let _ = writeln!(
            out,
            "{} {}: {} ({})\n",
            text(lang, "human-fixed").green().bold(),
            report.path,
            count(lang, "finding", fix.applied.len()),
            rules.join(", ")
        );
    }
}

/// Decides which diagnostics the human output prints.
type Show = dyn Fn(&Diagnostic) -> bool + Send + Sync;

/// rustc-style output, streamed Note by Note.
pub struct HumanRenderer {
    show: Box<Show>,
    summary_line: bool,
    lang: Lang,
    /// How wide a source line may be shown, asked once: each diagnostic
    /// asking again cost a system call and an environment lookup.
    columns: usize,
}

impl HumanRenderer {
    /// `show` decides which diagnostics are printed; `summary_line` adds the
    /// closing counts.
    pub fn new(
        show: impl Fn(&Diagnostic) -> bool + Send + Sync + 'static,
        summary_line: bool,
    ) -> Self {
        HumanRenderer {
            show: Box::new(show),
            summary_line,
            lang: Lang::En,
            columns: source_columns(),
        }
    }

    /// Writes its own words (labels, the summary) in `lang`.
    pub fn with_lang(mut self, lang: Lang) -> Self {
        self.lang = lang;
        self
    }
}

impl Renderer for HumanRenderer {
    type Rendered = String;

    fn render(&self, report: &FileReport) -> String {
        let mut text = String::new();
        file_in(self.lang, self.columns, report, &self.show, &mut text);
        text
    }

    fn write(&mut self, text: String, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        out.write_all(text.as_bytes())
    }

    fn finish(&mut self, s: &Summary, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        if self.summary_line {
            writeln!(out, "{}", summary_in(self.lang, s))?;
        }
        Ok(())
    }
}

/// Renders a whole run; `show` decides which diagnostics are printed.
pub fn render(
    reports: &[FileReport],
    show: impl Fn(&Diagnostic) -> bool + Send + Sync + 'static,
    summary_line: bool,
) -> String {
    super::render_all(&mut HumanRenderer::new(show, summary_line), reports)
}

/// `n` of `what` (`file`, `error`, `finding`, …), counted in `lang`.
fn count(lang: Lang, what: &str, n: usize) -> String {
    Msg::new(format!("count-{what}")).arg("n", n).render(lang)
}

/// A text of the human output with no arguments.
fn text_in(lang: Lang, id: &'static str) -> String {
    text(lang, id)
}

/// What the run read: records of a JSON Lines batch, files, or both.
fn unit(records: usize, all: usize) -> &'static str {
    match records {
        0 => "file",
        r if r == all => "record",
        _ => "input",
    }
}

/// The unit of the inputs that could not be read.
fn unit_of_errors(s: &Summary) -> &'static str {
    unit(s.record_errors, s.file_errors)
}

/// The closing line: what was linted, how many of those have findings,
/// and — never counted as clean — what could not be read.
pub fn summary(s: &Summary) -> String {
    summary_in(Lang::En, s)
}

/// [`summary`] in `lang`.
pub fn summary_in(lang: Lang, s: &Summary) -> String {
    let unit = unit(s.records, s.files);
    let linted = s.files - s.file_errors.min(s.files);
    let linted_text = count(lang, unit, linted);
    let mut parts = Vec::new();
    if s.errors > 0 {
        parts.push(count(lang, "error", s.errors).red().bold().to_string());
    }
    if s.warnings > 0 {
        parts.push(
            count(lang, "warning", s.warnings)
                .yellow()
                .bold()
                .to_string(),
        );
    }
    if s.infos > 0 {
        parts.push(count(lang, "info", s.infos).cyan().bold().to_string());
    }
    let mut line = if parts.is_empty() {
        let clean = text(lang, "summary-no-problems").green().bold().to_string();
        msg!("summary-clean", clean = clean, linted = linted_text).render(lang)
    } else {
        let parts = Arg::list(parts, Join::Comma);
        if s.with_findings < linted {
            msg!(
                "summary-found-some",
                parts = parts,
                some = s.with_findings.to_string(),
                linted = linted_text
            )
            .render(lang)
        } else {
            msg!("summary-found", parts = parts, linted = linted_text).render(lang)
        }
    };
    if s.file_errors > 0 {
        let unread = count(lang, unit_of_errors(s), s.file_errors);
        line.push_str(&msg!("summary-unread", unread = unread).render(lang));
    }
    if s.fixed_files > 0 {
        let fixes = count(lang, "finding", s.fixes);
        let files = count(lang, "file", s.fixed_files);
        line.push_str(&msg!("summary-fixed", fixes = fixes, files = files).render(lang));
    }
    if s.fix_errors > 0 {
        let files = count(lang, "fixed-file", s.fix_errors);
        line.push_str(&msg!("summary-unwritten", files = files).render(lang));
    }
    line.push_str(&text(lang, "summary-end"));
    line
}

/// The columns a source line may take: the terminal's width (`COLUMNS`)
/// when writing to one, else 100.
fn source_columns() -> usize {
    use std::io::IsTerminal;
    let terminal = std::io::stdout().is_terminal();
    std::env::var("COLUMNS")
        .ok()
        .filter(|_| terminal)
        .and_then(|c| c.parse::<usize>().ok())
        .filter(|c| *c >= 40)
        .unwrap_or(100)
}

/// A source line as shown: cut around the span, `...` on each cut side,
/// when it is wider than `room` columns (as rustc does), with the carets'
/// place and width on the shown text.
struct Window {
    text: String,
    pad: usize,
    carets: usize,
}

const ELLIPSIS: &str = "...";

fn column_width(c: char) -> usize {
    use crate::text::units::{display_width, plain_width};
    match c {
        '\t' => 4,
        // ASCII and ideographs, most of a line, without measuring a string.
        c => plain_width(c).unwrap_or_else(|| display_width(c.encode_utf8(&mut [0; 4]))),
    }
}

fn columns(text: &str) -> usize {
    text.chars().map(column_width).sum()
}

/// `line` windowed to `room` columns around `span` (bytes into `line`).
fn window(line: &str, span: std::ops::Range<usize>, room: usize) -> Window {
    let shown = |text: &str| text.replace('\t', "    ");
    let carets = columns(&line[span.clone()]).max(1);
    // Measured only as far as the room: a long line carrying many findings
    // is not measured whole for each of them.
    let mut measured = 0;
    let fits = line.chars().all(|c| {
        measured += column_width(c);
        measured <= room
    });
    if fits {
        return Window {
            text: shown(line),
            pad: columns(&line[..span.start]),
            carets,
        };
    }
    let marks = 2 * ELLIPSIS.len();
    let room = room.saturating_sub(marks).max(carets.min(20) + 10);
    // Context before the span: a quarter of the room, less if the span
    // needs it.
    let before_room = (room / 4).min(room.saturating_sub(carets));
    let mut start = span.start;
    let mut used = 0;
    for (i, c) in line[..span.start].char_indices().rev() {
        if used + column_width(c) > before_room {
            break;
        }
        used += column_width(c);
        start = i;
    }
    let mut end = start;
    let mut width = 0;
    for (i, c) in line[start..].char_indices() {
        if width + column_width(c) > room {
            break;
        }
        width += column_width(c);
        end = start + i + c.len_utf8();
    }
    let left = if start > 0 { ELLIPSIS } else { "" };
    let right = if end < line.len() { ELLIPSIS } else { "" };
    let pad = left.len() + columns(&line[start..span.start]);
    let carets = carets.min(columns(&line[span.start..end.max(span.start)]).max(1));
    Window {
        text: format!("{left}{}{right}", shown(&line[start..end])),
        pad,
        carets,
    }
}

#[cfg(test)]
mod window_tests {
    use super::*;

    #[test]
    fn a_long_line_is_cut_around_the_span_with_the_carets_under_it() {
        let line = format!("{}手慢无{}", "很好用的面霜".repeat(60), "真的".repeat(100));
        let at = line.find("手慢无").expect("span");
        let shown = window(&line, at..at + "手慢无".len(), 100);
        assert!(shown.text.starts_with("...") && shown.text.ends_with("..."));
        assert!(columns(&shown.text) <= 100, "{}", columns(&shown.text));
        // The carets start under 手.
        let mut col = 0;
        let mut under = None;
        for c in shown.text.chars() {
            if col == shown.pad {
                under = Some(c);
                break;
            }
            col += column_width(c);
        }
        assert_eq!(under, Some('手'));
        assert_eq!(shown.carets, 6);
    }

    #[test]
    fn a_short_line_is_shown_whole() {
        let shown = window("冬天就靠它，手慢无", 18..27, 100);
        assert_eq!(
            (shown.text.as_str(), shown.pad, shown.carets),
            ("冬天就靠它，手慢无", 12, 6)
        );
    }
}
