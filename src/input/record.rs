//! JSON Lines batch input (SPEC 2): one Note a line,
//! `{"id", "title", "body", "tags"?}`, read as a stream so an export of any
//! size is never held whole.
//!
//! A record becomes a [`Note`] whose source is its fields laid end to end
//! (title, body, each tag, separated by line feeds). Spans stay byte ranges
//! into that source inside the linter; [`RecordInfo`] maps them back to the
//! field they lie in, so reports give positions within the record's decoded
//! `title`, `body` or `tags[i]` string rather than within the JSON text.

use std::io::{self, BufRead};
use std::ops::Range;

use serde::Deserialize;
use serde_json::Value;

use super::front_matter::{self, FrontMatter, Located};
use super::note::{Note, NoteFormat, Title, trim_blank_lines};

/// What the expected shape of a record is, for error messages.
pub const RECORD_SHAPE: &str = r#"one JSON object a line: {"id": string or number, "title": string, "body": string, "tags": [string] (optional)}"#;

/// One line of a JSON Lines file, as read.
#[derive(Debug)]
pub struct RawLine {
    /// 1-based line number.
    pub line: usize,
    pub content: LineContent,
}

#[derive(Debug)]
pub enum LineContent {
    Bytes(Vec<u8>),
    /// Longer than the limit; its bytes were skipped, not stored.
    TooLong {
        len: u64,
    },
}

/// Reads lines of at most `max_line_bytes` each; a longer line is skipped
/// while being read, so memory stays bounded by the limit whatever the file.
pub struct LineReader<R> {
    reader: R,
    line: usize,
    max_line_bytes: usize,
    done: bool,
}

impl<R: BufRead> LineReader<R> {
    pub fn new(reader: R, max_line_bytes: usize) -> Self {
        LineReader {
            reader,
            line: 0,
            max_line_bytes,
            done: false,
        }
    }

    fn read_line(&mut self) -> io::Result<Option<LineContent>> {
        let mut bytes = Vec::new();
        let mut len: u64 = 0;
        let mut seen_any = false;
        loop {
            let buffer = match self.reader.fill_buf() {
                Ok(buffer) => buffer,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if buffer.is_empty() {
                if !seen_any {
                    return Ok(None);
                }
                break;
            }
            seen_any = true;
            let (chunk, found_newline) = match memchr::memchr(b'\n', buffer) {
                Some(i) => (&buffer[..i], true),
                None => (buffer, false),
            };
            len += chunk.len() as u64;
            if len <= self.max_line_bytes as u64 {
                bytes.extend_from_slice(chunk);
            } else if !bytes.is_empty() {
                bytes = Vec::new();
            }
            let consumed = chunk.len() + usize::from(found_newline);
            self.reader.consume(consumed);
            if found_newline {
                break;
            }
        }
        if len > self.max_line_bytes as u64 {
            return Ok(Some(LineContent::TooLong { len }));
        }
        if bytes.last() == Some(&b'\r') {
            bytes.pop();
        }
        Ok(Some(LineContent::Bytes(bytes)))
    }
}

impl<R: BufRead> Iterator for LineReader<R> {
    type Item = io::Result<RawLine>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        match self.read_line() {
            Ok(Some(content)) => {
                self.line += 1;
                Some(Ok(RawLine {
                    line: self.line,
                    content,
                }))
            }
            Ok(None) => {
                self.done = true;
                None
            }
            Err(e) => {
                self.done = true;
                Some(Err(e))
            }
        }
    }
}

/// A record of the batch.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// The record's `id`, a string or a number, as given.
    pub id: Value,
    /// 1-based line of the record in its file.
    pub line: usize,
    pub title: String,
    pub body: String,
    pub tags: Vec<String>,
    /// The facts front matter would declare (`sale`, `publish_at`, …), in
    /// the record's order, as given.
    pub facts: Vec<(String, Value)>,
}

/// The fields of a record that carry what front matter declares, validated
/// the same way (SPEC 2).
pub const FACT_KEYS: &[&str] = &[
    "sale",
    "publish_at",
    "store_link",
    "product",
    "category",
    "kind",
];

#[derive(Deserialize)]
struct RawRecord {
    id: Value,
    title: String,
    body: String,
    #[serde(default)]
    tags: Option<Vec<String>>,
    #[serde(flatten)]
    rest: serde_json::Map<String, Value>,
}

