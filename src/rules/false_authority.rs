use std::sync::LazyLock;

use serde::Deserialize;

use super::claim_context::{self, ClaimPatterns, ClaimSpec};
use super::{Rule, RuleMeta, declare_rule, spec};
use crate::diagnostic::Diagnostic;
use crate::model::prepared::PreparedNote;

declare_rule! {
    /// ## What it checks
    /// A sale Note that borrows an authority the law forbids in advertising:
    /// state organs or officials as endorsers (`国家机关推荐`), supply to
    /// them (`特供`, `专供`), `驰名商标`, exemption from quality inspection
    /// (`质量免检`), and doctors, experts or state media vouching for the
    /// product (`医生推荐`, `专家都在推荐`, `央视推荐`). Terms are in
    /// `dictionaries/false-authority.txt`, families in
    /// `rules/false-authority.yaml`.
    ///
    /// Not claims: the writer's own visit (`医生建议我多喝水`), a negation
    /// or question, `专供` meaning "only for" a counter or a use
    /// (`专供外卖的窗口`), and any Note that sells nothing.
    ///
    /// ## Why it matters for the sale
    /// 广告法 Art. 9 bans state organs and officials in ads, Art. 16 and 18
    /// bar doctors and experts from endorsing health products, and 商标法
    /// Art. 14 bans `驰名商标` in advertising. Regulators fine such copy, and
    /// readers trust what the product does more than who is said to use it.
    ///
    /// ## Bad
    /// ```text
    /// 皮肤科医生推荐，国家机关专供的好茶
    /// ```
    ///
    /// ## Good
    /// ```text
    /// 成分温和，用着很舒服；每批都有质检报告
    /// ```
    ///
    /// ## Options
    /// `lexicons.false-authority.add` / `.remove` extend or trim the terms.
    pub struct FalseAuthority {
        id: "false-authority",
        severity: Error,
        fixable: false,
        summary: "Forbidden endorsement or designation (国家机关推荐, 特供, 驰名商标, 医生推荐)",
    }
}

#[derive(Debug, Default, Deserialize)]
struct Params {
    #[serde(flatten)]
    claims: ClaimSpec,
    #[serde(default)]
    default_replacement: String,
}

static PARAMS: LazyLock<Params> = LazyLock::new(|| spec::params(FalseAuthority::META.spec));
static PATTERNS: LazyLock<ClaimPatterns> =
    LazyLock::new(|| PARAMS.claims.compile().unwrap_or_default());

fn validate_data() -> Result<(), String> {
    let params: Params = spec::try_params(FalseAuthority::META.spec).map_err(|e| e.to_string())?;
    params.claims.validate()
}

impl Rule for FalseAuthority {
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
            |text| crate::msg!("false-authority", text = text),
            crate::msg!("false-authority-help"),
            out,
        );
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn data_is_valid() {
        super::validate_data().expect("false-authority.yaml");
    }
}
