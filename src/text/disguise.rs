//! Reading copy through disguise: a term spelled out with separators
//! (`手 慢 无`, `最🔥好用`, `加·微`, a line break inside it), an emoji standing
//! for one of its characters (`闭👁入`, `🍑宝`), or a phone number grouped
//! any way (`138.1234.5678`, `幺3八1二3…`).
//!
//! The copy is first read with every short separator run between two
//! characters left out and every emoji read as the character it may stand
//! for. A separator or an emoji is then read that way in the folded text
//! every rule matches on only where doing so
//! - completes a lexicon term that starts and ends on word boundaries of
//!   the squeezed reading (`加 微` → 加微; `增加 微量` stays apart: 增加/微量),
//! - or, between two ideographs, follows or precedes a character that
//!   always starts a word with the next one (`最 好用` → 最好用, `全网 第一`
//!   → 全网第一; `很好 用料` stays apart),
//! - or is one of the gaps of letter-spaced copy, where ideographs stand
//!   alone between separators (`全 网 第 一`, `私 信 领 券`),
//!
//! so two ordinary words are never joined into a term, and what is joined
//! reads exactly as the plain copy would. Spans still map to the original
//! bytes, separators included.

use std::ops::Range;

use super::matcher::LexiconMatcher;
use super::normalize::{Normalized, Reading, numeral_digit};
use super::segment::Segmenter;

/// The most characters a separator run inside a term may have: `最 - 好用`
/// has three.
const MAX_RUN: usize = 3;

/// The digits of a mobile number.
const PHONE_DIGITS: usize = 11;

/// Emoji written in place of a character, sorted
/// (`dictionaries/emoji-readings.txt`, read by `build.rs` with
/// [`pairs`](super::char_pairs::pairs)).
static EMOJI_READINGS: &[(char, char)] = include!(concat!(env!("OUT_DIR"), "/emoji_readings.rs"));

fn emoji_reading(c: char) -> Option<char> {
    let pairs = EMOJI_READINGS;
    // Nearly every character of copy sorts before the first emoji.
    if pairs.first().is_none_or(|&(first, _)| c < first) {
        return None;
    }
    pairs
        .binary_search_by_key(&c, |&(e, _)| e)
        .ok()
        .map(|i| pairs[i].1)
}

/// Normalizes `original` (whose first byte sits at `base` in the source)
/// for matching, reading through the disguises a term may wear.
pub fn read(
    original: &str,
    base: usize,
    matcher: &LexiconMatcher,
    segmenter: &Segmenter,
) -> Normalized {
    let plain = Normalized::new(original, base);
    let text = plain.as_str();
    let scan = Scan::of(text);
    // A mobile number needs eleven digits in one group: most copy has no
    // such group, and is not walked again for one.
    let mut readings = if scan.grouped_digits >= PHONE_DIGITS {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        phone_numbers(&chars)
    } else {
        Vec::new()
    };
    readings.extend(spelled_terms(text, scan.edits, matcher, segmenter));
    if readings.is_empty() {
        return plain;
    }
    // Back to offsets in `original`.
    let mut readings: Vec<Reading> = readings
        .into_iter()
        .map(|(folded, text)| {
            let range = plain.to_original(folded);
            Reading {
                range: range.start - base..range.end - base,
                text,
            }
        })
        .filter(|r| !r.range.is_empty())
        .collect();
    readings.sort_by_key(|r| (r.range.start, r.range.end));
    readings.dedup_by(|later, earlier| later.range.start < earlier.range.end);
    plain.read_through(&readings)
}

/// Whether a character can sit between the characters of a term without
/// being part of it: spaces, punctuation, symbols and emoji.
#[inline]
fn is_separator(c: char) -> bool {
    // ASCII and ideographs first: nearly all of the copy, and slow to look
    // up as letters.
    if c.is_ascii() {
        return ASCII_SEPARATORS >> u32::from(c) & 1 == 1;
    }
    !is_ideograph(c) && separates(c)
}

/// The ASCII characters [`separates`] takes for separators, a bit each.
const ASCII_SEPARATORS: u128 = {
    let mut bits = 0;
    let mut byte: u8 = 0;
    while byte < 128 {
        let c = byte as char;
        let sign = is_attached_sign(c);
        // `char::is_whitespace` of an ASCII character.
        let space = matches!(c, '\t' | '\n' | '\u{B}' | '\u{C}' | '\r' | ' ');
        if !c.is_ascii_alphanumeric() && !sign && (space || c.is_ascii_punctuation()) {
            bits |= 1 << byte;
        }
        byte += 1;
    }
    bits
};

