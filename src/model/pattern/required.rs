//! The literals a regex cannot match without. For a pattern this is a few
//! sets of strings such that every match contains a string of each set: a
//! text missing every string of one set cannot match, so the pattern is
//! neither built nor run on it.
//!
//! The sets are read off the parsed regex: a literal requires itself; a
//! concatenation requires what each of its parts requires, and a run of
//! literals and small classes inside it reads as the strings it spells
//! (`[微薇]信` as `微信`, `薇信`), a class of one letter's cases as that
//! letter, since the fingerprint folds case (`(?i:vx)` as `vx`); an
//! alternation requires one of
//! what its branches require; a repetition of at least once requires what
//! its body requires. Anything that can match without a known literal (an
//! optional part, a large character class, an assertion) requires nothing.

use regex_syntax::hir::{Class, Hir, HirKind};

use crate::text::fingerprint::fold_case;

/// A class of at most this many characters stands for its characters.
const MAX_CLASS_CHARS: u32 = 10;
/// A set of more literals than this is not worth searching for.
const MAX_LITERALS: usize = 64;
/// A run of literals and classes spells at most this many strings.
const MAX_SPELLINGS: usize = 16;
/// A literal repeated `{n,}` times reads as at most this many copies.
const MAX_COPIES: u32 = 4;
/// Sets checked per text: the most telling ones.
const MAX_SETS: usize = 3;

pub type Literals = Vec<Vec<u8>>;

/// Every set of literals a match of `hir` must contain one string of, most
/// telling first; empty when nothing is known to be required.
pub fn required_sets(hir: &Hir) -> Vec<Literals> {
    let mut sets = all_of(hir);
    for set in &mut sets {
        set.sort();
        set.dedup();
    }
    sets.sort_by_key(|set| std::cmp::Reverse(telling(set)));
    sets.truncate(MAX_SETS);
    sets
}

/// The sets a match of `hir` must each hit.
fn all_of(hir: &Hir) -> Vec<Literals> {
    match hir.kind() {
        HirKind::Capture(capture) => all_of(&capture.sub),
        HirKind::Repetition(repetition) if repetition.min >= 1 => match spelled(&repetition.sub) {
            Some(set) if set.len() == 1 => {
                let copies = repetition.min.min(MAX_COPIES) as usize;
                vec![vec![set[0].repeat(copies)]]
            }
            _ => all_of(&repetition.sub),
        },
        HirKind::Concat(parts) => {
            let mut sets = Vec::new();
            // Consecutive parts that each spell a few strings spell their
            // products together.
            let mut run: Option<Literals> = None;
            for part in parts {
                match (spelled(part), run.take()) {
                    (Some(next), Some(current)) if current.len() * next.len() <= MAX_SPELLINGS => {
                        run = Some(product(&current, &next));
                    }
                    (Some(next), current) => {
                        sets.extend(current);
                        run = Some(next);
                    }
                    (None, current) => {
                        sets.extend(current);
                        sets.extend(all_of(part));
                    }
                }
            }
            sets.extend(run);
            sets
        }
        _ => one_of(hir).into_iter().collect(),
    }
}

/// One set a match of `hir` must hit, the most telling one known.
fn one_of(hir: &Hir) -> Option<Literals> {
    if let Some(set) = spelled(hir) {
        return Some(set);
    }
    match hir.kind() {
        HirKind::Alternation(branches) => {
            let mut union = Vec::new();
            for branch in branches {
                union.extend(one_of(branch)?);
                if union.len() > MAX_LITERALS {
                    return None;
                }
            }
            Some(union)
        }
        HirKind::Empty | HirKind::Look(_) | HirKind::Literal(_) | HirKind::Class(_) => None,
        HirKind::Repetition(repetition) if repetition.min == 0 => None,
        HirKind::Repetition(_) | HirKind::Capture(_) | HirKind::Concat(_) => {
            all_of(hir).into_iter().max_by_key(|set| telling(set))
        }
    }
}

/// The strings `hir` matches exactly, when it is a literal or a small class.
fn spelled(hir: &Hir) -> Option<Literals> {
    match hir.kind() {
        // ASCII bytes never occur inside a longer UTF-8 sequence.
        HirKind::Literal(literal) => Some(vec![literal.0.to_ascii_lowercase()]),
        HirKind::Class(class) => class_literals(class),
        _ => None,
    }
}

fn product(left: &[Vec<u8>], right: &[Vec<u8>]) -> Literals {
    left.iter()
        .flat_map(|l| right.iter().map(move |r| [l.as_slice(), r].concat()))
        .collect()
}

/// How much a set narrows the texts worth searching: longer literals are
/// rarer (a Han character is three bytes, an ASCII digit one), and among
/// sets of equally short literals the smaller is rarer.
fn telling(set: &[Vec<u8>]) -> (usize, std::cmp::Reverse<usize>) {
    let shortest = set.iter().map(Vec::len).min().unwrap_or(0);
    (shortest, std::cmp::Reverse(set.len()))
}

fn class_literals(class: &Class) -> Option<Literals> {
    // One more than allowed is enough to tell a class is too large.
    let most = MAX_CLASS_CHARS as usize + 1;
    let literals: Literals = match class {
        Class::Unicode(class) => {
            let mut chars: Vec<char> = class
                .iter()
                .flat_map(|r| r.start()..=r.end())
                .take(most)
                .collect();
            // The cases of one letter (`(?i:x)`) are one letter to the
            // fingerprint.
            let folded = chars.first().map(|&c| fold_case(c));
            if chars.len() < most && chars.iter().all(|&c| Some(fold_case(c)) == folded) {
                chars.truncate(1);
            }
            chars
                .into_iter()
                .map(|c| fold_case(c).to_string().into_bytes())
                .collect()
        }
        Class::Bytes(class) => class
            .iter()
            .flat_map(|r| r.start()..=r.end())
            .take(most)
            .map(|b| vec![b])
            .collect(),
    };
    // An empty class matches nothing; no literal stands for it.
    (1..most).contains(&literals.len()).then_some(literals)
}

