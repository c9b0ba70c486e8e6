//! Word boundaries of a text, found a stretch at a time as they are asked
//! about.

use std::ops::Range;
use std::sync::{Mutex, MutexGuard};

use super::{Segmenter, TaggedWord};

/// Characters jieba never puts inside a word: it segments only runs of Han
/// characters, ASCII letters and digits and `+#&._%-`, and makes every other
/// character a word of its own (`\r\n` one word). Text between them is
/// segmented on its own exactly as inside the whole text.
fn is_separator(c: char) -> bool {
    // Nearly all of a Note: ideographs, then letters and digits.
    if ('\u{4E00}'..='\u{9FFF}').contains(&c) || c.is_ascii_alphanumeric() {
        return false;
    }
    c.is_whitespace()
        || matches!(
            c,
            '，' | '。'
                | '！'
                | '？'
                | '、'
                | '；'
                | '：'
                | '“'
                | '”'
                | '‘'
                | '’'
                | '（'
                | '）'
                | '【'
                | '】'
                | '《'
                | '》'
                | '…'
                | '～'
                | '!'
                | ','
                | '?'
                | ';'
                | ':'
                | '('
                | ')'
                | '['
                | ']'
                | '"'
                | '\''
                | '\u{FE0F}'
                | '\u{200D}'
                | '\u{2600}'..='\u{27BF}'
                | '\u{1F000}'..='\u{1FAFF}'
        )
}

/// The byte offsets of a text where one word ends and the next begins.
///
/// Most of a Note is never asked about: only where a lexicon entry or a
/// pattern matched. So the text is never cut up in advance: an offset asked
/// about between two non-[separators](is_separator) lies inside a stretch
/// of text between separators, found by looking outward from it, and that
/// stretch is segmented then, once; the answers are those of segmenting the
/// whole text.
pub struct Boundaries {
    text: Box<str>,
    segmenter: Segmenter,
    /// The stretches segmented so far, in text order.
    segmented: Mutex<Vec<Segmented>>,
}

#[derive(Debug, Clone)]
struct Segmented {
    stretch: Range<usize>,
    /// The word ends inside the stretch.
    word_ends: Vec<usize>,
}

impl Boundaries {
    pub(super) fn new(segmenter: Segmenter, text: &str) -> Self {
        Boundaries {
            text: text.into(),
            segmenter,
            segmented: Mutex::new(Vec::new()),
        }
    }

    fn segmented(&self) -> MutexGuard<'_, Vec<Segmented>> {
        self.segmented.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Whether a word starts or ends at `offset`.
    pub fn contains(&self, offset: usize) -> bool {
        if self.text.is_empty() || !self.text.is_char_boundary(offset) {
            return false;
        }
        let (before, after) = self.text.split_at(offset);
        let inside_stretch = before.chars().next_back().is_some_and(|c| !is_separator(c))
            && after.chars().next().is_some_and(|c| !is_separator(c));
        if !inside_stretch {
            // At a stretch's edge or among separators, each a word, except
            // inside `\r\n`.
            return !before.ends_with('\r') || !after.starts_with('\n');
        }
        let mut segmented = self.segmented();
        // The first stretch segmented so far that does not end before `offset`.
        let i = segmented.partition_point(|s| s.stretch.end < offset);
        if let Some(s) = segmented.get(i)
            && s.stretch.start < offset
        {
            return s.word_ends.binary_search(&offset).is_ok();
        }
        let start = before
            .char_indices()
            .rev()
            .find(|&(_, c)| is_separator(c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let end = after
            .char_indices()
            .find(|&(_, c)| is_separator(c))
            .map_or(self.text.len(), |(i, _)| offset + i);
        let word_ends = self.segmenter.word_ends(&self.text[start..end], start);
        let found = word_ends.binary_search(&offset).is_ok();
        // Stretches do not overlap, and this one holds `offset`, so it goes
        // right before the first one that lies after `offset`.
        segmented.insert(
            i,
            Segmented {
                stretch: start..end,
                word_ends,
            },
        );
        found
    }

    /// Whether `range` starts and ends on word boundaries.
    pub fn aligned(&self, range: &Range<usize>) -> bool {
        self.contains(range.start) && self.contains(range.end)
    }

    /// The tagged words of `range` of the text, ranges in the whole text
    /// ([`Segmenter::tag`]). `range` should start and end where jieba
    /// splits the text (at a character that is not a Han character, an
    /// ASCII letter or digit), as a clause does; it is then cut as inside
    /// the whole text. An empty list when `range` is not in the text.
    pub fn tag(&self, range: Range<usize>) -> Vec<TaggedWord> {
        let Some(text) = self.text.get(range.clone()) else {
            return Vec::new();
        };
        let mut words = self.segmenter.tag(text);
        for word in &mut words {
            word.range = word.range.start + range.start..word.range.end + range.start;
        }
        words
    }
}

impl Clone for Boundaries {
    fn clone(&self) -> Self {
        Boundaries {
            text: self.text.clone(),
            segmenter: self.segmenter.clone(),
            segmented: Mutex::new(self.segmented().clone()),
        }
    }
}

impl std::fmt::Debug for Boundaries {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Boundaries")
            .field("segmented", &*self.segmented())
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Boundaries from segmenting the whole text at once.
    fn whole_text_boundaries(segmenter: &Segmenter, text: &str) -> Vec<usize> {
        let mut offsets = vec![0];
        for word in segmenter.words(text) {
            offsets.push(offsets[offsets.len() - 1] + word.len());
        }
        if text.is_empty() {
            offsets.clear();
        }
        offsets
    }

    #[test]
    fn stretch_by_stretch_boundaries_are_the_whole_texts() {
        let segmenter = Segmenter::new();
        for text in [
            "",
            "，",
            "限时48小时｜玻尿酸精华，到手价¥199！！\r\n\r\n第二行 🎁✨[笑哭R]#护肤分享[话题]#",
            "  开头和结尾都是空格  ",
            "\r\n只有换行\r\r\n",
            "emoji👩‍👩‍👧夹在中间️，No.1的A股c#入门",
        ] {
            let boundaries = segmenter.boundaries(text);
            let expected = whole_text_boundaries(&segmenter, text);
            let found: Vec<usize> = (0..=text.len() + 1)
                .filter(|&offset| boundaries.contains(offset))
                .collect();
            assert_eq!(found, expected, "{text:?}");
        }
    }

    #[test]
    fn only_the_stretches_asked_about_are_segmented() {
        let text = "第一句话，第二句话，第三句话";
        let boundaries = Segmenter::new().boundaries(text);
        // Between `第` and `二`, inside the second stretch.
        let second = text.find('二').unwrap_or_default();
        assert!(!boundaries.contains(second));
        // At a stretch's edge: no segmenting needed.
        assert!(boundaries.contains(text.find('，').unwrap_or_default()));
        let segmented: Vec<(usize, usize)> = boundaries
            .segmented()
            .iter()
            .map(|s| (s.stretch.start, s.stretch.end))
            .collect();
        assert_eq!(segmented, [(15, 27)]);
    }

    #[test]
    fn stretches_asked_about_in_any_order_are_kept_in_order() {
        let text = "第一句话，第二句话，第三句话";
        let boundaries = Segmenter::new().boundaries(text);
        for c in ['三', '一', '二', '三'] {
            boundaries.contains(text.find(c).unwrap_or_default());
        }
        let segmented: Vec<Range<usize>> = boundaries
            .segmented()
            .iter()
            .map(|s| s.stretch.clone())
            .collect();
        assert_eq!(segmented, [0..12, 15..27, 30..42]);
    }
}
