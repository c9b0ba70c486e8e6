//! Numbers as copy writes them: `48`, `４８` (after folding), `四十八`,
//! `两`, `三百`, `半`.

/// A regex fragment matching one number in any of the forms [`parse`] reads.
/// Its digits are ASCII (full-width ones are folded before rules run), not
/// Unicode `\d`: digits of other scripts are no number `parse` reads, and
/// `\d`'s hundreds of characters make a regex a quarter dearer to build.
pub const NUMBER_PATTERN: &str = r"(?:[0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千万]+|半)";

/// Where the first number of `text` is, as [`NUMBER_PATTERN`] finds it:
/// the leftmost one, its digits with their decimals if any, or its run
/// of numerals, or `半`. For callers that want the number and nothing
/// around it, without building the regex.
pub fn first(text: &str) -> Option<std::ops::Range<usize>> {
    let (start, c) = text
        .char_indices()
        .find(|&(_, c)| c.is_ascii_digit() || c == '半' || is_numeral(c))?;
    let rest = &text[start..];
    let len = if c.is_ascii_digit() {
        let bytes = rest.as_bytes();
        let digits = |from: usize| {
            bytes
                .get(from..)
                .map_or(0, |b| b.iter().take_while(|b| b.is_ascii_digit()).count())
        };
        let whole = digits(0);
        match (bytes.get(whole), digits(whole + 1)) {
            (Some(b'.'), decimals) if decimals > 0 => whole + 1 + decimals,
            _ => whole,
        }
    } else if c == '半' {
        c.len_utf8()
    } else {
        rest.char_indices()
            .find(|&(_, c)| !is_numeral(c))
            .map_or(rest.len(), |(i, _)| i)
    };
    Some(start..start + len)
}

/// A Chinese numeral of [`NUMBER_PATTERN`]: a digit or a unit.
fn is_numeral(c: char) -> bool {
    digit(c).is_some() || unit(c).is_some()
}

fn digit(c: char) -> Option<u64> {
    Some(match c {
        '零' | '〇' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

fn unit(c: char) -> Option<u64> {
    Some(match c {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        '万' => 10_000,
        _ => return None,
    })
}

/// Parses an Arabic or Chinese number; `None` when `text` is not one.
///
/// Chinese forms follow ordinary usage: `十二` 12, `四十八` 48, `两百` 200,
/// `一千二` 1200 (a trailing digit after a unit scales to the next unit down),
/// `三万` 30000, `半` 0.5.
pub fn parse(text: &str) -> Option<f64> {
    if text.is_empty() {
        return None;
    }
    if text.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return text.parse().ok();
    }
    if text == "半" {
        return Some(0.5);
    }
    parse_chinese(text).map(|n| n as f64)
}

fn parse_chinese(text: &str) -> Option<u64> {
    let mut total: u64 = 0; // completed groups of 万
    let mut section: u64 = 0; // value below 万
    let mut pending: Option<u64> = None; // a digit waiting for its unit
    let mut last_unit: u64 = 1;
    let mut only_digits = true;
    for c in text.chars() {
        if let Some(d) = digit(c) {
            if let Some(previous) = pending {
                // "二零二六" style: a run of digits reads positionally.
                if !only_digits {
                    return None;
                }
                pending = Some(previous * 10 + d);
            } else {
                pending = Some(d);
            }
        } else if let Some(u) = unit(c) {
            only_digits = false;
            if u == 10_000 {
                section += pending.take().unwrap_or(0);
                total += section.max(1) * u;
                section = 0;
            } else {
                section += pending.take().unwrap_or(1) * u;
            }
            last_unit = u;
        } else {
            return None;
        }
    }
    if let Some(d) = pending {
        // 一千二 = 1200, 两万五 = 25000, but 十二 = 12.
        if !only_digits && last_unit >= 100 && d < 10 {
            section += d * (last_unit / 10);
        } else {
            section += d;
        }
    }
    Some(total + section)
}

#[cfg(test)]
mod tests {
    use super::{NUMBER_PATTERN, first, parse};
    use proptest::prelude::*;

    /// Texts made of the pattern's own characters (so a character added to
    /// it is tried here too) and of copy around numbers.
    fn texts() -> impl Strategy<Value = String> {
        let mut alphabet: Vec<char> = NUMBER_PATTERN.chars().collect();
        alphabet.extend(['.', '.', '限', '量', '份', 'a', ' ', '４', '🔥']);
        alphabet.extend(('0'..='9').chain(('0'..='9').chain('0'..='9')));
        proptest::collection::vec(proptest::sample::select(alphabet), 0..16)
            .prop_map(|chars| chars.into_iter().collect())
    }

    proptest! {
        #[test]
        fn first_finds_what_the_pattern_finds(text in texts()) {
            let pattern = regex::Regex::new(NUMBER_PATTERN).expect("valid");
            prop_assert_eq!(first(&text), pattern.find(&text).map(|m| m.range()));
        }
    }

    #[test]
    fn first_reads_each_form() {
        let cases = [
            ("仅剩30件", Some("30")),
            ("限时4.5小时", Some("4.5")),
            ("第3.期", Some("3")),
            ("只要12.", Some("12")),
            ("还剩两百份", Some("两百")),
            ("半价", Some("半")),
            ("最后半天", Some("半")),
            ("v1.2.3", Some("1.2")),
            ("没有数字", None),
            ("", None),
        ];
        for (text, want) in cases {
            assert_eq!(first(text).map(|r| &text[r]), want, "{text}");
        }
    }

    #[test]
    fn the_pattern_matches_what_parse_reads() {
        let whole = regex::Regex::new(&format!("^{NUMBER_PATTERN}$")).expect("valid");
        for text in ["48", "6.7", "四十八", "两万五", "半"] {
            assert!(whole.is_match(text), "{text}");
            assert!(parse(text).is_some(), "{text}");
        }
        // Arabic-Indic and Devanagari digits: `\d` would match them.
        for text in ["٤٨", "४८"] {
            assert!(!whole.is_match(text), "{text}");
            assert_eq!(parse(text), None, "{text}");
        }
    }

    #[test]
    fn arabic_numbers() {
        assert_eq!(parse("48"), Some(48.0));
        assert_eq!(parse("6.7"), Some(6.7));
        assert_eq!(parse(""), None);
    }

    #[test]
    fn chinese_numbers() {
        for (text, value) in [
            ("四十八", 48.0),
            ("两", 2.0),
            ("十", 10.0),
            ("十二", 12.0),
            ("三百", 300.0),
            ("两百五十", 250.0),
            ("一千二", 1200.0),
            ("三万", 30000.0),
            ("两万五", 25000.0),
            ("七十二", 72.0),
            ("半", 0.5),
            ("五", 5.0),
        ] {
            assert_eq!(parse(text), Some(value), "{text}");
        }
    }

    #[test]
    fn not_numbers() {
        assert_eq!(parse("天"), None);
        assert_eq!(parse("4八"), None);
    }
}
