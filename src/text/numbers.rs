//! Numbers as copy writes them: `48`, `４８` (after folding), `四十八`,
//! `两`, `三百`, `半`.

/// A regex fragment matching one number in any of the forms [`parse`] reads.
/// Its digits are ASCII (full-width ones are folded before rules run), not
/// Unicode `\d`: digits of other scripts are no number `parse` reads, and
/// `\d`'s hundreds of characters make a regex a quarter dearer to build.
pub const NUMBER_PATTERN: &str = r"(?:[0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千万]+|半)";

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
    use super::{NUMBER_PATTERN, parse};

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
