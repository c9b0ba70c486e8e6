use super::{Context, PlanRule, declare_plan_rule};
use crate::diagnostic::Diagnostic;
use crate::msg;
use crate::plan::model::{clock, minutes_between};

declare_plan_rule! {
    /// ## What it checks
    /// The rhythm of a stream's flash windows: from one window's start to
    /// the next, more than the longest gap (viewers drift off) or less than
    /// the shortest (nothing is taught in between).
    ///
    /// ## Why it matters for the sale
    /// Flash offers that come back every 30 to 45 minutes keep viewers
    /// watching and give latecomers a reason to stay for the next one.
    /// Windows back to back turn the stream into a sales loop, which the
    /// community punishes; an hour without one loses the room.
    ///
    /// ## Bad
    /// ```yaml
    /// windows:
    ///   - {start: "20:10", end: "20:20"}
    ///   - {start: "21:30", end: "21:40"}
    /// ```
    ///
    /// ## Good
    /// ```yaml
    /// windows:
    ///   - {start: "20:10", end: "20:20"}
    ///   - {start: "20:50", end: "21:00"}
    /// ```
    pub struct WindowGap {
        id: "plan-window-gap",
        severity: Warning,
        summary: "Flash windows do not come back every 30–45 minutes",
        options: [
            min_interval: Count = 30,
            doc: "the fewest minutes from one window's start to the next";
            max_interval: Count = 45,
            doc: "the most minutes from one window's start to the next";
        ],
    }
}

impl PlanRule for WindowGap {
    fn meta(&self) -> &'static crate::rules::RuleMeta {
        &Self::META
    }

    fn check(&self, plan: &Context, out: &mut Vec<Diagnostic>) {
        let min = Self::min_interval(plan.settings) as i64;
        let max = Self::max_interval(plan.settings) as i64;
        for stream in &plan.campaign.streams {
            for pair in stream.windows.windows(2) {
                let (before, after) = (&pair[0], &pair[1]);
                let interval = minutes_between(before.start.value, after.start.value);
                let problem = if interval < min {
                    msg!("plan-window-gap-soon", min = min.to_string())
                } else if interval > max {
                    msg!(
                        "plan-window-gap-long",
                        min = min.to_string(),
                        max = max.to_string()
                    )
                } else {
                    continue;
                };
                out.push(
                    Diagnostic::new(
                        Self::META.id,
                        after.start.span.clone(),
                        msg!(
                            "plan-window-gap",
                            after = clock(after.start.value),
                            interval = interval.to_string(),
                            before = clock(before.start.value),
                            problem = problem
                        ),
                    )
                    .with_related(msg!("plan-window-before"), Some(before.start.span.clone())),
                );
            }
        }
    }
}
