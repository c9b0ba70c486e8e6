//! Regex patterns as rule data: a regex (with `{NUM}` for a number in any
//! form), optional neighbours that veto a match, and an optional
//! `(?P<span>…)` group that narrows what is reported.

mod analysis;
mod required;

use std::ops::Range;
use std::sync::OnceLock;

use regex_automata::dfa::{self, sparse};
use regex_automata::meta::{self, Regex};
use serde::Deserialize;

use crate::text::fingerprint::Probe;
pub use crate::text::fingerprint::{Build, Haystack};
use crate::text::numbers::NUMBER_PATTERN;
pub use analysis::{Analysis, analyze};

/// A built-in regex as `build.rs` analysed it: its source, required
/// literal sets, group names, the fingerprint probes of each set, and
/// where its DFAs are in [`BUILTIN_DFAS`] (start, forward and reverse
/// lengths) when it has them.
type BuiltinRegex = (
    &'static str,
    &'static [&'static [&'static str]],
    &'static [&'static str],
    &'static [&'static [Probe]],
    Option<(usize, usize, usize)>,
);

/// Every regex of the built-in rule data, sorted by source.
static BUILTIN: &[BuiltinRegex] = include!(concat!(env!("OUT_DIR"), "/builtin_regexes.rs"));

/// The serialized sparse DFAs of the built-in regexes that have them
/// (`build/regex_dfas.rs`).
static BUILTIN_DFAS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin_regex_dfas.bin"));

/// A regex as the DFAs build.rs made of it, read in place.
type DfaRegex = dfa::regex::Regex<sparse::DFA<&'static [u8]>>;

fn builtin(source: &str) -> Option<&'static BuiltinRegex> {
    let index = BUILTIN
        .binary_search_by(|(built_in, ..)| (*built_in).cmp(source))
        .ok()?;
    BUILTIN.get(index)
}

/// The build-time analysis of a built-in regex; `None` for any other.
pub fn builtin_analysis(source: &str) -> Option<Analysis> {
    let (_, required, group_names, ..) = builtin(source)?;
    let strings = |list: &[&str]| list.iter().map(|s| s.to_string()).collect();
    Some(Analysis {
        required: required.iter().map(|set| strings(set)).collect(),
        group_names: strings(group_names),
    })
}

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

/// The fingerprint probes of each required literal set.
fn probes(required: &[Vec<String>]) -> Vec<Vec<Probe>> {
    required
        .iter()
        .map(|set| {
            set.iter()
                .filter_map(|literal| Probe::new(literal))
                .collect()
        })
        .collect()
}

/// The bytes of the forward and reverse DFAs stored for a built-in regex.
pub fn builtin_dfa_bytes(source: &str) -> Option<(&'static [u8], &'static [u8])> {
    builtin(source).and_then(dfa_bytes)
}

fn dfa_bytes((.., stored): &'static BuiltinRegex) -> Option<(&'static [u8], &'static [u8])> {
    let (start, forward, reverse) = (*stored)?;
    let middle = start + forward;
    Some((
        BUILTIN_DFAS.get(start..middle)?,
        BUILTIN_DFAS.get(middle..middle + reverse)?,
    ))
}

/// The regex searched with its stored DFAs; `None` when they do not load
/// (a big-endian target reads the little-endian header as invalid), which
/// leaves the regex to be compiled.
fn load_dfas((forward, reverse): (&'static [u8], &'static [u8])) -> Option<Box<DfaRegex>> {
    // SAFETY: the bytes are what `to_bytes_little_endian` wrote in build.rs
    // with this same regex-automata, which meets `from_bytes_unchecked`'s
    // contract; the header, endianness included, is still checked. The test
    // `the_stored_dfas_are_what_the_builder_makes_now` runs the full
    // validation of `from_bytes` on every stored DFA. Validating here would
    // cost more than a third of what compiling the regex does.
    let (forward, _) = unsafe { sparse::DFA::from_bytes_unchecked(forward) }.ok()?;
    let (reverse, _) = unsafe { sparse::DFA::from_bytes_unchecked(reverse) }.ok()?;
    Some(Box::new(
        dfa::regex::Regex::builder().build_from_dfas(forward, reverse),
    ))
}

