//! The DFAs `build.rs` stored for a built-in regex (`build/regex_dfas.rs`),
//! read in place from the binary: a forward DFA, dense or sparse, finds
//! where each match ends, and a sparse reverse DFA reads it back to where
//! it starts, as `regex_automata::dfa::regex::Regex` does with two DFAs of
//! one kind. In a batch, for a sparse forward DFA, and for one stored
//! without a reverse DFA, the forward DFA reads only from where a match can
//! start (see `candidates.rs`), and the start needs no reading back.

use regex_automata::dfa::{Automaton, dense, sparse};
use regex_automata::util::iter;
use regex_automata::{HalfMatch, Input, Match, MatchError};

use super::candidates::Candidates;

/// Where a regex's stored DFAs are in the binary.
#[derive(Debug, Clone, Copy)]
pub struct StoredBytes {
    pub forward: &'static [u8],
    pub forward_is_dense: bool,
    /// `None` for a forward DFA that starts only where it is told to.
    pub reverse: Option<&'static [u8]>,
    /// The literals every match starts with, when there is such a set.
    pub prefixes: Option<&'static [&'static [u8]]>,
}

/// A regex searched with its stored DFAs.
#[derive(Debug, Clone)]
pub struct StoredRegex {
    forward: Forward,
    starts: Starts,
}

#[derive(Debug, Clone)]
enum Forward {
    Dense(dense::DFA<&'static [u32]>),
    Sparse(sparse::DFA<&'static [u8]>),
}

/// How a search learns where a match starts.
// The regex holding it is boxed; boxing a variant too would cost a load an
// allocation more.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
enum Starts {
    /// The forward DFA reads the whole text, and the reverse DFA reads each
    /// match back from its end.
    ReadBack(sparse::DFA<&'static [u8]>),
    /// The forward DFA reads only from the places a match can start.
    Candidates(Candidates),
}

impl StoredRegex {
    /// The regex read from its bytes, searching from the places a match can
    /// start when `from_candidates` says so or it has no reverse DFA, and it
    /// has a set of literals its matches start with; `None` when the bytes
    /// do not load (a big-endian target reads the little-endian header as
    /// invalid), which leaves the regex to be compiled.
    pub fn load(bytes: StoredBytes, from_candidates: bool) -> Option<StoredRegex> {
        // SAFETY: the bytes are what `to_bytes_little_endian` wrote in
        // build.rs with this same regex-automata, which meets
        // `from_bytes_unchecked`'s contract; the header, endianness and
        // alignment included, is still checked. The test
        // `the_stored_dfas_are_what_the_builder_makes_now` runs the full
        // validation of `from_bytes` on every stored DFA. Validating here
        // would cost more than a third of what compiling the regex does.
        let forward = if bytes.forward_is_dense {
            Forward::Dense(
                unsafe { dense::DFA::from_bytes_unchecked(bytes.forward) }
                    .ok()?
                    .0,
            )
        } else {
            Forward::Sparse(
                unsafe { sparse::DFA::from_bytes_unchecked(bytes.forward) }
                    .ok()?
                    .0,
            )
        };
        let candidates = bytes
            .prefixes
            .filter(|_| from_candidates || bytes.reverse.is_none())
            .and_then(Candidates::new);
        let starts = match (candidates, bytes.reverse) {
            (Some(candidates), _) => Starts::Candidates(candidates),
            (None, Some(reverse)) => Starts::ReadBack(
                unsafe { sparse::DFA::from_bytes_unchecked(reverse) }
                    .ok()?
                    .0,
            ),
            (None, None) => return None,
        };
        Some(StoredRegex { forward, starts })
    }

    /// Whether a search starts only where a match can.
    pub fn searches_from_candidates(&self) -> bool {
        matches!(self.starts, Starts::Candidates(_))
    }

    pub fn is_match(&self, text: &str) -> bool {
        let input = Input::new(text).earliest(true);
        let found = match &self.starts {
            Starts::ReadBack(_) => self.search_forward(&input).map(|end| end.is_some()),
            Starts::Candidates(candidates) => self
                .search_from_candidates(candidates, &input)
                .map(|found| found.is_some()),
        };
        matches!(found, Ok(true))
    }

    /// Every match, leftmost-first and never overlapping, as the regex
    /// crate reports them.
    pub fn find_iter<'r, 't>(&'r self, text: &'t str) -> FindMatches<'r, 't> {
        FindMatches {
            regex: self,
            searcher: iter::Searcher::new(Input::new(text)),
        }
    }

    fn search_forward(&self, input: &Input<'_>) -> Result<Option<HalfMatch>, MatchError> {
        match &self.forward {
            Forward::Dense(dfa) => dfa.try_search_fwd(input),
            Forward::Sparse(dfa) => dfa.try_search_fwd(input),
        }
    }

    fn is_always_start_anchored(&self) -> bool {
        match &self.forward {
            Forward::Dense(dfa) => dfa.is_always_start_anchored(),
            Forward::Sparse(dfa) => dfa.is_always_start_anchored(),
        }
    }

    /// The leftmost match in `input`: what `dfa::regex::Regex::try_search`
    /// finds.
    fn search(&self, input: &Input<'_>) -> Result<Option<Match>, MatchError> {
        // A match of an anchored search starts where the search does.
        let anchored = input.get_anchored().is_anchored();
        let reverse = match &self.starts {
            Starts::Candidates(candidates) if !anchored => {
                return self.search_from_candidates(candidates, input);
            }
            Starts::Candidates(_) => None,
            Starts::ReadBack(reverse) => Some(reverse),
        };
        let Some(end) = self.search_forward(input)? else {
            return Ok(None);
        };
        // A reverse DFA cannot match past where the search started.
        let start = match reverse {
            Some(reverse)
                if !anchored
                    && !self.is_always_start_anchored()
                    && input.start() != end.offset() =>
            {
                let back = input
                    .clone()
                    .span(input.start()..end.offset())
                    .anchored(regex_automata::Anchored::Yes)
                    .earliest(false);
                // The reverse DFA always matches where the forward one did.
                let Some(start) = reverse.try_search_rev(&back)? else {
                    return Ok(None);
                };
                start.offset()
            }
            _ => input.start(),
        };
        Ok(Some(Match::new(end.pattern(), start..end.offset())))
    }

    /// The leftmost match in `input`, where every match starts at a place
    /// `candidates` finds: the first of them a match starts at, searched
    /// anchored there, gives the leftmost match, and its start is known
    /// without reading it back.
    fn search_from_candidates(
        &self,
        candidates: &Candidates,
        input: &Input<'_>,
    ) -> Result<Option<Match>, MatchError> {
        let mut at = input.start();
        while let Some(start) = candidates.find(input.haystack(), at, input.end()) {
            let anchored = input
                .clone()
                .span(start..input.end())
                .anchored(regex_automata::Anchored::Yes);
            if let Some(end) = self.search_forward(&anchored)? {
                return Ok(Some(Match::new(end.pattern(), start..end.offset())));
            }
            at = start + 1;
        }
        Ok(None)
    }
}

/// The matches of a [`StoredRegex`] in a text.
#[derive(Debug)]
pub struct FindMatches<'r, 't> {
    regex: &'r StoredRegex,
    searcher: iter::Searcher<'t>,
}

impl Iterator for FindMatches<'_, '_> {
    type Item = Match;

    fn next(&mut self) -> Option<Match> {
        let regex = self.regex;
        // No stored DFA has a quit byte or a Unicode word boundary, so a
        // search never fails; were one to, the matches would end there.
        self.searcher
            .try_advance(|input| regex.search(input))
            .ok()
            .flatten()
    }
}
