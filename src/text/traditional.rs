//! The Traditional → Simplified table that normalization folds with,
//! read from `dictionaries/traditional.txt`. `build.rs` reads it with these
//! functions and embeds the result (`text::normalize`), so a run neither
//! parses nor sorts the list; a test reads it again and compares.

/// The first character of each of a line's two tab-separated fields:
/// Traditional, then Simplified. Comment lines (`#`) and lines without two
/// characters give none. Sorted by the Traditional character.
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

/// A bit per character of [`CJK`], set for each Traditional character of
/// `pairs`: most copy is Simplified, and one bit test rules its characters
/// out.
pub fn listed(pairs: &[(char, char)]) -> Vec<u64> {
    let mut listed = vec![0u64; (*CJK.end() as usize - *CJK.start() as usize) / 64 + 1];
    for &(traditional, _) in pairs {
        if CJK.contains(&traditional) {
            let i = traditional as usize - *CJK.start() as usize;
            listed[i / 64] |= 1 << (i % 64);
        }
    }
    listed
}
