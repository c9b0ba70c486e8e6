use super::{Rule, RuleMeta, declare_rule};
use crate::diagnostic::{Applicability, Diagnostic, Edit, Suggestion};
use crate::input::hashtags::Malformed;
use crate::model::prepared::PreparedNote;
use crate::text::units::{self, HalfUnits};

/// The longest tag the app shows whole.
const MAX_TAG_UNITS: HalfUnits = HalfUnits(40);

declare_rule! {
    /// ## What it checks
    /// Hashtags the app will not read as the writer meant: an empty `#`, a
    /// tag over 20 units, a space inside a closed tag (`#护肤 分享#`), and
    /// an export-form tag missing its closing `#` (`#护肤[话题]`).
    ///
    /// ## Why it matters for the sale
    /// A malformed tag is not a topic: the Note does not surface for it, and
    /// the stray signs look careless in copy that has to earn trust.
    ///
    /// ## Bad
    /// ```text
    /// #护肤 分享# #补水[话题] #
    /// ```
    ///
    /// ## Good
    /// ```text
    /// #护肤分享 #补水[话题]#
    /// ```
    pub struct HashtagFormat {
        id: "hashtag-format",
        severity: Warning,
        fixable: true,
        summary: "Malformed hashtag: empty, over 20 units, space inside, half-closed",
    }
}

impl Rule for HashtagFormat {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, note: &PreparedNote, out: &mut Vec<Diagnostic>) {
        let source = &note.note.source;
        for tag in &note.body_tags {
            let written = &source[tag.span.clone()];
            let diagnostic = match tag.tag.malformed {
                Some(Malformed::Empty) => Diagnostic::new(
                    Self::META.id,
                    tag.span.clone(),
                    crate::msg!("hashtag-format-empty"),
                )
                .with_suggestion(
                    crate::msg!("hashtag-format-empty-help"),
                    None,
                    Applicability::HasPlaceholders,
                ),
                Some(Malformed::SpaceInside) => {
                    let joined: String = written.chars().filter(|c| *c != ' ').collect();
                    let mut d = Diagnostic::new(
                        Self::META.id,
                        tag.span.clone(),
                        crate::msg!("hashtag-format-space", tag = written.to_string()),
                    );
                    let join = Edit::new(tag.span.clone(), joined);
                    d.suggestions.push(Suggestion::new(
                        crate::msg!("hashtag-format-space-help"),
                        vec![join],
                        Applicability::MaybeIncorrect,
                    ));
                    d
                }
                Some(Malformed::HalfClosed) => {
                    let mut d = Diagnostic::new(
                        Self::META.id,
                        tag.span.clone(),
                        crate::msg!("hashtag-format-unclosed", tag = written.to_string()),
                    );
                    let close = Edit::new(tag.span.clone(), format!("{written}#"));
                    d.suggestions.push(Suggestion::new(
                        crate::msg!("hashtag-format-unclosed-help"),
                        vec![close],
                        Applicability::MachineApplicable,
                    ));
                    d
                }
                None => {
                    let name = &tag.tag.key;
                    if tag.tag.marker.is_some() || units::length(name) <= MAX_TAG_UNITS {
                        continue;
                    }
                    Diagnostic::new(
                        Self::META.id,
                        tag.span.clone(),
                        crate::msg!(
                            "hashtag-format-long",
                            length = units::length(name).to_string()
                        ),
                    )
                    .with_suggestion(
                        crate::msg!("hashtag-format-long-help"),
                        None,
                        Applicability::HasPlaceholders,
                    )
                }
            };
            out.push(diagnostic);
        }
    }
}
