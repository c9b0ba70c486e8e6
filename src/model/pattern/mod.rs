//! Regex patterns as rule data: a regex (with `{NUM}` for a number in any
//! form), optional neighbours that veto a match, and an optional
//! `(?P<span>…)` group that narrows what is reported.

mod analysis;
mod candidates;
mod required;
mod stored;

use std::borrow::Cow;
use std::ops::Range;
use std::sync::OnceLock;

use regex_automata::meta::{self, Regex};
use serde::Deserialize;

pub use crate::text::fingerprint::{Build, Haystack};
use crate::text::fingerprint::{Fingerprint, Probe, ProbeIndex};
use crate::text::numbers::NUMBER_PATTERN;
pub use analysis::{Analysis, analyze};
pub use stored::StoredBytes;
use stored::StoredRegex;

/// A built-in regex as `build.rs` analysed it: its source, required
/// literal sets, the fewest ASCII digits a match holds, group names, the
/// fingerprint probes of each set, where
/// its DFAs are in [`BUILTIN_DFAS`] (start, forward and reverse lengths,
/// the reverse one `None` for a forward DFA searched only from where a
/// match can start, whether the forward one is dense) when it has them,
/// the source `regex-lite` reads its groups with, when it has one, and the
/// literals every match starts with, for one with DFAs and such a set
/// (`build/regex_dfas.rs`).
type BuiltinRegex = (
    &'static str,
    &'static [&'static [&'static str]],
    u32,
    &'static [&'static str],
    &'static [&'static [Probe]],
    Option<(usize, usize, Option<usize>, bool)>,
    Option<&'static str>,
    Option<&'static [&'static [u8]]>,
);

/// Every regex of the built-in rule data, sorted by source.
static BUILTIN: &[BuiltinRegex] = include!(concat!(env!("OUT_DIR"), "/builtin_regexes.rs"));

/// The serialized DFAs of the built-in regexes that have them
/// (`build/regex_dfas.rs`), aligned for the dense ones to be read in place
/// as `u32`s.
static BUILTIN_DFAS: &AlignedBytes<[u8]> = &AlignedBytes(*include_bytes!(concat!(
    env!("OUT_DIR"),
    "/builtin_regex_dfas.bin"
)));

#[repr(C, align(4))]
struct AlignedBytes<B: ?Sized>(B);

fn builtin(source: &str) -> Option<&'static BuiltinRegex> {
    builtin_row(source).map(|(_, entry)| entry)
}

/// [`builtin`] with its row in [`BUILTIN`].
fn builtin_row(source: &str) -> Option<(usize, &'static BuiltinRegex)> {
    let index = BUILTIN
        .binary_search_by(|(built_in, ..)| (*built_in).cmp(source))
        .ok()?;
    Some((index, BUILTIN.get(index)?))
}

/// The number of the first probe set of each row of [`BUILTIN`]; a row's
/// sets follow in order (`build/gates.rs`).
static BUILTIN_FIRST_SETS: &[usize] =
    include!(concat!(env!("OUT_DIR"), "/builtin_gate_first_sets.rs"));

/// Every probe set of [`BUILTIN`], numbered so, indexed by first bit: a
/// Note's copy is read against it once for all the built-in gates.
static BUILTIN_GATES: ProbeIndex<'static> =
    include!(concat!(env!("OUT_DIR"), "/builtin_gate_index.rs"));

