use super::{Context, PlanRule, days_between, declare_plan_rule};
use crate::diagnostic::Diagnostic;
use crate::msg;
use crate::plan::model::{Role, stamp};
use crate::title::facts::china_date;

declare_plan_rule! {
    /// ## What it checks
    /// A festival campaign (`festival:` set) has a preheat Note that goes
    /// out early enough before the festival's day.
    ///
    /// ## Why it matters for the sale
    /// Festival buyers make up their minds weeks ahead. A preheat phase of
    /// one to two months of steady organic Notes builds the curiosity and
    /// familiarity that the festival's own flash windows then convert; a
    /// brand that first appears in the festival week competes with every
    /// other brand's peak offers and is nobody's first choice.
    ///
    /// ## Bad
    /// ```yaml
    /// festival: "618"
    /// notes:
    ///   - {path: notes/preheat.md, role: preheat, publish_at: 2026-06-08T12:00:00+08:00}
    /// ```
    ///
    /// ## Good
    /// ```yaml
    /// festival: "618"
    /// notes:
    ///   - {path: notes/preheat.md, role: preheat, publish_at: 2026-05-08T12:00:00+08:00}
    /// ```
    pub struct FestivalPreheat {
        id: "plan-festival-preheat",
        severity: Warning,
        summary: "A festival campaign starts its preheat too late, or has none",
        options: [
            min_days: Count = 30,
            doc: "the fewest days between the first preheat Note and the festival's day";
        ],
    }
}

impl PlanRule for FestivalPreheat {
    fn meta(&self) -> &'static crate::rules::RuleMeta {
        &Self::META
    }

    fn check(&self, plan: &Context, out: &mut Vec<Diagnostic>) {
        let (Some(declared), Some((festival, day))) = (&plan.campaign.festival, plan.festival())
        else {
            return;
        };
        let min_days = Self::min_days(plan.settings) as i64;
        let name = festival.display_name();
        let preheats: Vec<usize> = plan
            .entries()
            .filter(|(_, n)| n.role.value == Role::Preheat)
            .map(|(i, _)| i)
            .collect();
        let earliest = preheats
            .iter()
            .filter_map(|&i| Some((plan.publish_at(i)?, i)))
            .min();
        let Some((published, index)) = earliest else {
            let span = preheats.first().map_or_else(
                || declared.span.clone(),
                |&i| plan.campaign.notes[i].path.span.clone(),
            );
            let diagnostic = Diagnostic::new(
                Self::META.id,
                span,
                msg!(
                    "plan-preheat-none",
                    festival = name,
                    day = day.to_string(),
                    min = min_days.to_string()
                ),
            );
            out.push(match preheats.first() {
                Some(&first) => plan.about_note(first, diagnostic),
                None => diagnostic,
            });
            return;
        };
        let lead = days_between(china_date(published), day);
        if lead >= min_days {
            return;
        }
        out.push(plan.about_note(
            index,
            Diagnostic::new(
                Self::META.id,
                plan.publish_span(index),
                msg!(
                    "plan-preheat-late",
                    stamp = stamp(published),
                    lead = lead.to_string(),
                    festival = name,
                    day = day.to_string(),
                    min = min_days.to_string()
                ),
            ),
        ));
    }
}
