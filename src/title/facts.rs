//! The sale's facts a title may claim, read from flags or a Note's front
//! matter, checked, and kept with where each came from so a bad one can be
//! named.

use jiff::civil::Date;
use jiff::{Timestamp, ToSpan};
use serde::Serialize;

use super::festival::{Calendar, Occasion, Unavailable};
use crate::i18n::{Arg, Join, Lang, Msg, Text};
use crate::input::front_matter::{CATEGORIES, china_time};
use crate::input::note::Note;
use crate::msg;
use crate::text::LineIndex;

/// The longest sale window a flash-sale title states, in hours (30 days).
pub const MAX_HOURS: i64 = 720;

/// Where an input came from: a flag, or a front matter key at a position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Flag(&'static str),
    /// `path:line:col: `key``.
    FrontMatter {
        at: String,
        key: String,
    },
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Origin::Flag(flag) => f.write_str(flag),
            Origin::FrontMatter { at, key } => write!(f, "{at}: `{key}`"),
        }
    }
}

/// A raw input and its origin.
#[derive(Debug, Clone, PartialEq)]
pub struct Input<T> {
    pub value: T,
    pub origin: Origin,
}

impl<T> Input<T> {
    pub fn flag(flag: &'static str, value: T) -> Self {
        Input {
            value,
            origin: Origin::Flag(flag),
        }
    }
}

/// A bad or missing input: `origin: what is wrong — what is allowed`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{origin}: {message}")]
pub struct FactError {
    pub origin: String,
    /// In English.
    pub message: String,
    /// `message` to translate.
    pub msg: Option<Msg>,
}

impl FactError {
    fn at(origin: &Origin, message: impl Into<Text>) -> Self {
        FactError::new(origin.to_string(), message)
    }

    fn new(origin: String, message: impl Into<Text>) -> Self {
        let Text { english, msg } = message.into();
        FactError {
            origin,
            message: english,
            msg,
        }
    }

    /// `origin: message`, the message in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        match &self.msg {
            Some(msg) => format!("{}: {}", self.origin, msg.render(lang)),
            None => self.to_string(),
        }
    }
}

/// When the sale ends, as a title can say it the day the Note goes out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Deadline {
    /// Ends in the evening (from 18:00, or at midnight), so `今晚`.
    pub evening: bool,
    /// The whole hour it ends at, when it ends on one before midnight.
    pub hour: Option<i8>,
}

impl Deadline {
    /// `今晚20点截止`, `今天15点截止`, `今晚截止`.
    pub fn render(self) -> String {
        let day = if self.evening { "今晚" } else { "今天" };
        match self.hour {
            Some(hour) => format!("{day}{hour}点截止"),
            None => format!("{day}截止"),
        }
    }
}

/// The sale's times, as a Note would declare them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SaleTimes {
    pub start: Option<Timestamp>,
    pub end: Option<Timestamp>,
    pub publish_at: Option<Timestamp>,
}

/// Inputs as given, before they are checked. Flags are laid over a Note's
/// front matter with [`Inputs::overlay`].
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    pub product: Option<Input<String>>,
    pub hours: Option<Input<i64>>,
    pub days: Option<Input<i64>>,
    pub stock: Option<Input<i64>>,
    pub price: Option<Input<f64>>,
    pub original_price: Option<Input<f64>>,
    pub benefit: Option<Input<String>>,
    pub category: Option<Input<String>>,
    pub festival: Option<Input<String>>,
    pub date: Option<Input<String>>,
    /// Read from a Note only: the declared times, which also give the
    /// countdown and the deadline.
    pub times: Option<SaleTimes>,
}

impl Inputs {
    /// `self` with every input `top` gives replacing this one's. A window
    /// given on top replaces the Note's declared times with it, so no title
    /// is checked against a window the flags overrode.
    pub fn overlay(self, top: Inputs) -> Inputs {
        let window_on_top = top.hours.is_some() || top.days.is_some();
        let (hours, days, times) = if window_on_top {
            (top.hours, top.days, top.times)
        } else {
            (self.hours, self.days, top.times.or(self.times))
        };
        Inputs {
            product: top.product.or(self.product),
            hours,
            days,
            stock: top.stock.or(self.stock),
            price: top.price.or(self.price),
            original_price: top.original_price.or(self.original_price),
            benefit: top.benefit.or(self.benefit),
            category: top.category.or(self.category),
            festival: top.festival.or(self.festival),
            date: top.date.or(self.date),
            times,
        }
    }

