//! Normalization for matching.
//!
//! Copy is matched on a folded form of the text, so `４８小时` reads as
//! `48小时` and a zero-width space cannot hide `手慢无`, while every match is
//! mapped back to the exact bytes of the original text.

use std::ops::Range;

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfkc_quick};

use super::char_pairs::CJK;

/// Traditional → Simplified pairs, sorted for binary search
/// (`dictionaries/traditional.txt`, read by `build.rs` with
/// [`pairs`](crate::text::char_pairs::pairs)).
static TRADITIONAL: &[(char, char)] = include!(concat!(env!("OUT_DIR"), "/traditional_pairs.rs"));

/// A bit per character of the CJK block, set for each Traditional character
/// of [`TRADITIONAL`] ([`listed`](crate::text::char_pairs::listed)).
static LISTED: &[u64] = include!(concat!(env!("OUT_DIR"), "/traditional_listed.rs"));

/// The Simplified form of a Traditional character, if it has a plain one.
#[inline]
pub fn simplified(c: char) -> Option<char> {
    if CJK.contains(&c) {
        let i = c as usize - *CJK.start() as usize;
        if LISTED[i / 64] & (1 << (i % 64)) == 0 {
            return None;
        }
    }
    TRADITIONAL
        .binary_search_by_key(&c, |&(t, _)| t)
        .ok()
        .map(|i| TRADITIONAL[i].1)
}

/// Text folded for matching, with a map from each of its bytes back to the
/// original.
///
/// Most characters fold to themselves (ideographs, ASCII, CJK punctuation),
/// so the map records only the characters that change — full-width forms,
/// Traditional characters, dropped invisible ones — and reads the
/// stretches between them as copies of the original.
#[derive(Debug, Clone)]
pub struct Normalized {
    text: String,
    /// The original text; its character boundaries are those of the
    /// unchanged stretches, whatever masking did to `text`.
    original: Box<str>,
    /// Where the original starts in the source.
    base: usize,
    /// The characters that changed, in order.
    folds: Vec<Fold>,
    /// For text with no exact place in the source: the span every range
    /// maps to.
    detached: Option<Range<usize>>,
}

/// A stretch of the original read as `text` instead of its own characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    pub range: Range<usize>,
    pub text: String,
}

/// One original character whose folded form differs from it (possibly
/// empty: a dropped character). Offsets are relative: `folded` into the
/// folded text, `original` into the original text.
#[derive(Debug, Clone, Copy)]
struct Fold {
    folded: u32,
    folded_len: u32,
    original: u32,
    original_len: u32,
}

impl Fold {
    fn folded_end(&self) -> usize {
        (self.folded + self.folded_len) as usize
    }

    fn original_end(&self) -> usize {
        (self.original + self.original_len) as usize
    }
}

impl Normalized {
    /// Normalizes `original`, whose first byte sits at `base` in the source.
    pub fn new(original: &str, base: usize) -> Self {
        Normalized::with_readings(original, base, &[])
    }

