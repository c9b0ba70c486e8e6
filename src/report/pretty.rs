//! Pretty-printed JSON values nested inside a document that is written
//! around them piece by piece (the JSON report's file entries, SARIF
//! results): exactly what `serde_json::to_string_pretty` writes, with every
//! line after the first indented to the depth the value sits at.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::ser::{Formatter, Serializer};

/// Appends `value`, pretty-printed, to `out`; every line after the first is
/// indented by `indent` more spaces.
pub fn write_indented(out: &mut Vec<u8>, value: &impl Serialize, indent: usize) {
    let mut serializer = Serializer::with_formatter(out, NestedPretty::new(indent));
    // Nothing here can fail: the writer is a Vec, and every map the report
    // serializes has string keys.
    let _ = value.serialize(&mut serializer);
}

/// `value` pretty-printed, every line after the first indented by `indent`
/// more spaces.
pub fn indented(value: &impl Serialize, indent: usize) -> String {
    let mut out = Vec::new();
    write_indented(&mut out, value, indent);
    String::from_utf8(out).unwrap_or_default()
}

/// serde_json's `PrettyFormatter` (two spaces a level, the same breaks) for
/// a value that sits `base` spaces deep. Each line break writes its whole
/// indentation at once; the output is never scanned again.
struct NestedPretty {
    base: usize,
    depth: usize,
    /// Whether the innermost array or object open has a member yet.
    has_value: bool,
}

impl NestedPretty {
    fn new(base: usize) -> Self {
        NestedPretty {
            base,
            depth: 0,
            has_value: false,
        }
    }

    fn line_break<W: ?Sized + Write>(&self, out: &mut W) -> io::Result<()> {
        const SPACES: &[u8] = b"                                                                ";
        out.write_all(b"\n")?;
        let mut width = self.base + 2 * self.depth;
        while width > 0 {
            let run = width.min(SPACES.len());
            out.write_all(&SPACES[..run])?;
            width -= run;
        }
        Ok(())
    }

    fn open<W: ?Sized + Write>(&mut self, out: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        out.write_all(bracket)
    }

    fn close<W: ?Sized + Write>(&mut self, out: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            self.line_break(out)?;
        }
        out.write_all(bracket)
    }

    fn member<W: ?Sized + Write>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        if !first {
            out.write_all(b",")?;
        }
        self.line_break(out)
    }
}

impl Formatter for NestedPretty {
    fn begin_array<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.open(out, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.close(out, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        self.member(out, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _out: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.open(out, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.close(out, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        self.member(out, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        out.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _out: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn nests_exactly_like_pretty_printing_with_the_lines_indented() {
        let values = [
            json!({"a": [1, {"b": "line\nfeed", "c": null}], "d": {}, "e": [], "f": [[], [{}]]}),
            json!([]),
            json!({}),
            json!("text"),
            // Deeper than one run of spaces.
            (0..40).fold(json!({"deep": true}), |inner, _| json!([inner])),
        ];
        for value in values {
            let plain = serde_json::to_string_pretty(&value).expect("serializes");
            for indent in [0, 2, 8] {
                let nested = plain.replace('\n', &format!("\n{}", " ".repeat(indent)));
                assert_eq!(indented(&value, indent), nested);
            }
        }
    }
}
