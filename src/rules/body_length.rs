use super::{Rule, RuleMeta, declare_rule};
use crate::diagnostic::{Applicability, Diagnostic};
use crate::model::prepared::PreparedNote;
use crate::text::units;

declare_rule! {
    /// ## What it checks
    /// The body's length in the app's units (a CJK character 1, other
    /// characters half a unit per UTF-16 code unit, a line break half a
    /// unit), hashtags included, leading and trailing blank lines and a
    /// title line excluded. Over 1000 units is reported.
    ///
    /// ## Why it matters for the sale
    /// The app will not publish a body over its limit, and a flash-sale Note
    /// that reads like an essay buries the offer: shoppers decide in
    /// seconds.
    ///
    /// ## Bad
    /// A 1,200-character review with the offer in its last paragraph.
    ///
    /// ## Good
    /// Three short paragraphs — what it does, how it feels, the offer — in
    /// a few hundred characters.
    pub struct BodyLength {
        id: "body-length",
        severity: Error,
        fixable: false,
        summary: "Body over the app's 1000-unit limit",
        options: [
            max_units: Units = 1000,
            doc: "the limit in app units";
        ],
    }
}

impl Rule for BodyLength {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, note: &PreparedNote, out: &mut Vec<Diagnostic>) {
        let limit = Self::max_units(note.settings);
        let length = units::length(&note.note.body_for_length());
        if length <= limit {
            return;
        }
        out.push(
            Diagnostic::new(
                Self::META.id,
                note.note.anchor(),
                crate::msg!(
                    "body-length",
                    length = length.to_string(),
                    limit = limit.to_string()
                ),
            )
            .with_suggestion(
                crate::msg!("body-length-help"),
                None,
                Applicability::HasPlaceholders,
            ),
        );
    }
}
