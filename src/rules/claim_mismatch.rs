use super::{Rule, RuleMeta, declare_rule};
use crate::diagnostic::{Applicability, Diagnostic};
use crate::model::claims::verify::{DeclaredFacts, Verdict, verify};
use crate::model::claims::{ClaimKind, ClaimPatterns};
use crate::model::prepared::PreparedNote;

declare_rule! {
    /// ## What it checks
    /// Scarcity and price claims in the title and body, read after
    /// normalization (`４８小时`, `四十八小时`, `五折` count), against the
    /// sale the front matter declares:
    ///
    /// - windows (`限时48小时`, `仅限两天`, `48h限定`) against
    ///   `sale.end − sale.start`, and countdowns (`倒计时3天`, `最后6小时`)
    ///   against `sale.end − publish_at`, each true within 1 hour;
    /// - deadlines (`今晚截止`, `仅限今天`, `今晚12点截止`) against the China-time
    ///   day of `publish_at` (or `sale.start`): false when `sale.end` falls on
    ///   another day; an end at 00:00 the next day still counts as tonight;
    /// - stock (`限量200份`, `仅剩30件`, `只有50个`) against `sale.stock`,
    ///   exactly; `前100名` is a bonus for early buyers, not a stock claim;
    /// - discounts (`5折`, `七五折`, `6.7折`): `N折` is true when
    ///   `price / original_price × 10` lies in (N − 1, N];
    /// - savings (`直降100`, `立减50`) may understate `original_price − price`,
    ///   never overstate it; stated prices (`到手¥199`, `活动价199`,
    ///   `原价299`) must match `price` or `original_price` within one yuan.
    ///
    /// A claim about a fact the Note does not declare is not a mismatch
    /// (see `unverified-scarcity`). Multi-buy and threshold offers
    /// (`第二件半价`, `满299减50`), per-unit prices, coupons and product
    /// specs (`续航30小时`, `一盒10片`) are not sale claims. The finding
    /// points at the claim and names the front matter lines it contradicts.
    ///
    /// ## Why it matters for the sale
    /// Urgency has to be earned. “Only 30 left” when the warehouse holds 500,
    /// or a “48-hour” sale that runs all week, is found out by the first
    /// reader who comes back — and breaks the trust a flash sale runs on. It
    /// is also false advertising under the Advertising Law.
    ///
    /// ## Bad
    /// ```text
    /// sale: {start: 2026-06-16 20:00, end: 2026-06-19 20:00, stock: 500}
    /// 限时48小时｜修护精华 … 仓库仅剩30件
    /// ```
    ///
    /// ## Good
    /// ```text
    /// 限时72小时｜修护精华 … 限量500件，送完即止
    /// ```
    ///
    /// ## Options
    /// None; the tolerances are kept in `rules/claims.yaml`.
    pub struct ClaimMismatch {
        id: "claim-mismatch",
        severity: Error,
        fixable: false,
        summary: "Scarcity or price claim that contradicts the declared sale facts",
    }
}

impl Rule for ClaimMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn validate(&self) -> Result<(), String> {
        ClaimPatterns::validate()
    }

    fn check(&self, note: &PreparedNote, out: &mut Vec<Diagnostic>) {
        let facts = DeclaredFacts::of(note.note);
        if facts.sale.is_none() {
            return;
        }
        let tolerance = &ClaimPatterns::get().tolerance;
        for claim in note.claims() {
            let text = note.source_text(&claim.span);
            let Verdict::Contradicts(contradiction) = verify(&claim.kind, text, &facts, tolerance)
            else {
                continue;
            };
            let mut diagnostic = Diagnostic::new(
                Self::META.id,
                claim.span.clone(),
                crate::msg!("claim-mismatch", text = text, reason = contradiction.reason),
            );
            for fact in contradiction.facts {
                diagnostic = diagnostic.with_related(fact.message, Some(fact.span));
            }
            if let Some(replacement) = contradiction.replacement {
                diagnostic = diagnostic.with_suggestion(
                    advice(&claim.kind),
                    Some(replacement),
                    Applicability::MaybeIncorrect,
                );
            }
            out.push(diagnostic);
        }
    }
}

fn advice(kind: &ClaimKind) -> crate::i18n::Msg {
    crate::i18n::Msg::new(match kind {
        ClaimKind::Window { .. } | ClaimKind::Countdown { .. } => "claim-mismatch-window",
        ClaimKind::Deadline { .. } => "claim-mismatch-deadline",
        ClaimKind::Stock { .. } => "claim-mismatch-stock",
        ClaimKind::Discount { .. } | ClaimKind::Reduction { .. } => "claim-mismatch-discount",
        ClaimKind::Price { .. } => "claim-mismatch-price",
        ClaimKind::EarlyBird { .. } => "claim-mismatch-facts",
    })
}
