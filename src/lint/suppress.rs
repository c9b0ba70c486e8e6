//! Inline suppression: `<!-- xhslint-disable-next-line RULE, RULE -->`,
//! `<!-- xhslint-disable RULE -->` … `<!-- xhslint-enable RULE -->`,
//! `<!-- xhslint-disable -->` for every rule, and front matter
//! `xhslint.disable`.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::prepared::PreparedNote;
use crate::diagnostic::Diagnostic;

static DIRECTIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"<!--\s*xhslint-(disable-next-line|disable|enable)\b([^>]*?)\s*-->")
        .expect("valid directive regex")
});

/// Which rules a directive names; empty means all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directive {
    pub kind: DirectiveKind,
    pub rules: Vec<String>,
    /// The comment's span in the source.
    pub span: Range<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DirectiveKind {
    DisableNextLine,
    Disable,
    Enable,
}

/// The directives in `source`, in order.
pub fn directives(source: &str) -> Vec<Directive> {
    DIRECTIVE
        .captures_iter(source)
        .filter_map(|caps| {
            let whole = caps.get(0)?;
            let kind = match caps.get(1)?.as_str() {
                "disable-next-line" => DirectiveKind::DisableNextLine,
                "disable" => DirectiveKind::Disable,
                _ => DirectiveKind::Enable,
            };
            let rules = caps
                .get(2)
                .map(|m| {
                    m.as_str()
                        .split([',', ' ', '\t', '，'])
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default();
            Some(Directive {
                kind,
                rules,
                span: whole.range(),
            })
        })
        .collect()
}

fn names(rules: &[String], rule: &str) -> bool {
    rules.is_empty() || rules.iter().any(|r| r == rule)
}

/// Drops the findings that a directive or the front matter switches off.
pub fn apply(note: &PreparedNote, diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let source = &note.note.source;
    let index = &note.line_index;
    let disabled: Vec<&str> = note
        .note
        .front_matter
        .iter()
        .flat_map(|fm| fm.disable.iter().map(|d| d.value.as_str()))
        .collect();
    let directives = directives(source);
    diagnostics
        .into_iter()
        .filter(|d| {
            if disabled.contains(&d.rule) {
                return false;
            }
            let line = index.line_of(d.span.start);
            let mut active = false;
            for directive in &directives {
                match directive.kind {
                    DirectiveKind::DisableNextLine => {
                        let end_line = index.line_of(directive.span.end);
                        if line == end_line + 1 && names(&directive.rules, d.rule) {
                            return false;
                        }
                    }
                    DirectiveKind::Disable
                        if directive.span.end <= d.span.start
                            && names(&directive.rules, d.rule) =>
                    {
                        active = true;
                    }
                    DirectiveKind::Enable
                        if directive.span.end <= d.span.start
                            && names(&directive.rules, d.rule) =>
                    {
                        active = false;
                    }
                    _ => {}
                }
            }
            !active
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_directives() {
        let source = "<!-- xhslint-disable-next-line absolute-claim, pressure-phrase -->\n<!--xhslint-disable-->\n<!-- xhslint-enable off-platform -->";
        let found = directives(source);
        assert_eq!(found.len(), 3);
        assert_eq!(found[0].kind, DirectiveKind::DisableNextLine);
        assert_eq!(found[0].rules, ["absolute-claim", "pressure-phrase"]);
        assert_eq!(found[1].kind, DirectiveKind::Disable);
        assert!(found[1].rules.is_empty());
        assert_eq!(found[2].rules, ["off-platform"]);
    }
}
