//! Checking a claim against the facts a Note declares (SPEC 4.1): windows
//! against `end − start`, countdowns against `end − publish_at`, deadlines
//! against the China-time day of `publish_at`, stock against `stock`,
//! discounts and prices against `price` and `original_price`.

use std::ops::Range;

use jiff::{Timestamp, Zoned};

use super::{ClaimKind, PriceRole, Tolerance};
use crate::i18n::Msg;
use crate::input::front_matter::{Located, Sale, china_time};
use crate::input::note::Note;
use crate::msg;
use crate::text::discount::Discount;
use crate::text::numbers;

/// The facts a Note declares.
#[derive(Debug, Clone, Copy, Default)]
pub struct DeclaredFacts<'a> {
    pub publish_at: Option<&'a Located<Timestamp>>,
    pub sale: Option<&'a Sale>,
}

impl<'a> DeclaredFacts<'a> {
    pub fn of(note: &'a Note) -> DeclaredFacts<'a> {
        let fm = note.front_matter.as_ref();
        DeclaredFacts {
            publish_at: fm.and_then(|fm| fm.publish_at.as_ref()),
            sale: fm.and_then(|fm| fm.sale.as_ref()),
        }
    }

    fn start(&self) -> Option<&'a Located<Timestamp>> {
        self.sale.and_then(|s| s.start.as_ref())
    }

    fn end(&self) -> Option<&'a Located<Timestamp>> {
        self.sale.and_then(|s| s.end.as_ref())
    }

    fn stock(&self) -> Option<&'a Located<u64>> {
        self.sale.and_then(|s| s.stock.as_ref())
    }

    fn price(&self) -> Option<&'a Located<f64>> {
        self.sale.and_then(|s| s.price.as_ref())
    }

    fn original_price(&self) -> Option<&'a Located<f64>> {
        self.sale.and_then(|s| s.original_price.as_ref())
    }
}

/// A declared fact a finding points at.
#[derive(Debug, Clone, PartialEq)]
pub struct FactRef {
    /// `sale.stock is 500`.
    pub message: Msg,
    pub span: Range<usize>,
}

/// What the facts say against a claim.
#[derive(Debug, Clone, PartialEq)]
pub struct Contradiction {
    /// Completes “<claim> …”: what the claim says and what the facts say.
    pub reason: Msg,
    pub facts: Vec<FactRef>,
    /// The claim rewritten to the facts, when it can be.
    pub replacement: Option<String>,
}

/// The outcome of checking one claim.
#[derive(Debug, Clone, PartialEq)]
pub enum Verdict {
    /// The facts bear it out, within the tolerance.
    Holds,
    /// The facts it would be checked against are not declared.
    Unbacked {
        missing: Vec<&'static str>,
    },
    /// Not a claim the facts can settle (`前100名`), or the facts themselves
    /// are broken (a sale that ends before it starts).
    NotChecked,
    Contradicts(Contradiction),
}

/// Checks a claim, written as `text` in the source, against `facts`.
pub fn verify(
    kind: &ClaimKind,
    text: &str,
    facts: &DeclaredFacts,
    tolerance: &Tolerance,
) -> Verdict {
    match *kind {
        ClaimKind::Window { hours } => window(hours, text, facts, tolerance),
        ClaimKind::Countdown { hours } => countdown(hours, text, facts, tolerance),
        ClaimKind::Deadline { days_ahead, clock } => deadline(days_ahead, clock, facts, tolerance),
        ClaimKind::Stock { units } => stock(units, text, facts),
        ClaimKind::EarlyBird { .. } => Verdict::NotChecked,
        ClaimKind::Discount { tenths } => discount(tenths, facts),
        ClaimKind::Reduction { amount } => reduction(amount, text, facts, tolerance),
        ClaimKind::Price { amount, role } => price(amount, role, text, facts, tolerance),
    }
}

