//! A Note that names a campaign (`campaign:` in its front matter) checked
//! against the plan: a sale Note takes the plan's sale facts where it
//! declares none (its own `sale` wins; a difference is a
//! `plan-note-conflict`), and any campaign Note's claims about the live
//! stream — when it starts (`周五晚8点开播`) and how long its flash windows
//! run (`直播间限时15分钟`) — are checked as `claim-mismatch`.

use std::ops::Range;
use std::path::{Component, Path, PathBuf};
use std::sync::LazyLock;

use regex::Regex;

use super::facts::{PlannedFacts, planned_facts};
use super::model::{Campaign, NoteEntry, Role, Stream, stamp};
use super::rules::yuan;
use super::{LoadedPlan, load};
use crate::diagnostic::{Diagnostic, Related};
use crate::input::front_matter::{Located, Sale, china_time};
use crate::input::note::Note;
use crate::settings::Settings;
use crate::text::numbers;

/// File names a campaign plan is looked for under, from the Note's folder
/// up; also any `*.campaign.yaml`.
const PLAN_FILES: &[&str] = &["campaign.yaml", "campaign.yml"];

/// Applies the plan of the campaign `note` names, and returns the findings
/// of the comparison (severities set from `settings`).
pub fn apply(note: &mut Note, settings: &Settings) -> Vec<Diagnostic> {
    let Some(name) = note
        .front_matter
        .as_ref()
        .and_then(|fm| fm.campaign.clone())
    else {
        return Vec::new();
    };
    let Some(plan) = find_plan(Path::new(&note.path), &name.value) else {
        return Vec::new();
    };
    let entry = entry_for(&plan, Path::new(&note.path));
    let mut found = Vec::new();
    let facts = facts_for(&plan.campaign, entry);
    let is_sale = entry.is_none_or(|e| e.role.value == Role::Sale);
    if is_sale {
        merge(note, &name, &facts, &plan, &mut found);
    }
    let streams: Vec<&Stream> = match entry.and_then(|e| plan.campaign.stream_of(e)) {
        Some(stream) => vec![stream],
        None => plan.campaign.streams.iter().collect(),
    };
    if !streams.is_empty() {
        stream_claims(note, &streams, &plan, &mut found);
    }
    let disabled: Vec<String> = note
        .front_matter
        .as_ref()
        .map(|fm| fm.disable.iter().map(|d| d.value.clone()).collect())
        .unwrap_or_default();
    found.retain(|d| !disabled.iter().any(|id| id == d.rule));
    found.retain_mut(|d| {
        let meta = crate::rules::find(d.rule)
            .map(|r| r.meta())
            .or_else(|| super::rules::find(d.rule).map(|r| r.meta()));
        match meta.and_then(|m| settings.severity(m)) {
            Some(severity) => {
                d.severity = severity;
                true
            }
            None => false,
        }
    });
    found
}

/// The campaign file above `note_path` whose `campaign:` is `name`.
fn find_plan(note_path: &Path, name: &str) -> Option<LoadedPlan> {
    let start = note_path.parent().unwrap_or(Path::new(""));
    let start = if start.as_os_str().is_empty() {
        Path::new(".")
    } else {
        start
    };
    for dir in start.ancestors() {
        let mut candidates: Vec<PathBuf> = PLAN_FILES.iter().map(|f| dir.join(f)).collect();
        if let Ok(entries) = std::fs::read_dir(if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        }) {
            let mut named: Vec<PathBuf> = entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| {
                    p.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
                        n.ends_with(".campaign.yaml") || n.ends_with(".campaign.yml")
                    })
                })
                .collect();
            named.sort();
            candidates.extend(named);
        }
        for candidate in candidates {
            if !candidate.is_file() {
                continue;
            }
            if let Ok(plan) = load(&candidate)
                && plan.campaign.id.value == name
            {
                return Some(plan);
            }
        }
    }
    None
}

/// `path` with `.` and `..` resolved as text, for comparing paths that
/// name files that may not exist.
pub(super) fn normal(path: &Path) -> PathBuf {
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    };
    let mut out = PathBuf::new();
    for part in absolute.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// The plan's entry for the Note at `note_path`.
fn entry_for<'p>(plan: &'p LoadedPlan, note_path: &Path) -> Option<&'p NoteEntry> {
    let base = Path::new(&plan.path).parent().unwrap_or(Path::new(""));
    let target = normal(note_path);
    plan.campaign
        .notes
        .iter()
        .find(|e| normal(&base.join(&e.path.value)) == target)
}