    /// Normalizes `original` with some stretches read another way: each
    /// reading replaces its range of `original` (relative offsets, in
    /// order, not overlapping, on character boundaries) with its text, an
    /// empty one dropping the range — a separator inside a spelled-out term,
    /// an emoji standing for a character (see [`super::disguise`]).
    pub fn with_readings(original: &str, base: usize, readings: &[Reading]) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut folds = Vec::new();
        // Start of the stretch of unchanged characters not copied yet.
        let mut unchanged = 0;
        let dictated = dictated_numbers(original);
        let mut next_run = 0;
        let mut readings = readings
            .iter()
            .filter(|r| {
                r.range.start < r.range.end
                    && original.is_char_boundary(r.range.start)
                    && original.is_char_boundary(r.range.end.min(original.len()))
                    && r.range.end <= original.len()
            })
            .peekable();
        // The end of the reading being passed over.
        let mut inside_reading = 0;
        // Where the next character starts.
        let mut cursor = 0;
        loop {
            cursor = cursor.max(inside_reading);
            while readings.peek().is_some_and(|r| r.range.start < cursor) {
                readings.next();
            }
            while dictated.get(next_run).is_some_and(|r| r.end <= cursor) {
                next_run += 1;
            }
            // Up to the next reading or dictated number, most characters
            // fold to themselves: pass over them without the rest.
            let next_event = [
                readings.peek().map(|r| r.range.start),
                dictated.get(next_run).map(|r| r.start),
            ]
            .into_iter()
            .flatten()
            .fold(original.len(), usize::min);
            cursor = unchanged_until(original, cursor, next_event);
            let Some(c) = original.get(cursor..).and_then(|rest| rest.chars().next()) else {
                break;
            };
            let offset = cursor;
            cursor += c.len_utf8();
            if let Some(reading) = readings.next_if(|r| r.range.start == offset) {
                text.push_str(&original[unchanged..offset]);
                let start = text.len();
                text.push_str(&reading.text);
                folds.push(Fold {
                    folded: start as u32,
                    folded_len: (text.len() - start) as u32,
                    original: offset as u32,
                    original_len: reading.range.len() as u32,
                });
                unchanged = reading.range.end;
                inside_reading = reading.range.end;
                continue;
            }
            let in_run = dictated.get(next_run).is_some_and(|r| r.contains(&offset));
            let folded = match in_run.then(|| numeral_digit(c)).flatten() {
                Some(digit) => Folded::Char(digit),
                None => fold(c),
            };
            if matches!(folded, Folded::Same) {
                continue;
            }
            text.push_str(&original[unchanged..offset]);
            let start = text.len();
            match folded {
                Folded::Same | Folded::Dropped => {}
                Folded::Char(f) => text.push(f),
                // `🈚` is NFKC `無`, read as `无` like any Traditional form.
                Folded::Decomposed => text.extend(
                    std::iter::once(c)
                        .nfkc()
                        .map(|d| simplified(d).unwrap_or(d)),
                ),
            }
            folds.push(Fold {
                folded: start as u32,
                folded_len: (text.len() - start) as u32,
                original: offset as u32,
                original_len: c.len_utf8() as u32,
            });
            unchanged = offset + c.len_utf8();
        }
        text.push_str(&original[unchanged..]);
        Normalized {
            text,
            original: original.into(),
            base,
            folds,
            detached: None,
        }
    }

    /// This folded text, as [`Normalized::new`] made it, with some
    /// stretches of the original read another way: what
    /// [`Normalized::with_readings`] makes of the same original and
    /// readings, without folding it again. A character folds alike inside a
    /// stretch read another way or not, and each fold of a text just folded
    /// is one character of the original, so the folds outside the readings
    /// stay and those inside give way to them.
    pub fn read_through(self, readings: &[Reading]) -> Self {
        let Normalized {
            text: folded,
            original,
            base,
            folds: plain_folds,
            detached,
        } = self;
        let mut text = String::with_capacity(folded.len());
        let mut folds = Vec::with_capacity(plain_folds.len() + readings.len());
        let mut plain_folds = plain_folds.into_iter().peekable();
        // How far `folded` is copied, and the original offset there.
        let mut copied = (0, 0);
        for reading in readings {
            let range = &reading.range;
            let valid = range.start < range.end
                && range.end <= original.len()
                && original.is_char_boundary(range.start)
                && original.is_char_boundary(range.end);
            // One starting in what is copied overlaps a reading before it,
            // and is left out as `with_readings` leaves it out.
            if !valid || range.start < copied.1 {
                continue;
            }
            copied = keep_folds(
                &folded,
                &mut plain_folds,
                range.start,
                copied,
                &mut text,
                &mut folds,
            );
            let start = copied.0 + (range.start - copied.1);
            text.push_str(&folded[copied.0..start]);
            copied = (start, range.start);
            // The folds inside the reading give way to it.
            while let Some(fold) = plain_folds.next_if(|f| (f.original as usize) < range.end) {
                copied = (fold.folded_end(), fold.original_end());
            }
            copied = (copied.0 + (range.end - copied.1), range.end);
            let at = text.len();
            text.push_str(&reading.text);
            folds.push(Fold {
                folded: at as u32,
                folded_len: reading.text.len() as u32,
                original: range.start as u32,
                original_len: range.len() as u32,
            });
        }
        let (copied, _) = keep_folds(
            &folded,
            &mut plain_folds,
            usize::MAX,
            copied,
            &mut text,
            &mut folds,
        );
        text.push_str(&folded[copied..]);
        Normalized {
            text,
            original,
            base,
            folds,
            detached,
        }
    }

    /// Folds `text` that has no exact place in the source (an escaped YAML
    /// title): every range maps to the whole of `span`.
    pub fn detached(text: &str, span: Range<usize>) -> Self {
        let mut normalized = Normalized::new(text, 0);
        normalized.detached = Some(span);
        normalized
    }

    /// The folded text that matchers run on.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Maps a byte range of the folded text back to the original text.
    ///
    /// The result always starts and ends on character boundaries of the
    /// original: a folded character maps to the whole character it came from.
    pub fn to_original(&self, range: Range<usize>) -> Range<usize> {
        let start = self.origin_at(range.start);
        let end = if range.end == 0 || range.end <= range.start {
            start
        } else {
            self.origin_end_of(range.end - 1)
        };
        start..end.max(start)
    }

    /// The last fold starting at or before folded offset `offset`.
    fn fold_before(&self, offset: usize) -> Option<&Fold> {
        let after = self.folds.partition_point(|f| f.folded as usize <= offset);
        after.checked_sub(1).map(|i| &self.folds[i])
    }

    /// The original offset of a folded offset in an unchanged stretch.
    fn unchanged_original(&self, offset: usize) -> usize {
        match self.fold_before(offset) {
            Some(fold) => fold.original_end() + (offset - fold.folded_end()),
            None => offset,
        }
    }

    /// Source offset where the original character holding folded byte
    /// `offset` starts; past the end, the end of the original.
    fn origin_at(&self, offset: usize) -> usize {
        if let Some(span) = &self.detached {
            return if offset < self.text.len() {
                span.start
            } else {
                span.end
            };
        }
        if offset >= self.text.len() {
            return self.base + self.original.len();
        }
        if let Some(fold) = self.fold_before(offset)
            && offset < fold.folded_end()
        {
            return self.base + fold.original as usize;
        }
        self.base + floor_char_boundary(&self.original, self.unchanged_original(offset))
    }

    /// Source offset where the original character holding folded byte
    /// `offset` ends.
    fn origin_end_of(&self, offset: usize) -> usize {
        if let Some(span) = &self.detached {
            return span.end;
        }
        if let Some(fold) = self.fold_before(offset)
            && offset < fold.folded_end()
        {
            return self.base + fold.original_end();
        }
        let original = self.unchanged_original(offset).min(self.original.len());
        self.base + ceil_char_boundary(&self.original, original + 1)
    }

    /// Replaces a range of the folded text with ASCII spaces of the same byte
    /// length, so matchers skip it while offsets stay put (sticker codes,
    /// export markers, comments).
    pub fn mask(&mut self, range: Range<usize>) {
        let range = range.start.min(self.text.len())..range.end.min(self.text.len());
        if range.is_empty()
            || !self.text.is_char_boundary(range.start)
            || !self.text.is_char_boundary(range.end)
        {
            return;
        }
        // Nearly every mask (a tag's `#`, a sticker code) fits the spaces
        // kept here, and takes no string of its own.
        const SPACES: &str = "                                                                ";
        match SPACES.get(..range.len()) {
            Some(spaces) => self.text.replace_range(range, spaces),
            None => self
                .text
                .replace_range(range.clone(), &" ".repeat(range.len())),
        }
    }

    /// The folded range that covers an original range, for masking spans
    /// found in the original text.
    pub fn from_original(&self, range: Range<usize>) -> Range<usize> {
        self.folded_at(range.start)..self.folded_at(range.end)
    }

    /// How many folded bytes come from original characters starting before
    /// source offset `offset`.
    fn folded_at(&self, offset: usize) -> usize {
        if let Some(span) = &self.detached {
            return if offset <= span.start {
                0
            } else {
                self.text.len()
            };
        }
        let Some(offset) = offset.checked_sub(self.base) else {
            return 0;
        };
        if offset >= self.original.len() {
            return self.text.len();
        }
        let after = self
            .folds
            .partition_point(|f| (f.original as usize) < offset);
        let (folded_end, original_end) = match after.checked_sub(1).map(|i| &self.folds[i]) {
            // Inside a changed character: all of its folded bytes.
            Some(fold) if offset < fold.original_end() => return fold.folded_end(),
            Some(fold) => (fold.folded_end(), fold.original_end()),
            None => (0, 0),
        };
        let boundary = ceil_char_boundary(&self.original, offset);
        (folded_end + (boundary - original_end)).min(self.text.len())
    }
}

