use std::sync::LazyLock;

use serde::Deserialize;

use super::lexicon_rule;
use super::pattern::{Pattern, PatternSpec, compile_all, validate_all};
use super::{Rule, RuleMeta, declare_rule, spec};
use crate::diagnostic::{Applicability, Diagnostic};
use crate::lint::prepared::PreparedNote;

declare_rule! {
    /// ## What it checks
    /// Absolute terms that the Advertising Law (广告法 Art. 9) forbids in
    /// advertising: superlatives (`最好`, `最佳`, `最低价`, `史上最`),
    /// rankings (`第一品牌`, `销量第一`, `NO.1`), top grades (`顶级`,
    /// `国家级`, `世界级`), and absolute promises (`万能`, `绝对`,
    /// `100%有效`). Matching is segmentation-aware: a term inside a larger
    /// word is not a claim.
    ///
    /// Exempt, following the 2023 SAMR enforcement guideline on absolute
    /// terms: usage tips (`最佳赏味期`), lawful designations (`国家级非遗`),
    /// time and sequence words (`最近`, `最后一步`), quantities (`最多`,
    /// `最少也要`), ordinals (`第一次`, `第一口`), flaws (`唯一的缺点`),
    /// material composition (`100%纯棉`), standard grades (`食品级`), and
    /// the declared product and brand names.
    ///
    /// ## Why it matters for the sale
    /// A brand Note is an advertisement. An absolute claim can bring a fine
    /// from market regulators and a takedown from the platform in the middle
    /// of the sale — and shoppers who have seen every product called "the
    /// best" trust a specific, checkable benefit more.
    ///
    /// ## Bad
    /// ```text
    /// 史上最好用的面霜，全网最低价
    /// ```
    ///
    /// ## Good
    /// ```text
    /// 我用过很清爽的一款面霜，这次活动价很划算
    /// ```
    ///
    /// ## Options
    /// `lexicons.absolute-claim.add` / `.remove`; brand names in `dictionary`
    /// are never flagged.
    pub struct AbsoluteClaim {
        id: "absolute-claim",
        severity: Error,
        fixable: false,
        summary: "Advertising Law absolute term (最好, 第一, 顶级, 100%有效, …)",
    }
}

#[derive(Debug, Default, Deserialize)]
struct Params {
    #[serde(default)]
    patterns: Vec<PatternSpec>,
}

static PARAMS: LazyLock<Params> = LazyLock::new(|| spec::params(AbsoluteClaim::META.spec));
static PATTERNS: LazyLock<Vec<Pattern>> =
    LazyLock::new(|| compile_all(&PARAMS.patterns).unwrap_or_default());

fn validate_data() -> Result<(), String> {
    let params: Params = spec::try_params(AbsoluteClaim::META.spec).map_err(|e| e.to_string())?;
    validate_all(&params.patterns)
}

impl Rule for AbsoluteClaim {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn validate(&self) -> Result<(), String> {
        validate_data()
    }

    fn check(&self, note: &PreparedNote, out: &mut Vec<Diagnostic>) {
        for region in note.regions() {
            for found in lexicon_rule::find(note, region, Self::META.id, &PATTERNS) {
                let span = region.original(found.range.clone());
                let text = note.source_text(&span).to_string();
                let replacement = found
                    .entry
                    .and_then(|e| e.replacement())
                    .map(str::to_string)
                    .or_else(|| found.pattern.and_then(|p| p.spec.replacement.clone()));
                let mut diagnostic = Diagnostic::new(
                    Self::META.id,
                    span,
                    format!(
                        "“{text}” is an absolute claim the Advertising Law (Art. 9) forbids; state a specific, checkable benefit instead"
                    ),
                );
                diagnostic = match replacement {
                    Some(replacement) => diagnostic.with_suggestion(
                        "use a relative, verifiable wording",
                        Some(replacement),
                        Applicability::MaybeIncorrect,
                    ),
                    None => diagnostic.with_suggestion(
                        "remove the claim or replace it with a fact the reader can check",
                        None,
                        Applicability::HasPlaceholders,
                    ),
                };
                out.push(diagnostic);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn data_is_valid() {
        super::validate_data().expect("absolute-claim.yaml");
    }
}
