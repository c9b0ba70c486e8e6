//! The app's export markers, sticker codes, links and comments: spans of a
//! Note that are not words of its copy.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

/// Links: a scheme URL, or a bare host name with a known top-level domain,
/// with any path, query and `#fragment`.
static URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)
        (?:https?://|www\.)[^\s<>\x22'，。！？、；：“”‘’（）【】《》]+
        | \b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|cc|top|vip|shop|store|me|io|co|tv|xyz|info|link|site)
          (?:/[^\s<>\x22'，。！？、；：“”‘’（）【】《》]*)?\b/?
        ",
    )
    .expect("valid url regex")
});

/// What every link contains: its scheme, `www.` or its top-level domain.
/// `URL`'s Unicode `\b` keeps regex off its fast engines on CJK text (half
/// of all lint time went there), while this has none: texts without it are
/// skipped, with exactly the same results.
/// HTML comments, where suppression directives live.
static COMMENT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?s)<!--.*?-->").expect("valid comment regex"));

// Most Notes hold no sticker code, link or comment: a scan for what each
// must contain spares building its regex, which costs more than the scan
// of a whole Note.

/// Sticker codes such as `[笑哭R]` and `[色色R]`: neither tags nor words.
/// A code is `[`, one to ten characters other than brackets, `#` and
/// white space, then `R]`. Read by hand rather than by a regex: the class
/// spans all of Unicode, and compiling it cost a Note with a sticker more
/// than linting the rest of its copy.
pub fn sticker_codes(text: &str) -> Vec<Range<usize>> {
    if memchr::memmem::find(text.as_bytes(), b"R]").is_none() {
        return Vec::new();
    }
    memchr::memchr_iter(b'[', text.as_bytes())
        .filter_map(|open| sticker_code_at(text, open))
        .collect()
}

/// The sticker code opening at `open` (a `[`), if one does. No code holds a
/// `[`, so codes found from each `[` never overlap.
fn sticker_code_at(text: &str, open: usize) -> Option<Range<usize>> {
    const MOST_CHARS: usize = 10;
    let mut last = '[';
    // `inside` counts the closing `R` too.
    for (inside, (offset, c)) in text[open + 1..].char_indices().enumerate() {
        if c == ']' {
            return (last == 'R' && (2..=MOST_CHARS + 1).contains(&inside))
                .then(|| open..open + 1 + offset + 1);
        }
        if c == '[' || c == '#' || c.is_whitespace() || inside > MOST_CHARS {
            return None;
        }
        last = c;
    }
    None
}

pub fn urls(text: &str) -> Vec<Range<usize>> {
    if !may_hold_url(text) {
        return Vec::new();
    }
    // No link holds white space, so each lies inside one run of other
    // characters, and is found there as in the whole text: `\b` at a run's
    // ends reads the space beyond as the end of text reads. Only a run that
    // may hold a link is searched: `URL`'s Unicode `\b` keeps the regex on
    // its slowest engine, which searched the whole of a Note from every
    // place a link could start (12 M instructions for the 24 of 1,000 real
    // Notes with a dot before a letter).
    non_space_runs(text)
        .filter(|run| may_hold_url_or_folded(&text[run.clone()]))
        .flat_map(|run| {
            URL.find_iter(&text[run.clone()])
                .map(move |m| run.start + m.start()..run.start + m.end())
        })
        .map(|mut range| {
            // A sentence-ending dot or bracket is not part of the link.
            while range.end > range.start
                && matches!(
                    text.as_bytes()[range.end - 1],
                    b'.' | b',' | b')' | b']' | b'!' | b'?'
                )
            {
                range.end -= 1;
            }
            range
        })
        .collect()
}

pub fn comments(text: &str) -> Vec<Range<usize>> {
    if memchr::memmem::find(text.as_bytes(), b"<!--").is_none() {
        return Vec::new();
    }
    COMMENT.find_iter(text).map(|m| m.range()).collect()
}

/// False when `text` cannot hold a link: every [`URL`] match has `://`,
/// `www.` or a dot before a letter (its top-level domain).
fn may_hold_url(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memmem::find(bytes, b"://").is_some()
        || memchr::memchr_iter(b'.', bytes).any(|dot| {
            bytes.get(dot + 1).is_some_and(u8::is_ascii_alphabetic)
                || dot >= 3 && bytes[dot - 3..dot].eq_ignore_ascii_case(b"www")
        })
}

/// [`may_hold_url`], and true too for a dot before any character outside
/// ASCII: `(?i)` lets `ſ` and the Kelvin sign spell the s and k of a
/// top-level domain, which the whole-text scan lets through only when
/// another link is there.
fn may_hold_url_or_folded(run: &str) -> bool {
    may_hold_url(run)
        || memchr::memchr_iter(b'.', run.as_bytes())
            .any(|dot| run.as_bytes().get(dot + 1).is_some_and(|b| !b.is_ascii()))
}

