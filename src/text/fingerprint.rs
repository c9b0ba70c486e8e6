//! Which characters and pairs of adjacent characters a text holds (ASCII
//! letters in either case alike; a pair also across a run of white space),
//! hashed into two bitsets, and how many ASCII digits: a quick,
//! conservative answer to "could this literal occur in the text?".
//!
//! Most of a Note's patterns need words the Note lacks. Asking each
//! pattern's regex (or a literal searcher per pattern) means a pass over
//! the text per pattern, well over a hundred per Note; a fingerprint is one
//! pass, after which each question costs a few bit tests. A "no" is exact;
//! a "maybe" (two pairs sharing a bit) only means the regex runs.

use std::borrow::Cow;
use std::sync::OnceLock;

/// Bits for single characters (a one-character literal is looked up here).
const CHAR_BITS: u32 = 12;
/// Bits for pairs of adjacent characters.
const PAIR_BITS: u32 = 14;

#[derive(Clone)]
pub struct Fingerprint {
    chars: Box<[u64; 1 << (CHAR_BITS - 6)]>,
    pairs: Box<[u64; 1 << (PAIR_BITS - 6)]>,
    /// How many ASCII digits the text holds: a phone number's pattern
    /// needs eleven, which most texts lack, though nearly all hold some
    /// pair of digits its literals start with.
    digits: u32,
    /// For a text many gates are asked about, the sets of a
    /// [`ProbeIndex`] it may hold, a bit each, read at the first question;
    /// `None` for one asked about only a few.
    held: Option<OnceLock<Box<[u64]>>>,
}

impl Fingerprint {
    pub fn of(text: &str) -> Fingerprint {
        let mut fingerprint = Fingerprint {
            chars: Box::new([0; 1 << (CHAR_BITS - 6)]),
            pairs: Box::new([0; 1 << (PAIR_BITS - 6)]),
            digits: 0,
            held: None,
        };
        let mut previous = None;
        // The last character before a run of white space, while in one.
        let mut before_space = None;
        for c in text.chars() {
            fingerprint.digits = fingerprint
                .digits
                .saturating_add(u32::from(c.is_ascii_digit()));
            let c = fold_case(c);
            set(&mut fingerprint.chars[..], char_bit(c));
            if let Some(p) = previous {
                set(&mut fingerprint.pairs[..], pair_bit(p, c));
            }
            if is_white_space(c) {
                before_space = before_space.or(previous.filter(|&p| !is_white_space(p)));
            } else if let Some(b) = before_space.take() {
                set(&mut fingerprint.pairs[..], pair_bit(b, c));
            }
            previous = Some(c);
        }
        fingerprint
    }

    /// [`Fingerprint::of`] a text that every gate of a [`ProbeIndex`] may
    /// be asked about, as a Note's copy is: its sets are then read in one
    /// pass over the bits the text holds (see [`Fingerprint::held_sets`]).
    pub fn indexed(text: &str) -> Fingerprint {
        Fingerprint {
            held: Some(OnceLock::new()),
            ..Fingerprint::of(text)
        }
    }

    /// The sets of `index` that the text may hold, a bit each (set `s` is
    /// bit `s % 64` of word `s / 64`), for an [`indexed`](Self::indexed)
    /// fingerprint: worked out at the first call and kept, so every call
    /// must pass the same index. `None` for any other fingerprint.
    #[inline]
    pub fn held_sets(&self, index: &ProbeIndex<'_>) -> Option<&[u64]> {
        let slot = self.held.as_ref()?;
        Some(slot.get_or_init(|| index.held_by(self)))
    }

    /// False only when `probe`'s literal cannot occur in the text.
    #[inline]
    pub fn may_contain(&self, probe: &Probe) -> bool {
        let first = if probe.first & CHAR_PROBE != 0 {
            get(&self.chars[..], probe.first & !CHAR_PROBE)
        } else {
            get(&self.pairs[..], probe.first)
        };
        first && probe.rest.iter().all(|&bit| get(&self.pairs[..], bit))
    }

    /// False only when the text holds fewer than `digits` ASCII digits.
    #[inline]
    pub fn may_hold_digits(&self, digits: u32) -> bool {
        self.digits >= digits
    }
}

