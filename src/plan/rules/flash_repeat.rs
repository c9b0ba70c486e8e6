use std::collections::BTreeMap;
use std::ops::Range;

use jiff::civil::Date;

use super::{Context, PlanRule, days_between, declare_plan_rule};
use crate::diagnostic::Diagnostic;
use crate::i18n::{Arg, Join};
use crate::msg;
use crate::title::facts::china_date;

declare_plan_rule! {
    /// ## What it checks
    /// The same discount offered as a flash deal on too many days within a
    /// month, across the campaign's flash windows, its planned sales and
    /// the `sale` facts of its Notes.
    ///
    /// ## Why it matters for the sale
    /// A flash discount works because it will not come back soon. When the
    /// same "flash" price returns every week, followers learn to wait for
    /// it, the urgency reads as staged, and trust — the thing Xiaohongshu
    /// sales run on — wears away.
    ///
    /// ## Bad
    /// ```yaml
    /// # 30% off in the 06-02, 06-09 and 06-16 streams
    /// windows:
    ///   - {start: "20:30", end: "20:40", product: serum, offer: 209}   # original 299
    /// ```
    ///
    /// ## Good
    /// ```yaml
    /// # 30% off once; the other streams teach, bundle or give a gift
    /// ```
    pub struct FlashRepeat {
        id: "plan-flash-repeat",
        severity: Warning,
        summary: "The same flash discount comes back too often",
        options: [
            max_repeats: Count = 2,
            doc: "the most days one discount may run as a flash deal within the window";
            window_days: Count = 30,
            doc: "how many days back a repeat counts";
        ],
    }
}

/// A flash offer: its day, whole percent off, and where it is written.
struct Offer {
    day: Date,
    percent: u32,
    span: Range<usize>,
}

fn percent_off(price: f64, original: f64) -> Option<u32> {
    (original > 0.0 && price < original).then(|| ((1.0 - price / original) * 100.0).round() as u32)
}

impl PlanRule for FlashRepeat {
    fn meta(&self) -> &'static crate::rules::RuleMeta {
        &Self::META
    }

    fn check(&self, plan: &Context, out: &mut Vec<Diagnostic>) {
        let max = Self::max_repeats(plan.settings);
        let window = Self::window_days(plan.settings) as i64;
        let mut offers = Vec::new();
        for stream in &plan.campaign.streams {
            for w in &stream.windows {
                let (Some(offer), Some(product)) = (&w.offer, stream.product_of(w)) else {
                    continue;
                };
                let original = product
                    .original_price
                    .as_ref()
                    .map_or(product.price.value, |p| p.value);
                if let Some(percent) = percent_off(offer.value, original) {
                    offers.push(Offer {
                        day: china_date(w.start.value),
                        percent,
                        span: offer.span.clone(),
                    });
                }
            }
        }
        for (index, note) in plan.entries() {
            if let Some(sale) = &note.sale
                && let (Some(price), Some(original)) = (&sale.price, &sale.original_price)
                && let Some(percent) = percent_off(price.value, original.value)
            {
                offers.push(Offer {
                    day: china_date(sale.start.value),
                    percent,
                    span: price.span.clone(),
                });
            } else if let Some(sale) = plan.linked(index).and_then(|fm| fm.sale.as_ref())
                && let (Some(price), Some(original)) = (&sale.price, &sale.original_price)
                && let Some(percent) = percent_off(price.value, original.value)
                && let Some(start) = sale
                    .start
                    .as_ref()
                    .map(|s| s.value)
                    .or_else(|| plan.publish_at(index))
            {
                offers.push(Offer {
                    day: china_date(start),
                    percent,
                    span: note.path.span.clone(),
                });
            }
        }
        // One offer a day per discount: the first written.
        let mut by_percent: BTreeMap<u32, BTreeMap<Date, Range<usize>>> = BTreeMap::new();
        for offer in offers {
            let days = by_percent.entry(offer.percent).or_default();
            let span = days.entry(offer.day).or_insert(offer.span.clone());
            if offer.span.start < span.start {
                *span = offer.span;
            }
        }
        for (percent, days) in by_percent {
            let days: Vec<(Date, Range<usize>)> = days.into_iter().collect();
            for (i, (day, span)) in days.iter().enumerate() {
                let earlier: Vec<Date> = days[..i]
                    .iter()
                    .map(|(d, _)| *d)
                    .filter(|d| days_between(*d, *day) < window)
                    .collect();
                if earlier.len() < max {
                    continue;
                }
                let listed = Arg::list(
                    earlier.iter().map(|d| d.strftime("%m-%d").to_string()),
                    Join::Comma,
                );
                out.push(Diagnostic::new(
                    Self::META.id,
                    span.clone(),
                    msg!(
                        "plan-flash-repeat",
                        percent = percent.to_string(),
                        day = day.strftime("%m-%d").to_string(),
                        earlier = listed,
                        window = window.to_string()
                    ),
                ));
            }
        }
    }
}
