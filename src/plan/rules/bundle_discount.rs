use super::{Context, PlanRule, declare_plan_rule, percent, yuan};
use crate::diagnostic::Diagnostic;
use crate::msg;

declare_plan_rule! {
    /// ## What it checks
    /// A live-only bundle's price against its items bought one by one in
    /// the same stream: the bundle must cost less, and save within a band.
    ///
    /// ## Why it matters for the sale
    /// Bundles that exist only in the stream work when they save buyers 15
    /// to 25 percent on the items' separate prices. Less and nobody notices
    /// the bundle; more and the stream gives away margin and teaches buyers
    /// to wait for the next bundle. A bundle that costs as much as its items
    /// or more is a trap viewers will call out in the comments.
    ///
    /// ## Bad
    /// ```yaml
    /// bundles:
    ///   - {name: 补水套装, items: [serum, cream], price: 329}   # items: 199 + 129
    /// ```
    ///
    /// ## Good
    /// ```yaml
    /// bundles:
    ///   - {name: 补水套装, items: [serum, cream], price: 269}   # 18% off 328
    /// ```
    pub struct BundleDiscount {
        id: "plan-bundle-discount",
        severity: Warning,
        summary: "A bundle saves too little or too much, or costs more than its items",
        options: [
            min_percent: Count = 15,
            doc: "the smallest saving";
            max_percent: Count = 25,
            doc: "the largest saving";
        ],
    }
}

impl PlanRule for BundleDiscount {
    fn meta(&self) -> &'static crate::rules::RuleMeta {
        &Self::META
    }

    fn check(&self, plan: &Context, out: &mut Vec<Diagnostic>) {
        let min = Self::min_percent(plan.settings) as f64;
        let max = Self::max_percent(plan.settings) as f64;
        for stream in &plan.campaign.streams {
            for bundle in &stream.bundles {
                let sum: f64 = bundle
                    .items
                    .iter()
                    .filter_map(|id| stream.product(&id.value))
                    .map(|p| p.price.value)
                    .sum();
                if sum <= 0.0 {
                    continue;
                }
                let price = bundle.price.value;
                let saving = (1.0 - price / sum) * 100.0;
                let message = if price >= sum {
                    msg!(
                        "plan-bundle-costs",
                        bundle = &bundle.name.value,
                        price = yuan(price),
                        more = if price > sum { "more" } else { "same" },
                        sum = yuan(sum)
                    )
                } else if saving < min - 0.05 {
                    msg!(
                        "plan-bundle-little",
                        bundle = &bundle.name.value,
                        saving = percent(saving),
                        sum = yuan(sum),
                        min = percent(min),
                        max = percent(max)
                    )
                } else if saving > max + 0.05 {
                    msg!(
                        "plan-bundle-much",
                        bundle = &bundle.name.value,
                        saving = percent(saving),
                        sum = yuan(sum),
                        min = percent(min),
                        max = percent(max)
                    )
                } else {
                    continue;
                };
                let low = (sum * (1.0 - max / 100.0)).ceil();
                let high = (sum * (1.0 - min / 100.0)).floor();
                out.push(
                    Diagnostic::new(Self::META.id, bundle.price.span.clone(), message)
                        .with_suggestion(
                            msg!("plan-bundle-help", low = yuan(low), high = yuan(high)),
                            None,
                            crate::diagnostic::Applicability::MaybeIncorrect,
                        ),
                );
            }
        }
    }
}
