use super::{Context, PlanRule, declare_plan_rule};
use crate::diagnostic::Diagnostic;
use crate::msg;

declare_plan_rule! {
    /// ## What it checks
    /// A live stream that links more products than a stream can carry.
    ///
    /// ## Why it matters for the sale
    /// Xiaohongshu lets a live stream link up to 20 products. Past that the
    /// extra listings cannot go live with the stream, so the host promises
    /// items viewers cannot buy in one tap — and a stream with that many
    /// items has no time left to show any of them properly.
    ///
    /// ## Bad
    /// ```yaml
    /// streams:
    ///   - id: live-0616
    ///     products: [ ... 23 products ... ]
    /// ```
    ///
    /// ## Good
    /// ```yaml
    /// streams:
    ///   - id: live-0616
    ///     products: [ ... 12 products, the rest in another stream ... ]
    /// ```
    pub struct ProductCount {
        id: "plan-product-count",
        severity: Error,
        summary: "A live stream links more products than the platform allows",
        options: [
            max_products: Count = 20,
            doc: "the most products one stream links";
        ],
    }
}

impl PlanRule for ProductCount {
    fn meta(&self) -> &'static crate::rules::RuleMeta {
        &Self::META
    }

    fn check(&self, plan: &Context, out: &mut Vec<Diagnostic>) {
        let max = Self::max_products(plan.settings);
        for stream in &plan.campaign.streams {
            let count = stream.products.len();
            if count <= max {
                continue;
            }
            let span = stream
                .products_key
                .clone()
                .unwrap_or_else(|| stream.id.span.clone());
            out.push(
                Diagnostic::new(
                    Self::META.id,
                    span,
                    msg!(
                        "plan-product-count",
                        stream = &stream.id.value,
                        count = count.to_string(),
                        max = max.to_string()
                    ),
                )
                .with_suggestion(
                    msg!("plan-product-count-help", max = max.to_string()),
                    None,
                    crate::diagnostic::Applicability::HasPlaceholders,
                ),
            );
        }
    }
}