/// Copies `folded` on from `copied` (a folded offset and the original
/// offset there) through every fold of `plain_folds` of a character
/// starting before original offset `end`, keeping those folds; where the
/// copy stops.
fn keep_folds(
    folded: &str,
    plain_folds: &mut std::iter::Peekable<std::vec::IntoIter<Fold>>,
    end: usize,
    mut copied: (usize, usize),
    text: &mut String,
    folds: &mut Vec<Fold>,
) -> (usize, usize) {
    while let Some(fold) = plain_folds.next_if(|f| (f.original as usize) < end) {
        text.push_str(&folded[copied.0..fold.folded as usize]);
        let at = text.len();
        text.push_str(&folded[fold.folded as usize..fold.folded_end()]);
        folds.push(Fold {
            folded: at as u32,
            ..fold
        });
        copied = (fold.folded_end(), fold.original_end());
    }
    copied
}

/// The character boundary of `text` at or before `offset`.
fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// The character boundary of `text` at or after `offset`.
fn ceil_char_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset += 1;
    }
    offset
}

/// Whether a character is invisible and can hide a phrase: every Unicode
/// default-ignorable code point (zero-width spaces and joiners, the BOM,
/// bidirectional marks, variation selectors, the combining grapheme
/// joiner, Mongolian and Hangul fillers, tag characters), plus the blank
/// Braille pattern that renders as nothing.
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}'
        | '\u{034F}'
        | '\u{061C}'
        | '\u{115F}'..='\u{1160}'
        | '\u{17B4}'..='\u{17B5}'
        | '\u{180B}'..='\u{180F}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}'
        | '\u{2800}'
        | '\u{3164}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{FEFF}'
        | '\u{FFA0}'
        | '\u{FFF0}'..='\u{FFF8}'
        | '\u{1BCA0}'..='\u{1BCA3}'
        | '\u{1D173}'..='\u{1D17A}'
        | '\u{E0000}'..='\u{E0FFF}')
}