/// Signs that belong to what they stand next to: `+v`, `#话题`, `@名字`,
/// `100%`, prices.
const fn is_attached_sign(c: char) -> bool {
    matches!(
        c,
        '+' | '#' | '@' | '%' | '$' | '¥' | '￥' | '&' | '＋' | '➕'
    )
}

/// [`is_separator`] for any character.
fn separates(c: char) -> bool {
    if is_ideograph(c) || c.is_alphanumeric() {
        return false;
    }
    match c {
        c if is_attached_sign(c) => false,
        // The Chinese numeral zero is a letter to matching.
        '〇' => false,
        c if c.is_whitespace() || c.is_ascii_punctuation() => true,
        '\u{00A1}'..='\u{00BF}' | '\u{00D7}' | '\u{00F7}' => true,
        '\u{2010}'..='\u{2BFF}' => true,
        '\u{3001}'..='\u{303F}' | '\u{30FB}' => true,
        '\u{FE10}'..='\u{FE6F}' | '\u{FF01}'..='\u{FF0F}' | '\u{FF1A}'..='\u{FF20}' => true,
        '\u{FF3B}'..='\u{FF40}' | '\u{FF5B}'..='\u{FF65}' => true,
        '\u{1F000}'..='\u{1FAFF}' => true,
        _ => false,
    }
}

/// A separator that ends a clause: joined only inside a term spelled out
/// character by character (`手，慢，无`), never inside a word.
fn ends_clause(c: char) -> bool {
    matches!(
        c,
        '，' | '。' | '！' | '？' | '；' | '：' | '、' | ',' | '!' | '?' | ';' | ':'
    )
}

fn is_ideograph(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c) || ('\u{3400}'..='\u{4DBF}').contains(&c)
}

/// What the squeezed reading left out or read differently.
struct Edit {
    /// Where in the squeezed reading: the offset the run was taken out
    /// at, or the range of the emoji's reading.
    at: Range<usize>,
    /// The range of the folded text.
    folded: Range<usize>,
    /// The character an emoji is read as; `None` for a separator run,
    /// which the squeezed reading leaves out.
    reading: Option<char>,
    /// The characters the squeezed reading has on either side of a run:
    /// a term can only span the run by joining them.
    joined: (char, char),
    /// A run holding a clause-ending mark or a line break.
    clause: bool,
    /// A run between two ideographs, or an ideograph and a digit.
    joins_words: bool,
    /// A run after or before a character that always starts a word with
    /// what follows it (最, 第): `最 好吃`, `全网 第一`.
    bound: bool,
}

/// Characters that begin a word with the next one and never end one.
const BOUND: [char; 2] = ['最', '第'];

/// The particles that close a sentence (a question, a suggestion, a
/// softened statement): alone between separators, one ends a clause
/// rather than spelling out a word.
const PARTICLES: [char; 8] = ['吗', '呢', '嘛', '吧', '啊', '呀', '哦', '啦'];

/// A run of separators being read: what decides whether a term may span it.
struct Run {
    start: usize,
    chars: usize,
    line_breaks: usize,
    crlf: usize,
    after_cr: bool,
    clause: bool,
    /// The character before the run, as the folded text and as the
    /// squeezed reading have it.
    before: char,
    squeezed_before: char,
}

/// One pass over the folded text: the separator runs a term may span and
/// the emoji read as a character (the edits of the squeezed reading, which
/// is built only when a term may hold one), and the most digits a number
/// written in groups could have.
struct Scan {
    edits: Vec<Edit>,
    grouped_digits: usize,
}

/// The digits of a number written in groups, as [`phone_numbers`] reads
/// them: digits with short separator runs between them, no line break.
#[derive(Default)]
struct DigitGroup {
    digits: usize,
    separators: usize,
    most: usize,
}

impl DigitGroup {
    fn read(&mut self, c: char, separator: bool) {
        if digit(c).is_some() {
            if self.separators > MAX_RUN {
                self.digits = 0;
            }
            self.separators = 0;
            self.digits += 1;
            self.most = self.most.max(self.digits);
        } else if separator && !matches!(c, '\n' | '\r') {
            self.separators += 1;
        } else {
            self.digits = 0;
            self.separators = 0;
        }
    }
}

