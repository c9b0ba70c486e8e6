//! Regex patterns as rule data: a regex (with `{NUM}` for a number in any
//! form), optional neighbours that veto a match, and an optional
//! `(?P<span>…)` group that narrows what is reported.

use std::ops::Range;

use regex::{Captures, Regex};
use serde::Deserialize;

use crate::text::numbers::NUMBER_PATTERN;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PatternSpec {
    pub regex: String,
    /// A match directly followed by one of these is not a match.
    #[serde(default)]
    pub not_followed_by: Vec<String>,
    /// A match directly preceded by one of these is not a match.
    #[serde(default)]
    pub not_preceded_by: Vec<String>,
    /// A short label used in messages.
    #[serde(default)]
    pub label: Option<String>,
    /// A suggested rewrite.
    #[serde(default)]
    pub replacement: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Pattern {
    pub spec: PatternSpec,
    regex: Regex,
}

impl Pattern {
    pub fn compile(spec: PatternSpec) -> Result<Pattern, regex::Error> {
        let source = spec.regex.replace("{NUM}", NUMBER_PATTERN);
        let regex = Regex::new(&source)?;
        Ok(Pattern { spec, regex })
    }

    /// The reported ranges of every accepted match in `text`.
    pub fn find_iter<'t>(&'t self, text: &'t str) -> impl Iterator<Item = Range<usize>> + 't {
        self.accepted(text).filter_map(|caps| {
            let reported = caps.name("span").or_else(|| caps.get(0))?;
            (!reported.is_empty()).then(|| reported.range())
        })
    }

    /// The captures of every match in `text` that no neighbour vetoes, for
    /// callers that read named groups (numbers, units).
    pub fn accepted<'t>(&'t self, text: &'t str) -> impl Iterator<Item = Captures<'t>> + 't {
        self.regex.captures_iter(text).filter(move |caps| {
            let Some(whole) = caps.get(0) else {
                return false;
            };
            let after = &text[whole.end()..];
            let before = &text[..whole.start()];
            !(self
                .spec
                .not_followed_by
                .iter()
                .any(|s| after.starts_with(s.as_str()))
                || self
                    .spec
                    .not_preceded_by
                    .iter()
                    .any(|s| before.ends_with(s.as_str())))
        })
    }

    /// Whether the regex has a group called `name`.
    pub fn has_group(&self, name: &str) -> bool {
        self.regex.capture_names().flatten().any(|n| n == name)
    }

    /// The named group `name` of the first accepted match overlapping `range`.
    pub fn group<'t>(&self, text: &'t str, range: &Range<usize>, name: &str) -> Option<&'t str> {
        self.regex
            .captures_iter(text)
            .find(|c| {
                c.get(0)
                    .is_some_and(|m| m.start() <= range.start && range.end <= m.end())
            })
            .and_then(|c| c.name(name))
            .map(|m| m.as_str())
    }
}

/// Compiles a list of pattern specs, failing on the first invalid regex.
pub fn compile_all(specs: &[PatternSpec]) -> Result<Vec<Pattern>, String> {
    specs
        .iter()
        .map(|spec| Pattern::compile(spec.clone()).map_err(|e| format!("`{}`: {e}", spec.regex)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(regex: &str) -> PatternSpec {
        PatternSpec {
            regex: regex.to_string(),
            not_followed_by: vec!["叠".to_string()],
            not_preceded_by: vec![],
            label: None,
            replacement: None,
        }
    }

    #[test]
    fn number_placeholder_and_vetoes() {
        let pattern = Pattern::compile(spec("{NUM}折")).expect("valid");
        let text = "全场5折，五折，3折叠伞";
        let found: Vec<&str> = pattern.find_iter(text).map(|r| &text[r]).collect();
        assert_eq!(found, ["5折", "五折"]);
    }

    #[test]
    fn span_group_narrows_the_report() {
        let pattern = Pattern::compile(spec("加(?P<span>vx)")).expect("valid");
        let text = "加vx";
        let found: Vec<&str> = pattern.find_iter(text).map(|r| &text[r]).collect();
        assert_eq!(found, ["vx"]);
    }
}