/// What a character folds to.
enum Folded {
    Same,
    Dropped,
    Char(char),
    /// Its NFKC form, possibly several characters.
    Decomposed,
}

/// The digit a Chinese numeral stands for when a number is read out digit
/// by digit (`幺` is 1 on the phone).
pub(crate) fn numeral_digit(c: char) -> Option<char> {
    Some(match c {
        '零' | '〇' | '洞' => '0',
        '一' | '幺' | '壹' => '1',
        '二' | '贰' => '2',
        '三' | '叁' => '3',
        '四' | '肆' => '4',
        '五' | '伍' => '5',
        '六' | '陆' => '6',
        '七' | '柒' => '7',
        '八' | '捌' => '8',
        '九' | '玖' => '9',
        _ => return None,
    })
}

/// The runs of eleven or more Chinese numerals in a row (spaces and
/// hyphens between them allowed): a phone number read out digit by digit
/// (`一三八…`), which prose never writes. Shorter runs are words (`一五一十`,
/// `三三两两`) and are left alone.
///
/// Eleven numerals take at least 33 bytes, so only the character at every
/// 33rd byte is read: one that is neither a numeral nor a separator cannot
/// lie inside such a run, and one that is leads to the stretch of numerals
/// and separators around it. Reading every character cost as much as the
/// rest of the folding.
fn dictated_numbers(text: &str) -> Vec<Range<usize>> {
    const PHONE_DIGITS: usize = 11;
    const SHORTEST: usize = PHONE_DIGITS * 3;
    let in_stretch = |c: char| numeral_digit(c).is_some() || matches!(c, ' ' | '-' | '\u{3000}');
    let mut runs = Vec::new();
    let mut probe = SHORTEST - 1;
    while probe < text.len() {
        // The character holding byte `probe`.
        let mut at = probe;
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let Some(c) = text[at..].chars().next().filter(|&c| in_stretch(c)) else {
            probe += SHORTEST;
            continue;
        };
        // The stretch of numerals and separators around it.
        let mut start = at;
        for (offset, c) in text[..at].char_indices().rev() {
            if !in_stretch(c) {
                break;
            }
            start = offset;
        }
        let mut stretch_end = at + c.len_utf8();
        for c in text[stretch_end..].chars() {
            if !in_stretch(c) {
                break;
            }
            stretch_end += c.len_utf8();
        }
        // The run is from its first numeral to its last.
        let numerals = text[start..stretch_end]
            .char_indices()
            .filter(|&(_, c)| numeral_digit(c).is_some());
        let (mut first, mut last, mut digits) = (None, 0, 0);
        for (offset, c) in numerals {
            first.get_or_insert(start + offset);
            last = start + offset + c.len_utf8();
            digits += 1;
        }
        if let Some(first) = first
            && digits >= PHONE_DIGITS
        {
            runs.push(first..last);
        }
        // The next probe past the stretch, on the same 33-byte grid.
        probe += SHORTEST * (stretch_end.saturating_sub(probe) / SHORTEST + 1);
    }
    runs
}

