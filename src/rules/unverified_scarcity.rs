use super::{Rule, RuleMeta, declare_rule};
use crate::diagnostic::Diagnostic;
use crate::model::claims::verify::{DeclaredFacts, Verdict, verify};
use crate::model::claims::{ClaimKind, ClaimPatterns};
use crate::model::prepared::PreparedNote;

declare_rule! {
    /// ## What it checks
    /// Time and quantity claims — windows (`限时48小时`), countdowns
    /// (`倒计时3天`), deadlines (`今晚截止`) and stock (`限量200份`,
    /// `仅剩30件`) — in a Note whose front matter does not declare the facts
    /// that would back them: `sale.start`/`sale.end` for time, `sale.stock`
    /// for quantity, `publish_at` for countdowns and deadlines. Time claims
    /// count in sale Notes (a price, a discount or `sale` in the front
    /// matter), where they are about the sale; stock claims count anywhere.
    /// Early-bird bonuses (`前100名`) are not scarcity claims.
    ///
    /// ## Why it matters for the sale
    /// A limit nobody wrote down is one nobody can keep. Declaring the sale
    /// in the front matter lets `claim-mismatch` prove the copy true before
    /// readers test it.
    ///
    /// ## Bad
    /// ```text
    /// (no sale in the front matter)
    /// 限量200份｜奶茶色口红
    /// ```
    ///
    /// ## Good
    /// ```text
    /// sale: {stock: 200}
    /// 限量200份｜奶茶色口红
    /// ```
    ///
    /// ## Options
    /// None.
    pub struct UnverifiedScarcity {
        id: "unverified-scarcity",
        severity: Info,
        fixable: false,
        summary: "Scarcity claim with no declared sale facts to back it",
    }
}

impl Rule for UnverifiedScarcity {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, note: &PreparedNote, out: &mut Vec<Diagnostic>) {
        let facts = DeclaredFacts::of(note.note);
        let tolerance = &ClaimPatterns::get().tolerance;
        // Outside a sale, 倒计时15天 and 今天结束 are about exams and fairs;
        // a stated stock (限量200份) is selling whatever else the Note says.
        let sale = note.is_sale();
        let claims = note
            .scarcity_claims()
            .iter()
            .filter(|c| sale || matches!(c.kind, ClaimKind::Stock { .. }));
        for claim in claims {
            let text = note.source_text(&claim.span);
            let Verdict::Unbacked { missing } = verify(&claim.kind, text, &facts, tolerance) else {
                continue;
            };
            let mut diagnostic = Diagnostic::new(
                Self::META.id,
                claim.span.clone(),
                crate::msg!(
                    "unverified-scarcity",
                    text = text,
                    missing =
                        crate::i18n::Arg::list(missing.iter().copied(), crate::i18n::Join::And)
                ),
            );
            let sale = facts.sale.map(|s| s.span.clone());
            if let Some(span) = sale {
                diagnostic = diagnostic
                    .with_related(crate::msg!("unverified-scarcity-declared"), Some(span));
            }
            out.push(diagnostic);
        }
    }
}
