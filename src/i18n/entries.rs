//! Where each message of a Fluent file is: `build.rs` indexes the locale
//! files with this (`build/locales.rs`), so a run parses only the messages
//! it renders (with the messages they refer to), and the tests check the
//! index against Fluent's own parse.

use std::ops::Range;

/// Each message's id and the byte range of its entry (its value, its
/// attributes and every indented line with it), sorted by id; of an id
/// given twice, the first, as a Fluent bundle keeps the first. An entry
/// runs until the next line that starts in column 0 with an id or a
/// comment; anything else (an indented line, a blank one, a closing brace)
/// is part of it.
#[cfg_attr(not(test), allow(dead_code))]
pub fn entries(source: &str) -> Vec<(&str, Range<usize>)> {
    let mut found: Vec<(&str, Range<usize>)> = Vec::new();
    let mut current: Option<(&str, usize)> = None;
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        let id = entry_id(line);
        if id.is_some() || line.starts_with('#') {
            if let Some((id, start)) = current.take() {
                found.push((id, start..offset));
            }
            current = id.map(|id| (id, offset));
        }
        offset += line.len();
    }
    if let Some((id, start)) = current {
        found.push((id, start..source.len()));
    }
    // Stable, so the first of a repeated id stays first and is kept.
    found.sort_by_key(|(id, _)| *id);
    found.dedup_by_key(|(id, _)| *id);
    found
}

/// The id a line starts a message with (`id =`), if it does.
pub fn entry_id(line: &str) -> Option<&str> {
    let end = line
        .bytes()
        .position(|b| !(b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))?;
    let id = &line[..end];
    (is_id(id) && line[end..].trim_start_matches([' ', '\t']).starts_with('=')).then_some(id)
}

/// Whether `text` is a message id: a letter, then letters, digits, `-`
/// and `_`.
fn is_id(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// The hash a message id is looked up by (64-bit FNV-1a of its bytes):
/// `build.rs` stores each id's, sorted, so a lookup compares numbers and
/// then one id, rather than ids all the way down a binary search.
pub const fn id_hash(id: &str) -> u64 {
    let bytes = id.as_bytes();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut at = 0;
    while at < bytes.len() {
        hash ^= bytes[at] as u64;
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        at += 1;
    }
    hash
}

/// The messages an entry refers to (`{ other-id }`, `{ other-id.hint }`):
/// parsed alone, it needs them beside it.
pub fn references(entry: &str) -> impl Iterator<Item = &str> {
    entry.split('{').skip(1).filter_map(|after| {
        let inside = after.split_once('}')?.0.trim_matches([' ', '\t']);
        let id = inside.split_once('.').map_or(inside, |(id, _)| id);
        is_id(id).then_some(id)
    })
}