impl std::fmt::Debug for Fingerprint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let ones = |words: &[u64]| words.iter().map(|w| w.count_ones()).sum::<u32>();
        f.debug_struct("Fingerprint")
            .field("chars", &ones(&self.chars[..]))
            .field("pairs", &ones(&self.pairs[..]))
            .field("digits", &self.digits)
            .finish()
    }
}

/// How the regexes searching a text are built, by how much text the engine
/// will search with them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Build {
    /// A built-in regex with stored DFAs is searched with them (a sparse
    /// forward DFA, or one stored without a reverse DFA, from where a match
    /// can start), its groups read by `regex-lite`; any other regex is
    /// compiled without a prefilter, a third cheaper to build and slower to
    /// search. A run over a few Notes spends more building than searching.
    Quick,
    /// The stored DFAs search from where a match can start, found by a
    /// literal search, and the regex crate's capture engines read groups;
    /// any other regex is compiled with the literal prefilter
    /// regex-automata picks (as the `regex` crate does): what a run over
    /// many Notes wants.
    Tuned,
}

impl Build {
    /// How a run that will lint `notes` Notes builds its regexes: quick
    /// for at most 24, tuned above. Built quick, a run of real-sized Notes
    /// costs fewer instructions up to about 40 of them, one of longer
    /// Notes (120 to 900 characters) up to about 24.
    pub fn for_notes(notes: usize) -> Build {
        const FEW_NOTES: usize = 24;
        if notes <= FEW_NOTES {
            Build::Quick
        } else {
            Build::Tuned
        }
    }
}

/// A text with its fingerprint, for searching many patterns.
pub struct Haystack<'t> {
    text: &'t str,
    fingerprint: Cow<'t, Fingerprint>,
    /// How a regex not built yet is built for this text; `None` for a
    /// fragment searched on its own, which any built regex serves.
    build: Option<Build>,
}

impl<'t> Haystack<'t> {
    pub fn new(text: &'t str) -> Haystack<'t> {
        Haystack {
            text,
            fingerprint: Cow::Owned(Fingerprint::of(text)),
            build: None,
        }
    }

    /// The haystack searched with regexes built as `build` says.
    pub fn built(self, build: Build) -> Haystack<'t> {
        Haystack {
            build: Some(build),
            ..self
        }
    }

    /// How regexes are built for this text (see [`Haystack::built`]).
    pub fn build(&self) -> Option<Build> {
        self.build
    }

    /// `text` with a fingerprint already taken of it, or of a text that
    /// contains it (a clause searched with its Note's fingerprint): a
    /// fingerprint only ever rules out what the text cannot hold.
    pub fn fingerprinted(text: &'t str, fingerprint: &'t Fingerprint) -> Haystack<'t> {
        Haystack {
            text,
            fingerprint: Cow::Borrowed(fingerprint),
            build: None,
        }
    }

    /// `part`, a part of this text (a clause), searched on its own: with
    /// this text's fingerprint, which holds everything the part's would,
    /// and regexes built as for this text.
    pub fn part<'p>(&'p self, part: &'p str) -> Haystack<'p> {
        Haystack {
            text: part,
            fingerprint: Cow::Borrowed(&*self.fingerprint),
            build: self.build,
        }
    }

    pub fn as_str(&self) -> &'t str {
        self.text
    }

    pub fn fingerprint(&self) -> &Fingerprint {
        &self.fingerprint
    }
}

/// A literal prepared for lookups: the bits its characters set.
/// `build.rs` makes the probes of the built-in regexes' literals, so those
/// are borrowed from the binary.
///
/// The first bit is held inline: a pattern's gate asks several probes per
/// set, and nearly every answer is a "no" that this one bit gives, read
/// without following a pointer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Probe {
    /// A one-character literal's bit, marked [`CHAR_PROBE`], or the first
    /// of a longer literal's pair bits.
    first: u32,
    /// The other pair bits, sorted.
    rest: Cow<'static, [u32]>,
}

/// Marks [`Probe::first`] as a character's bit; pair bits stay below it.
const CHAR_PROBE: u32 = 1 << 31;

