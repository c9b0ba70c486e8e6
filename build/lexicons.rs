//! Parses the built-in lexicons once, at build time: their entries go to
//! `OUT_DIR/builtin_lexicons.rs` (read by `text::lexicons`, so a run does
//! not expand the brace families again), and the automaton over the matched
//! ones to `OUT_DIR/lexicon_automaton.bin` (loaded by `text::matcher`).
//! The rules' own word lists are parsed the same way, into
//! `OUT_DIR/word_lists.rs`.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use crate::builtin_lexicons::{BUILTIN, LexiconRole, WORD_LISTS};
use crate::lexicon::Lexicon;
use crate::lexicon_automaton::LexiconAutomaton;

/// Writes the entries and the automaton; returns the lexicons parsed, in
/// the order of `BUILTIN`.
pub fn write(out: &Path) -> Result<Vec<Lexicon>, Box<dyn std::error::Error>> {
    let mut parsed = Vec::new();
    for (name, _, text) in BUILTIN {
        println!("cargo::rerun-if-changed=dictionaries/{name}.txt");
        parsed.push(Lexicon::parse(name, text)?);
    }
    fs::write(out.join("builtin_lexicons.rs"), entries_source(&parsed)?)?;
    let mut word_lists = Vec::new();
    for (name, text) in WORD_LISTS {
        println!("cargo::rerun-if-changed=dictionaries/{name}.txt");
        word_lists.push(Lexicon::parse(name, text)?);
    }
    fs::write(out.join("word_lists.rs"), entries_source(&word_lists)?)?;
    // The matcher sees a segmentation-only lexicon as an empty one.
    let terms: Vec<&str> = parsed
        .iter()
        .zip(BUILTIN)
        .filter(|(_, (_, role, _))| *role == LexiconRole::Match)
        .flat_map(|(l, _)| l.entries.iter().map(|e| e.term.as_ref()))
        .collect();
    let automaton = LexiconAutomaton::build(&terms).ok_or("the built-in lexicons are empty")?;
    fs::write(out.join("lexicon_automaton.bin"), automaton.serialize())?;
    Ok(parsed)
}

/// Each lexicon's entries as a Rust expression of type `&[&[Entry]]`,
/// every string borrowed from the binary.
fn entries_source(lexicons: &[Lexicon]) -> Result<String, std::fmt::Error> {
    let mut source = String::from("&[\n");
    for lexicon in lexicons {
        source.push_str("    &[\n");
        for entry in lexicon.entries.iter() {
            write!(
                source,
                "        Entry {{ term: ::std::borrow::Cow::Borrowed({:?}), \
                 fields: ::std::borrow::Cow::Borrowed(&[",
                entry.term
            )?;
            for field in entry.fields.iter() {
                write!(source, "::std::borrow::Cow::Borrowed({field:?}), ")?;
            }
            writeln!(source, "]), line: {} }},", entry.line)?;
        }
        source.push_str("    ],\n");
    }
    source.push_str("]\n");
    Ok(source)
}