impl Scan {
    fn of(text: &str) -> Scan {
        let mut edits = Vec::new();
        let mut group = DigitGroup::default();
        // The length of the squeezed reading so far.
        let mut squeezed = 0;
        let mut previous: Option<(char, char)> = None;
        let mut run: Option<Run> = None;
        for (offset, c) in text.char_indices() {
            let separator = is_separator(c);
            group.read(c, separator);
            let reading = emoji_reading(c);
            if let Some(mut open) = run.take() {
                if reading.is_none() && separator {
                    open.chars += 1;
                    if matches!(c, '\n' | '\r') {
                        open.line_breaks += 1;
                    }
                    if c == '\n' && open.after_cr {
                        open.crlf += 1;
                    }
                    open.after_cr = c == '\r';
                    open.clause |= ends_clause(c);
                    run = Some(open);
                    continue;
                }
                let bridgeable = open.chars <= MAX_RUN + usize::from(open.crlf > 0)
                    && open.line_breaks - open.crlf <= 1
                    && !(open.before.is_ascii_digit() && c.is_ascii_digit());
                if bridgeable {
                    edits.push(Edit {
                        at: squeezed..squeezed,
                        folded: open.start..offset,
                        reading: None,
                        joined: (open.squeezed_before, reading.unwrap_or(c)),
                        clause: open.clause,
                        joins_words: is_ideograph(open.before)
                            && (is_ideograph(c) || c.is_ascii_digit()),
                        bound: BOUND.contains(&open.before) || BOUND.contains(&c),
                    });
                } else {
                    squeezed += offset - open.start;
                }
            }
            if let Some(reading) = reading {
                let at = squeezed;
                squeezed += reading.len_utf8();
                edits.push(Edit {
                    at: at..squeezed,
                    folded: offset..offset + c.len_utf8(),
                    reading: Some(reading),
                    joined: (reading, reading),
                    clause: false,
                    joins_words: false,
                    bound: false,
                });
                previous = Some((c, reading));
                continue;
            }
            match previous {
                Some((before, squeezed_before)) if separator => {
                    run = Some(Run {
                        start: offset,
                        chars: 1,
                        line_breaks: usize::from(matches!(c, '\n' | '\r')),
                        crlf: 0,
                        after_cr: c == '\r',
                        clause: ends_clause(c),
                        before,
                        squeezed_before,
                    });
                }
                // The first character stays, separator or not.
                _ => {
                    squeezed += c.len_utf8();
                    previous = Some((c, c));
                }
            }
        }
        // A run that ends the text is left in it.
        Scan {
            edits,
            grouped_digits: group.most,
        }
    }
}

/// The offset in the folded text of offset `at` of the squeezed reading.
fn folded_offset(edits: &[Edit], at: usize) -> usize {
    let before = edits.partition_point(|e| e.at.end <= at);
    match before.checked_sub(1).map(|i| &edits[i]) {
        Some(edit) => edit.folded.end + (at - edit.at.end),
        None => at,
    }
}

/// The folded text with every edit made: separator runs left out, emoji
/// read as their characters.
fn squeeze(text: &str, edits: &[Edit]) -> String {
    let mut squeezed = String::with_capacity(text.len());
    let mut copied = 0;
    for edit in edits {
        squeezed.push_str(&text[copied..edit.folded.start]);
        debug_assert_eq!(squeezed.len(), edit.at.start);
        if let Some(reading) = edit.reading {
            squeezed.push(reading);
        }
        copied = edit.folded.end;
    }
    squeezed.push_str(&text[copied..]);
    squeezed
}

