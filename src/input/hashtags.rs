//! Hashtags in the three spellings real Notes use — `#护肤分享`,
//! `#护肤分享#` and the export form `#护肤分享[话题]#` — and the export
//! markers that look like them but are not topics (`#店名[地点]#`).

use std::ops::Range;

use crate::text::units::is_cjk;

/// How a hashtag was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spelling {
    /// `#护肤分享`, ended by whitespace, punctuation or the next `#`.
    Open,
    /// `#护肤分享#`.
    Closed,
    /// `#护肤分享[话题]#`.
    Export,
}

/// What is wrong with a hashtag's spelling, for `hashtag-format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Malformed {
    /// A `#` with nothing after it.
    Empty,
    /// `#护肤 分享#`: a space inside a closed tag.
    SpaceInside,
    /// `#护肤[话题]` without its closing `#`.
    HalfClosed,
}

/// One hashtag or export marker, with ranges into the scanned text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hashtag {
    /// The whole tag as written, `#` signs and `[话题]` included.
    pub range: Range<usize>,
    /// The tag's name as written.
    pub name_range: Range<usize>,
    /// The name compared across spellings: trimmed, ASCII lower-cased.
    pub key: String,
    pub spelling: Spelling,
    /// `Some` for `[地点]`, `[品牌]` and `[商品]` markers, which are not topics.
    pub marker: Option<String>,
    pub malformed: Option<Malformed>,
}

impl Hashtag {
    /// Whether this counts as a topic hashtag.
    pub fn is_topic(&self) -> bool {
        self.marker.is_none() && self.malformed != Some(Malformed::Empty)
    }
}

/// The comparison key of a tag name.
pub fn tag_key(name: &str) -> String {
    name.trim().to_ascii_lowercase()
}

/// Marks a tag name may carry before a space (`#OH! K-Dog #`).
const SPOKEN_MARKS: &[char] = &['!', '?', '\'', '’'];

fn is_tag_char(c: char) -> bool {
    is_cjk(c) || c.is_alphanumeric() || matches!(c, '_' | '-' | '·' | '&' | '+' | '.')
}

/// Finds the hashtags in `text` (already folded, so `＃` reads as `#`),
/// skipping `#` inside `excluded` ranges (links) and Markdown heading markers.
pub fn scan(text: &str, excluded: &[Range<usize>]) -> Vec<Hashtag> {
    let bytes = text.as_bytes();
    let mut tags = Vec::new();
    let mut i = 0;
    // The end of the line holding `i`, found once per line: every look
    // ahead stops there, so a line of 100,000 tags is scanned once.
    let mut line_end = 0;
    while i < bytes.len() {
        match memchr::memchr(b'#', &bytes[i..]) {
            Some(skip) => i += skip,
            None => break,
        }
        if i >= line_end {
            line_end = i + line_len(&text[i..]);
        }
        if excluded.iter().any(|r| r.contains(&i)) {
            i += 1;
            continue;
        }
        if is_heading_marker(text, i) {
            // Skip the whole run of heading `#`s.
            while i < bytes.len() && bytes[i] == b'#' {
                i += 1;
            }
            continue;
        }
        let previous = text[..i].chars().next_back();
        // The closing `#` of an export marker whose opening was lost
        // (`好物[投票]#`), or a number sign (`Pkwy # 270`, `#3号楼`). After a
        // sticker code (`[笑哭R]#宠物[话题]#`) a `#` opens a tag.
        let closes_marker = previous == Some(']') && !after_sticker(&text[..i]);
        if closes_marker || is_number_sign(&text[i + 1..]) {
            i += 1;
            continue;
        }
        // `C#`, `No#1`: a `#` glued to a preceding letter or digit, unless an
        // export-form tag follows (exports run text and tags together).
        if previous.is_some_and(|c| c.is_ascii_alphanumeric())
            && export_marker(&text[i + 1..line_end]).is_none()
        {
            i += 1;
            continue;
        }
        let (tag, next) = read_tag(text, i, line_end);
        if let Some(tag) = tag {
            tags.push(tag);
        }
        i = next;
    }
    tags
}

/// A `#` that opens a Markdown heading: at the start of a line (after at most
/// three spaces), a run of one to six `#` followed by a space or the end.
fn is_heading_marker(text: &str, at: usize) -> bool {
    // At most three spaces back to the line's start: look no further.
    let bytes = text.as_bytes();
    let spaces = bytes[..at]
        .iter()
        .rev()
        .take(4)
        .take_while(|&&b| b == b' ')
        .count();
    let line_start = at - spaces;
    if spaces > 3 || (line_start > 0 && !matches!(bytes[line_start - 1], b'\n' | b'\r')) {
        return false;
    }
    let run = text[at..].bytes().take_while(|&b| b == b'#').count();
    if run > 6 {
        return false;
    }
    matches!(
        text[at + run..].chars().next(),
        None | Some(' ' | '\t' | '\n' | '\r')
    )
}

