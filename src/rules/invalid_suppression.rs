use super::{Rule, RuleKind, RuleMeta, declare_rule};

declare_rule! {
    /// ## What it checks
    /// Suppressions that cannot work: a rule id that no rule has, in a
    /// suppression comment or in front matter `xhslint.disable` (usually a
    /// typo such as `absolut-claim`, with the likely id suggested), and an
    /// `xhslint-` comment that is not a directive (`xhslint-disable-line`).
    ///
    /// ## Why it matters for the sale
    /// Whoever wrote the comment meant to waive a finding after checking
    /// it. A misspelt id waives nothing, so the Note keeps failing review
    /// for a reason the team believes is settled — or a colleague "fixes"
    /// it by switching the rule off for everyone.
    ///
    /// ## Bad
    /// ```text
    /// <!-- xhslint-disable-next-line absolut-claim -->
    /// ```
    ///
    /// ## Good
    /// ```text
    /// <!-- xhslint-disable-next-line absolute-claim -->
    /// ```
    ///
    /// ## Options
    /// Only its severity.
    pub struct InvalidSuppression {
        id: "invalid-suppression",
        severity: Warning,
        fixable: false,
        summary: "A suppression naming an unknown rule, or an unknown xhslint- directive",
    }
}

impl Rule for InvalidSuppression {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    /// Judged by the engine's suppression pass, about the Note's
    /// suppression comments.
    fn kind(&self) -> RuleKind {
        RuleKind::Meta
    }
}