impl Probe {
    /// `None` for the empty string, which every text contains.
    pub fn new(literal: &str) -> Option<Probe> {
        let mut chars = literal.chars().map(fold_case);
        let first = chars.next()?;
        let mut previous = first;
        let mut bits = Vec::new();
        for c in chars {
            bits.push(pair_bit(previous, c));
            previous = c;
        }
        if bits.is_empty() {
            return Some(Probe::char(char_bit(first)));
        }
        bits.sort_unstable();
        bits.dedup();
        let rest = bits.split_off(1);
        Some(Probe {
            first: bits[0],
            rest: Cow::Owned(rest),
        })
    }

    /// The probe of a one-character literal whose bit is `bit`.
    pub const fn char(bit: u32) -> Probe {
        Probe {
            first: bit | CHAR_PROBE,
            rest: Cow::Borrowed(&[]),
        }
    }

    /// The probe of a longer literal whose sorted pair bits are `first`
    /// and then `rest`, borrowed from the binary.
    pub const fn pairs(first: u32, rest: &'static [u32]) -> Probe {
        Probe {
            first,
            rest: Cow::Borrowed(rest),
        }
    }

    /// The bits `build.rs` writes a built-in probe with: the arguments of
    /// [`Probe::char`] or of [`Probe::pairs`].
    pub fn parts(&self) -> ProbeParts<'_> {
        if self.first & CHAR_PROBE != 0 {
            ProbeParts::Char(self.first & !CHAR_PROBE)
        } else {
            ProbeParts::Pairs(self.first, &self.rest)
        }
    }
}

/// A probe taken apart, as [`Probe::parts`] gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProbeParts<'p> {
    /// A one-character literal: its character's bit.
    Char(u32),
    /// A longer literal: the lowest of its pair bits, then the others in
    /// order.
    Pairs(u32, &'p [u32]),
}

/// The probe sets of many gates, numbered from 0, indexed by each probe's
/// first bit, to answer which of the sets a text may hold (one of its
/// probes each) for all of them at once.
///
/// A Note's copy is asked about some hundred gates, and nearly every
/// answer is "no": testing each probe of each set cost more than a pass
/// over the few hundred bits a text sets, each looked up here. `build.rs`
/// writes the index of the built-in gates with [`OwnedProbeIndex`].
#[derive(Debug, Clone, Copy)]
pub struct ProbeIndex<'a> {
    /// How many sets there are.
    pub sets: u32,
    /// Where the probes whose first bit is pair bit `b` start in
    /// `pair_probes`, and end at entry `b + 1`: one more entry than there
    /// are pair bits.
    pub pair_starts: &'a [u32],
    /// The set of each longer literal's probe and the rest of its pair
    /// bits, by first bit.
    pub pair_probes: &'a [(u32, &'a [u32])],
    /// Where the sets holding the probe of a one-character literal whose
    /// bit is `b` start in `char_sets`, as `pair_starts`.
    pub char_starts: &'a [u32],
    /// The set of each one-character literal's probe, by bit.
    pub char_sets: &'a [u32],
    /// The pair bits that start a probe, as a fingerprint holds pairs:
    /// most of a text's pairs start none, and are passed over a word of
    /// bits at a time.
    pub pair_mask: &'a [u64],
    /// The character bits that are a probe, as a fingerprint holds them.
    pub char_mask: &'a [u64],
}

impl ProbeIndex<'_> {
    /// Which sets a text with `fingerprint` may hold: a set does when one
    /// of its probes may occur ([`Fingerprint::may_contain`]).
    pub fn held_by(&self, fingerprint: &Fingerprint) -> Box<[u64]> {
        let mut held = vec![0; (self.sets as usize).div_ceil(64)].into_boxed_slice();
        let pairs = &fingerprint.pairs[..];
        for_each_one(pairs, self.pair_mask, |bit| {
            let probes = self.pair_starts[bit] as usize..self.pair_starts[bit + 1] as usize;
            for &(held_set, rest) in &self.pair_probes[probes] {
                if rest.iter().all(|&b| get(pairs, b)) {
                    set(&mut held, held_set);
                }
            }
        });
        for_each_one(&fingerprint.chars[..], self.char_mask, |bit| {
            let sets = self.char_starts[bit] as usize..self.char_starts[bit + 1] as usize;
            for &held_set in &self.char_sets[sets] {
                set(&mut held, held_set);
            }
        });
        held
    }
}

