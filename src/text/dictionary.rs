//! jieba's default dictionary, compiled by `build.rs` into an FST that is
//! part of the binary and used in place: opening it reads a header, not
//! 350,000 lines.
//!
//! jieba's segmentation of a text depends only on the dictionary words that
//! occur in that text and on the dictionary's total frequency, so the
//! segmenter asks this dictionary for the words of each text
//! ([`Dictionary::words_in`]) and loads only those into jieba.

use std::sync::LazyLock;

use fst::raw::{Fst, Output};

include!(concat!(env!("OUT_DIR"), "/jieba_dict.rs"));

static BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/jieba_dict.fst"));

/// A dictionary word found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DictWord {
    /// Index of the word among the dictionary's [`WORDS`].
    pub index: usize,
    pub freq: usize,
    /// Byte range of the occurrence.
    pub range: std::ops::Range<usize>,
}

/// The compiled dictionary.
pub struct Dictionary {
    fst: Fst<&'static [u8]>,
}

static DEFAULT: LazyLock<Option<Dictionary>> =
    LazyLock::new(|| Fst::new(BYTES).ok().map(|fst| Dictionary { fst }));

impl Dictionary {
    /// jieba's default dictionary. `None` only if the build produced a
    /// broken FST, which the tests rule out.
    pub fn default_dict() -> Option<&'static Dictionary> {
        DEFAULT.as_ref()
    }

    /// Distinct words.
    pub fn len(&self) -> usize {
        self.fst.len()
    }

    pub fn is_empty(&self) -> bool {
        self.fst.is_empty()
    }

    /// The frequency of `word`, if it is a dictionary word.
    pub fn freq(&self, word: &str) -> Option<usize> {
        self.fst.get(word).map(|output| unpack(output.value()).1)
    }

    /// Calls `found` for every occurrence of every dictionary word in `text`,
    /// overlapping ones included, by start and then by length.
    pub fn words_in(&self, text: &str, mut found: impl FnMut(DictWord)) {
        let root = self.fst.root();
        for (start, _) in text.char_indices() {
            let mut node = root;
            let mut output = Output::zero();
            for (offset, &byte) in text.as_bytes()[start..].iter().enumerate() {
                let Some(i) = node.find_input(byte) else {
                    break;
                };
                let transition = node.transition(i);
                output = output.cat(transition.out);
                node = self.fst.node(transition.addr);
                let end = start + offset + 1;
                // Only a whole character can end a word: a final state on a
                // byte inside one would mean a malformed dictionary entry.
                if node.is_final() && text.is_char_boundary(end) {
                    let (index, freq) = unpack(output.cat(node.final_output()).value());
                    found(DictWord {
                        index,
                        freq,
                        range: start..end,
                    });
                }
            }
        }
    }
}

fn unpack(value: u64) -> (usize, usize) {
    (
        (value >> FREQ_BITS) as usize,
        (value & ((1 << FREQ_BITS) - 1)) as usize,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dict() -> &'static Dictionary {
        Dictionary::default_dict().expect("the build embeds a valid dictionary")
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
    fn finds_overlapping_words_with_their_byte_ranges() {
        let mut found = Vec::new();
        dict().words_in("限时抢购", |w| found.push((w.range, w.freq)));
        let words: Vec<&str> = found
            .iter()
            .map(|(range, _)| &"限时抢购"[range.clone()])
            .collect();
        assert_eq!(words, ["限", "限时", "时", "抢", "抢购", "购"]);
        assert_eq!(found[1], (0..6, 54));
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
