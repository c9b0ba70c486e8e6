//! jieba's hidden Markov model, for a run of characters the best route
//! leaves one by one and that no known word spans: it labels each Chinese
//! character as the beginning, middle or end of a word or a word alone
//! (Viterbi), so `不闷` and `肉嫩` come out as words although no dictionary
//! holds them. Anything else in the run (letters, digits, rarer Han) is
//! split as jieba-rs splits it.
//!
//! The model is jieba's own (`dictionaries/jieba/hmm.model`, compiled into
//! tables by `build/hmm_model.rs`); ties go where jieba-rs 0.11 sends them,
//! so every run is cut as that crate cuts it.

use std::ops::Range;

include!(concat!(env!("OUT_DIR"), "/hmm_model.rs"));

/// A character's role in a word. The values index the model's tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Begin = 0,
    End = 1,
    Middle = 2,
    Single = 3,
}

/// The roles that may come right before each role, in index order: on a
/// tie the second wins, as in jieba-rs.
const PREVIOUS: [[Role; 2]; 4] = [
    [Role::End, Role::Single],
    [Role::Begin, Role::Middle],
    [Role::Begin, Role::Middle],
    [Role::End, Role::Single],
];

const ROLES: [Role; 4] = [Role::Begin, Role::End, Role::Middle, Role::Single];

/// The characters the model labels: the main ideograph block up to U+9FD5.
fn is_modelled(c: char) -> bool {
    ('\u{4E00}'..='\u{9FD5}').contains(&c)
}

fn emission(c: char) -> [f64; 4] {
    let offset = u32::from(c).wrapping_sub(EMISSION_FIRST) as usize;
    match EMISSION_ROW.get(offset) {
        Some(&row) if row != u16::MAX => EMISSION[usize::from(row)],
        _ => [FLOOR; 4],
    }
}

/// Cuts the characters `chars` of `text` (byte offsets into `text`, in
/// order, ending at `end`) into words, handing each word's byte range to
/// `word`.
pub fn cut(text: &str, chars: &[(usize, char)], end: usize, word: &mut impl FnMut(Range<usize>)) {
    let mut i = 0;
    while i < chars.len() {
        let modelled = is_modelled(chars[i].1);
        let j = chars[i..]
            .iter()
            .position(|&(_, c)| is_modelled(c) != modelled)
            .map_or(chars.len(), |k| i + k);
        let run_end = chars.get(j).map_or(end, |&(offset, _)| offset);
        if !modelled {
            split_unmodelled(text, chars[i].0..run_end, word);
        } else if j - i == 1 {
            word(chars[i].0..run_end);
        } else {
            label(&chars[i..j], run_end, word);
        }
        i = j;
    }
}

/// Cuts a run of two or more modelled characters along their likeliest
/// roles.
fn label(chars: &[(usize, char)], end: usize, word: &mut impl FnMut(Range<usize>)) {
    let roles = viterbi(chars);
    let next_offset = |i: usize| chars.get(i + 1).map_or(end, |&(offset, _)| offset);
    let mut begin = chars[0].0;
    let mut cut_to = begin;
    for (i, (&(offset, _), role)) in chars.iter().zip(roles).enumerate() {
        match role {
            Role::Begin => begin = offset,
            Role::End => {
                cut_to = next_offset(i);
                word(begin..cut_to);
            }
            Role::Single => {
                cut_to = next_offset(i);
                word(offset..cut_to);
            }
            Role::Middle => {}
        }
    }
    // A run that ends inside a word (on a beginning or a middle).
    if cut_to < end {
        word(cut_to..end);
    }
}

