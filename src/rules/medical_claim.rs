use std::sync::LazyLock;

use serde::Deserialize;

use super::claim_context::{self, ClaimPatterns, ClaimSpec};
use super::pattern::{Pattern, PatternSpec, compile_all, validate_all};
use super::{Rule, RuleMeta, declare_rule, spec};
use crate::diagnostic::{Applicability, Diagnostic};
use crate::model::prepared::{CopyRegion, PreparedNote};

declare_rule! {
    /// ## What it checks
    /// A sale Note that claims its product — a cosmetic, a food, an
    /// everyday good, not a drug — prevents, treats or cures a disease or
    /// works like a medicine: the terms in `dictionaries/medical-claim.txt`
    /// (`治疗`, `根治`, `消炎`, `抗炎`, `降血压`, `药效`, `增强免疫力`, …) and
    /// the families in `rules/medical-claim.yaml` (`治好湿疹`, `改善失眠`,
    /// `7天瘦10斤`, `没有副作用`). Also the claims only a registered
    /// special-use cosmetic may make (`美白`, `祛斑`, `防晒`, `防脱`,
    /// `染发`), in a Note about a cosmetic, unless the front matter gives
    /// the registration (`registration: 国妆特字…`), and the efficacy
    /// claims a cosmetic may make only with a published evaluation
    /// (`祛痘`, `抗皱`).
    ///
    /// Not claims: the writer's own medical story (`上周去医院打了消炎针`),
    /// a disclaimer or negation (`不能替代药品`, `不能消炎`), a question
    /// (`能消炎吗？`), compounds and names that contain the characters
    /// (`药妆店`, `治愈系`, `防晒衣`), a mood (`太治愈了`), and any Note
    /// that sells nothing.
    ///
    /// ## Why it matters for the sale
    /// Only a drug may claim to treat a disease (广告法 Art. 17), and only a
    /// registered special-use cosmetic may claim whitening or sun protection
    /// (化妆品监督管理条例 2020). Regulators fine such copy and the platform
    /// takes the Note down mid-sale; the effect the reader can feel, said
    /// plainly, sells as well and stays up.
    ///
    /// ## Bad
    /// ```text
    /// 这款面霜能消炎，坚持用还能根治痘痘
    /// ```
    ///
    /// ## Good
    /// ```text
    /// 这款面霜泛红的时候涂上很舒缓，质地清爽不闷痘
    /// ```
    ///
    /// ## Options
    /// `lexicons.medical-claim.add` / `.remove` extend or trim the terms;
    /// front matter `registration` allows the special-use claims.
    pub struct MedicalClaim {
        id: "medical-claim",
        severity: Error,
        fixable: false,
        summary: "Medical or special-use cosmetic claim for a non-drug product (消炎, 治疗, 美白)",
    }
}

#[derive(Debug, Default, Deserialize)]
struct Params {
    #[serde(flatten)]
    claims: ClaimSpec,
    /// A Note whose copy matches one of these is about a cosmetic, so a
    /// special-use term in it is a cosmetic claim (`防晒` on a hat is not).
    #[serde(default)]
    cosmetic: Vec<PatternSpec>,
    /// The same, for the title only: special-use products by name.
    #[serde(default)]
    cosmetic_title: Vec<PatternSpec>,
    /// The rewrite offered when neither the term nor the pattern has one.
    #[serde(default)]
    default_replacement: String,
}

static PARAMS: LazyLock<Params> = LazyLock::new(|| spec::params(MedicalClaim::META.spec));
static PATTERNS: LazyLock<ClaimPatterns> =
    LazyLock::new(|| PARAMS.claims.compile().unwrap_or_default());
static COSMETIC: LazyLock<Vec<Pattern>> =
    LazyLock::new(|| compile_all(&PARAMS.cosmetic).unwrap_or_default());
static COSMETIC_TITLE: LazyLock<Vec<Pattern>> =
    LazyLock::new(|| compile_all(&PARAMS.cosmetic_title).unwrap_or_default());

fn validate_data() -> Result<(), String> {
    let params: Params = spec::try_params(MedicalClaim::META.spec).map_err(|e| e.to_string())?;
    params.claims.validate()?;
    validate_all(&params.cosmetic)?;
    validate_all(&params.cosmetic_title)
}

/// Whether the Note is about a cosmetic: its category, else its copy.
fn about_cosmetic(note: &PreparedNote) -> bool {
    let mentions = |patterns: &[Pattern], region: &CopyRegion| {
        let haystack = region.haystack();
        patterns
            .iter()
            .any(|p| p.find_iter(&haystack).next().is_some())
    };
    match note.category() {
        Some(category) => category == "beauty",
        None => {
            note.title
                .as_ref()
                .is_some_and(|title| mentions(&COSMETIC_TITLE, title))
                || note.regions().any(|region| mentions(&COSMETIC, region))
        }
    }
}

impl Rule for MedicalClaim {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn validate(&self) -> Result<(), String> {
        validate_data()
    }

    fn check(&self, note: &PreparedNote, out: &mut Vec<Diagnostic>) {
        if !note.is_sale() {
            return;
        }
        let registered = note
            .note
            .front_matter
            .as_ref()
            .is_some_and(|fm| fm.registration.is_some());
        let mut cosmetic = None;
        for region in note.regions() {
            for found in claim_context::claims(note, region, Self::META.id, &PATTERNS) {
                let special = found.entry.is_some_and(|e| e.has_flag("special"));
                let efficacy = found.entry.is_some_and(|e| e.has_flag("cosmetic"));
                if (special && registered)
                    || ((special || efficacy)
                        && !*cosmetic.get_or_insert_with(|| about_cosmetic(note)))
                {
                    continue;
                }
                let span = region.original(found.range.clone());
                let text = note.source_text(&span).to_string();
                let replacement = found
                    .entry
                    .and_then(|e| e.replacement())
                    .map(str::to_string)
                    .or_else(|| found.pattern.and_then(|p| p.spec.replacement.clone()))
                    .unwrap_or_else(|| PARAMS.default_replacement.clone());
                let (message, help) = if efficacy {
                    (
                        crate::msg!("medical-claim-efficacy", text = &text),
                        crate::msg!("medical-claim-look-help"),
                    )
                } else if special {
                    (
                        crate::msg!("medical-claim-special", text = &text),
                        crate::msg!("medical-claim-look-help"),
                    )
                } else {
                    (
                        crate::msg!("medical-claim-medical", text = &text),
                        crate::msg!("medical-claim-medical-help"),
                    )
                };
                let rewritten =
                    region.original(claim_context::with_modal(region.text(), &found.range));
                out.push(
                    Diagnostic::new(Self::META.id, span, message).with_suggestion_at(
                        help,
                        replacement,
                        rewritten,
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
        super::validate_data().expect("medical-claim.yaml");
    }
}