/// A line that is not a record: where, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordError {
    pub line: usize,
    /// 1-based column (in characters of the line) when the JSON parser
    /// knows it.
    pub column: Option<usize>,
    pub message: String,
    /// `message` to translate.
    pub msg: crate::i18n::Msg,
}

impl RecordError {
    /// `path:line[:column]: message — expected shape`.
    pub fn describe(&self, path: &str) -> String {
        format!(
            "{}: {} — expected {RECORD_SHAPE}",
            self.place(path),
            self.message
        )
    }

    /// [`describe`](Self::describe) in any language.
    pub fn describe_msg(&self, path: &str) -> crate::i18n::Msg {
        crate::msg!(
            "record-error",
            place = self.place(path),
            message = self.msg.clone(),
            shape = crate::msg!("record-shape")
        )
    }

    fn place(&self, path: &str) -> String {
        match self.column {
            Some(column) => format!("{path}:{}:{column}", self.line),
            None => format!("{path}:{}", self.line),
        }
    }
}

/// Parses one line. A blank line holds no record (`Ok(None)`); anything
/// else that is not a record is an error naming the line.
pub fn parse_line(raw: RawLine) -> Result<Option<Record>, RecordError> {
    let line = raw.line;
    let error = |column: Option<usize>, msg: crate::i18n::Msg| RecordError {
        line,
        column,
        message: msg.render(crate::i18n::Lang::En),
        msg,
    };
    let bytes = match raw.content {
        LineContent::TooLong { len } => {
            return Err(error(
                None,
                crate::msg!("record-too-long", len = len.to_string()),
            ));
        }
        LineContent::Bytes(bytes) => bytes,
    };
    // A record is mostly multi-byte text, which std's validation walks a
    // byte at a time; simdutf8 checks it in vector-wide blocks and only
    // says whether it is valid, so std finds where it is not.
    let mut text = match simdutf8::basic::from_utf8(&bytes) {
        Ok(text) => text,
        Err(_) => std::str::from_utf8(&bytes).map_err(|e| {
            error(
                None,
                crate::msg!("record-invalid-utf8", offset = e.valid_up_to().to_string()),
            )
        })?,
    };
    if line == 1 {
        text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    }
    if text.trim().is_empty() {
        return Ok(None);
    }
    let raw: RawRecord = serde_json::from_str(text).map_err(|e| {
        let full = e.to_string();
        // serde_json appends " at line L column C"; the column is given
        // separately and the line is always 1 within one record.
        let reason = full
            .rfind(" at line ")
            .map_or(full.as_str(), |i| &full[..i]);
        error(
            char_column(text, e.column()),
            crate::msg!("record-bad-json", reason = reason),
        )
    })?;
    if !(raw.id.is_string() || raw.id.is_number()) {
        return Err(error(
            None,
            crate::msg!(
                "record-bad-id",
                kind = crate::i18n::Msg::new(kind_of(&raw.id))
            ),
        ));
    }
    Ok(Some(Record {
        id: raw.id,
        line,
        title: raw.title,
        body: raw.body,
        tags: raw.tags.unwrap_or_default(),
        facts: raw
            .rest
            .into_iter()
            .filter(|(key, value)| FACT_KEYS.contains(&key.as_str()) && !value.is_null())
            .collect(),
    }))
}

/// The 1-based character column of serde_json's 1-based byte column.
fn char_column(text: &str, byte_column: usize) -> Option<usize> {
    let end = byte_column.checked_sub(1)?.min(text.len());
    let end = (0..=end).rev().find(|&i| text.is_char_boundary(i))?;
    Some(text[..end].chars().count() + 1)
}

/// The message id naming what `value` is.
fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "record-kind-null",
        Value::Bool(_) => "record-kind-bool",
        Value::Number(_) => "record-kind-number",
        Value::String(_) => "record-kind-string",
        Value::Array(_) => "record-kind-array",
        Value::Object(_) => "record-kind-object",
    }
}

/// A field of a record and where its text lies in the Note's source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordField {
    /// JSON Pointer (RFC 6901) to the field in the record: `/title`,
    /// `/body`, `/tags/0`.
    pub pointer: String,
    pub range: Range<usize>,
}

/// Which record a Note came from, and how its source maps to the fields.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordInfo {
    /// The record's `id`; `None` for a line that could not be read as one.
    pub id: Option<Value>,
    /// 1-based line of the record.
    pub line: usize,
    pub fields: Vec<RecordField>,
}

