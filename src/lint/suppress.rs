//! Inline suppression, and the findings about suppressions themselves.
//!
//! In the copy, HTML comments: `<!-- xhslint-disable-next-line RULE, RULE -->`,
//! `<!-- xhslint-disable RULE -->` … `<!-- xhslint-enable RULE -->`, and the
//! same without rules for every rule. Inside the front matter, where an HTML
//! comment is not YAML, the same directives as whole-line YAML comments
//! (`# xhslint-disable-next-line absolute-claim` above a `title:` line).
//! And front matter `xhslint.disable: [RULE]` for the whole Note. A reason
//! may follow ` -- `.
//!
//! A suppression that suppresses nothing is reported as
//! `unused-suppression`; an unknown rule or directive as
//! `invalid-suppression`. Suppressions naming those two rules, or a rule
//! the config switches off, are never reported unused: there is nothing
//! to judge them by.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::diagnostic::{Applicability, Diagnostic, Edit, Suggestion};
use crate::i18n::{Arg, Join, Msg};
use crate::input::front_matter::FrontMatter;
use crate::input::note::Note;
use crate::model::prepared::PreparedNote;
use crate::msg;
use crate::rules;
use crate::text::LineIndex;

/// The rule id of findings about suppressions that suppress nothing.
pub const UNUSED: &str = "unused-suppression";
/// The rule id of findings about suppressions naming an unknown rule.
pub const INVALID: &str = "invalid-suppression";

static HTML: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"<!--[ \t]*xhslint-([A-Za-z-]*)([^\r\n]*?)-->").expect("valid directive regex")
});
static YAML: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?mR)^[ \t]*(#[ \t]*xhslint-([A-Za-z-]+)([^\r\n]*))").expect("valid regex")
});

/// One suppression comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directive {
    pub kind: DirectiveKind,
    /// The rules it names, in order; empty means every rule.
    pub rules: Vec<RuleName>,
    /// The comment's span in the source.
    pub span: Range<usize>,
    pub syntax: Syntax,
}

/// A rule id written in a suppression, with where it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleName {
    pub id: String,
    pub span: Range<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DirectiveKind {
    DisableNextLine,
    Disable,
    Enable,
    /// `xhslint-` followed by something else, e.g. `xhslint-disable-line`.
    Unknown(String),
}

/// How a directive is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    /// `<!-- … -->` in the copy.
    Html,
    /// `# …` inside the front matter.
    Yaml,
}

impl DirectiveKind {
    fn parse(word: &str) -> DirectiveKind {
        match word.trim_end_matches('-') {
            "disable-next-line" => DirectiveKind::DisableNextLine,
            "disable" => DirectiveKind::Disable,
            "enable" => DirectiveKind::Enable,
            other => DirectiveKind::Unknown(other.to_string()),
        }
    }

    fn name(&self) -> String {
        match self {
            DirectiveKind::DisableNextLine => "xhslint-disable-next-line".to_string(),
            DirectiveKind::Disable => "xhslint-disable".to_string(),
            DirectiveKind::Enable => "xhslint-enable".to_string(),
            DirectiveKind::Unknown(word) => format!("xhslint-{word}"),
        }
    }
}

/// The directives in `source`, in order: HTML comments outside the front
/// matter block, YAML comments inside it.
pub fn directives(source: &str, front_matter: Option<Range<usize>>) -> Vec<Directive> {
    // Both kinds of directive spell `xhslint-`; most Notes have none, and
    // the scan costs less than building the regexes.
    if memchr::memmem::find(source.as_bytes(), b"xhslint-").is_none() {
        return Vec::new();
    }
    let inside = |at: usize| front_matter.as_ref().is_some_and(|fm| fm.contains(&at));
    let mut found: Vec<Directive> = HTML
        .captures_iter(source)
        .filter_map(|caps| {
            let whole = caps.get(0)?;
            if inside(whole.start()) {
                return None;
            }
            let (kind, rules) = (caps.get(1)?, caps.get(2)?);
            Some(Directive {
                kind: DirectiveKind::parse(kind.as_str()),
                rules: rule_names(source, rules.range()),
                span: whole.range(),
                syntax: Syntax::Html,
            })
        })
        .collect();
    if let Some(block) = &front_matter {
        let yaml = &source[block.clone()];
        found.extend(YAML.captures_iter(yaml).filter_map(|caps| {
            let comment = caps.get(1)?;
            let (kind, rules) = (caps.get(2)?, caps.get(3)?);
            let rules_range = block.start + rules.start()..block.start + rules.end();
            let end = block.start + comment.start() + comment.as_str().trim_end().len();
            Some(Directive {
                kind: DirectiveKind::parse(kind.as_str()),
                rules: rule_names(source, rules_range),
                span: block.start + comment.start()..end,
                syntax: Syntax::Yaml,
            })
        }));
    }
    found.sort_by_key(|d| d.span.start);
    found
}

