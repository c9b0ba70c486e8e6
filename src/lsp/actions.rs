//! Code actions: each suggested rewrite as a quick fix, and "disable RULE
//! for this line" as a next-line suppression comment.

use std::collections::HashMap;
use std::ops::Range;

use lsp_types::{CodeAction, CodeActionKind, CodeActionOrCommand, TextEdit, Url, WorkspaceEdit};

use super::diagnostics::{DocLinks, to_lsp};
use super::documents::Document;
use super::position::PositionEncoding;
use crate::diagnostic::{Applicability, Diagnostic};
use crate::i18n::Lang;
use crate::input::note::{Note, NoteFormat};
use crate::lint::suppress::{self, DirectiveKind};
use crate::msg;

/// What a code action request asks about.
pub struct Request<'a> {
    pub uri: &'a Url,
    pub document: &'a Document,
    pub findings: &'a [Diagnostic],
    /// The requested range, as bytes.
    pub span: Range<usize>,
    pub format: NoteFormat,
    pub encoding: PositionEncoding,
    pub links: &'a DocLinks,
    /// The language of the action titles.
    pub lang: Lang,
}

/// Whether a request's `only` filter admits quick fixes.
pub fn wants_quick_fixes(only: Option<&[CodeActionKind]>) -> bool {
    let quickfix = CodeActionKind::QUICKFIX;
    let quickfix = quickfix.as_str();
    only.is_none_or(|kinds| {
        kinds.iter().any(|kind| {
            let kind = kind.as_str();
            kind.is_empty()
                || kind == quickfix
                || quickfix
                    .strip_prefix(kind)
                    .is_some_and(|rest| rest.starts_with('.'))
        })
    })
}

/// The actions for the findings that touch the requested range: rewrites
/// first (machine-applicable ones preferred), then suppressions.
pub fn code_actions(request: &Request) -> Vec<CodeActionOrCommand> {
    let touching: Vec<&Diagnostic> = request
        .findings
        .iter()
        .filter(|f| f.span.start <= request.span.end && request.span.start <= f.span.end)
        .collect();
    let mut rewrites = Vec::new();
    let mut suppressions = Vec::new();
    let mut suppressed: Vec<(&str, usize)> = Vec::new();
    for finding in touching {
        let diagnostic = to_lsp(
            finding,
            request.document,
            request.uri,
            request.encoding,
            request.links,
        );
        for suggestion in &finding.suggestions {
            if suggestion.edits.is_empty() {
                continue;
            }
            let title = match suggestion.replacement().map(str::trim) {
                Some(text) if !text.is_empty() => msg!(
                    "lsp-action-rewrite",
                    advice = &suggestion.message,
                    rewrite = text
                )
                .render(request.lang),
                _ => suggestion.message.clone(),
            };
            // Only a rewrite safe without reading is preferred: a line with
            // placeholders needs the writer's own words.
            let preferred = suggestion.applicability == Applicability::MachineApplicable;
            let text_edits = suggestion
                .edits
                .iter()
                .map(|e| edit(request, e.span.clone(), e.replacement.clone()))
                .collect();
            rewrites.push(quick_fix(
                title,
                request,
                text_edits,
                diagnostic.clone(),
                preferred,
            ));
        }
        let line = request.document.line_index.line_of(finding.span.start);
        if suppressed.contains(&(finding.rule, line)) {
            continue;
        }
        if let Some(text_edit) = disable_next_line(request, finding.rule, line) {
            suppressed.push((finding.rule, line));
            suppressions.push(quick_fix(
                msg!("lsp-action-disable", rule = finding.rule).render(request.lang),
                request,
                vec![text_edit],
                diagnostic,
                false,
            ));
        }
    }
    rewrites.sort_by_key(|action| action.is_preferred != Some(true));
    rewrites
        .into_iter()
        .chain(suppressions)
        .map(CodeActionOrCommand::CodeAction)
        .collect()
}

fn quick_fix(
    title: String,
    request: &Request,
    text_edits: Vec<TextEdit>,
    diagnostic: lsp_types::Diagnostic,
    preferred: bool,
) -> CodeAction {
    CodeAction {
        title,
        kind: Some(CodeActionKind::QUICKFIX),
        diagnostics: Some(vec![diagnostic]),
        edit: Some(WorkspaceEdit {
            changes: Some(HashMap::from([(request.uri.clone(), text_edits)])),
            ..WorkspaceEdit::default()
        }),
        is_preferred: preferred.then_some(true),
        ..CodeAction::default()
    }
}

fn edit(request: &Request, span: Range<usize>, new_text: String) -> TextEdit {
    TextEdit {
        range: request.document.positions(request.encoding).range(span),
        new_text,
    }
}

