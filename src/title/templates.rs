//! Title templates: data in `rules/titles.yaml`, the facts each one needs,
//! and their rendering from a sale's facts.

use std::collections::{BTreeSet, HashMap};
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use super::facts::Facts;

pub const YAML: &str = crate::text::data_files::rule_file("titles");

/// A fact a title can claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Fact {
    Time,
    Countdown,
    Deadline,
    Stock,
    Discount,
    Price,
    Benefit,
    Festival,
}

impl Fact {
    fn given(self, facts: &Facts) -> bool {
        match self {
            Fact::Time => facts.hours.is_some(),
            Fact::Countdown => facts.countdown_hours.is_some(),
            Fact::Deadline => facts.deadline.is_some(),
            Fact::Stock => facts.stock.is_some(),
            Fact::Discount => facts.discount().is_some(),
            Fact::Price => facts.price.is_some(),
            Fact::Benefit => facts.benefit.is_some(),
            Fact::Festival => facts.festival.is_some(),
        }
    }
}

/// Words in a template's fixed text that promise an offer (`限时优惠`,
/// `限量优惠`): written only when the prices show one, though they state
/// no discount of their own.
const OFFER_WORDS: &[&str] = &["优惠"];

/// Words in a template's fixed text that claim a fact.
const CLAIM_WORDS: &[(&str, Fact)] = &[
    ("限量", Fact::Stock),
    ("仅剩", Fact::Stock),
    ("送完", Fact::Stock),
    ("限时", Fact::Time),
    ("倒计时", Fact::Countdown),
    ("截止", Fact::Deadline),
    ("折", Fact::Discount),
    ("到手", Fact::Price),
    ("¥", Fact::Price),
    ("元", Fact::Price),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    Product,
    Time,
    Countdown,
    Deadline,
    Stock,
    Unit,
    Discount,
    Price,
    Benefit,
    Festival,
}

impl Slot {
    fn parse(name: &str) -> Option<Slot> {
        Some(match name {
            "product" => Slot::Product,
            "time" => Slot::Time,
            "countdown" => Slot::Countdown,
            "deadline" => Slot::Deadline,
            "stock" => Slot::Stock,
            "unit" => Slot::Unit,
            "discount" => Slot::Discount,
            "price" => Slot::Price,
            "benefit" => Slot::Benefit,
            "festival" => Slot::Festival,
            _ => return None,
        })
    }

    fn needs(self) -> Option<Fact> {
        match self {
            Slot::Product | Slot::Unit => None,
            Slot::Time => Some(Fact::Time),
            Slot::Countdown => Some(Fact::Countdown),
            Slot::Deadline => Some(Fact::Deadline),
            Slot::Stock => Some(Fact::Stock),
            Slot::Discount => Some(Fact::Discount),
            Slot::Price => Some(Fact::Price),
            Slot::Benefit => Some(Fact::Benefit),
            Slot::Festival => Some(Fact::Festival),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    Text(String),
    Slot(Slot),
}

#[derive(Debug, Clone)]
pub struct Template {
    pub id: String,
    pub parts: Vec<Part>,
    /// Every fact its slots and its fixed text claim.
    pub needs: BTreeSet<Fact>,
    /// Its fixed text promises an offer (优惠): it needs a discount.
    pub offers: bool,
}

/// What a title claims, for the JSON output and the tests.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Claims {
    /// The product as written (shortened when it did not fit).
    pub product: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hours: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub countdown_hours: Option<u32>,
    /// How the title states the time: `48小时`, `2天`, `48h`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_as: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stock: Option<u64>,
    /// In 折, e.g. `6.7`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub discount: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub price: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub benefit: Option<String>,
    /// The festival's id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub festival: Option<String>,
}

impl Claims {
    /// Notes that the title claims `fact`, where no slot has said how.
    fn record(&mut self, fact: Fact, facts: &Facts) {
        match fact {
            Fact::Time => self.hours = self.hours.or(facts.hours),
            Fact::Countdown => {
                self.countdown_hours = self.countdown_hours.or(facts.countdown_hours)
            }
            Fact::Deadline => {
                self.deadline = self
                    .deadline
                    .take()
                    .or_else(|| facts.deadline.map(|d| d.render()));
            }
            Fact::Stock => self.stock = self.stock.or(facts.stock),
            Fact::Discount => {
                self.discount = self
                    .discount
                    .take()
                    .or_else(|| facts.discount().map(|d| d.to_string()));
            }
            Fact::Price => {
                self.price = self
                    .price
                    .take()
                    .or_else(|| facts.price.map(|p| p.to_string()));
            }
            Fact::Benefit => self.benefit = self.benefit.take().or_else(|| facts.benefit.clone()),
            Fact::Festival => {
                self.festival = self
                    .festival
                    .take()
                    .or_else(|| facts.festival.map(|o| o.festival.id.clone()));
            }
        }
    }
}

/// A template rendered except for the product: the text before and after
/// it.
#[derive(Debug, Clone, Default)]
pub struct Draft {
    pub before: String,
    pub after: String,
    pub claims: Claims,
    seen_product: bool,
}

impl Draft {
    fn push(&mut self, text: &str) {
        if self.seen_product {
            self.after.push_str(text);
        } else {
            self.before.push_str(text);
        }
    }
}

impl Template {
    pub fn parse(id: &str, text: &str) -> Result<Template, String> {
        let mut parts = Vec::new();
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            if open > 0 {
                parts.push(Part::Text(rest[..open].to_string()));
            }
            let close = rest[open..]
                .find('}')
                .ok_or(format!("{id}: `{{` without `}}`"))?;
            let name = &rest[open + 1..open + close];
            let slot = Slot::parse(name).ok_or(format!("{id}: unknown slot {{{name}}}"))?;
            parts.push(Part::Slot(slot));
            rest = &rest[open + close + 1..];
        }
        if !rest.is_empty() {
            parts.push(Part::Text(rest.to_string()));
        }
        let products = parts
            .iter()
            .filter(|p| **p == Part::Slot(Slot::Product))
            .count();
        if products != 1 {
            return Err(format!("{id}: needs {{product}} exactly once"));
        }
        let mut needs: BTreeSet<Fact> = parts
            .iter()
            .filter_map(|p| match p {
                Part::Slot(slot) => slot.needs(),
                Part::Text(_) => None,
            })
            .collect();
        for part in &parts {
            if let Part::Text(text) = part {
                needs.extend(
                    CLAIM_WORDS
                        .iter()
                        .filter(|(word, _)| text.contains(word))
                        .map(|(_, fact)| *fact),
                );
            }
        }
        let limits = [Fact::Time, Fact::Countdown, Fact::Deadline, Fact::Stock];
        if !limits.iter().any(|f| needs.contains(f)) {
            return Err(format!(
                "{id}: states no time or stock limit, so it cannot lead with one"
            ));
        }
        let offers = parts.iter().any(|p| match p {
            Part::Text(text) => OFFER_WORDS.iter().any(|w| text.contains(w)),
            Part::Slot(_) => false,
        });
        Ok(Template {
            id: id.to_string(),
            parts,
            needs,
            offers,
        })
    }

