//! `xhslint plan --timeline`: the campaign's days at a glance — Notes,
//! streams and their flash windows in time order, the minutes between
//! windows, and what overlaps — as text for a terminal or JSON for tools.

use std::collections::BTreeMap;

use jiff::Timestamp;
use jiff::civil::Date;
use serde::Serialize;

use super::LoadedPlan;
use super::model::{clock, minutes_between};
use super::rules::{Context, days_between};
use crate::i18n::{Arg, Join, Lang, Msg};
use crate::input::front_matter::china_time;
use crate::msg;
use crate::title::facts::china_date;

/// One thing on the timeline.
#[derive(Debug, Clone, Serialize)]
pub struct Event {
    /// `note`, `sale` (a planned sale's window), `stream` or `window`.
    pub kind: &'static str,
    pub start: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    /// What a person reads: the Note's path, the stream's id, the window's
    /// product and offer.
    pub label: String,
    /// A Note's role.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<&'static str>,
    /// A stream or window's length.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minutes: Option<i64>,
    /// A window: minutes since the previous window of its stream started.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub since_previous: Option<i64>,
    /// A stream: the other streams it overlaps.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub overlaps: Vec<String>,
    #[serde(skip)]
    at: Timestamp,
    #[serde(skip)]
    until: Option<Timestamp>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Day {
    pub date: String,
    pub events: Vec<Event>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Timeline {
    pub schema_version: u32,
    pub campaign: String,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub festival: Option<FestivalDay>,
    pub days: Vec<Day>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FestivalDay {
    pub id: String,
    pub date: String,
}

fn rfc3339(ts: Timestamp) -> String {
    ts.to_zoned(china_time())
        .strftime("%Y-%m-%dT%H:%M:%S%:z")
        .to_string()
}

/// The campaign's events by day, in time order.
pub fn build(plan: &LoadedPlan) -> Timeline {
    let context = Context {
        campaign: &plan.campaign,
        notes: &plan.notes,
        settings: &plan.settings,
    };
    let campaign = &plan.campaign;
    let mut events: Vec<Event> = Vec::new();
    for (index, note) in campaign.notes.iter().enumerate() {
        let Some(at) = context.publish_at(index) else {
            continue;
        };
        events.push(Event {
            kind: "note",
            start: rfc3339(at),
            end: None,
            label: note.path.value.clone(),
            role: Some(note.role.value.as_str()),
            minutes: None,
            since_previous: None,
            overlaps: Vec::new(),
            at,
            until: None,
        });
    }
    for note in &campaign.notes {
        let Some(sale) = &note.sale else { continue };
        events.push(Event {
            kind: "sale",
            start: rfc3339(sale.start.value),
            end: Some(rfc3339(sale.end.value)),
            label: note.path.value.clone(),
            role: Some(note.role.value.as_str()),
            minutes: Some(minutes_between(sale.start.value, sale.end.value)),
            since_previous: None,
            overlaps: Vec::new(),
            at: sale.start.value,
            until: Some(sale.end.value),
        });
    }
    for stream in &campaign.streams {
        let overlaps = campaign
            .streams
            .iter()
            .filter(|o| {
                o.id.value != stream.id.value
                    && o.start.value < stream.end.value
                    && stream.start.value < o.end.value
            })
            .map(|o| o.id.value.clone())
            .collect();
        let label = stream_label(stream, Lang::En);
        events.push(Event {
            kind: "stream",
            start: rfc3339(stream.start.value),
            end: Some(rfc3339(stream.end.value)),
            label,
            role: None,
            minutes: Some(minutes_between(stream.start.value, stream.end.value)),
            since_previous: None,
            overlaps,
            at: stream.start.value,
            until: Some(stream.end.value),
        });
        let mut previous: Option<Timestamp> = None;
        for window in &stream.windows {
            let mut label = String::new();
            if let Some(product) = stream.product_of(window) {
                label.push_str(&product.name.value);
            }
            if let Some(offer) = &window.offer {
                label.push_str(&format!(" ¥{}", super::rules::yuan(offer.value)));
            }
            if let Some(stock) = &window.stock {
                label.push_str(&format!(" ×{}", stock.value));
            }
            events.push(Event {
                kind: "window",
                start: rfc3339(window.start.value),
                end: Some(rfc3339(window.end.value)),
                label: label.trim().to_string(),
                role: None,
                minutes: Some(window.minutes()),
                since_previous: previous.map(|p| minutes_between(p, window.start.value)),
                overlaps: Vec::new(),
                at: window.start.value,
                until: Some(window.end.value),
            });
            previous = Some(window.start.value);
        }
    }
    // Stable: a stream before its first window when both start together.
    events.sort_by_key(|e| (e.at, e.kind == "window"));
    let mut days: BTreeMap<Date, Vec<Event>> = BTreeMap::new();
    for event in events {
        days.entry(china_date(event.at)).or_default().push(event);
    }
    Timeline {
        schema_version: 1,
        campaign: campaign.id.value.clone(),
        name: campaign.name.value.clone(),
        festival: context.festival().map(|(festival, day)| FestivalDay {
            id: festival.id.clone(),
            date: day.to_string(),
        }),
        days: days
            .into_iter()
            .map(|(date, events)| Day {
                date: date.to_string(),
                events,
            })
            .collect(),
    }
}

/// Minutes a bar cell stands for.
const CELL_MINUTES: i64 = 5;

/// The timeline as text in `lang`: one block a day, a bar per stream (`━`
/// the stream, `█` a flash window, five minutes a cell), gaps between days.
/// The labels of the JSON timeline stay as they are in every language; the
/// words around them are the language's.
pub fn render_text(timeline: &Timeline, plan: &LoadedPlan, lang: Lang) -> String {
    let mut out = format!("{} ({})", timeline.name, timeline.campaign);
    if let Some(festival) = &timeline.festival {
        out.push_str(
            &msg!(
                "timeline-festival",
                id = festival.id.as_str(),
                date = festival.date.as_str()
            )
            .render(lang),
        );
    }
    out.push('\n');
    let mut previous: Option<Date> = None;
    for day in &timeline.days {
        let Ok(date) = day.date.parse::<Date>() else {
            continue;
        };
        if let Some(before) = previous {
            let gap = days_between(before, date) - 1;
            if gap > 0 {
                let gap = msg!("timeline-gap", n = gap).render(lang);
                out.push_str(&format!("  ┆ {gap}\n"));
            }
        }
        previous = Some(date);
        let weekday = i64::from(date.weekday().to_monday_one_offset());
        let weekday = msg!("timeline-weekday", day = weekday).render(lang);
        out.push_str(&format!("\n{} {weekday}\n", day.date));
        for event in &day.events {
            let time = clock(event.at);
            match event.kind {
                "note" => {
                    let role = event.role.unwrap_or_default();
                    let role = msg!("timeline-role", role = role).render(lang);
                    out.push_str(&format!(
                        "  {time}        {} {}\n",
                        padded(&role),
                        event.label
                    ));
                }
                "sale" => {
                    let until = event.until.map(super::model::stamp).unwrap_or_default();
                    let text = msg!("timeline-sale", label = event.label.as_str(), until = until);
                    let kind = padded(&Msg::new("timeline-sale-runs").render(lang));
                    out.push_str(&format!("  {time}        {kind} {}\n", text.render(lang)));
                }
                "stream" => {
                    let until = event.until.map(clock).unwrap_or_default();
                    let stream = plan.campaign.streams.iter().find(|s| {
                        s.start.value == event.at && event.label.starts_with(s.id.value.as_str())
                    });
                    let label = match (stream, lang) {
                        (Some(stream), Lang::Zh) => stream_label(stream, lang),
                        _ => event.label.clone(),
                    };
                    let text = msg!(
                        "timeline-stream",
                        label = label,
                        minutes = event.minutes.unwrap_or_default().to_string()
                    );
                    let kind = padded(&Msg::new("timeline-stream-kind").render(lang));
                    out.push_str(&format!("  {time}–{until}  {kind} {}\n", text.render(lang)));
                    if !event.overlaps.is_empty() {
                        let streams = Arg::list(&event.overlaps, Join::Comma);
                        let overlaps = msg!("timeline-overlaps", streams = streams);
                        out.push_str(&format!("               {}\n", overlaps.render(lang)));
                    }
                    if let Some(stream) = stream {
                        out.push_str(&format!("               {}\n", bar(stream)));
                    }
                }
                _ => {
                    let until = event.until.map(clock).unwrap_or_default();
                    let gap = event
                        .since_previous
                        .map(|m| msg!("timeline-since", minutes = m.to_string()).render(lang))
                        .unwrap_or_default();
                    let minutes = format!("{:>2}", event.minutes.unwrap_or_default());
                    let minutes = msg!("timeline-minutes", minutes = minutes).render(lang);
                    out.push_str(&format!(
                        "  {time}–{until}    █ {minutes}    {}{gap}\n",
                        event.label
                    ));
                }
            }
        }
    }
    out
}

/// A stream's label in `lang`, as the JSON timeline gives it in English:
/// its id, host and number of products.
fn stream_label(stream: &super::model::Stream, lang: Lang) -> String {
    let mut label = stream.id.value.clone();
    if let Some(host) = &stream.host {
        label.push_str(&msg!("timeline-host", host = host.value.as_str()).render(lang));
    }
    let products = stream.products.len().to_string();
    label.push_str(&msg!("timeline-products", n = products).render(lang));
    label
}

/// `text` padded to the twelve columns of the kind column, a Chinese
/// character taking two.
fn padded(text: &str) -> String {
    let width = crate::text::units::display_width(text);
    format!("{text}{}", " ".repeat(12usize.saturating_sub(width)))
}

/// A stream as cells: `█` where a window runs, `━` elsewhere.
fn bar(stream: &super::model::Stream) -> String {
    let cells =
        (minutes_between(stream.start.value, stream.end.value) + CELL_MINUTES - 1) / CELL_MINUTES;
    let cells = cells.clamp(1, 96);
    let scale = minutes_between(stream.start.value, stream.end.value).max(1) as f64 / cells as f64;
    (0..cells)
        .map(|i| {
            let from = stream.start.value.as_second() + (i as f64 * scale * 60.0) as i64;
            let to = stream.start.value.as_second() + ((i + 1) as f64 * scale * 60.0) as i64;
            let in_window = stream
                .windows
                .iter()
                .any(|w| w.start.value.as_second() < to && from < w.end.value.as_second());
            if in_window { '█' } else { '━' }
        })
        .collect()
}
