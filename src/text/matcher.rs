//! All lexicon candidates in one pass: one Aho-Corasick automaton over every
//! lexicon, built once, reporting overlapping matches so the word-boundary
//! test (`PreparedNote::hits`) can pick the right one (`全网最低` and `最低`
//! both surface).

use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

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

pub struct LexiconMatcher {
    automaton: Option<AhoCorasick>,
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
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .ascii_case_insensitive(true)
            .build(&terms)
            .ok();
        LexiconMatcher {
            automaton,
            patterns,
        }
    }

    /// Every occurrence of every entry, overlapping ones included, in order of
    /// their end offsets.
    pub fn find_all(&self, text: &str) -> Vec<LexiconHit> {
        let Some(automaton) = &self.automaton else {
            return Vec::new();
        };
        automaton
            .find_overlapping_iter(text)
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
}