    /// Whether every fact the template claims is given.
    pub fn usable(&self, facts: &Facts) -> bool {
        self.needs.iter().all(|f| f.given(facts)) && (!self.offers || facts.discount().is_some())
    }

    /// Every rendering of the template for `facts` (one per way of writing
    /// the time and per festival prefix); empty when it is not usable.
    pub fn render(&self, facts: &Facts, unit: &str) -> Vec<Draft> {
        if !self.usable(facts) {
            return Vec::new();
        }
        let mut drafts = vec![Draft {
            claims: Claims {
                product: facts.product.clone(),
                ..Claims::default()
            },
            ..Draft::default()
        }];
        for part in &self.parts {
            let slot = match part {
                Part::Text(text) => {
                    drafts.iter_mut().for_each(|d| d.push(text));
                    continue;
                }
                Part::Slot(slot) => *slot,
            };
            drafts = drafts
                .into_iter()
                .flat_map(|draft| fill(draft, slot, facts, unit))
                .collect();
        }
        // Claims made by fixed words (`限量优惠` claims the stock) too.
        for draft in &mut drafts {
            for need in &self.needs {
                draft.claims.record(*need, facts);
            }
        }
        drafts
    }
}

/// `draft` with `slot` filled in each way the facts allow.
fn fill(mut draft: Draft, slot: Slot, facts: &Facts, unit: &str) -> Vec<Draft> {
    match slot {
        Slot::Product => {
            draft.seen_product = true;
            vec![draft]
        }
        Slot::Time | Slot::Countdown => {
            let hours = if slot == Slot::Time {
                facts.hours
            } else {
                facts.countdown_hours
            };
            let Some(hours) = hours else {
                return Vec::new();
            };
            time_forms(hours)
                .into_iter()
                .map(|form| {
                    let mut d = draft.clone();
                    d.push(&form);
                    if slot == Slot::Time {
                        d.claims.hours = Some(hours);
                    } else {
                        d.claims.countdown_hours = Some(hours);
                    }
                    d.claims.time_as = Some(form);
                    d
                })
                .collect()
        }
        Slot::Deadline => match facts.deadline {
            Some(deadline) => {
                let text = deadline.render();
                draft.push(&text);
                draft.claims.deadline = Some(text);
                vec![draft]
            }
            None => Vec::new(),
        },
        Slot::Stock => match facts.stock {
            Some(stock) => {
                draft.push(&stock.to_string());
                draft.claims.stock = Some(stock);
                vec![draft]
            }
            None => Vec::new(),
        },
        Slot::Unit => {
            draft.push(unit);
            vec![draft]
        }
        Slot::Discount => match facts.discount() {
            Some(discount) => {
                let text = discount.to_string();
                draft.push(&text);
                draft.claims.discount = Some(text);
                vec![draft]
            }
            None => Vec::new(),
        },
        Slot::Price => match facts.price {
            Some(price) => {
                let text = price.to_string();
                draft.push(&text);
                draft.claims.price = Some(text);
                vec![draft]
            }
            None => Vec::new(),
        },
        Slot::Benefit => match &facts.benefit {
            Some(benefit) => {
                draft.push(benefit);
                draft.claims.benefit = Some(benefit.clone());
                vec![draft]
            }
            None => Vec::new(),
        },
        Slot::Festival => match &facts.festival {
            Some(occasion) => occasion
                .window
                .prefixes
                .iter()
                .map(|prefix| {
                    let mut d = draft.clone();
                    d.push(prefix);
                    d.claims.festival = Some(occasion.festival.id.clone());
                    d
                })
                .collect(),
            None => Vec::new(),
        },
    }
}

