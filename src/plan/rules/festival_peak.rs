use std::ops::Range;

use jiff::Timestamp;

use super::{Context, PlanRule, add_days, declare_plan_rule};
use crate::diagnostic::Diagnostic;
use crate::msg;
use crate::plan::model::stamp;
use crate::title::facts::china_date;
use crate::title::festival::Phase;

declare_plan_rule! {
    /// ## What it checks
    /// A live stream or a planned sale that falls in the festival's peak
    /// but runs beyond it — longer than the festival's own peak days.
    ///
    /// ## Why it matters for the sale
    /// Festival flash sales convert when they are short and intense inside
    /// the festival's peak. A sale that starts before the peak or carries
    /// on after it dilutes the urgency that the festival gives for free,
    /// and teaches buyers that the "festival price" is just the price.
    ///
    /// ## Bad
    /// ```yaml
    /// festival: "618"
    /// notes:
    ///   - path: notes/sale.md
    ///     role: sale
    ///     sale: {start: 2026-05-20T00:00:00+08:00, end: 2026-06-25T00:00:00+08:00}
    /// ```
    ///
    /// ## Good
    /// ```yaml
    /// festival: "618"
    /// notes:
    ///   - path: notes/sale.md
    ///     role: sale
    ///     sale: {start: 2026-06-16T20:00:00+08:00, end: 2026-06-18T20:00:00+08:00}
    /// ```
    ///
    /// ## Options
    /// Only its severity. The peak days come from the built-in festival
    /// calendar (`rules/festivals.yaml`).
    pub struct FestivalPeak {
        id: "plan-festival-peak",
        severity: Warning,
        summary: "A festival sale runs longer than the festival's own peak",
    }
}

impl PlanRule for FestivalPeak {
    fn meta(&self) -> &'static crate::rules::RuleMeta {
        &Self::META
    }

    fn check(&self, plan: &Context, out: &mut Vec<Diagnostic>) {
        let Some((festival, day)) = plan.festival() else {
            return;
        };
        let Some(peak) = festival.windows.iter().find(|w| w.phase == Phase::Peak) else {
            return;
        };
        let first = add_days(day, peak.from.into());
        let last = add_days(day, peak.to.into());
        let mut runs: Vec<(&str, Timestamp, Timestamp, Range<usize>)> = Vec::new();
        for stream in &plan.campaign.streams {
            runs.push((
                "stream",
                stream.start.value,
                stream.end.value,
                stream.end.span.clone(),
            ));
        }
        for note in &plan.campaign.notes {
            if let Some(sale) = &note.sale {
                runs.push((
                    "sale",
                    sale.start.value,
                    sale.end.value,
                    sale.end.span.clone(),
                ));
            }
        }
        for (what, start, end, span) in runs {
            let (from, to) = (china_date(start), china_date(end));
            let overlaps = from <= last && to >= first;
            if !overlaps || (from >= first && to <= last) {
                continue;
            }
            out.push(Diagnostic::new(
                Self::META.id,
                span,
                msg!(
                    "plan-festival-peak",
                    what = what,
                    start = stamp(start),
                    end = stamp(end),
                    festival = festival.display_name(),
                    first = first.to_string(),
                    last = last.to_string()
                ),
            ));
        }
    }
}