/// The separator runs and emoji of `edits` to read through in the folded
/// `text`, as (folded range, reading) pairs.
fn spelled_terms(
    text: &str,
    edits: Vec<Edit>,
    matcher: &LexiconMatcher,
    segmenter: &Segmenter,
) -> Vec<(Range<usize>, String)> {
    if edits.is_empty() {
        return Vec::new();
    }
    let mut accepted = vec![false; edits.len()];
    // Most copy takes out only runs no term spans (a comma between two
    // clauses): then no term can hold an edit, and the squeezed copy need
    // not be built, searched or segmented.
    let may_hold_term = |edit: &Edit| {
        let (before, after) = edit.joined;
        edit.reading.is_some() || matcher.may_join(before, after)
    };
    if edits.iter().any(may_hold_term) {
        let squeezed = squeeze(text, &edits);
        accept_spelled_terms(text, &squeezed, &edits, &mut accepted, matcher, segmenter);
    }
    for (e, edit) in edits.iter().enumerate() {
        if edit.joins_words && !edit.clause && !accepted[e] {
            accepted[e] = edit.bound;
        }
    }
    // Letter-spaced copy: ideographs standing alone between separators
    // (`全 网 第 一`, `私 信 领 券`, `最 好 用`) are one stretch of copy,
    // whatever words it holds.
    // A sentence-final particle standing alone ends a clause instead:
    // `享受⏎吗😎还没去过`.
    let spaced = |e: usize| edits[e].joins_words && !edits[e].clause;
    for e in 1..edits.len() {
        let (before, after) = (&edits[e - 1], &edits[e]);
        // Two runs with one character between them in the squeezed
        // reading: the one after the first run.
        let between = before.joined.1;
        let alone = before.reading.is_none()
            && after.reading.is_none()
            && after.at.start - before.at.start == between.len_utf8()
            && !PARTICLES.contains(&between);
        if alone && spaced(e - 1) && spaced(e) {
            accepted[e - 1] = true;
            accepted[e] = true;
        }
    }
    edits
        .into_iter()
        .zip(accepted)
        .filter(|(_, accepted)| *accepted)
        .map(|(edit, _)| {
            (
                edit.folded,
                edit.reading.map(String::from).unwrap_or_default(),
            )
        })
        .collect()
}

/// Marks the edits inside each lexicon term of the squeezed copy that
/// starts and ends on word boundaries of both readings.
fn accept_spelled_terms(
    text: &str,
    squeezed: &str,
    edits: &[Edit],
    accepted: &mut [bool],
    matcher: &LexiconMatcher,
    segmenter: &Segmenter,
) {
    let boundaries = segmenter.boundaries(squeezed);
    let plain_boundaries = segmenter.boundaries(text);
    for hit in matcher.find_all(squeezed) {
        let range = hit.range;
        // The edits strictly inside the term: runs taken out between two of
        // its characters, emoji read as one of them.
        let first = edits.partition_point(|e| e.at.start < range.start);
        let inside: Vec<usize> = (first..edits.len())
            .take_while(|&e| edits[e].at.start < range.end)
            .filter(|&e| {
                let at = &edits[e].at;
                if at.is_empty() {
                    range.start < at.start && at.start < range.end
                } else {
                    range.start <= at.start && at.end <= range.end
                }
            })
            .collect();
        if inside.is_empty() {
            continue;
        }
        // A clause mark joins only a term spelled out character by
        // character, at least three of them: `很好。用了` holds 好用 too.
        // (Checked before the word boundaries, which cost a segmentation.)
        let runs = inside.iter().filter(|&&e| edits[e].at.is_empty()).count();
        let spelled_out = runs >= 2 && runs + 1 >= squeezed[range.clone()].chars().count();
        if inside.iter().any(|&e| edits[e].clause) && !spelled_out {
            continue;
        }
        // On word boundaries as the squeezed copy reads, and as the copy
        // reads too: `手慢 无所谓` squeezes to 手慢无/所谓, but 无 belongs to
        // 无所谓.
        // An emoji read as a character is the plainer reading, and the copy
        // around it was cut by the emoji: only a separator taken out needs
        // both readings to agree.
        let folded = folded_offset(edits, range.start)..folded_offset(edits, range.end);
        if !boundaries.aligned(&range) || (runs > 0 && !plain_boundaries.aligned(&folded)) {
            continue;
        }
        for e in inside {
            accepted[e] = true;
        }
    }
}

/// The digit a character stands for in a number read out: an ASCII digit,
/// or a Chinese numeral (`幺` is 1 on the phone).
#[inline]
fn digit(c: char) -> Option<char> {
    if c.is_ascii() {
        c.is_ascii_digit().then_some(c)
    } else {
        numeral_digit(c)
    }
}

