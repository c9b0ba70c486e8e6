//! The documents the editor has open: their text as the editor has it,
//! kept in step by incremental `didChange` edits, and what linting it found.

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Instant;

use lsp_types::{TextDocumentContentChangeEvent, Url};

use super::position::{PositionEncoding, Positions};
use crate::diagnostic::Diagnostic;
use crate::input::note::NoteFormat;
use crate::text::LineIndex;

/// One open document.
pub struct Document {
    pub text: String,
    pub version: i32,
    pub language_id: String,
    pub line_index: LineIndex,
    /// When to lint and publish after the last change (the debounce).
    pub lint_due: Option<Instant>,
    /// The findings for the current text, once computed.
    pub findings: Option<Vec<Diagnostic>>,
}

impl Document {
    pub fn new(text: String, version: i32, language_id: String) -> Self {
        let line_index = LineIndex::new(&text);
        Document {
            text,
            version,
            language_id,
            line_index,
            lint_due: None,
            findings: None,
        }
    }

    /// The findings of the last [`lint`](super::diagnostics::lint).
    pub fn findings(&self) -> &[Diagnostic] {
        self.findings.as_deref().unwrap_or_default()
    }

    pub fn positions(&self, encoding: PositionEncoding) -> Positions<'_> {
        Positions::new(&self.text, &self.line_index, encoding)
    }

    /// Applies the edits of one `didChange`, in order: each range refers to
    /// the text as the previous edit left it.
    pub fn apply(
        &mut self,
        changes: Vec<TextDocumentContentChangeEvent>,
        version: i32,
        encoding: PositionEncoding,
    ) {
        for change in changes {
            match change.range {
                Some(range) => {
                    let span = self.positions(encoding).span(range);
                    self.text.replace_range(span, &change.text);
                }
                None => self.text = change.text,
            }
            self.line_index = LineIndex::new(&self.text);
        }
        self.version = version;
        self.findings = None;
    }
}

/// The open documents by URI.
#[derive(Default)]
pub struct Documents {
    open: HashMap<Url, Document>,
}

impl Documents {
    pub fn open(&mut self, uri: Url, document: Document) {
        self.open.insert(uri, document);
    }

    pub fn close(&mut self, uri: &Url) -> Option<Document> {
        self.open.remove(uri)
    }

    pub fn get_mut(&mut self, uri: &Url) -> Option<&mut Document> {
        self.open.get_mut(uri)
    }

    pub fn uris(&self) -> Vec<Url> {
        self.open.keys().cloned().collect()
    }

    /// The earliest pending lint.
    pub fn next_due(&self) -> Option<Instant> {
        self.open.values().filter_map(|d| d.lint_due).min()
    }

    /// The documents whose debounce has run out by `now`.
    pub fn due(&self, now: Instant) -> Vec<Url> {
        self.open
            .iter()
            .filter(|(_, d)| d.lint_due.is_some_and(|due| due <= now))
            .map(|(uri, _)| uri.clone())
            .collect()
    }
}

/// The file a document URI names, for config discovery; `None` for
/// documents not on disk (`untitled:`).
pub fn file_path(uri: &Url) -> Option<PathBuf> {
    if uri.scheme() == "file" {
        uri.to_file_path().ok()
    } else {
        None
    }
}

/// The name used for a document in messages, and its format: `.txt` files
/// and unsaved plain-text buffers are plain text, everything else Markdown.
pub fn name_and_format(uri: &Url, language_id: &str) -> (String, NoteFormat) {
    let name = match file_path(uri) {
        Some(path) => path.display().to_string(),
        None => uri.to_string(),
    };
    let format = match NoteFormat::for_path(&name) {
        NoteFormat::Markdown if language_id == "plaintext" && !name.ends_with(".md") => {
            NoteFormat::Text
        }
        format => format,
    };
    (name, format)
}

#[cfg(test)]
mod tests {
    use super::*;
    use lsp_types::{Position, Range};

    fn edit(range: ((u32, u32), (u32, u32)), text: &str) -> TextDocumentContentChangeEvent {
        let ((l1, c1), (l2, c2)) = range;
        TextDocumentContentChangeEvent {
            range: Some(Range::new(Position::new(l1, c1), Position::new(l2, c2))),
            range_length: None,
            text: text.to_string(),
        }
    }

    #[test]
    fn edits_apply_in_order_in_the_negotiated_encoding() {
        let mut doc = Document::new("冬天😂🔥就靠它，手慢无\n".into(), 1, "markdown".into());
        // UTF-16: 😂 is columns 2..4; 手慢无 starts at column 10.
        doc.apply(
            vec![
                edit(((0, 10), (0, 13)), "送完即止"),
                edit(((0, 2), (0, 4)), ""),
                edit(((1, 0), (1, 0)), "#火锅"),
            ],
            2,
            PositionEncoding::Utf16,
        );
        assert_eq!(doc.text, "冬天🔥就靠它，送完即止\n#火锅");
        assert_eq!(doc.version, 2);

        let mut doc = Document::new("冬天😂🔥手慢无".into(), 1, "markdown".into());
        doc.apply(
            vec![edit(((0, 14), (0, 23)), "")],
            2,
            PositionEncoding::Utf8,
        );
        assert_eq!(doc.text, "冬天😂🔥");
        let mut doc = Document::new("冬天😂🔥手慢无".into(), 1, "markdown".into());
        doc.apply(vec![edit(((0, 2), (0, 4)), "")], 2, PositionEncoding::Utf32);
        assert_eq!(doc.text, "冬天手慢无");
    }

    #[test]
    fn plain_text_buffers_and_files() {
        let untitled = Url::parse("untitled:Untitled-1").expect("url");
        assert_eq!(name_and_format(&untitled, "plaintext").1, NoteFormat::Text);
        assert_eq!(
            name_and_format(&untitled, "markdown").1,
            NoteFormat::Markdown
        );
        let file = Url::parse("file:///notes/%E7%81%AB%E9%94%85.txt").expect("url");
        assert_eq!(
            name_and_format(&file, "markdown"),
            ("/notes/火锅.txt".to_string(), NoteFormat::Text)
        );
    }
}
