//! A Note as the linter sees it: source text, front matter, title and body.

use std::ops::Range;

use super::front_matter::{self, FrontMatter};

/// How the source is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteFormat {
    /// Markdown with optional YAML front matter.
    Markdown,
    /// Plain text: the first non-empty line is the title.
    Text,
}

impl NoteFormat {
    /// The format for a file name: `.txt` is plain text, everything else
    /// (`.md`, `.markdown`, stdin without a name) is Markdown.
    pub fn for_path(path: &str) -> Self {
        let lower = path.to_ascii_lowercase();
        if lower.ends_with(".txt") {
            NoteFormat::Text
        } else {
            NoteFormat::Markdown
        }
    }
}

/// Where the title comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct Title {
    /// The title text.
    pub text: String,
    /// Its span in the source.
    pub span: Range<usize>,
    /// Whether `span` holds `text` byte for byte (false for an escaped YAML
    /// string), so spans inside the title can be reported exactly.
    pub verbatim: bool,
    /// For a title taken from the body (a heading or first line): the whole
    /// line, line ending included, which is then not part of the body.
    pub body_line: Option<Range<usize>>,
}

/// A parsed Note.
#[derive(Debug, Clone)]
pub struct Note {
    /// The name used in messages and for config lookup.
    pub path: String,
    pub source: String,
    pub format: NoteFormat,
    pub front_matter: Option<FrontMatter>,
    pub title: Option<Title>,
    /// Everything after the front matter, without leading and trailing blank
    /// lines. A title line taken from the body lies inside and is skipped by
    /// the copy rules.
    pub body: Range<usize>,
}

impl Note {
    pub fn parse(path: impl Into<String>, source: String, format: NoteFormat) -> Note {
        let path = path.into();
        let front_matter = match format {
            NoteFormat::Markdown => front_matter::parse(&source),
            NoteFormat::Text => None,
        };
        let content_start = match &front_matter {
            // An unclosed block is reported and its text linted as body.
            Some(fm) if fm.issues.iter().any(|i| i.message.contains("never closed")) => {
                fm.block.start
            }
            Some(fm) => fm.block.end,
            None if source.starts_with('\u{FEFF}') => 3,
            None => 0,
        };
        let body = trim_blank_lines(&source, content_start..source.len());
        let title = declared_title(front_matter.as_ref()).or_else(|| match format {
            NoteFormat::Markdown => heading_title(&source, body.clone())
                .or_else(|| first_line_title(&source, body.clone())),
            NoteFormat::Text => first_line_title(&source, body.clone()),
        });
        let body = match &title {
            Some(Title {
                body_line: Some(line),
                ..
            }) if line.start == body.start => trim_blank_lines(&source, line.end..body.end),
            _ => body,
        };
        Note {
            path,
            source,
            format,
            front_matter,
            title,
            body,
        }
    }

    /// The body text, title line included when the title sits inside it.
    pub fn body_text(&self) -> &str {
        &self.source[self.body.clone()]
    }

    /// The body as counted for length: without a title line inside it.
    pub fn body_for_length(&self) -> String {
        let body = self.body.clone();
        match self.title.as_ref().and_then(|t| t.body_line.clone()) {
            Some(line) if line.start >= body.start && line.end <= body.end => {
                let mut text = String::with_capacity(body.len());
                text.push_str(&self.source[body.start..line.start]);
                text.push_str(&self.source[line.end..body.end]);
                let trimmed = trim_blank_lines(&text, 0..text.len());
                text[trimmed].to_string()
            }
            _ => self.source[body].to_string(),
        }
    }

    /// The span whole-Note findings point at: the title, else the first line.
    pub fn anchor(&self) -> Range<usize> {
        if let Some(title) = &self.title {
            return title.span.clone();
        }
        let start = if self.source.starts_with('\u{FEFF}') {
            3
        } else {
            0
        };
        let end = self.source[start..]
            .find(['\n', '\r'])
            .map_or(self.source.len(), |i| start + i);
        start..end
    }
}

fn declared_title(fm: Option<&FrontMatter>) -> Option<Title> {
    let declared = fm?.title.as_ref()?;
    if declared.text.trim().is_empty() {
        return None;
    }
    Some(Title {
        text: declared.text.clone(),
        span: declared.span.clone(),
        verbatim: declared.verbatim,
        body_line: None,
    })
}

/// Lines of `range`: `(content without line ending, content plus ending)`;
/// a line ends at LF, CR or CRLF.
pub(crate) fn lines_in(source: &str, range: Range<usize>) -> Lines<'_> {
    Lines {
        bytes: source.as_bytes(),
        pos: range.start,
        end: range.end,
    }
}

/// The lines of a range of a text, as [`lines_in`] reads them: found as
/// they are asked for, never collected.
pub(crate) struct Lines<'s> {
    bytes: &'s [u8],
    pos: usize,
    end: usize,
}

