//! jieba's default dictionary, compiled by `build.rs` into a double-array
//! trie that is part of the binary and used in place: opening it reads
//! nothing, where stock jieba parses 350,000 lines.
//!
//! jieba's segmentation of a text depends only on the dictionary words that
//! occur in that text and on the dictionary's total frequency, so the
//! segmenter asks this dictionary for the words of each text
//! ([`Dictionary::words_in`]) and loads only those into jieba.

use std::sync::LazyLock;

use yada::DoubleArray;

include!(concat!(env!("OUT_DIR"), "/jieba_dict.rs"));

static TRIE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/jieba_dict.trie"));
/// The frequency of each word index, `u32` little-endian.
static FREQS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/jieba_dict.freq"));
/// The part-of-speech tag of each word index, an index into [`TAGS`]. Read
/// only when a rule asks for tags: segmenting never touches it.
static TAG_INDEX: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/jieba_dict.tag"));

/// A dictionary word found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DictWord {
    /// Index of the word among the dictionary's [`WORDS`].
    pub index: usize,
    /// Byte range of the occurrence.
    pub range: std::ops::Range<usize>,
}

impl DictWord {
    /// The word's frequency. Read only when needed: most words a text holds
    /// are loaded already, and the table is another cache miss per word.
    pub fn freq(&self) -> usize {
        freq_of(self.index)
    }
}

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

    /// Calls `found` for every occurrence of every dictionary word in `text`,
    /// overlapping ones included, by start and then by length.
    pub fn words_in(&self, text: &str, mut found: impl FnMut(DictWord)) {
        occurrences(&self.trie, text, |index, range| {
            found(DictWord { index, range })
        });
    }
}

/// Calls `found` with the value and the byte range of every occurrence in
/// `text` of every key of `trie`, overlapping ones included, by start and
/// then by length.
pub fn occurrences(
    trie: &DoubleArray<&[u8]>,
    text: &str,
    mut found: impl FnMut(usize, std::ops::Range<usize>),
) {
    // yada's keys cannot hold NUL, so no key crosses one, and the search
    // must not be handed one.
    let mut offset = 0;
    for piece in text.split('\0') {
        let bytes = piece.as_bytes();
        for (start, _) in piece.char_indices() {
            for (value, len) in trie.common_prefix_search(&bytes[start..]) {
                let start = offset + start;
                found(value as usize, start..start + len);
            }
        }
        offset += piece.len() + 1;
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

    #[test]
    fn finds_overlapping_words_with_their_byte_ranges() {
        let mut found = Vec::new();
        dict().words_in("限时抢购", |w| found.push((w.range.clone(), w.freq())));
        let words: Vec<&str> = found
            .iter()
            .map(|(range, _)| &"限时抢购"[range.clone()])
            .collect();
        assert_eq!(words, ["限", "限时", "时", "抢", "抢购", "购"]);
        assert_eq!(found[1], (0..6, 54));
    }

    #[test]
    fn a_nul_ends_no_word_and_keeps_offsets() {
        let text = "限时\0抢购";
        let mut words = Vec::new();
        dict().words_in(text, |w| words.push(&text[w.range]));
        assert_eq!(words, ["限", "限时", "时", "抢", "抢购", "购"]);
    }

    #[test]
    fn mixed_script_text_yields_only_dictionary_words() {
        let mut words = Vec::new();
        let text = "A股🎁到手¥99";
        dict().words_in(text, |w| words.push(&text[w.range]));
        assert!(words.contains(&"A股"), "{words:?}");
        assert!(words.contains(&"到手"), "{words:?}");
        assert!(!words.iter().any(|w| w.contains('🎁')), "{words:?}");
    }
}
