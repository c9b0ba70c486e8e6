//! Pretty-printed JSON values nested inside a document that is written
//! around them piece by piece (the JSON report's file entries, SARIF
//! results): exactly what `serde_json::to_string_pretty` writes, with every
//! line after the first indented to the depth the value sits at.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::ser::{PrettyFormatter, Serializer};

/// Appends `value`, pretty-printed, to `out`; every line after the first is
/// indented by `indent`.
pub fn write_indented(out: &mut Vec<u8>, value: &impl Serialize, indent: &str) {
    let mut serializer = Serializer::with_formatter(
        IndentLines {
            out,
            indent: indent.as_bytes(),
        },
        PrettyFormatter::new(),
    );
    // Nothing here can fail: the writer is a Vec, and every map the report
    // serializes has string keys.
    let _ = value.serialize(&mut serializer);
}

/// `value` pretty-printed, every line after the first indented by `indent`.
pub fn indented(value: &impl Serialize, indent: &str) -> String {
    let mut out = Vec::new();
    write_indented(&mut out, value, indent);
    String::from_utf8(out).unwrap_or_default()
}

/// Writes through to `out`, adding `indent` after every line feed. JSON
/// strings hold line feeds only escaped, so every one is the formatter's.
struct IndentLines<'a> {
    out: &'a mut Vec<u8>,
    indent: &'a [u8],
}

impl Write for IndentLines<'_> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        let mut lines = bytes.split(|&b| b == b'\n');
        if let Some(first) = lines.next() {
            self.out.extend_from_slice(first);
        }
        for line in lines {
            self.out.push(b'\n');
            self.out.extend_from_slice(self.indent);
            self.out.extend_from_slice(line);
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn nests_like_pretty_printing_with_the_lines_indented() {
        let value = json!({"a": [1, {"b": "line\nfeed"}], "c": {}, "d": []});
        let plain = serde_json::to_string_pretty(&value).expect("serializes");
        assert_eq!(indented(&value, "    "), plain.replace('\n', "\n    "));
        assert!(indented(&value, "  ").contains(r#""b": "line\nfeed""#));
    }
}
