//! Word segmentation: jieba's, reproduced over a dictionary compiled into
//! the binary.
//!
//! Every lexicon entry (flagged terms and the benign compounds that contain
//! them) is a known word, so `手慢无` segments as one word and `第一次`
//! swallows the `第一` inside it. A lexicon match counts only where it
//! starts and ends on a word boundary.
//!
//! # Why not jieba-rs itself
//!
//! Stock jieba-rs parses its 350,000-word dictionary on every start (70–80
//! ms, far more than linting a Note), and even an empty jieba-rs writes a
//! 512 KiB table of first characters before it segments anything. But its
//! cut depends only on the known words that occur in a text, their
//! frequencies, the total of all frequencies and its hidden Markov model.
//! So the segmenter makes the same cut itself ([`cut`]): the words come
//! from the compiled dictionary, the built-in lexicon words priced at build
//! time and a config's words priced when added ([`known_words`]), and the
//! model is jieba's own ([`hmm`]). Nothing is loaded or built at start.
//! `tests/segment_equivalence.rs` and `tests/tag_equivalence.rs` check the
//! words and tags against stock jieba-rs with its whole dictionary, which
//! [`Segmenter::with_loaded_jieba`] wraps as the reference.

mod boundaries;
mod cut;
mod hmm;
mod known_words;

use std::sync::{Arc, OnceLock, RwLock, RwLockReadGuard, RwLockWriteGuard};

use jieba_rs::Jieba;

pub use boundaries::Boundaries;
use cut::Mode;
use known_words::KnownWords;

use super::dictionary::Dictionary;

/// The tag of a user word (a lexicon entry, a config's brand or product
/// name): `x`, "not a word class", as Python jieba's `posseg` tags a user
/// word added without one. jieba-rs keeps such words with an empty tag; a
/// lexicon entry is read through its lexicon, never through its tag.
pub const USER_WORD_TAG: &str = "x";

/// A word of a text and its part-of-speech tag (see [`Segmenter::tag`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaggedWord {
    /// Byte range of the word in the text tagged.
    pub range: std::ops::Range<usize>,
    /// jieba's tag: `n` noun, `v` verb, `a` adjective, `d` adverb, `x`
    /// none, ….
    pub tag: &'static str,
    /// Whether jieba knows the word (a dictionary or a user word). One it
    /// does not know is a number, an ASCII word, a symbol, or Chinese its
    /// HMM joined from characters no known word covers (`不闷`, `肉嫩`).
    pub known: bool,
}

/// jieba-rs's tag for a word it does not know (`Jieba::guess_tag` without
/// its part-of-speech HMM): `m` for a number, `eng` for ASCII letters,
/// `x` for anything else.
fn guess_tag(word: &str) -> &'static str {
    let (mut alphanumeric, mut digits) = (0, 0);
    for c in word.chars() {
        if c.is_ascii_alphanumeric() {
            alphanumeric += 1;
            if c.is_ascii_digit() {
                digits += 1;
            }
        }
    }
    match (alphanumeric, digits) {
        (0, _) => "x",
        (a, d) if a == d => "m",
        _ => "eng",
    }
}

/// A segmenter; clones share one set of known words.
#[derive(Clone)]
pub struct Segmenter {
    engine: Arc<Engine>,
}

enum Engine {
    /// xhslint's own cut over the compiled dictionary.
    Compiled(RwLock<KnownWords>),
    /// Stock jieba-rs with its whole dictionary, for tests and benchmarks
    /// to check the compiled one against; the built-in lexicon words join
    /// it before its first use.
    Reference {
        jieba: Box<RwLock<Jieba>>,
        builtin_words_added: OnceLock<()>,
    },
}

/// The segmenter with only the built-in lexicon words: shared by every
/// config that adds no words of its own, and never given any.
static BUILTIN: OnceLock<Segmenter> = OnceLock::new();

