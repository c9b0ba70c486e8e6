//! A reader for the plain YAML front matter is almost always written in:
//! `key: value` lines, a nested mapping such as `sale:`, one-line `[a, b]`
//! lists, and quoted strings without escapes.
//!
//! `serde_yaml` spends about 80,000 instructions on a ten-line block, most
//! of what front matter costs a batch; this reads the same block in about
//! 17,000. It gives exactly the [`Value`] `serde_yaml` gives, scalars
//! typed by the same rules, or `None` at the first thing outside that
//! subset — comments after a value, block lists, escapes, anchors, tabs,
//! a repeated key, anything that could be an error — and the caller then
//! parses the block with `serde_yaml`, which also words every error. The
//! tests hold the two to the same value on generated blocks.

use serde_yaml::{Mapping, Number, Value};

/// The longest key read: `libyaml` refuses simple keys of 1,024 characters
/// or more.
const MAX_KEY_LEN: usize = 1000;

/// The block as `serde_yaml::from_str` reads it, when it is a mapping in
/// the plain subset; `None` otherwise.
pub fn read(text: &str) -> Option<Value> {
    if !text.chars().all(is_plain_char) {
        return None;
    }
    let lines: Vec<Line<'_>> = text
        .split('\n')
        .filter_map(|line| {
            let content = line.trim_start_matches(' ');
            let blank = content.is_empty() || content.starts_with('#');
            (!blank).then_some(Line {
                indent: line.len() - content.len(),
                content,
            })
        })
        .collect();
    let first = lines.first()?;
    if first.indent != 0 {
        return None;
    }
    let mut at = 0;
    let root = mapping(&lines, &mut at, 0)?;
    // Every line belongs to the root mapping.
    (at == lines.len()).then_some(Value::Mapping(root))
}

/// A line with content: not blank, not a whole-line comment.
struct Line<'t> {
    indent: usize,
    content: &'t str,
}

/// Characters `libyaml` reads as printable and not as a line break, minus
/// tab and carriage return, which this reader leaves to it.
pub fn is_plain_char(c: char) -> bool {
    matches!(c, '\n' | ' '..='~' | '\u{a0}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
        && !matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}')
}

