//! A campaign file as a tree of YAML nodes, each with the byte range it was
//! written at, so every fact and every finding can point at its line and
//! column. serde_yaml locates only its errors; saphyr's parser marks every
//! event.

use std::borrow::Cow;
use std::ops::Range;

use saphyr_parser::{Event, Parser, ScalarStyle, Span};

/// One YAML node and where it stands in the source.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub kind: Kind,
    /// Byte range of the node in the source (a collection's first byte to
    /// its last entry's end).
    pub span: Range<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// A scalar and whether it was written quoted (quoted text is never a
    /// number, a boolean or null).
    Scalar {
        text: String,
        quoted: bool,
    },
    Sequence(Vec<Node>),
    /// Entries in the order written.
    Mapping(Vec<(Node, Node)>),
}

impl Node {
    /// The scalar's text, `None` for a collection.
    pub fn scalar(&self) -> Option<&str> {
        match &self.kind {
            Kind::Scalar { text, .. } => Some(text),
            _ => None,
        }
    }

    /// Whether the node is YAML's null (`~`, `null`, or nothing).
    pub fn is_null(&self) -> bool {
        matches!(&self.kind, Kind::Scalar { text, quoted: false }
            if matches!(text.as_str(), "" | "~" | "null" | "Null" | "NULL"))
    }

    /// What the node is, for messages: `` `abc` ``, "a list", "a mapping".
    pub fn describe(&self) -> String {
        match &self.kind {
            Kind::Scalar { text, .. } if self.is_null() && text.is_empty() => "nothing".to_string(),
            Kind::Scalar { text, .. } => format!("`{text}`"),
            Kind::Sequence(_) => "a list".to_string(),
            Kind::Mapping(_) => "a mapping".to_string(),
        }
    }
}

/// A YAML syntax error at a byte offset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub offset: usize,
    /// In English.
    pub message: String,
    /// `message` to show in the run's language.
    pub msg: crate::i18n::Msg,
}

impl SyntaxError {
    fn new(offset: usize, msg: crate::i18n::Msg) -> Self {
        SyntaxError {
            offset,
            message: msg.render(crate::i18n::Lang::En),
            msg,
        }
    }
}

/// Parses the first document of `source`; an empty file is null.
pub fn parse(source: &str) -> Result<Node, SyntaxError> {
    let bytes = CharOffsets::new(source);
    let mut parser = Parser::new_from_str(source);
    let mut stack: Vec<Frame> = Vec::new();
    let mut root: Option<Node> = None;
    while let Some(event) = parser.next_event() {
        let (event, span) = event.map_err(|e| {
            SyntaxError::new(
                bytes.at(e.marker().index()),
                crate::msg!("plan-not-yaml", reason = e.info()),
            )
        })?;
        let range = bytes.range(span);
        let node = match event {
            Event::StreamStart | Event::DocumentStart(_) | Event::Nothing => continue,
            Event::DocumentEnd | Event::StreamEnd => break,
            Event::Alias(_) => {
                return Err(SyntaxError::new(
                    range.start,
                    crate::msg!("plan-yaml-alias"),
                ));
            }
            Event::Scalar(text, style, _, _) => Node {
                kind: Kind::Scalar {
                    text: Cow::into_owned(text),
                    quoted: style != ScalarStyle::Plain,
                },
                span: range,
            },
            Event::SequenceStart(..) => {
                stack.push(Frame {
                    start: range.start,
                    mapping: false,
                    items: Vec::new(),
                });
                continue;
            }
            Event::MappingStart(..) => {
                stack.push(Frame {
                    start: range.start,
                    mapping: true,
                    items: Vec::new(),
                });
                continue;
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let Some(frame) = stack.pop() else { continue };
                frame.close()
            }
        };
        match stack.last_mut() {
            Some(frame) => frame.items.push(node),
            None => {
                root = Some(node);
            }
        }
    }
    Ok(root.unwrap_or(Node {
        kind: Kind::Scalar {
            text: String::new(),
            quoted: false,
        },
        span: 0..0,
    }))
}

/// An open collection while its entries are read.
struct Frame {
    start: usize,
    mapping: bool,
    items: Vec<Node>,
}

impl Frame {
    fn close(self) -> Node {
        let end = self
            .items
            .last()
            .map_or(self.start, |n| n.span.end)
            .max(self.start);
        let span = self.start..end;
        if self.mapping {
            let mut entries = Vec::with_capacity(self.items.len() / 2);
            let mut items = self.items.into_iter();
            while let (Some(key), Some(value)) = (items.next(), items.next()) {
                entries.push((key, value));
            }
            Node {
                kind: Kind::Mapping(entries),
                span,
            }
        } else {
            Node {
                kind: Kind::Sequence(self.items),
                span,
            }
        }
    }
}

/// Converts the parser's character indexes to byte offsets.
struct CharOffsets {
    starts: Vec<usize>,
    len: usize,
}

impl CharOffsets {
    fn new(source: &str) -> Self {
        CharOffsets {
            starts: source.char_indices().map(|(i, _)| i).collect(),
            len: source.len(),
        }
    }

    fn at(&self, index: usize) -> usize {
        self.starts.get(index).copied().unwrap_or(self.len)
    }

    fn range(&self, span: Span) -> Range<usize> {
        let start = self.at(span.start.index());
        start..self.at(span.end.index()).max(start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nodes_carry_their_byte_ranges() {
        let source = "name: 大促\nstreams:\n  - {start: \"20:00\", n: 3}\n";
        let root = parse(source).expect("parses");
        let Kind::Mapping(entries) = &root.kind else {
            panic!("a mapping")
        };
        assert_eq!(&source[entries[0].1.span.clone()], "大促");
        let Kind::Sequence(items) = &entries[1].1.kind else {
            panic!("a list")
        };
        let Kind::Mapping(window) = &items[0].kind else {
            panic!("a mapping")
        };
        assert_eq!(&source[window[0].1.span.clone()], "\"20:00\"");
        assert_eq!(window[0].1.scalar(), Some("20:00"));
        assert_eq!(&source[window[1].0.span.clone()], "n");
    }

    #[test]
    fn a_syntax_error_has_its_offset() {
        let error = parse("a: [1, 2\nb: 3\n").expect_err("unclosed");
        assert!(error.offset > 0, "{error:?}");
    }
}
