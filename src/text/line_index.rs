//! Byte offsets to the positions users and editors see.

use std::sync::OnceLock;

use serde::Serialize;

/// A position in the original text, as reported in every output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Position {
    /// 1-based line.
    pub line: usize,
    /// 1-based column in Unicode scalar values.
    pub column: usize,
    /// 1-based column in UTF-16 code units (LSP, VS Code).
    pub utf16_column: usize,
    /// 0-based offset into the original file bytes.
    pub byte_offset: usize,
}

/// Line starts of a text, answering line, column, UTF-16 column and display
/// width for any byte offset. LF, CRLF and a lone CR all end a line.
#[derive(Debug, Clone)]
pub struct LineIndex {
    line_starts: Vec<usize>,
    /// Bytes of a leading UTF-8 BOM, which editors do not show as a column.
    bom_len: usize,
    /// Counts at regular offsets inside long lines, so positions on a
    /// megabyte-long line cost no more than on a short one; taken the first
    /// time a position that far into a line is asked for.
    checkpoints: OnceLock<Vec<Checkpoint>>,
}

/// Counts from the start of a line's content up to `byte`.
#[derive(Debug, Clone, Copy)]
struct Checkpoint {
    byte: usize,
    chars: usize,
    utf16: usize,
    width: usize,
}

/// Distance between checkpoints, in bytes.
const CHECKPOINT_EVERY: usize = 1024;

/// Terminal columns of one character, as [`display_width`] counts it.
///
/// [`display_width`]: crate::text::units::display_width
fn char_width(c: char) -> usize {
    crate::text::units::display_width(c.encode_utf8(&mut [0; 4]))
}

