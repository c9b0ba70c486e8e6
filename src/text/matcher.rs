//! All lexicon candidates in one pass: one automaton over every lexicon,
//! reporting overlapping matches so the word-boundary test
//! (`PreparedNote::hits`) can pick the right one (`全网最低` and `最低` both
//! surface).
//!
//! The built-in lexicons' automaton is built by `build.rs` and loaded, not
//! built, when a run starts (see `text::lexicon_automaton`); a config that
//! edits a lexicon builds its own.

use std::ops::Range;

use super::lexicon::Lexicon;
use super::lexicon_automaton::LexiconAutomaton;

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

/// The built-in lexicons' automaton as `build.rs` stored it.
static BUILTIN_AUTOMATON: &[u8] =
    include_bytes!(concat!(env!("OUT_DIR"), "/lexicon_automaton.bin"));

pub struct LexiconMatcher {
    automaton: Option<LexiconAutomaton>,
    /// `(lexicon, entry)` of each pattern.
    patterns: Vec<(usize, usize)>,
}

impl LexiconMatcher {
    /// A matcher over the lexicons `matched` picks (by index) of
    /// `lexicons`, built now; hit indices refer to `lexicons`.
    pub fn new(lexicons: &[Lexicon], matched: &dyn Fn(usize) -> bool) -> Self {
        let (terms, patterns) = patterns(lexicons, matched);
        LexiconMatcher {
            automaton: LexiconAutomaton::build(&terms),
            patterns,
        }
    }

    /// A matcher over the built-in lexicons, whose automaton `build.rs`
    /// built from the same terms in the same order (a test holds it to
    /// what [`LexiconMatcher::new`] would build).
    pub fn builtin(lexicons: &[Lexicon], matched: &dyn Fn(usize) -> bool) -> Self {
        match LexiconAutomaton::deserialize(BUILTIN_AUTOMATON) {
            Some(automaton) => LexiconMatcher {
                automaton: Some(automaton),
                patterns: patterns(lexicons, matched).1,
            },
            None => LexiconMatcher::new(lexicons, matched),
        }
    }

    /// Whether an entry may hold `before` directly followed by `after`
    /// (ASCII letters in either case); false means no entry found by
    /// [`LexiconMatcher::find_all`] spans the join between two such
    /// characters.
    pub fn may_join(&self, before: char, after: char) -> bool {
        self.automaton
            .as_ref()
            .is_some_and(|automaton| automaton.may_join(before, after))
    }

    /// Every occurrence of every entry, overlapping ones included, in order
    /// of their end offsets, the longest first.
    pub fn find_all(&self, text: &str) -> Vec<LexiconHit> {
        let Some(automaton) = &self.automaton else {
            return Vec::new();
        };
        let mut hits = Vec::new();
        automaton.for_each_match(text, |pattern, range| {
            if inside_latin_word(text, range.clone()) {
                return;
            }
            if let Some(&(lexicon, entry)) = self.patterns.get(pattern) {
                hits.push(LexiconHit {
                    lexicon,
                    entry,
                    range,
                });
            }
        });
        hits
    }
}