/// Calls `found` with each bit set in both `words` and `mask`, in order.
/// Four words are tested at a time: after the mask, most of a text's words
/// hold no bit.
#[inline]
fn for_each_one(words: &[u64], mask: &[u64], mut found: impl FnMut(usize)) {
    const RUN: usize = 4;
    for (run, (words, mask)) in words
        .chunks_exact(RUN)
        .zip(mask.chunks_exact(RUN))
        .enumerate()
    {
        let both: [u64; RUN] = std::array::from_fn(|i| words[i] & mask[i]);
        if both.iter().fold(0, |any, &w| any | w) == 0 {
            continue;
        }
        for (i, &word) in both.iter().enumerate() {
            let mut bits = word;
            while bits != 0 {
                found((run * RUN + i) * 64 + bits.trailing_zeros() as usize);
                bits &= bits - 1;
            }
        }
    }
}

/// A [`ProbeIndex`] built from the sets, owning its tables: what
/// `build.rs` writes out, and what a test rebuilds to hold that to.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct OwnedProbeIndex<'p> {
    pub sets: u32,
    pub pair_starts: Vec<u32>,
    pub pair_probes: Vec<(u32, &'p [u32])>,
    pub char_starts: Vec<u32>,
    pub char_sets: Vec<u32>,
    pub pair_mask: Vec<u64>,
    pub char_mask: Vec<u64>,
}

impl<'p> OwnedProbeIndex<'p> {
    /// The index of `sets`, numbered in order. Probes with one first bit
    /// keep the order of their sets.
    pub fn build(sets: impl IntoIterator<Item = &'p [Probe]>) -> OwnedProbeIndex<'p> {
        let mut pairs: Vec<(u32, u32, &'p [u32])> = Vec::new();
        let mut chars: Vec<(u32, u32)> = Vec::new();
        let mut count = 0u32;
        for probes in sets {
            for probe in probes {
                match probe.parts() {
                    ProbeParts::Char(bit) => chars.push((bit, count)),
                    ProbeParts::Pairs(first, rest) => pairs.push((first, count, rest)),
                }
            }
            count += 1;
        }
        // Stable: each bit's probes stay in the order of their sets.
        pairs.sort_by_key(|&(first, ..)| first);
        chars.sort_by_key(|&(bit, _)| bit);
        let starts = |bits: &mut dyn Iterator<Item = u32>, width: u32| -> Vec<u32> {
            let mut starts = vec![0u32; (1usize << width) + 1];
            for bit in bits {
                starts[bit as usize + 1] += 1;
            }
            for i in 1..starts.len() {
                starts[i] += starts[i - 1];
            }
            starts
        };
        let mask = |bits: &mut dyn Iterator<Item = u32>, width: u32| -> Vec<u64> {
            let mut mask = vec![0u64; 1 << (width - 6)];
            for bit in bits {
                set(&mut mask, bit);
            }
            mask
        };
        OwnedProbeIndex {
            sets: count,
            pair_starts: starts(&mut pairs.iter().map(|&(first, ..)| first), PAIR_BITS),
            pair_probes: pairs.iter().map(|&(_, s, rest)| (s, rest)).collect(),
            char_starts: starts(&mut chars.iter().map(|&(bit, _)| bit), CHAR_BITS),
            char_sets: chars.iter().map(|&(_, s)| s).collect(),
            pair_mask: mask(&mut pairs.iter().map(|&(first, ..)| first), PAIR_BITS),
            char_mask: mask(&mut chars.iter().map(|&(bit, _)| bit), CHAR_BITS),
        }
    }

    /// The index, borrowing these tables.
    pub fn as_index(&self) -> ProbeIndex<'_> {
        ProbeIndex {
            sets: self.sets,
            pair_starts: &self.pair_starts,
            pair_probes: &self.pair_probes,
            char_starts: &self.char_starts,
            char_sets: &self.char_sets,
            pair_mask: &self.pair_mask,
            char_mask: &self.char_mask,
        }
    }
}

/// A character as a fingerprint records it: an ASCII letter in lower case,
/// and so the two others `(?i)` reads as one (`ſ` as s, the Kelvin sign as
/// k). A case-insensitive word (`(?i:amazon)`) is then one literal to look
/// for, where its spellings were too many to list.
pub fn fold_case(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        '\u{17F}' => 's',
        '\u{212A}' => 'k',
        _ => c,
    }
}

