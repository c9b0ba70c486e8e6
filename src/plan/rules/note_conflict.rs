use std::ops::Range;

use super::{Context, PlanRule, declare_plan_rule, yuan};
use crate::diagnostic::{Diagnostic, Related};
use crate::msg;
use crate::plan::facts::planned_facts;
use crate::plan::model::stamp;

declare_plan_rule! {
    /// ## What it checks
    /// A Note of the campaign whose front matter `sale` facts — price,
    /// original price, stock, start or end — differ from what the plan says
    /// for it (its own `sale:` in the plan, else its stream and product).
    ///
    /// ## Why it matters for the sale
    /// The Note's facts are what its copy is checked against and what the
    /// title generator writes from. When the Note says 189 and the stream
    /// sells at 199, one of them is wrong on the day: buyers who were
    /// promised one price and charged another complain, and a false price
    /// claim is a consumer-law risk.
    ///
    /// ## Bad
    /// ```yaml
    /// # campaign.yaml: the stream sells serum at 199
    /// # notes/sale.md front matter: sale: {price: 189}
    /// ```
    ///
    /// ## Good
    /// ```yaml
    /// # notes/sale.md front matter: sale: {price: 199}, or no price and
    /// # `campaign: 618-serum` so the plan's price applies
    /// ```
    ///
    /// ## Options
    /// Only its severity.
    pub struct NoteConflict {
        id: "plan-note-conflict",
        severity: Error,
        summary: "A Note's sale facts contradict the campaign plan",
    }
}

impl PlanRule for NoteConflict {
    fn meta(&self) -> &'static crate::rules::RuleMeta {
        &Self::META
    }

    fn check(&self, plan: &Context, out: &mut Vec<Diagnostic>) {
        for (index, entry) in plan.entries() {
            let Some(declared) = plan.linked(index).and_then(|fm| fm.sale.as_ref()) else {
                continue;
            };
            let planned = planned_facts(plan.campaign, entry);
            let path = plan.notes[index]
                .as_ref()
                .map_or_else(|| entry.path.value.clone(), |n| n.path.clone());
            let mut conflict = |what: &str, note: String, planned: String, at: Range<usize>| {
                let mut diagnostic = Diagnostic::new(
                    Self::META.id,
                    entry.path.span.clone(),
                    msg!(
                        "plan-note-conflict",
                        path = &entry.path.value,
                        what = what,
                        note = &note,
                        planned = planned
                    ),
                )
                .with_related(msg!("plan-note-conflict-plan"), Some(at));
                diagnostic.related.push(Related::new(
                    msg!("plan-note-conflict-note", what = what, note = note),
                    None,
                    Some(path.clone()),
                ));
                out.push(diagnostic);
            };
            let money = |a: f64, b: f64| (a - b).abs() > 0.005;
            if let (Some(n), Some(p)) = (&declared.price, &planned.price)
                && money(n.value, p.value)
            {
                conflict("price", yuan(n.value), yuan(p.value), p.span.clone());
            }
            if let (Some(n), Some(p)) = (&declared.original_price, &planned.original_price)
                && money(n.value, p.value)
            {
                conflict("original", yuan(n.value), yuan(p.value), p.span.clone());
            }
            if let (Some(n), Some(p)) = (&declared.stock, &planned.stock)
                && n.value != p.value
            {
                conflict(
                    "stock",
                    n.value.to_string(),
                    p.value.to_string(),
                    p.span.clone(),
                );
            }
            if let (Some(n), Some(p)) = (&declared.start, &planned.start)
                && n.value != p.value
            {
                conflict("start", stamp(n.value), stamp(p.value), p.span.clone());
            }
            if let (Some(n), Some(p)) = (&declared.end, &planned.end)
                && n.value != p.value
            {
                conflict("end", stamp(n.value), stamp(p.value), p.span.clone());
            }
        }
    }
}
