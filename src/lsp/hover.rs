//! Hover over a finding: what is wrong there, and the rule's explanation.

use lsp_types::{Hover, HoverContents, MarkupContent, MarkupKind};

use super::documents::Document;
use super::position::PositionEncoding;
use crate::diagnostic::{Diagnostic, Severity};
use crate::i18n::Lang;
use crate::msg;
use crate::rules;

/// The hover for the findings under byte `offset`, `None` when there are
/// none.
pub fn hover(
    document: &Document,
    findings: &[Diagnostic],
    offset: usize,
    encoding: PositionEncoding,
    lang: Lang,
) -> Option<Hover> {
    let under: Vec<&Diagnostic> = findings
        .iter()
        .filter(|f| f.span.contains(&offset) || (f.span.is_empty() && f.span.start == offset))
        .collect();
    let first = under.first()?;
    let mut sections = Vec::new();
    let mut explained: Vec<&str> = Vec::new();
    for finding in &under {
        let mut section = msg!(
            "lsp-hover-finding",
            rule = finding.rule,
            severity = severity_name(lang, finding.severity),
            message = &finding.message
        )
        .render(lang);
        for related in &finding.related {
            let place = related
                .span
                .as_ref()
                .map(|span| {
                    let line = document.positions(encoding).range(span.clone()).start.line + 1;
                    msg!("human-line", line = line.to_string()).render(lang)
                })
                .unwrap_or_default();
            section.push_str("\n\n= ");
            section.push_str(
                &msg!("human-note", message = &related.message, place = place).render(lang),
            );
        }
        sections.push(section);
        if explained.contains(&finding.rule) {
            continue;
        }
        explained.push(finding.rule);
        if let Some(rule) = rules::find(finding.rule) {
            sections.push(match lang {
                Lang::En => rule.meta().doc_markdown(),
                Lang::Zh => crate::rule_docs::body_in(rule.meta(), lang),
            });
        }
    }
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: sections.join("\n\n---\n\n"),
        }),
        range: Some(document.positions(encoding).range(first.span.clone())),
    })
}

/// `warning`, `警告`: the severity's name in `lang`.
fn severity_name(lang: Lang, severity: Severity) -> String {
    let id = match severity {
        Severity::Error => "human-error",
        Severity::Warning => "human-warning",
        Severity::Info => "human-info",
    };
    crate::i18n::text(lang, id)
}
