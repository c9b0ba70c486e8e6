//! Finding a key or a list entry in config text, for the errors found after
//! the file has been read (a dictionary file that is missing, a value set
//! in two places), which serde_yaml can no longer locate.
//!
//! The search is textual: each key of the path is looked for after the
//! previous one, outside comments, in block or flow style. It serves error
//! positions only; when it cannot find a key it points at the deepest one it
//! found, or the file's start.

use crate::text::LineIndex;

/// 1-based `(line, column)` of `offset` in `source`.
pub fn position(source: &str, offset: usize) -> (usize, usize) {
    let position = LineIndex::new(source).position(source, offset);
    (position.line, position.column)
}

/// The position of the key at `path` (e.g. `["rules", "title-length",
/// "max_units"]`).
pub fn key(source: &str, path: &[&str]) -> (usize, usize) {
    position(source, key_offset(source, path).unwrap_or(0))
}

/// The position of the list entry `item` under the key at `path`.
pub fn item(source: &str, path: &[&str], item: &str) -> (usize, usize) {
    let after = key_offset(source, path).unwrap_or(0);
    let offset = occurrences(source, after, item)
        .find(|&at| is_scalar(source, at, item.len()))
        .unwrap_or(after);
    position(source, offset)
}

/// The position of the second `path` key, for a key written twice.
pub fn repeated_key(source: &str, path: &[&str]) -> Option<(usize, usize)> {
    let (last, parents) = path.split_last()?;
    let from = key_offset(source, parents).unwrap_or(0);
    occurrences(source, from, last)
        .filter(|&at| is_key(source, at, last.len()))
        .nth(1)
        .map(|at| position(source, at))
}

/// Offset of the deepest key of `path` that can be found in order.
fn key_offset(source: &str, path: &[&str]) -> Option<usize> {
    let mut found = None;
    let mut from = 0;
    for segment in path {
        match occurrences(source, from, segment).find(|&at| is_key(source, at, segment.len())) {
            Some(at) => {
                found = Some(at);
                from = at + segment.len();
            }
            None => break,
        }
    }
    found
}

/// Offsets of `needle` at or after `from`, outside `#` comments.
fn occurrences<'a>(
    source: &'a str,
    from: usize,
    needle: &'a str,
) -> impl Iterator<Item = usize> + 'a {
    source
        .get(from..)
        .unwrap_or_default()
        .match_indices(needle)
        .map(move |(i, _)| from + i)
        .filter(move |&at| !in_comment(source, at))
}

fn line_start(source: &str, at: usize) -> usize {
    source[..at].rfind(['\n', '\r']).map_or(0, |i| i + 1)
}

fn in_comment(source: &str, at: usize) -> bool {
    let line = &source[line_start(source, at)..at];
    line.char_indices()
        .any(|(i, c)| c == '#' && (i == 0 || line[..i].ends_with([' ', '\t'])))
}

fn before(source: &str, at: usize) -> Option<char> {
    source[line_start(source, at)..at]
        .trim_end_matches(['"', '\''])
        .trim_end()
        .chars()
        .next_back()
}

fn after(source: &str, end: usize) -> Option<char> {
    source[end..]
        .trim_start_matches(['"', '\''])
        .trim_start_matches([' ', '\t'])
        .chars()
        .next()
}

fn is_key(source: &str, at: usize, len: usize) -> bool {
    matches!(before(source, at), None | Some('{' | ',' | '-'))
        && after(source, at + len) == Some(':')
}

fn is_scalar(source: &str, at: usize, len: usize) -> bool {
    matches!(before(source, at), Some('[' | ',' | '-' | ':'))
        && matches!(
            after(source, at + len),
            None | Some(']' | ',' | '\n' | '\r' | '#')
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONFIG: &str = "\
# title: not this one
rules:
  title-length: {severity: error, max_units: 24}
title:
  max_units: 22
dictionary_files:
  - brands.txt
  - \"more.txt\"
lexicons:
  pressure-phrase: {remove: [冲冲冲, 手慢无]}
";

    #[test]
    fn finds_keys_in_block_and_flow_style() {
        assert_eq!(key(CONFIG, &["title", "max_units"]), (5, 3));
        assert_eq!(
            key(CONFIG, &["rules", "title-length", "max_units"]),
            (3, 35)
        );
        assert_eq!(key(CONFIG, &["rules", "title-length"]), (3, 3));
    }

    #[test]
    fn finds_list_entries() {
        assert_eq!(item(CONFIG, &["dictionary_files"], "brands.txt"), (7, 5));
        assert_eq!(item(CONFIG, &["dictionary_files"], "more.txt"), (8, 6));
        assert_eq!(
            item(CONFIG, &["lexicons", "pressure-phrase", "remove"], "手慢无"),
            (10, 35)
        );
    }

    #[test]
    fn finds_the_second_of_a_repeated_key() {
        let source = "title:\n  max_units: 20\nhashtags: {min: 3}\ntitle:\n  max_units: 22\n";
        assert_eq!(repeated_key(source, &["title"]), Some((4, 1)));
        assert_eq!(repeated_key(source, &["hashtags"]), None);
    }

    #[test]
    fn a_missing_key_points_at_the_deepest_found() {
        assert_eq!(key(CONFIG, &["hashtags", "min"]), (1, 1));
        assert_eq!(key(CONFIG, &["title", "nothing"]), (4, 1));
    }
}