/// The rule ids in `range` of `source`, up to a ` -- reason`.
fn rule_names(source: &str, range: Range<usize>) -> Vec<RuleName> {
    let text = &source[range.clone()];
    let listed = match text.find(" --") {
        Some(reason) => &text[..reason],
        None => text,
    };
    let mut names = Vec::new();
    let mut offset = 0;
    for piece in listed.split_inclusive([',', '，', ' ', '\t']) {
        let id = piece.trim_end_matches([',', '，', ' ', '\t']);
        if !id.is_empty() {
            let start = range.start + offset;
            names.push(RuleName {
                id: id.to_string(),
                span: start..start + id.len(),
            });
        }
        offset += piece.len();
    }
    names
}

/// A `xhslint.disable` entry of the front matter, with its own span.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Switch {
    id: String,
    span: Range<usize>,
}

/// Narrows each `xhslint.disable` entry to where its id is written (the
/// front matter records the whole value).
fn switches(source: &str, front_matter: &FrontMatter) -> Vec<Switch> {
    let mut claimed: Vec<usize> = Vec::new();
    front_matter
        .disable
        .iter()
        .map(|entry| {
            let from = entry.span.start.min(front_matter.block.end);
            let area = source.get(from..front_matter.block.end).unwrap_or_default();
            let found = area
                .match_indices(entry.value.as_str())
                .map(|(i, _)| from + i)
                .find(|at| !claimed.contains(at));
            let span = match found {
                Some(at) => {
                    claimed.push(at);
                    at..at + entry.value.len()
                }
                None => entry.span.clone(),
            };
            Switch {
                id: entry.value.clone(),
                span,
            }
        })
        .collect()
}

fn names(rules: &[RuleName], rule: &str) -> bool {
    rules.is_empty() || rules.iter().any(|r| r.id == rule)
}

/// Which suppressions took effect.
struct Usage {
    /// Per directive: one flag per named rule, or one for "every rule".
    directives: Vec<Vec<bool>>,
    switches: Vec<bool>,
}

impl Usage {
    fn mark(&mut self, directive: usize, rules: &[RuleName], rule: &str) {
        let flags = &mut self.directives[directive];
        if rules.is_empty() {
            flags[0] = true;
        }
        for (i, name) in rules.iter().enumerate() {
            if name.id == rule {
                flags[i] = true;
            }
        }
    }
}

/// Drops the findings that a suppression switches off, and adds the
/// findings about suppressions that suppress nothing or name no rule.
pub fn apply(note: &PreparedNote, diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let source = &note.note.source;
    let front_matter = note.note.front_matter.as_ref();
    let directives = directives(source, front_matter.map(|fm| fm.block.clone()));
    let switches = front_matter
        .map(|fm| switches(source, fm))
        .unwrap_or_default();
    // Lines matter only to comment directives; most Notes have none, and
    // their line index is never built.
    let line_of = |offset: usize| note.line_index().line_of(offset);
    let (mut kept, usage) = filter(&directives, &switches, line_of, diagnostics);

    let mut about = Vec::new();
    invalid(note, &directives, &switches, &mut about);
    unused(note, &directives, &switches, &usage, &mut about);
    // Only the front matter switches apply to findings about suppressions:
    // a comment cannot sensibly suppress the finding about itself.
    about.retain(|d| !switches.iter().any(|s| s.id == d.rule));
    kept.extend(about);
    kept
}

/// Drops the findings that a suppression switches off, and nothing more:
/// for the findings of a whole run (`lint::run_rules`), whose suppressions
/// the Note's own pass has already judged.
pub fn apply_to(note: &Note, index: &LineIndex, diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let front_matter = note.front_matter.as_ref();
    let directives = directives(&note.source, front_matter.map(|fm| fm.block.clone()));
    let switches = front_matter
        .map(|fm| switches(&note.source, fm))
        .unwrap_or_default();
    filter(
        &directives,
        &switches,
        |offset| index.line_of(offset),
        diagnostics,
    )
    .0
}