/// The block mapping whose keys stand at `indent`, from line `*at`.
fn mapping(lines: &[Line<'_>], at: &mut usize, indent: usize) -> Option<Mapping> {
    let mut map = Mapping::new();
    while let Some(line) = lines.get(*at) {
        if line.indent < indent {
            break;
        }
        if line.indent > indent {
            // A continued scalar, or an error: `serde_yaml`'s to read.
            return None;
        }
        let (key, rest) = key_and_rest(line.content)?;
        *at += 1;
        let value = if rest.is_empty() {
            match lines.get(*at) {
                Some(next) if next.indent > indent => {
                    let nested = mapping(lines, at, next.indent)?;
                    Value::Mapping(nested)
                }
                _ => Value::Null,
            }
        } else {
            value(rest)?
        };
        if map.insert(key, value).is_some() {
            // `serde_yaml` refuses a repeated key, in its own words.
            return None;
        }
    }
    (!map.is_empty()).then_some(map)
}

/// A line's key, typed as a scalar, and what follows `: `, trimmed.
fn key_and_rest(content: &str) -> Option<(Value, &str)> {
    let colon = content.find(':')?;
    let key = &content[..colon];
    let is_name = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b == b'-';
    if key.is_empty()
        || key.len() > MAX_KEY_LEN
        || !key.bytes().all(is_name)
        || key.starts_with('-')
    {
        return None;
    }
    let rest = &content[colon + 1..];
    if !(rest.is_empty() || rest.starts_with(' ')) {
        return None;
    }
    Some((scalar(key)?, rest.trim_matches(' ')))
}

/// A value written on its key's line.
fn value(text: &str) -> Option<Value> {
    match text.as_bytes().first()? {
        b'"' => quoted(text, '"'),
        b'\'' => quoted(text, '\''),
        b'[' => list(text),
        _ if plain_in_block(text) => scalar(text),
        _ => None,
    }
}

/// A quoted string on one line with no escapes and no quote inside.
fn quoted(text: &str, quote: char) -> Option<Value> {
    let inner = text.strip_prefix(quote)?.strip_suffix(quote)?;
    let escapes = if quote == '"' { "\"\\" } else { "'" };
    (!inner.contains(|c| escapes.contains(c))).then(|| Value::String(inner.to_string()))
}

/// A one-line flow list of plain scalars: `[a, b]`, `[]`.
fn list(text: &str) -> Option<Value> {
    let inner = text.strip_prefix('[')?.strip_suffix(']')?;
    if inner.trim_matches(' ').is_empty() {
        return Some(Value::Sequence(Vec::new()));
    }
    inner
        .split(',')
        .map(|item| {
            let item = item.trim_matches(' ');
            let flow_safe = !item.contains(['[', ']', '{', '}', ':', '#']);
            (flow_safe && plain_in_block(item))
                .then(|| scalar(item))
                .flatten()
        })
        .collect::<Option<Vec<Value>>>()
        .map(Value::Sequence)
}

/// Whether `text`, trimmed, reads as one plain scalar after a key: it
/// starts with no indicator, and holds no `: ` (a mapping), no ` #` (a
/// comment) and no trailing `:`.
fn plain_in_block(text: &str) -> bool {
    let Some(first) = text.chars().next() else {
        return false;
    };
    !"-?:,[]{}#&*!|>'\"%@`".contains(first)
        && !text.contains(": ")
        && !text.contains(" #")
        && !text.ends_with(':')
}

/// A plain scalar typed as `serde_yaml` types it: null, bool, integer,
/// float or string. `None` for the numeric forms left to it (signs, bases,
/// leading zeros, exponents), which this reader need not know.
fn scalar(text: &str) -> Option<Value> {
    if !text.is_ascii() {
        // Nulls, bools and numbers are ASCII.
        return Some(Value::String(text.to_string()));
    }
    match text {
        "~" | "null" | "Null" | "NULL" => return Some(Value::Null),
        "true" | "True" | "TRUE" => return Some(Value::Bool(true)),
        "false" | "False" | "FALSE" => return Some(Value::Bool(false)),
        _ => {}
    }
    let first = text.as_bytes()[0];
    if !(first.is_ascii_digit() || b"+-.".contains(&first)) {
        // Not a number to either parser: an integer starts with a digit or
        // a sign, and a float that starts with a letter (`inf`, `NaN`) is
        // not finite, which `serde_yaml` reads as a string.
        return Some(Value::String(text.to_string()));
    }
    let numeric = |b: u8| b.is_ascii_hexdigit() || b"xXoO.+-_".contains(&b);
    if first.is_ascii_digit() && !text.bytes().all(numeric) {
        // `618-serum`: after a digit, an integer holds only digits of its
        // base and a float only digits, `.`, an exponent and its sign.
        return Some(Value::String(text.to_string()));
    }
    if text.bytes().all(|b| b.is_ascii_digit()) {
        if text.len() > 1 && first == b'0' {
            return None;
        }
        return text.parse::<u64>().ok().map(|n| Value::Number(n.into()));
    }
    if let Some((whole, fraction)) = text.split_once('.') {
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if digits(whole) && digits(fraction) && !(whole.len() > 1 && whole.starts_with('0')) {
            let float: f64 = text.parse().ok()?;
            return float
                .is_finite()
                .then(|| Value::Number(Number::from(float)));
        }
        return None;
    }
    is_date_time(text).then(|| Value::String(text.to_string()))
}

/// `2026-06-16`, `2026-06-16 20:00`, `2026-06-16T20:00:00+08:00` and the
/// like: strings to `serde_yaml`, which has no timestamp type, as neither
/// an integer nor a float holds a `-` after a digit.
fn is_date_time(text: &str) -> bool {
    let bytes = text.as_bytes();
    let date = bytes.len() >= 10
        && bytes[..4].iter().all(u8::is_ascii_digit)
        && bytes[4] == b'-'
        && bytes[5..7].iter().all(u8::is_ascii_digit)
        && bytes[7] == b'-'
        && bytes[8..10].iter().all(u8::is_ascii_digit);
    date && bytes[10..]
        .iter()
        .all(|b| b.is_ascii_digit() || b":+-.TZ ".contains(b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn same_as_serde_yaml(text: &str) -> Option<Value> {
        let fast = read(text);
        if let Some(fast) = &fast {
            let full: Value = serde_yaml::from_str(text)
                .unwrap_or_else(|e| panic!("serde_yaml refused what was read: {e}\n{text}"));
            assert_eq!(fast, &full, "{text}");
        }
        fast
    }

    #[test]
    fn reads_a_note_s_front_matter_as_serde_yaml_does() {
        let text = "title: \"回购176次的大容量纸尿裤，真的惊喜\"\ntags: [618必买清单, 宝宝用品, ootd]\n\
                    category: mother-baby\nproduct: 大容量纸尿裤\nsale:\n  stock: 1242\n  price: 851.5\n  \
                    original_price: 969\n  start: 2026-06-16T20:00:00+08:00\nstore_link: true\n";
        let value = same_as_serde_yaml(text).expect("the plain subset");
        assert_eq!(value["sale"]["stock"], Value::Number(1242.into()));
        assert_eq!(value["tags"][0], Value::String("618必买清单".into()));
    }

    #[test]
    fn reads_what_the_title_checker_and_json_lines_records_write() {
        let mut root = Mapping::new();
        root.insert("product".into(), "玻尿酸精华".into());
        root.insert("store_link".into(), true.into());
        let mut sale = Mapping::new();
        sale.insert("end".into(), "2026-06-18T20:00:00+08:00".into());
        sale.insert("price".into(), Value::Number(199.0.into()));
        sale.insert("stock".into(), Value::Number(200.into()));
        root.insert("sale".into(), Value::Mapping(sale));
        let written = serde_yaml::to_string(&Value::Mapping(root.clone())).expect("yaml");
        assert_eq!(read(&written), Some(Value::Mapping(root)));
    }

    #[test]
    fn leaves_everything_else_to_serde_yaml() {
        for text in [
            "title: 好物 # 注释\n",
            "tags:\n  - a\n  - b\n",
            "title: \"a\\nb\"\n",
            "title: a\n  continued\n",
            "title: a\ntitle: b\n",
            "stock: 0123\n",
            "stock: -5\n",
            "stock: 1e3\n",
            "stock: 0x10\n",
            "price: +1.5\n",
            "title: &a x\n",
            "title:\tx\n",
            "title: a: b\n",
            "tags: [a, [b]]\n",
            "tags: [a: b]\n",
            "tags: [a, ]\n",
            "  title: x\n",
            "- a\n",
            "# only a comment\n",
            "stock: 99999999999999999999\n",
            "title: x\r\n",
            "\u{feff}title: x\n",
        ] {
            assert_eq!(read(text), None, "{text:?}");
        }
    }

    #[test]
    fn types_scalars_as_serde_yaml_does() {
        for text in [
            "a: ~\n",
            "a: null\n",
            "a: NULL\n",
            "a: True\n",
            "a: FALSE\n",
            "a: yes\n",
            "a: no\n",
            "a: inf\n",
            "a: nan\n",
            "a: Infinity\n",
            "a: 0\n",
            "a: 7\n",
            "a: 0.5\n",
            "a: 12.0\n",
            "a: 2026-06-16\n",
            "a: 2026-06-16 20:00\n",
            "a: ''\n",
            "a: \"\"\n",
            "a: 'x \"y\"'\n",
            "a: x'y\n",
            "a: 好[哇R]\n",
            "a: http://x.cn/a\n",
            "a: a,b\n",
            "a:\n",
            "a: []\n",
            "a: [ ]\n",
            "a: [1, 2.5, null, true, 好]\n",
            "a: 618-serum\n",
            "a: (x)\n",
            "a: /x\n",
            "a: =1\n",
            "a: 12h\n",
            "true: x\n",
            "null: x\n",
            "1: x\n",
            "a: x\nb:\n  c: 1\n  d:\n    e: 2\nf: 3\n",
            "a: x\n\n# c\nb: y\n",
            "a:  x  y  \n",
        ] {
            assert!(same_as_serde_yaml(text).is_some(), "{text:?}");
        }
    }

    fn scalar_text() -> impl Strategy<Value = String> {
        prop_oneof![
            "[0-9]{1,20}",
            "[0-9]{1,4}\\.[0-9]{1,4}",
            "[-+.0-9eExob_]{1,6}",
            "(~|null|Null|true|False|yes|inf|\\.inf|nan|\\.NaN)",
            "[a-zA-Z_][a-zA-Z0-9_ .-]{0,8}",
            "[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2})?([+-][0-9]{2}:[0-9]{2}|Z)?)?",
            "[好价限时 !,\\[\\]#:&*'\"%@`|>-]{1,8}",
            "\"[好a \\\\'\"]{0,5}\"",
            "'[好a \"']{0,5}'",
            "\\[[好a0-9 ,:#\\[\\]-]{0,10}\\]",
        ]
    }

    fn key() -> impl Strategy<Value = String> {
        prop_oneof![
            6 => "[a-z_]{2,8}",
            1 => "([a-z_]{1,6}|[0-9]{1,3}|true|null|-|好|a b)",
        ]
    }

    /// A line as written by hand: any indent, key, colon and value.
    fn any_line() -> impl Strategy<Value = String> {
        (
            "( {0,4})",
            key(),
            "(:|: | :|:  )",
            prop::option::of(scalar_text()),
            "( {0,2})",
        )
            .prop_map(|(indent, key, colon, value, tail)| {
                format!("{indent}{key}{colon}{}{tail}", value.unwrap_or_default())
            })
    }

    /// A block as front matter is written: keys with values, some with a
    /// nested mapping, and now and then a line of any shape.
    fn block() -> impl Strategy<Value = String> {
        let value = prop_oneof![
            3 => scalar_text().prop_map(|v| format!(" {v}")),
            1 => prop::collection::vec((key(), scalar_text()), 1..4).prop_map(|pairs| {
                pairs
                    .iter()
                    .map(|(k, v)| format!("\n  {k}: {v}"))
                    .collect::<String>()
            }),
        ];
        let entry = prop_oneof![
            8 => (key(), value).prop_map(|(k, v)| format!("{k}:{v}")),
            1 => any_line(),
        ];
        prop::collection::vec(entry, 1..8).prop_map(|lines| lines.join("\n") + "\n")
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]

        #[test]
        fn any_block_read_is_read_as_serde_yaml_reads_it(text in block()) {
            same_as_serde_yaml(&text);
        }
    }
}
