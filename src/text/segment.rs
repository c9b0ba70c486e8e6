//! Word segmentation with jieba, built once per process.
//!
//! Every lexicon entry (flagged terms and the benign compounds that contain
//! them) is added as a user word, so `手慢无` segments as one word and
//! `第一次` swallows the `第一` inside it. A lexicon match counts only where
//! it starts and ends on a word boundary.

use std::sync::{OnceLock, RwLock};

use jieba_rs::Jieba;

/// The process-wide segmenter.
pub struct Segmenter {
    jieba: RwLock<Jieba>,
}

static GLOBAL: OnceLock<Segmenter> = OnceLock::new();

impl Segmenter {
    /// The shared segmenter, with every built-in lexicon word added on first use.
    pub fn global() -> &'static Segmenter {
        GLOBAL.get_or_init(|| {
            let segmenter = Segmenter {
                jieba: RwLock::new(Jieba::new()),
            };
            segmenter.add_words(crate::rules::lexicons::builtin_words());
            segmenter
        })
    }

    /// Adds user words (lexicon entries, brand and product names). Words
    /// already known keep their frequency.
    pub fn add_words<'a>(&self, words: impl IntoIterator<Item = &'a str>) {
        let mut jieba = match self.jieba.write() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        };
        for word in words {
            let word = word.trim();
            if !word.is_empty() && !jieba.has_word(word) {
                jieba.add_word(word, None, None);
            }
        }
    }

    /// The word boundaries of `text`.
    pub fn boundaries(&self, text: &str) -> Boundaries {
        let jieba = match self.jieba.read() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        };
        let mut boundaries = Boundaries::new(text.len());
        let mut offset = 0;
        for word in jieba.cut(text, true) {
            boundaries.set(offset);
            offset += word.word.len();
            boundaries.set(offset);
        }
        boundaries
    }

    /// The words of `text`, for shortening names at a word boundary.
    pub fn words<'t>(&self, text: &'t str) -> Vec<&'t str> {
        let jieba = match self.jieba.read() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        };
        jieba.cut(text, true).into_iter().map(|t| t.word).collect()
    }
}

/// The byte offsets of a text where one word ends and the next begins.
#[derive(Debug, Clone)]
pub struct Boundaries {
    bits: Vec<u64>,
    len: usize,
}

impl Boundaries {
    fn new(len: usize) -> Self {
        Boundaries {
            bits: vec![0; len / 64 + 1],
            len,
        }
    }

    fn set(&mut self, offset: usize) {
        if offset <= self.len {
            self.bits[offset / 64] |= 1 << (offset % 64);
        }
    }

    /// Whether a word starts or ends at `offset`.
    pub fn contains(&self, offset: usize) -> bool {
        offset <= self.len && self.bits[offset / 64] & (1 << (offset % 64)) != 0
    }

    /// Whether `range` starts and ends on word boundaries.
    pub fn aligned(&self, range: &std::ops::Range<usize>) -> bool {
        self.contains(range.start) && self.contains(range.end)
    }
}
