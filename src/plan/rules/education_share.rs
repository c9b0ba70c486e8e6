use super::{Context, PlanRule, declare_plan_rule, percent};
use crate::diagnostic::Diagnostic;
use crate::msg;
use crate::plan::model::SegmentKind;

declare_plan_rule! {
    /// ## What it checks
    /// The share of a stream's planned minutes spent teaching — showing,
    /// testing, answering questions — rather than selling.
    ///
    /// ## Why it matters for the sale
    /// Xiaohongshu viewers came for honest demonstrations, not a shopping
    /// channel. Streams that spend about 70 percent of their time educating
    /// and 30 percent promoting keep their trust; streams that oversell draw
    /// negative comments, and the platform reads those as a reason to show
    /// the stream to fewer people.
    ///
    /// ## Bad
    /// ```yaml
    /// segments:
    ///   - {kind: education, minutes: 40}
    ///   - {kind: promotion, minutes: 80}
    /// ```
    ///
    /// ## Good
    /// ```yaml
    /// segments:
    ///   - {kind: education, minutes: 85}
    ///   - {kind: promotion, minutes: 35}
    /// ```
    pub struct EducationShare {
        id: "plan-education-share",
        severity: Warning,
        summary: "A live stream spends too little of its time educating",
        options: [
            min_percent: Count = 70,
            doc: "the smallest share of education";
        ],
    }
}

impl PlanRule for EducationShare {
    fn meta(&self) -> &'static crate::rules::RuleMeta {
        &Self::META
    }

    fn check(&self, plan: &Context, out: &mut Vec<Diagnostic>) {
        let min = Self::min_percent(plan.settings) as f64;
        for stream in &plan.campaign.streams {
            let total: u64 = stream.segments.iter().map(|s| s.minutes.value).sum();
            if total == 0 {
                continue;
            }
            let education: u64 = stream
                .segments
                .iter()
                .filter(|s| s.kind.value == SegmentKind::Education)
                .map(|s| s.minutes.value)
                .sum();
            let share = education as f64 * 100.0 / total as f64;
            if share + 0.05 >= min {
                continue;
            }
            let span = stream
                .segments_key
                .clone()
                .unwrap_or_else(|| stream.id.span.clone());
            let needed = (total as f64 * min / 100.0).ceil() as u64;
            out.push(Diagnostic::new(
                Self::META.id,
                span,
                msg!(
                    "plan-education-share",
                    stream = &stream.id.value,
                    education = education.to_string(),
                    total = total.to_string(),
                    share = percent(share),
                    min = percent(min),
                    needed = needed.to_string()
                ),
            ));
        }
    }
}
