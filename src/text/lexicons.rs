//! The built-in lexicons, compiled in, and the one automaton over them.

use std::sync::{Arc, LazyLock};

pub use crate::text::builtin_lexicons::{BUILTIN, LexiconRole};
use crate::text::lexicon::Lexicon;
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

/// Parses the built-in lexicons. They are part of the binary and covered by
/// tests, so a parse failure is a build defect; it yields an empty lexicon
/// rather than a panic in a user's run.
pub fn builtin_lexicons() -> Vec<Lexicon> {
    BUILTIN
        .iter()
        .map(|(name, _, text)| {
            Lexicon::parse(name, text).unwrap_or_else(|_| Lexicon {
                name: (*name).to_string(),
                entries: Vec::new(),
            })
        })
        .collect()
}

/// Every word of every built-in lexicon, for the segmenter.
pub fn builtin_words() -> Vec<&'static str> {
    static WORDS: LazyLock<Vec<String>> = LazyLock::new(|| {
        builtin_lexicons()
            .into_iter()
            .flat_map(|l| l.entries.into_iter().map(|e| e.term))
            .collect()
    });
    WORDS.iter().map(String::as_str).collect()
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
        matcher: fn(&[Lexicon]) -> LexiconMatcher,
    ) -> Self {
        let (lexicons, roles): (Vec<Lexicon>, Vec<LexiconRole>) = lexicons.into_iter().unzip();
        let matched: Vec<Lexicon> = lexicons
            .iter()
            .zip(&roles)
            .map(|(l, role)| match role {
                LexiconRole::Match => l.clone(),
                LexiconRole::Segmentation => Lexicon::default(),
            })
            .collect();
        let matcher = matcher(&matched);
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
    fn every_builtin_lexicon_parses() {
        for (name, _, text) in BUILTIN {
            let lexicon = Lexicon::parse(name, text).unwrap_or_else(|e| panic!("{e}"));
            assert!(!lexicon.entries.is_empty(), "{name} is empty");
        }
    }

    #[test]
    fn no_entry_is_listed_twice_in_one_lexicon() {
        for lexicon in builtin_lexicons() {
            let mut seen = std::collections::HashSet::new();
            for entry in &lexicon.entries {
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
