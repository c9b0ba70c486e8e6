//! jieba's default dictionary, compiled by `build.rs` into a double-array
//! trie that is part of the binary and used in place: opening it reads
//! nothing, where stock jieba parses 350,000 lines.
//!
//! jieba's segmentation of a text depends only on the dictionary words that
//! occur in that text and on the dictionary's total frequency, so the
//! segmenter asks this dictionary for the words starting at each character
//! ([`Dictionary::starting`]).

use std::sync::LazyLock;

use yada::DoubleArray;

include!(concat!(env!("OUT_DIR"), "/jieba_dict.rs"));

/// The trie, from each word to its frequency and tag packed in one value
/// ([`freq_of`], [`tag_of`]): a search reads nothing beside it.
static TRIE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/jieba_dict.trie"));

/// The compiled dictionary.
pub struct Dictionary {
    trie: DoubleArray<&'static [u8]>,
}

static DEFAULT: LazyLock<Dictionary> = LazyLock::new(|| Dictionary {
    // SAFETY: `TRIE` is the output of yada's own builder in `build.rs`,
    // which meets `new_unchecked`'s contract; the test
    // `the_compiled_trie_is_valid` runs yada's full validation on it.
    // Validating here would read all of it on every start.
    trie: unsafe { DoubleArray::new_unchecked(TRIE) },
});

impl Dictionary {
    /// jieba's default dictionary.
    pub fn default_dict() -> &'static Dictionary {
        &DEFAULT
    }

    /// Distinct words.
    pub fn len(&self) -> usize {
        WORDS
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The frequency of `word`, if it is a dictionary word.
    pub fn freq(&self, word: &str) -> Option<usize> {
        if word.is_empty() || word.contains('\0') {
            return None;
        }
        self.trie.exact_match_search(word).map(freq_of)
    }

    /// The part-of-speech tag jieba's dictionary gives `word` (`n`, `a`,
    /// `v`, …), if it is a dictionary word.
    pub fn tag(&self, word: &str) -> Option<&'static str> {
        if word.is_empty() || word.contains('\0') {
            return None;
        }
        self.trie.exact_match_search(word).and_then(tag_of)
    }

    /// Calls `found(len, freq)` for every dictionary word `bytes` starts
    /// with, shortest first. `bytes` must hold no NUL (no key does).
    pub fn starting(&self, bytes: &[u8], found: &mut impl FnMut(usize, usize)) {
        for (value, len) in self.trie.common_prefix_search(bytes) {
            found(len, freq_of(value));
        }
    }
}

/// The frequency a word's value in the trie holds.
fn freq_of(value: u32) -> usize {
    (value >> TAG_BITS) as usize
}

/// The tag a word's value in the trie holds.
fn tag_of(value: u32) -> Option<&'static str> {
    TAGS.get((value & ((1 << TAG_BITS) - 1)) as usize).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dict() -> &'static Dictionary {
        Dictionary::default_dict()
    }

    #[test]
    fn the_compiled_trie_is_valid() {
        assert!(DoubleArray::new(TRIE).is_ok());
    }

    #[test]
    fn every_word_has_the_frequency_and_tag_of_its_last_line() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/dictionaries/jieba/dict.txt");
        let text = std::fs::read_to_string(path).expect("dict.txt");
        let mut last = std::collections::HashMap::new();
        for line in text.lines() {
            let mut fields = line.split_ascii_whitespace();
            let Some(word) = fields.next() else { continue };
            let freq: usize = fields.next().map_or(0, |f| f.parse().expect("a number"));
            last.insert(word, (freq, fields.next().unwrap_or("")));
        }
        assert_eq!(last.len(), WORDS);
        for (word, (freq, tag)) in last {
            assert_eq!(dict().freq(word), Some(freq), "{word}");
            assert_eq!(dict().tag(word), Some(tag), "{word}");
        }
    }

    #[test]
    fn holds_every_word_of_jiebas_dictionary() {
        assert_eq!(dict().len(), WORDS);
        assert_eq!(WORDS, 349_045);
        assert_eq!(TOTAL, 60_101_964);
    }

    #[test]
    fn is_the_dictionary_jieba_embeds() {
        let stock = format!("{:?}", jieba_rs::Jieba::new());
        assert_eq!(
            stock,
            format!("Jieba {{ records_len: {ENTRIES}, total_freq: {TOTAL} }}")
        );
    }

    #[test]
    fn frequencies_are_jiebas() {
        // `dictionaries/jieba/dict.txt` lists `限时 54 n` and `一次性 429 d`.
        assert_eq!(dict().freq("限时"), Some(54));
        assert_eq!(dict().freq("一次性"), Some(429));
        assert_eq!(dict().freq("手慢无"), None);
    }

    #[test]
    fn tags_are_jiebas() {
        // `dict.txt` lists `限时 54 n`, `舒服 1144 a`, `很 69103 zg`,
        // `不 360331 d` and `香气 432 n`.
        for (word, tag) in [
            ("限时", "n"),
            ("舒服", "a"),
            ("很", "zg"),
            ("不", "d"),
            ("香气", "n"),
        ] {
            assert_eq!(dict().tag(word), Some(tag), "{word}");
        }
        assert_eq!(dict().tag("手慢无"), None);
        assert_eq!(dict().tag(""), None);
        // Every word of the dictionary has a tag; they are a few dozen.
        assert_eq!(TAGS.len(), 55);
        assert!(!TAGS.contains(&""));
    }

    /// Every dictionary word of `text`, overlapping ones included.
    fn words_in(text: &str) -> Vec<(&str, usize)> {
        let mut found = Vec::new();
        for (start, _) in text.char_indices() {
            dict().starting(&text.as_bytes()[start..], &mut |len, freq| {
                found.push((&text[start..start + len], freq));
            });
        }
        found
    }

    #[test]
    fn finds_the_words_at_each_character_shortest_first() {
        let words = words_in("限时抢购");
        let words: Vec<&str> = words.iter().map(|(w, _)| *w).collect();
        assert_eq!(words, ["限", "限时", "时", "抢", "抢购", "购"]);
        assert_eq!(words_in("限时")[1], ("限时", 54));
    }

    #[test]
    fn mixed_script_text_yields_only_dictionary_words() {
        let found = words_in("A股🎁到手¥99");
        let words: Vec<&str> = found.iter().map(|(w, _)| *w).collect();
        assert!(words.contains(&"A股"), "{words:?}");
        assert!(words.contains(&"到手"), "{words:?}");
        assert!(!words.iter().any(|w| w.contains('🎁')), "{words:?}");
    }
}
