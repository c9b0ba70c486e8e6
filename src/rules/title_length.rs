use super::{Rule, RuleMeta, declare_rule};
use crate::diagnostic::{Applicability, Diagnostic};
use crate::model::prepared::PreparedNote;
use crate::text::units;

declare_rule! {
    /// ## What it checks
    /// The title's length in the app's units: a CJK character is 1 unit, every
    /// other character half a unit per UTF-16 code unit (so `😂` is 1 and `｜`
    /// is 0.5). A title over the limit (default 20) is reported.
    ///
    /// ## Why it matters for the sale
    /// The app cuts a longer title off in the feed and in search results, so
    /// the part a shopper skims — often the scarcity signal or the offer at
    /// the end — is exactly the part that disappears.
    ///
    /// ## Bad
    /// ```text
    /// 这瓶保湿精华真的是我今年用过最温和最好吸收的一瓶
    /// ```
    ///
    /// ## Good
    /// ```text
    /// 限时48小时｜玻尿酸精华 限量优惠
    /// ```
    pub struct TitleLength {
        id: "title-length",
        severity: Error,
        fixable: false,
        summary: "Title over the app's 20-unit limit",
        options: [
            max_units: Units = 20,
            doc: "the limit in app units",
            alias: "title.max_units";
        ],
    }
}

impl Rule for TitleLength {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, note: &PreparedNote, out: &mut Vec<Diagnostic>) {
        let Some(title) = &note.note.title else {
            return;
        };
        let limit = Self::max_units(note.settings);
        let length = units::length(&title.text);
        if length <= limit {
            return;
        }
        let fits = units::fitting_prefix(&title.text, limit);
        let kept = &title.text[..fits];
        let cut = &title.text[fits..];
        let mut diagnostic = Diagnostic::new(
            Self::META.id,
            title.span.clone(),
            crate::msg!(
                "title-length",
                length = length.to_string(),
                limit = limit.to_string(),
                cut = cut
            ),
        );
        diagnostic = diagnostic.with_suggestion(
            crate::msg!("title-length-help", limit = limit.to_string(), kept = kept),
            None,
            Applicability::HasPlaceholders,
        );
        out.push(diagnostic);
    }
}
