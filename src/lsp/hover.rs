//! Hover over a finding: what is wrong there, and the rule's explanation.

use lsp_types::{Hover, HoverContents, MarkupContent, MarkupKind};

use super::documents::Document;
use super::position::PositionEncoding;
use crate::diagnostic::Diagnostic;
use crate::rules;

/// The hover for the findings under byte `offset`, `None` when there are
/// none.
pub fn hover(
    document: &Document,
    findings: &[Diagnostic],
    offset: usize,
    encoding: PositionEncoding,
) -> Option<Hover> {
    let under: Vec<&Diagnostic> = findings
        .iter()
        .filter(|f| f.span.contains(&offset) || (f.span.is_empty() && f.span.start == offset))
        .collect();
    let first = under.first()?;
    let mut sections = Vec::new();
    let mut explained: Vec<&str> = Vec::new();
    for finding in &under {
        let mut section = format!(
            "**{}** ({}): {}",
            finding.rule, finding.severity, finding.message
        );
        for related in &finding.related {
            let place = related
                .span
                .as_ref()
                .map(|span| {
                    let line = document.positions(encoding).range(span.clone()).start.line + 1;
                    format!(" (line {line})")
                })
                .unwrap_or_default();
            section.push_str(&format!("\n\n= note: {}{place}", related.message));
        }
        sections.push(section);
        if explained.contains(&finding.rule) {
            continue;
        }
        explained.push(finding.rule);
        if let Some(rule) = rules::find(finding.rule) {
            sections.push(rule.meta().doc_markdown());
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
