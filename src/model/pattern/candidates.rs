//! Where a match of a stored regex may start: at one of the literals every
//! match of it starts with (`build/regex_dfas.rs` extracts them as the
//! regex crate does for its prefilter, and cuts short a set it gives up
//! on). A batch, and any run for a sparse forward DFA or one stored without
//! a reverse DFA, finds them with a SIMD literal search and runs the DFA
//! only from there.
//!
//! The regex crate's own prefilter also builds an Aho-Corasick DFA beside
//! its Teddy searcher, for anchored searches a candidate search never
//! makes; building it was most of what loading a prefilter cost, so the
//! searchers are built here directly.

use aho_corasick::packed;
use memchr::memmem;
use regex_automata::MatchKind;
use regex_automata::util::prefilter::Prefilter;

/// A search for the literals a regex's matches start with.
#[derive(Debug, Clone)]
pub enum Candidates {
    /// One literal.
    One(memmem::Finder<'static>),
    /// A few dozen, searched at once (Teddy, or Rabin-Karp on short texts).
    Packed(packed::Searcher),
    /// Any other set, searched as the regex crate would.
    General(Prefilter),
}

impl Candidates {
    /// The search for `literals`; `None` for an empty set, which no
    /// search can stand for.
    pub fn new(literals: &'static [&'static [u8]]) -> Option<Candidates> {
        match literals {
            [] => None,
            [literal] => Some(Candidates::One(memmem::Finder::new(literal))),
            _ => packed::Config::new()
                .match_kind(packed::MatchKind::LeftmostFirst)
                .builder()
                .extend(literals)
                .build()
                .map(Candidates::Packed)
                .or_else(|| {
                    Prefilter::new(MatchKind::LeftmostFirst, literals).map(Candidates::General)
                }),
        }
    }

    /// Where the first literal in `haystack[start..end]` starts.
    pub fn find(&self, haystack: &[u8], start: usize, end: usize) -> Option<usize> {
        match self {
            Candidates::One(finder) => {
                let found = finder.find(haystack.get(start..end)?)?;
                Some(start + found)
            }
            Candidates::Packed(searcher) => searcher
                .find_in(haystack, aho_corasick::Span::from(start..end))
                .map(|found| found.start()),
            Candidates::General(prefilter) => prefilter
                .find(haystack, regex_automata::Span::from(start..end))
                .map(|found| found.start),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn starts(candidates: &Candidates, text: &str) -> Vec<usize> {
        let mut found = Vec::new();
        let mut at = 0;
        while let Some(start) = candidates.find(text.as_bytes(), at, text.len()) {
            found.push(start);
            at = start + 1;
        }
        found
    }

    #[test]
    fn one_literal_is_found_with_memmem() {
        let candidates = Candidates::new(&[&[0xe9, 0x99, 0x90]]).expect("限");
        assert!(matches!(candidates, Candidates::One(_)));
        assert_eq!(starts(&candidates, "限时特惠，仅限今天"), [0, 18]);
        // Within the span only.
        assert_eq!(candidates.find("限时特惠".as_bytes(), 1, 12), None);
    }

    #[test]
    fn a_few_literals_are_found_together() {
        static LITERALS: [&[u8]; 3] = ["限时".as_bytes(), "仅限".as_bytes(), "限期".as_bytes()];
        let candidates = Candidates::new(&LITERALS).expect("three literals");
        let text = "限时特惠，仅限今天！限时48小时闪购，限期3天";
        assert_eq!(starts(&candidates, text), [0, 15, 30, 53]);
        assert_eq!(candidates.find(text.as_bytes(), 31, 52), None);
        // Teddy needs SSSE3 or AVX2 on x86-64 (NEON on aarch64).
        #[cfg(target_arch = "x86_64")]
        assert_eq!(
            matches!(candidates, Candidates::Packed(_)),
            is_x86_feature_detected!("ssse3")
        );
    }

    #[test]
    fn a_set_too_large_to_pack_is_searched_as_the_regex_crate_would() {
        let words: Vec<String> = (0..100).map(|n| format!("第{n}号")).collect();
        let literals: Vec<&'static [u8]> = words
            .into_iter()
            .map(|word| &*Box::leak(word.into_bytes().into_boxed_slice()))
            .collect();
        let candidates = Candidates::new(literals.leak()).expect("a hundred literals");
        assert!(matches!(candidates, Candidates::General(_)));
        assert_eq!(starts(&candidates, "排第7号，不是第号"), [3]);
    }

    #[test]
    fn no_literal_is_no_search() {
        assert!(Candidates::new(&[]).is_none());
    }
}
