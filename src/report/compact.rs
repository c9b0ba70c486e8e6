//! Compact JSON appended straight to a byte buffer, for the JSON Lines
//! output: a batch writes tens of megabytes of it, mostly Chinese text, and
//! serde_json escapes a string a byte at a time and writes each key and
//! value as separate pieces. What is written here is byte for byte what
//! `serde_json::to_writer` writes for the same value (`jsonl.rs` tests it
//! against the serde views in `json.rs`).

use serde_json::Value;

/// What serde_json writes for each byte: 0 for the byte itself, `u` for
/// `\u00XX`, else the letter after the backslash.
static ESCAPE: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut byte = 0;
    while byte < 0x20 {
        table[byte] = b'u';
        byte += 1;
    }
    table[0x08] = b'b';
    table[0x09] = b't';
    table[0x0A] = b'n';
    table[0x0C] = b'f';
    table[0x0D] = b'r';
    table[b'"' as usize] = b'"';
    table[b'\\' as usize] = b'\\';
    table
};

const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);

/// Whether any of the eight bytes of `word` is below `0x20`, `"` or `\`.
/// Each test is the exact "some byte is zero" (or "below n") bit trick, so
/// a word without such a byte is never sent down the slow path and one with
/// it always is.
fn needs_escape(word: u64) -> bool {
    let below = |n: u8| word.wrapping_sub(ONES * u64::from(n)) & !word & HIGHS;
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS;
    below(0x20) | zero(word ^ (ONES * u64::from(b'"'))) | zero(word ^ (ONES * u64::from(b'\\')))
        != 0
}

/// Appends `s` as a JSON string.
pub fn string(out: &mut Vec<u8>, s: &str) {
    out.reserve(s.len() + 2);
    out.push(b'"');
    string_contents(out, s);
    out.push(b'"');
}

/// Appends `s` escaped, without the quotes around it. Runs without anything
/// to escape are copied whole, eight bytes tested at a time.
pub fn string_contents(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    let mut copied = 0;
    let mut at = 0;
    while at < bytes.len() {
        if let Some(word) = bytes
            .get(at..at + 8)
            .and_then(|w| <[u8; 8]>::try_from(w).ok())
            && !needs_escape(u64::from_ne_bytes(word))
        {
            at += 8;
            continue;
        }
        let end = (at + 8).min(bytes.len());
        for (i, &byte) in bytes.iter().enumerate().take(end).skip(at) {
            let escape = ESCAPE[usize::from(byte)];
            if escape == 0 {
                continue;
            }
            out.extend_from_slice(&bytes[copied..i]);
            copied = i + 1;
            if escape == b'u' {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(b"\\u00");
                out.push(HEX[usize::from(byte >> 4)]);
                out.push(HEX[usize::from(byte & 0xF)]);
            } else {
                out.extend_from_slice(&[b'\\', escape]);
            }
        }
        at = end;
    }
    out.extend_from_slice(&bytes[copied..]);
}

/// Appends `Some(s)` as a string, `None` as `null`.
pub fn optional_string(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => string(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

pub fn number(out: &mut Vec<u8>, n: usize) {
    out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
}

/// Appends any JSON value; strings, the usual case, take the fast path.
pub fn value(out: &mut Vec<u8>, value: &Value) {
    match value {
        Value::String(s) => string(out, s),
        // Writing to a Vec cannot fail, and a `Value`'s keys are strings.
        other => {
            let _ = serde_json::to_writer(&mut *out, other);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn serde(s: &str) -> String {
        serde_json::to_string(s).unwrap_or_default()
    }

    fn ours(s: &str) -> String {
        let mut out = Vec::new();
        string(&mut out, s);
        String::from_utf8(out).unwrap_or_default()
    }

    #[test]
    fn escapes_exactly_as_serde_json() {
        let every_ascii: String = (0u8..0x80).map(char::from).collect();
        for s in [
            "",
            "限时抢购",
            "说\"手慢无\"的\\反斜杠",
            "第一行\n第二行\r\n\t缩进\u{8}\u{c}",
            "\u{0}\u{1f}\u{7f}",
            "eightchr\"",
            "😂👩‍👩‍👧秒杀价¥268，库存只有126件\u{1}",
            &every_ascii,
            &"好物".repeat(40),
        ] {
            assert_eq!(ours(s), serde(s), "{s:?}");
        }
    }

    #[test]
    fn finds_a_byte_to_escape_at_every_place_in_a_word() {
        for special in ['"', '\\', '\n', '\u{0}', '\u{1f}'] {
            for at in 0..17 {
                let mut s = "a".repeat(17);
                s.replace_range(at..at + 1, &special.to_string());
                assert_eq!(ours(&s), serde(&s), "{s:?}");
            }
        }
    }

    #[test]
    fn bytes_just_outside_the_escaped_set_are_kept() {
        // 0x20, 0x21, 0x23, 0x5b and 0x5d sit next to the escaped bytes; a
        // bit trick that borrowed across bytes would flag or miss them.
        let s = " !#[]~\u{7f}限 !#[]";
        assert_eq!(ours(s), format!("\"{s}\""));
    }

    #[test]
    fn values_other_than_strings_are_serde_jsons() {
        for v in [
            Value::Null,
            serde_json::json!(42),
            serde_json::json!(-1.5),
            serde_json::json!({"b": 1, "a": ["x\"y", true]}),
            serde_json::json!("编号\u{2}"),
        ] {
            let mut out = Vec::new();
            value(&mut out, &v);
            assert_eq!(String::from_utf8(out).unwrap_or_default(), v.to_string());
        }
    }
}