/// The build-time analysis of a built-in regex; `None` for any other.
pub fn builtin_analysis(source: &str) -> Option<Analysis> {
    let (_, required, min_digits, group_names, ..) = builtin(source)?;
    let strings = |list: &[&str]| list.iter().map(|s| s.to_string()).collect();
    Some(Analysis {
        required: required.iter().map(|set| strings(set)).collect(),
        min_digits: *min_digits,
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

/// The source `regex-lite` reads a built-in regex with, when it has one:
/// one with stored DFAs and named groups, to read the groups of their
/// matches.
pub fn builtin_lite_source(source: &str) -> Option<&'static str> {
    builtin(source).and_then(|(.., lite_source, _)| *lite_source)
}

/// The bytes of the DFAs stored for a built-in regex.
pub fn builtin_dfa_bytes(source: &str) -> Option<StoredBytes> {
    builtin(source).and_then(dfa_bytes)
}

fn dfa_bytes((.., stored, _, prefixes): &'static BuiltinRegex) -> Option<StoredBytes> {
    let (start, forward, reverse, forward_is_dense) = (*stored)?;
    let middle = start + forward;
    let reverse = match reverse {
        Some(length) => Some(BUILTIN_DFAS.0.get(middle..middle + length)?),
        None => None,
    };
    Some(StoredBytes {
        forward: BUILTIN_DFAS.0.get(start..middle)?,
        forward_is_dense,
        reverse,
        prefixes: *prefixes,
    })
}

/// A regex built the first time a text could match it. Most patterns need
/// words most Notes lack (`私信`, `淘宝`, `限量`), and a regex costs far more
/// to build than to skip, so a run builds only the regexes its Notes call
/// for, and runs a regex only on texts holding the literals it requires.
/// A run does not build a built-in regex with the regex crate at all when
/// build.rs stored DFAs of it: it loads them. A run over few Notes reads
/// the groups of a match the DFAs found with `regex-lite`, which builds in
/// a tenth of the time the regex crate's engines take; a batch searches
/// with the DFAs from the places a match can start (see
/// [`candidates`]) and reads groups with the regex crate's capture
/// engines, which build slower and read faster. The tests hold every way
/// to finding what the regex crate finds, groups included, on every rule
/// regex.
#[derive(Debug, Clone)]
pub struct GatedRegex {
    source: Cow<'static, str>,
    /// A text the regex can match holds a literal of each set.
    required: Required,
    /// And at least this many ASCII digits.
    min_digits: u32,
    group_names: GroupNames,
    /// The stored DFAs' bytes, for a built-in regex that has them.
    stored: Option<StoredBytes>,
    /// The stored DFAs, loaded: what [`Build::Quick`] searches with when
    /// there are some, from where a match can start only for a sparse
    /// forward DFA or one stored without a reverse DFA. Boxed, as a DFA
    /// regex is larger than the rest of the struct, and the rule data
    /// moves many unloaded ones.
    loaded: OnceLock<Option<Box<StoredRegex>>>,
    /// The same DFAs searching from where a match can start: what
    /// [`Build::Tuned`] searches with.
    loaded_for_batch: OnceLock<Option<Box<StoredRegex>>>,
    /// The source `regex-lite` reads the groups of a built-in regex's
    /// matches with, for one with named groups and stored DFAs.
    lite_source: Option<&'static str>,
    /// That source, built on first use.
    lite: OnceLock<Option<regex_lite::Regex>>,
    /// The regex crate's capture engines alone, which read the groups of a
    /// match the DFAs found in a batch, and of one `lite` reads otherwise
    /// than the DFAs found it (see [`GatedRegex::read_groups`]).
    capturer: OnceLock<Option<Regex>>,
    /// The regex as [`Build::Quick`] and as [`Build::Tuned`] make it.
    quick: OnceLock<Option<Regex>>,
    tuned: OnceLock<Option<Regex>>,
}

/// The literal sets of a gated regex: borrowed from the binary for a
/// built-in regex, which a run makes by the hundred at start, and made by
/// analysis for a config's own.
#[derive(Debug, Clone)]
enum Required {
    /// A built-in regex's sets, numbered from `first` in
    /// [`BUILTIN_GATES`].
    Builtin {
        sets: &'static [&'static [Probe]],
        first: Option<usize>,
    },
    Analysed(Vec<Vec<Probe>>),
}

impl Required {
    /// Whether a text with this fingerprint may hold a literal of each set.
    #[inline]
    fn admits(&self, fingerprint: &Fingerprint) -> bool {
        let holds_one = |set: &[Probe]| set.iter().any(|probe| fingerprint.may_contain(probe));
        match self {
            Required::Builtin { sets, first } => {
                match (first, fingerprint.held_sets(&BUILTIN_GATES)) {
                    (Some(first), Some(held)) => (*first..*first + sets.len())
                        .all(|set| held.get(set / 64).is_some_and(|w| w >> (set % 64) & 1 == 1)),
                    _ => sets.iter().all(|set| holds_one(set)),
                }
            }
            Required::Analysed(sets) => sets.iter().all(|set| holds_one(set)),
        }
    }
}

/// The names of a gated regex's groups, borrowed like [`Required`].
#[derive(Debug, Clone)]
enum GroupNames {
    Builtin(&'static [&'static str]),
    Analysed(Vec<String>),
}

