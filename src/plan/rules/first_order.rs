use super::{Context, PlanRule, declare_plan_rule, percent};
use crate::diagnostic::Diagnostic;
use crate::msg;

declare_plan_rule! {
    /// ## What it checks
    /// The campaign's first-order discount for new buyers
    /// (`first_order_discount`, in percent) against a modest band.
    ///
    /// ## Why it matters for the sale
    /// A welcome offer of 10 to 15 percent is enough to win a first order
    /// during a flash sale and bring new buyers into the community. Less
    /// does not move anyone; more costs margin on every new buyer and
    /// makes the flash offer itself look small.
    ///
    /// ## Bad
    /// ```yaml
    /// first_order_discount: 40
    /// ```
    ///
    /// ## Good
    /// ```yaml
    /// first_order_discount: 12
    /// ```
    pub struct FirstOrder {
        id: "plan-first-order",
        severity: Warning,
        summary: "The first-order discount for new buyers is outside a modest band",
        options: [
            min_percent: Count = 10,
            doc: "the smallest first-order discount";
            max_percent: Count = 15,
            doc: "the largest first-order discount";
        ],
    }
}

impl PlanRule for FirstOrder {
    fn meta(&self) -> &'static crate::rules::RuleMeta {
        &Self::META
    }

    fn check(&self, plan: &Context, out: &mut Vec<Diagnostic>) {
        let Some(discount) = &plan.campaign.first_order_discount else {
            return;
        };
        let min = Self::min_percent(plan.settings) as f64;
        let max = Self::max_percent(plan.settings) as f64;
        let problem = if discount.value < min {
            "small"
        } else if discount.value > max {
            "large"
        } else {
            return;
        };
        out.push(Diagnostic::new(
            Self::META.id,
            discount.span.clone(),
            msg!(
                "plan-first-order",
                discount = percent(discount.value),
                problem = problem,
                min = percent(min),
                max = percent(max)
            ),
        ));
    }
}
