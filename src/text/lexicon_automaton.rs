//! The automaton over every matched lexicon term, in a form that can be
//! built once and stored: `build.rs` builds it for the built-in lexicons
//! and embeds its bytes, so a run loads it instead of building it (a few
//! million instructions, a third of a one-line Note's cold start). A
//! config that edits the lexicons builds its own at run time, with the
//! same code.
//!
//! Terms match ASCII letters in any case, and a term may appear in several
//! lexicons: the automaton holds each case-folded term once, and a chain
//! links the patterns that share it, so every pattern still reports.
//!
//! It also keeps every pair of adjacent characters its terms hold, so a
//! caller can tell without a search that no term spans a given join (see
//! [`LexiconAutomaton::may_join`]).
//!
//! `build.rs` compiles this file too (`#[path]`), so it uses nothing else
//! of the crate.

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;

use daachorse::{DoubleArrayAhoCorasick, DoubleArrayAhoCorasickBuilder, MatchKind};

/// Ends a chain of patterns that share a term.
const END_OF_CHAIN: u32 = u32::MAX;

pub struct LexiconAutomaton {
    /// Each distinct case-folded term, valued with its first pattern.
    automaton: DoubleArrayAhoCorasick<u32>,
    /// For each pattern, the next pattern with the same case-folded term.
    next_same: Vec<u32>,
    /// Every pair of adjacent characters in a case-folded term, packed by
    /// [`pair_key`], sorted.
    joins: Vec<u64>,
}

/// A pair of adjacent characters as one sortable number.
fn pair_key(before: char, after: char) -> u64 {
    (u64::from(before) << 32) | u64::from(after)
}

impl LexiconAutomaton {
    /// The automaton over `terms`; pattern `i` is `terms[i]`. `None` when
    /// there is nothing to match or a term is empty.
    pub fn build(terms: &[&str]) -> Option<LexiconAutomaton> {
        let count = u32::try_from(terms.len()).ok()?;
        let mut next_same = vec![END_OF_CHAIN; terms.len()];
        let mut last_with: HashMap<String, u32> = HashMap::with_capacity(terms.len());
        let mut distinct: Vec<(String, u32)> = Vec::with_capacity(terms.len());
        for (pattern, term) in (0..count).zip(terms) {
            let folded = term.to_ascii_lowercase();
            match last_with.get_mut(&folded) {
                Some(last) => {
                    next_same[*last as usize] = pattern;
                    *last = pattern;
                }
                None => {
                    last_with.insert(folded.clone(), pattern);
                    distinct.push((folded, pattern));
                }
            }
        }
        if distinct.is_empty() {
            return None;
        }
        let mut joins: Vec<u64> = distinct
            .iter()
            .flat_map(|(term, _)| {
                let after = term.chars().skip(1);
                term.chars().zip(after).map(|(a, b)| pair_key(a, b))
            })
            .collect();
        joins.sort_unstable();
        joins.dedup();
        let automaton = DoubleArrayAhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .use_prefilter(false)
            .build_with_values(distinct)
            .ok()?;
        Some(LexiconAutomaton {
            automaton,
            next_same,
            joins,
        })
    }

    /// Whether some term holds `before` directly followed by `after` (ASCII
    /// letters in either case): if not, no match can span the join between
    /// them.
    pub fn may_join(&self, before: char, after: char) -> bool {
        let key = pair_key(before.to_ascii_lowercase(), after.to_ascii_lowercase());
        self.joins.binary_search(&key).is_ok()
    }

    /// The stored form: the chain, the pairs, then the automaton.
    pub fn serialize(&self) -> Vec<u8> {
        let mut bytes = Vec::new();
        bytes.extend_from_slice(&(self.next_same.len() as u64).to_le_bytes());
        for next in &self.next_same {
            bytes.extend_from_slice(&next.to_le_bytes());
        }
        bytes.extend_from_slice(&(self.joins.len() as u64).to_le_bytes());
        for join in &self.joins {
            bytes.extend_from_slice(&join.to_le_bytes());
        }
        bytes.extend_from_slice(&self.automaton.serialize());
        bytes
    }

    /// Reads what [`LexiconAutomaton::serialize`] wrote; `None` if the
    /// bytes are not such an automaton.
    pub fn deserialize(bytes: &[u8]) -> Option<LexiconAutomaton> {
        let (length, rest) = bytes.split_first_chunk::<8>()?;
        let length = usize::try_from(u64::from_le_bytes(*length)).ok()?;
        let (chain, rest) = rest.split_at_checked(length.checked_mul(4)?)?;
        let next_same = chain
            .chunks_exact(4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .collect();
        let (length, rest) = rest.split_first_chunk::<8>()?;
        let length = usize::try_from(u64::from_le_bytes(*length)).ok()?;
        let (joins, rest) = rest.split_at_checked(length.checked_mul(8)?)?;
        let joins: Vec<u64> = joins
            .chunks_exact(8)
            .map(|b| u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]))
            .collect();
        let (automaton, rest) = DoubleArrayAhoCorasick::deserialize(rest).ok()?;
        (rest.is_empty() && joins.is_sorted()).then_some(LexiconAutomaton {
            automaton,
            next_same,
            joins,
        })
    }

    /// Calls `found` with the pattern and byte range of every occurrence of
    /// every pattern, overlapping ones included, in order of end offset,
    /// then longest first, then pattern.
    pub fn for_each_match(&self, text: &str, mut found: impl FnMut(usize, Range<usize>)) {
        // ASCII case folding keeps every byte offset.
        let folded = if text.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(text.to_ascii_lowercase())
        } else {
            Cow::Borrowed(text)
        };
        for m in self.automaton.find_overlapping_iter(folded.as_bytes()) {
            let mut pattern = m.value();
            while pattern != END_OF_CHAIN {
                found(pattern as usize, m.start()..m.end());
                pattern = self
                    .next_same
                    .get(pattern as usize)
                    .copied()
                    .unwrap_or(END_OF_CHAIN);
            }
        }
    }
}
