use std::collections::HashSet;

use super::{Rule, RuleMeta, declare_rule};
use crate::diagnostic::{Applicability, Diagnostic, Edit, Suggestion};
use crate::model::prepared::PreparedNote;

declare_rule! {
    /// ## What it checks
    /// The body writing the same topic twice, in any spelling: `#护肤` and
    /// `#护肤[话题]#` are one tag. Each repeat after the first is reported.
    /// A tag that appears in both the front matter `tags` and the body is
    /// merged silently and is not a duplicate.
    ///
    /// ## Why it matters for the sale
    /// A repeated tag adds no reach, takes a slot one of the five to eight
    /// tags could use for another search, and makes the tag line look
    /// careless to the shoppers who read it.
    ///
    /// ## Bad
    /// ```text
    /// #护肤 #洁面 #护肤[话题]#
    /// ```
    ///
    /// ## Good
    /// ```text
    /// #护肤 #洁面 #氨基酸洗面奶
    /// ```
    pub struct HashtagDuplicate {
        id: "hashtag-duplicate",
        severity: Warning,
        fixable: true,
        summary: "The body repeats a hashtag",
    }
}

impl Rule for HashtagDuplicate {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, note: &PreparedNote, out: &mut Vec<Diagnostic>) {
        let source = &note.note.source;
        // A set, not a list: a body of 100,000 tags is checked in linear time.
        let mut seen: HashSet<&str> = HashSet::new();
        for tag in note.body_tags.iter().filter(|t| t.tag.is_topic()) {
            let key = tag.tag.key.as_str();
            if seen.insert(key) {
                continue;
            }
            let written = &source[tag.span.clone()];
            // Remove the tag with the space before it, so no gap is left.
            let mut removal = tag.span.clone();
            if source[..removal.start].ends_with(' ') {
                removal.start -= 1;
            } else if source[removal.end..].starts_with(' ') {
                removal.end += 1;
            }
            let mut diagnostic = Diagnostic::new(
                Self::META.id,
                tag.span.clone(),
                crate::msg!("hashtag-duplicate", tag = key.to_string()),
            );
            diagnostic.suggestions.push(Suggestion::new(
                crate::msg!("hashtag-duplicate-help", tag = written.to_string()),
                vec![Edit::new(removal, "")],
                Applicability::MachineApplicable,
            ));
            out.push(diagnostic);
        }
    }
}
