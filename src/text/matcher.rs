//! All lexicon candidates in one pass: one Aho-Corasick automaton over every
//! lexicon, built once, reporting overlapping matches so the word-boundary
//! test (`PreparedNote::hits`) can pick the right one (`全网最低` and `最低`
//! both surface).
//!
//! The automaton starts as the noncontiguous NFA, the quickest to build (the
//! default would also pack it into a contiguous one) for a single Note;
//! once a run has searched enough texts to repay it, a DFA over the same
//! terms (same matches, about twice the speed) takes over.

use std::ops::Range;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use super::lexicon::Lexicon;

/// A lexicon entry found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexiconHit {
    /// Index of the lexicon in the list the matcher was built from.
    pub lexicon: usize,
    /// Index of the entry in that lexicon.
    pub entry: usize,
    /// Byte range in the searched (normalized) text.
    pub range: Range<usize>,
}

/// Texts searched before the DFA is built: a few dozen Notes, by when its
/// millisecond or so of building is repaid.
const SEARCHES_BEFORE_DFA: usize = 64;

pub struct LexiconMatcher {
    automaton: Option<AhoCorasick>,
    terms: Vec<String>,
    searches: AtomicUsize,
    dfa: OnceLock<Option<AhoCorasick>>,
    patterns: Vec<(usize, usize)>,
}

impl LexiconMatcher {
    pub fn new(lexicons: &[Lexicon]) -> Self {
        let mut terms = Vec::new();
        let mut patterns = Vec::new();
        for (l, lexicon) in lexicons.iter().enumerate() {
            for (e, entry) in lexicon.entries.iter().enumerate() {
                terms.push(entry.term.as_str());
                patterns.push((l, e));
            }
        }
        let automaton = builder(Some(AhoCorasickKind::NoncontiguousNFA))
            .build(&terms)
            .ok();
        LexiconMatcher {
            automaton,
            terms: terms.into_iter().map(str::to_string).collect(),
            searches: AtomicUsize::new(0),
            dfa: OnceLock::new(),
            patterns,
        }
    }

    /// The automaton for the next search.
    fn automaton(&self) -> Option<&AhoCorasick> {
        if let Some(Some(dfa)) = self.dfa.get() {
            return Some(dfa);
        }
        if self.searches.fetch_add(1, Ordering::Relaxed) >= SEARCHES_BEFORE_DFA
            && let Some(dfa) = self
                .dfa
                .get_or_init(|| builder(Some(AhoCorasickKind::DFA)).build(&self.terms).ok())
        {
            return Some(dfa);
        }
        self.automaton.as_ref()
    }

    /// Every occurrence of every entry, overlapping ones included, in order of
    /// their end offsets.
    pub fn find_all(&self, text: &str) -> Vec<LexiconHit> {
        let Some(automaton) = self.automaton() else {
            return Vec::new();
        };
        automaton
            .find_overlapping_iter(text)
            .filter(|m| !inside_latin_word(text, m.range()))
            .map(|m| {
                let (lexicon, entry) = self.patterns[m.pattern().as_usize()];
                LexiconHit {
                    lexicon,
                    entry,
                    range: m.range(),
                }
            })
            .collect()
    }
}

/// Whether a match cuts a run of Latin letters: `dy` in `study`, `vx` in
/// `newx`. A term's own letters must make a whole word.
fn inside_latin_word(text: &str, range: Range<usize>) -> bool {
    let bytes = text.as_bytes();
    let letter = |i: Option<usize>| {
        i.and_then(|i| bytes.get(i))
            .is_some_and(u8::is_ascii_alphabetic)
    };
    (letter(Some(range.start)) && letter(range.start.checked_sub(1)))
        || (letter(range.end.checked_sub(1)) && letter(Some(range.end)))
}

/// Every automaton matches the same: overlapping, ASCII letters in any case.
fn builder(kind: Option<AhoCorasickKind>) -> AhoCorasickBuilder {
    let mut builder = AhoCorasickBuilder::new();
    builder
        .match_kind(MatchKind::Standard)
        .ascii_case_insensitive(true)
        .kind(kind);
    builder
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlapping_matches_across_lexicons() {
        let lexicons = [
            Lexicon::parse("a", "最低\n全网最低\n").expect("valid"),
            Lexicon::parse("b", "VX\n").expect("valid"),
        ];
        let matcher = LexiconMatcher::new(&lexicons);
        let hits = matcher.find_all("全网最低，加vx");
        let found: Vec<(usize, usize, Range<usize>)> = hits
            .into_iter()
            .map(|h| (h.lexicon, h.entry, h.range))
            .collect();
        assert_eq!(found, [(0, 1, 0..12), (0, 0, 6..12), (1, 0, 18..20)]);
    }

    #[test]
    fn the_dfa_that_takes_over_finds_the_same() {
        let lexicons = [
            Lexicon::parse("a", "最低\n全网最低\n手慢无\n").expect("valid"),
            Lexicon::parse("b", "VX\n私信\n").expect("valid"),
        ];
        let matcher = LexiconMatcher::new(&lexicons);
        let text = "全网最低价，手慢无！加Vx或私信我，vx号见主页";
        let first = matcher.find_all(text);
        assert_eq!(first.len(), 6);
        for _ in 0..SEARCHES_BEFORE_DFA {
            matcher.find_all(text);
        }
        assert!(matcher.dfa.get().is_some_and(Option::is_some));
        assert_eq!(matcher.find_all(text), first);
    }
}
