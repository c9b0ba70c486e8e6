//! The character-pair lists (`src/text/char_pairs.rs`) as Rust: the
//! Traditional → Simplified table, sorted, with its CJK bitset, for
//! `text::normalize`, and the emoji readings, sorted, for `text::disguise`.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use crate::char_pairs::{listed, pairs};
use crate::data_files::dictionary_file;

pub fn write(out: &Path) -> Result<(), Box<dyn std::error::Error>> {
    println!("cargo::rerun-if-changed=src/text/char_pairs.rs");
    println!("cargo::rerun-if-changed=dictionaries/traditional.txt");
    println!("cargo::rerun-if-changed=dictionaries/emoji-readings.txt");
    let traditional = pairs(dictionary_file("traditional"));
    fs::write(out.join("traditional_pairs.rs"), source(&traditional)?)?;
    fs::write(
        out.join("traditional_listed.rs"),
        format!("&{:?}", listed(&traditional)),
    )?;
    let emoji = pairs(dictionary_file("emoji-readings"));
    fs::write(out.join("emoji_readings.rs"), source(&emoji)?)?;
    Ok(())
}

/// `pairs` as a Rust expression of type `&[(char, char)]`.
fn source(pairs: &[(char, char)]) -> Result<String, std::fmt::Error> {
    let mut code = String::from("&[");
    for (first, second) in pairs {
        write!(code, "({first:?}, {second:?}), ")?;
    }
    code.push(']');
    Ok(code)
}