impl GroupNames {
    fn is_empty(&self) -> bool {
        match self {
            GroupNames::Builtin(names) => names.is_empty(),
            GroupNames::Analysed(names) => names.is_empty(),
        }
    }

    fn contains(&self, name: &str) -> bool {
        match self {
            GroupNames::Builtin(names) => names.contains(&name),
            GroupNames::Analysed(names) => names.iter().any(|n| n == name),
        }
    }
}

/// A gated regex ready to search: its stored DFAs or a compiled regex.
#[derive(Debug, Clone, Copy)]
pub enum Searcher<'r> {
    Stored(&'r GatedRegex, &'r StoredRegex, GroupReader),
    Compiled(&'r Regex),
}

impl<'r> Searcher<'r> {
    pub fn is_match(self, text: &str) -> bool {
        match self {
            Searcher::Stored(_, regex, _) => regex.is_match(text),
            Searcher::Compiled(regex) => regex.is_match(text),
        }
    }

    /// The ranges of every match, leftmost-first, as `regex` finds them.
    pub fn find_iter<'t>(self, text: &'t str) -> impl Iterator<Item = Range<usize>> + use<'r, 't> {
        let (mut stored, mut compiled) = (None, None);
        match self {
            Searcher::Stored(_, regex, _) => stored = Some(regex.find_iter(text)),
            Searcher::Compiled(regex) => compiled = Some(regex.find_iter(text)),
        }
        let stored = stored.into_iter().flatten().map(|found| found.range());
        let compiled = compiled.into_iter().flatten().map(|found| found.range());
        stored.chain(compiled)
    }

    /// Every match with its groups.
    pub fn captures_iter<'t>(self, text: &'t str) -> Matches<'r, 't> {
        match self {
            Searcher::Stored(gated, regex, reader) => Matches::Stored {
                text,
                gated,
                reader,
                matches: regex.find_iter(text),
            },
            Searcher::Compiled(regex) => Matches::Compiled(text, regex.captures_iter(text)),
        }
    }
}

/// What reads the groups of a match the stored DFAs found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupReader {
    /// `regex-lite`, from where the match starts: quick to build, slow to
    /// read a long alternation with; what a run over few Notes wants.
    Lite,
    /// The regex crate's capture engines, anchored on the match: what a
    /// batch wants.
    Capturer,
}

/// The matches of a [`Searcher`] in a text.
pub enum Matches<'r, 't> {
    Stored {
        text: &'t str,
        gated: &'r GatedRegex,
        reader: GroupReader,
        matches: stored::FindMatches<'r, 't>,
    },
    Compiled(&'t str, meta::CapturesMatches<'r, 't>),
}

impl<'t> Iterator for Matches<'_, 't> {
    type Item = Captures<'t>;

