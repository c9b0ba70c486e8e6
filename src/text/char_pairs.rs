//! Lists of character pairs, one pair a line as `a<TAB>b` (`#` starts a
//! comment line): the Traditional → Simplified table normalization folds
//! with, and the emoji the disguise reading reads as characters.
//! `build.rs` reads both with these functions and embeds the result, so a
//! run neither parses nor sorts them; tests read them again and compare.

/// The first character of each of a line's two tab-separated fields.
/// Comment lines (`#`) and lines without two characters give none. Sorted,
/// for binary search by the first character.
pub fn pairs(text: &str) -> Vec<(char, char)> {
    let mut pairs: Vec<(char, char)> = text
        .lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| {
            let mut chars = line.split('\t').map(|f| f.trim().chars().next());
            Some((chars.next()??, chars.next()??))
        })
        .collect();
    pairs.sort_unstable();
    pairs
}

/// The CJK block, where nearly all of a Note's characters are.
pub const CJK: std::ops::RangeInclusive<char> = '\u{4E00}'..='\u{9FFF}';

/// A bit per character of [`CJK`], set for the first character of each of
/// `pairs`: most copy is Simplified, and one bit test rules its characters
/// out of the Traditional table.
pub fn listed(pairs: &[(char, char)]) -> Vec<u64> {
    let mut listed = vec![0u64; (*CJK.end() as usize - *CJK.start() as usize) / 64 + 1];
    for &(first, _) in pairs {
        if CJK.contains(&first) {
            let i = first as usize - *CJK.start() as usize;
            listed[i / 64] |= 1 << (i % 64);
        }
    }
    listed
}
