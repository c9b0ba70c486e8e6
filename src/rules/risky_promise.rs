use std::sync::LazyLock;

use serde::Deserialize;

use super::claim_context::{self, ClaimPatterns, ClaimSpec};
use super::{Rule, RuleMeta, declare_rule, spec};
use crate::diagnostic::Diagnostic;
use crate::model::prepared::PreparedNote;

declare_rule! {
    /// ## What it checks
    /// A sale Note that promises what advertising may not: guaranteed
    /// returns on money (`稳赚`, `保本`, `翻倍收益`, `月入过万`), guaranteed
    /// exam or training results (`包过`, `保证拿证`, `不过退款`), luck and
    /// protection from an object (`开光`, `转运`, `招财`, `辟邪`), and
    /// fraud-style bait (`点击领奖`, `恭喜获奖`). Terms are in
    /// `dictionaries/risky-promise.txt`, families in
    /// `rules/risky-promise.yaml`.
    ///
    /// Not promises: names and ornaments that contain the characters
    /// (`招财猫摆件`, `转运中心`), a clearance price at cost (`保本价`), the
    /// writer's own result (`我一次就过了`), a negation or question, and any
    /// Note that sells nothing.
    ///
    /// ## Why it matters for the sale
    /// 广告法 Art. 25 forbids promising returns, Art. 24 promising exam or
    /// training results, Art. 9 superstition; fraud-style wording gets a
    /// Note taken down as a scam. A promise no one can keep also turns into
    /// refund requests and angry comments.
    ///
    /// ## Bad
    /// ```text
    /// 包过班不过退款，开光貔貅招财转运
    /// ```
    ///
    /// ## Good
    /// ```text
    /// 课程会系统梳理考点；貔貅摆件做工精致，摆在家里很好看
    /// ```
    ///
    /// ## Options
    /// `lexicons.risky-promise.add` / `.remove` extend or trim the terms.
    pub struct RiskyPromise {
        id: "risky-promise",
        severity: Error,
        fixable: false,
        summary: "Guaranteed return or result, superstition or fraud-style bait (稳赚, 包过, 开光)",
    }
}

#[derive(Debug, Default, Deserialize)]
struct Params {
    #[serde(flatten)]
    claims: ClaimSpec,
    #[serde(default)]
    default_replacement: String,
}

static PARAMS: LazyLock<Params> = LazyLock::new(|| spec::params(RiskyPromise::META.spec));
static PATTERNS: LazyLock<ClaimPatterns> =
    LazyLock::new(|| PARAMS.claims.compile().unwrap_or_default());

fn validate_data() -> Result<(), String> {
    let params: Params = spec::try_params(RiskyPromise::META.spec).map_err(|e| e.to_string())?;
    params.claims.validate()
}

impl Rule for RiskyPromise {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn validate(&self) -> Result<(), String> {
        validate_data()
    }

    fn check(&self, note: &PreparedNote, out: &mut Vec<Diagnostic>) {
        claim_context::report(
            note,
            Self::META.id,
            &PATTERNS,
            &PARAMS.default_replacement,
            |text| crate::msg!("risky-promise", text = text),
            crate::msg!("risky-promise-help"),
            out,
        );
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn data_is_valid() {
        super::validate_data().expect("risky-promise.yaml");
    }
}
