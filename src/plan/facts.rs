//! What the plan says about one of its Notes: the sale window, price and
//! stock it should declare, from its own `sale:` in the plan or else from
//! its stream and product.

use jiff::Timestamp;

use super::model::{Campaign, NoteEntry, Product, Stream};
use crate::input::front_matter::Located;

/// The plan's facts for a Note; each with where the plan states it.
#[derive(Debug, Clone, Default)]
pub struct PlannedFacts {
    pub start: Option<Located<Timestamp>>,
    pub end: Option<Located<Timestamp>>,
    pub price: Option<Located<f64>>,
    pub original_price: Option<Located<f64>>,
    pub stock: Option<Located<u64>>,
    /// The product's name.
    pub product: Option<Located<String>>,
    /// The shortest and longest flash window of its stream, in minutes.
    pub window_minutes: Option<(i64, i64)>,
}

/// The product a Note sells: the one it names, else its stream's only one.
pub fn product_of<'a>(stream: &'a Stream, entry: &NoteEntry) -> Option<&'a Product> {
    match &entry.product {
        Some(id) => stream.product(&id.value),
        None if stream.products.len() == 1 => stream.products.first(),
        None => None,
    }
}

pub fn planned_facts(campaign: &Campaign, entry: &NoteEntry) -> PlannedFacts {
    let stream = campaign.stream_of(entry);
    let product = stream.and_then(|s| product_of(s, entry));
    let mut facts = PlannedFacts {
        start: stream.map(|s| s.start.clone()),
        end: stream.map(|s| s.end.clone()),
        price: product.map(|p| p.price.clone()),
        original_price: product.and_then(|p| p.original_price.clone()),
        stock: product.and_then(|p| p.stock.clone()),
        product: product.map(|p| p.name.clone()),
        window_minutes: stream.and_then(|s| {
            let minutes = s.windows.iter().map(|w| w.minutes());
            Some((minutes.clone().min()?, minutes.max()?))
        }),
    };
    if let Some(sale) = &entry.sale {
        facts.start = Some(sale.start.clone());
        facts.end = Some(sale.end.clone());
        if sale.price.is_some() {
            facts.price = sale.price.clone();
        }
        if sale.original_price.is_some() {
            facts.original_price = sale.original_price.clone();
        }
        if sale.stock.is_some() {
            facts.stock = sale.stock.clone();
        }
    }
    facts
}
