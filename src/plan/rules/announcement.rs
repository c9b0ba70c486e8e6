use super::{Context, PlanRule, declare_plan_rule};
use crate::diagnostic::Diagnostic;
use crate::msg;
use crate::plan::model::{Role, stamp};

declare_plan_rule! {
    /// ## What it checks
    /// Every live stream has an announcement Note that goes out at least a
    /// few days before the stream starts.
    ///
    /// ## Why it matters for the sale
    /// A stream's audience is built before it starts: announcing it 3 to 5
    /// days ahead, with a tease of the exclusive offers, is what turns
    /// followers into viewers on the day. A stream announced the night
    /// before, or not at all, opens to an empty room.
    ///
    /// ## Bad
    /// ```yaml
    /// streams:
    ///   - {id: live-0616, start: 2026-06-16T20:00:00+08:00, ...}
    /// notes:
    ///   - {path: notes/teaser.md, role: announcement, publish_at: 2026-06-15T20:00:00+08:00}
    /// ```
    ///
    /// ## Good
    /// ```yaml
    /// notes:
    ///   - {path: notes/teaser.md, role: announcement, publish_at: 2026-06-12T19:30:00+08:00}
    /// ```
    pub struct Announcement {
        id: "plan-announcement",
        severity: Warning,
        summary: "A live stream is announced too late, or not at all",
        options: [
            min_days: Count = 3,
            doc: "the fewest days between the announcement and the stream";
        ],
    }
}

impl PlanRule for Announcement {
    fn meta(&self) -> &'static crate::rules::RuleMeta {
        &Self::META
    }

    fn check(&self, plan: &Context, out: &mut Vec<Diagnostic>) {
        let min_days = Self::min_days(plan.settings) as i64;
        for stream in &plan.campaign.streams {
            let announcements: Vec<usize> = plan
                .entries()
                .filter(|(_, n)| {
                    n.role.value == Role::Announcement
                        && n.stream
                            .as_ref()
                            .is_none_or(|id| id.value == stream.id.value)
                })
                .map(|(i, _)| i)
                .collect();
            let earliest = announcements
                .iter()
                .filter_map(|&i| Some((plan.publish_at(i)?, i)))
                .min();
            let Some((published, index)) = earliest else {
                let message = if announcements.is_empty() {
                    msg!(
                        "plan-announcement-none",
                        stream = &stream.id.value,
                        min = min_days.to_string()
                    )
                } else {
                    msg!("plan-announcement-undated", stream = &stream.id.value)
                };
                let span = announcements.first().map_or_else(
                    || stream.id.span.clone(),
                    |&i| plan.campaign.notes[i].path.span.clone(),
                );
                let diagnostic = Diagnostic::new(Self::META.id, span, message);
                out.push(match announcements.first() {
                    Some(&first) => plan.about_note(first, diagnostic),
                    None => diagnostic,
                });
                continue;
            };
            let hours = (stream.start.value.as_second() - published.as_second()) / 3600;
            if hours >= min_days * 24 {
                continue;
            }
            let lead = if hours < 0 {
                msg!("plan-announcement-after")
            } else {
                msg!("plan-announcement-hours", hours = hours.to_string())
            };
            out.push(
                plan.about_note(
                    index,
                    Diagnostic::new(
                        Self::META.id,
                        plan.publish_span(index),
                        msg!(
                            "plan-announcement-late",
                            lead = lead,
                            stamp = stamp(published),
                            min = min_days.to_string()
                        ),
                    )
                    .with_related(
                        msg!(
                            "plan-stream-starts",
                            stream = &stream.id.value,
                            stamp = stamp(stream.start.value)
                        ),
                        Some(stream.start.span.clone()),
                    ),
                ),
            );
        }
    }
}