/// Bytes of `text` before its first line break. Line breaks are ASCII, so
/// a byte search finds them without decoding the (mostly Chinese) text
/// before them.
fn line_len(text: &str) -> usize {
    memchr::memchr2(b'\n', b'\r', text.as_bytes()).unwrap_or(text.len())
}

/// Whether `before` ends with an app sticker code (`[笑哭R]`, `[赞R]`).
fn after_sticker(before: &str) -> bool {
    let Some(open) = before.rfind('[') else {
        return false;
    };
    let code = &before[open + 1..];
    code.ends_with("R]")
        && code.chars().count() <= 8
        && code
            .trim_end_matches("R]")
            .chars()
            .all(crate::text::units::is_cjk)
}

/// `#` followed by a number numbers something: `Pkwy # 270`, `#3号楼`,
/// `Suite #12`. Digits that begin a word are a topic: `#2024[话题]#`,
/// `#00后`, `#401k`.
fn is_number_sign(rest: &str) -> bool {
    if let Some(spaced) = rest.strip_prefix(' ') {
        return spaced.starts_with(|c: char| c.is_ascii_digit());
    }
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || export_marker(rest).is_some() {
        return false;
    }
    let after = &rest[digits..];
    let numbers = ["号", "楼", "栋", "室", "单元", "层", "座", "期"];
    !after.starts_with(is_tag_char) || numbers.iter().any(|n| after.starts_with(n))
}

/// The export form after a `#`: `name[kind]`, where kind is a short CJK
/// label (`话题` for topics; `地点`, `品牌`, `商品`, `投票`… for markers).
/// Returns the name's length and the kind.
/// `line` ends at or before the line's end.
fn export_marker(line: &str) -> Option<(usize, &str)> {
    // The name runs to the `[`, without a `#` or a space; the kind is at
    // most four characters: look no further than those.
    let open = line.find(|c: char| c == '[' || c == '#' || c.is_whitespace())?;
    let name = &line[..open];
    if name.is_empty() || !line[open..].starts_with('[') {
        return None;
    }
    let (close, _) = line[open + 1..]
        .char_indices()
        .take(5)
        .find(|&(_, c)| c == ']')?;
    let close = open + 1 + close;
    let kind = &line[open + 1..close];
    let is_label =
        (1..=4).contains(&kind.chars().count()) && kind.chars().all(crate::text::units::is_cjk);
    is_label.then_some((open, kind))
}

