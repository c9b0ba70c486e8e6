use super::{Context, PlanRule, declare_plan_rule};
use crate::diagnostic::Diagnostic;
use crate::msg;
use crate::plan::model::{Role, stamp};

declare_plan_rule! {
    /// ## What it checks
    /// Every live stream is followed by a recap Note: published within a
    /// day of the stream's end, linking the replay, carrying a discount
    /// code, and that code valid no longer than the replay window.
    ///
    /// ## Why it matters for the sale
    /// Streams stay on Xiaohongshu as replays. A recap within 24 hours, with
    /// the replay and a code valid for 24 hours, sells to everyone who found
    /// the stream after it ended — while the short code keeps the live
    /// offer special. A code that runs for a week makes the stream's
    /// urgency look staged.
    ///
    /// ## Bad
    /// ```yaml
    /// notes:
    ///   - {path: notes/recap.md, role: recap, publish_at: 2026-06-19T12:00:00+08:00, code_valid_hours: 72}
    /// ```
    ///
    /// ## Good
    /// ```yaml
    /// notes:
    ///   - path: notes/recap.md
    ///     role: recap
    ///     publish_at: 2026-06-17T12:00:00+08:00
    ///     replay: true
    ///     code: HUIFANG24
    ///     code_valid_hours: 24
    /// ```
    pub struct Recap {
        id: "plan-recap",
        severity: Warning,
        summary: "A live stream has no recap, or a late one without replay and code",
        options: [
            within_hours: Count = 24,
            doc: "the most hours from the stream's end to the recap";
            code_valid_hours: Count = 24,
            doc: "the longest a recap's code may stay valid";
        ],
    }
}

impl PlanRule for Recap {
    fn meta(&self) -> &'static crate::rules::RuleMeta {
        &Self::META
    }

    fn check(&self, plan: &Context, out: &mut Vec<Diagnostic>) {
        let within = Self::within_hours(plan.settings) as i64;
        let max_valid = Self::code_valid_hours(plan.settings) as u64;
        let id = Self::META.id;
        for stream in &plan.campaign.streams {
            let recaps: Vec<usize> = plan
                .entries()
                .filter(|(_, n)| {
                    n.role.value == Role::Recap
                        && n.stream.as_ref().is_none_or(|s| s.value == stream.id.value)
                })
                .map(|(i, _)| i)
                .collect();
            if recaps.is_empty() {
                out.push(Diagnostic::new(
                    id,
                    stream.id.span.clone(),
                    msg!(
                        "plan-recap-none",
                        stream = &stream.id.value,
                        within = within.to_string()
                    ),
                ));
                continue;
            }
            for &index in &recaps {
                let entry = &plan.campaign.notes[index];
                let mut found = Vec::new();
                if let Some(published) = plan.publish_at(index) {
                    let hours =
                        (published.as_second() - stream.end.value.as_second()) as f64 / 3600.0;
                    let late = if hours < 0.0 {
                        Some(msg!("plan-recap-early"))
                    } else if hours > within as f64 {
                        Some(msg!(
                            "plan-recap-hours",
                            hours = (hours.ceil() as i64).to_string()
                        ))
                    } else {
                        None
                    };
                    if let Some(late) = late {
                        found.push(
                            Diagnostic::new(
                                id,
                                plan.publish_span(index),
                                msg!(
                                    "plan-recap-late",
                                    late = late,
                                    stamp = stamp(published),
                                    within = within.to_string()
                                ),
                            )
                            .with_related(
                                msg!(
                                    "plan-stream-ends",
                                    stream = &stream.id.value,
                                    stamp = stamp(stream.end.value)
                                ),
                                Some(stream.end.span.clone()),
                            ),
                        );
                    }
                } else {
                    found.push(Diagnostic::new(
                        id,
                        entry.path.span.clone(),
                        msg!("plan-recap-undated"),
                    ));
                }
                if !entry.replay.as_ref().is_some_and(|r| r.value) {
                    let span = entry
                        .replay
                        .as_ref()
                        .map_or_else(|| entry.path.span.clone(), |r| r.span.clone());
                    found.push(Diagnostic::new(id, span, msg!("plan-recap-replay")));
                }
                match (&entry.code, &entry.code_valid_hours) {
                    (None, _) => found.push(Diagnostic::new(
                        id,
                        entry.path.span.clone(),
                        msg!("plan-recap-code", max = max_valid.to_string()),
                    )),
                    (Some(_), Some(valid)) if valid.value > max_valid => {
                        found.push(Diagnostic::new(
                            id,
                            valid.span.clone(),
                            msg!(
                                "plan-recap-code-long",
                                hours = valid.value.to_string(),
                                max = max_valid.to_string()
                            ),
                        ))
                    }
                    _ => {}
                }
                out.extend(found.into_iter().map(|d| plan.about_note(index, d)));
            }
        }
    }
}
