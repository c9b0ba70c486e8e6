//! The built-in lexicons, compiled in, and the one automaton over them.

use std::borrow::Cow;
use std::sync::{Arc, LazyLock};

pub use crate::text::builtin_lexicons::{BUILTIN, LexiconRole, WORD_LISTS};
use crate::text::lexicon::{Entry, Lexicon};
use crate::text::matcher::LexiconMatcher;

/// Lexicons with their matcher, built once per distinct configuration.
pub struct LexiconSet {
    pub lexicons: Vec<Lexicon>,
    pub roles: Vec<LexiconRole>,
    /// Matches the `Match` lexicons only; hit indices refer to `lexicons`.
    matcher: LexiconMatcher,
}

static BUILTIN_SET: LazyLock<Arc<LexiconSet>> = LazyLock::new(|| {
    Arc::new(LexiconSet::assemble(
        builtin_lexicons()
            .into_iter()
            .zip(BUILTIN.iter().map(|(_, role, _)| *role))
            .collect(),
        LexiconMatcher::builtin,
    ))
});

/// The entries of each built-in lexicon, parsed by `build.rs` with
/// [`Lexicon::parse`].
static PARSED: &[&[Entry]] = include!(concat!(env!("OUT_DIR"), "/builtin_lexicons.rs"));

/// The entries of each word list of [`WORD_LISTS`], parsed by `build.rs`.
static PARSED_WORD_LISTS: &[&[Entry]] = include!(concat!(env!("OUT_DIR"), "/word_lists.rs"));

/// The built-in lexicons, in the order of [`BUILTIN`]. `build.rs` parsed
/// them (a bad entry fails the build), so a run only borrows them.
pub fn builtin_lexicons() -> Vec<Lexicon> {
    BUILTIN
        .iter()
        .zip(PARSED)
        .map(|((name, _, _), entries)| borrowed(name, entries))
        .collect()
}

/// The word list `name` of [`WORD_LISTS`], as `build.rs` parsed it; `None`
/// for a name not listed there.
pub fn word_list(name: &str) -> Option<Lexicon> {
    let index = WORD_LISTS.iter().position(|(listed, _)| *listed == name)?;
    Some(borrowed(name, PARSED_WORD_LISTS.get(index)?))
}

/// A lexicon whose entries are borrowed from the binary.
fn borrowed(name: &str, entries: &'static [Entry]) -> Lexicon {
    Lexicon {
        name: name.to_string(),
        entries: Cow::Borrowed(entries),
    }
}

/// Every word of every built-in lexicon, in order, for the segmenter.
pub fn builtin_words() -> Vec<&'static str> {
    PARSED
        .iter()
        .flat_map(|entries| entries.iter().map(|entry| entry.term.as_ref()))
        .collect()
}

impl LexiconSet {
    pub fn builtin() -> Arc<LexiconSet> {
        Arc::clone(&BUILTIN_SET)
    }

    /// Lexicons as a config edited them, with a matcher built for them.
    pub fn new(lexicons: Vec<(Lexicon, LexiconRole)>) -> Self {
        LexiconSet::assemble(lexicons, LexiconMatcher::new)
    }

    fn assemble(
        lexicons: Vec<(Lexicon, LexiconRole)>,
        matcher: fn(&[Lexicon], &dyn Fn(usize) -> bool) -> LexiconMatcher,
    ) -> Self {
        let (lexicons, roles): (Vec<Lexicon>, Vec<LexiconRole>) = lexicons.into_iter().unzip();
        let matcher = matcher(&lexicons, &|l| roles[l] == LexiconRole::Match);
        LexiconSet {
            lexicons,
            roles,
            matcher,
        }
    }

    pub fn matcher(&self) -> &LexiconMatcher {
        &self.matcher
    }

    /// Index of the lexicon called `name`.
    pub fn index(&self, name: &str) -> Option<usize> {
        self.lexicons.iter().position(|l| l.name == name)
    }