/// The likeliest role of each character.
fn viterbi(chars: &[(usize, char)]) -> Vec<Role> {
    let first = emission(chars[0].1);
    let mut scores: [f64; 4] = std::array::from_fn(|r| START[r] + first[r]);
    // The best role before each role, for every character but the first.
    let mut came_from: Vec<[Role; 4]> = Vec::with_capacity(chars.len());
    for &(_, c) in &chars[1..] {
        let emitted = emission(c);
        let mut next = [0.0; 4];
        let mut from = [Role::Begin; 4];
        for role in ROLES {
            let r = role as usize;
            let [a, b] = PREVIOUS[r];
            let via_a = scores[a as usize] + TRANSITION[a as usize][r] + emitted[r];
            let via_b = scores[b as usize] + TRANSITION[b as usize][r] + emitted[r];
            (next[r], from[r]) = if via_a > via_b {
                (via_a, a)
            } else {
                (via_b, b)
            };
        }
        scores = next;
        came_from.push(from);
    }
    let mut role = if scores[Role::End as usize] > scores[Role::Single as usize] {
        Role::End
    } else {
        Role::Single
    };
    let mut roles = vec![role; chars.len()];
    for (i, from) in came_from.iter().enumerate().rev() {
        role = from[role as usize];
        roles[i] = role;
    }
    roles
}

/// Splits a stretch the model does not cover: each ASCII word (letters and
/// digits, joined through `.`, `_` or `-` when more follow, with a trailing
/// `%`) is a word, and so is each stretch between them.
fn split_unmodelled(text: &str, range: Range<usize>, word: &mut impl FnMut(Range<usize>)) {
    let bytes = &text.as_bytes()[..range.end];
    let mut at = range.start;
    while at < range.end {
        let Some(start) = bytes[at..].iter().position(u8::is_ascii_alphanumeric) else {
            word(at..range.end);
            return;
        };
        let start = at + start;
        if start > at {
            word(at..start);
        }
        at = ascii_word_end(bytes, start);
        word(start..at);
    }
}

/// Where the ASCII word starting at `start` ends.
fn ascii_word_end(bytes: &[u8], start: usize) -> usize {
    let mut end = start;
    loop {
        while bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
            end += 1;
        }
        let joined = matches!(bytes.get(end), Some(b'.' | b'_' | b'-'))
            && bytes.get(end + 1).is_some_and(u8::is_ascii_alphanumeric);
        if !joined {
            break;
        }
        end += 1;
    }
    if bytes.get(end) == Some(&b'%') {
        end += 1;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut found = Vec::new();
        cut(text, &chars, text.len(), &mut |range| {
            found.push(&text[range])
        });
        found
    }

    #[test]
    fn labels_chinese_runs_as_jieba_does() {
        // An empty jieba knows no word, so the route leaves every character
        // alone and its HMM cuts each block.
        let empty = jieba_rs::Jieba::empty();
        for text in [
            "杭研大厦",
            "贴身穿也不闷",
            "肉嫩皮薄锅气足下饭",
            "我们在野生动物园玩",
            "这件外套很厚实裹着暖和走一天不磨脚",
        ] {
            let stock: Vec<&str> = empty.cut(text, true).iter().map(|t| t.word).collect();
            assert_eq!(words(text), stock, "{text}");
        }
        assert_eq!(words("不闷"), ["不闷"]);
    }

    #[test]
    fn one_modelled_character_is_a_word() {
        assert_eq!(words("a好"), ["a", "好"]);
    }

    #[test]
    fn ascii_words_join_through_connectors_and_keep_a_percent() {
        assert_eq!(words("v1.2-b_3"), ["v1.2-b_3"]);
        assert_eq!(words("abc-"), ["abc", "-"]);
        assert_eq!(words("50%"), ["50%"]);
        assert_eq!(words("+#a&&b"), ["+#", "a", "&&", "b"]);
        // Han beyond U+9FD5 and in the extensions is not modelled: each
        // stretch of it between ASCII words is one word.
        assert_eq!(words("\u{9FD6}\u{3400}x"), ["\u{9FD6}\u{3400}", "x"]);
    }

    #[test]
    fn the_tables_are_the_models() {
        // The first lines of `hmm.model`.
        assert_eq!(
            START,
            [
                -0.26268660809250016,
                -3.14e100,
                -3.14e100,
                -1.4652633398537678
            ]
        );
        assert_eq!(FLOOR, -3.14e100);
        assert_eq!(emission('\u{0041}'), [FLOOR; 4]);
        assert!(emission('的').iter().all(|&p| p < 0.0 && p > FLOOR));
    }
}
