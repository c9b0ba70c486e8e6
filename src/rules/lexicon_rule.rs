//! What the lexicon-and-pattern rules (`pressure-phrase`, `absolute-claim`,
//! `off-platform`) share: collecting hits from a lexicon and from regex
//! families, keeping the longest of overlapping ones.

use std::ops::Range;

use super::pattern::Pattern;
use crate::model::prepared::{CopyRegion, PreparedNote};
use crate::text::lexicon::Entry;

/// One accepted occurrence, as a range of the region's folded text.
pub struct Found<'a> {
    pub range: Range<usize>,
    /// The lexicon entry, for lexicon hits.
    pub entry: Option<&'a Entry>,
    /// The pattern, for regex hits.
    pub pattern: Option<&'a Pattern>,
}

/// Lexicon hits of `lexicon` and matches of `patterns` in `region`, with
/// overlapping occurrences reduced to the longest (then earliest) one.
/// Pattern matches must start on a word boundary and lie outside links and
/// brand words (lexicon hits are already filtered so).
pub fn find<'a>(
    note: &'a PreparedNote,
    region: &'a CopyRegion,
    lexicon: &str,
    patterns: &'a [Pattern],
) -> Vec<Found<'a>> {
    let entries = note.settings.lexicons.get(lexicon);
    let mut found: Vec<Found<'a>> = note
        .hits(region, lexicon)
        .map(|hit| Found {
            range: hit.range.clone(),
            entry: entries.and_then(|l| l.entries.get(hit.entry)),
            pattern: None,
        })
        .collect();
    let haystack = region.haystack();
    for pattern in patterns {
        for range in pattern.find_iter(&haystack) {
            // Segmenting for the boundary check is the costly test: last.
            if !region.in_url(&range)
                && !region.in_protected(&range)
                && region.boundaries.contains(range.start)
            {
                found.push(Found {
                    range,
                    entry: None,
                    pattern: Some(pattern),
                });
            }
        }
    }
    keep_longest(found)
}

/// Longest first, then earliest; a later candidate that overlaps a kept one
/// is dropped. Kept ranges never overlap, so the neighbours by start in an
/// ordered map are the only ones that can: O(n log n) even for a megabyte
/// of repeated phrases.
pub fn keep_longest(mut found: Vec<Found<'_>>) -> Vec<Found<'_>> {
    found.sort_by_key(|f| (std::cmp::Reverse(f.range.len()), f.range.start));
    let mut kept: std::collections::BTreeMap<usize, Found<'_>> = std::collections::BTreeMap::new();
    for f in found {
        let before = kept.range(..f.range.end).next_back();
        let overlaps = before.is_some_and(|(_, k)| k.range.end > f.range.start);
        if !overlaps {
            kept.insert(f.range.start, f);
        }
    }
    kept.into_values().collect()
}

/// Whether any region of the Note mentions an entry of `lexicon` or a match
/// of `patterns`, for rules that ask whether something is there at all.
pub fn mentions(note: &PreparedNote, lexicon: &str, patterns: &[Pattern]) -> bool {
    note.regions()
        .any(|region| !find(note, region, lexicon, patterns).is_empty())
}
