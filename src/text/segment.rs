//! Word segmentation with jieba, its dictionary loaded word by word as texts
//! need it.
//!
//! Every lexicon entry (flagged terms and the benign compounds that contain
//! them) is added as a user word, so `手慢无` segments as one word and
//! `第一次` swallows the `第一` inside it. A lexicon match counts only where
//! it starts and ends on a word boundary.
//!
//! # Why the dictionary is loaded lazily, and why results do not change
//!
//! Parsing jieba's 350,000-word dictionary costs 70–80 ms, far more than
//! linting a Note. But jieba-rs 0.11 segments a text from (a) the dictionary
//! words that occur in it — the edges of its word graph, their frequencies,
//! and the "is this run a dictionary word" test before the HMM — and (b) the
//! dictionary's total frequency; `suggest_freq`, which prices a user word,
//! reads the same two things about the word. So the segmenter starts from
//! `Jieba::empty()` and, before it segments a text or adds a user word,
//! loads the dictionary words occurring in it (found in the compiled
//! [`Dictionary`]) with their own frequencies. The total is held at the full
//! dictionary's by a sentinel entry whose frequency is that of the words not
//! loaded yet; the sentinel can never be a token (see [`SENTINEL`]). Words a
//! text does not contain never touch its segmentation, so a text segments
//! exactly as with `Jieba::new()`, whatever was segmented before it and in
//! whichever order. `tests/segment_equivalence.rs` checks this on a corpus.
//!
//! The built-in lexicon words are loaded the same way, each with the
//! frequency jieba gives it when every one is added up front (priced at
//! build time), and the sentinel holds theirs too until they are loaded.

use std::ops::Range;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock, RwLock, RwLockReadGuard, RwLockWriteGuard};

use jieba_rs::Jieba;
use yada::DoubleArray;

use super::dictionary::{self, DictWord, Dictionary};

/// Carries the frequency of the dictionary words not loaded yet, so jieba's
/// total stays the full dictionary's. A token is either one character (or
/// `\r\n`) outside the Han/alphanumeric runs or a piece of such a run; a
/// NUL followed by a private-use character is neither, so jieba never looks
/// this entry up while segmenting.
const SENTINEL: &str = "\u{0}\u{E000}";

/// The tag of a user word (a lexicon entry, a config's brand or product
/// name): `x`, "not a word class", as Python jieba's `posseg` tags a user
/// word added without one. jieba-rs keeps such words with an empty tag; a
/// lexicon entry is read through its lexicon, never through its tag.
pub const USER_WORD_TAG: &str = "x";

/// A word of a text and its part-of-speech tag (see [`Segmenter::tag`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaggedWord {
    /// Byte range of the word in the text tagged.
    pub range: Range<usize>,
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

/// A segmenter; clones share one jieba.
#[derive(Clone)]
pub struct Segmenter {
    shared: Arc<Shared>,
}

struct Shared {
    /// jieba, made on first use when it starts empty: an empty jieba's
    /// table of first characters is 512 KiB written at once (128 page
    /// faults), which a run that never segments (a one-line Note) would
    /// pay for nothing.
    state: OnceLock<RwLock<State>>,
    /// `None` when jieba was given its whole dictionary up front.
    lazy: Option<LazyDictionary>,
    /// Set once the reference over a whole dictionary has the built-in
    /// lexicon words (the lazily loaded segmenter loads them as texts hold
    /// them).
    builtin_words_added: OnceLock<()>,
}

struct State {
    jieba: Jieba,
    /// Total frequency of the dictionary and built-in words not loaded yet.
    unloaded_freq: usize,
}

struct LazyDictionary {
    dictionary: &'static Dictionary,
    /// The dictionary words in jieba.
    loaded: LoadedWords,
    /// The built-in lexicon words, by their index in [`BUILTIN_WORD_FREQS`].
    builtin_words: DoubleArray<&'static [u8]>,
    /// The built-in words in jieba.
    builtin_loaded: LoadedWords,
}