    fn next(&mut self) -> Option<Captures<'t>> {
        match self {
            Matches::Stored {
                text,
                gated,
                reader,
                matches,
            } => {
                let found = matches.next()?;
                let groups = gated.read_groups(text, found.span(), *reader);
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
        let row = builtin_row(source);
        let entry = row.map(|(_, entry)| entry);
        let (source, required, min_digits, group_names) = match row {
            Some((row, (source, _, min_digits, group_names, probes, ..))) => (
                Cow::Borrowed(*source),
                Required::Builtin {
                    sets: probes,
                    first: BUILTIN_FIRST_SETS.get(row).copied(),
                },
                *min_digits,
                GroupNames::Builtin(group_names),
            ),
            None => {
                let analysis = analyze(source)?;
                (
                    Cow::Owned(source.to_string()),
                    Required::Analysed(probes(&analysis.required)),
                    analysis.min_digits,
                    GroupNames::Analysed(analysis.group_names),
                )
            }
        };
        Ok(GatedRegex {
            source,
            required,
            min_digits,
            group_names,
            stored: entry.and_then(dfa_bytes),
            loaded: OnceLock::new(),
            loaded_for_batch: OnceLock::new(),
            lite_source: entry.and_then(|(.., lite_source, _)| *lite_source),
            lite: OnceLock::new(),
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
    /// already (a batch's first), else a quick one.
    #[inline]
    pub fn for_text(&self, haystack: &Haystack) -> Option<Searcher<'_>> {
        if !self.may_match(haystack.fingerprint()) {
            return None;
        }
        let build = haystack.build().unwrap_or_else(|| {
            if self.tuned.get().is_some() || self.loaded_for_batch.get().is_some() {
                Build::Tuned
            } else {
                Build::Quick
            }
        });
        self.searcher(build)
    }

    /// The regex built as `build` says, when the text could match it.
    #[inline]
    pub fn built_for_text(&self, haystack: &Haystack, build: Build) -> Option<Searcher<'_>> {
        self.may_match(haystack.fingerprint())
            .then(|| self.searcher(build))
            .flatten()
    }

    /// Whether a text with `fingerprint` could match: it holds the digits
    /// and a literal of each set the regex needs. Inlined where a pattern
    /// is searched: most searches end here, and a call to the heavier code
    /// below cost more than the bit tests.
    #[inline]
    fn may_match(&self, fingerprint: &Fingerprint) -> bool {
        fingerprint.may_hold_digits(self.min_digits) && self.required.admits(fingerprint)
    }

    /// The regex built as `build` says, for a text it could match.
    #[inline(never)]
    fn searcher(&self, build: Build) -> Option<Searcher<'_>> {
        let batch = build == Build::Tuned;
        // A sparse DFA reading a whole text is slower than the compiled
        // regex, which a batch builds once: a batch searches with one only
        // from where a match can start.
        if let Some(stored) = self.stored
            && (!batch || stored.forward_is_dense || stored.prefixes.is_some())
            && let Some(loaded) = (if batch {
                &self.loaded_for_batch
            } else {
                &self.loaded
            })
            .get_or_init(|| {
                // The literal search takes longer to build than a Note or
                // two take to read with a dense DFA, less than with a
                // sparse one. A forward DFA stored without a reverse one
                // searches from the literals whatever the build.
                let from_candidates = batch || !stored.forward_is_dense;
                StoredRegex::load(stored, from_candidates).map(Box::new)
            })
        {
            let reader = if batch {
                GroupReader::Capturer
            } else {
                GroupReader::Lite
            };
            return Some(Searcher::Stored(self, loaded, reader));
        }
        self.compiled(build).map(Searcher::Compiled)
    }

    /// The regex compiled as `build` says, whatever the text: what
    /// [`GatedRegex::built_for_text`] falls back to, and what the tests
    /// compare the stored DFAs and `regex-lite` with.
    pub fn compiled(&self, build: Build) -> Option<&Regex> {
        let slot = match build {
            Build::Quick => &self.quick,
            Build::Tuned => &self.tuned,
        };
        // Built-in patterns are validated by the tests; a regex that failed
        // to build matches nothing rather than panicking.
        slot.get_or_init(|| build_regex(&self.source, build).ok())
            .as_ref()
    }

    pub fn is_match(&self, haystack: &Haystack) -> bool {
        self.for_text(haystack)
            .is_some_and(|regex| regex.is_match(haystack.as_str()))
    }

    /// The groups of the match the stored DFAs found at `span`, read as
    /// `reader` says; the whole match alone for a regex without named
    /// groups.
    fn read_groups<'t>(
        &self,
        text: &'t str,
        span: regex_automata::Span,
        reader: GroupReader,
    ) -> Groups<'t> {
        if self.group_names.is_empty() {
            return Groups::Whole(span);
        }
        // Searched from the match's start, the leftmost-first match is the
        // one the DFAs found; look-around still sees the whole text.
        let lite = (reader == GroupReader::Lite)
            .then(|| self.lite())
            .flatten()
            .and_then(|lite| lite.captures_at(text, span.start))
            .filter(|groups| groups.get(0).map(|whole| whole.range()) == Some(span.range()));
        if let Some(groups) = lite {
            return Groups::Lite(groups);
        }
        // In a batch, and should `regex-lite` ever read a match otherwise,
        // the groups come from the regex crate's own engine, anchored where
        // the DFAs found the match and ending where they did: a finding
        // never rests on the second engine alone.
        let Some(capturer) = self
            .capturer
            .get_or_init(|| {
                let config = Regex::config()
                    .auto_prefilter(false)
                    .hybrid(false)
                    .dfa(false);
                Regex::builder().configure(config).build(&self.source).ok()
            })
            .as_ref()
        else {
            return Groups::Whole(span);
        };
        let input = regex_automata::Input::new(text)
            .span(span)
            .anchored(regex_automata::Anchored::Yes);
        let mut groups = capturer.create_captures();
        capturer.search_captures(&input, &mut groups);
        if groups.is_match() {
            Groups::All(groups)
        } else {
            Groups::Whole(span)
        }
    }

    /// The regex as `regex-lite` reads it, built on first use; `None` when
    /// it has no source for it, or (never for a built-in one, which the
    /// tests build) `regex-lite` rejects it.
    fn lite(&self) -> Option<&regex_lite::Regex> {
        self.lite
            .get_or_init(|| regex_lite::Regex::new(self.lite_source?).ok())
            .as_ref()
    }

    /// Whether the regex is searched with DFAs build.rs made, when a run
    /// builds it quick.
    pub fn has_stored_dfas(&self) -> bool {
        self.stored.is_some()
    }

    /// Whether the regex has a group called `name`.
    pub fn has_group(&self, name: &str) -> bool {
        self.group_names.contains(name)
    }
}

