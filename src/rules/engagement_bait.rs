use std::ops::Range;
use std::sync::LazyLock;

use serde::Deserialize;

use super::claim_context;
use super::pattern::{Pattern, PatternSpec, compile_all, validate_all};
use super::{Rule, RuleMeta, declare_rule, spec};
use crate::diagnostic::{Applicability, Diagnostic};
use crate::model::prepared::{CopyRegion, PreparedNote};
use crate::text::Haystack;

declare_rule! {
    /// ## What it checks
    /// A reward — a draw, a gift, a free order, a red packet — conditioned
    /// on readers liking, saving, commenting, following, sharing or
    /// @-mentioning friends: `关注+评论抽3位送`, `点赞过百送`, `转发抽奖`,
    /// `评论区留言抽3位送`. A finding needs both a reward and an engagement
    /// condition in one sentence (`rules/engagement-bait.yaml`).
    ///
    /// Not bait: a reward for buying (`下单送杯架`), an invitation to
    /// comment with no reward (`评论区聊聊你的需求`), a plain plea
    /// (`记得点赞收藏`), and Xiaohongshu's own lottery tool. A comment
    /// keyword for something sent privately (`评论区扣1领`) is
    /// `off-platform`'s.
    ///
    /// ## Why it matters for the sale
    /// The platform treats rewards for engagement as 诱导互动: the Note is
    /// limited or penalised, and the brand's account with it. Likes bought
    /// with a draw do not turn into buyers; a follower-exclusive price or a
    /// real question to the comments builds the community that does.
    ///
    /// ## Bad
    /// ```text
    /// 关注+评论，抽3位送同款
    /// ```
    ///
    /// ## Good
    /// ```text
    /// 本周粉丝专享价，欢迎评论区聊聊你的需求
    /// ```
    ///
    /// ## Options
    /// None beyond the severity; the patterns are in
    /// `rules/engagement-bait.yaml`.
    pub struct EngagementBait {
        id: "engagement-bait",
        severity: Error,
        fixable: false,
        summary: "Reward conditioned on likes, comments, follows or shares (诱导互动)",
    }
}

#[derive(Debug, Default, Deserialize)]
struct Params {
    #[serde(default)]
    direct: Vec<PatternSpec>,
    #[serde(default)]
    reward: Vec<PatternSpec>,
    #[serde(default)]
    condition: Vec<PatternSpec>,
    #[serde(default)]
    purchase: Vec<PatternSpec>,
    /// The rewrite of the reward's clause.
    #[serde(default)]
    replacement: String,
    /// The rewrite of a clause that also holds the condition.
    #[serde(default)]
    replacement_with_invitation: String,
}

struct Patterns {
    direct: Vec<Pattern>,
    reward: Vec<Pattern>,
    condition: Vec<Pattern>,
    purchase: Vec<Pattern>,
}

static PARAMS: LazyLock<Params> = LazyLock::new(|| spec::params(EngagementBait::META.spec));
static PATTERNS: LazyLock<Patterns> = LazyLock::new(|| {
    let compile = |specs: &[PatternSpec]| compile_all(specs).unwrap_or_default();
    Patterns {
        direct: compile(&PARAMS.direct),
        reward: compile(&PARAMS.reward),
        condition: compile(&PARAMS.condition),
        purchase: compile(&PARAMS.purchase),
    }
});

fn validate_data() -> Result<(), String> {
    let params: Params = spec::try_params(EngagementBait::META.spec).map_err(|e| e.to_string())?;
    for list in [
        &params.direct,
        &params.reward,
        &params.condition,
        &params.purchase,
    ] {
        validate_all(list)?;
    }
    Ok(())
}

/// The matches of `patterns` in `haystack`.
fn matches(patterns: &[Pattern], haystack: &Haystack) -> Vec<Range<usize>> {
    let mut found: Vec<Range<usize>> = patterns
        .iter()
        .flat_map(|p| p.find_iter(haystack).collect::<Vec<_>>())
        .collect();
    found.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
    found
}