/// One bit per word: set once the word is in jieba. Checked without the
/// lock, so a text whose words are all loaded never waits for a writer.
struct LoadedWords {
    words: usize,
    /// Made when the first word is loaded: the dictionary's set is 43 KB,
    /// which a statically linked binary's allocator zeroes page by page,
    /// and a run whose Notes need no segmenting never touches it.
    set: OnceLock<Box<[AtomicU64]>>,
}

impl LoadedWords {
    fn new(words: usize) -> LoadedWords {
        LoadedWords {
            words,
            set: OnceLock::new(),
        }
    }

    fn contains(&self, index: usize) -> bool {
        self.set
            .get()
            .is_some_and(|set| set[index / 64].load(Ordering::Acquire) & (1 << (index % 64)) != 0)
    }

    /// Marks a word loaded; false if it already was.
    fn insert(&self, index: usize) -> bool {
        let set = self.set.get_or_init(|| {
            let set = Box::<[AtomicU64]>::new_zeroed_slice(self.words.div_ceil(64));
            // SAFETY: an `AtomicU64` has the in-memory representation of a
            // `u64`, for which all-zero bytes are the value 0.
            unsafe { set.assume_init() }
        });
        let bit = 1 << (index % 64);
        set[index / 64].fetch_or(bit, Ordering::AcqRel) & bit == 0
    }
}

/// The built-in lexicon words jieba's dictionary lacks, in the order the
/// reference segmenter adds them, each with the frequency jieba suggests
/// for it then: priced by `build.rs` (`build/word_prices.rs`) from the
/// whole dictionary. The lazily loaded segmenter gives each that frequency
/// whenever it loads it.
static BUILTIN_WORD_FREQS: &[(&str, usize)] =
    include!(concat!(env!("OUT_DIR"), "/builtin_word_freqs.rs"));

/// Those words as a double-array trie to their index in
/// [`BUILTIN_WORD_FREQS`] (`build/word_prices.rs`).
static BUILTIN_WORDS_TRIE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin_words.trie"));

/// The segmenter with only the built-in lexicon words: a cache shared by
/// every config that adds no words of its own. Nothing adds words to it; it
/// only loads dictionary and built-in words as texts need them, which
/// never changes how a text segments (see the module documentation).
static BUILTIN: OnceLock<Segmenter> = OnceLock::new();

impl Segmenter {
    /// The segmenter with the built-in lexicon words and no others, built
    /// on first use. Words must never be added to it: a config with words
    /// of its own gets a segmenter of its own ([`Segmenter::with_words`]).
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

    /// A segmenter over jieba's default dictionary, loaded as texts need
    /// it, with every built-in lexicon word added.
    pub fn new() -> Segmenter {
        let dictionary = Dictionary::default_dict();
        let lazy = LazyDictionary {
            dictionary,
            loaded: LoadedWords::new(dictionary.len()),
            // SAFETY: the bytes are the output of yada's own builder in
            // build.rs, which meets `new_unchecked`'s contract; the test
            // `the_builtin_words_trie_finds_each_word` runs yada's full
            // validation on them.
            builtin_words: unsafe { DoubleArray::new_unchecked(BUILTIN_WORDS_TRIE) },
            builtin_loaded: LoadedWords::new(BUILTIN_WORD_FREQS.len()),
        };
        Segmenter::over(OnceLock::new(), Some(lazy))
    }

    /// A segmenter over a jieba that already holds its whole dictionary
    /// (`Jieba::new()`, which only tests and benchmarks build in), with
    /// every built-in lexicon word added: the reference the lazily loaded
    /// segmenter is checked against.
    pub fn with_loaded_jieba(jieba: Jieba) -> Segmenter {
        let state = RwLock::new(State {
            jieba,
            unloaded_freq: 0,
        });
        Segmenter::over(OnceLock::from(state), None)
    }