    /// The facts a Note declares: `product`, `category`, `publish_at` and
    /// `sale`. A malformed fact is an error at its position.
    pub fn from_note(note: &Note) -> Result<Inputs, FactError> {
        let mut inputs = Inputs::default();
        let Some(fm) = &note.front_matter else {
            return Ok(inputs);
        };
        let index = LineIndex::new(&note.source);
        let origin = |key: &str, span: &std::ops::Range<usize>| {
            let position = index.position(&note.source, span.start);
            Origin::FrontMatter {
                at: format!("{}:{}:{}", note.path, position.line, position.column),
                key: key.to_string(),
            }
        };
        if let Some(issue) = fm.issues.first() {
            let position = index.position(&note.source, issue.span.start);
            return Err(FactError {
                origin: format!("{}:{}:{}", note.path, position.line, position.column),
                message: issue.message.clone(),
                msg: issue.msg.clone(),
            });
        }
        inputs.product = fm.product.as_ref().map(|p| Input {
            value: p.value.clone(),
            origin: origin("product", &p.span),
        });
        inputs.category = fm.category.as_ref().map(|c| Input {
            value: c.value.clone(),
            origin: origin("category", &c.span),
        });
        let publish_at = fm.publish_at.as_ref().map(|p| p.value);
        inputs.date = fm.publish_at.as_ref().map(|p| Input {
            value: china_date(p.value).to_string(),
            origin: origin("publish_at", &p.span),
        });
        let Some(sale) = &fm.sale else {
            return Ok(inputs);
        };
        inputs.stock = sale.stock.as_ref().map(|s| Input {
            value: i64::try_from(s.value).unwrap_or(i64::MAX),
            origin: origin("sale.stock", &s.span),
        });
        inputs.price = sale.price.as_ref().map(|p| Input {
            value: p.value,
            origin: origin("sale.price", &p.span),
        });
        inputs.original_price = sale.original_price.as_ref().map(|p| Input {
            value: p.value,
            origin: origin("sale.original_price", &p.span),
        });
        inputs.festival = sale
            .festival
            .as_ref()
            .filter(|f| f.value != "none")
            .map(|f| Input {
                value: f.value.clone(),
                origin: origin("sale.festival", &f.span),
            });
        let start = sale.start.as_ref().map(|s| s.value);
        let end = sale.end.as_ref().map(|e| e.value);
        if let (Some(start), Some(end_fact)) = (start, &sale.end) {
            let seconds = end_fact.value.as_second() - start.as_second();
            if seconds <= 0 {
                return Err(FactError::at(
                    &origin("sale.end", &end_fact.span),
                    msg!("title-fact-ends-first"),
                ));
            }
            // Only a whole number of hours can be stated exactly.
            if seconds % 3600 == 0 {
                inputs.hours = Some(Input {
                    value: seconds / 3600,
                    origin: origin("sale.end", &end_fact.span),
                });
            }
        }
        if let Some(start) = &sale.start {
            inputs.date = Some(Input {
                value: china_date(start.value).to_string(),
                origin: origin("sale.start", &start.span),
            });
        }
        inputs.times = Some(SaleTimes {
            start,
            end,
            publish_at,
        });
        Ok(inputs)
    }
}

/// A price in fen, so no float decides a discount.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Money(pub u64);

impl Money {
    fn from_yuan(yuan: f64) -> Money {
        Money((yuan * 100.0).round() as u64)
    }

    pub fn as_yuan(self) -> f64 {
        self.0 as f64 / 100.0
    }
}

impl std::fmt::Display for Money {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (yuan, fen) = (self.0 / 100, self.0 % 100);
        match fen {
            0 => write!(f, "{yuan}"),
            _ if fen % 10 == 0 => write!(f, "{yuan}.{}", fen / 10),
            _ => write!(f, "{yuan}.{fen:02}"),
        }
    }
}

/// The one discount formatter (rounded up, never overstated).
pub use crate::text::discount::Discount;

/// The discount a title may state for these prices.
fn discount_of(price: Money, original: Money) -> Option<Discount> {
    Discount::of_fen(price.0, original.0)
}

