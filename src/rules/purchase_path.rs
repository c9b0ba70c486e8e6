use std::sync::LazyLock;

use serde::Deserialize;

use super::pattern::{Pattern, PatternSpec, compile_all, validate_all};
use super::{Rule, RuleMeta, declare_rule, lexicon_rule, spec};
use crate::diagnostic::{Applicability, Diagnostic};
use crate::model::prepared::PreparedNote;

declare_rule! {
    /// ## What it checks
    /// A sale Note (front matter `sale`, or a price or discount in the copy)
    /// that shows no way to buy inside Xiaohongshu: no `store_link: true` in
    /// the front matter, and none of the words in
    /// `dictionaries/purchase-path.txt` (`商品卡`, `店铺`, `直播间`, …) or the
    /// families in `rules/purchase-path.yaml` (`点击下方商品`, `戳链接`, a
    /// product code) in the title or body.
    ///
    /// ## Why it matters for the sale
    /// Urgency with nowhere to act on it is wasted: a reader convinced by
    /// “限时48小时” who cannot see the product card leaves, or asks in the
    /// comments and waits. The Red Store card keeps the whole purchase in
    /// the app.
    ///
    /// ## Bad
    /// ```text
    /// 补水很稳，到手¥199，喜欢的宝子可以试试
    /// ```
    ///
    /// ## Good
    /// ```text
    /// 补水很稳，到手¥199，点击下方商品卡就能下单
    /// ```
    ///
    /// ## Options
    /// `lexicons.purchase-path.add` / `.remove` extend or trim the word list.
    pub struct PurchasePath {
        id: "purchase-path",
        severity: Warning,
        fixable: false,
        summary: "Sale Note with no clear purchase path",
    }
}

#[derive(Debug, Default, Deserialize)]
struct Params {
    #[serde(default)]
    patterns: Vec<PatternSpec>,
    #[serde(default)]
    replacement: String,
}

static PARAMS: LazyLock<Params> = LazyLock::new(|| spec::params(PurchasePath::META.spec));
static PATTERNS: LazyLock<Vec<Pattern>> =
    LazyLock::new(|| compile_all(&PARAMS.patterns).unwrap_or_default());

impl Rule for PurchasePath {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn validate(&self) -> Result<(), String> {
        let params: Params = spec::try_params(Self::META.spec).map_err(|e| e.to_string())?;
        validate_all(&params.patterns)
    }

    fn check(&self, note: &PreparedNote, out: &mut Vec<Diagnostic>) {
        if !note.is_sale() {
            return;
        }
        let store_link = note
            .note
            .front_matter
            .as_ref()
            .and_then(|fm| fm.store_link.as_ref());
        if store_link.is_some_and(|link| link.value)
            || lexicon_rule::mentions(note, Self::META.id, &PATTERNS)
        {
            return;
        }
        let (span, insert) = note.closing_line(&PARAMS.replacement);
        let mut diagnostic = Diagnostic::new(Self::META.id, span, crate::msg!("purchase-path"));
        if let Some(link) = store_link {
            diagnostic = diagnostic.with_related(
                crate::msg!("purchase-path-store-link"),
                Some(link.span.clone()),
            );
        }
        out.push(diagnostic.with_edits(
            crate::msg!("purchase-path-help"),
            vec![insert],
            Applicability::HasPlaceholders,
        ));
    }
}
