//! jieba's hidden Markov model for the runs of characters no known word
//! covers, as Rust tables the segmenter reads in place
//! (`src/text/segment/hmm.rs`).
//!
//! The input is the file jieba-macros 0.11 embeds for jieba-rs, vendored as
//! `dictionaries/jieba/hmm.model`, read as that crate reads it: after the
//! leading comments, a line of four start probabilities, a comment, four
//! lines of transition probabilities, then four emission lines of
//! `character:probability` pairs, one per state (B, E, M, S). A character
//! missing from a state's line gets jieba's floor, `-3.14e100`. Only the
//! characters the segmenter ever hands the model, U+4E00 to U+9FD5, are
//! kept, in a table indexed by character.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

pub const MODEL: &str = "dictionaries/jieba/hmm.model";

/// jieba's log-probability for what the model never saw.
const FLOOR: &str = "-3.14e100";
const FIRST: u32 = 0x4E00;
const LAST: u32 = 0x9FD5;

/// Writes `hmm_model.rs`.
pub fn write(out: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let text = fs::read_to_string(MODEL)?;
    let mut lines = text.lines().skip_while(|l| l.starts_with('#'));
    let start = lines
        .next()
        .ok_or(format!("{MODEL}: no start probabilities"))?;
    let start = probabilities(start)?;
    let transitions: Vec<[f64; 4]> = lines
        .by_ref()
        .skip_while(|l| l.starts_with('#'))
        .take_while(|l| !l.starts_with('#'))
        .map(probabilities)
        .collect::<Result<_, _>>()?;
    if transitions.len() != 4 {
        return Err(format!("{MODEL}: {} transition lines, not 4", transitions.len()).into());
    }
    let floor: f64 = FLOOR.parse()?;
    let mut emissions: BTreeMap<char, [f64; 4]> = BTreeMap::new();
    for (state, line) in lines.filter(|l| !l.starts_with('#')).enumerate() {
        if state >= 4 {
            return Err(format!("{MODEL}: more than four emission lines").into());
        }
        for pair in line.split(',') {
            let (key, probability) = pair
                .split_once(':')
                .ok_or(format!("{MODEL}: `{pair}` is not character:probability"))?;
            let character = key.chars().next().ok_or(format!("{MODEL}: empty key"))?;
            emissions.entry(character).or_insert([floor; 4])[state] = probability.parse()?;
        }
    }
    let kept: Vec<(u32, [f64; 4])> = emissions
        .into_iter()
        .map(|(c, p)| (u32::from(c), p))
        .filter(|(c, _)| (FIRST..=LAST).contains(c))
        .collect();
    let (Some(&(first, _)), Some(&(last, _))) = (kept.first(), kept.last()) else {
        return Err(format!("{MODEL}: no emission in U+4E00..U+9FD5").into());
    };
    let mut rows = vec![u16::MAX; (last - first + 1) as usize];
    for (row, (c, _)) in kept.iter().enumerate() {
        rows[(c - first) as usize] = u16::try_from(row)?;
    }

    // `{:?}` writes the shortest literal that reads back as the same f64.
    let mut code = String::new();
    writeln!(code, "/// Log-probability of starting in each state.")?;
    writeln!(code, "static START: [f64; 4] = {start:?};")?;
    writeln!(
        code,
        "/// Log-probability of going from one state to another."
    )?;
    writeln!(code, "static TRANSITION: [[f64; 4]; 4] = {transitions:?};")?;
    writeln!(
        code,
        "/// jieba's log-probability for what the model never saw."
    )?;
    writeln!(code, "const FLOOR: f64 = {floor:?};")?;
    writeln!(code, "/// The first character `EMISSION_ROW` covers.")?;
    writeln!(code, "const EMISSION_FIRST: u32 = {first:#X};")?;
    writeln!(
        code,
        "/// A character's row in `EMISSION`, `u16::MAX` for none."
    )?;
    writeln!(
        code,
        "static EMISSION_ROW: [u16; {}] = {rows:?};",
        rows.len()
    )?;
    writeln!(
        code,
        "/// Log-probability of each state emitting a character."
    )?;
    let emission: Vec<[f64; 4]> = kept.iter().map(|&(_, p)| p).collect();
    writeln!(
        code,
        "static EMISSION: [[f64; 4]; {}] = {emission:?};",
        emission.len()
    )?;
    fs::write(out.join("hmm_model.rs"), code)?;
    Ok(())
}

fn probabilities(line: &str) -> Result<[f64; 4], Box<dyn std::error::Error>> {
    let values: Vec<f64> = line
        .split_ascii_whitespace()
        .map(str::parse)
        .collect::<Result<_, _>>()?;
    <[f64; 4]>::try_from(values).map_err(|v| format!("{MODEL}: {} values, not 4", v.len()).into())
}