/// Checked facts, ready for the templates.
#[derive(Debug, Clone)]
pub struct Facts {
    pub product: String,
    pub product_origin: Origin,
    /// The sale window, in whole hours.
    pub hours: Option<u32>,
    /// The window was given in days, so a title says it in days first.
    pub days_given: bool,
    /// From publication to the end, in whole hours: the window when the
    /// Note goes out as the sale starts.
    pub countdown_hours: Option<u32>,
    pub deadline: Option<Deadline>,
    pub stock: Option<u64>,
    pub price: Option<Money>,
    pub original_price: Option<Money>,
    pub benefit: Option<String>,
    pub benefit_origin: Option<Origin>,
    pub category: Option<String>,
    /// The sale's date, for the festival calendar.
    pub date: Option<Date>,
    pub festival: Option<Occasion<'static>>,
    pub festival_origin: Option<Origin>,
    pub times: SaleTimes,
}

impl Facts {
    pub fn discount(&self) -> Option<Discount> {
        discount_of(self.price?, self.original_price?)
    }

    /// Whether the facts hold a limit a title can lead with.
    pub fn has_limit(&self) -> bool {
        self.hours.is_some()
            || self.countdown_hours.is_some()
            || self.deadline.is_some()
            || self.stock.is_some()
    }

    /// Checks `inputs`. `today` stands in for a missing date; festivals
    /// are resolved against the date.
    pub fn resolve(inputs: Inputs, today: Option<Date>) -> Result<Facts, FactError> {
        let product_input = inputs.product.ok_or_else(|| {
            FactError::new("--product".to_string(), msg!("title-fact-no-product"))
        })?;
        let product = single_line(&product_input, msg!("title-fact-what-product"))?;

        if let (Some(hours), Some(_)) = (&inputs.hours, &inputs.days) {
            return Err(FactError::at(
                &hours.origin,
                msg!("title-fact-length-twice"),
            ));
        }
        let mut hours = match &inputs.hours {
            Some(h) if !(1..=MAX_HOURS).contains(&h.value) => {
                return Err(FactError::at(
                    &h.origin,
                    msg!(
                        "title-fact-bad-hours",
                        value = h.value.to_string(),
                        max = MAX_HOURS.to_string()
                    ),
                ));
            }
            Some(h) => u32::try_from(h.value).ok(),
            None => None,
        };
        if let Some(days) = &inputs.days {
            if !(1..=MAX_HOURS / 24).contains(&days.value) {
                return Err(FactError::at(
                    &days.origin,
                    msg!(
                        "title-fact-bad-days",
                        value = days.value.to_string(),
                        max = (MAX_HOURS / 24).to_string()
                    ),
                ));
            }
            hours = u32::try_from(days.value * 24).ok();
        }

        let stock = match &inputs.stock {
            Some(s) if s.value < 1 => {
                return Err(FactError::at(
                    &s.origin,
                    msg!("title-fact-bad-stock", value = s.value.to_string()),
                ));
            }
            Some(s) => u64::try_from(s.value).ok(),
            None => None,
        };

        let price = inputs.price.as_ref().map(money).transpose()?;
        let original_price = inputs.original_price.as_ref().map(money).transpose()?;
        if let (Some(original), None) = (&inputs.original_price, price) {
            return Err(FactError::at(&original.origin, msg!("title-fact-no-price")));
        }
        if let (Some(p), Some(o), Some(price_input), Some(original_input)) =
            (price, original_price, &inputs.price, &inputs.original_price)
            && p > o
        {
            return Err(FactError::at(
                &price_input.origin,
                msg!(
                    "title-fact-price-above",
                    price = p.to_string(),
                    original = o.to_string(),
                    origin = original_input.origin.to_string()
                ),
            ));
        }

        let benefit = inputs
            .benefit
            .as_ref()
            .map(|b| single_line(b, msg!("title-fact-what-benefit")))
            .transpose()?;
        let category = match &inputs.category {
            Some(c) if !CATEGORIES.contains(&c.value.as_str()) => {
                return Err(FactError::at(
                    &c.origin,
                    msg!(
                        "title-fact-bad-category",
                        value = c.value.as_str(),
                        choices = Arg::list(CATEGORIES.iter().copied(), Join::Comma)
                    ),
                ));
            }
            Some(c) => Some(c.value.clone()),
            None => None,
        };

        let date = match &inputs.date {
            Some(d) => Some(d.value.trim().parse::<Date>().map_err(|_| {
                FactError::at(
                    &d.origin,
                    msg!("title-fact-bad-date", value = d.value.as_str()),
                )
            })?),
            None => today,
        };
        let festival = match &inputs.festival {
            None => None,
            Some(f) => festival(f, date)?,
        };

        let times = inputs.times.unwrap_or(SaleTimes {
            start: None,
            end: None,
            publish_at: None,
        });
        let countdown_hours = match (times.publish_at, times.end) {
            (Some(publish), Some(end)) => {
                let seconds = end.as_second() - publish.as_second();
                (seconds > 0 && seconds % 3600 == 0)
                    .then(|| u32::try_from(seconds / 3600).ok())
                    .flatten()
            }
            _ => hours,
        };
        let deadline = deadline(&times);

        let facts = Facts {
            product,
            product_origin: product_input.origin.clone(),
            hours,
            days_given: inputs.days.is_some(),
            countdown_hours,
            deadline,
            stock,
            price,
            original_price,
            benefit,
            benefit_origin: inputs.benefit.map(|b| b.origin),
            category,
            date,
            festival,
            festival_origin: inputs.festival.map(|f| f.origin),
            times,
        };
        if !facts.has_limit() {
            return Err(FactError::new(
                "--hours".to_string(),
                msg!("title-fact-no-limit"),
            ));
        }
        Ok(facts)
    }