/// The plan's facts for a listed Note; for one the plan does not list,
/// those of the campaign's only stream and its only product.
fn facts_for(campaign: &Campaign, entry: Option<&NoteEntry>) -> PlannedFacts {
    match entry {
        Some(entry) => planned_facts(campaign, entry),
        None => match campaign.streams.as_slice() {
            [stream] => PlannedFacts {
                start: Some(stream.start.clone()),
                end: Some(stream.end.clone()),
                price: single(stream).map(|p| p.price.clone()),
                original_price: single(stream).and_then(|p| p.original_price.clone()),
                stock: single(stream).and_then(|p| p.stock.clone()),
                ..PlannedFacts::default()
            },
            _ => PlannedFacts::default(),
        },
    }
}

fn single(stream: &Stream) -> Option<&super::model::Product> {
    match stream.products.as_slice() {
        [product] => Some(product),
        _ => None,
    }
}

/// Fills the Note's missing sale facts from the plan, pointing them at its
/// `campaign:` value; a fact both give differently is a conflict, and the
/// Note's own value stays.
fn merge(
    note: &mut Note,
    name: &Located<String>,
    facts: &PlannedFacts,
    plan: &LoadedPlan,
    found: &mut Vec<Diagnostic>,
) {
    let Some(fm) = note.front_matter.as_mut() else {
        return;
    };
    let has_any = facts.start.is_some() || facts.price.is_some() || facts.stock.is_some();
    if fm.sale.is_none() && !has_any {
        return;
    }
    let sale = fm.sale.get_or_insert_with(|| Sale {
        span: name.span.clone(),
        ..Sale::default()
    });
    let money = |own: &f64, p: &f64| ((own - p).abs() > 0.005).then(|| (yuan(*own), yuan(*p)));
    let time =
        |own: &jiff::Timestamp, p: &jiff::Timestamp| (own != p).then(|| (stamp(*own), stamp(*p)));
    let conflicts = [
        fill(&mut sale.start, &facts.start, name, time).map(|c| c.named("start")),
        fill(&mut sale.end, &facts.end, name, time).map(|c| c.named("end")),
        fill(&mut sale.price, &facts.price, name, money).map(|c| c.named("price")),
        fill(&mut sale.original_price, &facts.original_price, name, money)
            .map(|c| c.named("original_price")),
        fill(&mut sale.stock, &facts.stock, name, |own, p| {
            (own != p).then(|| (own.to_string(), p.to_string()))
        })
        .map(|c| c.named("stock")),
    ];
    for c in conflicts.into_iter().flatten() {
        let mut d = Diagnostic::new(
            "plan-note-conflict",
            c.span,
            crate::msg!(
                "plan-sale-conflict",
                key = c.key,
                own = c.own.clone(),
                campaign = name.value.clone(),
                planned = c.planned.clone(),
                place = plan_place(plan, c.at.start)
            ),
        );
        d.related.push(Related::new(
            crate::msg!("plan-fact", key = c.key),
            None,
            Some(plan.path.clone()),
        ));
        found.push(d);
    }
}

/// A sale fact the Note and the plan give differently.
struct Conflict {
    key: &'static str,
    /// The Note's value.
    span: Range<usize>,
    own: String,
    planned: String,
    /// The plan's value, in the campaign file.
    at: Range<usize>,
}

impl Conflict {
    fn named(mut self, key: &'static str) -> Conflict {
        self.key = key;
        self
    }
}

/// Fills an empty `slot` from `planned` (at the `campaign:` value); when
/// both are set, `differ` says whether they conflict and how each reads.
fn fill<T: Clone>(
    slot: &mut Option<Located<T>>,
    planned: &Option<Located<T>>,
    name: &Located<String>,
    differ: impl Fn(&T, &T) -> Option<(String, String)>,
) -> Option<Conflict> {
    let planned = planned.as_ref()?;
    match slot.as_ref() {
        Some(own) => differ(&own.value, &planned.value).map(|(own_text, planned_text)| Conflict {
            key: "",
            span: own.span.clone(),
            own: own_text,
            planned: planned_text,
            at: planned.span.clone(),
        }),
        None => {
            *slot = Some(Located {
                value: planned.value.clone(),
                span: name.span.clone(),
            });
            None
        }
    }
}

/// `campaign.yaml:28:37`.
fn plan_place(plan: &LoadedPlan, offset: usize) -> String {
    let position = crate::text::LineIndex::new(&plan.source).position(&plan.source, offset);
    format!("{}:{}:{}", plan.path, position.line, position.column)
}

/// `周五晚8点开播`, `周五20:00直播`, `今晚八点半开播`: the day, part of day,
/// hour and minute a stream is said to start.
static START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?P<day>(?:周|星期|礼拜)[一二三四五六日天七])?\s*(?P<part>早上|上午|中午|下午|傍晚|晚上|今晚|明晚|晚)?\s*(?P<hour>[0-9]{1,2}|[一二两三四五六七八九十]{1,3})\s*(?:[点:：]\s*(?P<minute>[0-9]{2}|半)?)\s*(?:准时|整)?\s*(?:开播|开直播|直播)",
    )
    .expect("the start-claim pattern compiles")
});