impl RecordInfo {
    /// A line that is not a record.
    pub fn unread(line: usize) -> Self {
        RecordInfo {
            id: None,
            line,
            fields: Vec::new(),
        }
    }

    /// The field a byte offset of the source lies in: the first whose range
    /// holds it, ends included, so an empty span at a field's end stays in it.
    pub fn field_at(&self, offset: usize) -> Option<&RecordField> {
        self.field_index_at(offset).map(|i| &self.fields[i])
    }

    /// Where in `fields` the field holding a byte offset is, as
    /// [`RecordInfo::field_at`] finds it: for callers that keep something
    /// per field.
    pub fn field_index_at(&self, offset: usize) -> Option<usize> {
        self.fields
            .iter()
            .position(|f| f.range.start <= offset && offset <= f.range.end)
    }
}

impl Record {
    /// The Note this record stands for. The title is the `title` field
    /// (never taken from the body); `tags` count as declared tags, like front
    /// matter `tags`.
    pub fn into_note(self, path: &str) -> (Note, RecordInfo) {
        let mut source =
            String::with_capacity(self.title.len() + self.body.len() + 1 + self.tags.len() * 8);
        let mut fields = Vec::with_capacity(2 + self.tags.len());
        source.push_str(&self.title);
        let title_range = 0..source.len();
        fields.push(RecordField {
            pointer: "/title".to_string(),
            range: title_range.clone(),
        });
        source.push('\n');
        let body_start = source.len();
        source.push_str(&self.body);
        let body_range = body_start..source.len();
        fields.push(RecordField {
            pointer: "/body".to_string(),
            range: body_range.clone(),
        });
        let mut tags = Vec::with_capacity(self.tags.len());
        for (i, tag) in self.tags.into_iter().enumerate() {
            source.push('\n');
            let start = source.len();
            source.push_str(&tag);
            let range = start..source.len();
            fields.push(RecordField {
                pointer: format!("/tags/{i}"),
                range: range.clone(),
            });
            tags.push(Located {
                value: tag,
                span: range,
            });
        }
        // The facts go after the copy as YAML, one field a key, and are read
        // as front matter is: a wrong type is a `front-matter` finding on
        // that field while the rest of the record is linted.
        let mut facts = None;
        if !self.facts.is_empty() {
            source.push('\n');
            let start = source.len();
            for (key, value) in &self.facts {
                let mut one = serde_json::Map::new();
                one.insert(key.clone(), value.clone());
                let key_start = source.len();
                source.push_str(&serde_yaml::to_string(&one).unwrap_or_default());
                fields.push(RecordField {
                    pointer: format!("/{key}"),
                    range: key_start..source.len(),
                });
            }
            facts = Some(front_matter::parse_facts(&source, start..source.len()));
        }
        let title = (!self.title.trim().is_empty()).then_some(Title {
            text: self.title,
            span: title_range,
            verbatim: true,
            body_line: None,
        });
        let front_matter = match facts {
            Some(mut fm) => {
                fm.tags = tags;
                Some(fm)
            }
            None => (!tags.is_empty()).then(|| FrontMatter {
                tags,
                ..FrontMatter::default()
            }),
        };
        let body = trim_blank_lines(&source, body_range);
        let note = Note {
            path: path.to_string(),
            source,
            format: NoteFormat::Text,
            front_matter,
            title,
            body,
        };
        let info = RecordInfo {
            id: Some(self.id),
            line: self.line,
            fields,
        };
        (note, info)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &str, max: usize) -> Vec<RawLine> {
        LineReader::new(input.as_bytes(), max)
            .collect::<io::Result<Vec<_>>>()
            .expect("in-memory read")
    }

    fn bytes(line: &RawLine) -> &[u8] {
        match &line.content {
            LineContent::Bytes(b) => b,
            LineContent::TooLong { .. } => b"<too long>",
        }
    }

    #[test]
    fn lines_are_numbered_and_crlf_is_stripped() {
        let read = lines("a\r\nbb\n\nc", 100);
        let got: Vec<(usize, &[u8])> = read.iter().map(|l| (l.line, bytes(l))).collect();
        assert_eq!(
            got,
            vec![
                (1, &b"a"[..]),
                (2, &b"bb"[..]),
                (3, &b""[..]),
                (4, &b"c"[..])
            ]
        );
    }

