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

static TRIE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/jieba_dict.trie"));
/// The frequency of each word index, `u32` little-endian.
static FREQS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/jieba_dict.freq"));
/// The part-of-speech tag of each word index, an index into [`TAGS`]. Read
/// only when a rule asks for tags: segmenting never touches it.
static TAG_INDEX: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/jieba_dict.tag"));

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
        FREQS.len() / 4
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The frequency of `word`, if it is a dictionary word.
    pub fn freq(&self, word: &str) -> Option<usize> {
        if word.is_empty() || word.contains('\0') {
            return None;
        }
        let index = self.trie.exact_match_search(word)?;
        Some(freq_of(index as usize))
    }

    /// The part-of-speech tag jieba's dictionary gives `word` (`n`, `a`,
    /// `v`, …), if it is a dictionary word.
    pub fn tag(&self, word: &str) -> Option<&'static str> {
        if word.is_empty() || word.contains('\0') {
            return None;
        }
        let index = self.trie.exact_match_search(word)?;
        let tag = TAG_INDEX.get(index as usize)?;
        TAGS.get(usize::from(*tag)).copied()
    }

    /// Calls `found(len, freq)` for every dictionary word `bytes` starts
    /// with, shortest first. `bytes` must hold no NUL (no key does).
    pub fn starting(&self, bytes: &[u8], found: &mut impl FnMut(usize, usize)) {
        for (index, len) in self.trie.common_prefix_search(bytes) {
            found(len, freq_of(index as usize));
        }
    }
}

fn freq_of(index: usize) -> usize {
    FREQS
        .get(index * 4..index * 4 + 4)
        .and_then(|b| b.try_into().ok())
        .map_or(0, |b| u32::from_le_bytes(b) as usize)
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
        assert_eq!(FREQS.len(), WORDS * 4);
        assert_eq!(TAG_INDEX.len(), WORDS);
        assert!(TAG_INDEX.iter().all(|&t| usize::from(t) < TAGS.len()));
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
