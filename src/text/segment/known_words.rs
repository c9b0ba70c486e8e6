//! The words the segmenter knows, with the frequency jieba would give
//! each: jieba's dictionary (compiled into the binary), the built-in
//! lexicon words it lacks (priced at build time), and the words a config
//! adds (priced when added, as `Jieba::add_word` prices them).
//!
//! jieba's best route weighs each word by its frequency against the total
//! of all frequencies, so the total is kept exactly as jieba's would be
//! with every one of these words added.

use std::collections::HashMap;

use yada::DoubleArray;

use super::cut::{self, Mode};
use crate::text::dictionary::{self, Dictionary};

/// The built-in lexicon words jieba's dictionary lacks, in the order a
/// stock jieba adds them, each with the frequency it suggests for it then:
/// priced by `build.rs` (`build/word_prices.rs`) from the whole dictionary.
static BUILTIN_WORD_FREQS: &[(&str, usize)] =
    include!(concat!(env!("OUT_DIR"), "/builtin_word_freqs.rs"));

/// Those words as a double-array trie to their index in
/// [`BUILTIN_WORD_FREQS`] (`build/word_prices.rs`).
static BUILTIN_WORDS_TRIE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin_words.trie"));

/// Every word the segmenter knows, and jieba's total.
pub struct KnownWords {
    dictionary: &'static Dictionary,
    builtin: DoubleArray<&'static [u8]>,
    added: AddedWords,
    total: usize,
    log_total: f64,
}

/// The words a config added: each prefix of each word, mapped to the
/// word's frequency when the prefix is a whole word, so a walk along a
/// text stops at the first prefix no word has.
#[derive(Default)]
struct AddedWords {
    prefixes: HashMap<Box<str>, Option<usize>>,
}

impl AddedWords {
    fn get(&self, word: &str) -> Option<usize> {
        self.prefixes.get(word).copied().flatten()
    }

    fn insert(&mut self, word: &str, freq: usize) {
        for (end, _) in word.char_indices().skip(1) {
            self.prefixes.entry(word[..end].into()).or_insert(None);
        }
        self.prefixes.insert(word.into(), Some(freq));
    }

    /// Calls `found(len, freq)` for each added word `text` starts with.
    fn starting(&self, text: &str, found: &mut impl FnMut(usize, usize)) {
        if self.prefixes.is_empty() {
            return;
        }
        for end in text
            .char_indices()
            .skip(1)
            .map(|(i, _)| i)
            .chain([text.len()])
        {
            match self.prefixes.get(&text[..end]) {
                None => return,
                Some(Some(freq)) => found(end, *freq),
                Some(None) => {}
            }
        }
    }
}

impl KnownWords {
    /// jieba's dictionary and the built-in lexicon words.
    pub fn builtin() -> KnownWords {
        let builtin_total: usize = BUILTIN_WORD_FREQS.iter().map(|&(_, freq)| freq).sum();
        let total = dictionary::TOTAL + builtin_total;
        KnownWords {
            dictionary: Dictionary::default_dict(),
            // SAFETY: the bytes are the output of yada's own builder in
            // build.rs, which meets `new_unchecked`'s contract; the test
            // `the_builtin_words_trie_finds_each_word` runs yada's full
            // validation on them.
            builtin: unsafe { DoubleArray::new_unchecked(BUILTIN_WORDS_TRIE) },
            added: AddedWords::default(),
            total,
            log_total: (total as f64).ln(),
        }
    }

    /// `ln` of the sum of every known word's frequency.
    pub fn log_total(&self) -> f64 {
        self.log_total
    }

    /// The frequency of `word`, if the segmenter knows it.
    pub fn freq(&self, word: &str) -> Option<usize> {
        if word.is_empty() {
            return None;
        }
        self.dictionary
            .freq(word)
            .or_else(|| self.builtin_freq(word))
            .or_else(|| self.added.get(word))
    }

    pub fn contains(&self, word: &str) -> bool {
        self.freq(word).is_some()
    }

