//! jieba's `cut`, as jieba-rs 0.11 makes it, over [`KnownWords`].
//!
//! A text is split into blocks of Han characters, ASCII letters and digits
//! and `+#&._%-`; every other character is a word of its own (`\r\n` one
//! word). In a block, every known word at every character is an edge of a
//! graph, weighted by `ln(freq / total)`, and the best route through it is
//! found from the end (a character no word starts at is a word of
//! frequency 1). What the route leaves as single characters is joined
//! afterwards: with the HMM, a run no known word spans goes to the model
//! ([`super::hmm`]); without it, a run of ASCII letters and digits becomes
//! one word. Ties, float arithmetic and orders are jieba-rs's, so the words
//! are exactly its words (`tests/segment_equivalence.rs`).

use std::cell::RefCell;
use std::ops::Range;

use super::hmm;
use super::known_words::KnownWords;

/// How the single characters the best route leaves are joined.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// jieba's `cut(text, true)`: by the HMM.
    Hmm,
    /// jieba's `cut(text, false)`, which `suggest_freq` uses: only runs of
    /// ASCII letters and digits.
    DictionaryOnly,
}

/// Characters jieba segments together; anything else is a word alone.
fn is_block_char(c: char) -> bool {
    match c {
        '\u{4E00}'..='\u{9FFF}' => true,
        _ if c.is_ascii() => {
            c.is_ascii_alphanumeric() || matches!(c, '+' | '#' | '&' | '.' | '_' | '%' | '-')
        }
        '\u{3400}'..='\u{4DBF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2A6DF}'
        | '\u{2A700}'..='\u{2EBEF}'
        | '\u{2F800}'..='\u{2FA1F}' => true,
        _ => false,
    }
}

/// Cuts `text` into words, handing each word's byte range to `word`, in
/// order; the words cover the text.
pub fn cut(words: &KnownWords, text: &str, mode: Mode, word: impl FnMut(Range<usize>)) {
    SCRATCH.with(|scratch| match scratch.try_borrow_mut() {
        Ok(mut block) => {
            cut_with(&mut block, words, text, mode, word);
            block.shrink_if_huge();
        }
        // Only a cut made from inside another one's callback gets here.
        Err(_) => cut_with(&mut Block::default(), words, text, mode, word),
    });
}

thread_local! {
    /// The buffers of the blocks cut on this thread: a Note's many short
    /// stretches would otherwise grow four vectors from nothing each time.
    static SCRATCH: RefCell<Block> = RefCell::new(Block::default());
}

fn cut_with(
    block: &mut Block,
    words: &KnownWords,
    text: &str,
    mode: Mode,
    mut word: impl FnMut(Range<usize>),
) {
    let mut chars = text.char_indices().peekable();
    while let Some(&(start, c)) = chars.peek() {
        if is_block_char(c) {
            block.chars.clear();
            while let Some(&(i, c)) = chars.peek().filter(|&&(_, c)| is_block_char(c)) {
                block.chars.push((i, c));
                chars.next();
            }
            let end = chars.peek().map_or(text.len(), |&(i, _)| i);
            block.cut(words, text, end, mode, &mut word);
        } else {
            chars.next();
            let end = if c == '\r' && chars.next_if(|&(_, c)| c == '\n').is_some() {
                start + 2
            } else {
                start + c.len_utf8()
            };
            word(start..end);
        }
    }
}

/// One block's characters and the buffers its route is found in, reused
/// from block to block.
#[derive(Default)]
struct Block {
    /// Byte offset in the text and value of each character.
    chars: Vec<(usize, char)>,
    /// For each character, where its edges start in `edges`; one more entry
    /// closes the last list.
    edge_starts: Vec<usize>,
    /// The known words starting at each character: the index of the
    /// character after the word, and `ln(freq)`.
    edges: Vec<(usize, f64)>,
    /// From each character, the best route to the block's end: its
    /// log-probability and where its first word ends.
    route: Vec<(f64, usize)>,
}

