//! The frequency jieba gives each built-in lexicon word as the segmenter
//! adds it (`src/text/segment.rs`), suggested here from the whole
//! dictionary: a run then adds the words with their frequencies instead of
//! loading the dictionary words inside each and segmenting it to price it.
//!
//! jieba prices a user word from the dictionary words inside it and from
//! its total, which every word added before raises; so the words are
//! priced in the order the segmenter adds them, and a word jieba already
//! knows (a dictionary word, a word listed twice) keeps its frequency and is
//! left out. A test prices them again at run time and compares.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use jieba_rs::Jieba;

/// Writes `builtin_word_freqs.rs`: the words of `words` jieba's dictionary
/// (`dict`, the text of `dict.txt`) lacks, in order, each with the
/// frequency `Jieba::add_word` suggested for it.
pub fn write(out: &Path, dict: &str, words: &[&str]) -> Result<(), Box<dyn std::error::Error>> {
    let mut jieba = Jieba::with_dict(&mut dict.as_bytes())?;
    let mut code = String::from("&[\n");
    for word in words.iter().map(|w| w.trim()).filter(|w| !w.is_empty()) {
        if !jieba.has_word(word) {
            let freq = jieba.add_word(word, None, None);
            writeln!(code, "    ({word:?}, {freq}),")?;
        }
    }
    code.push(']');
    fs::write(out.join("builtin_word_freqs.rs"), code)?;
    Ok(())
}