/// The ways a title may state a window of `hours`: exactly as given, and
/// in whole days only when it is whole days.
pub fn time_forms(hours: u32) -> Vec<String> {
    let mut forms = vec![format!("{hours}小时")];
    if hours.is_multiple_of(24) {
        forms.push(format!("{}天", hours / 24));
    }
    forms.push(format!("{hours}h"));
    forms
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TemplateSpec {
    id: String,
    text: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TitlesSpec {
    templates: Vec<TemplateSpec>,
    units: HashMap<String, String>,
    whole_note_rules: Vec<String>,
}

/// The compiled-in title data.
pub struct Titles {
    pub templates: Vec<Template>,
    units: HashMap<String, String>,
    /// Rules whose findings judge the Note, not its title.
    pub whole_note_rules: Vec<String>,
}

static TITLES: LazyLock<Titles> = LazyLock::new(|| {
    Titles::load(YAML).unwrap_or_else(|_| Titles {
        templates: Vec::new(),
        units: HashMap::new(),
        whole_note_rules: Vec::new(),
    })
});

impl Titles {
    /// The compiled-in templates (empty only if their data is broken, which
    /// the test suite rules out).
    pub fn builtin() -> &'static Titles {
        &TITLES
    }

    pub fn load(yaml: &str) -> Result<Titles, String> {
        let spec: TitlesSpec = crate::model::rule_data::parse(yaml).map_err(|e| e.to_string())?;
        let mut ids = BTreeSet::new();
        let templates = spec
            .templates
            .iter()
            .map(|t| {
                if !ids.insert(t.id.clone()) {
                    return Err(format!("{}: duplicate template id", t.id));
                }
                Template::parse(&t.id, &t.text)
            })
            .collect::<Result<Vec<_>, _>>()?;
        if !spec.units.contains_key("default") {
            return Err("units: needs a `default`".to_string());
        }
        Ok(Titles {
            templates,
            units: spec.units,
            whole_note_rules: spec.whole_note_rules,
        })
    }

    /// The measure word after a stock count for `category`.
    pub fn unit(&self, category: Option<&str>) -> &str {
        category
            .and_then(|c| self.units.get(c))
            .or_else(|| self.units.get("default"))
            .map_or("份", String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_templates_load() {
        let titles = Titles::load(YAML).expect("titles.yaml is valid");
        assert!(titles.templates.len() >= 12);
        assert_eq!(titles.unit(Some("fashion")), "件");
        assert_eq!(titles.unit(Some("beauty")), "份");
        assert_eq!(titles.unit(None), "份");
    }

    #[test]
    fn claim_words_in_fixed_text_need_their_facts() {
        let template = Template::parse("t", "限时{time} | {product} 限量优惠").expect("parses");
        assert_eq!(
            template.needs,
            BTreeSet::from([Fact::Time, Fact::Stock]),
            "限量优惠 claims a stock limit"
        );
        let template =
            Template::parse("t", "{festival} 倒计时{countdown} | {product} {discount}折")
                .expect("parses");
        assert_eq!(
            template.needs,
            BTreeSet::from([Fact::Countdown, Fact::Discount, Fact::Festival])
        );
    }

    #[test]
    fn bad_templates_are_refused() {
        assert_eq!(
            Template::parse("t", "限时{time} | {name}").err().as_deref(),
            Some("t: unknown slot {name}")
        );
        assert_eq!(
            Template::parse("t", "限时{time}").err().as_deref(),
            Some("t: needs {product} exactly once")
        );
        assert_eq!(
            Template::parse("t", "{product} {benefit}").err().as_deref(),
            Some("t: states no time or stock limit, so it cannot lead with one")
        );
    }

    #[test]
    fn time_is_stated_exactly() {
        assert_eq!(time_forms(48), ["48小时", "2天", "48h"]);
        assert_eq!(time_forms(36), ["36小时", "36h"]);
        assert_eq!(time_forms(24), ["24小时", "1天", "24h"]);
    }
}