    /// The times a Note with these facts would declare: the Note's own, or
    /// for flags a sale starting at 20:00 China time on the sale's date,
    /// published as it starts.
    pub fn declared_times(&self) -> SaleTimes {
        if self.times.start.is_some() || self.times.end.is_some() {
            return self.times;
        }
        let (Some(hours), Some(day)) = (self.hours, self.date) else {
            return self.times;
        };
        let start = day
            .at(20, 0, 0, 0)
            .to_zoned(china_time())
            .ok()
            .map(|z| z.timestamp());
        let end = start.and_then(|s| s.checked_add(i64::from(hours).hours()).ok());
        SaleTimes {
            start,
            end,
            publish_at: start,
        }
    }
}

fn single_line(input: &Input<String>, what: Msg) -> Result<String, FactError> {
    let text = input.value.trim();
    if text.is_empty() {
        return Err(FactError::at(
            &input.origin,
            msg!("title-fact-empty", what = what),
        ));
    }
    if text.contains(['\n', '\r']) {
        return Err(FactError::at(
            &input.origin,
            msg!("title-fact-one-line", what = what),
        ));
    }
    Ok(text.to_string())
}

fn money(input: &Input<f64>) -> Result<Money, FactError> {
    let value = input.value;
    if !value.is_finite() || value <= 0.0 || value > 100_000_000.0 {
        return Err(FactError::at(
            &input.origin,
            msg!("title-fact-bad-price", value = value.to_string()),
        ));
    }
    let money = Money::from_yuan(value);
    if money.0 == 0 {
        return Err(FactError::at(
            &input.origin,
            msg!("title-fact-price-too-small", value = value.to_string()),
        ));
    }
    Ok(money)
}

fn festival(
    input: &Input<String>,
    date: Option<Date>,
) -> Result<Option<Occasion<'static>>, FactError> {
    let calendar = Calendar::builtin();
    let name = input.value.trim();
    if name.eq_ignore_ascii_case("none") {
        return Ok(None);
    }
    let Some(date) = date else {
        return Err(FactError::at(
            &input.origin,
            msg!("title-fact-festival-no-date"),
        ));
    };
    if name.eq_ignore_ascii_case("auto") {
        return Ok(calendar.auto(date));
    }

    let Some(festival) = calendar.find(name) else {
        return Err(FactError::at(
            &input.origin,
            msg!(
                "title-fact-bad-festival",
                name = name,
                choices = Arg::list(calendar.choices(), Join::Comma)
            ),
        ));
    };
    match calendar.occasion(festival, date) {
        Ok(occasion) => Ok(Some(occasion)),
        Err(Unavailable::OutOfWindow { windows }) => {
            let runs = windows.iter().map(|(phase, from, to)| {
                msg!(
                    "title-fact-festival-run",
                    from = from.to_string(),
                    to = to.to_string(),
                    phase = phase.as_str()
                )
            });
            Err(FactError::at(
                &input.origin,
                msg!(
                    "title-fact-festival-out",
                    date = date.to_string(),
                    festival = festival.display_name(),
                    runs = Arg::list(runs, Join::Comma)
                ),
            ))
        }
        Err(Unavailable::NotInTable | Unavailable::Unknown) => Err(FactError::at(
            &input.origin,
            msg!(
                "title-fact-festival-years",
                festival = festival.display_name(),
                from = super::festival::COVERED_YEARS.start().to_string(),
                to = super::festival::COVERED_YEARS.end().to_string(),
                date = date.to_string()
            ),
        )),
    }
}

