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
        let automaton = DoubleArrayAhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .use_prefilter(false)
            .build_with_values(distinct)
            .ok()?;
        Some(LexiconAutomaton {
            automaton,
            next_same,
        })
    }

    /// The stored form: the chain, then the automaton.
    pub fn serialize(&self) -> Vec<u8> {
        let mut bytes = Vec::new();
        bytes.extend_from_slice(&(self.next_same.len() as u64).to_le_bytes());
        for next in &self.next_same {
            bytes.extend_from_slice(&next.to_le_bytes());
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
        let (automaton, rest) = DoubleArrayAhoCorasick::deserialize(rest).ok()?;
        rest.is_empty().then_some(LexiconAutomaton {
            automaton,
            next_same,
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