fn missing(pairs: &[(bool, &'static str)]) -> Verdict {
    Verdict::Unbacked {
        missing: pairs
            .iter()
            .filter(|(present, _)| !present)
            .map(|(_, name)| *name)
            .collect(),
    }
}

fn window(claimed: f64, text: &str, facts: &DeclaredFacts, tolerance: &Tolerance) -> Verdict {
    let (Some(start), Some(end)) = (facts.start(), facts.end()) else {
        return missing(&[
            (facts.start().is_some(), "sale.start"),
            (facts.end().is_some(), "sale.end"),
        ]);
    };
    let actual = hours_between(start.value, end.value);
    if actual <= 0.0 {
        return Verdict::NotChecked;
    }
    if (claimed - actual).abs() <= tolerance.window_hours {
        return Verdict::Holds;
    }
    Verdict::Contradicts(Contradiction {
        reason: msg!(
            "claim-window",
            claimed = number(claimed),
            actual = number(actual)
        ),
        facts: vec![time_fact("sale.start", start), time_fact("sale.end", end)],
        replacement: rescale(text, claimed, actual),
    })
}

fn countdown(claimed: f64, text: &str, facts: &DeclaredFacts, tolerance: &Tolerance) -> Verdict {
    let (Some(publish), Some(end)) = (facts.publish_at, facts.end()) else {
        return missing(&[
            (facts.publish_at.is_some(), "publish_at"),
            (facts.end().is_some(), "sale.end"),
        ]);
    };
    let actual = hours_between(publish.value, end.value);
    if actual <= 0.0 {
        return Verdict::NotChecked;
    }
    if (claimed - actual).abs() <= tolerance.window_hours {
        return Verdict::Holds;
    }
    Verdict::Contradicts(Contradiction {
        reason: msg!(
            "claim-countdown",
            claimed = number(claimed),
            actual = number(actual)
        ),
        facts: vec![time_fact("publish_at", publish), time_fact("sale.end", end)],
        replacement: rescale(text, claimed, actual),
    })
}

fn deadline(
    days_ahead: u8,
    clock: Option<u32>,
    facts: &DeclaredFacts,
    tolerance: &Tolerance,
) -> Verdict {
    let reference = facts
        .publish_at
        .map(|p| ("publish_at", p))
        .or_else(|| facts.start().map(|s| ("sale.start", s)));
    let (Some((reference_name, reference)), Some(end)) = (reference, facts.end()) else {
        return missing(&[
            (
                facts.publish_at.is_some() || facts.start().is_some(),
                "publish_at",
            ),
            (facts.end().is_some(), "sale.end"),
        ]);
    };
    let reference_day = reference.value.to_zoned(china_time()).date();
    let Ok(expected_day) = reference_day.checked_add(jiff::Span::new().days(i64::from(days_ahead)))
    else {
        return Verdict::NotChecked;
    };
    let end_local = end.value.to_zoned(china_time());
    // A sale that ends at 00:00 ends with the night before.
    let (end_day, end_clock) = if end_local.hour() == 0 && end_local.minute() == 0 {
        match end_local.date().yesterday() {
            Ok(day) => (day, 24 * 60),
            Err(_) => return Verdict::NotChecked,
        }
    } else {
        (
            end_local.date(),
            u32::from(end_local.hour() as u8) * 60 + u32::from(end_local.minute() as u8),
        )
    };
    let facts_refs = vec![
        time_fact(reference_name, reference),
        time_fact("sale.end", end),
    ];
    let replacement = Some(format!(
        "{}月{}日{}截止",
        end_day.month(),
        end_day.day(),
        clock_text(end_clock)
    ));
    let which = if days_ahead == 0 { "same" } else { "next" };
    if end_day != expected_day {
        return Verdict::Contradicts(Contradiction {
            reason: msg!(
                "claim-deadline-day",
                which = which,
                end = china(&end_local),
                expected = expected_day.to_string(),
                reference = reference_name
            ),
            facts: facts_refs,
            replacement,
        });
    }
    if let Some(claimed) = clock {
        let gap = (f64::from(claimed) - f64::from(end_clock)).abs() / 60.0;
        if gap > tolerance.clock_hours {
            return Verdict::Contradicts(Contradiction {
                reason: msg!(
                    "claim-deadline-clock",
                    claimed = clock_text(claimed),
                    end = china(&end_local)
                ),
                facts: facts_refs,
                replacement,
            });
        }
    }
    Verdict::Holds
}

fn stock(units: f64, text: &str, facts: &DeclaredFacts) -> Verdict {
    let Some(stock) = facts.stock() else {
        return missing(&[(false, "sale.stock")]);
    };
    if units == stock.value as f64 {
        return Verdict::Holds;
    }
    Verdict::Contradicts(Contradiction {
        reason: msg!(
            "claim-stock",
            claimed = number(units),
            stock = stock.value.to_string()
        ),
        facts: vec![FactRef {
            message: msg!("fact-stock", stock = stock.value.to_string()),
            span: stock.span.clone(),
        }],
        replacement: restate_stock(text, stock.value),
    })
}

fn discount(claimed: f64, facts: &DeclaredFacts) -> Verdict {
    let (Some(price), Some(original)) = (facts.price(), facts.original_price()) else {
        return missing(&[
            (facts.price().is_some(), "sale.price"),
            (facts.original_price().is_some(), "sale.original_price"),
        ]);
    };
    if original.value <= 0.0 {
        return Verdict::NotChecked;
    }
    let actual = price.value / original.value * 10.0;
    // Tenths compared to a hundredth of a tenth, so 45/90 is exactly 5折.
    let epsilon = 1e-6;
    if actual > claimed - 1.0 + epsilon && actual <= claimed + epsilon {
        return Verdict::Holds;
    }
    let honest = Discount::of_yuan(price.value, original.value);
    let direction = if actual > claimed { "over" } else { "under" };
    Verdict::Contradicts(Contradiction {
        reason: msg!(
            "claim-discount",
            direction = direction,
            price = number(price.value),
            original = number(original.value),
            actual = format!("{actual:.2}"),
            claimed = number(claimed),
            low = number(claimed - 1.0)
        ),
        facts: vec![
            amount_fact("sale.price", price),
            amount_fact("sale.original_price", original),
        ],
        replacement: honest.map(|d| format!("{d}折")),
    })
}

fn reduction(amount: f64, text: &str, facts: &DeclaredFacts, tolerance: &Tolerance) -> Verdict {
    let (Some(price), Some(original)) = (facts.price(), facts.original_price()) else {
        return missing(&[
            (facts.price().is_some(), "sale.price"),
            (facts.original_price().is_some(), "sale.original_price"),
        ]);
    };
    let saving = original.value - price.value;
    // Copy may understate a saving, never overstate it.
    if amount < saving + tolerance.price_yuan {
        return Verdict::Holds;
    }
    Verdict::Contradicts(Contradiction {
        reason: msg!(
            "claim-reduction",
            original = number(original.value),
            price = number(price.value),
            saving = number(saving)
        ),
        facts: vec![
            amount_fact("sale.original_price", original),
            amount_fact("sale.price", price),
        ],
        replacement: (saving > 0.0)
            .then(|| replace_number(text, &number(saving)))
            .flatten(),
    })
}

fn price(
    amount: f64,
    role: PriceRole,
    text: &str,
    facts: &DeclaredFacts,
    tolerance: &Tolerance,
) -> Verdict {
    let matches = |fact: &Located<f64>| (amount - fact.value).abs() < tolerance.price_yuan;
    let (fact_name, fact) = match role {
        PriceRole::Sale => match facts.price() {
            Some(price) => ("sale.price", price),
            None => return missing(&[(false, "sale.price")]),
        },
        PriceRole::Original => match facts.original_price() {
            Some(original) => ("sale.original_price", original),
            None => return missing(&[(false, "sale.original_price")]),
        },
        // A bare price may be either; with one of them undeclared it may be
        // the undeclared one, which is not a mismatch.
        PriceRole::Unstated => match (facts.price(), facts.original_price()) {
            (Some(price), Some(original)) => {
                if matches(price) || matches(original) {
                    return Verdict::Holds;
                }
                return Verdict::Contradicts(Contradiction {
                    reason: msg!(
                        "claim-price-neither",
                        price = number(price.value),
                        original = number(original.value)
                    ),
                    facts: vec![
                        amount_fact("sale.price", price),
                        amount_fact("sale.original_price", original),
                    ],
                    replacement: replace_number(text, &number(price.value)),
                });
            }
            (price, original) => {
                return missing(&[
                    (price.is_some(), "sale.price"),
                    (original.is_some(), "sale.original_price"),
                ]);
            }
        },
    };
    if matches(fact) {
        return Verdict::Holds;
    }
    Verdict::Contradicts(Contradiction {
        reason: msg!("claim-price", fact = fact_name, value = number(fact.value)),
        facts: vec![amount_fact(fact_name, fact)],
        replacement: replace_number(text, &number(fact.value)),
    })
}

fn hours_between(from: Timestamp, to: Timestamp) -> f64 {
    to.duration_since(from).as_secs_f64() / 3600.0
}

fn china(zoned: &Zoned) -> String {
    zoned.strftime("%Y-%m-%d %H:%M").to_string()
}

fn time_fact(name: &str, fact: &Located<Timestamp>) -> FactRef {
    FactRef {
        message: msg!(
            "fact-time",
            name = name,
            time = china(&fact.value.to_zoned(china_time()))
        ),
        span: fact.span.clone(),
    }
}

fn amount_fact(name: &str, fact: &Located<f64>) -> FactRef {
    FactRef {
        message: msg!("fact-amount", name = name, value = number(fact.value)),
        span: fact.span.clone(),
    }
}

/// `24:00`, `22:30`, `20点`.
fn clock_text(minutes: u32) -> String {
    let (hour, minute) = (minutes / 60, minutes % 60);
    if minute == 0 {
        format!("{hour}点")
    } else {
        format!("{hour}:{minute:02}")
    }
}

/// A number as copy writes it: `72`, `6.7`, `4.98`.
pub fn number(value: f64) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    if rounded.fract() == 0.0 {
        format!("{}", rounded as i64)
    } else {
        let text = format!("{rounded:.2}");
        text.trim_end_matches('0').to_string()
    }
}

/// The claim with its first number replaced.
fn replace_number(text: &str, with: &str) -> Option<String> {
    let found = numbers::first(text)?;
    Some(format!(
        "{}{with}{}",
        &text[..found.start],
        &text[found.end..]
    ))
}

/// A stock claim restated to the declared stock. `sale.stock` is the whole
/// run, so a claim of what is *left* (`仅剩30件`) cannot be restated as
/// `仅剩500件`: the true statement is `限量500件`, in the claim's own
/// measure word.
fn restate_stock(text: &str, stock: u64) -> Option<String> {
    let found = numbers::first(text)?;
    let before = &text[..found.start];
    if !before.contains(['剩', '余']) {
        return replace_number(text, &stock.to_string());
    }
    let measure = text[found.end..]
        .chars()
        .next()
        .filter(|c| !c.is_ascii() && !matches!(c, '！' | '，' | '。' | '～' | '~'))
        .unwrap_or('件');
    Some(format!("限量{stock}{measure}"))
}

/// The claim with its number rescaled from `claimed` to `actual` hours in
/// the claim's own unit, when that gives a whole number.
fn rescale(text: &str, claimed: f64, actual: f64) -> Option<String> {
    let value = numbers::parse(&text[numbers::first(text)?])?;
    if value <= 0.0 {
        return None;
    }
    let per_unit = claimed / value;
    let in_unit = actual / per_unit;
    let whole_hours = actual.round();
    if (in_unit - in_unit.round()).abs() < 1e-6 {
        replace_number(text, &number(in_unit.round()))
    } else if (actual - whole_hours).abs() < 1e-6 {
        // 限时两天 of a 60-hour window: say it in hours.
        Some(format!("限时{}小时", number(whole_hours)))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_like_copy() {
        assert_eq!(number(72.0), "72");
        assert_eq!(number(6.655), "6.66");
        assert_eq!(number(6.7), "6.7");
    }

    #[test]
    fn replacements_keep_the_claim_wording() {
        assert_eq!(
            replace_number("仅剩30件", "500").as_deref(),
            Some("仅剩500件")
        );
        assert_eq!(rescale("限时两天", 48.0, 72.0).as_deref(), Some("限时3天"));
        assert_eq!(
            rescale("限时48小时", 48.0, 72.0).as_deref(),
            Some("限时72小时")
        );
        assert_eq!(
            rescale("限时两天", 48.0, 60.0).as_deref(),
            Some("限时60小时")
        );
        assert_eq!(clock_text(24 * 60), "24点");
        assert_eq!(clock_text(22 * 60 + 30), "22:30");
    }
}