/// Where the rule list of a next-line suppression that is the whole of
/// `line` ends, read by the linter's own directive parser; `None` when the
/// line holds anything else, or a directive naming no rule (all rules).
fn next_line_rules_end(
    text: &str,
    line: Range<usize>,
    front_matter: Option<Range<usize>>,
) -> Option<usize> {
    let directives = suppress::directives(text, front_matter);
    let directive = directives
        .iter()
        .find(|d| d.span.start >= line.start && d.span.end <= line.end)?;
    let whole = text[line.clone()].trim() == text[directive.span.clone()].trim();
    if !whole || directive.kind != DirectiveKind::DisableNextLine {
        return None;
    }
    Some(directive.rules.last()?.span.end)
}

/// The edit that suppresses `rule` on `line`: the rule added to a
/// next-line comment already above it (a second comment would leave the
/// first suppressing a comment line), else a new comment line ending the
/// way the line itself ends: an HTML comment in the copy, a YAML comment
/// in the front matter. `None` where a comment would change the Note: above
/// a title taken from its first line, which the comment would replace as
/// the title, or where the front matter would no longer parse the same.
fn disable_next_line(request: &Request, rule: &str, line: usize) -> Option<TextEdit> {
    let text = &request.document.text;
    let index = &request.document.line_index;
    let before = Note::parse("", text.clone(), request.format);
    if line > 0
        && let Some(at) = next_line_rules_end(
            text,
            index.line_range(text, line - 1),
            before.front_matter.as_ref().map(|fm| fm.block.clone()),
        )
    {
        return Some(edit(request, at..at, format!(", {rule}")));
    }
    let content = index.line_range(text, line);
    let at = content.start;
    let in_front_matter = before
        .front_matter
        .as_ref()
        .is_some_and(|fm| fm.block.contains(&at));
    let comment = if in_front_matter {
        let line_text = &text[content.clone()];
        let indent = &line_text[..line_text.len() - line_text.trim_start().len()];
        format!("{indent}# xhslint-disable-next-line {rule}")
    } else {
        format!("<!-- xhslint-disable-next-line {rule} -->")
    };
    let comment = comment + line_ending(request.document, line);
    let mut edited = text.clone();
    edited.insert_str(at, &comment);
    let after = Note::parse("", edited, request.format);
    let title = |note: &Note| note.title.as_ref().map(|t| t.text.clone());
    let issues = |note: &Note| note.front_matter.as_ref().map(|fm| fm.issues.len());
    if title(&before) != title(&after) || issues(&before) != issues(&after) {
        return None;
    }
    Some(edit(request, at..at, comment))
}

/// The line ending of `line`; for a last line without one, the ending of
/// the line before, else `\n`.
fn line_ending(document: &Document, line: usize) -> &'static str {
    let text = &document.text;
    let index = &document.line_index;
    let ending_of = |line: usize| {
        let end = index.line_range(text, line).end;
        let rest = &text.as_bytes()[end..];
        match rest {
            [b'\r', b'\n', ..] => Some("\r\n"),
            [b'\r', ..] => Some("\r"),
            [b'\n', ..] => Some("\n"),
            _ => None,
        }
    };
    ending_of(line)
        .or_else(|| line.checked_sub(1).and_then(ending_of))
        .unwrap_or("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quick_fix_filter() {
        assert!(wants_quick_fixes(None));
        assert!(wants_quick_fixes(Some(&[CodeActionKind::QUICKFIX])));
        assert!(wants_quick_fixes(Some(&[CodeActionKind::EMPTY])));
        assert!(!wants_quick_fixes(Some(&[CodeActionKind::SOURCE])));
        assert!(!wants_quick_fixes(Some(&[CodeActionKind::from("quick")])));
    }

    #[test]
    fn directive_line_rules_are_found() {
        let line = "<!-- xhslint-disable-next-line absolute-claim, off-platform -->";
        let end = next_line_rules_end(line, 0..line.len(), None).expect("found");
        assert_eq!(
            &line[..end],
            "<!-- xhslint-disable-next-line absolute-claim, off-platform"
        );
        let inline = "正文 <!-- xhslint-disable-next-line off-platform -->";
        assert_eq!(next_line_rules_end(inline, 0..inline.len(), None), None);
        let yaml =
            "---\n  # xhslint-disable-next-line absolute-claim -- 已核验\ntitle: 精华\n---\n";
        let line = 4..yaml.find("\ntitle").expect("line");
        let end = next_line_rules_end(yaml, line, Some(0..yaml.len())).expect("found");
        assert_eq!(&yaml[end - "absolute-claim".len()..end], "absolute-claim");
    }
}