    #[test]
    fn an_overlong_line_is_skipped_and_the_next_one_read() {
        // A buffer smaller than the line makes the reader see it in pieces.
        let input = format!("{}\nok\n", "x".repeat(50));
        let reader = LineReader::new(io::BufReader::with_capacity(8, input.as_bytes()), 10);
        let read: Vec<RawLine> = reader.collect::<io::Result<_>>().expect("read");
        assert!(matches!(read[0].content, LineContent::TooLong { len: 50 }));
        assert_eq!((read[1].line, bytes(&read[1])), (2, &b"ok"[..]));
        assert_eq!(read.len(), 2);
    }

    fn parse(line: usize, text: &str) -> Result<Option<Record>, RecordError> {
        parse_line(RawLine {
            line,
            content: LineContent::Bytes(text.as_bytes().to_vec()),
        })
    }

    #[test]
    fn a_record_with_and_without_tags() {
        let record = parse(
            3,
            r#"{"id":"n1","title":"限时48小时","body":"保湿","tags":["护肤"],"type":"normal"}"#,
        )
        .expect("valid")
        .expect("a record");
        assert_eq!(record.id, Value::from("n1"));
        assert_eq!(record.line, 3);
        assert_eq!(record.tags, vec!["护肤".to_string()]);
        let record = parse(4, r#"{"id":7,"title":"t","body":"b"}"#)
            .expect("valid")
            .expect("a record");
        assert_eq!(record.id, Value::from(7));
        assert!(record.tags.is_empty());
    }

    #[test]
    fn malformed_lines_name_their_line() {
        let err = parse(5, r#"{"id":"n1","title":"t"}"#).expect_err("no body");
        assert_eq!(
            err.describe("batch.jsonl"),
            format!("batch.jsonl:5:23: missing field `body` — expected {RECORD_SHAPE}")
        );
        let err = parse(6, r#"{"id":null,"title":"t","body":"b"}"#).expect_err("null id");
        assert_eq!(err.message, "`id` is null, not a string or number");
        let err = parse(7, "{not json").expect_err("syntax");
        assert_eq!((err.line, err.column), (7, Some(2)));
        let err = parse(9, r#"{"id":"b","title":"缺了正文"}"#).expect_err("no body");
        assert_eq!(err.column, Some(25), "columns count characters");
        assert!(parse(8, "   ").expect("blank").is_none());
    }

    #[test]
    fn invalid_utf8_is_reported_where_it_starts() {
        // `限` is E9 99 90; cut after its first two bytes, then text again.
        let mut bytes = br#"{"id":"n1","title":""#.to_vec();
        bytes.extend_from_slice(&"限时".as_bytes()[..2]);
        bytes.extend_from_slice(r#"好物","body":"b"}"#.as_bytes());
        let err = parse_line(RawLine {
            line: 2,
            content: LineContent::Bytes(bytes),
        })
        .expect_err("invalid UTF-8");
        assert_eq!(
            (err.line, err.column, err.message.as_str()),
            (2, None, "invalid UTF-8 at byte 20 of the record")
        );
    }

    #[test]
    fn fields_map_back_from_the_note_source() {
        let record = Record {
            id: Value::from("n1"),
            line: 2,
            title: "限时好价".to_string(),
            body: "\n手慢无！\n".to_string(),
            tags: vec!["护肤".to_string()],
            facts: Vec::new(),
        };
        let (note, info) = record.into_note("batch.jsonl");
        assert_eq!(note.source, "限时好价\n\n手慢无！\n\n护肤");
        assert_eq!(
            note.title.as_ref().map(|t| t.text.as_str()),
            Some("限时好价")
        );
        assert_eq!(note.body_text(), "手慢无！");
        let offset = note.source.find("手慢无").expect("in body");
        let field = info.field_at(offset).expect("a field");
        assert_eq!(field.pointer, "/body");
        assert_eq!(&note.source[field.range.clone()], "\n手慢无！\n");
        let tag = note.source.rfind("护肤").expect("tag");
        assert_eq!(
            info.field_at(tag).map(|f| f.pointer.as_str()),
            Some("/tags/0")
        );
        let tags = &note.front_matter.as_ref().expect("declared tags").tags;
        assert_eq!(tags[0].value, "护肤");
    }
}