    /// A segmenter over `state` (empty: a jieba with no dictionary word
    /// loaded, made on first use); the built-in lexicon words join it
    /// before its first use.
    fn over(state: OnceLock<RwLock<State>>, lazy: Option<LazyDictionary>) -> Segmenter {
        Segmenter {
            shared: Arc::new(Shared {
                state,
                lazy,
                builtin_words_added: OnceLock::new(),
            }),
        }
    }

    /// Adds the built-in lexicon words to the reference over a whole
    /// dictionary, once, before anything else reads or changes its jieba:
    /// every path to jieba starts here, so texts segment exactly as if they
    /// had been added when the segmenter was made. It prices them itself.
    ///
    /// The lazily loaded segmenter loads each with the frequency priced at
    /// build time once a text holds it ([`Segmenter::load_words_of`]).
    fn with_builtin_words_added(&self) -> &Self {
        if self.shared.lazy.is_none() {
            self.shared.builtin_words_added.get_or_init(|| {
                self.add_words_in_order(super::lexicons::builtin_words());
            });
        }
        self
    }

    /// Adds user words (lexicon entries, brand and product names), in order.
    /// Words already known keep their frequency.
    pub fn add_words<'a>(&self, words: impl IntoIterator<Item = &'a str>) {
        self.with_builtin_words_added().add_words_in_order(words);
    }

    /// Adds the words jieba does not know yet, in order, and returns them
    /// with the frequency each was given.
    fn add_words_in_order<'a>(
        &self,
        words: impl IntoIterator<Item = &'a str>,
    ) -> Vec<(&'a str, usize)> {
        let words: Vec<&str> = words
            .into_iter()
            .map(str::trim)
            .filter(|w| !w.is_empty() && *w != SENTINEL)
            .collect();
        // A user word's frequency is suggested from the dictionary words
        // inside it, so those must be in jieba first: loaded for all the
        // words under one lock, not once per word (a config may add 200,000
        // while other threads segment).
        self.load_words_of(&words.join("\u{0}"));
        let mut state = self.write();
        let mut added = Vec::new();
        for word in words {
            if !state.jieba.has_word(word) {
                added.push((word, state.jieba.add_word(word, None, None)));
            }
        }
        added
    }

    /// The word boundaries of `text`, segmented a stretch at a time as
    /// they are asked about.
    pub fn boundaries(&self, text: &str) -> Boundaries {
        Boundaries::new(self.clone(), text)
    }

    /// The end offsets of the words of `text`, `offset` added.
    ///
    /// Text is cut in lower case, as lexicons are matched: `TAO宝` is cut
    /// like `tao宝` (same bytes, same offsets).
    fn word_ends(&self, text: &str, offset: usize) -> Vec<usize> {
        let text = text.to_ascii_lowercase();
        self.with_builtin_words_added().load_words_of(&text);
        let state = self.read();
        let mut end = offset;
        state
            .jieba
            .cut(&text, true)
            .iter()
            .map(|token| {
                end += token.word.len();
                end
            })
            .collect()
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
    ///   segmenting HMM made up); xhslint builds jieba-rs without that
    ///   model, as jieba-rs itself then does, tags such a word `x`.
    ///
    /// Tags come from the compiled dictionary's tag table, read only here:
    /// segmenting alone never touches it.
    pub fn tag(&self, text: &str) -> Vec<TaggedWord> {
        let lower = text.to_ascii_lowercase();
        self.with_builtin_words_added().load_words_of(&lower);
        let dictionary = Dictionary::default_dict();
        let state = self.read();
        let mut start = 0;
        state
            .jieba
            .cut(&lower, true)
            .iter()
            .map(|token| {
                let word = token.word;
                let range = start..start + word.len();
                start = range.end;
                let (tag, known) = match dictionary.tag(word) {
                    Some(tag) => (tag, true),
                    None if state.jieba.has_word(word) => (USER_WORD_TAG, true),
                    None => (guess_tag(word), false),
                };
                TaggedWord { range, tag, known }
            })
            .collect()
    }

    /// The words of `text`, for shortening names at a word boundary.
    pub fn words<'t>(&self, text: &'t str) -> Vec<&'t str> {
        let mut start = 0;
        self.word_ends(text, 0)
            .into_iter()
            .map(|end| {
                let word = &text[start..end];
                start = end;
                word
            })
            .collect()
    }

    /// Loads every dictionary and built-in word occurring in `text` that is
    /// not loaded yet.
    fn load_words_of(&self, text: &str) {
        let Some(lazy) = &self.shared.lazy else {
            return;
        };
        let mut missing: Vec<DictWord> = Vec::new();
        lazy.dictionary.words_in(text, |word| {
            if !lazy.loaded.contains(word.index) {
                missing.push(word);
            }
        });
        let mut missing_builtin: Vec<usize> = Vec::new();
        dictionary::occurrences(&lazy.builtin_words, text, |index, _| {
            if !lazy.builtin_loaded.contains(index) {
                missing_builtin.push(index);
            }
        });
        if missing.is_empty() && missing_builtin.is_empty() {
            return;
        }
        let mut state = self.write();
        let State {
            jieba,
            unloaded_freq,
        } = &mut *state;
        for word in missing {
            // Another thread may have loaded it meanwhile; a word seen twice
            // in this text is loaded once.
            if lazy.loaded.insert(word.index) {
                let freq = word.freq();
                jieba.add_word(&text[word.range], Some(freq), None);
                *unloaded_freq -= freq;
            }
        }
        for index in missing_builtin {
            if let Some(&(word, freq)) = BUILTIN_WORD_FREQS.get(index)
                && lazy.builtin_loaded.insert(index)
            {
                jieba.add_word(word, Some(freq), None);
                *unloaded_freq -= freq;
            }
        }
        // Each new word raised jieba's total by its frequency; the sentinel
        // gives it back.
        jieba.add_word(SENTINEL, Some(*unloaded_freq), None);
    }

    fn read(&self) -> RwLockReadGuard<'_, State> {
        self.state().read().unwrap_or_else(|e| e.into_inner())
    }

    fn write(&self) -> RwLockWriteGuard<'_, State> {
        self.state().write().unwrap_or_else(|e| e.into_inner())
    }

    /// jieba and its bookkeeping; only a lazily loaded segmenter starts
    /// without them, so only it ever makes them here.
    fn state(&self) -> &RwLock<State> {
        self.shared.state.get_or_init(|| {
            let builtin: usize = BUILTIN_WORD_FREQS.iter().map(|&(_, freq)| freq).sum();
            let total = dictionary::TOTAL + builtin;
            let mut jieba = Jieba::empty();
            jieba.add_word(SENTINEL, Some(total), None);
            RwLock::new(State {
                jieba,
                unloaded_freq: total,
            })
        })
    }
}