/// White space as the fingerprint reads it: the characters between which
/// it also records a pair, as if the space were not there (`就 今天` holds
/// the pair `就今`), so a gate can ask for two words a regex allows white
/// space between (`就\s*今天`). Unicode's White_Space, which the regex
/// `\s` matches; every such character is at most U+3000, and the test
/// for it is skipped above that.
#[inline]
pub fn is_white_space(c: char) -> bool {
    c <= '\u{3000}' && c.is_whitespace()
}

fn char_bit(c: char) -> u32 {
    u32::from(c).wrapping_mul(0x9E37_79B1) >> (32 - CHAR_BITS)
}

fn pair_bit(a: char, b: char) -> u32 {
    let pair = (u64::from(u32::from(a)) << 21) | u64::from(u32::from(b));
    // The top bits of a multiplicative hash; at most PAIR_BITS bits remain.
    (pair.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - PAIR_BITS)) as u32
}

fn set(words: &mut [u64], bit: u32) {
    words[(bit >> 6) as usize] |= 1 << (bit & 63);
}

fn get(words: &[u64], bit: u32) -> bool {
    words[(bit >> 6) as usize] & (1 << (bit & 63)) != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_builds_by_how_many_notes_it_lints() {
        let builds: Vec<Build> = [0, 1, 2, 24, 25, 10_000]
            .into_iter()
            .map(Build::for_notes)
            .collect();
        use Build::{Quick, Tuned};
        assert_eq!(builds, [Quick, Quick, Quick, Quick, Tuned, Tuned]);
    }

    fn may_contain(text: &str, literal: &str) -> bool {
        let probe = Probe::new(literal).expect("a literal");
        Fingerprint::of(text).may_contain(&probe)
    }

    #[test]
    fn every_literal_of_a_text_may_occur_in_it() {
        let text = "限时48小时｜玻尿酸精华 到手价¥199，加vx领券😂";
        let chars: Vec<char> = text.chars().collect();
        for start in 0..chars.len() {
            for end in start + 1..=chars.len().min(start + 6) {
                let literal: String = chars[start..end].iter().collect();
                assert!(may_contain(text, &literal), "{literal}");
            }
        }
    }

    #[test]
    fn absent_words_are_ruled_out() {
        let text = "秋冬必备的羊毛开衫，软糯不扎，通勤约会都能穿";
        for absent in ["淘宝", "私信", "限量", "手慢无", "冲", "vx"] {
            assert!(!may_contain(text, absent), "{absent}");
        }
    }

    #[test]
    fn a_word_may_occur_in_any_case_but_only_in_its_letters() {
        let text = "AMAZON上也有，Costco同款，加VX";
        for literal in ["amazon", "Amazon", "costco", "COSTCO", "vx", "Vx"] {
            assert!(may_contain(text, literal), "{literal}");
        }
        // `(?i)` reads `ſ` as s and the Kelvin sign as k.
        assert!(may_contain("coſtco", "costco"));
        assert!(may_contain("\u{212A}FC", "kfc"));
        for absent in ["walmart", "tb", "jd", "vv"] {
            assert!(!may_contain(text, absent), "{absent}");
        }
    }

    #[test]
    fn a_pair_is_also_read_across_white_space() {
        let text = "仅限\u{3000} 今天，就\t\n明天 ok";
        for pair in ["限今", "就明", "限\u{3000}", "\u{3000} ", " 今", "天o"] {
            assert!(may_contain(text, pair), "{pair}");
        }
        // Only white space is read past, and only the last character
        // before it pairs with the first after.
        for absent in ["仅今", "，明", "就今", "限明", "天k"] {
            assert!(!may_contain(text, absent), "{absent}");
        }
        // White space at the start pairs with nothing.
        assert!(!may_contain(" 今天", " 天"));
    }

    #[test]
    fn no_white_space_lies_above_the_ideographic_space() {
        // `is_white_space` skips the test above U+3000: a character there
        // that Unicode counts as white space would part two words a gate
        // reads across `\s*`.
        let above = ('\u{3001}'..=char::MAX).filter(|c| c.is_whitespace());
        assert_eq!(above.count(), 0);
        assert!(is_white_space('\u{3000}') && is_white_space('\u{85}'));
        assert!(
            !is_white_space('\u{200B}'),
            "a zero-width space is not White_Space"
        );
    }

    #[test]
    fn the_digits_of_a_text_are_counted() {
        let digits = |text: &str| Fingerprint::of(text).digits;
        assert_eq!(digits("电话138-1234-5678"), 11);
        // Full-width and Chinese numerals are not ASCII digits.
        assert_eq!(digits("１３８一三八"), 0);
        assert!(Fingerprint::of("到手价199").may_hold_digits(3));
        assert!(!Fingerprint::of("到手价199").may_hold_digits(4));
    }

    #[test]
    fn pairs_must_be_adjacent() {
        // Both characters occur, never side by side.
        assert!(!may_contain("限时抢购，数量有限", "限量"));
    }

    #[test]
    fn a_probe_rebuilt_from_its_parts_is_the_same_probe() {
        // `build.rs` writes the built-in probes from their parts.
        for literal in ["冲", "v", "限量", "手慢无", "vx领券"] {
            let probe = Probe::new(literal).expect("a literal");
            let rebuilt = match probe.parts() {
                ProbeParts::Char(bit) => Probe::char(bit),
                ProbeParts::Pairs(first, rest) => Probe::pairs(first, rest.to_vec().leak()),
            };
            assert_eq!(rebuilt, probe, "{literal}");
        }
        let probe = |literal: &str| Probe::new(literal).expect("a literal");
        assert!(matches!(probe("冲").parts(), ProbeParts::Char(_)));
        assert!(matches!(probe("冲量").parts(), ProbeParts::Pairs(_, [])));
        assert!(matches!(probe("手慢无").parts(), ProbeParts::Pairs(_, [_])));
    }

    #[test]
    fn an_index_reads_the_sets_a_text_may_hold_as_their_probes_do() {
        let literal_sets: [&[&str]; 5] = [
            &["限量", "手慢无"],
            &["冲", "vx领券"],
            &["淘宝"],
            &["手慢无", "秒杀价"],
            &[],
        ];
        let sets: Vec<Vec<Probe>> = literal_sets
            .iter()
            .map(|set| set.iter().filter_map(|l| Probe::new(l)).collect())
            .collect();
        let owned = OwnedProbeIndex::build(sets.iter().map(Vec::as_slice));
        let index = owned.as_index();
        assert_eq!(index.sets, 5);
        for text in [
            "限量500份，手慢无！",
            "冲就完了",
            "加VX领券",
            "手慢 无，vx 领 券",
            "淘宝上搜同款",
            "秋冬必备的羊毛开衫",
            "",
        ] {
            let fingerprint = Fingerprint::of(text);
            let held = index.held_by(&fingerprint);
            assert_eq!(held.len(), 1);
            for (number, set) in sets.iter().enumerate() {
                let expected = set.iter().any(|p| fingerprint.may_contain(p));
                assert_eq!(
                    held[0] >> number & 1 == 1,
                    expected,
                    "set {number} on {text}"
                );
            }
            // Only an indexed fingerprint keeps them.
            assert_eq!(fingerprint.held_sets(&index), None);
            assert_eq!(
                Fingerprint::indexed(text).held_sets(&index),
                Some(&held[..])
            );
        }
        assert_eq!(index.held_by(&Fingerprint::of("限量冲淘宝"))[0], 0b111);
    }

    #[test]
    fn the_empty_literal_has_no_probe() {
        assert_eq!(Probe::new(""), None);
    }
}
