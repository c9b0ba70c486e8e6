//! A linear scan for YAML nested too deep, run before the YAML parser.
//!
//! The parser's scanner keeps a stack of open flow collections and
//! revisits it at every token, so 100,000 `[` in a row take it tens of
//! seconds before its own recursion limit can refuse them. Front matter and
//! configs are flat by design; anything nested past [`MAX_DEPTH`] levels is
//! refused here, in one pass, with the offset where the limit was crossed.

/// The deepest nesting accepted: far past any real front matter or config,
/// below the parser's own recursion limit (128).
pub const MAX_DEPTH: usize = 100;

/// The byte offset where `text` first nests deeper than [`MAX_DEPTH`]:
/// flow collections (`[`, `{`) outside quotes and comments, or block
/// sequence dashes written one after another on a line (`- - - x`).
pub fn too_deep(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut flow = 0usize;
    let mut i = 0;
    let mut line_start = true;
    let mut dashes = 0usize;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'\n' => {
                line_start = true;
                dashes = 0;
            }
            b' ' | b'\t' | b'\r' => {}
            b'-' if line_start && matches!(bytes.get(i + 1), Some(b' ' | b'\t')) => {
                dashes += 1;
                if dashes > MAX_DEPTH {
                    return Some(i);
                }
            }
            b'#' if i == 0 || matches!(bytes[i - 1], b' ' | b'\t' | b'\n' | b'\r') => {
                i = memchr::memchr(b'\n', &bytes[i..]).map_or(bytes.len(), |n| i + n);
                continue;
            }
            b'"' | b'\'' if flow > 0 || line_start || is_value_start(bytes, i) => {
                i = skip_quoted(bytes, i);
                line_start = false;
                continue;
            }
            b'[' | b'{' => {
                flow += 1;
                if flow > MAX_DEPTH {
                    return Some(i);
                }
                line_start = false;
            }
            b']' | b'}' => {
                flow = flow.saturating_sub(1);
                line_start = false;
            }
            _ => line_start = false,
        }
        i += 1;
    }
    None
}

/// A quote right after `: ` or `- ` opens a quoted scalar; one inside a
/// plain word (`it's`) does not.
fn is_value_start(bytes: &[u8], i: usize) -> bool {
    i >= 2 && matches!(bytes[i - 1], b' ' | b'\t') && matches!(bytes[i - 2], b':' | b'-' | b',')
}

/// The offset just past the quoted scalar opening at `open`.
fn skip_quoted(bytes: &[u8], open: usize) -> usize {
    let quote = bytes[open];
    let mut i = open + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if quote == b'"' => i += 2,
            b'\'' if quote == b'\'' && bytes.get(i + 1) == Some(&b'\'') => i += 2,
            b if b == quote => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flat_yaml_passes() {
        let text = "title: \"a [b\"\nsale:\n  price: 99 # [[[[\ntags: [护肤, '{x']\n";
        assert_eq!(too_deep(text), None);
        assert_eq!(too_deep(&"[".repeat(MAX_DEPTH)), None);
    }

    #[test]
    fn deep_flow_and_dash_runs_are_found_where_they_cross_the_limit() {
        let text = format!("tags: {}", "[".repeat(100_000));
        assert_eq!(too_deep(&text), Some(6 + MAX_DEPTH));
        let dashes = format!("a:\n{}x\n", "- ".repeat(MAX_DEPTH + 1));
        assert_eq!(too_deep(&dashes), Some(3 + 2 * MAX_DEPTH));
    }

    #[test]
    fn brackets_in_quotes_and_comments_do_not_count() {
        let quoted = format!("t: \"{}\"\n# {}\n", "[".repeat(500), "{".repeat(500));
        assert_eq!(too_deep(&quoted), None);
    }
}