/// The ASCII letter a Cyrillic or Greek letter is drawn like: the entries
/// of the Unicode confusables table (UTS #39) whose skeleton is a single
/// ASCII letter, for the letters Notes use in handles (`vx`, `wx`, `dy`).
fn latin_look_alike(c: char) -> Option<char> {
    Some(match c {
        // Cyrillic.
        'а' => 'a',
        'В' => 'B',
        'е' | 'ё' => 'e',
        'і' => 'i',
        'ј' => 'j',
        'к' => 'k',
        'о' => 'o',
        'р' => 'p',
        'с' => 'c',
        'ѕ' => 's',
        'у' => 'y',
        'х' => 'x',
        'ѵ' => 'v',
        'ԁ' => 'd',
        'ԛ' => 'q',
        'ԝ' => 'w',
        'А' => 'A',
        'Е' => 'E',
        'І' => 'I',
        'Ј' => 'J',
        'К' => 'K',
        'М' => 'M',
        'Н' => 'H',
        'О' => 'O',
        'Р' => 'P',
        'С' => 'C',
        'Ѕ' => 'S',
        'Т' => 'T',
        'У' => 'Y',
        'Х' => 'X',
        'Ѵ' => 'V',
        'Ԝ' => 'W',
        // Greek.
        'α' => 'a',
        'ι' => 'i',
        'κ' => 'k',
        'ν' => 'v',
        'ο' => 'o',
        'ρ' => 'p',
        'υ' => 'u',
        'χ' => 'x',
        'Α' => 'A',
        'Β' => 'B',
        'Ε' => 'E',
        'Ζ' => 'Z',
        'Η' => 'H',
        'Ι' => 'I',
        'Κ' => 'K',
        'Μ' => 'M',
        'Ν' => 'N',
        'Ο' => 'O',
        'Ρ' => 'P',
        'Τ' => 'T',
        'Υ' => 'Y',
        'Χ' => 'X',
        _ => return None,
    })
}