const CLAUSE_END: &[char] = &[
    '，', ',', '、', '：', ':', '～', '~', '。', '！', '？', '!', '?', '\n', '；', ';',
];

/// The clause around `range`: between the nearest clause ends.
fn clause(text: &str, range: &Range<usize>) -> Range<usize> {
    let start = text[..range.start].rfind(CLAUSE_END).map_or(0, |i| {
        i + text[i..].chars().next().map_or(0, char::len_utf8)
    });
    let end = text[range.end..]
        .find(CLAUSE_END)
        .map_or(text.len(), |i| range.end + i);
    start..end
}

/// One piece of bait: what is reported, the conditions it rests on.
struct Bait {
    span: Range<usize>,
    conditions: Vec<String>,
}

fn baits(region: &CopyRegion) -> Vec<Bait> {
    let text = region.text();
    let mut found: Vec<Bait> = Vec::new();
    let taken = |span: &Range<usize>, found: &Vec<Bait>| {
        found
            .iter()
            .any(|b| b.span.start < span.end && span.start < b.span.end)
    };
    for span in matches(&PATTERNS.direct, &region.haystack()) {
        if !taken(&span, &found) {
            found.push(Bait {
                span,
                conditions: Vec::new(),
            });
        }
    }
    for mut span in matches(&PATTERNS.reward, &region.haystack()) {
        if taken(&span, &found) || region.in_url(&span) || region.in_protected(&span) {
            continue;
        }
        let sentence = claim_context::sentence(text, &span);
        let clause = clause(text, &span);
        let conditions: Vec<Range<usize>> = matches(
            &PATTERNS.condition,
            &region.fragment(&text[sentence.clone()]),
        )
        .into_iter()
        .map(|r| r.start + sentence.start..r.end + sentence.start)
        .collect();
        if conditions.is_empty() {
            continue;
        }
        let in_clause = |r: &Range<usize>| r.start >= clause.start && r.end <= clause.end;
        let bought = !matches(
            &PATTERNS.purchase,
            &region.fragment(&text[clause.start..span.start]),
        )
        .is_empty();
        if bought && !conditions.iter().any(in_clause) {
            continue;
        }
        // A condition right before the reward is part of it: 留言抽3位送.
        if let Some(adjacent) = conditions.iter().find(|c| c.end == span.start) {
            span.start = adjacent.start;
        }
        let mut words: Vec<String> = Vec::new();
        for c in &conditions {
            let word = text[c.clone()].to_string();
            if !words.contains(&word) {
                words.push(word);
            }
        }
        found.push(Bait {
            span,
            conditions: words,
        });
    }
    found.sort_by_key(|b| b.span.start);
    found
}

impl Rule for EngagementBait {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn validate(&self) -> Result<(), String> {
        validate_data()
    }

    fn check(&self, note: &PreparedNote, out: &mut Vec<Diagnostic>) {
        for region in note.regions() {
            let text = region.text();
            for bait in baits(region) {
                let span = region.original(bait.span.clone());
                let written = note.source_text(&span).to_string();
                let message = if bait.conditions.is_empty() {
                    crate::msg!("engagement-bait", text = &written)
                } else {
                    let conditions = crate::i18n::Arg::list(
                        bait.conditions.iter().map(|c| c.to_string()),
                        crate::i18n::Join::Comma,
                    );
                    crate::msg!(
                        "engagement-bait-asked",
                        text = &written,
                        conditions = conditions
                    )
                };
                let clause = clause(text, &bait.span);
                let with_invitation =
                    !matches(&PATTERNS.condition, &region.fragment(&text[clause.clone()]))
                        .is_empty();
                let replacement = if with_invitation {
                    PARAMS.replacement_with_invitation.clone()
                } else {
                    PARAMS.replacement.clone()
                };
                out.push(
                    Diagnostic::new(Self::META.id, span, message).with_suggestion_at(
                        crate::msg!("engagement-bait-help"),
                        replacement,
                        region.original(clause),
                        Applicability::MaybeIncorrect,
                    ),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn data_is_valid() {
        super::validate_data().expect("engagement-bait.yaml");
    }
}