/// `regex` with each `{NUM}` written out as [`NUMBER_PATTERN`]; most
/// patterns have none, and are not copied.
fn expand_numbers(regex: &str) -> Cow<'_, str> {
    if regex.contains("{NUM}") {
        Cow::Owned(regex.replace("{NUM}", NUMBER_PATTERN))
    } else {
        Cow::Borrowed(regex)
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
        let regex = GatedRegex::new(&expand_numbers(&spec.regex))?;
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
    pub fn accepted<'t>(&'t self, haystack: &Haystack<'t>) -> Accepted<'t> {
        let text = haystack.as_str();
        // Boxed: the match iterators are hundreds of bytes, and a Note asks
        // for hundreds of searches that mostly fail the gate. A search
        // turned away then hands back a few words to move and drop, and one
        // that runs pays one allocation beside the search itself.
        let matches = self
            .regex
            .for_text(haystack)
            .map(|regex| Box::new(regex.captures_iter(text)));
        Accepted {
            pattern: self,
            text,
            matches,
        }
    }

    /// Whether no neighbour vetoes the match `whole` of `text`.
    fn admits_neighbours(&self, text: &str, whole: Range<usize>) -> bool {
        let after = &text[whole.end..];
        let before = &text[..whole.start];
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
    }

    /// Whether the regex has a group called `name`.
    pub fn has_group(&self, name: &str) -> bool {
        self.regex.has_group(name)
    }
}

/// The accepted matches of a pattern in a text ([`Pattern::accepted`]).
pub struct Accepted<'t> {
    pattern: &'t Pattern,
    text: &'t str,
    /// `None` when the gate turned the text away.
    matches: Option<Box<Matches<'t, 't>>>,
}

impl<'t> Iterator for Accepted<'t> {
    type Item = Captures<'t>;

    #[inline]
    fn next(&mut self) -> Option<Captures<'t>> {
        let matches = self.matches.as_mut()?;
        next_accepted(matches, self.pattern, self.text)
    }
}

/// The next match of `matches` that no neighbour vetoes: the search itself,
/// kept out of line so that a text the gate turned away costs a check.
#[inline(never)]
fn next_accepted<'t>(
    matches: &mut Matches<'t, 't>,
    pattern: &Pattern,
    text: &str,
) -> Option<Captures<'t>> {
    matches.find(|caps| {
        caps.get(0)
            .is_some_and(|whole| pattern.admits_neighbours(text, whole.range()))
    })
}

/// The groups of one match of a pattern in a text.
pub struct Captures<'t> {
    text: &'t str,
    groups: Groups<'t>,
}