/// A regex built the first time a text could match it. Most patterns need
/// words most Notes lack (`私信`, `淘宝`, `限量`), and a regex costs far more
/// to build than to skip, so a run builds only the regexes its Notes call
/// for, and runs a regex only on texts holding the literals it requires.
/// A quick run does not build a built-in regex at all when build.rs stored
/// DFAs of it: it loads them, and compiles a regex with named groups only
/// for the captures of a match the DFAs found.
#[derive(Debug, Clone)]
pub struct GatedRegex {
    source: String,
    /// A text the regex can match holds a literal of each set.
    required: Vec<Vec<Probe>>,
    group_names: Vec<String>,
    /// The stored DFAs' bytes, for a built-in regex that has them.
    stored: Option<(&'static [u8], &'static [u8])>,
    /// The stored DFAs, loaded: what [`Build::Quick`] searches with when
    /// there are some. Boxed, as a DFA regex is larger than the rest of the
    /// struct, and the rule data moves many unloaded ones.
    loaded: OnceLock<Option<Box<DfaRegex>>>,
    /// For a regex with named groups searched with its DFAs: the regex
    /// that reads the groups of a match they found.
    capturer: OnceLock<Option<Regex>>,
    /// The regex as [`Build::Quick`] and as [`Build::Tuned`] make it.
    quick: OnceLock<Option<Regex>>,
    tuned: OnceLock<Option<Regex>>,
}

/// A gated regex ready to search: its stored DFAs or a compiled regex.
#[derive(Debug, Clone, Copy)]
pub enum Searcher<'r> {
    Stored(&'r GatedRegex, &'r DfaRegex),
    Compiled(&'r Regex),
}

impl<'r> Searcher<'r> {
    pub fn is_match(self, text: &str) -> bool {
        match self {
            Searcher::Stored(_, regex) => regex.is_match(text),
            Searcher::Compiled(regex) => regex.is_match(text),
        }
    }

    /// The ranges of every match, leftmost-first, as `regex` finds them.
    pub fn find_iter<'t>(self, text: &'t str) -> impl Iterator<Item = Range<usize>> + use<'r, 't> {
        let (stored, compiled) = match self {
            Searcher::Stored(_, regex) => (Some(regex.find_iter(text)), None),
            Searcher::Compiled(regex) => (None, Some(regex.find_iter(text))),
        };
        let stored = stored.into_iter().flatten().map(|found| found.range());
        let compiled = compiled.into_iter().flatten().map(|found| found.range());
        stored.chain(compiled)
    }

    /// Every match with its groups.
    pub fn captures_iter<'t>(self, text: &'t str) -> Matches<'r, 't> {
        match self {
            Searcher::Stored(gated, regex) => Matches::Stored {
                text,
                capturer: gated.capturer(),
                matches: regex.find_iter(text),
            },
            Searcher::Compiled(regex) => Matches::Compiled(text, regex.captures_iter(text)),
        }
    }
}

/// The matches of a [`Searcher`] in a text.
pub enum Matches<'r, 't> {
    Stored {
        text: &'t str,
        /// `None` for a regex without named groups: the whole match is all
        /// a caller reads.
        capturer: Option<&'r Regex>,
        matches: dfa::regex::FindMatches<'r, 't, sparse::DFA<&'static [u8]>>,
    },
    Compiled(&'t str, meta::CapturesMatches<'r, 't>),
}

impl<'t> Iterator for Matches<'_, 't> {
    type Item = Captures<'t>;

    fn next(&mut self) -> Option<Captures<'t>> {
        match self {
            Matches::Stored {
                text,
                capturer,
                matches,
            } => {
                let found = matches.next()?;
                let groups = match capturer {
                    Some(capturer) => {
                        // The match anchored where the DFAs found it and
                        // ending where they did: leftmost-first, the same
                        // match wins with the same groups, and look-around
                        // still sees the text on either side.
                        let input = regex_automata::Input::new(*text)
                            .span(found.span())
                            .anchored(regex_automata::Anchored::Yes);
                        let mut groups = capturer.create_captures();
                        capturer.search_captures(&input, &mut groups);
                        if groups.is_match() {
                            Groups::All(groups)
                        } else {
                            Groups::Whole(found.span())
                        }
                    }
                    None => Groups::Whole(found.span()),
                };
                Some(Captures { text, groups })
            }
            Matches::Compiled(text, matches) => matches.next().map(|groups| Captures {
                text,
                groups: Groups::All(groups),
            }),
        }
    }
}

