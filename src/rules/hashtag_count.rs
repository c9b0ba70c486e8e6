use super::{Rule, RuleMeta, declare_rule};
use crate::diagnostic::{Applicability, Diagnostic};
use crate::model::prepared::PreparedNote;

declare_rule! {
    /// ## What it checks
    /// The number of distinct topic hashtags: front matter `tags` merged with
    /// the tags written in the body, in all three spellings (`#护肤`,
    /// `#护肤#`, `#护肤[话题]#`), compared after normalization. Fewer than 5
    /// or more than 8 is reported. Place, brand and product markers
    /// (`#店名[地点]#`) are not topics.
    ///
    /// ## Why it matters for the sale
    /// Hashtags are how a Note surfaces when a shopper searches. Too few and
    /// the sale is invisible to high-intent searches; too many and the Note
    /// reads as spam and is spread thin across topics that do not convert.
    /// A mix of five to eight broad and niche tags works best.
    ///
    /// ## Bad
    /// ```text
    /// #护肤 #精华
    /// ```
    ///
    /// ## Good
    /// ```text
    /// #护肤分享 #玻尿酸精华 #补水保湿 #换季护肤 #干皮救星 #好物推荐
    /// ```
    pub struct HashtagCount {
        id: "hashtag-count",
        severity: Warning,
        fixable: false,
        summary: "Fewer than 5 or more than 8 distinct hashtags",
        options: [
            min: Count = 5,
            doc: "the fewest distinct tags",
            alias: "hashtags.min";
            max: Count = 8,
            doc: "the most distinct tags",
            alias: "hashtags.max";
        ],
    }
}

impl Rule for HashtagCount {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, note: &PreparedNote, out: &mut Vec<Diagnostic>) {
        let (min, max) = (Self::min(note.settings), Self::max(note.settings));
        let topics = note.distinct_topics();
        let count = topics.len();
        let anchor = note.note.anchor();
        if count < min {
            let message = if count == 0 {
                crate::msg!("hashtag-count-none", min = min, max = max)
            } else {
                crate::msg!(
                    "hashtag-count-few",
                    count = count,
                    more = min - count,
                    min = min,
                    max = max
                )
            };
            out.push(
                Diagnostic::new(Self::META.id, anchor, message).with_suggestion(
                    crate::msg!("hashtag-count-few-help"),
                    None,
                    Applicability::HasPlaceholders,
                ),
            );
        } else if count > max {
            let extra = &topics[max..];
            out.push(
                Diagnostic::new(
                    Self::META.id,
                    anchor,
                    crate::msg!("hashtag-count-many", count = count, min = min, max = max),
                )
                .with_suggestion(
                    crate::msg!(
                        "hashtag-count-many-help",
                        tags = extra
                            .iter()
                            .map(|t| format!("#{t}"))
                            .collect::<Vec<_>>()
                            .join(" ")
                    ),
                    None,
                    Applicability::MaybeIncorrect,
                ),
            );
        }
    }
}