/// Reads the tag that starts at `at` (a `#`); returns it and where scanning
/// resumes.
fn read_tag(text: &str, at: usize, line_end: usize) -> (Option<Hashtag>, usize) {
    let after = at + 1;
    let line_rest = &text[after..line_end];

    // Export form: `#name[话题]#` (or a marker kind).
    if let Some((open, kind)) = export_marker(line_rest) {
        let name = &line_rest[..open];
        let name_range = after..after + open;
        let mut end = after + open + kind.len() + 2;
        let closed = text[end..].starts_with('#');
        if closed {
            end += 1;
        }
        let malformed = (!closed).then_some(Malformed::HalfClosed);
        let tag = Hashtag {
            range: at..end,
            key: tag_key(name),
            name_range,
            spelling: Spelling::Export,
            marker: (kind != "话题").then(|| kind.to_string()),
            malformed,
        };
        return (Some(tag), end);
    }

    // Name characters up to the first non-tag character.
    let name_len: usize = line_rest
        .chars()
        .take_while(|&c| is_tag_char(c))
        .map(char::len_utf8)
        .sum();
    let name_end = after + name_len;
    let next = text[name_end..].chars().next();

    if name_len == 0 {
        // `# ` mid-line or a lone `#`: an empty tag, unless it closes a
        // space-separated one (handled below) or sits between two tags.
        if matches!(next, None | Some(' ' | '\t' | '\n' | '\r'))
            || next.is_some_and(|c| !is_tag_char(c) && c != '#')
        {
            let tag = Hashtag {
                range: at..after,
                name_range: after..after,
                key: String::new(),
                spelling: Spelling::Open,
                marker: None,
                malformed: Some(Malformed::Empty),
            };
            return (Some(tag), after);
        }
        return (None, after);
    }

    // A space inside a closed tag: `#护肤 分享#`, `#OH! K-Dog #`, the
    // closing `#` followed by the end of the tag run.
    let spaced = next == Some(' ')
        || (next.is_some_and(|c| SPOKEN_MARKS.contains(&c))
            && line_rest[name_len..]
                .trim_start_matches(SPOKEN_MARKS)
                .starts_with(' '));
    if spaced && let Some(close) = line_rest[name_len..].find('#') {
        let inner = &line_rest[name_len..name_len + close];
        let close_at = name_end + close;
        let after_close = text[close_at + 1..].chars().next();
        let words_ok = inner.split(' ').filter(|w| !w.is_empty()).all(|w| {
            w.chars()
                .all(|c| is_tag_char(c) || SPOKEN_MARKS.contains(&c))
        });
        if words_ok
            && inner.contains(' ')
            && !inner.trim().is_empty()
            && matches!(after_close, None | Some(' ' | '\t' | '\n' | '\r' | '#'))
        {
            let tag = Hashtag {
                range: at..close_at + 1,
                name_range: after..close_at,
                key: tag_key(&text[after..close_at]),
                spelling: Spelling::Closed,
                marker: None,
                malformed: Some(Malformed::SpaceInside),
            };
            return (Some(tag), close_at + 1);
        }
    }

    let name = &text[after..name_end];
    let closes = next == Some('#');
    // `#护肤#` is closed when the `#` is not the start of the next tag.
    let closed = closes && {
        let after_close = text[name_end + 1..].chars().next();
        !after_close.is_some_and(is_tag_char)
    };
    let (end, spelling) = if closed {
        (name_end + 1, Spelling::Closed)
    } else {
        (name_end, Spelling::Open)
    };
    let tag = Hashtag {
        range: at..end,
        name_range: after..name_end,
        key: tag_key(name),
        spelling,
        marker: None,
        malformed: None,
    };
    (Some(tag), end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<(String, Spelling)> {
        scan(text, &[])
            .into_iter()
            .filter(Hashtag::is_topic)
            .map(|t| (t.key, t.spelling))
            .collect()
    }

    #[test]
    fn three_spellings_run_together() {
        let found = names("#护肤[话题]##补水[话题]# #换季#  #好物推荐");
        assert_eq!(
            found,
            [
                ("护肤".to_string(), Spelling::Export),
                ("补水".to_string(), Spelling::Export),
                ("换季".to_string(), Spelling::Closed),
                ("好物推荐".to_string(), Spelling::Open),
            ]
        );
    }

    #[test]
    fn open_tags_back_to_back() {
        let found = names("#护肤#补水 #好物");
        let keys: Vec<&str> = found.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["护肤", "补水", "好物"]);
    }

    #[test]
    fn headings_urls_and_markers_are_not_topics() {
        let text = "## 使用感受\n看 https://a.cn/p#comments\n#山野咖啡[品牌]# #咖啡[话题]#";
        let url = text.find("https").expect("url")..text.find("\n#").expect("end");
        let tags = scan(text, &[url]);
        let topics: Vec<&str> = tags
            .iter()
            .filter(|t| t.is_topic())
            .map(|t| t.key.as_str())
            .collect();
        assert_eq!(topics, ["咖啡"]);
        assert_eq!(tags[0].marker.as_deref(), Some("品牌"));
    }

    #[test]
    fn malformed_tags() {
        let tags = scan("# 不是标题 #护肤 分享# #补水[话题] 结尾 #", &[]);
        let problems: Vec<Option<Malformed>> = tags.iter().map(|t| t.malformed).collect();
        assert_eq!(
            problems,
            [
                Some(Malformed::SpaceInside),
                Some(Malformed::HalfClosed),
                Some(Malformed::Empty)
            ]
        );
    }

    #[test]
    fn a_hash_glued_to_a_letter_is_not_a_tag() {
        assert!(names("学C#入门").is_empty());
    }

    #[test]
    fn exports_run_text_and_tags_together() {
        let tags = scan(
            "Procop#珠宝设计[话题]# 好看吗#最喜欢哪个[投票]# 地址 Pkwy # 270",
            &[],
        );
        let found: Vec<(&str, Option<&str>, Option<Malformed>)> = tags
            .iter()
            .map(|t| (t.key.as_str(), t.marker.as_deref(), t.malformed))
            .collect();
        assert_eq!(
            found,
            [("珠宝设计", None, None), ("最喜欢哪个", Some("投票"), None)]
        );
    }

    #[test]
    fn a_closing_hash_after_a_marker_is_not_an_empty_tag() {
        assert!(scan("最喜欢哪个[投票]#", &[]).is_empty());
    }

    #[test]
    fn digit_first_topics_count_and_numbers_do_not() {
        let found = names("#2024[话题]# #00后 #401k 地址 Blvd #435 Pkwy # 270 #3号楼");
        let keys: Vec<&str> = found.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["2024", "00后", "401k"]);
    }

    #[test]
    fn a_tag_right_after_a_sticker_code_counts() {
        let found = names("可爱[笑哭R]#宠物[话题]#[赞R]#猫咪 好物[投票]#");
        let keys: Vec<&str> = found.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["宠物", "猫咪"]);
    }

    #[test]
    fn a_tag_with_a_space_and_a_mark_inside_is_one_tag() {
        let tags = scan("#OH! K-Dog # 好吃", &[]);
        assert_eq!(tags.len(), 1);
        assert_eq!(tags[0].key, "oh! k-dog");
        assert_eq!(tags[0].malformed, Some(Malformed::SpaceInside));
    }

    #[test]
    fn tag_keys_ignore_ascii_case() {
        let found = names("#iPhone #IPHONE");
        assert_eq!(found[0].0, found[1].0);
    }
}