impl Iterator for Lines<'_> {
    type Item = (Range<usize>, Range<usize>);

    fn next(&mut self) -> Option<Self::Item> {
        if self.pos >= self.end {
            return None;
        }
        let start = self.pos;
        let mut pos = memchr::memchr2(b'\n', b'\r', &self.bytes[start..self.end])
            .map_or(self.end, |i| start + i);
        let content = start..pos;
        if pos < self.end {
            pos += if self.bytes[pos] == b'\r' && self.bytes.get(pos + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
        }
        self.pos = pos;
        Some((content, start..pos))
    }
}

pub(crate) fn trim_blank_lines(source: &str, range: Range<usize>) -> Range<usize> {
    let mut kept: Option<Range<usize>> = None;
    for (content, _) in lines_in(source, range.clone()) {
        if !source[content.clone()].trim().is_empty() {
            kept = Some(kept.map_or(content.start, |k| k.start)..content.end);
        }
    }
    kept.unwrap_or(range.end..range.end)
}

fn heading_title(source: &str, body: Range<usize>) -> Option<Title> {
    lines_in(source, body).find_map(|(content, whole)| {
        let line = &source[content.clone()];
        let rest = line.strip_prefix("# ")?;
        let text = rest.trim().trim_end_matches('#').trim_end();
        if text.is_empty() {
            return None;
        }
        let start = content.start + 2 + (rest.len() - rest.trim_start().len());
        Some(Title {
            text: text.to_string(),
            span: start..start + text.len(),
            verbatim: true,
            body_line: Some(whole),
        })
    })
}

fn first_line_title(source: &str, body: Range<usize>) -> Option<Title> {
    lines_in(source, body).find_map(|(content, whole)| {
        let line = &source[content.clone()];
        let text = line.trim();
        if text.is_empty() {
            return None;
        }
        let start = content.start + (line.len() - line.trim_start().len());
        Some(Title {
            text: text.to_string(),
            span: start..start + text.len(),
            verbatim: true,
            body_line: Some(whole),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_title_and_body() {
        let source = "---\ntitle: 限时48小时\n---\n\n正文第一行\n\n#护肤\n\n".to_string();
        let note = Note::parse("a.md", source, NoteFormat::Markdown);
        let title = note.title.clone().expect("title");
        assert_eq!(title.text, "限时48小时");
        assert_eq!(&note.source[title.span], "限时48小时");
        assert_eq!(note.body_text(), "正文第一行\n\n#护肤");
    }

    #[test]
    fn heading_title_is_not_body() {
        let source = "---\ncategory: fashion\n---\n# 真丝方巾的五种系法\n\n正文\n".to_string();
        let note = Note::parse("a.md", source, NoteFormat::Markdown);
        assert_eq!(
            note.title.as_ref().map(|t| t.text.as_str()),
            Some("真丝方巾的五种系法")
        );
        assert_eq!(note.body_text(), "正文");
        assert_eq!(note.body_for_length(), "正文");
    }

    #[test]
    fn plain_text_with_bom_and_crlf() {
        let source = "\u{FEFF}限时48小时｜电水壶\r\n\r\n正文\r\n#厨房好物\r\n".to_string();
        let note = Note::parse("a.txt", source, NoteFormat::Text);
        let title = note.title.clone().expect("title");
        assert_eq!(title.text, "限时48小时｜电水壶");
        assert_eq!(title.span.start, 3);
        assert_eq!(note.body_text(), "正文\r\n#厨房好物");
    }

    #[test]
    fn markdown_without_heading_uses_first_line() {
        let note = Note::parse("-", "第一行标题\n正文".to_string(), NoteFormat::Markdown);
        assert_eq!(
            note.title.as_ref().map(|t| t.text.as_str()),
            Some("第一行标题")
        );
        assert_eq!(note.body_text(), "正文");
    }

    #[test]
    fn lines_end_at_lf_cr_or_crlf() {
        let source = "一\n二\r\n三\r四\n\n";
        let lines: Vec<_> = lines_in(source, 0..source.len()).collect();
        assert_eq!(
            lines,
            [
                (0..3, 0..4),
                (4..7, 4..9),
                (9..12, 9..13),
                (13..16, 13..17),
                (17..17, 17..18),
            ]
        );
        // A range ends the last line wherever it ends.
        assert_eq!(lines_in(source, 4..6).collect::<Vec<_>>(), [(4..6, 4..6)]);
        assert_eq!(lines_in(source, 5..5).count(), 0);
    }

    #[test]
    fn blank_lines_around_the_copy_are_trimmed_and_inner_ones_kept() {
        // U+3000, the ideographic space, is as blank as a space or a tab.
        let source = "\n \t\r\n\u{3000}\n正文\n\n第二段 \n\u{3000}\r\n\n";
        let kept = trim_blank_lines(source, 0..source.len());
        assert_eq!(&source[kept], "正文\n\n第二段 ");
        // Nothing but blank lines: an empty range at the end.
        let blank = "\n \r\n\t\n";
        assert_eq!(trim_blank_lines(blank, 0..blank.len()), 6..6);
        assert_eq!(trim_blank_lines(blank, 1..4), 4..4);
    }

    #[test]
    fn empty_note() {
        let note = Note::parse("a.md", String::new(), NoteFormat::Markdown);
        assert!(note.title.is_none());
        assert_eq!(note.body, 0..0);
        assert_eq!(note.anchor(), 0..0);
    }
}