    fn builtin_freq(&self, word: &str) -> Option<usize> {
        if word.contains('\0') {
            return None;
        }
        let index = self.builtin.exact_match_search(word)?;
        BUILTIN_WORD_FREQS
            .get(index as usize)
            .map(|&(_, freq)| freq)
    }

    /// Calls `found(len, freq)` for every known word `text` starts with, in
    /// no particular order (each length at most once: the three sources
    /// hold different words). `text` is part of a block, which never holds
    /// a NUL, as no key of the tries does.
    pub fn starting(&self, text: &str, mut found: impl FnMut(usize, usize)) {
        let bytes = text.as_bytes();
        self.dictionary.starting(bytes, &mut found);
        for (index, len) in self.builtin.common_prefix_search(bytes) {
            if let Some(&(_, freq)) = BUILTIN_WORD_FREQS.get(index as usize) {
                found(len, freq);
            }
        }
        self.added.starting(text, &mut found);
    }

    /// Adds `word` unless it is known, with the frequency jieba would
    /// suggest for it; returns that frequency, `None` if it was known.
    pub fn add(&mut self, word: &str) -> Option<usize> {
        if word.is_empty() || self.contains(word) {
            return None;
        }
        let freq = self.suggest_freq(word);
        self.added.insert(word, freq);
        self.total += freq;
        self.log_total = (self.total as f64).ln();
        Some(freq)
    }

    /// jieba's `suggest_freq`: a frequency high enough for `word` to be cut
    /// whole, from the words it would be cut into without the HMM.
    pub fn suggest_freq(&self, word: &str) -> usize {
        let log_total = self.log_total;
        let mut log_freq = 0f64;
        cut::cut(self, word, Mode::DictionaryOnly, |range| {
            let freq = self.freq(&word[range]).unwrap_or(1);
            log_freq = log_freq + (freq as f64).ln() - log_total;
        });
        let suggested = (log_freq + log_total).exp() as usize + 1;
        suggested.max(self.freq(word).unwrap_or(1))
    }

    /// The built-in lexicon words jieba's dictionary lacks, with their
    /// frequencies.
    #[cfg(test)]
    pub fn builtin_word_freqs() -> &'static [(&'static str, usize)] {
        BUILTIN_WORD_FREQS
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_words_trie_finds_each_word() {
        let trie = DoubleArray::new(BUILTIN_WORDS_TRIE).expect("a valid trie");
        for (index, (word, _)) in BUILTIN_WORD_FREQS.iter().enumerate() {
            assert_eq!(trie.exact_match_search(word), Some(index as u32), "{word}");
        }
        // Most lexicon entries are not dictionary words.
        assert!(
            BUILTIN_WORD_FREQS.len() > 300,
            "{}",
            BUILTIN_WORD_FREQS.len()
        );
    }

    #[test]
    fn finds_words_from_every_source() {
        let mut words = KnownWords::builtin();
        let suggested = words.suggest_freq("保湿喷雾");
        assert_eq!(words.add("保湿喷雾"), Some(suggested));
        assert_eq!(words.freq("保湿喷雾"), Some(suggested));
        let text = "手慢无保湿喷雾";
        let mut found = Vec::new();
        for start in [0, "手慢无".len()] {
            words.starting(&text[start..], |len, _| {
                found.push(&text[start..start + len]);
            });
        }
        found.sort_unstable();
        assert_eq!(found, ["保", "保湿", "保湿喷雾", "手", "手慢", "手慢无"]);
        assert_eq!(words.freq("限时"), Some(54));
        assert!(words.contains("手慢无") && words.contains("保湿喷雾"));
        assert!(!words.contains("保湿喷"));
    }

    #[test]
    fn a_known_word_is_not_added_again() {
        let mut words = KnownWords::builtin();
        let total = words.total;
        assert_eq!(words.add("限时"), None);
        assert_eq!(words.add("手慢无"), None);
        assert_eq!(words.add(""), None);
        assert_eq!(words.total, total);
        // Priced from frequent words (`我们`, `是`): far over 1.
        let freq = words.add("我们是").unwrap_or_default();
        assert!(freq > 1_000, "{freq}");
        assert_eq!(words.total, total + freq);
        assert_eq!(words.log_total, ((total + freq) as f64).ln());
    }
}
