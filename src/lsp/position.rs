//! The one place where byte spans meet LSP positions.
//!
//! Inside xhslint every span is a byte range into the document text. An LSP
//! position is a 0-based line and a column counted in the units the client
//! and server agreed on at `initialize` (LSP 3.17 `positionEncoding`):
//! UTF-8 bytes, UTF-16 code units (the default every client supports) or
//! Unicode scalar values (UTF-32). An emoji such as 😂 is 4, 2 or 1 of them:
//! counting characters where UTF-16 is expected is what puts underlines in
//! the wrong place after every emoji.

use std::ops::Range;

use lsp_types::PositionEncodingKind;

use crate::text::LineIndex;

/// A position encoding the server speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PositionEncoding {
    Utf8,
    Utf16,
    Utf32,
}

impl PositionEncoding {
    /// The client's first choice among the encodings we support, in the
    /// order it lists them (`general.positionEncodings`); UTF-16 when it
    /// lists none we know, as LSP 3.17 requires.
    pub fn negotiate(offered: &[String]) -> PositionEncoding {
        offered
            .iter()
            .find_map(|name| PositionEncoding::from_name(name))
            .unwrap_or(PositionEncoding::Utf16)
    }

    fn from_name(name: &str) -> Option<PositionEncoding> {
        match name {
            "utf-8" => Some(PositionEncoding::Utf8),
            "utf-16" => Some(PositionEncoding::Utf16),
            "utf-32" => Some(PositionEncoding::Utf32),
            _ => None,
        }
    }

    /// The name sent back in the server capabilities.
    pub fn kind(self) -> PositionEncodingKind {
        match self {
            PositionEncoding::Utf8 => PositionEncodingKind::UTF8,
            PositionEncoding::Utf16 => PositionEncodingKind::UTF16,
            PositionEncoding::Utf32 => PositionEncodingKind::UTF32,
        }
    }

    /// How many units of this encoding `c` takes.
    fn units(self, c: char) -> usize {
        match self {
            PositionEncoding::Utf8 => c.len_utf8(),
            PositionEncoding::Utf16 => c.len_utf16(),
            PositionEncoding::Utf32 => 1,
        }
    }
}

/// Converts between byte offsets and LSP positions in one text.
pub struct Positions<'a> {
    text: &'a str,
    index: &'a LineIndex,
    encoding: PositionEncoding,
}

impl<'a> Positions<'a> {
    /// `index` must have been built from `text`.
    pub fn new(text: &'a str, index: &'a LineIndex, encoding: PositionEncoding) -> Self {
        Positions {
            text,
            index,
            encoding,
        }
    }

    /// The byte range of line `line`'s content, without its line ending.
    /// A byte order mark is content here: it is part of the text the client
    /// sent, so the client counts it too.
    fn line_content(&self, line: usize) -> Range<usize> {
        let content = self.index.line_range(self.text, line);
        let start = if line == 0 { 0 } else { content.start };
        start..content.end
    }

    /// The position of a byte offset; an offset inside a character counts
    /// from that character's start.
    pub fn position(&self, offset: usize) -> lsp_types::Position {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.index.line_of(offset);
        let content = self.line_content(line);
        // An offset inside a CRLF sits at the end of the line's content.
        let end = offset.min(content.end).max(content.start);
        let column: usize = self.text[content.start..end]
            .chars()
            .map(|c| self.encoding.units(c))
            .sum();
        lsp_types::Position::new(to_u32(line), to_u32(column))
    }

    pub fn range(&self, span: Range<usize>) -> lsp_types::Range {
        lsp_types::Range::new(self.position(span.start), self.position(span.end))
    }

