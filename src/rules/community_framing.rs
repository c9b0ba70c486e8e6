use std::sync::LazyLock;

use serde::Deserialize;

use super::pattern::{Pattern, PatternSpec, compile_all, validate_all};
use super::{Rule, RuleMeta, declare_rule, lexicon_rule, spec};
use crate::diagnostic::{Applicability, Diagnostic};
use crate::model::prepared::PreparedNote;

declare_rule! {
    /// ## What it checks
    /// A sale Note with urgency — a time or quantity claim such as
    /// `限时48小时`, `限量200份`, `今晚截止`, or a limit without a number
    /// (`限时`, `秒杀`, `送完即止`; not `不限时`) — that offers the community
    /// nothing for it: none of the words in
    /// `dictionaries/community-framing.txt` (`粉丝专享`, `宠粉`, `评论区`, …)
    /// or the families in `rules/community-framing.yaml`
    /// (`小红书店铺本周末专享`, `本周关注的宝子`, `粉丝专属`). A draw or a
    /// gift for engagement is not framing: it is `engagement-bait`.
    ///
    /// ## Why it matters for the sale
    /// Xiaohongshu readers reward brands that treat them as a community and
    /// punish the hard sell. The same limit reads as pressure when it is a
    /// bare countdown, and as a favour when it is “for this week's
    /// followers” or the store's own weekend offer, with a real question
    /// to talk about in the comments — and no prize for commenting, which
    /// the platform penalises.
    ///
    /// ## Bad
    /// ```text
    /// 限时48小时｜玻尿酸精华 … 到手¥199
    /// ```
    ///
    /// ## Good
    /// ```text
    /// 限时48小时｜玻尿酸精华 … 本周粉丝专享价，评论区聊聊你的肤质
    /// ```
    ///
    /// ## Options
    /// `lexicons.community-framing.add` / `.remove` extend or trim the list.
    pub struct CommunityFraming {
        id: "community-framing",
        severity: Info,
        fixable: false,
        summary: "Sale Note with urgency but no community framing",
    }
}

#[derive(Debug, Default, Deserialize)]
struct Params {
    #[serde(default)]
    patterns: Vec<PatternSpec>,
    #[serde(default)]
    urgency: Vec<PatternSpec>,
    #[serde(default)]
    replacement: String,
}

static PARAMS: LazyLock<Params> = LazyLock::new(|| spec::params(CommunityFraming::META.spec));
static PATTERNS: LazyLock<Vec<Pattern>> =
    LazyLock::new(|| compile_all(&PARAMS.patterns).unwrap_or_default());
static URGENCY: LazyLock<Vec<Pattern>> =
    LazyLock::new(|| compile_all(&PARAMS.urgency).unwrap_or_default());

impl Rule for CommunityFraming {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn validate(&self) -> Result<(), String> {
        let params: Params = spec::try_params(Self::META.spec).map_err(|e| e.to_string())?;
        validate_all(&params.patterns)?;
        validate_all(&params.urgency)
    }

    fn check(&self, note: &PreparedNote, out: &mut Vec<Diagnostic>) {
        if !note.is_sale() {
            return;
        }
        let urgent = !note.scarcity_claims().is_empty()
            || note.regions().any(|region| {
                let haystack = region.haystack();
                URGENCY
                    .iter()
                    .any(|p| p.find_iter(&haystack).next().is_some())
            });
        if !urgent || lexicon_rule::mentions(note, Self::META.id, &PATTERNS) {
            return;
        }
        let (span, insert) = note.closing_line(&PARAMS.replacement);
        out.push(
            Diagnostic::new(Self::META.id, span, crate::msg!("community-framing")).with_edits(
                crate::msg!("community-framing-help"),
                vec![insert],
                Applicability::HasPlaceholders,
            ),
        );
    }
}
