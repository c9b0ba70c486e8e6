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

use crate::text::fingerprint::{fold_case, is_white_space};

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
/// Sets of the pairs two words meet in checked per text, beside those.
const MAX_JUNCTIONS: usize = 2;
/// A word's first or last characters stand for it at most this many.
const MAX_ENDS: usize = 16;
/// Optional words read past between two parts a match holds.
const MAX_OPTIONAL: usize = 2;

pub type Literals = Vec<Vec<u8>>;

/// Every set of literals a match of `hir` must contain one string of, most
/// telling first; empty when nothing is known to be required.
pub fn required_sets(hir: &Hir) -> Vec<Literals> {
    most_telling(all_of(hir), MAX_SETS)
}

/// Sets of the pairs of characters where two parts of `hir` meet, with at
/// most white space between them, most telling first: a match of
/// `(?:仅限|就)\s*(?:今天|明天)` holds `限今`, `限明`, `就今` or `就明`,
/// adjacent or across the space (the fingerprint records both). Two common
/// words rarely meet, where each alone is in most texts. An optional word
/// between two parts adds the pairs the first meets it in: `价格[:：]?[0-9]`
/// holds `格:`, `格：` or `格` and a digit.
pub fn junction_sets(hir: &Hir) -> Vec<Literals> {
    most_telling(junctions(hir), MAX_JUNCTIONS)
}

/// The `keep` most telling of `sets`, each sorted without repeats; ties
/// keep their order.
fn most_telling(mut sets: Vec<Literals>, keep: usize) -> Vec<Literals> {
    for set in &mut sets {
        set.sort();
        set.dedup();
    }
    sets.sort_by_key(|set| std::cmp::Reverse(telling(set)));
    sets.truncate(keep);
    sets
}

fn junctions(hir: &Hir) -> Vec<Literals> {
    match hir.kind() {
        HirKind::Capture(capture) => junctions(&capture.sub),
        HirKind::Repetition(repetition) if repetition.min >= 1 => junctions(&repetition.sub),
        HirKind::Concat(parts) => {
            let mut sets = Vec::new();
            // The last part a match cannot leave out, when only white
            // space and optional words may come between it and the next.
            let mut previous: Option<&Hir> = None;
            // The optional words since `previous`: what follows it in a
            // match is the first of them it holds, or the next solid part.
            let mut optional: Vec<&Hir> = Vec::new();
            for part in parts {
                sets.extend(junctions(part));
                if is_gap(part) {
                    continue;
                }
                if !is_solid(part) {
                    match optional_word(part) {
                        Some(word) if previous.is_some() && optional.len() < MAX_OPTIONAL => {
                            optional.push(word);
                        }
                        _ => {
                            previous = None;
                            optional.clear();
                        }
                    }
                    continue;
                }
                if let Some(before) = previous
                    && let Some(set) = meeting_any(before, optional.iter().copied().chain([part]))
                {
                    sets.push(set);
                }
                previous = Some(part);
                optional.clear();
            }
            sets
        }
        // Each branch meets somewhere: one set of every branch's pairs.
        HirKind::Alternation(branches) => {
            let mut union = Vec::new();
            for branch in branches {
                let Some(set) = junctions(branch).into_iter().min_by_key(Vec::len) else {
                    return Vec::new();
                };
                union.extend(set);
                if union.len() > MAX_LITERALS {
                    return Vec::new();
                }
            }
            vec![union]
        }
        _ => Vec::new(),
    }
}

/// Whether a match of `hir` is never empty.
fn is_solid(hir: &Hir) -> bool {
    hir.properties().minimum_len().is_some_and(|len| len > 0)
}

/// Whether `hir` matches nothing but white space, if anything (`\s*`, an
/// assertion): two parts with only this between them meet across white
/// space.
fn is_gap(hir: &Hir) -> bool {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => true,
        HirKind::Capture(capture) => is_gap(&capture.sub),
        HirKind::Repetition(repetition) => match repetition.sub.kind() {
            HirKind::Class(Class::Unicode(class)) => class
                .iter()
                .all(|r| (r.start()..=r.end()).all(is_white_space)),
            _ => false,
        },
        _ => false,
    }
}