impl GatedRegex {
    /// Analyses `source` (looked up when built in, parsed otherwise); an
    /// invalid regex is an error here, never at first use.
    pub fn new(source: &str) -> Result<GatedRegex, String> {
        let entry = builtin(source);
        let (required, group_names) = match entry {
            Some((_, _, group_names, probes, _)) => (
                probes.iter().map(|set| set.to_vec()).collect(),
                group_names.iter().map(|name| name.to_string()).collect(),
            ),
            None => {
                let analysis = analyze(source)?;
                (probes(&analysis.required), analysis.group_names)
            }
        };
        Ok(GatedRegex {
            source: source.to_string(),
            required,
            group_names,
            stored: entry.and_then(dfa_bytes),
            loaded: OnceLock::new(),
            capturer: OnceLock::new(),
            quick: OnceLock::new(),
            tuned: OnceLock::new(),
        })
    }

    /// The regex as written.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// Builds the regex now, for checking pattern data up front: a regex
    /// that parses can still exceed the compiled size limit.
    pub fn validate(&self) -> Result<(), String> {
        build_regex(&self.source, Build::Tuned).map(|_| ())
    }

    /// The regex, when the text could match it, built as the haystack
    /// says; for a fragment searched on its own, whichever is built
    /// already (the tuned one first), else a quick one.
    pub fn for_text(&self, haystack: &Haystack) -> Option<Searcher<'_>> {
        let build = haystack.build().unwrap_or_else(|| {
            if self.tuned.get().is_some() {
                Build::Tuned
            } else {
                Build::Quick
            }
        });
        self.built_for_text(haystack, build)
    }

    /// The regex built as `build` says, when the text could match it.
    pub fn built_for_text(&self, haystack: &Haystack, build: Build) -> Option<Searcher<'_>> {
        let fingerprint = haystack.fingerprint();
        if !self
            .required
            .iter()
            .all(|set| set.iter().any(|probe| fingerprint.may_contain(probe)))
        {
            return None;
        }
        if build == Build::Quick
            && let Some(stored) = self.stored
            && let Some(loaded) = self.loaded.get_or_init(|| load_dfas(stored))
        {
            return Some(Searcher::Stored(self, loaded));
        }
        let slot = match build {
            Build::Quick => &self.quick,
            Build::Tuned => &self.tuned,
        };
        // Built-in patterns are validated by the tests; a regex that failed
        // to build matches nothing rather than panicking.
        slot.get_or_init(|| build_regex(&self.source, build).ok())
            .as_ref()
            .map(Searcher::Compiled)
    }

    pub fn is_match(&self, haystack: &Haystack) -> bool {
        self.for_text(haystack)
            .is_some_and(|regex| regex.is_match(haystack.as_str()))
    }

    /// The regex that reads the named groups of a match the stored DFAs
    /// found; `None` for a regex without named groups. Built without the
    /// lazy DFA and the reverse NFA that finding matches needs.
    fn capturer(&self) -> Option<&Regex> {
        if self.group_names.is_empty() {
            return None;
        }
        self.capturer
            .get_or_init(|| {
                let config = Regex::config()
                    .auto_prefilter(false)
                    .hybrid(false)
                    .dfa(false);
                Regex::builder().configure(config).build(&self.source).ok()
            })
            .as_ref()
    }

    /// Whether the regex is searched with DFAs build.rs made, when a run
    /// builds it quick.
    pub fn has_stored_dfas(&self) -> bool {
        self.stored.is_some()
    }

    /// Whether the regex has a group called `name`.
    pub fn has_group(&self, name: &str) -> bool {
        self.group_names.iter().any(|n| n == name)
    }
}

/// A pattern of a rule: its data and its regex.
#[derive(Debug, Clone)]
pub struct Pattern {
    pub spec: PatternSpec,
    regex: GatedRegex,
}

impl Pattern {
    /// Parses a pattern, `{NUM}` expanded; an invalid regex is an error.
    pub fn compile(spec: PatternSpec) -> Result<Pattern, String> {
        let regex = GatedRegex::new(&spec.regex.replace("{NUM}", NUMBER_PATTERN))?;
        Ok(Pattern { spec, regex })
    }

    /// Builds the regex now (see [`GatedRegex::validate`]).
    pub fn validate(&self) -> Result<(), String> {
        self.regex.validate()
    }