/// What a match knows of its groups.
enum Groups<'t> {
    /// A compiled regex's captures.
    All(regex_automata::util::captures::Captures),
    /// The groups `regex-lite` read of a match the stored DFAs found.
    Lite(regex_lite::Captures<'t>),
    /// The whole match alone: a regex without named groups searched with
    /// DFAs.
    Whole(regex_automata::Span),
}

impl<'t> Captures<'t> {
    /// The group at `index`; 0 is the whole match.
    pub fn get(&self, index: usize) -> Option<Match<'t>> {
        match &self.groups {
            Groups::All(groups) => groups.get_group(index).map(|span| self.at(span)),
            Groups::Lite(groups) => groups.get(index).map(|found| self.at(found.range().into())),
            Groups::Whole(span) => (index == 0).then(|| self.at(*span)),
        }
    }

    /// The group called `name`, when it took part in the match.
    pub fn name(&self, name: &str) -> Option<Match<'t>> {
        match &self.groups {
            Groups::All(groups) => groups.get_group_by_name(name).map(|span| self.at(span)),
            Groups::Lite(groups) => groups.name(name).map(|found| self.at(found.range().into())),
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
    // Sized up front: collected through a `Result`, the list would grow by
    // doubling, and a pattern is large enough that each copy touches fresh
    // pages at start-up.
    let mut patterns = Vec::with_capacity(specs.len());
    for spec in specs {
        patterns
            .push(Pattern::compile(spec.clone()).map_err(|e| format!("`{}`: {e}", spec.regex))?);
    }
    Ok(patterns)
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
        for (source, required, _, _, stored, ..) in BUILTIN {
            let literals: Vec<Vec<String>> = required
                .iter()
                .map(|set| set.iter().map(|s| s.to_string()).collect())
                .collect();
            let stored: Vec<Vec<Probe>> = stored.iter().map(|set| set.to_vec()).collect();
            assert_eq!(stored, probes(&literals), "{source}");
        }
    }

    #[test]
    fn the_gate_index_stored_at_build_time_is_what_the_run_time_builds() {
        use crate::text::fingerprint::OwnedProbeIndex;
        let rebuilt = OwnedProbeIndex::build(
            BUILTIN
                .iter()
                .flat_map(|(_, _, _, _, sets, ..)| sets.iter().copied()),
        );
        let stored = BUILTIN_GATES;
        assert_eq!(stored.sets, rebuilt.sets);
        assert_eq!(stored.pair_starts, rebuilt.pair_starts);
        assert_eq!(stored.pair_probes, rebuilt.pair_probes);
        assert_eq!(stored.char_starts, rebuilt.char_starts);
        assert_eq!(stored.char_sets, rebuilt.char_sets);
        assert_eq!(stored.pair_mask, rebuilt.pair_mask);
        assert_eq!(stored.char_mask, rebuilt.char_mask);
        // Each row's sets are numbered after the rows before it.
        let mut next = 0;
        assert_eq!(BUILTIN_FIRST_SETS.len(), BUILTIN.len());
        for ((source, _, _, _, sets, ..), &first) in BUILTIN.iter().zip(BUILTIN_FIRST_SETS) {
            assert_eq!(first, next, "{source}");
            next += sets.len();
        }
        assert_eq!(next, stored.sets as usize);
    }

    #[test]
    fn a_gate_read_from_the_index_answers_as_its_probes_do() {
        let mut texts = texts_with_groups();
        // Pieces of the examples too, which fewer gates admit.
        let pieces: Vec<String> = texts
            .iter()
            .flat_map(|text| text.split(['，', '。', '！', '\n']).map(str::to_string))
            .collect();
        texts.extend(pieces);
        let gates: Vec<GatedRegex> = BUILTIN
            .iter()
            .map(|(source, ..)| GatedRegex::new(source).expect("built in"))
            .collect();
        let (mut admitted, mut refused) = (0, 0);
        for text in &texts {
            let by_probes = Fingerprint::of(text);
            let indexed = Fingerprint::indexed(text);
            for gate in &gates {
                assert!(matches!(
                    gate.required,
                    Required::Builtin { first: Some(_), .. }
                ));
                let expected = gate.required.admits(&by_probes);
                assert_eq!(
                    gate.required.admits(&indexed),
                    expected,
                    "{} on {text}",
                    gate.source
                );
                if expected {
                    admitted += 1;
                } else {
                    refused += 1;
                }
            }
        }
        assert!(admitted > 1_000 && refused > 10_000, "{admitted} {refused}");
    }

    /// Every `note:` of the rule files' examples, and texts made to hit the
    /// patterns with groups: numbers, units, prices, handles, phones.
    fn texts_with_groups() -> Vec<String> {
        let mut texts: Vec<String> = crate::text::data_files::RULE_FILES
            .iter()
            .flat_map(|(_, file)| file.lines())
            .filter_map(|line| {
                let line = line.trim_start().trim_start_matches("- ");
                serde_yaml::from_str(line.strip_prefix("note: ")?).ok()
            })
            .collect();
        texts.extend(
            [
                "限时48小时，仅剩3件，前100名下单送小样，今晚8点截止",
                "最后2小时！还剩1天，限量500份，直降50元，到手价¥199，原价299元",
                "券后价 89.9，倒计时3天，只有20个名额，全网第一，NO.1的口碑",
                "加我vx：abc_12345，电话 138-1234-5678，或者 +86 138 1234 5678",
                "淘宝上也有，今天截止到明天12点半，库存只有5件了，5折起",
            ]
            .map(String::from),
        );
        texts
    }

    #[test]
    fn regex_lite_reads_every_match_the_stored_dfas_find_as_the_regex_crate_does() {
        let texts = texts_with_groups();
        let mut read = 0;
        for (source, _, _, group_names, ..) in BUILTIN {
            let gated = GatedRegex::new(source).expect("valid");
            if gated.lite_source.is_none() || !gated.has_stored_dfas() {
                assert!(
                    group_names.is_empty() || !gated.has_stored_dfas(),
                    "{source}"
                );
                continue;
            }
            let plain = regex::Regex::new(source).expect("valid");
            for text in &texts {
                let Some(Searcher::Stored(_, dfas, _)) =
                    gated.built_for_text(&Haystack::new(text), Build::Quick)
                else {
                    continue;
                };
                let expected: Vec<_> = plain.captures_iter(text).collect();
                let found: Vec<_> = dfas.find_iter(text.as_str()).collect();
                assert_eq!(found.len(), expected.len(), "{source} on {text}");
                for (found, expected) in found.iter().zip(&expected) {
                    let groups = gated.read_groups(text, found.span(), GroupReader::Lite);
                    // The fast path, not the fallback, read the groups.
                    assert!(matches!(groups, Groups::Lite(_)), "{source} on {text}");
                    let caps = Captures { text, groups };
                    let range = |m: Option<Match>| m.map(|m| m.range());
                    assert_eq!(range(caps.get(0)), expected.get(0).map(|m| m.range()));
                    for name in *group_names {
                        assert_eq!(
                            range(caps.name(name)),
                            expected.name(name).map(|m| m.range()),
                            "{source}: group {name} on {text}"
                        );
                    }
                    read += 1;
                }
            }
        }
        assert!(read >= 100, "{read}");
    }

    #[test]
    fn a_text_with_fewer_digits_than_a_match_needs_is_not_searched() {
        let source = r"(?:^|[^0-9])(?P<span>1[3-9][0-9](?:[ -]?[0-9]){8})(?:[^0-9]|$)";
        let gated = GatedRegex::new(source).expect("valid");
        assert_eq!(gated.min_digits, 11);
        assert!(builtin(source).is_some(), "off-platform's mobile pattern");
        // Ten digits, and the literals the pattern starts with (13, 139).
        let short = "到手价139元，已售1234567单";
        assert!(
            gated
                .built_for_text(&Haystack::new(short), Build::Quick)
                .is_none()
        );
        let phone = "电话13912345678";
        for build in [Build::Quick, Build::Tuned] {
            let regex = gated
                .built_for_text(&Haystack::new(phone), build)
                .expect("eleven digits");
            let found: Vec<_> = regex.find_iter(phone).collect();
            assert_eq!(found, vec![3..17], "{build:?}");
        }
        // Full-width digits are not `[0-9]` (the lint folds them first):
        // neither the regex nor the count takes them.
        assert!(
            gated
                .built_for_text(&Haystack::new("电话１３９１２３４５６７８"), Build::Quick)
                .is_none()
        );
    }

    /// The claims' time-limit pattern: stored DFAs, named groups, and
    /// literals every match starts with.
    fn time_limit_pattern() -> &'static str {
        BUILTIN
            .iter()
            .map(|(source, ..)| *source)
            .find(|source| source.starts_with("(?:限时|仅限|只限|限期|为期)"))
            .expect("the time-limit claim pattern")
    }

    #[test]
    fn a_batch_searches_the_stored_dfas_from_where_a_match_can_start() {
        let source = time_limit_pattern();
        let gated = GatedRegex::new(source).expect("valid");
        // 限时 and 仅限 start no match here; 限时48小时 and 限期3天 do.
        let text = "限时特惠，仅限今天！限时48小时闪购，限期3天";
        let haystack = Haystack::new(text);
        let Some(Searcher::Stored(_, dfas, GroupReader::Capturer)) =
            gated.built_for_text(&haystack, Build::Tuned)
        else {
            panic!("stored DFAs, groups read by the capture engines");
        };
        assert!(dfas.searches_from_candidates());
        let found: Vec<_> = dfas.find_iter(text).map(|m| m.range()).collect();
        assert_eq!(found, [30..44, 53..63], "限时48小时, 限期3天");
        let read: Vec<_> = Searcher::Stored(&gated, dfas, GroupReader::Capturer)
            .captures_iter(text)
            .map(|caps| {
                assert!(matches!(caps.groups, Groups::All(_)));
                let group = |name| caps.name(name).map(|m| m.as_str());
                (group("num"), group("unit"))
            })
            .collect();
        assert_eq!(read, [(Some("48"), Some("小时")), (Some("3"), Some("天"))]);
        // A text searched on its own takes what the batch loaded.
        assert!(matches!(
            gated.for_text(&Haystack::new("限时2天")),
            Some(Searcher::Stored(_, _, GroupReader::Capturer))
        ));
        // A run over few Notes loads the same DFAs without the search.
        let Some(Searcher::Stored(_, few, GroupReader::Lite)) =
            gated.built_for_text(&haystack, Build::Quick)
        else {
            panic!("stored DFAs, groups read by regex-lite");
        };
        assert!(!few.searches_from_candidates());
        assert_eq!(
            few.find_iter(text).map(|m| m.range()).collect::<Vec<_>>(),
            found
        );
    }

    #[test]
    fn groups_regex_lite_reads_otherwise_come_from_the_regex_crate() {
        let source = time_limit_pattern();
        let mut gated = GatedRegex::new(source).expect("valid");
        assert!(gated.lite_source.is_some());
        // A source that matches less than the DFAs found.
        gated.lite_source = Some("限时");
        let text = "限时48小时闪购";
        let Some(Searcher::Stored(_, dfas, _)) =
            gated.built_for_text(&Haystack::new(text), Build::Quick)
        else {
            panic!("stored DFAs");
        };
        let found = dfas.find_iter(text).next().expect("a match");
        let caps = Captures {
            text,
            groups: gated.read_groups(text, found.span(), GroupReader::Lite),
        };
        assert!(matches!(caps.groups, Groups::All(_)));
        assert_eq!(caps.get(0).map(|m| m.as_str()), Some("限时48小时"));
        assert_eq!(caps.name("num").map(|m| m.as_str()), Some("48"));
        assert_eq!(caps.name("unit").map(|m| m.as_str()), Some("小时"));
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

    #[test]
    fn asking_for_a_search_moves_a_few_words_until_one_runs() {
        // A Note asks for hundreds of searches and its text fails most
        // gates: what a search hands back must be cheap to move.
        let pattern = Pattern::compile(spec("{NUM}折")).expect("valid");
        let text = "全场5折";
        let mut found = pattern.find_iter(&Haystack::new(text));
        assert!(std::mem::size_of_val(&found) <= 8 * std::mem::size_of::<usize>());
        assert_eq!(found.next(), Some(6..10));
        assert_eq!(found.next(), None);
        assert_eq!(
            pattern.find_iter(&Haystack::new("今天天气很好")).next(),
            None
        );
    }
}