/// `限时15分钟`, `15分钟限时`, `限时十分钟`: how long a flash window runs.
static MINUTES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"限时\s*(?P<a>{n})\s*分钟|(?P<b>{n})\s*分钟\s*限时",
        n = numbers::NUMBER_PATTERN
    ))
    .expect("the minutes-claim pattern compiles")
});

const WEEKDAYS: &[&str] = &["一", "二", "三", "四", "五", "六", "日"];

/// The Note's copy: its title (when held verbatim) and its body.
fn copy_ranges(note: &Note) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    if let Some(title) = &note.title
        && title.verbatim
    {
        ranges.push(title.span.clone());
    }
    ranges.push(note.body.clone());
    ranges
}

pub(super) fn stream_claims(
    note: &Note,
    streams: &[&Stream],
    plan: &LoadedPlan,
    found: &mut Vec<Diagnostic>,
) {
    for range in copy_ranges(note) {
        let Some(text) = note.source.get(range.clone()) else {
            continue;
        };
        for caps in START.captures_iter(text) {
            let Some(whole) = caps.get(0) else { continue };
            let Some(hour) = caps.name("hour").and_then(|h| numbers::parse(h.as_str())) else {
                continue;
            };
            let mut hour = hour as u32;
            let part = caps.name("part").map(|p| p.as_str());
            if matches!(
                part,
                Some("下午" | "傍晚" | "晚上" | "今晚" | "明晚" | "晚")
            ) && hour < 12
            {
                hour += 12;
            }
            let minute = match caps.name("minute").map(|m| m.as_str()) {
                Some("半") => 30,
                Some(m) => m.parse::<u32>().unwrap_or(0),
                None => 0,
            };
            if hour > 24 || minute > 59 {
                continue;
            }
            let weekday = caps
                .name("day")
                .and_then(|d| d.as_str().chars().last())
                .map(|c| match c {
                    '天' | '七' => 7,
                    other => WEEKDAYS
                        .iter()
                        .position(|w| w.starts_with(other))
                        .map_or(0, |i| i as i8 + 1),
                });
            let matches = |stream: &&Stream| {
                let start = stream.start.value.to_zoned(china_time());
                let clock_ok = u32::from(start.hour() as u8) == hour % 24
                    && u32::from(start.minute() as u8) == minute;
                let day_ok = weekday.is_none_or(|w| start.weekday().to_monday_one_offset() == w);
                clock_ok && day_ok
            };
            if streams.iter().any(matches) {
                continue;
            }
            let stream = streams[0];
            let start = stream.start.value.to_zoned(china_time());
            let span = range.start + whole.start()..range.start + whole.end();
            found.push(
                Diagnostic::new(
                    "claim-mismatch",
                    span,
                    crate::msg!(
                        "plan-stream-start",
                        said = whole.as_str().trim(),
                        campaign = plan.campaign.id.value.as_str(),
                        stream = stream.id.value.as_str(),
                        when = format!(
                            "周{} {}",
                            WEEKDAYS[(start.weekday().to_monday_zero_offset()) as usize],
                            start.strftime("%H:%M")
                        ),
                        stamp = stamp(stream.start.value)
                    ),
                )
                .with_suggestion(
                    crate::msg!("plan-stream-start-help"),
                    Some(format!(
                        "周{}{}开播",
                        WEEKDAYS[start.weekday().to_monday_zero_offset() as usize],
                        start.strftime("%H:%M")
                    )),
                    crate::diagnostic::Applicability::MaybeIncorrect,
                ),
            );
        }
        for caps in MINUTES.captures_iter(text) {
            let Some(whole) = caps.get(0) else { continue };
            let Some(minutes) = caps
                .name("a")
                .or_else(|| caps.name("b"))
                .and_then(|m| numbers::parse(m.as_str()))
            else {
                continue;
            };
            let lengths: Vec<i64> = streams
                .iter()
                .flat_map(|s| s.windows.iter().map(|w| w.minutes()))
                .collect();
            if lengths.is_empty() || lengths.iter().any(|&l| (l as f64 - minutes).abs() < 0.5) {
                continue;
            }
            let mut distinct = lengths.clone();
            distinct.sort_unstable();
            distinct.dedup();
            let listed: Vec<String> = distinct.iter().map(|l| l.to_string()).collect();
            let span = range.start + whole.start()..range.start + whole.end();
            found.push(
                Diagnostic::new(
                    "claim-mismatch",
                    span,
                    crate::msg!(
                        "plan-window-minutes",
                        minutes = minutes.to_string(),
                        campaign = plan.campaign.id.value.as_str(),
                        planned = crate::i18n::Arg::list(listed, crate::i18n::Join::Comma)
                    ),
                )
                .with_suggestion(
                    crate::msg!("plan-window-minutes-help"),
                    Some(format!("限时{}分钟", distinct[0])),
                    crate::diagnostic::Applicability::MaybeIncorrect,
                ),
            );
        }
    }
}