/// The deadline a title can state: the sale ends (China time) on the day
/// the Note goes out, or at midnight after it.
fn deadline(times: &SaleTimes) -> Option<Deadline> {
    let end = times.end?.to_zoned(china_time());
    let out = times.publish_at.or(times.start)?.to_zoned(china_time());
    if end.timestamp() <= out.timestamp() {
        return None;
    }
    let midnight = end.hour() == 0 && end.minute() == 0 && end.second() == 0;
    let same_day = end.date() == out.date();
    let next_midnight = midnight && out.date().tomorrow().ok() == Some(end.date());
    if !(same_day || next_midnight) {
        return None;
    }
    if next_midnight {
        return Some(Deadline {
            evening: true,
            hour: None,
        });
    }
    let whole_hour = end.minute() == 0 && end.second() == 0;
    Some(Deadline {
        evening: end.hour() >= 18,
        hour: whole_hour.then_some(end.hour()),
    })
}

/// A timestamp's date in China.
pub fn china_date(timestamp: Timestamp) -> Date {
    timestamp.to_zoned(china_time()).date()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn money(yuan: u64) -> Money {
        Money(yuan * 100)
    }

    #[test]
    fn a_discount_rounds_up_so_it_never_overstates() {
        let show = |p, o| discount_of(money(p), money(o)).map(|d| d.to_string());
        assert_eq!(show(199, 299).as_deref(), Some("6.7"));
        assert_eq!(show(149, 299).as_deref(), Some("5"));
        assert_eq!(show(150, 300).as_deref(), Some("5"));
        assert_eq!(show(70, 100).as_deref(), Some("7"));
        assert_eq!(show(1, 299).as_deref(), Some("0.1"));
        assert_eq!(show(299, 299), None);
        // 9.97折 would read as 10折: no discount worth stating.
        assert_eq!(show(298, 299), None);
    }

    #[test]
    fn money_reads_like_a_price() {
        assert_eq!(Money(19900).to_string(), "199");
        assert_eq!(Money(19990).to_string(), "199.9");
        assert_eq!(Money(19999).to_string(), "199.99");
        assert_eq!(Money(5).to_string(), "0.05");
    }

    #[test]
    fn deadlines_on_the_day_of_publication() {
        let at = |s: &str| crate::input::front_matter::parse_time(s);
        let times = |out: &str, end: &str| SaleTimes {
            start: at(out),
            end: at(end),
            publish_at: None,
        };
        let evening = deadline(&times("2026-06-16 10:00", "2026-06-16 20:00"));
        assert_eq!(
            evening.map(Deadline::render).as_deref(),
            Some("今晚20点截止")
        );
        let afternoon = deadline(&times("2026-06-16 10:00", "2026-06-16 15:00"));
        assert_eq!(
            afternoon.map(Deadline::render).as_deref(),
            Some("今天15点截止")
        );
        let midnight = deadline(&times("2026-06-16 10:00", "2026-06-17 00:00"));
        assert_eq!(midnight.map(Deadline::render).as_deref(), Some("今晚截止"));
        let half = deadline(&times("2026-06-16 10:00", "2026-06-16 21:30"));
        assert_eq!(half.map(Deadline::render).as_deref(), Some("今晚截止"));
        assert_eq!(
            deadline(&times("2026-06-16 10:00", "2026-06-17 20:00")),
            None
        );
    }
}
