//! The Traditional → Simplified table, sorted, and its CJK bitset, made
//! from `dictionaries/traditional.txt` by `src/text/traditional.rs` and
//! written as Rust for `text::normalize` to include.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use crate::traditional_table::{listed, pairs};

pub fn write(out: &Path, text: &str) -> Result<(), Box<dyn std::error::Error>> {
    println!("cargo::rerun-if-changed=dictionaries/traditional.txt");
    println!("cargo::rerun-if-changed=src/text/traditional.rs");
    let pairs = pairs(text);
    let mut code = String::from("&[");
    for (traditional, simplified) in &pairs {
        write!(code, "({traditional:?}, {simplified:?}), ")?;
    }
    code.push(']');
    fs::write(out.join("traditional_pairs.rs"), code)?;
    fs::write(
        out.join("traditional_listed.rs"),
        format!("&{:?}", listed(&pairs)),
    )?;
    Ok(())
}