impl Default for Segmenter {
    fn default() -> Self {
        Segmenter::new()
    }
}

/// Characters jieba never puts inside a word: it segments only runs of Han
/// characters, ASCII letters and digits and `+#&._%-`, and makes every other
/// character a word of its own (`\r\n` one word). Text between them is
/// segmented on its own exactly as inside the whole text.
fn is_separator(c: char) -> bool {
    // Nearly all of a Note: ideographs, then letters and digits.
    if ('\u{4E00}'..='\u{9FFF}').contains(&c) || c.is_ascii_alphanumeric() {
        return false;
    }
    c.is_whitespace()
        || matches!(
            c,
            '，' | '。'
                | '！'
                | '？'
                | '、'
                | '；'
                | '：'
                | '“'
                | '”'
                | '‘'
                | '’'
                | '（'
                | '）'
                | '【'
                | '】'
                | '《'
                | '》'
                | '…'
                | '～'
                | '!'
                | ','
                | '?'
                | ';'
                | ':'
                | '('
                | ')'
                | '['
                | ']'
                | '"'
                | '\''
                | '\u{FE0F}'
                | '\u{200D}'
                | '\u{2600}'..='\u{27BF}'
                | '\u{1F000}'..='\u{1FAFF}'
        )
}

/// The byte offsets of a text where one word ends and the next begins.
///
/// Most of a Note is never asked about: only where a lexicon entry or a
/// pattern matched. So the text is never cut up in advance: an offset asked
/// about between two non-[separators](is_separator) lies inside a stretch
/// of text between separators, found by looking outward from it, and that
/// stretch is segmented then, once; the answers are those of segmenting the
/// whole text.
pub struct Boundaries {
    text: Box<str>,
    segmenter: Segmenter,
    /// The stretches segmented so far, in text order.
    segmented: Mutex<Vec<Segmented>>,
}