impl Segmenter {
    /// The segmenter with the built-in lexicon words and no others. Words
    /// must never be added to it: a config with words of its own gets a
    /// segmenter of its own ([`Segmenter::with_words`]).
    pub fn builtin() -> &'static Segmenter {
        BUILTIN.get_or_init(Segmenter::new)
    }

    /// A segmenter of its own with the built-in lexicon words, then
    /// `words`, added in order; the built-in one when `words` is empty.
    pub fn with_words<'a>(words: impl IntoIterator<Item = &'a str>) -> Segmenter {
        let mut words = words.into_iter().peekable();
        if words.peek().is_none() {
            return Segmenter::builtin().clone();
        }
        let segmenter = Segmenter::new();
        segmenter.add_words(words);
        segmenter
    }

    /// A segmenter over jieba's default dictionary with every built-in
    /// lexicon word.
    pub fn new() -> Segmenter {
        Segmenter::over(Engine::Compiled(RwLock::new(KnownWords::builtin())))
    }

    /// A segmenter over a stock jieba that already holds its whole
    /// dictionary (`Jieba::new()`, which only tests and benchmarks build
    /// in), with every built-in lexicon word added: the reference the
    /// compiled segmenter is checked against.
    pub fn with_loaded_jieba(jieba: Jieba) -> Segmenter {
        Segmenter::over(Engine::Reference {
            jieba: Box::new(RwLock::new(jieba)),
            builtin_words_added: OnceLock::new(),
        })
    }

    fn over(engine: Engine) -> Segmenter {
        Segmenter {
            engine: Arc::new(engine),
        }
    }

    /// Adds user words (lexicon entries, brand and product names), in
    /// order, each priced as jieba prices it then. Words already known
    /// keep their frequency.
    pub fn add_words<'a>(&self, words: impl IntoIterator<Item = &'a str>) {
        let words = words.into_iter().map(str::trim);
        match &*self.engine {
            Engine::Compiled(known) => {
                let mut known = write(known);
                for word in words {
                    known.add(word);
                }
            }
            Engine::Reference { jieba, .. } => {
                self.reference_ready();
                let mut jieba = write(jieba);
                add_to_jieba(&mut jieba, words);
            }
        }
    }

    /// The reference with the built-in lexicon words added, once, before
    /// anything else reads or changes it, so texts segment exactly as if
    /// they had been added when it was made.
    fn reference_ready(&self) {
        if let Engine::Reference {
            jieba,
            builtin_words_added,
        } = &*self.engine
        {
            builtin_words_added.get_or_init(|| {
                add_to_jieba(&mut write(jieba), super::lexicons::builtin_words());
            });
        }
    }

    /// The word boundaries of `text`, segmented a stretch at a time as
    /// they are asked about.
    pub fn boundaries(&self, text: &str) -> Boundaries {
        Boundaries::new(self.clone(), text)
    }

    /// The byte ranges of the words of `lower`, a text in ASCII lower case,
    /// as lexicons are matched: `TAO宝` is cut like `tao宝` (same bytes,
    /// same offsets). The known words stay locked for the caller.
    fn word_ranges(&self, lower: &str) -> (Vec<std::ops::Range<usize>>, Known<'_>) {
        let mut ranges = Vec::with_capacity(lower.len() / 3 + 1);
        match &*self.engine {
            Engine::Compiled(known) => {
                let known = read(known);
                cut::cut(&known, lower, Mode::Hmm, |range| ranges.push(range));
                (ranges, Known::Compiled(known))
            }
            Engine::Reference { jieba, .. } => {
                self.reference_ready();
                let jieba = read(jieba);
                let mut end = 0;
                for token in jieba.cut(lower, true) {
                    ranges.push(end..end + token.word.len());
                    end += token.word.len();
                }
                (ranges, Known::Reference(jieba))
            }
        }
    }

    /// The end offsets of the words of `text`, `offset` added.
    fn word_ends(&self, text: &str, offset: usize) -> Vec<usize> {
        let (ranges, _) = self.word_ranges(&text.to_ascii_lowercase());
        ranges.into_iter().map(|range| range.end + offset).collect()
    }

    /// The words of `text` with their part-of-speech tags, as jieba-rs's
    /// `Jieba::tag(text, true)` gives them (cut in lower case like
    /// [`Segmenter::words`]; ranges are byte ranges of `text`):
    ///
    /// - a dictionary word: its tag in jieba's dictionary (`n`, `a`, `v`,
    ///   `zg`, …);
    /// - a user word (a lexicon entry, a config's brand or product name,
    ///   which jieba keeps with the tag `""`): [`USER_WORD_TAG`];
    /// - any other word, as jieba-rs guesses: `m` if its ASCII letters and
    ///   digits are all digits, `eng` if it has letters, else `x`. Built
    ///   with its default dictionary, jieba-rs would instead ask its
    ///   part-of-speech HMM about a Chinese word it has never seen (one its
    ///   segmenting HMM made up); xhslint tags such a word `x`, as jieba-rs
    ///   built without that model does.
    ///
    /// Tags come from the compiled dictionary's tag table, read only here:
    /// segmenting alone never touches it.
    pub fn tag(&self, text: &str) -> Vec<TaggedWord> {
        let lower = text.to_ascii_lowercase();
        let dictionary = Dictionary::default_dict();
        let (ranges, known) = self.word_ranges(&lower);
        ranges
            .into_iter()
            .map(|range| {
                let word = &lower[range.clone()];
                let (tag, known) = match dictionary.tag(word) {
                    Some(tag) => (tag, true),
                    None if known.contains(word) => (USER_WORD_TAG, true),
                    None => (guess_tag(word), false),
                };
                TaggedWord { range, tag, known }
            })
            .collect()
    }

    /// The words of `text`, for shortening names at a word boundary.
    pub fn words<'t>(&self, text: &'t str) -> Vec<&'t str> {
        let (ranges, _) = self.word_ranges(&text.to_ascii_lowercase());
        ranges.into_iter().map(|range| &text[range]).collect()
    }
}

impl Default for Segmenter {
    fn default() -> Self {
        Segmenter::new()
    }
}