/// The maximal runs of characters other than white space (Unicode
/// `White_Space`, what the regex's `\s` matches).
fn non_space_runs(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut rest = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, _) = rest.find(|(_, c)| !c.is_whitespace())?;
        let end = loop {
            match rest.peek() {
                Some(&(at, c)) if c.is_whitespace() => break at,
                Some(_) => {
                    rest.next();
                }
                None => break text.len(),
            }
        };
        Some(start..end)
    })
}

/// The host of a link, lower-cased, without `www.`.
pub fn url_host(url: &str) -> String {
    let without_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = without_scheme
        .split(['/', '?', '#', ':'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    host.trim_start_matches("www.").to_string()
}

pub fn contains(ranges: &[Range<usize>], range: &Range<usize>) -> bool {
    ranges
        .iter()
        .any(|r| r.start < range.end && range.start < r.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sticker_codes_are_found() {
        let text = "巨好吃[色色R]真的[赞R]";
        let found: Vec<&str> = sticker_codes(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, ["[色色R]", "[赞R]"]);
    }

    #[test]
    fn sticker_codes_need_r_and_one_to_ten_characters() {
        let text = "[][R][1234567890R][12345678901R][a R][#R][a[bR]]";
        let found: Vec<&str> = sticker_codes(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, ["[1234567890R]", "[bR]"]);
    }

    proptest::proptest! {
        /// The hand reading finds exactly what the regex it replaced finds.
        #[test]
        fn sticker_codes_are_what_the_regex_finds(
            chars in proptest::collection::vec(
                proptest::sample::select(vec!['[', ']', 'R', '#', ' ', '\u{3000}', '笑', 'a', 'r']),
                0..40,
            )
        ) {
            let text: String = chars.into_iter().collect();
            let regex = Regex::new(r"\[[^\[\]\s#]{1,10}R\]").expect("valid");
            let want: Vec<Range<usize>> = regex.find_iter(&text).map(|m| m.range()).collect();
            proptest::prop_assert_eq!(sticker_codes(&text), want);
        }
    }

    #[test]
    fn urls_keep_their_fragment_and_drop_trailing_punctuation() {
        let text = "看这里 https://example.com/a#comments。还有 item.jd.com/1.html.";
        let found: Vec<&str> = urls(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            found,
            ["https://example.com/a#comments", "item.jd.com/1.html"]
        );
        assert_eq!(
            url_host("https://www.XiaoHongShu.com/explore"),
            "xiaohongshu.com"
        );
    }

    #[test]
    fn the_quick_scan_lets_every_kind_of_link_through() {
        for (text, link) in [
            ("戳 HTTP://x.cn/活动 看", "HTTP://x.cn/活动"),
            ("官网www.好物.中国", "www.好物.中国"),
            ("WWW.9527", "WWW.9527"),
            ("搜 shop.Top 就行", "shop.Top"),
        ] {
            assert!(may_hold_url(text), "{text}");
            let found: Vec<&str> = urls(text).into_iter().map(|r| &text[r]).collect();
            assert_eq!(found, [link], "{text}");
        }
        for text in ["到手价12.5元", "满3.8折。", "下午3:30开抢", "点赞.", ""] {
            assert!(!may_hold_url(text), "{text}");
        }
    }

    proptest::proptest! {
        /// Searched run by run, the links are what the regex finds in the
        /// whole text, trailing marks trimmed alike.
        #[test]
        fn links_found_run_by_run_are_those_of_the_whole_text(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "https://", "www.", "WWW.", ".com", ".Shop", ".\u{17F}hop", ".lin\u{212A}",
                    "/a", "jd", "x-y", "12.5", "买", "好物", " ", "\u{3000}", "\n", "。", ".",
                    ")", "!", "😂", "_", "ok",
                ]),
                0..14,
            )
        ) {
            let text: String = pieces.concat();
            let trim = |mut range: Range<usize>| {
                while range.end > range.start
                    && matches!(text.as_bytes()[range.end - 1], b'.' | b',' | b')' | b']' | b'!' | b'?')
                {
                    range.end -= 1;
                }
                range
            };
            let whole: Vec<Range<usize>> = if may_hold_url(&text) {
                URL.find_iter(&text).map(|m| trim(m.range())).collect()
            } else {
                Vec::new()
            };
            proptest::prop_assert_eq!(urls(&text), whole);
        }
    }

    #[test]
    fn runs_are_split_at_any_white_space() {
        let text = " a.com\u{3000}b.cn\n\tc ";
        let runs: Vec<&str> = non_space_runs(text).map(|r| &text[r]).collect();
        assert_eq!(runs, ["a.com", "b.cn", "c"]);
        assert_eq!(non_space_runs("").count(), 0);
        assert_eq!(non_space_runs("  ").count(), 0);
    }

    #[test]
    fn storage_sizes_are_not_links() {
        assert!(urls("1TB 移动硬盘，读写1050MB/s").is_empty());
    }
}