/// The findings no suppression switches off, and which suppressions did.
fn filter(
    directives: &[Directive],
    switches: &[Switch],
    line_of: impl Fn(usize) -> usize,
    diagnostics: Vec<Diagnostic>,
) -> (Vec<Diagnostic>, Usage) {
    let mut usage = Usage {
        directives: directives
            .iter()
            .map(|d| vec![false; d.rules.len().max(1)])
            .collect(),
        switches: vec![false; switches.len()],
    };
    let mut kept = Vec::with_capacity(diagnostics.len());
    for diagnostic in diagnostics {
        let rule = diagnostic.rule;
        let mut suppressed = false;
        for (i, switch) in switches.iter().enumerate() {
            if switch.id == rule {
                usage.switches[i] = true;
                suppressed = true;
            }
        }
        let line = || line_of(diagnostic.span.start);
        let mut holder: Option<usize> = None;
        for (i, directive) in directives.iter().enumerate() {
            if !names(&directive.rules, rule) {
                continue;
            }
            match directive.kind {
                DirectiveKind::DisableNextLine if line_of(directive.span.end) + 1 == line() => {
                    usage.mark(i, &directive.rules, rule);
                    suppressed = true;
                }
                DirectiveKind::Disable if directive.span.end <= diagnostic.span.start => {
                    holder = Some(i);
                }
                DirectiveKind::Enable if directive.span.end <= diagnostic.span.start => {
                    holder = None;
                }
                _ => {}
            }
        }
        if let Some(i) = holder {
            usage.mark(i, &directives[i].rules, rule);
            suppressed = true;
        }
        if !suppressed {
            kept.push(diagnostic);
        }
    }
    (kept, usage)
}

/// Whether an unused suppression of `id` is worth reporting.
fn judged(note: &PreparedNote, id: &str) -> bool {
    // A rule over the whole run reports after this Note's pass, so whether
    // its suppression is used cannot be told here.
    rules::find(id).is_some_and(|rule| {
        rule.kind() == rules::RuleKind::Note && note.settings.severity(rule.meta()).is_some()
    })
}

fn severity_of(note: &PreparedNote, id: &str) -> Option<crate::diagnostic::Severity> {
    rules::find(id).and_then(|rule| note.settings.severity(rule.meta()))
}

fn invalid(
    note: &PreparedNote,
    directives: &[Directive],
    switches: &[Switch],
    out: &mut Vec<Diagnostic>,
) {
    let Some(severity) = severity_of(note, INVALID) else {
        return;
    };
    let ids = rules::ids();
    let unknown_rule = |name: &str, span: Range<usize>, place: Msg| {
        let mut diagnostic = Diagnostic::new(
            INVALID,
            span,
            msg!("suppress-unknown-rule", name = name, place = place),
        );
        if let Some(close) = crate::config::did_you_mean(name, &ids) {
            diagnostic = diagnostic.with_suggestion(
                msg!("suppress-did-you-mean"),
                Some(close.to_string()),
                Applicability::MaybeIncorrect,
            );
        }
        diagnostic.severity = severity;
        diagnostic
    };
    for directive in directives {
        if let DirectiveKind::Unknown(_) = directive.kind {
            let mut diagnostic = Diagnostic::new(
                INVALID,
                directive.span.clone(),
                msg!("suppress-unknown-directive", name = directive.kind.name()),
            );
            diagnostic.severity = severity;
            out.push(diagnostic);
            continue;
        }
        for name in &directive.rules {
            if rules::find(&name.id).is_none() {
                out.push(unknown_rule(
                    &name.id,
                    name.span.clone(),
                    msg!("suppress-place-comment"),
                ));
            }
        }
    }
    for switch in switches {
        if rules::find(&switch.id).is_none() {
            out.push(unknown_rule(
                &switch.id,
                switch.span.clone(),
                msg!("suppress-place-switch"),
            ));
        }
    }
}

fn unused(
    note: &PreparedNote,
    directives: &[Directive],
    switches: &[Switch],
    usage: &Usage,
    out: &mut Vec<Diagnostic>,
) {
    let Some(severity) = severity_of(note, UNUSED) else {
        return;
    };
    for (directive, used) in directives.iter().zip(&usage.directives) {
        if !matches!(
            directive.kind,
            DirectiveKind::DisableNextLine | DirectiveKind::Disable
        ) {
            continue;
        }
        let what = directive.kind.name();
        let mut diagnostic = if directive.rules.is_empty() {
            if used[0] {
                continue;
            }
            Diagnostic::new(
                UNUSED,
                directive.span.clone(),
                msg!("suppress-unused", what = what),
            )
            .with_fix(remove_comment(note, directive))
        } else {
            let idle: Vec<&RuleName> = directive
                .rules
                .iter()
                .zip(used)
                .filter(|(name, used)| !**used && judged(note, &name.id))
                .map(|(name, _)| name)
                .collect();
            if idle.is_empty() {
                continue;
            }
            let listed = Arg::list(idle.iter().map(|n| format!("`{}`", n.id)), Join::Comma);
            let remaining: Vec<&RuleName> = directive
                .rules
                .iter()
                .filter(|n| !idle.iter().any(|i| i.span == n.span))
                .collect();
            if remaining.is_empty() {
                Diagnostic::new(
                    UNUSED,
                    directive.span.clone(),
                    msg!("suppress-unused-rules", what = what, listed = listed),
                )
                .with_fix(remove_comment(note, directive))
            } else {
                Diagnostic::new(
                    UNUSED,
                    idle[0].span.start..idle[idle.len() - 1].span.end,
                    msg!("suppress-unused-some", what = what, listed = listed),
                )
                .with_fix(rewrite_comment(note, directive, &remaining))
            }
        };
        diagnostic.severity = severity;
        out.push(diagnostic);
    }
    for (switch, used) in switches.iter().zip(&usage.switches) {
        if *used || !judged(note, &switch.id) {
            continue;
        }
        let mut diagnostic = Diagnostic::new(
            UNUSED,
            switch.span.clone(),
            msg!("suppress-unused-switch", id = &switch.id),
        )
        .with_suggestion(
            msg!("suppress-remove-switch", id = &switch.id),
            None,
            Applicability::HasPlaceholders,
        );
        diagnostic.severity = severity;
        out.push(diagnostic);
    }
}