/// Every entry's term, and `(lexicon, entry)` of each, in lexicon order.
fn patterns<'l>(
    lexicons: &'l [Lexicon],
    matched: &dyn Fn(usize) -> bool,
) -> (Vec<&'l str>, Vec<(usize, usize)>) {
    let mut terms = Vec::new();
    let mut patterns = Vec::new();
    for (l, lexicon) in lexicons.iter().enumerate().filter(|(l, _)| matched(*l)) {
        for (e, entry) in lexicon.entries.iter().enumerate() {
            terms.push(entry.term.as_ref());
            patterns.push((l, e));
        }
    }
    (terms, patterns)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_pairs_inside_an_entry_may_join() {
        let lexicons = [Lexicon::parse("a", "手慢无\nVX\n").expect("valid")];
        let matcher = LexiconMatcher::new(&lexicons, &|_| true);
        assert!(matcher.may_join('手', '慢'));
        assert!(matcher.may_join('慢', '无'));
        assert!(matcher.may_join('V', 'x'));
        assert!(matcher.may_join('v', 'X'));
        assert!(!matcher.may_join('无', '手'));
        assert!(!matcher.may_join('手', '无'));
        let stored = LexiconAutomaton::build(&["手慢无", "vx"]).expect("builds");
        let loaded = LexiconAutomaton::deserialize(&stored.serialize()).expect("loads");
        assert!(loaded.may_join('慢', '无'));
        assert!(!loaded.may_join('x', 'v'));
    }

    #[test]
    fn overlapping_matches_across_lexicons() {
        let lexicons = [
            Lexicon::parse("a", "最低\n全网最低\n").expect("valid"),
            Lexicon::parse("b", "VX\n").expect("valid"),
        ];
        let matcher = LexiconMatcher::new(&lexicons, &|_| true);
        let hits = matcher.find_all("全网最低，加vx");
        let found: Vec<(usize, usize, Range<usize>)> = hits
            .into_iter()
            .map(|h| (h.lexicon, h.entry, h.range))
            .collect();
        assert_eq!(found, [(0, 1, 0..12), (0, 0, 6..12), (1, 0, 18..20)]);
    }

    use crate::text::lexicons::{BUILTIN, LexiconRole, builtin_lexicons};
    use aho_corasick::{AhoCorasickBuilder, MatchKind};
    use proptest::prelude::*;

    /// The built-in matched lexicons as the matcher sees them.
    fn matched_builtin() -> Vec<Lexicon> {
        builtin_lexicons()
            .into_iter()
            .zip(BUILTIN)
            .map(|(lexicon, (_, role, _))| match role {
                LexiconRole::Match => lexicon,
                LexiconRole::Segmentation => Lexicon::default(),
            })
            .collect()
    }

    /// What the matcher found before the automaton was stored: the
    /// aho-corasick crate, overlapping, ASCII case-insensitive.
    fn reference(lexicons: &[Lexicon], text: &str) -> Vec<LexiconHit> {
        let (terms, patterns) = patterns(lexicons, &|_| true);
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .ascii_case_insensitive(true)
            .build(&terms)
            .expect("the built-in terms build");
        automaton
            .find_overlapping_iter(text)
            .filter(|m| !inside_latin_word(text, m.range()))
            .map(|m| {
                let (lexicon, entry) = patterns[m.pattern().as_usize()];
                LexiconHit {
                    lexicon,
                    entry,
                    range: m.range(),
                }
            })
            .collect()
    }

    /// Texts that hold lexicon terms: every example Note, and every term.
    fn sample_texts() -> Vec<String> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples");
        let mut texts: Vec<String> = std::fs::read_dir(dir)
            .expect("examples/ is readable")
            .filter_map(|entry| std::fs::read_to_string(entry.ok()?.path()).ok())
            .collect();
        assert!(texts.len() >= 10, "examples/ holds the example Notes");
        let every_term = matched_builtin()
            .iter()
            .flat_map(|l| l.entries.iter().map(|e| e.term.clone()))
            .collect::<Vec<_>>();
        texts.push(every_term.join("，"));
        texts.push(every_term.concat().to_ascii_uppercase());
        texts
    }

    #[test]
    fn the_stored_automaton_is_what_the_builder_makes_of_the_builtin_lexicons() {
        let lexicons = matched_builtin();
        let (terms, _) = patterns(&lexicons, &|_| true);
        let rebuilt = LexiconAutomaton::build(&terms).expect("the built-in terms build");
        assert_eq!(rebuilt.serialize(), BUILTIN_AUTOMATON);
    }

    #[test]
    fn the_stored_automaton_finds_what_the_old_matcher_found() {
        let lexicons = matched_builtin();
        let stored = LexiconMatcher::builtin(&lexicons, &|_| true);
        let built = LexiconMatcher::new(&lexicons, &|_| true);
        for text in sample_texts() {
            let expected = reference(&lexicons, &text);
            assert!(!expected.is_empty());
            assert_eq!(stored.find_all(&text), expected);
            assert_eq!(built.find_all(&text), expected);
        }
    }

    #[test]
    fn a_term_in_two_lexicons_and_in_two_cases_reports_every_entry() {
        let lexicons = [
            Lexicon::parse("a", "私信\nVX\n").expect("valid"),
            Lexicon::parse("b", "vx\n私信\n").expect("valid"),
        ];
        let matcher = LexiconMatcher::new(&lexicons, &|_| true);
        let found: Vec<(usize, usize, Range<usize>)> = matcher
            .find_all("加Vx私信")
            .into_iter()
            .map(|h| (h.lexicon, h.entry, h.range))
            .collect();
        assert_eq!(
            found,
            [(0, 1, 3..5), (1, 0, 3..5), (0, 0, 5..11), (1, 1, 5..11)]
        );
        assert_eq!(
            matcher.find_all("加Vx私信"),
            reference(&lexicons, "加Vx私信")
        );
    }

    proptest! {
        #[test]
        fn stored_and_built_automata_match_the_old_matcher_on_any_text(
            text in "[最低全网第一加微信vxVX私信手慢无 ab!,，]{0,40}"
        ) {
            let lexicons = matched_builtin();
            let expected = reference(&lexicons, &text);
            prop_assert_eq!(LexiconMatcher::builtin(&lexicons, &|_| true).find_all(&text), expected.clone());
            prop_assert_eq!(LexiconMatcher::new(&lexicons, &|_| true).find_all(&text), expected);
        }
    }
}