/// Where the first character of `text[from..to]` that does not fold to
/// itself starts; `to` when every one does, `from` when it is past `to`
/// (inside a dictated number). ASCII is passed over a byte at a time and a
/// three-byte character (CJK) decoded in place: they are most of any copy,
/// and the rest of the folding loop cost several times more per character.
/// `from` and `to` are character boundaries.
fn unchanged_until(text: &str, from: usize, to: usize) -> usize {
    let bytes = text.as_bytes();
    let to = to.min(bytes.len());
    let mut at = from;
    while at < to {
        let lead = bytes[at];
        if lead.is_ascii() {
            at += 1;
            continue;
        }
        let decoded = match bytes.get(at + 1..at + 3) {
            Some(&[second, third]) if lead & 0xF0 == 0xE0 => char::from_u32(
                u32::from(lead & 0x0F) << 12
                    | u32::from(second & 0x3F) << 6
                    | u32::from(third & 0x3F),
            ),
            _ => None,
        };
        match decoded {
            Some(c) if matches!(fold(c), Folded::Same) => at += 3,
            _ => return at,
        }
    }
    at
}

fn fold(c: char) -> Folded {
    match c {
        c if c.is_ascii() => Folded::Same,
        // CJK ideographs are normal; Traditional ones fold to Simplified so
        // one lexicon reads both scripts.
        '\u{4E00}'..='\u{9FFF}' => simplified(c).map_or(Folded::Same, Folded::Char),
        c if is_invisible(c) => Folded::Dropped,
        // Cyrillic and Greek letters drawn like Latin ones (`ѵх` for `vx`).
        '\u{0370}'..='\u{04FF}' => latin_look_alike(c).map_or(Folded::Same, Folded::Char),
        // Full-width ASCII, the common case in Chinese copy.
        '\u{FF01}'..='\u{FF5E}' => {
            char::from_u32(c as u32 - 0xFEE0).map_or(Folded::Same, Folded::Char)
        }
        '\u{3000}' => Folded::Char(' '),
        '\u{3001}'..='\u{303F}' => Folded::Same,
        // Most other characters (emoji, CJK punctuation) are their own
        // NFKC form; the table lookup spares running the normalizer.
        _ if is_nfkc_quick(std::iter::once(c)) == IsNormalized::Yes => Folded::Same,
        // A ZWJ inside an emoji sequence is dropped with the rest, which is
        // harmless for matching: no lexicon entry contains an emoji.
        _ => Folded::Decomposed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Folds `original`, checks it reads `folded`, and maps `found` in it
    /// back to the original.
    fn mapped_back(original: &str, folded: &str, found: &str) -> Range<usize> {
        let n = Normalized::new(original, 0);
        assert_eq!(n.as_str(), folded);
        let at = n.as_str().find(found).expect("in the folded text");
        n.to_original(at..at + found.len())
    }

    #[test]
    fn folds_full_width_digits_and_maps_back() {
        let original = "限时４８小时";
        assert_eq!(mapped_back(original, "限时48小时", "48"), 6..12);
        assert_eq!(&original[6..12], "４８");
    }

    #[test]
    fn zero_width_characters_cannot_hide_a_phrase() {
        let original = "手\u{200B}慢\u{200D}无";
        let n = Normalized::new(original, 10);
        assert_eq!(n.as_str(), "手慢无");
        assert_eq!(n.to_original(0..9), 10..10 + original.len());
    }

    #[test]
    fn bidi_marks_and_bom_are_dropped() {
        let n = Normalized::new("\u{FEFF}最\u{200F}好", 0);
        assert_eq!(n.as_str(), "最好");
        assert_eq!(n.to_original(0..3), 3..6);
    }

    #[test]
    fn traditional_folds_to_simplified() {
        let original = "手慢無，不買後悔";
        let n = Normalized::new(original, 0);
        assert_eq!(n.as_str(), "手慢无,不买后悔");
        assert_eq!(&original[n.to_original(0..9)], "手慢無");
    }

    #[test]
    fn traditional_table_is_well_formed() {
        for &(t, s) in TRADITIONAL {
            assert_ne!(t, s);
            assert!(simplified(s).is_none(), "{s} is both a source and a target");
        }
        assert!(TRADITIONAL.len() > 400);
    }

    #[test]
    fn the_traditional_table_built_in_is_what_the_list_reads_as_now() {
        let pairs =
            crate::text::char_pairs::pairs(crate::text::data_files::dictionary_file("traditional"));
        assert_eq!(pairs, TRADITIONAL);
        assert_eq!(crate::text::char_pairs::listed(&pairs), LISTED);
        // Every listed character, and only those, passes the bit test.
        for c in CJK {
            let listed = pairs.binary_search_by_key(&c, |&(t, _)| t).is_ok();
            let i = c as usize - *CJK.start() as usize;
            assert_eq!(LISTED[i / 64] & (1 << (i % 64)) != 0, listed, "{c}");
        }
    }

    #[test]
    fn masking_keeps_offsets() {
        let mut n = Normalized::new("好吃[色色R]", 0);
        let start = n.as_str().find('[').expect("bracket");
        n.mask(start..n.as_str().len());
        assert_eq!(n.as_str().trim_end(), "好吃");
        assert_eq!(n.as_str().len(), "好吃[色色R]".len());
    }

    #[test]
    fn a_mask_of_any_length_is_as_many_spaces() {
        // Short masks and one longer than the spaces kept for them.
        for chars in [1, 21, 22, 40] {
            let text = format!("前{}后", "哈".repeat(chars));
            let mut n = Normalized::new(&text, 0);
            let masked = 3..3 + 3 * chars;
            n.mask(masked.clone());
            assert_eq!(n.as_str().len(), text.len(), "{chars}");
            assert_eq!(
                &n.as_str()[masked.clone()],
                " ".repeat(masked.len()),
                "{chars}"
            );
            assert!(n.as_str().starts_with('前') && n.as_str().ends_with('后'));
        }
        // A range off a character boundary or past the end masks nothing,
        // or only what lies in the text.
        let mut n = Normalized::new("前后", 0);
        n.mask(1..4);
        assert_eq!(n.as_str(), "前后");
        n.mask(3..99);
        assert_eq!(n.as_str(), "前   ");
    }

    #[test]
    fn from_original_inverts_to_original() {
        let n = Normalized::new("a\u{200B}４８b", 0);
        let folded = n.from_original(4..10);
        assert_eq!(&n.as_str()[folded.clone()], "48");
        assert_eq!(n.to_original(folded), 4..10);
    }

    #[test]
    fn characters_that_fold_to_themselves_are_passed_over_in_place() {
        let whole = |text: &str| unchanged_until(text, 0, text.len());
        // ASCII, Simplified ideographs and CJK punctuation fold to
        // themselves; a full-width digit, a Traditional ideograph and an
        // emoji (not decoded in place) stop the pass.
        assert_eq!(whole("一二三、好用 ok"), "一二三、好用 ok".len());
        assert_eq!(whole("限量款４８件"), 9);
        assert_eq!(whole("手慢無"), 6);
        assert_eq!(whole("好😂"), 3);
        assert_eq!(unchanged_until("限时限量", 3, 9), 9);
        assert_eq!(unchanged_until("限时限量", 6, 3), 6);
    }

    #[test]
    fn a_dictated_number_after_plain_copy_still_reads_as_digits() {
        let original = "联系我 幺三八一二三四五六七八 谢谢";
        let digits = "13812345678";
        let folded = "联系我 13812345678 谢谢";
        assert_eq!(mapped_back(original, folded, digits), 10..43);
        assert_eq!(&original[10..43], "幺三八一二三四五六七八");
    }

    /// Every character read in order: what [`dictated_numbers`] finds by
    /// probing.
    fn dictated_numbers_read_in_full(text: &str) -> Vec<Range<usize>> {
        let mut runs = Vec::new();
        let (mut start, mut end, mut digits) = (None, 0, 0);
        for (offset, c) in text.char_indices().chain([(text.len(), '。')]) {
            if numeral_digit(c).is_some() {
                start.get_or_insert(offset);
                digits += 1;
                end = offset + c.len_utf8();
            } else if !(start.is_some() && matches!(c, ' ' | '-' | '\u{3000}')) {
                if let Some(from) = start.take()
                    && digits >= 11
                {
                    runs.push(from..end);
                }
                digits = 0;
            }
        }
        runs
    }

    proptest::proptest! {
        #[test]
        fn probing_finds_the_dictated_numbers_reading_every_character_finds(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "一", "三", "八", "幺", "零", "〇", "玖", " ", "-", "\u{3000}",
                    "a", "1", "，", "好", "的", "😂", "é", "一三八一二三四五六七八",
                ]),
                0..80,
            )
        ) {
            let text = pieces.concat();
            proptest::prop_assert_eq!(
                dictated_numbers(&text),
                dictated_numbers_read_in_full(&text),
                "{}", text
            );
        }
    }

    #[test]
    fn a_dictated_number_is_found_wherever_it_falls_on_the_probe_grid() {
        let number = "幺三八 一二三四 五六七八";
        for padding in 0..40 {
            let text = format!("{}{number}，好", "好".repeat(padding));
            let start = padding * 3;
            let runs = dictated_numbers(&text);
            assert_eq!(runs.len(), 1, "{padding}");
            assert_eq!(runs[0], start..start + number.len(), "{padding}");
        }
        assert!(dictated_numbers("一五一十，三三两两，一二三四五六七八九十").is_empty());
    }

    proptest::proptest! {
        /// Readings placed over the folded text are what folding the
        /// original with them gives: the text, and every fold mapping it
        /// back.
        #[test]
        fn readings_placed_over_the_folding_are_the_folding_with_them(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "好", "體", "驗", "１", "Ａ", "a", " ", "，", "\u{200b}", "🈚", "😂", "é",
                    "一三八一二三四五六七八", "幺", "〇", "\r\n",
                ]),
                0..30,
            ),
            picks in proptest::collection::vec((0usize..40, 0usize..4, 0usize..3), 0..8),
        ) {
            let original = pieces.concat();
            let boundaries: Vec<usize> = original
                .char_indices()
                .map(|(i, _)| i)
                .chain([original.len()])
                .collect();
            // Readings at character boundaries, in order, some empty,
            // some overlapping or out of place: both must leave those out
            // alike.
            let mut readings: Vec<Reading> = picks
                .iter()
                .map(|&(at, chars, text)| {
                    let start = boundaries[at % boundaries.len()];
                    let end = boundaries[(at + chars) % boundaries.len()].max(start);
                    Reading {
                        range: start..end,
                        text: ["", "微", "13"][text].to_string(),
                    }
                })
                .collect();
            readings.sort_by_key(|r| (r.range.start, r.range.end));
            let folded = Normalized::with_readings(&original, 5, &readings);
            let placed = Normalized::new(&original, 5).read_through(&readings);
            proptest::prop_assert_eq!(format!("{folded:?}"), format!("{placed:?}"));
        }
    }
}
