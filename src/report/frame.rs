//! The texts a report's positions are counted in: a file's whole source, or
//! one field of a JSON Lines record (whose lines and columns are those of
//! the decoded field, not of the JSON text). Each comes with its
//! [`LineIndex`], built the first time a position in it is asked for and
//! kept for every later span.

use std::sync::OnceLock;

use crate::input::record::RecordInfo;
use crate::text::{LineIndex, Position};

/// The text positions near one offset are counted in, with its line index.
pub struct Frame<'a> {
    /// JSON Pointer to the record field, `None` for a whole file.
    pub field: Option<&'a str>,
    pub text: &'a str,
    /// Offset of `text` in the report's source.
    pub base: usize,
    pub index: &'a LineIndex,
}

impl Frame<'_> {
    /// `offset` (into the report's source) relative to this frame's text,
    /// clamped into it.
    pub fn local(&self, offset: usize) -> usize {
        offset.saturating_sub(self.base).min(self.text.len())
    }

    pub fn position(&self, offset: usize) -> Position {
        self.index.position(self.text, self.local(offset))
    }
}

/// The line indexes of one report's frames, each built on first use: a
/// report is located once per span, and most fields of a record hold no
/// finding at all. `OnceLock` rather than `OnceCell` keeps reports `Sync`.
#[derive(Default)]
pub(super) struct FrameIndexes {
    source: OnceLock<LineIndex>,
    /// One per field of the report's record, in its order.
    fields: Vec<OnceLock<LineIndex>>,
}

impl FrameIndexes {
    pub(super) fn for_record(record: &RecordInfo) -> Self {
        FrameIndexes {
            source: OnceLock::new(),
            fields: record.fields.iter().map(|_| OnceLock::new()).collect(),
        }
    }

    /// The frame holding `offset`: the record field it lies in, else the
    /// whole source.
    pub(super) fn frame<'a>(
        &'a self,
        source: &'a str,
        record: Option<&'a RecordInfo>,
        offset: usize,
    ) -> Frame<'a> {
        let field = record.and_then(|r| Some((r, r.field_index_at(offset)?)));
        // A report's record is set together with its indexes, so every field
        // has its slot; a field without one is measured as the whole source.
        if let Some((record, i)) = field
            && let Some(slot) = self.fields.get(i)
        {
            let field = &record.fields[i];
            let text = source.get(field.range.clone()).unwrap_or_default();
            return Frame {
                field: Some(&field.pointer),
                text,
                base: field.range.start,
                index: slot.get_or_init(|| LineIndex::new(text)),
            };
        }
        Frame {
            field: None,
            text: source,
            base: 0,
            index: self.source.get_or_init(|| LineIndex::new(source)),
        }
    }
}