#[derive(Debug, Clone)]
struct Segmented {
    stretch: Range<usize>,
    /// The word ends inside the stretch.
    word_ends: Vec<usize>,
}

impl Boundaries {
    fn new(segmenter: Segmenter, text: &str) -> Self {
        Boundaries {
            text: text.into(),
            segmenter,
            segmented: Mutex::new(Vec::new()),
        }
    }

    fn segmented(&self) -> MutexGuard<'_, Vec<Segmented>> {
        self.segmented.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Whether a word starts or ends at `offset`.
    pub fn contains(&self, offset: usize) -> bool {
        if self.text.is_empty() || !self.text.is_char_boundary(offset) {
            return false;
        }
        let (before, after) = self.text.split_at(offset);
        let inside_stretch = before.chars().next_back().is_some_and(|c| !is_separator(c))
            && after.chars().next().is_some_and(|c| !is_separator(c));
        if !inside_stretch {
            // At a stretch's edge or among separators, each a word, except
            // inside `\r\n`.
            return !before.ends_with('\r') || !after.starts_with('\n');
        }
        let mut segmented = self.segmented();
        // The first stretch segmented so far that does not end before `offset`.
        let i = segmented.partition_point(|s| s.stretch.end < offset);
        if let Some(s) = segmented.get(i)
            && s.stretch.start < offset
        {
            return s.word_ends.binary_search(&offset).is_ok();
        }
        let start = before
            .char_indices()
            .rev()
            .find(|&(_, c)| is_separator(c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let end = after
            .char_indices()
            .find(|&(_, c)| is_separator(c))
            .map_or(self.text.len(), |(i, _)| offset + i);
        let word_ends = self.segmenter.word_ends(&self.text[start..end], start);
        let found = word_ends.binary_search(&offset).is_ok();
        // Stretches do not overlap, and this one holds `offset`, so it goes
        // right before the first one that lies after `offset`.
        segmented.insert(
            i,
            Segmented {
                stretch: start..end,
                word_ends,
            },
        );
        found
    }

    /// Whether `range` starts and ends on word boundaries.
    pub fn aligned(&self, range: &Range<usize>) -> bool {
        self.contains(range.start) && self.contains(range.end)
    }

    /// The tagged words of `range` of the text, ranges in the whole text
    /// ([`Segmenter::tag`]). `range` should start and end where jieba
    /// splits the text (at a character that is not a Han character, an
    /// ASCII letter or digit), as a clause does; it is then cut as inside
    /// the whole text. An empty list when `range` is not in the text.
    pub fn tag(&self, range: Range<usize>) -> Vec<TaggedWord> {
        let Some(text) = self.text.get(range.clone()) else {
            return Vec::new();
        };
        let mut words = self.segmenter.tag(text);
        for word in &mut words {
            word.range = word.range.start + range.start..word.range.end + range.start;
        }
        words
    }
}

impl Clone for Boundaries {
    fn clone(&self) -> Self {
        Boundaries {
            text: self.text.clone(),
            segmenter: self.segmenter.clone(),
            segmented: Mutex::new(self.segmented().clone()),
        }
    }
}

impl std::fmt::Debug for Boundaries {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Boundaries")
            .field("segmented", &*self.segmented())
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stock() -> &'static Segmenter {
        static STOCK: OnceLock<Segmenter> = OnceLock::new();
        STOCK.get_or_init(|| Segmenter::with_loaded_jieba(Jieba::new()))
    }

    #[test]
    fn a_loaded_word_set_is_made_by_its_first_word() {
        let loaded = LoadedWords::new(350_000);
        assert!(!loaded.contains(0) && !loaded.contains(349_999));
        assert!(loaded.set.get().is_none(), "made before any word loaded");
        assert!(loaded.insert(349_999));
        assert!(!loaded.insert(349_999), "a word is loaded once");
        assert!(loaded.contains(349_999) && !loaded.contains(349_998));
        assert_eq!(loaded.set.get().map(|set| set.len()), Some(5_469));
    }

    #[test]
    fn the_builtin_words_are_priced_as_a_run_would_price_them() {
        // What build.rs stored, against the words priced here, in order, by
        // jieba over its whole dictionary.
        let fresh = Segmenter::with_loaded_jieba(Jieba::new());
        let priced = fresh.add_words_in_order(crate::text::lexicons::builtin_words());
        assert_eq!(priced, BUILTIN_WORD_FREQS);
        // Most lexicon entries are not dictionary words.
        assert!(
            BUILTIN_WORD_FREQS.len() > 300,
            "{}",
            BUILTIN_WORD_FREQS.len()
        );
    }

    #[test]
    fn the_builtin_words_trie_finds_each_word() {
        let trie = DoubleArray::new(BUILTIN_WORDS_TRIE).expect("a valid trie");
        for (index, (word, _)) in BUILTIN_WORD_FREQS.iter().enumerate() {
            assert_eq!(trie.exact_match_search(word), Some(index as u32), "{word}");
        }
        // A text holding a built-in word loads it, and not the others.
        let lazy = Segmenter::new();
        let text = "这瓶精华手慢无";
        let held = |lazy: &Segmenter| {
            BUILTIN_WORD_FREQS
                .iter()
                .filter(|(word, _)| lazy.read().jieba.has_word(word))
                .map(|(word, _)| *word)
                .collect::<Vec<_>>()
        };
        assert!(held(&lazy).is_empty());
        assert_eq!(lazy.words(text), ["这瓶", "精华", "手慢无"]);
        let loaded = held(&lazy);
        assert!(loaded.contains(&"手慢无"), "{loaded:?}");
        assert!(loaded.iter().all(|word| text.contains(word)), "{loaded:?}");
    }

    #[test]
    fn segments_like_jieba_with_its_whole_dictionary() {
        let lazy = Segmenter::new();
        for text in [
            "这款玻尿酸精华手慢无，第一次用就爱上了",
            "到手价199元，限时48小时，加vx领券",
            "全网最低？其实是我们第一天的活动价",
        ] {
            assert_eq!(lazy.words(text), stock().words(text), "{text}");
        }
    }

    /// Boundaries from segmenting the whole text at once.
    fn whole_text_boundaries(segmenter: &Segmenter, text: &str) -> Vec<usize> {
        let mut offsets = vec![0];
        for word in segmenter.words(text) {
            offsets.push(offsets[offsets.len() - 1] + word.len());
        }
        if text.is_empty() {
            offsets.clear();
        }
        offsets
    }

    #[test]
    fn stretch_by_stretch_boundaries_are_the_whole_texts() {
        let segmenter = Segmenter::new();
        for text in [
            "",
            "，",
            "限时48小时｜玻尿酸精华，到手价¥199！！\r\n\r\n第二行 🎁✨[笑哭R]#护肤分享[话题]#",
            "  开头和结尾都是空格  ",
            "\r\n只有换行\r\r\n",
            "emoji👩‍👩‍👧夹在中间️，No.1的A股c#入门",
        ] {
            let boundaries = segmenter.boundaries(text);
            let expected = whole_text_boundaries(&segmenter, text);
            let found: Vec<usize> = (0..=text.len() + 1)
                .filter(|&offset| boundaries.contains(offset))
                .collect();
            assert_eq!(found, expected, "{text:?}");
        }
    }

    #[test]
    fn only_the_stretches_asked_about_are_segmented() {
        let text = "第一句话，第二句话，第三句话";
        let boundaries = Segmenter::new().boundaries(text);
        // Between `第` and `二`, inside the second stretch.
        let second = text.find('二').unwrap_or_default();
        assert!(!boundaries.contains(second));
        // At a stretch's edge: no segmenting needed.
        assert!(boundaries.contains(text.find('，').unwrap_or_default()));
        let segmented: Vec<(usize, usize)> = boundaries
            .segmented()
            .iter()
            .map(|s| (s.stretch.start, s.stretch.end))
            .collect();
        assert_eq!(segmented, [(15, 27)]);
    }

    #[test]
    fn jieba_is_made_only_when_a_stretch_is_segmented() {
        let segmenter = Segmenter::new();
        let text = "限时折扣，手慢无";
        let boundaries = segmenter.boundaries(text);
        // A stretch's edge needs no segmenting, so no jieba yet.
        assert!(boundaries.contains(text.find('，').unwrap_or_default()));
        assert!(segmenter.shared.state.get().is_none());
        // Inside a stretch it does.
        assert!(!boundaries.contains(text.find('慢').unwrap_or_default()));
        assert!(segmenter.shared.state.get().is_some());
    }

    #[test]
    fn stretches_asked_about_in_any_order_are_kept_in_order() {
        let text = "第一句话，第二句话，第三句话";
        let boundaries = Segmenter::new().boundaries(text);
        for c in ['三', '一', '二', '三'] {
            boundaries.contains(text.find(c).unwrap_or_default());
        }
        let segmented: Vec<Range<usize>> = boundaries
            .segmented()
            .iter()
            .map(|s| s.stretch.clone())
            .collect();
        assert_eq!(segmented, [0..12, 15..27, 30..42]);
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
    fn earlier_texts_do_not_change_a_later_one() {
        let text = "这支口红显白又不拔干，黄皮也能放心冲";
        let fresh = Segmenter::new().words(text);
        let warmed = Segmenter::new();
        warmed.words("口红色号试色合集：豆沙色、番茄红、奶茶色，显白不挑皮");
        warmed.words("白又不拔干的唇釉，干皮放心冲");
        assert_eq!(warmed.words(text), fresh);
        assert_eq!(fresh, stock().words(text));
    }

    #[test]
    fn a_user_word_gets_the_frequency_stock_jieba_gives_it() {
        let lazy = Segmenter::new();
        let stock = Segmenter::with_loaded_jieba(Jieba::new());
        lazy.words("这款面膜敷完第二天上妆很服帖");
        // Made of frequent dictionary words (`我们`, `是`, `的`), none of
        // them loaded before, so a frequency suggested without them would
        // be 1 where stock jieba's is over 1,000.
        let words = ["我们是", "是我们的"];
        lazy.add_words(words);
        stock.add_words(words);
        for word in words {
            // `suggest_freq` of a word jieba keeps whole is its frequency + 1.
            let freq = |s: &Segmenter| s.read().jieba.suggest_freq(word);
            assert_eq!(freq(&lazy), freq(&stock), "{word}");
        }
    }

    #[test]
    fn total_stays_the_whole_dictionarys() {
        let lazy = Segmenter::new();
        lazy.words("换季皮肤干到起皮的宝子看过来");
        let total = |s: &Segmenter| format!("{:?}", s.read().jieba);
        let lazy_total = total(&lazy);
        let stock_total = total(stock());
        let field = |debug: &str| {
            debug
                .split("total_freq: ")
                .nth(1)
                .map(|rest| rest.trim_end_matches(" }").to_string())
        };
        assert_eq!(field(&lazy_total), field(&stock_total));
    }
}
