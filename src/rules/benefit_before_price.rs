use std::sync::LazyLock;

use serde::Deserialize;

use super::pattern::{Pattern, PatternSpec, compile_all, validate_all};
use super::{Rule, RuleMeta, declare_rule, signals, spec};
use crate::diagnostic::{Applicability, Diagnostic};
use crate::model::prepared::PreparedNote;
use crate::text::matcher::LexiconHit;

declare_rule! {
    /// ## What it checks
    /// In a sale Note's body (one that makes an offer, not a
    /// review that gives a price), the first price or discount mention
    /// (`¥199`, `129元`, `5折`, `到手价`, `立减50`) must come after the
    /// first concrete benefit: a clause saying how the product feels,
    /// tastes, fits or works in use. Benefit words (`保湿`, `显瘦`, `酥脆`,
    /// `静音`, …, general or for the Note's `category`) are read first; so
    /// are a degree word before a sensory adjective (`奶香很浓`), a
    /// discomfort denied (`贴身穿也不闷`, `不磨脚`), a sense named and
    /// praised (`香气很足`, `锅气足`) and ease in use (`秒上手`,
    /// `一冲就化开`). Greetings, return policy (`7天无理由`), sizes and ages
    /// are not benefits; a benefit in the title does not count.
    ///
    /// ## Why it matters for the sale
    /// Xiaohongshu shoppers come for the product story. A Note that opens on
    /// the price reads as an advert and makes the discount the only reason to
    /// buy; one that shows what the product does first makes the price feel
    /// like a reward.
    ///
    /// ## Bad
    /// ```text
    /// 到手价129元！这款气垫服帖不卡粉，油皮也能撑一天。
    /// ```
    ///
    /// ## Good
    /// ```text
    /// 这款气垫服帖不卡粉，油皮也能撑一天。这次到手价129元。
    /// ```
    ///
    /// ## Options
    /// `category` picks the category benefit words (beauty, fashion, food,
    /// mother-baby, home, digital); general words always count.
    pub struct BenefitBeforePrice {
        id: "benefit-before-price",
        severity: Warning,
        fixable: false,
        summary: "Body names the price before any concrete benefit",
    }
}

#[derive(Debug, Default, Deserialize)]
struct Params {
    #[serde(default)]
    benefit_patterns: Vec<PatternSpec>,
}

static PARAMS: LazyLock<Params> = LazyLock::new(|| spec::params(BenefitBeforePrice::META.spec));
static BENEFIT_PATTERNS: LazyLock<Vec<Pattern>> =
    LazyLock::new(|| compile_all(&PARAMS.benefit_patterns).unwrap_or_default());

impl Rule for BenefitBeforePrice {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn validate(&self) -> Result<(), String> {
        let params: Params = spec::try_params(Self::META.spec).map_err(|e| e.to_string())?;
        validate_all(&params.benefit_patterns)
    }

    fn check(&self, note: &PreparedNote, out: &mut Vec<Diagnostic>) {
        let region = &note.body;
        let Some(price) = signals::first_price(region) else {
            return;
        };
        // A review's price is information, not an offer to lead up to.
        if !note.is_sale() {
            return;
        }
        let category = note.category();
        let lexicon = note.settings.lexicons.get("benefit");
        let haystack = region.haystack();
        let pattern_starts: Vec<usize> = BENEFIT_PATTERNS
            .iter()
            .flat_map(|p| p.find_iter(&haystack))
            .map(|r| r.start)
            .collect();
        let lexicon_hits = || {
            note.candidate_hits(region, "benefit").filter(|hit| {
                let entry = lexicon.and_then(|l| l.entries.get(hit.entry));
                entry.is_some_and(|e| applies_to(e.fields.first().map(String::as_str), category))
            })
        };
        // A lexicon hit counts on word boundaries only; segmenting is the
        // costly part, so it is done only as far as the answer needs.
        let on_word_boundaries = |hit: &LexiconHit| region.boundaries.aligned(&hit.range);
        let benefit_before_price = pattern_starts.iter().any(|&start| start < price.start)
            || lexicon_hits()
                .filter(|hit| hit.range.start < price.start)
                .any(on_word_boundaries);
        if benefit_before_price {
            return;
        }
        let any_benefit = !pattern_starts.is_empty() || lexicon_hits().any(on_word_boundaries);
        let span = region.original(price);
        let price_text = note.source_text(&span);
        let message = if any_benefit {
            crate::msg!("benefit-before-price-first", price = price_text)
        } else {
            crate::msg!("benefit-before-price-none", price = price_text)
        };
        out.push(
            Diagnostic::new(Self::META.id, span, message).with_suggestion(
                crate::msg!("benefit-before-price-help"),
                None,
                Applicability::HasPlaceholders,
            ),
        );
    }
}

/// Whether a benefit word tagged `categories` counts for a Note of
/// `category`: general words always do, category words when the category
/// matches or is unknown.
fn applies_to(categories: Option<&str>, category: Option<&str>) -> bool {
    let Some(categories) = categories.filter(|c| !c.is_empty() && *c != "-") else {
        return true;
    };
    categories
        .split(',')
        .map(str::trim)
        .any(|c| c == "general" || category.is_none_or(|note| note == c || note == "other"))
}
