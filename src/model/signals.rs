//! Signals several rules share: prices and discounts (what makes a Note a
//! sale Note, SPEC 4.1) and scarcity (what a sale title should lead with).
//! The patterns are data in `rules/signals.yaml`.

use std::ops::Range;
use std::sync::LazyLock;

use serde::Deserialize;

use super::pattern::{Pattern, PatternSpec, compile_all};
use crate::model::prepared::CopyRegion;
use crate::text::Haystack;

#[derive(Debug, Default, Deserialize)]
pub struct SignalSpec {
    #[serde(default)]
    pub price: Vec<PatternSpec>,
    #[serde(default)]
    pub scarcity: Vec<PatternSpec>,
}

pub const YAML: &str = crate::text::data_files::rule_file("signals");

pub struct Signals {
    pub price: Vec<Pattern>,
    pub scarcity: Vec<Pattern>,
}

impl Signals {
    pub fn load() -> Result<Signals, String> {
        let spec: SignalSpec = super::rule_data::parse(YAML).map_err(|e| e.to_string())?;
        Ok(Signals {
            price: compile_all(&spec.price)?,
            scarcity: compile_all(&spec.scarcity)?,
        })
    }
}

static SIGNALS: LazyLock<Signals> = LazyLock::new(|| {
    Signals::load().unwrap_or(Signals {
        price: Vec::new(),
        scarcity: Vec::new(),
    })
});

/// Every match of `patterns` in the text, by start and then longest first.
fn mentions(patterns: &[Pattern], haystack: &Haystack) -> Vec<Range<usize>> {
    let mut found: Vec<Range<usize>> = patterns
        .iter()
        .flat_map(|p| p.find_iter(haystack))
        .collect();
    found.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
    found
}

/// The price and discount mentions of a region (ranges of its folded
/// text), links included; found once per region.
fn region_prices(region: &CopyRegion) -> &[Range<usize>] {
    region
        .prices
        .get_or_init(|| mentions(&SIGNALS.price, &region.haystack()))
}

/// The first price or discount mention in a region (a range of its folded
/// text), links excluded.
pub fn first_price(region: &CopyRegion) -> Option<Range<usize>> {
    let found = region_prices(region).iter().find(|r| !region.in_url(r))?;
    Some(first_price_from(region, found.clone()))
}

/// `found` extended over the amounts that directly follow it: `到手价¥399`,
/// `原价299元` read as one mention.
pub fn first_price_from(region: &CopyRegion, mut found: Range<usize>) -> Range<usize> {
    let text = region.text();
    let all = region_prices(region);
    loop {
        let rest = &text[found.end..];
        let gap = rest.len() - rest.trim_start_matches([' ', ':', '：']).len();
        let next = all
            .iter()
            .filter(|r| r.start == found.end + gap && r.end > found.end)
            .max_by_key(|r| r.end);
        match next {
            Some(next) => found.end = next.end,
            None => return found,
        }
    }
}

/// The first scarcity signal in the text.
pub fn first_scarcity(haystack: &Haystack) -> Option<Range<usize>> {
    mentions(&SIGNALS.scarcity, haystack).into_iter().next()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prices(text: &str) -> Vec<Range<usize>> {
        mentions(&SIGNALS.price, &Haystack::new(text))
    }

    #[test]
    fn signals_compile() {
        let signals = Signals::load().expect("valid signals");
        for pattern in signals.price.iter().chain(&signals.scarcity) {
            pattern.validate().expect(&pattern.spec.regex);
        }
        assert!(!signals.price.is_empty());
        assert!(!signals.scarcity.is_empty());
    }

    #[test]
    fn price_signals() {
        for text in [
            "到手¥199",
            "199元",
            "全场5折",
            "五折",
            "立减50",
            "到手价",
            "券后89",
            "满299减50",
            "8.8折",
            "20刀",
            "30块",
            "USD 15",
            "20%OFF",
            "买一送一",
            "立减十刀",
        ] {
            assert!(!prices(text).is_empty(), "{text} is a price signal");
        }
    }

    #[test]
    fn an_amount_takes_its_unit() {
        for text in ["立减十刀", "30块", "20%OFF", "USD 15"] {
            assert_eq!(prices(text).first(), Some(&(0..text.len())), "{text}");
        }
    }

    #[test]
    fn not_price_signals() {
        for text in [
            "洗到手裂",
            "可折叠收纳",
            "对折一下",
            "元气满满",
            "3岁宝宝",
            "100%纯棉",
            "2026款",
            "1TB",
            "8.5分",
            "2块饼干",
            "一刀切",
        ] {
            assert!(prices(text).is_empty(), "{text} is not a price signal");
        }
    }

    #[test]
    fn scarcity_signals() {
        for (text, signal) in [
            ("限时48小时｜精华", "限时48小时"),
            ("精华 限量200份", "限量200份"),
            ("今晚截止｜口红", "今晚截止"),
            ("前100名送小样", "前100名"),
            ("倒计时2天", "倒计时2天"),
            ("仅剩两天", "仅剩两天"),
            ("48h闪购", "48h闪购"),
            ("东城10/8–10/11 85折特价", "10/8–10/11"),
            ("5月1日-5月8日订购送汤", "5月1日-5月8日"),
            ("Labor Day本周末特价", "本周末"),
            ("烤鸭三食这周末2/10-2/13", "这周末"),
        ] {
            let range = first_scarcity(&Haystack::new(text)).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(&text[range], signal);
        }
        for text in [
            "秋冬必备的羊毛开衫",
            "满45送18本周末开始咯",
            "2/25堂食开放",
            "2024.06.18到货",
        ] {
            assert!(first_scarcity(&Haystack::new(text)).is_none(), "{text}");
        }
    }
}