/// Characters and UTF-16 units of `text`, counted eight bytes at a time
/// from the lead bytes, without decoding: every byte but a continuation
/// (`10xxxxxx`) starts a character, and the four-byte ones (`11110xxx`,
/// beyond the BMP) take two UTF-16 units.
fn char_and_utf16_counts(text: &str) -> (usize, usize) {
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    let bytes = text.as_bytes();
    let mut chunks = bytes.chunks_exact(8);
    let (mut continuations, mut four_byte_leads) = (0, 0);
    for chunk in chunks.by_ref() {
        let word = chunk.try_into().map(u64::from_le_bytes).unwrap_or_default();
        // Bit 7 of each byte, and-ed with bits 6, 5 and 4 of the same byte
        // shifted up into it.
        continuations += (word & !(word << 1) & HIGHS).count_ones() as usize;
        four_byte_leads +=
            (word & (word << 1) & (word << 2) & (word << 3) & HIGHS).count_ones() as usize;
    }
    for &byte in chunks.remainder() {
        continuations += usize::from(byte & 0xC0 == 0x80);
        four_byte_leads += usize::from(byte >= 0xF0);
    }
    let chars = bytes.len() - continuations;
    (chars, chars + four_byte_leads)
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut line_starts = vec![0];
        let bytes = text.as_bytes();
        for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            if bytes[i] == b'\n' || bytes.get(i + 1) != Some(&b'\n') {
                line_starts.push(i + 1);
            }
        }
        let bom_len = if text.starts_with('\u{FEFF}') { 3 } else { 0 };
        LineIndex {
            line_starts,
            bom_len,
            checkpoints: OnceLock::new(),
        }
    }

    fn build_checkpoints(&self, text: &str) -> Vec<Checkpoint> {
        let mut checkpoints = Vec::new();
        for line in 0..self.line_starts.len() {
            let range = self.line_range(text, line);
            if range.len() <= CHECKPOINT_EVERY {
                continue;
            }
            let mut counts = Checkpoint {
                byte: range.start,
                chars: 0,
                utf16: 0,
                width: 0,
            };
            let mut next = range.start + CHECKPOINT_EVERY;
            for (offset, c) in text[range.clone()].char_indices() {
                let at = range.start + offset;
                if at >= next {
                    checkpoints.push(Checkpoint { byte: at, ..counts });
                    next = at + CHECKPOINT_EVERY;
                }
                counts.chars += 1;
                counts.utf16 += c.len_utf16();
                counts.width += char_width(c);
            }
        }
        checkpoints
    }

    /// The nearest counts at or before `offset` on the line starting at
    /// `line_start`.
    fn checkpoint(&self, text: &str, line_start: usize, offset: usize) -> Checkpoint {
        let checkpoints: &[Checkpoint] = if offset - line_start < CHECKPOINT_EVERY {
            // No checkpoint lies this close to a line's start.
            &[]
        } else {
            self.checkpoints
                .get_or_init(|| self.build_checkpoints(text))
        };
        let i = checkpoints.partition_point(|c| c.byte <= offset);
        match i.checked_sub(1).map(|i| checkpoints[i]) {
            Some(c) if c.byte >= line_start => c,
            _ => Checkpoint {
                byte: line_start,
                chars: 0,
                utf16: 0,
                width: 0,
            },
        }
    }

    /// 0-based index of the line holding `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&start| start <= offset) - 1
    }

    /// Byte range of line `line` (0-based), without its line ending.
    pub fn line_range(&self, text: &str, line: usize) -> std::ops::Range<usize> {
        let start = self.content_start(line);
        let mut end = self
            .line_starts
            .get(line + 1)
            .copied()
            .unwrap_or(text.len());
        let bytes = text.as_bytes();
        while end > start && matches!(bytes[end - 1], b'\n' | b'\r') {
            end -= 1;
        }
        start..end
    }

    fn content_start(&self, line: usize) -> usize {
        let start = self.line_starts[line];
        if line == 0 {
            start + self.bom_len
        } else {
            start
        }
    }

    /// The position of a byte offset, which must lie on a character boundary.
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let offset = offset.min(text.len());
        let line = self.line_of(offset);
        let start = self.content_start(line).min(offset);
        let checkpoint = self.checkpoint(text, start, offset);
        let prefix = &text[checkpoint.byte..offset];
        let (chars, utf16) = char_and_utf16_counts(prefix);
        Position {
            line: line + 1,
            column: checkpoint.chars + chars + 1,
            utf16_column: checkpoint.utf16 + utf16 + 1,
            byte_offset: offset,
        }
    }

    /// Display width (terminal columns) of the line text before `offset`.
    pub fn display_column(&self, text: &str, offset: usize) -> usize {
        let line = self.line_of(offset);
        let start = self.content_start(line).min(offset);
        let checkpoint = self.checkpoint(text, start, offset);
        checkpoint.width + crate::text::units::display_width(&text[checkpoint.byte..offset])
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_after_emoji_count_utf16_units() {
        let text = "第一行\n好物😂手慢无";
        let index = LineIndex::new(text);
        let offset = text.find("手慢无").expect("present");
        let p = index.position(text, offset);
        assert_eq!(
            p,
            Position {
                line: 2,
                column: 4,
                utf16_column: 5,
                byte_offset: 20
            }
        );
    }

    #[test]
    fn columns_count_characters_of_every_utf8_length() {
        // One, two, three and four UTF-8 bytes; only the last is a UTF-16
        // pair. Long enough that counts run over whole eight-byte words.
        let text = "aé限😂🎁x\u{7ff}\u{800}\u{ffff}\u{10000}\u{10ffff}".repeat(3);
        let index = LineIndex::new(&text);
        for (offset, _) in text.char_indices() {
            let prefix = &text[..offset];
            let p = index.position(&text, offset);
            assert_eq!(p.column, prefix.chars().count() + 1, "{prefix}");
            assert_eq!(
                p.utf16_column,
                prefix.encode_utf16().count() + 1,
                "{prefix}"
            );
        }
    }

    #[test]
    fn crlf_and_lone_cr_end_lines() {
        let text = "a\r\nb\rc\nd";
        let index = LineIndex::new(text);
        assert_eq!(index.line_count(), 4);
        assert_eq!(index.position(text, 3).line, 2);
        assert_eq!(index.position(text, 5).line, 3);
        assert_eq!(index.line_range(text, 0), 0..1);
    }

    #[test]
    fn long_lines_use_checkpoints_with_the_same_answers() {
        let line = "好😂a".repeat(1000);
        let text = format!("首行\n{line}\n尾");
        let index = LineIndex::new(&text);
        // Taken only once a position far into a line is asked for.
        assert!(index.checkpoints.get().is_none());
        let start = text.find('\n').expect("newline") + 1;
        for (offset, _) in text[start..start + line.len()].char_indices().step_by(97) {
            let at = start + offset;
            let prefix = &text[start..at];
            let p = index.position(&text, at);
            assert_eq!(p.line, 2);
            assert_eq!(p.column, prefix.chars().count() + 1);
            assert_eq!(p.utf16_column, prefix.encode_utf16().count() + 1);
            assert_eq!(
                index.display_column(&text, at),
                crate::text::units::display_width(prefix)
            );
        }
        assert!(index.checkpoints.get().is_some_and(|c| !c.is_empty()));
    }

    #[test]
    fn bom_is_not_a_column() {
        let text = "\u{FEFF}限时";
        let index = LineIndex::new(text);
        let p = index.position(text, 3);
        assert_eq!(
            (p.line, p.column, p.utf16_column, p.byte_offset),
            (1, 1, 1, 3)
        );
        assert_eq!(index.line_range(text, 0), 3..9);
    }
}
