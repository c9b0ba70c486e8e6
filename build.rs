//! Compiles jieba's default dictionary into a double-array trie the binary
//! embeds.
//!
//! Stock `Jieba::new()` parses the 5 MB `dict.txt` on every start (70–80 ms);
//! the segmenter instead looks the words of each text up in this trie and
//! hands jieba only those (see `src/text/dictionary.rs`). The input is the
//! very file jieba-rs 0.11 embeds, vendored under `dictionaries/jieba/`, and
//! it is read the way `Jieba::load_default_dict` reads it, so every word
//! keeps the frequency and the part-of-speech tag jieba would give it.

use std::collections::BTreeMap;
use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::PathBuf;

// The build script analyses the rule regexes with the crate's own code.
#[path = "src/model/pattern/analysis.rs"]
mod analysis;
#[path = "src/text/builtin_lexicons.rs"]
mod builtin_lexicons;
#[path = "src/text/char_pairs.rs"]
mod char_pairs;
#[allow(dead_code)] // only the rule files are needed here
#[path = "src/text/data_files.rs"]
mod data_files;
#[allow(dead_code)] // `references` is the run's.
#[path = "src/i18n/entries.rs"]
mod entries;
#[allow(dead_code)] // only the literal probes are needed here
#[path = "src/text/fingerprint.rs"]
mod fingerprint;
#[path = "build/gates.rs"]
mod gates;
#[path = "build/hmm_model.rs"]
mod hmm_model;
#[allow(dead_code)] // only parsing is needed here
#[path = "src/text/lexicon.rs"]
mod lexicon;
#[allow(dead_code)] // only building and storing are needed here
#[path = "src/text/lexicon_automaton.rs"]
mod lexicon_automaton;
#[path = "build/lexicons.rs"]
mod lexicons;
#[path = "build/link.rs"]
mod link;
#[path = "build/locales.rs"]
mod locales;
#[allow(dead_code)] // only the number pattern is needed here
#[path = "src/text/numbers.rs"]
mod numbers;
#[path = "build/pair_tables.rs"]
mod pair_tables;
#[path = "build/regex_dfas.rs"]
mod regex_dfas;
#[path = "src/model/pattern/required.rs"]
mod required;
#[path = "build/rule_data.rs"]
mod rule_data;
#[path = "build/word_prices.rs"]
mod word_prices;

/// The library's paths to what the shared sources above use of each
/// other (`required.rs` reads how the fingerprint folds case).
mod text {
    pub(crate) use super::fingerprint;
}

const DICT: &str = "dictionaries/jieba/dict.txt";
/// The bits of a dictionary word's value in the trie that hold its tag.
const TAG_BITS: u32 = 6;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    println!("cargo::rerun-if-changed={DICT}");
    println!("cargo::rerun-if-changed={}", hmm_model::MODEL);
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=build");
    link::configure();

    let text = fs::read_to_string(DICT)?;
    // Like `Jieba::load_default_dict`: a word, an optional frequency (0
    // when absent) and an optional tag ("" when absent) per line; a word
    // listed twice keeps its last frequency and tag, while jieba's total
    // counts every line.
    let mut words: BTreeMap<&str, (u64, &str)> = BTreeMap::new();
    let mut total: u64 = 0;
    let mut lines: u64 = 0;
    for (number, line) in text.lines().enumerate() {
        let mut fields = line.split_ascii_whitespace();
        let Some(word) = fields.next() else { continue };
        let freq = match fields.next() {
            Some(freq) => freq
                .parse::<u64>()
                .map_err(|e| format!("{DICT}:{}: frequency `{freq}`: {e}", number + 1))?,
            None => 0,
        };
        if freq > u64::from(u32::MAX) {
            return Err(format!("{DICT}:{}: frequency {freq} does not fit", number + 1).into());
        }
        let tag = fields.next().unwrap_or("");
        words.insert(word, (freq, tag));
        total += freq;
        lines += 1;
    }

    // A word's tag as an index into the few dozen tags the dictionary uses
    // (`TAGS`, in order of first use).
    let mut tags: Vec<&str> = Vec::new();
    let mut keyset: Vec<(&[u8], u32)> = Vec::with_capacity(words.len());
    for (word, &(freq, tag)) in &words {
        let tag_index = match tags.iter().position(|t| *t == tag) {
            Some(index) => index,
            None => {
                tags.push(tag);
                tags.len() - 1
            }
        };
        // The trie maps each word (in byte order, as yada requires) to its
        // frequency and tag packed in one value, so a search reads nothing
        // beside the trie: `freq << TAG_BITS | tag`, under yada's 2^31.
        let tag_index = u32::try_from(tag_index)?;
        if tag_index >= 1 << TAG_BITS {
            return Err(format!("{DICT}: over {} tags", 1 << TAG_BITS).into());
        }
        let value = u32::try_from(freq << TAG_BITS)
            .ok()
            .filter(|v| *v < 1 << 31)
            .ok_or(format!(
                "{DICT}: `{word}`'s frequency {freq} is too large to pack"
            ))?;
        keyset.push((word.as_bytes(), value | tag_index));
    }
    let trie = yada::builder::DoubleArrayBuilder::build(&keyset)?;
    let out = PathBuf::from(env::var("OUT_DIR")?);
    fs::write(out.join("jieba_dict.trie"), trie)?;

    let mut constants = String::new();
    writeln!(
        constants,
        "/// Distinct words of the dictionary.\npub const WORDS: usize = {};",
        words.len()
    )?;
    writeln!(
        constants,
        "/// Entries as jieba counts them, repeats included.\npub const ENTRIES: usize = {lines};"
    )?;
    writeln!(
        constants,
        "/// jieba's `total`: the sum of every entry's frequency.\npub const TOTAL: usize = {total};"
    )?;
    writeln!(
        constants,
        "/// The part-of-speech tags of the dictionary, by the index a word's\n/// value holds under its frequency.\npub const TAGS: &[&str] = &{tags:?};\n/// The bits of a word's value that hold its tag.\npub const TAG_BITS: u32 = {TAG_BITS};"
    )?;
    fs::write(out.join("jieba_dict.rs"), constants)?;

    gates::write_table(&out)?;
    locales::write_index(&out)?;
    rule_data::write_json(&out)?;
    let lexicons = lexicons::write(&out)?;
    // Every entry of every built-in lexicon, as `lexicons::builtin_words`
    // lists them for the segmenter.
    let lexicon_words: Vec<&str> = lexicons
        .iter()
        .flat_map(|l| l.entries.iter().map(|e| e.term.as_ref()))
        .collect();
    word_prices::write(&out, &text, &lexicon_words)?;
    pair_tables::write(&out)?;
    hmm_model::write(&out)?;
    Ok(())
}
