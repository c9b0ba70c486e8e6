//! Builds the automaton over the built-in matched lexicons and stores it in
//! `OUT_DIR/lexicon_automaton.bin`, which `text::matcher` loads instead of
//! building it on every start.

use std::fs;
use std::path::Path;

use crate::builtin_lexicons::{BUILTIN, LexiconRole};
use crate::lexicon::Lexicon;
use crate::lexicon_automaton::LexiconAutomaton;

pub fn write_automaton(out: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let mut lexicons = Vec::new();
    for (name, role, text) in BUILTIN {
        println!("cargo::rerun-if-changed=dictionaries/{name}.txt");
        // The matcher sees a segmentation-only lexicon as an empty one.
        lexicons.push(match role {
            LexiconRole::Match => Lexicon::parse(name, text)?,
            LexiconRole::Segmentation => Lexicon::default(),
        });
    }
    let terms: Vec<&str> = lexicons
        .iter()
        .flat_map(|l| l.entries.iter().map(|e| e.term.as_str()))
        .collect();
    let automaton = LexiconAutomaton::build(&terms).ok_or("the built-in lexicons are empty")?;
    fs::write(out.join("lexicon_automaton.bin"), automaton.serialize())?;
    Ok(())
}
