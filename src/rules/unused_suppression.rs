use super::{Rule, RuleKind, RuleMeta, declare_rule};

declare_rule! {
    /// ## What it checks
    /// Suppressions that suppress nothing: an
    /// `<!-- xhslint-disable-next-line RULE -->` whose next line has no
    /// `RULE` finding, an `<!-- xhslint-disable RULE -->` block without one,
    /// a rule in front matter `xhslint.disable` that reports nothing in the
    /// Note. Each rule a comment names is judged on its own. A suppression of
    /// a rule the config switches off is not judged.
    ///
    /// ## Why it matters for the sale
    /// A suppression records that a person checked a claim (this `第一` is a
    /// verified award, this link is the brand's own store). Once the copy
    /// changes, a stale suppression silently waives the check for whatever
    /// is written there next — the unverified claim that goes out in the
    /// middle of the sale. Removing it keeps every waiver deliberate.
    ///
    /// ## Bad
    /// ```text
    /// <!-- xhslint-disable-next-line absolute-claim -->
    /// 这支精华质地清爽，上脸不黏
    /// ```
    ///
    /// ## Good
    /// ```text
    /// <!-- xhslint-disable-next-line absolute-claim -- 2025年度天猫美妆榜第一，证书见附件 -->
    /// 获得2025年度美妆榜第一
    /// ```
    ///
    /// ## Options
    /// Only its severity. `--fix` removes an unused comment, or the unused
    /// rules from it; a `xhslint.disable` entry is left for a person to
    /// remove.
    pub struct UnusedSuppression {
        id: "unused-suppression",
        severity: Info,
        fixable: true,
        summary: "A suppression comment or xhslint.disable entry that suppresses nothing",
    }
}

impl Rule for UnusedSuppression {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    /// Judged by the engine's suppression pass, about the Note's
    /// suppression comments.
    fn kind(&self) -> RuleKind {
        RuleKind::Meta
    }
}