/// The known words a cut was made with, still locked.
enum Known<'a> {
    Compiled(RwLockReadGuard<'a, KnownWords>),
    Reference(RwLockReadGuard<'a, Jieba>),
}

impl Known<'_> {
    fn contains(&self, word: &str) -> bool {
        match self {
            Known::Compiled(known) => known.contains(word),
            Known::Reference(jieba) => jieba.has_word(word),
        }
    }
}

/// Adds the words stock jieba does not know yet, in order, each priced by
/// jieba.
fn add_to_jieba<'a>(jieba: &mut Jieba, words: impl IntoIterator<Item = &'a str>) {
    for word in words.into_iter().map(str::trim) {
        if !word.is_empty() && !jieba.has_word(word) {
            jieba.add_word(word, None, None);
        }
    }
}

fn read<T>(lock: &RwLock<T>) -> RwLockReadGuard<'_, T> {
    lock.read().unwrap_or_else(|e| e.into_inner())
}

fn write<T>(lock: &RwLock<T>) -> RwLockWriteGuard<'_, T> {
    lock.write().unwrap_or_else(|e| e.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stock() -> &'static Segmenter {
        static STOCK: OnceLock<Segmenter> = OnceLock::new();
        STOCK.get_or_init(|| Segmenter::with_loaded_jieba(Jieba::new()))
    }

    #[test]
    fn the_builtin_words_are_priced_as_stock_jieba_prices_them() {
        // What build.rs stored, against the words priced here, in order, by
        // jieba over its whole dictionary.
        let mut jieba = Jieba::new();
        let mut priced = Vec::new();
        for word in crate::text::lexicons::builtin_words() {
            let word = word.trim();
            if !word.is_empty() && !jieba.has_word(word) {
                priced.push((word, jieba.add_word(word, None, None)));
            }
        }
        assert_eq!(priced, KnownWords::builtin_word_freqs());
    }

    #[test]
    fn segments_like_jieba_with_its_whole_dictionary() {
        let compiled = Segmenter::new();
        for text in [
            "这款玻尿酸精华手慢无，第一次用就爱上了",
            "到手价199元，限时48小时，加vx领券",
            "全网最低？其实是我们第一天的活动价",
            "TAO宝同款\r\n杭研大厦v1.2-beta版，满300减50%",
        ] {
            assert_eq!(compiled.words(text), stock().words(text), "{text}");
        }
        assert_eq!(compiled.words("这瓶精华手慢无"), ["这瓶", "精华", "手慢无"]);
    }

    #[test]
    fn tags_words_like_jieba() {
        let text = "面料很柔软，贴身穿也不闷，手慢无，1299元iPhone";
        let tagged: Vec<(&str, &str)> = Segmenter::new()
            .tag(text)
            .into_iter()
            .map(|w| (&text[w.range], w.tag))
            .collect();
        for expected in [
            ("面料", "n"),
            ("很", "zg"),
            ("柔软", "a"),
            ("也", "d"),
            // A word jieba's HMM made up.
            ("不闷", "x"),
            ("，", "x"),
            // A lexicon entry is a user word.
            ("手慢无", USER_WORD_TAG),
            ("1299", "m"),
            ("iPhone", "eng"),
        ] {
            assert!(tagged.contains(&expected), "{expected:?} in {tagged:?}");
        }
        let words: Vec<&str> = tagged.iter().map(|(w, _)| *w).collect();
        assert_eq!(words, Segmenter::new().words(text));
    }

    #[test]
    fn lexicon_entries_are_single_words() {
        let words = Segmenter::new().words("库存告急手慢无");
        assert!(words.contains(&"手慢无"), "{words:?}");
    }

    #[test]
    fn a_user_word_gets_the_frequency_stock_jieba_gives_it() {
        let compiled = Segmenter::new();
        let stock = Segmenter::with_loaded_jieba(Jieba::new());
        // Made of dictionary words (`我们`, `是`, `的`), one added twice,
        // and one priced from the word added before it.
        let words = ["我们是", "是我们的", "我们是", "我们是我们的"];
        compiled.add_words(words);
        stock.add_words(words);
        let Engine::Reference { jieba, .. } = &*stock.engine else {
            unreachable!("a reference")
        };
        let Engine::Compiled(known) = &*compiled.engine else {
            unreachable!("compiled")
        };
        assert!(read(known).freq("我们是") > Some(1_000));
        for word in words {
            // `suggest_freq` of a word jieba keeps whole is its frequency + 1.
            assert_eq!(
                read(known).suggest_freq(word),
                read(jieba).suggest_freq(word),
                "{word}"
            );
        }
    }

    #[test]
    fn cuts_cover_the_text_with_crlf_as_one_word() {
        let text = "第一行\r\n\r\n🎁 第二行\r";
        let words = Segmenter::new().words(text);
        assert_eq!(words.concat(), text);
        assert_eq!(words, stock().words(text));
        assert_eq!(words.iter().filter(|w| **w == "\r\n").count(), 2);
    }
}