/// The fewest ASCII digits a match of `hir` holds: a text with fewer
/// cannot match. A class counts only when every character of it is an
/// ASCII digit (`[0-9]`, not Unicode `\d`, which holds other digits).
pub fn min_ascii_digits(hir: &Hir) -> u32 {
    match hir.kind() {
        HirKind::Literal(literal) => {
            let digits = literal.0.iter().filter(|b| b.is_ascii_digit()).count();
            u32::try_from(digits).unwrap_or(u32::MAX)
        }
        HirKind::Class(class) => u32::from(is_ascii_digits(class)),
        HirKind::Empty | HirKind::Look(_) => 0,
        HirKind::Capture(capture) => min_ascii_digits(&capture.sub),
        HirKind::Repetition(repetition) => repetition
            .min
            .saturating_mul(min_ascii_digits(&repetition.sub)),
        HirKind::Concat(parts) => parts.iter().fold(0, |sum: u32, part| {
            sum.saturating_add(min_ascii_digits(part))
        }),
        HirKind::Alternation(branches) => branches.iter().map(min_ascii_digits).min().unwrap_or(0),
    }
}

/// Whether every character of `class` is an ASCII digit (and it has one).
fn is_ascii_digits(class: &Class) -> bool {
    match class {
        Class::Unicode(class) => {
            !class.ranges().is_empty()
                && class
                    .iter()
                    .all(|r| r.start().is_ascii_digit() && r.end().is_ascii_digit())
        }
        Class::Bytes(class) => {
            !class.ranges().is_empty()
                && class
                    .iter()
                    .all(|r| r.start().is_ascii_digit() && r.end().is_ascii_digit())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sets(regex: &str) -> Vec<Vec<String>> {
        let hir = regex_syntax::parse(regex).expect("valid regex");
        required_sets(&hir)
            .into_iter()
            .map(|set| {
                set.into_iter()
                    .map(|l| String::from_utf8(l).expect("UTF-8"))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn every_word_list_of_a_phrase_is_required() {
        assert_eq!(
            sets("(?:去|到)(?:淘宝|京东)(?:上|里)?(?:搜|下单)"),
            // Ties keep the regex's order.
            [vec!["京东", "淘宝"], vec!["到", "去"], vec!["下单", "搜"]]
        );
    }

    #[test]
    fn a_number_first_pattern_is_anchored_on_what_follows() {
        // `\d` is hundreds of characters: only the words after it count.
        assert_eq!(
            sets(r"(?:\d+|[一二三])\s*(?:小时|天)\s*限时"),
            [vec!["限时"], vec!["天", "小时"]]
        );
    }

    #[test]
    fn literal_runs_spell_their_strings() {
        assert_eq!(sets("[微薇]信"), [vec!["微信", "薇信"]]);
        assert_eq!(sets("冲{3,}"), [vec!["冲冲冲"]]);
    }

    #[test]
    fn a_word_in_any_case_is_one_literal_to_the_folding_fingerprint() {
        assert_eq!(sets("(?i:vx)"), [vec!["vx"]]);
        assert_eq!(sets(r"\d+[hH]"), [vec!["h"]]);
        // `(?i:s)` and `(?i:k)` hold `ſ` and the Kelvin sign too.
        assert_eq!(
            sets("(?i:costco|walmart|kfc)"),
            [vec!["costco", "kfc", "walmart"]]
        );
        // Sixty-four spellings of `amazon` were too many; one is not.
        assert_eq!(
            sets("(?:淘宝|(?i:amazon|tb))(?:上|里)"),
            [vec!["上", "里"], vec!["amazon", "tb", "淘宝"]]
        );
        // A literal keeps its case in the regex, not in the set.
        assert_eq!(sets("TB店"), [vec!["tb店"]]);
        assert_eq!(sets("(?:tb|TB)店"), [vec!["店"], vec!["tb"]]);
    }

    fn min_digits(regex: &str) -> u32 {
        min_ascii_digits(&regex_syntax::parse(regex).expect("valid regex"))
    }

    #[test]
    fn a_phone_number_needs_its_digits_and_a_price_one() {
        assert_eq!(
            min_digits(r"(?:^|[^0-9])(?P<span>1[3-9][0-9](?:[ -]?[0-9]){8})(?:[^0-9]|$)"),
            11
        );
        assert_eq!(min_digits(r"[¥$]\s*[0-9]+(?:\.[0-9]+)?"), 1);
        assert_eq!(min_digits("(?:400|800)[ -]?[0-9]{3}|0[1-9]"), 2);
        assert_eq!(min_digits("2024年"), 4);
    }

    #[test]
    fn digits_in_other_scripts_or_in_a_wider_class_count_for_none() {
        // `\d` holds full-width and other digits; `[0-9a]` a letter too.
        assert_eq!(min_digits(r"\d{11}"), 0);
        assert_eq!(min_digits("[0-9a]{11}"), 0);
        assert_eq!(min_digits("(?:[0-9]{3}|三)"), 0);
        assert_eq!(min_digits("[0-9]*"), 0);
    }

    #[test]
    fn what_can_match_without_a_literal_requires_nothing() {
        assert!(sets(r"\d+").is_empty());
        assert!(sets("(?:限时)?").is_empty());
        assert!(sets("^|[^0-9]").is_empty());
        // One branch without a literal frees the whole alternation.
        assert!(sets(r"限时|\d+").is_empty());
    }
}