/// Mobile numbers written in groups (`138.1234.5678`, `138 - 1234 - 5678`,
/// `138🌸1234🌸5678`) or with Chinese numerals among the digits
/// (`幺3八1二3四5六7八`): read as their eleven digits. Exactly eleven
/// digits starting 13–19, so dates, prices and order numbers stay apart.
fn phone_numbers(chars: &[(usize, char)]) -> Vec<(Range<usize>, String)> {
    let mut readings = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if digit(chars[i].1).is_none() || (i > 0 && digit(chars[i - 1].1).is_some()) {
            i += 1;
            continue;
        }
        // Digits and short separator runs (no line break) from `i` on.
        let mut digits = String::new();
        let mut pieces: Vec<(Range<usize>, String)> = Vec::new();
        let mut j = i;
        while let Some(&(offset, c)) = chars.get(j) {
            if let Some(d) = digit(c) {
                digits.push(d);
                if d != c {
                    pieces.push((offset..offset + c.len_utf8(), d.to_string()));
                }
                j += 1;
                continue;
            }
            let end = (j..chars.len())
                .find(|&k| !is_separator(chars[k].1) || matches!(chars[k].1, '\n' | '\r'))
                .unwrap_or(chars.len());
            let run = end - j;
            if run == 0 || run > MAX_RUN || chars.get(end).is_none_or(|&(_, c)| digit(c).is_none())
            {
                break;
            }
            pieces.push((offset..chars[end].0, String::new()));
            j = end;
        }
        let mobile =
            digits.len() == PHONE_DIGITS && digits.starts_with('1') && digits.as_bytes()[1] >= b'3';
        if mobile && !pieces.is_empty() {
            readings.extend(pieces);
        }
        i = j.max(i + 1);
    }
    readings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::lexicons::LexiconSet;

    fn read_as(original: &str) -> (String, Normalized) {
        let set = LexiconSet::builtin();
        let n = read(original, 0, set.matcher(), Segmenter::builtin());
        (n.as_str().to_string(), n)
    }

    #[test]
    fn the_emoji_readings_built_in_are_what_the_list_reads_as_now() {
        let pairs = crate::text::char_pairs::pairs(crate::text::data_files::dictionary_file(
            "emoji-readings",
        ));
        assert_eq!(pairs, EMOJI_READINGS);
        assert_eq!(emoji_reading('👁'), Some('眼'));
        assert_eq!(emoji_reading('眼'), None);
    }

    #[test]
    fn ascii_separators_are_those_of_every_character() {
        for c in (0..128u8).map(char::from) {
            assert_eq!(is_separator(c), separates(c), "{c:?}");
        }
        assert!(is_separator(' ') && is_separator('.') && is_separator('\u{B}'));
        assert!(!is_separator('+') && !is_separator('v') && !is_separator('8'));
    }

    #[test]
    fn a_term_spelled_out_is_read_whole_and_maps_back() {
        let (text, n) = read_as("快来手 慢 无哦");
        assert_eq!(text, "快来手慢无哦");
        let found = text.find("手慢无").expect("joined");
        assert_eq!(n.to_original(found..found + 9), 6..17);
        assert_eq!(read_as("加🔥微").0, "加微");
        assert_eq!(read_as("闭👁入").0, "闭眼入");
    }

    #[test]
    fn ordinary_words_stay_apart() {
        for text in [
            "增加 微量元素",
            "今天吃了🍑",
            "真的很好。用了三天",
            "手慢 无所谓",
        ] {
            assert_eq!(read_as(text).0, text);
        }
    }

    #[test]
    fn a_particle_alone_between_separators_ends_a_clause() {
        for text in [
            "这不就是冬天最好的享受\n吗🥳下次还来",
            "先收藏 吧 😂 回头再看",
        ] {
            assert_eq!(read_as(text).0, text);
        }
        // Letter-spaced copy is still read whole.
        assert_eq!(read_as("全 网 第 一").0, "全网第一");
    }

    #[test]
    fn a_line_break_splits_a_term_once_and_crlf_counts_as_one() {
        assert_eq!(read_as("手慢\n无").0, "手慢无");
        assert_eq!(read_as("手慢\r\n无").0, "手慢无");
        assert_eq!(read_as("手慢 \r\n 无").0, "手慢无");
        for text in ["手慢\n\n无", "手慢\r\n\r\n无", "手慢 , . 无", "手 慢 无 "] {
            assert_eq!(
                read_as(text).0,
                text.replace("手 慢 无", "手慢无"),
                "{text:?}"
            );
        }
    }

    #[test]
    fn a_mobile_number_in_groups_is_read_as_digits() {
        assert_eq!(read_as("打138 - 1234 - 5678").0, "打13812345678");
        // Four separators between two groups part them.
        let apart = "打138 -  1234 - 5678";
        assert_eq!(read_as(apart).0, apart);
        assert_eq!(read_as("打138.1234.5678").0, "打13812345678");
        assert_eq!(read_as("幺3八1二3四5六7八").0, "13812345678");
        for text in ["2024.06.18下单", "价格138.00元", "第1.2.3步"] {
            assert_eq!(read_as(text).0, text);
        }
    }
}
