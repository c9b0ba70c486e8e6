//! How good a title that passed every rule is: the signal's place, a
//! benefit, how much of the limit it uses, and a festival tie-in.

use super::facts::Facts;
use super::festival::Phase;
use super::templates::Claims;
use crate::model::signals;
use crate::text::Haystack;
use crate::text::normalize::Normalized;
use crate::text::units::{self, HalfUnits};

/// Points for each thing a shopper skimming the feed gains from.
pub mod points {
    /// The scarcity signal starts within the first 4 units.
    pub const SIGNAL_FIRST: i32 = 40;
    /// It starts later, but within the rule's limit.
    pub const SIGNAL_EARLY: i32 = 20;
    /// The title names what the product does for the buyer.
    pub const BENEFIT: i32 = 20;
    /// The title uses 14–20 units: room used, nothing cut.
    pub const FULL_LENGTH: i32 = 20;
    /// Taken off per half unit under 14.
    pub const PER_HALF_UNIT_SHORT: i32 = 1;
    /// The time written in the unit it was given in (`3天` for `--days 3`).
    pub const TIME_AS_GIVEN: i32 = 5;
    /// A festival tie-in at its peak, or in its preheat.
    pub const FESTIVAL_PEAK: i32 = 25;
    pub const FESTIVAL_PREHEAT: i32 = 15;
    /// A concrete offer: a discount or the price.
    pub const OFFER: i32 = 10;
    /// Both a time and a stock limit.
    pub const TWO_LIMITS: i32 = 5;
    /// The product's name had to be shortened, and per half unit of it
    /// left out.
    pub const SHORTENED: i32 = -10;
    pub const PER_HALF_UNIT_DROPPED: i32 = -1;
}

/// The units of title text before the scarcity signal starts, `None`
/// without one.
pub fn signal_start(title: &str) -> Option<HalfUnits> {
    let folded = Normalized::new(title, 0);
    let text = folded.as_str();
    let signal = signals::first_scarcity(&Haystack::new(text))?;
    Some(units::length(&text[..signal.start]))
}

/// The title's score; higher is better.
pub fn score(title: &str, claims: &Claims, facts: &Facts) -> i32 {
    let mut score = 0;
    score += match signal_start(title) {
        Some(start) if start < HalfUnits::from_units(4) => points::SIGNAL_FIRST,
        Some(_) => points::SIGNAL_EARLY,
        None => 0,
    };
    if claims.benefit.is_some() {
        score += points::BENEFIT;
    }
    let length = units::length(title);
    let full = HalfUnits::from_units(14);
    score += if length >= full {
        points::FULL_LENGTH
    } else {
        let short = i32::try_from(full.0 - length.0).unwrap_or(i32::MAX);
        (points::FULL_LENGTH - points::PER_HALF_UNIT_SHORT * short).max(0)
    };
    if let Some(form) = &claims.time_as {
        let in_days = form.ends_with('天');
        if in_days == facts.days_given && !form.ends_with('h') {
            score += points::TIME_AS_GIVEN;
        }
    }
    if claims.festival.is_some()
        && let Some(occasion) = &facts.festival
    {
        score += match occasion.phase() {
            Phase::Peak => points::FESTIVAL_PEAK,
            Phase::Preheat => points::FESTIVAL_PREHEAT,
        };
    }
    if claims.discount.is_some() || claims.price.is_some() {
        score += points::OFFER;
    }
    let timed =
        claims.hours.is_some() || claims.countdown_hours.is_some() || claims.deadline.is_some();
    if timed && claims.stock.is_some() {
        score += points::TWO_LIMITS;
    }
    if claims.product != facts.product {
        let dropped = units::length(&facts.product).0 - units::length(&claims.product).0;
        score += points::SHORTENED
            + points::PER_HALF_UNIT_DROPPED * i32::try_from(dropped).unwrap_or(i32::MAX);
    }
    score
}

/// Two titles are the same when they differ only in separators.
pub fn dedup_key(title: &str) -> String {
    title
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '|' | '｜'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_signal_start_is_measured_in_units() {
        assert_eq!(signal_start("限时48小时 | 玻尿酸精华"), Some(HalfUnits(0)));
        assert_eq!(signal_start("双11 限时48小时 | 精华"), Some(HalfUnits(5)));
        assert_eq!(
            signal_start("38女王节 限量200份 | 精华"),
            Some(HalfUnits(9))
        );
        assert_eq!(signal_start("玻尿酸精华"), None);
    }

    #[test]
    fn separators_do_not_make_a_title_new() {
        assert_eq!(
            dedup_key("限时48小时 | 玻尿酸精华"),
            dedup_key("限时48小时 玻尿酸精华")
        );
    }
}
