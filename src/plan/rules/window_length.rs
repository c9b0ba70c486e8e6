use super::{Context, PlanRule, declare_plan_rule};
use crate::diagnostic::Diagnostic;
use crate::msg;
use crate::plan::model::clock;

declare_plan_rule! {
    /// ## What it checks
    /// A flash window in a live stream that is too short for viewers to act
    /// on, or too long to feel like a flash offer.
    ///
    /// ## Why it matters for the sale
    /// A flash window rewards the viewers who are there: long enough for
    /// them to check the product card and pay (about 5 minutes at least),
    /// short enough that waiting is a risk (about 15 minutes at most). A
    /// two-minute window is over before the link loads; an hour-long one is
    /// just the stream's price.
    ///
    /// ## Bad
    /// ```yaml
    /// windows:
    ///   - {start: "20:30", end: "21:30", offer: 159}
    /// ```
    ///
    /// ## Good
    /// ```yaml
    /// windows:
    ///   - {start: "20:30", end: "20:40", offer: 159}
    /// ```
    pub struct WindowLength {
        id: "plan-window-length",
        severity: Warning,
        summary: "A flash window is shorter or longer than a flash offer should run",
        options: [
            min_minutes: Count = 5,
            doc: "the shortest window";
            max_minutes: Count = 15,
            doc: "the longest window";
        ],
    }
}

impl PlanRule for WindowLength {
    fn meta(&self) -> &'static crate::rules::RuleMeta {
        &Self::META
    }

    fn check(&self, plan: &Context, out: &mut Vec<Diagnostic>) {
        let min = Self::min_minutes(plan.settings) as i64;
        let max = Self::max_minutes(plan.settings) as i64;
        for stream in &plan.campaign.streams {
            for window in &stream.windows {
                let minutes = window.minutes();
                let problem = if minutes < min {
                    msg!("plan-window-short", min = min.to_string())
                } else if minutes > max {
                    msg!("plan-window-long", max = max.to_string())
                } else {
                    continue;
                };
                out.push(Diagnostic::new(
                    Self::META.id,
                    window.start.span.clone(),
                    msg!(
                        "plan-window-length",
                        start = clock(window.start.value),
                        end = clock(window.end.value),
                        minutes = minutes.to_string(),
                        problem = problem
                    ),
                ));
            }
        }
    }
}