impl Block {
    /// Buffers past this many characters' worth are not kept for the next
    /// cut: one huge text should not hold its memory for good.
    const KEPT_CHARS: usize = 1 << 14;

    fn shrink_if_huge(&mut self) {
        if self.chars.capacity() > Self::KEPT_CHARS || self.edges.capacity() > 4 * Self::KEPT_CHARS
        {
            *self = Block::default();
        }
    }

    fn cut(
        &mut self,
        words: &KnownWords,
        text: &str,
        end: usize,
        mode: Mode,
        word: &mut impl FnMut(Range<usize>),
    ) {
        self.find_edges(words, text, end);
        self.find_route(words.log_total());
        let n = self.chars.len();
        let offset = |i: usize| self.chars.get(i).map_or(end, |&(offset, _)| offset);
        let mut x = 0;
        // Where the current run of single characters began.
        let mut run: Option<usize> = None;
        while x < n {
            let y = self.route[x].1;
            let joinable = match mode {
                Mode::Hmm => true,
                Mode::DictionaryOnly => self.chars[x].1.is_ascii_alphanumeric(),
            };
            if y - x == 1 && joinable {
                run.get_or_insert(x);
            } else {
                if let Some(start) = run.take() {
                    self.cut_run(text, start, x, end, mode, word);
                }
                word(offset(x)..offset(y));
            }
            x = y;
        }
        if let Some(start) = run {
            self.cut_run(text, start, n, end, mode, word);
        }
    }

    /// Every known word at every character, as edges.
    fn find_edges(&mut self, words: &KnownWords, text: &str, end: usize) {
        let Block {
            chars,
            edge_starts,
            edges,
            ..
        } = self;
        edge_starts.clear();
        edges.clear();
        for (i, &(start, _)) in chars.iter().enumerate() {
            edge_starts.push(edges.len());
            words.starting(&text[start..end], |len, freq| {
                let word_end = start + len;
                let after = i + chars[i..]
                    .iter()
                    .take_while(|&&(o, _)| o < word_end)
                    .count();
                edges.push((after, (freq as f64).ln()));
            });
        }
        edge_starts.push(edges.len());
    }

    fn edges_of(&self, i: usize) -> &[(usize, f64)] {
        &self.edges[self.edge_starts[i]..self.edge_starts[i + 1]]
    }

    /// The best route from every character, found from the end: jieba's
    /// `calc`, a later end winning a tie.
    fn find_route(&mut self, log_total: f64) {
        let n = self.chars.len();
        let mut route = std::mem::take(&mut self.route);
        route.clear();
        route.resize(n + 1, (0.0, n));
        for i in (0..n).rev() {
            let mut best: Option<(f64, usize)> = None;
            for &(after, log_freq) in self.edges_of(i) {
                let prob = log_freq - log_total + route[after].0;
                if best.is_none_or(|(p, e)| prob > p || (prob == p && after > e)) {
                    best = Some((prob, after));
                }
            }
            route[i] = best.unwrap_or((0.0 - log_total + route[i + 1].0, i + 1));
        }
        self.route = route;
    }

    /// Cuts characters `x..y`, which the route left one by one.
    fn cut_run(
        &self,
        text: &str,
        x: usize,
        y: usize,
        end: usize,
        mode: Mode,
        word: &mut impl FnMut(Range<usize>),
    ) {
        let offset = |i: usize| self.chars.get(i).map_or(end, |&(offset, _)| offset);
        match mode {
            Mode::DictionaryOnly => word(offset(x)..offset(y)),
            Mode::Hmm if y - x == 1 => word(offset(x)..offset(y)),
            Mode::Hmm if self.edges_of(x).iter().any(|&(after, _)| after == y) => {
                // A known word the route passed over: its characters stay
                // apart.
                for i in x..y {
                    word(offset(i)..offset(i + 1));
                }
            }
            Mode::Hmm => hmm::cut(text, &self.chars[x..y], offset(y), word),
        }
    }
}
