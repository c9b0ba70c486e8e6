//! The app's export markers, sticker codes, links and comments: spans of a
//! Note that are not words of its copy.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

/// Sticker codes such as `[笑哭R]` and `[色色R]`: neither tags nor words.
static STICKER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\[[^\[\]\s#]{1,10}R\]").expect("valid sticker regex"));

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
static URL_HINT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)https?://|www\.|\.(?:com|cn|net|org|cc|top|vip|shop|store|me|io|co|tv|xyz|info|link|site)")
        .expect("valid url hint regex")
});

/// HTML comments, where suppression directives live.
static COMMENT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?s)<!--.*?-->").expect("valid comment regex"));

pub fn sticker_codes(text: &str) -> Vec<Range<usize>> {
    STICKER.find_iter(text).map(|m| m.range()).collect()
}

pub fn urls(text: &str) -> Vec<Range<usize>> {
    if !URL_HINT.is_match(text) {
        return Vec::new();
    }
    URL.find_iter(text)
        .map(|m| {
            let mut range = m.range();
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
    COMMENT.find_iter(text).map(|m| m.range()).collect()
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
    fn storage_sizes_are_not_links() {
        assert!(urls("1TB 移动硬盘，读写1050MB/s").is_empty());
    }
}
