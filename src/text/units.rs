//! Lengths in the app's units and terminal display widths.
//!
//! Xiaohongshu counts a CJK character (Han, kana, hangul) as one unit and
//! every other character as half a unit per UTF-16 code unit, so `😂` is one
//! unit and `【` half a unit. Lengths are kept in half-units internally so no
//! float ever decides a limit.

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// A length in half app units (`2` is one CJK character).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct HalfUnits(pub u32);

impl HalfUnits {
    pub const fn from_units(units: u32) -> Self {
        HalfUnits(units * 2)
    }

    /// The length as the app shows it, e.g. `10.5`.
    pub fn as_f64(self) -> f64 {
        f64::from(self.0) / 2.0
    }
}

impl std::fmt::Display for HalfUnits {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.0.is_multiple_of(2) {
            write!(f, "{}", self.0 / 2)
        } else {
            write!(f, "{}.5", self.0 / 2)
        }
    }
}

impl std::ops::Add for HalfUnits {
    type Output = HalfUnits;
    fn add(self, rhs: HalfUnits) -> HalfUnits {
        HalfUnits(self.0 + rhs.0)
    }
}

/// Whether the app counts `c` as a full unit.
pub fn is_cjk(c: char) -> bool {
    is_cjk_code_point(c as u32)
}

fn is_cjk_code_point(c: u32) -> bool {
    matches!(c,
        0x4E00..=0x9FFF      // CJK Unified Ideographs
        | 0x3400..=0x4DBF    // Extension A
        | 0x20000..=0x3134F  // Extensions B–H
        | 0xF900..=0xFAFF    // Compatibility Ideographs
        | 0x3040..=0x30FF    // Hiragana, Katakana
        | 0x31F0..=0x31FF    // Katakana extensions
        | 0x1100..=0x11FF    // Hangul Jamo
        | 0x3130..=0x318F    // Hangul Compatibility Jamo
        | 0xAC00..=0xD7AF) // Hangul Syllables
}

/// The length of `text` in the app's units, with a line break (LF or CRLF)
/// counted as one non-CJK character.
pub fn length(text: &str) -> HalfUnits {
    // A CRLF is one line break: its CR counts nothing.
    let bytes = text.as_bytes();
    let crlf = memchr::memchr_iter(b'\r', bytes)
        .filter(|&i| bytes.get(i + 1) == Some(&b'\n'))
        .count() as u32;
    HalfUnits(half_units(text) - crlf)
}

/// Half units of `text`, read off its UTF-8 lead bytes without decoding most
/// characters: a one- or two-byte character is one UTF-16 unit and never
/// CJK, so one half unit; a four-byte one is two UTF-16 units or a CJK
/// extension ideograph, two either way. Only a three-byte character is
/// either, and leads `E5`–`E9` (U+5000–U+9FFF, the bulk of any Note) are
/// all ideographs.
fn half_units(text: &str) -> u32 {
    let bytes = text.as_bytes();
    let byte = |i: usize| u32::from(bytes.get(i).copied().unwrap_or_default());
    let mut total = 0;
    let mut i = 0;
    while let Some(&lead) = bytes.get(i) {
        let (len, units) = match lead {
            0x00..=0x7F => (1, 1),
            0x80..=0xDF => (2, 1),
            0xE5..=0xE9 => (3, 2),
            0xE0..=0xEF => {
                let c = (u32::from(lead & 0x0F) << 12)
                    | ((byte(i + 1) & 0x3F) << 6)
                    | (byte(i + 2) & 0x3F);
                (3, if is_cjk_code_point(c) { 2 } else { 1 })
            }
            _ => (4, 2),
        };
        total += units;
        i += len;
    }
    total
}

/// The width of a character that is a grapheme cluster of its own next to
/// any other such character (printable ASCII, ideographs, full-width forms
/// and CJK punctuation): most copy, measured without segmenting it.
/// `None` for anything else.
pub(crate) fn plain_width(c: char) -> Option<usize> {
    match c {
        ' '..='~' => Some(1),
        '\u{4E00}'..='\u{9FFF}'
        | '\u{FF01}'..='\u{FF5E}'
        | '\u{3000}'..='\u{3029}'
        | '\u{3030}'..='\u{303E}' => Some(2),
        _ => None,
    }
}