trait WithFix {
    fn with_fix(self, fix: Suggestion) -> Self;
}

impl WithFix for Diagnostic {
    fn with_fix(mut self, fix: Suggestion) -> Self {
        self.suggestions.push(fix);
        self
    }
}

/// Removes a comment: its whole line when it stands alone on it.
fn remove_comment(note: &PreparedNote, directive: &Directive) -> Suggestion {
    let source = &note.note.source;
    let span = &directive.span;
    let line_start = source[..span.start]
        .rfind(['\n', '\r'])
        .map_or(0, |i| i + 1);
    let line_end = source[span.end..]
        .find(['\n', '\r'])
        .map_or(source.len(), |i| span.end + i);
    let alone = source[line_start..span.start].trim().is_empty()
        && source[span.end..line_end].trim().is_empty();
    let removed = if alone {
        let rest = &source[line_end..];
        let ending = if rest.starts_with("\r\n") {
            2
        } else if rest.starts_with(['\n', '\r']) {
            1
        } else {
            0
        };
        line_start..line_end + ending
    } else {
        span.clone()
    };
    Suggestion::new(
        msg!("suppress-remove-comment"),
        vec![Edit::new(removed, "")],
        Applicability::MachineApplicable,
    )
}

/// The comment naming only `keep`.
fn rewrite_comment(note: &PreparedNote, directive: &Directive, keep: &[&RuleName]) -> Suggestion {
    let listed = keep
        .iter()
        .map(|n| n.id.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let text = &note.note.source[directive.span.clone()];
    let reason = text
        .find(" --")
        .map_or("", |i| text[i..].trim_end_matches("-->").trim_end());
    let replacement = match directive.syntax {
        Syntax::Html => format!("<!-- {} {listed}{reason} -->", directive.kind.name()),
        Syntax::Yaml => format!("# {} {listed}{reason}", directive.kind.name()),
    };
    Suggestion::new(
        msg!("suppress-keep-rules"),
        vec![Edit::new(directive.span.clone(), replacement)],
        Applicability::MachineApplicable,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_directives() {
        let source = "<!-- xhslint-disable-next-line absolute-claim, pressure-phrase -->\n<!--xhslint-disable-->\n<!-- xhslint-enable off-platform -- checked by legal -->";
        let found = directives(source, None);
        assert_eq!(found.len(), 3);
        assert_eq!(found[0].kind, DirectiveKind::DisableNextLine);
        let ids: Vec<&str> = found[0].rules.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["absolute-claim", "pressure-phrase"]);
        assert_eq!(&source[found[0].rules[1].span.clone()], "pressure-phrase");
        assert_eq!(found[1].kind, DirectiveKind::Disable);
        assert!(found[1].rules.is_empty());
        assert_eq!(found[2].kind, DirectiveKind::Enable);
        assert_eq!(found[2].rules.len(), 1);
        assert_eq!(found[2].rules[0].id, "off-platform");
    }

    #[test]
    fn yaml_comments_count_only_inside_the_front_matter() {
        let source = "---\n# xhslint-disable-next-line absolute-claim\r\ntitle: 全网最低价\n---\n# xhslint-disable pressure-phrase\n<!-- xhslint-enable -->";
        let block = 0..source.find("\n---\n").map_or(0, |i| i + 5);
        let found = directives(source, Some(block));
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].syntax, Syntax::Yaml);
        assert_eq!(
            &source[found[0].span.clone()],
            "# xhslint-disable-next-line absolute-claim"
        );
        assert_eq!(found[1].syntax, Syntax::Html);
    }

    #[test]
    fn an_unknown_directive_is_kept_as_unknown() {
        let found = directives("<!-- xhslint-disable-line absolute-claim -->", None);
        assert_eq!(
            found[0].kind,
            DirectiveKind::Unknown("disable-line".to_string())
        );
    }
}