    /// The byte offset of a position. Per LSP, a line past the end means the
    /// end of the text and a column past the end of its line means the end
    /// of that line; a column inside a character (half a surrogate pair,
    /// a byte inside a UTF-8 sequence) falls back to that character's start.
    pub fn offset(&self, position: lsp_types::Position) -> usize {
        let line = position.line as usize;
        if line >= self.index.line_count() {
            return self.text.len();
        }
        let content = self.line_content(line);
        let wanted = position.character as usize;
        let mut units = 0;
        for (i, c) in self.text[content.clone()].char_indices() {
            let next = units + self.encoding.units(c);
            if next > wanted {
                return content.start + i;
            }
            units = next;
        }
        content.end
    }

    /// The byte span of a range, its ends in order.
    pub fn span(&self, range: lsp_types::Range) -> Range<usize> {
        let (a, b) = (self.offset(range.start), self.offset(range.end));
        a.min(b)..a.max(b)
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use lsp_types::Position;

    const TEXT: &str = "火锅底料\n\n冬天😂🔥就靠它，手慢无\n";

    fn at(encoding: PositionEncoding, text: &str, offset: usize) -> (u32, u32) {
        let index = LineIndex::new(text);
        let p = Positions::new(text, &index, encoding).position(offset);
        (p.line, p.character)
    }

    fn back(encoding: PositionEncoding, text: &str, line: u32, character: u32) -> usize {
        let index = LineIndex::new(text);
        Positions::new(text, &index, encoding).offset(Position::new(line, character))
    }

    #[test]
    fn emoji_count_by_encoding() {
        let offset = TEXT.find("手慢无").expect("present");
        assert_eq!(at(PositionEncoding::Utf8, TEXT, offset), (2, 26));
        assert_eq!(at(PositionEncoding::Utf16, TEXT, offset), (2, 10));
        assert_eq!(at(PositionEncoding::Utf32, TEXT, offset), (2, 8));
        for encoding in [
            PositionEncoding::Utf8,
            PositionEncoding::Utf16,
            PositionEncoding::Utf32,
        ] {
            let (line, character) = at(encoding, TEXT, offset);
            assert_eq!(back(encoding, TEXT, line, character), offset);
        }
    }

    #[test]
    fn columns_inside_a_character_fall_back_to_its_start() {
        let emoji = TEXT.find('😂').expect("present");
        // Between the two UTF-16 units of 😂.
        assert_eq!(back(PositionEncoding::Utf16, TEXT, 2, 3), emoji);
        // Inside its UTF-8 bytes.
        assert_eq!(back(PositionEncoding::Utf8, TEXT, 2, 8), emoji);
    }

    #[test]
    fn out_of_range_positions_clamp() {
        let line_end = TEXT.find("手慢无").expect("present") + "手慢无".len();
        assert_eq!(back(PositionEncoding::Utf16, TEXT, 2, 999), line_end);
        assert_eq!(back(PositionEncoding::Utf16, TEXT, 99, 0), TEXT.len());
    }

    #[test]
    fn crlf_is_not_a_column() {
        let text = "限时\r\n手慢无\r\n";
        assert_eq!(back(PositionEncoding::Utf16, text, 0, 5), 6);
        assert_eq!(at(PositionEncoding::Utf16, text, 7), (0, 2));
        assert_eq!(at(PositionEncoding::Utf16, text, 8), (1, 0));
    }

    #[test]
    fn a_bom_is_a_character_the_client_counts() {
        let text = "\u{FEFF}限时";
        assert_eq!(at(PositionEncoding::Utf16, text, 3), (0, 1));
        assert_eq!(back(PositionEncoding::Utf16, text, 0, 1), 3);
    }

    #[test]
    fn negotiation_takes_the_first_supported_offer() {
        let names = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            PositionEncoding::negotiate(&names(&["utf-32", "utf-8"])),
            PositionEncoding::Utf32
        );
        assert_eq!(
            PositionEncoding::negotiate(&names(&["latin-1", "utf-8", "utf-16"])),
            PositionEncoding::Utf8
        );
        assert_eq!(PositionEncoding::negotiate(&[]), PositionEncoding::Utf16);
        assert_eq!(
            PositionEncoding::negotiate(&names(&["ebcdic"])),
            PositionEncoding::Utf16
        );
    }
}