/// The word an optional part holds when it holds one (`(?:上|里)?`,
/// `[:：]?`): a repetition that may be left out, of a part that is never
/// empty.
fn optional_word(hir: &Hir) -> Option<&Hir> {
    match hir.kind() {
        HirKind::Capture(capture) => optional_word(&capture.sub),
        HirKind::Repetition(repetition) if repetition.min == 0 && is_solid(&repetition.sub) => {
            Some(&repetition.sub)
        }
        _ => None,
    }
}

/// The pairs `before` meets the first of `afters` a match holds in: every
/// pair it may meet each of them in. `None` when one of them meets it in no
/// known pair, or the pairs are too many.
fn meeting_any<'h>(before: &Hir, afters: impl Iterator<Item = &'h Hir>) -> Option<Literals> {
    let mut union = Vec::new();
    for after in afters {
        union.extend(meeting(before, after)?);
        if union.len() > MAX_LITERALS {
            return None;
        }
    }
    Some(union)
}

/// The pairs `before` and `after` meet in: the last character of one and
/// the first of the other. `None` when either end is unknown, many, or
/// white space (which the fingerprint reads past).
fn meeting(before: &Hir, after: &Hir) -> Option<Literals> {
    let last = ends(before, End::Last)?;
    let first = ends(after, End::First)?;
    if last.len() * first.len() > MAX_LITERALS
        || last.iter().chain(&first).any(|&c| is_white_space(c))
    {
        return None;
    }
    Some(
        last.iter()
            .flat_map(|&l| first.iter().map(move |&f| format!("{l}{f}").into_bytes()))
            .collect(),
    )
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum End {
    First,
    Last,
}

/// The characters a non-empty match of `hir` can start or end with, case
/// folded as the fingerprint reads them; `None` when unknown or more than
/// [`MAX_ENDS`].
fn ends(hir: &Hir, end: End) -> Option<Vec<char>> {
    let mut chars: Vec<char> = match hir.kind() {
        HirKind::Literal(literal) => {
            let text = std::str::from_utf8(&literal.0).ok()?;
            let c = match end {
                End::First => text.chars().next(),
                End::Last => text.chars().next_back(),
            };
            vec![c?]
        }
        HirKind::Class(Class::Unicode(class)) => {
            let mut chars = Vec::new();
            for range in class.iter() {
                for c in range.start()..=range.end() {
                    if chars.len() == MAX_ENDS {
                        return None;
                    }
                    chars.push(c);
                }
            }
            chars
        }
        HirKind::Capture(capture) => ends(&capture.sub, end)?,
        HirKind::Repetition(repetition) => ends(&repetition.sub, end)?,
        HirKind::Alternation(branches) => {
            let mut chars = Vec::new();
            for branch in branches {
                chars.extend(ends(branch, end)?);
            }
            chars
        }
        // The first part a match cannot leave out ends the search; the
        // parts before it that it may leave out add their ends.
        HirKind::Concat(parts) => {
            let mut chars = Vec::new();
            let mut solid = false;
            let mut ordered: Box<dyn Iterator<Item = &Hir>> = match end {
                End::First => Box::new(parts.iter()),
                End::Last => Box::new(parts.iter().rev()),
            };
            for part in ordered.by_ref() {
                if matches!(part.kind(), HirKind::Look(_)) {
                    continue;
                }
                chars.extend(ends(part, end)?);
                if is_solid(part) {
                    solid = true;
                    break;
                }
            }
            if !solid {
                return None;
            }
            chars
        }
        HirKind::Empty | HirKind::Look(_) | HirKind::Class(Class::Bytes(_)) => return None,
    };
    for c in &mut chars {
        *c = fold_case(*c);
    }
    chars.sort_unstable();
    chars.dedup();
    (!chars.is_empty() && chars.len() <= MAX_ENDS).then_some(chars)
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

    /// The sets `analysis` finds in `regex`, as text.
    fn read(regex: &str, analysis: fn(&Hir) -> Vec<Literals>) -> Vec<Vec<String>> {
        let hir = regex_syntax::parse(regex).expect("valid regex");
        analysis(&hir)
            .into_iter()
            .map(|set| {
                set.into_iter()
                    .map(|l| String::from_utf8(l).expect("UTF-8"))
                    .collect()
            })
            .collect()
    }

    fn sets(regex: &str) -> Vec<Vec<String>> {
        read(regex, required_sets)
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

    fn junctions(regex: &str) -> Vec<Vec<String>> {
        read(regex, junction_sets)
    }

    #[test]
    fn two_word_lists_meet_in_the_pairs_of_their_ends() {
        assert_eq!(
            junctions(r"(?:仅限|只有|就)\s*(?P<day>今天|明天)"),
            [vec!["就今", "就明", "有今", "有明", "限今", "限明"]]
        );
        // Adjacent lists meet too, and a phrase of three meets twice.
        assert_eq!(
            junctions("(?:去|到)(?:淘宝|京东)(?:搜|下单)"),
            [
                vec!["到京", "到淘", "去京", "去淘"],
                vec!["东下", "东搜", "宝下", "宝搜"]
            ]
        );
        // Case folds as the fingerprint folds it; the two most telling
        // sets are kept (`vx` is shorter than both).
        assert_eq!(junctions(r"(?i:加VX)\s+号"), [vec!["加v"], vec!["x号"]]);
    }

    #[test]
    fn an_optional_word_between_two_words_adds_the_pairs_it_meets_in() {
        // The first word meets the optional one or, without it, the next.
        assert_eq!(
            junctions("(?:去|到)(?:淘宝|京东)(?:上|里)?(?:搜|下单)"),
            [
                vec!["到京", "到淘", "去京", "去淘"],
                vec![
                    "东上", "东下", "东搜", "东里", "宝上", "宝下", "宝搜", "宝里"
                ]
            ]
        );
        let mut price: Vec<String> = ["格:", "格："].map(String::from).to_vec();
        price.extend(('0'..='9').map(|d| format!("格{d}")));
        price.sort();
        assert_eq!(junctions(r"价格\s*[:：]?\s*[0-9]+"), [price]);
        // Two optional words in a row, each across white space.
        assert_eq!(
            junctions(r"私信\s*(?:我)?\s*(?:免费)?\s*领"),
            [vec!["信免", "信我", "信领"]]
        );
    }

    #[test]
    fn what_may_come_between_two_words_other_than_white_space_parts_them() {
        // A phone number's `1` meets its second digit; after that, seventy
        // pairs are too many, and an optional space parts the rest.
        assert_eq!(
            junctions(r"1[3-9][0-9](?:[ -]?[0-9]){8}"),
            [vec!["13", "14", "15", "16", "17", "18", "19"]]
        );
        // A word that ends in white space, a number of any form, and an
        // end that may be empty give no pairs.
        assert!(junctions(r"限时 \s*抢").is_empty());
        assert!(junctions(r"\d+\s*小时").is_empty());
        assert!(junctions(r"限时(?:抢|)").is_empty());
        // An optional word that may start with white space, one of any
        // form, or three in a row part the words around them.
        assert!(junctions(r"限时(?:\s抢)?购").is_empty());
        assert!(junctions(r"价格(?:\d+)?元").is_empty());
        assert!(junctions("到(?:了)?(?:淘)?(?:宝)?店").is_empty());
        // Each branch of an alternation must meet somewhere.
        assert_eq!(
            junctions(r"必(?:入|买)|直接\s*冲"),
            [vec!["必买", "必入", "接冲"]]
        );
        assert!(junctions(r"必(?:入|买)|冲").is_empty());
    }
}