    /// The reported ranges of every accepted match in the text.
    pub fn find_iter<'t>(
        &'t self,
        haystack: &Haystack<'t>,
    ) -> impl Iterator<Item = Range<usize>> + use<'t> {
        self.accepted(haystack).filter_map(|caps| {
            let reported = caps.name("span").or_else(|| caps.get(0))?;
            (!reported.is_empty()).then(|| reported.range())
        })
    }

    /// The captures of every match in the text that no neighbour vetoes,
    /// for callers that read named groups (numbers, units).
    pub fn accepted<'t>(
        &'t self,
        haystack: &Haystack<'t>,
    ) -> impl Iterator<Item = Captures<'t>> + use<'t> {
        let text = haystack.as_str();
        self.regex
            .for_text(haystack)
            .into_iter()
            .flat_map(move |regex| regex.captures_iter(text))
            .filter(move |caps| {
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
        self.regex.has_group(name)
    }
}

/// The groups of one match of a pattern in a text.
pub struct Captures<'t> {
    text: &'t str,
    groups: Groups,
}

/// What a match knows of its groups.
enum Groups {
    /// A compiled regex's captures.
    All(regex_automata::util::captures::Captures),
    /// The whole match alone: a regex without named groups searched with
    /// DFAs.
    Whole(regex_automata::Span),
}

impl<'t> Captures<'t> {
    /// The group at `index`; 0 is the whole match.
    pub fn get(&self, index: usize) -> Option<Match<'t>> {
        match &self.groups {
            Groups::All(groups) => groups.get_group(index).map(|span| self.at(span)),
            Groups::Whole(span) => (index == 0).then(|| self.at(*span)),
        }
    }

    /// The group called `name`, when it took part in the match.
    pub fn name(&self, name: &str) -> Option<Match<'t>> {
        match &self.groups {
            Groups::All(groups) => groups.get_group_by_name(name).map(|span| self.at(span)),
            Groups::Whole(_) => None,
        }
    }

    fn at(&self, span: regex_automata::Span) -> Match<'t> {
        Match {
            text: self.text,
            start: span.start,
            end: span.end,
        }
    }
}

/// A matched stretch of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match<'t> {
    text: &'t str,
    start: usize,
    end: usize,
}

impl<'t> Match<'t> {
    pub fn as_str(&self) -> &'t str {
        &self.text[self.start..self.end]
    }

    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    pub fn start(&self) -> usize {
        self.start
    }

    pub fn end(&self) -> usize {
        self.end
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

/// Builds a rule regex: Unicode-aware and leftmost-first, as the `regex`
/// crate builds one.
fn build_regex(source: &str, build: Build) -> Result<Regex, String> {
    Regex::builder()
        .configure(Regex::config().auto_prefilter(build == Build::Tuned))
        .build(source)
        .map_err(|e| e.to_string())
}

/// Compiles a list of pattern specs, failing on the first invalid regex.
pub fn compile_all(specs: &[PatternSpec]) -> Result<Vec<Pattern>, String> {
    specs
        .iter()
        .map(|spec| Pattern::compile(spec.clone()).map_err(|e| format!("`{}`: {e}", spec.regex)))
        .collect()
}

/// Compiles and fully builds a list of pattern specs: what the data checks
/// of each rule run.
pub fn validate_all(specs: &[PatternSpec]) -> Result<(), String> {
    for pattern in compile_all(specs)? {
        pattern
            .validate()
            .map_err(|e| format!("`{}`: {e}", pattern.spec.regex))?;
    }
    Ok(())
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
    fn the_probes_stored_at_build_time_are_what_the_run_time_makes() {
        // That the stored literals are the run-time analysis's is
        // `tests/pattern_gate.rs`'s to check.
        assert!(BUILTIN.len() > 100);
        for (source, required, _, stored, _) in BUILTIN {
            let literals: Vec<Vec<String>> = required
                .iter()
                .map(|set| set.iter().map(|s| s.to_string()).collect())
                .collect();
            let stored: Vec<Vec<Probe>> = stored.iter().map(|set| set.to_vec()).collect();
            assert_eq!(stored, probes(&literals), "{source}");
        }
    }

    #[test]
    fn number_placeholder_and_vetoes() {
        let pattern = Pattern::compile(spec("{NUM}折")).expect("valid");
        let text = "全场5折，五折，3折叠伞";
        let found: Vec<&str> = pattern
            .find_iter(&Haystack::new(text))
            .map(|r| &text[r])
            .collect();
        assert_eq!(found, ["5折", "五折"]);
    }

    #[test]
    fn span_group_narrows_the_report() {
        let pattern = Pattern::compile(spec("加(?P<span>vx)")).expect("valid");
        let text = "加vx";
        let found: Vec<&str> = pattern
            .find_iter(&Haystack::new(text))
            .map(|r| &text[r])
            .collect();
        assert_eq!(found, ["vx"]);
    }
}
