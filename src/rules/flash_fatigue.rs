use std::ops::Range;

use jiff::Timestamp;

use super::{Rule, RuleKind, RuleMeta, declare_rule};
use crate::diagnostic::{Diagnostic, Related};
use crate::i18n::{Arg, Join, Msg};
use crate::input::front_matter::china_time;
use crate::input::note::Note;
use crate::settings::Settings;
use crate::text::Normalized;
use crate::text::discount::Discount;

declare_rule! {
    /// ## What it checks
    /// Across the Notes of one run: a flash sale (a Note that declares
    /// `sale`) for the same `product`, or at the same discount
    /// (`price / original_price`, to a tenth of a 折), as another sale
    /// published within the previous 30 days (by `publish_at`, else
    /// `sale.start`). The finding is on the later Note and names the earlier
    /// file. The result does not depend on the order the files are given in.
    ///
    /// ## Why it matters for the sale
    /// A “flash sale” every week teaches readers that the deadline is never
    /// real: they wait for the next one, and the urgency of every later sale
    /// is spent before it starts.
    ///
    /// ## Bad
    /// ```text
    /// notes/0601-serum.md  product: 玻尿酸精华, publish_at: 2026-06-01 20:00
    /// notes/0615-serum.md  product: 玻尿酸精华, publish_at: 2026-06-15 20:00
    /// ```
    ///
    /// ## Good
    /// ```text
    /// notes/0615-serum.md  product: 玻尿酸精华, publish_at: 2026-07-16 20:00
    /// ```
    pub struct FlashFatigue {
        id: "flash-fatigue",
        severity: Warning,
        fixable: false,
        summary: "The same product or discount run as a flash sale again within 30 days",
        options: [
            window_days: Count = 30,
            doc: "how many days after a sale another for the same product or discount counts as a repeat; the later Note's config decides";
        ],
    }
}

impl Rule for FlashFatigue {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    /// One Note alone cannot repeat a sale: the rule judges a whole run.
    fn kind(&self) -> RuleKind {
        RuleKind::Run
    }

    fn check_run(&self, notes: &[(&Note, &Settings)]) -> Vec<Vec<Diagnostic>> {
        check_run(notes)
    }

    /// Only a Note that declares a dated sale is compared, or compared with.
    fn takes_part_in_run(&self, note: &Note, settings: &Settings) -> bool {
        FlashSale::of(0, note, settings).is_some()
    }
}

/// What one Note declares about its flash sale.
struct FlashSale<'a> {
    index: usize,
    /// The Note's `window_days`, which judges the sales before it.
    window_days: usize,
    path: &'a str,
    at: Timestamp,
    /// The `publish_at` (or `sale.start`) value, where the finding points.
    at_span: Range<usize>,
    product: Option<(String, &'a str)>,
    /// `price / original_price` in hundredths (67 is 6.7折).
    discount: Option<Discount>,
}

impl<'a> FlashSale<'a> {
    fn of(index: usize, note: &'a Note, settings: &Settings) -> Option<FlashSale<'a>> {
        let fm = note.front_matter.as_ref()?;
        let sale = fm.sale.as_ref()?;
        let at = fm.publish_at.as_ref().or(sale.start.as_ref())?;
        let product = fm
            .product
            .as_ref()
            .map(|p| (product_key(&p.value), p.value.as_str()))
            .filter(|(key, _)| !key.is_empty());
        let discount = match (&sale.price, &sale.original_price) {
            (Some(price), Some(original)) => Discount::of_yuan(price.value, original.value),
            _ => None,
        };
        Some(FlashSale {
            index,
            window_days: FlashFatigue::window_days(settings),
            path: &note.path,
            at: at.value,
            at_span: at.span.clone(),
            product,
            discount,
        })
    }
}

/// Product names compared as readers read them: folded, case and spaces
/// ignored.
fn product_key(name: &str) -> String {
    Normalized::new(name, 0)
        .as_str()
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The findings of a run of Notes, each with its settings, one list per
/// Note in the order given. Notes are compared in publication order (ties
/// by path), so the result is the same whatever order the files come in.
pub fn check_run(notes: &[(&Note, &Settings)]) -> Vec<Vec<Diagnostic>> {
    let mut findings: Vec<Vec<Diagnostic>> = vec![Vec::new(); notes.len()];
    let mut sales: Vec<FlashSale> = notes
        .iter()
        .enumerate()
        .filter_map(|(i, (note, settings))| FlashSale::of(i, note, settings))
        .collect();
    sales.sort_by(|a, b| (a.at, a.path, a.index).cmp(&(b.at, b.path, b.index)));
    for (later_position, later) in sales.iter().enumerate() {
        let window = i64::try_from(later.window_days)
            .unwrap_or(i64::MAX)
            .saturating_mul(24 * 3600);
        let earlier: Vec<(&FlashSale, Vec<Msg>)> = sales[..later_position]
            .iter()
            .filter(|e| later.at.duration_since(e.at).as_secs() <= window)
            .filter_map(|e| {
                let reasons = repeated(e, later);
                (!reasons.is_empty()).then_some((e, reasons))
            })
            .collect();
        let Some((nearest, reasons)) = earlier.last() else {
            continue;
        };
        let mut diagnostic = Diagnostic::new(
            FlashFatigue::META.id,
            later.at_span.clone(),
            crate::msg!(
                "flash-fatigue",
                reasons = Arg::list(reasons.clone(), Join::And),
                days = later.window_days.to_string(),
                path = nearest.path.to_string(),
                date = day(nearest.at),
            ),
        );
        for (e, reasons) in earlier.iter().rev() {
            diagnostic.related.push(Related::new(
                crate::msg!(
                    "flash-fatigue-earlier",
                    reasons = Arg::list(reasons.clone(), Join::And),
                    date = day(e.at),
                ),
                None,
                Some(e.path.to_string()),
            ));
        }
        findings[later.index].push(diagnostic);
    }
    findings
}

fn repeated(earlier: &FlashSale, later: &FlashSale) -> Vec<Msg> {
    let mut reasons = Vec::new();
    if let (Some((a, _)), Some((b, name))) = (&earlier.product, &later.product)
        && a == b
    {
        reasons.push(crate::msg!("flash-fatigue-product", name = *name));
    }
    if let (Some(a), Some(b)) = (earlier.discount, later.discount)
        && a == b
    {
        reasons.push(crate::msg!(
            "flash-fatigue-discount",
            discount = b.to_string()
        ));
    }
    reasons
}

fn day(at: Timestamp) -> String {
    at.to_zoned(china_time()).strftime("%Y-%m-%d").to_string()
}