/// The longest prefix of `text` that fits in `limit`, cut on a grapheme
/// cluster boundary so an emoji sequence is never split. Returns its byte
/// length.
pub fn fitting_prefix(text: &str, limit: HalfUnits) -> usize {
    let mut used = 0;
    let mut end = 0;
    for (offset, cluster) in text.grapheme_indices(true) {
        let len = length(cluster).0;
        if used + len > limit.0 {
            break;
        }
        used += len;
        end = offset + cluster.len();
    }
    end
}

/// Terminal columns `text` takes, for underlining spans under CJK and emoji.
pub fn display_width(text: &str) -> usize {
    if let Some(width) = text.chars().map(plain_width).sum() {
        return width;
    }
    text.graphemes(true)
        .map(|g| {
            if g == "\t" {
                4
            } else {
                UnicodeWidthStr::width(g).max(usize::from(!g.chars().all(char::is_control)))
            }
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_characters_are_measured_as_segmenting_would() {
        let segmented = |text: &str| -> usize {
            text.graphemes(true)
                .map(|g| {
                    UnicodeWidthStr::width(g).max(usize::from(!g.chars().all(char::is_control)))
                })
                .sum()
        };
        let plain: Vec<char> = (' '..='~')
            .chain('\u{4E00}'..='\u{9FFF}')
            .chain('\u{FF01}'..='\u{FF5E}')
            .chain('\u{3000}'..='\u{3029}')
            .chain('\u{3030}'..='\u{303E}')
            .collect();
        for &c in &plain {
            let alone = c.to_string();
            assert_eq!(plain_width(c), Some(segmented(&alone)), "{c:?}");
        }
        // Side by side they stay separate clusters.
        for pair in plain.windows(2).step_by(7) {
            let text: String = pair.iter().collect();
            assert_eq!(display_width(&text), segmented(&text), "{text:?}");
        }
        // Anything else takes the segmenting path: an emoji sequence is one
        // cluster two columns wide, a combining mark adds nothing.
        assert_eq!(display_width("好👩\u{200D}👩\u{200D}👧"), 4);
        assert_eq!(display_width("e\u{301}"), 1);
    }

    #[test]
    fn every_character_counts_as_the_rule_says() {
        // The rule, character by character: CJK one unit, anything else
        // half a unit per UTF-16 code unit.
        let rule = |c: char| if is_cjk(c) { 2 } else { c.len_utf16() as u32 };
        let mut buffer = [0; 4];
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(half_units(c.encode_utf8(&mut buffer)), rule(c), "{c:?}");
        }
        let text = "限时４８小时｜a\u{4DBF}\u{4DC0}😂\u{20000}\u{AC00}ñ";
        assert_eq!(half_units(text), text.chars().map(rule).sum::<u32>());
    }

    #[test]
    fn cjk_counts_one_and_everything_else_half_per_utf16_unit() {
        assert_eq!(length("限时48小时"), HalfUnits(2 * 4 + 2));
        assert_eq!(length("限时48小时").to_string(), "5");
        assert_eq!(length("【限时】").to_string(), "3");
        assert_eq!(length("｜").to_string(), "0.5");
        assert_eq!(length("😂").to_string(), "1");
        assert_eq!(length("a b").to_string(), "1.5");
    }

    #[test]
    fn a_family_emoji_is_measured_by_its_code_units() {
        // 👩‍👩‍👧: three two-unit emoji and two joiners = 8 UTF-16 units.
        assert_eq!(length("👩\u{200D}👩\u{200D}👧").to_string(), "4");
    }

    #[test]
    fn crlf_is_one_line_break() {
        assert_eq!(length("好\r\n物"), length("好\n物"));
        assert_eq!(length("好\n物").to_string(), "2.5");
    }

    #[test]
    fn fitting_prefix_never_splits_a_cluster() {
        let text = "好物👩\u{200D}👧";
        let limit = HalfUnits(5);
        let cut = fitting_prefix(text, limit);
        assert_eq!(&text[..cut], "好物");
    }

    #[test]
    fn display_width_of_cjk_and_emoji_is_two() {
        assert_eq!(display_width("好😂a"), 5);
    }
}
