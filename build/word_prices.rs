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
//!
//! The segmenter loads each word into jieba only once a text holds it, as
//! it loads dictionary words: adding all 700 up front was a tenth of a
//! real-sized Note's run.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use jieba_rs::Jieba;

/// Writes `builtin_word_freqs.rs`: the words of `words` jieba's dictionary
/// (`dict`, the text of `dict.txt`) lacks, in order, each with the
/// frequency `Jieba::add_word` suggested for it.
///
/// Beside it, `builtin_words.trie`: a double-array trie from each of those
/// words to its index in that list, for the segmenter to find the ones a
/// text holds, as it finds dictionary words.
pub fn write(out: &Path, dict: &str, words: &[&str]) -> Result<(), Box<dyn std::error::Error>> {
    let mut jieba = Jieba::with_dict(&mut dict.as_bytes())?;
    let mut code = String::from("&[\n");
    let mut priced: Vec<&str> = Vec::new();
    for word in words.iter().map(|w| w.trim()).filter(|w| !w.is_empty()) {
        if !jieba.has_word(word) {
            let freq = jieba.add_word(word, None, None);
            writeln!(code, "    ({word:?}, {freq}),")?;
            priced.push(word);
        }
    }
    code.push(']');
    fs::write(out.join("builtin_word_freqs.rs"), code)?;

    // yada wants its keys sorted by bytes; none holds a NUL (the segmenter
    // splits texts at NULs, as it does for the dictionary).
    let mut keyset: Vec<(&[u8], u32)> = priced
        .iter()
        .enumerate()
        .filter(|(_, word)| !word.contains('\0'))
        .map(|(index, word)| Ok((word.as_bytes(), u32::try_from(index)?)))
        .collect::<Result<_, std::num::TryFromIntError>>()?;
    keyset.sort_unstable();
    let trie = yada::builder::DoubleArrayBuilder::build(&keyset)?;
    fs::write(out.join("builtin_words.trie"), trie)?;
    Ok(())
}