    pub fn get(&self, name: &str) -> Option<&Lexicon> {
        self.lexicons.iter().find(|l| l.name == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_entries_are_borrowed_until_a_config_edits_them() {
        let mut lexicons = builtin_lexicons();
        assert!(
            lexicons
                .iter()
                .all(|l| matches!(l.entries, Cow::Borrowed(_))),
            "a built-in lexicon copied at start"
        );
        let lexicon = &mut lexicons[0];
        let first = lexicon.entries[0].term.to_string();
        let count = lexicon.entries.len();
        lexicon.remove(["不在任何词表里的词"]);
        assert!(matches!(lexicon.entries, Cow::Borrowed(_)));
        lexicon.remove([first.as_str()]);
        assert!(matches!(lexicon.entries, Cow::Owned(_)));
        assert_eq!(lexicon.entries.len(), count - 1);
        assert!(lexicon.terms().all(|term| term != first));
        lexicon.add(["新加的词"]);
        assert_eq!(lexicon.entries.len(), count);
        assert_eq!(lexicon.terms().last(), Some("新加的词"));
    }

    #[test]
    fn the_builtin_set_finds_the_match_lexicons_only() {
        let set = LexiconSet::builtin();
        let lexicons = builtin_lexicons();
        // The old way: segmentation lexicons emptied before building.
        let emptied: Vec<Lexicon> = lexicons
            .iter()
            .zip(BUILTIN)
            .map(|(lexicon, (_, role, _))| match role {
                LexiconRole::Match => lexicon.clone(),
                LexiconRole::Segmentation => Lexicon::default(),
            })
            .collect();
        let reference = LexiconMatcher::new(&emptied, &|_| true);
        // A few words of every lexicon, segmentation ones included.
        let text: String = lexicons
            .iter()
            .flat_map(|l| l.entries.iter().take(5).map(|e| format!("{}，", e.term)))
            .collect();
        let found = set.matcher().find_all(&text);
        assert_eq!(found, reference.find_all(&text));
        assert!(found.len() > 50, "{}", found.len());
        assert!(
            found
                .iter()
                .all(|hit| set.roles[hit.lexicon] == LexiconRole::Match)
        );
        assert!(set.roles.contains(&LexiconRole::Segmentation));
    }

    #[test]
    fn every_builtin_lexicon_parses() {
        for (name, _, text) in BUILTIN {
            let lexicon = Lexicon::parse(name, text).unwrap_or_else(|e| panic!("{e}"));
            assert!(!lexicon.entries.is_empty(), "{name} is empty");
        }
    }

    #[test]
    fn the_lexicons_parsed_at_build_time_are_what_the_parser_makes_of_the_files() {
        let stored = builtin_lexicons();
        assert_eq!(stored.len(), BUILTIN.len());
        for (lexicon, (name, _, text)) in stored.iter().zip(BUILTIN) {
            let parsed = Lexicon::parse(name, text).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(lexicon.name, parsed.name);
            assert_eq!(lexicon.entries, parsed.entries, "{name}");
        }
    }

    #[test]
    fn the_word_lists_parsed_at_build_time_are_what_the_parser_makes_of_the_files() {
        for (name, text) in WORD_LISTS {
            let stored = word_list(name).unwrap_or_else(|| panic!("{name} not stored"));
            let parsed = Lexicon::parse(name, text).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(stored.name, parsed.name);
            assert!(!stored.entries.is_empty(), "{name} is empty");
            assert_eq!(stored.entries, parsed.entries, "{name}");
        }
        assert!(word_list("absolute-claim").is_none());
    }

    #[test]
    fn no_entry_is_listed_twice_in_one_lexicon() {
        for lexicon in builtin_lexicons() {
            let mut seen = std::collections::HashSet::new();
            for entry in lexicon.entries.iter() {
                assert!(
                    seen.insert(entry.term.to_lowercase()),
                    "{}:{} repeats `{}`",
                    lexicon.name,
                    entry.line,
                    entry.term
                );
            }
        }
    }
}
