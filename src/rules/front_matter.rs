use super::{Rule, RuleMeta, declare_rule};
use crate::diagnostic::{Applicability, Diagnostic};
use crate::lint::prepared::PreparedNote;

declare_rule! {
    /// ## What it checks
    /// The front matter itself: a block opened with `---` and never closed,
    /// YAML that does not parse, and a known key with a value of the wrong
    /// type or outside its choices (`stock: many`, `category: makeup`,
    /// `end: tomorrow`), each at its key's line. Unknown top-level keys are
    /// left alone: content repos carry their own metadata. An unknown rule in
    /// `xhslint.disable` is reported by `invalid-suppression`.
    ///
    /// ## Why it matters for the sale
    /// The sale's facts in the front matter are what every claim in the copy
    /// is checked against. A fact that cannot be read is a claim that goes
    /// unchecked — the "only 5 left" that was never true.
    ///
    /// ## Bad
    /// ```yaml
    /// sale:
    ///   stock: many
    /// ```
    ///
    /// ## Good
    /// ```yaml
    /// sale:
    ///   stock: 200
    /// ```
    pub struct FrontMatterRule {
        id: "front-matter",
        severity: Error,
        fixable: false,
        summary: "Malformed front matter or a known key with a wrong value",
    }
}

impl Rule for FrontMatterRule {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, note: &PreparedNote, out: &mut Vec<Diagnostic>) {
        let Some(fm) = &note.note.front_matter else {
            return;
        };
        for issue in &fm.issues {
            out.push(
                Diagnostic::new(Self::META.id, issue.span.clone(), issue.message.clone())
                    .with_suggestion(
                        "fix the value; see the front matter reference in the README",
                        None,
                        Applicability::HasPlaceholders,
                    ),
            );
        }
    }
}
