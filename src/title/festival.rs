//! The festival calendar: which shopping festival a date falls in, and how a
//! title may name it. The data, lunar dates included, is compiled in from
//! `rules/festivals.yaml`.

use std::collections::HashMap;
use std::sync::LazyLock;

use jiff::civil::Date;
use serde::Deserialize;

pub const YAML: &str = crate::text::data_files::rule_file("festivals");

/// Where in a festival's run-up a date lies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Phase {
    /// The early run-up: titles name it as early buying.
    Preheat,
    /// The festival's own sale days.
    Peak,
}

impl Phase {
    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Preheat => "preheat",
            Phase::Peak => "peak",
        }
    }
}

/// Days around a festival's day, both ends included.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Window {
    pub phase: Phase,
    pub from: i32,
    pub to: i32,
    /// How a title names the festival in this window.
    pub prefixes: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Festival {
    /// The front matter `sale.festival` code.
    pub id: String,
    /// What `--festival` accepts besides the id.
    pub names: Vec<String>,
    /// A fixed `MM-DD`.
    #[serde(default)]
    pub day: Option<String>,
    /// A key of `lunar_dates`.
    #[serde(default)]
    pub lunar: Option<String>,
    pub windows: Vec<Window>,
}

impl Festival {
    /// The name a person would use: the first of `names`.
    pub fn display_name(&self) -> &str {
        self.names.first().map_or(self.id.as_str(), String::as_str)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CalendarSpec {
    festivals: Vec<Festival>,
    lunar_dates: HashMap<String, Vec<String>>,
}

/// A festival window a date falls in.
#[derive(Debug, Clone, Copy)]
pub struct Occasion<'c> {
    pub festival: &'c Festival,
    /// The festival's day for this occasion.
    pub day: Date,
    pub window: &'c Window,
}

impl Occasion<'_> {
    pub fn phase(&self) -> Phase {
        self.window.phase
    }
}

/// Why a named festival cannot be used on a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unavailable {
    /// No festival of that name.
    Unknown,
    /// The date lies in none of its windows; the windows of the nearest
    /// occurrence, as dates, for the message.
    OutOfWindow { windows: Vec<(Phase, Date, Date)> },
    /// A lunar festival in a year the table does not cover.
    NotInTable,
}

pub struct Calendar {
    pub festivals: Vec<Festival>,
    lunar: HashMap<String, Vec<Date>>,
}

static BUILTIN: LazyLock<Calendar> = LazyLock::new(|| {
    Calendar::load(YAML).unwrap_or_else(|_| Calendar {
        festivals: Vec::new(),
        lunar: HashMap::new(),
    })
});

impl Calendar {
    /// The compiled-in calendar (empty only if its data is broken, which the
    /// test suite rules out).
    pub fn builtin() -> &'static Calendar {
        &BUILTIN
    }

    pub fn load(yaml: &str) -> Result<Calendar, String> {
        let spec: CalendarSpec = crate::model::rule_data::parse(yaml).map_err(|e| e.to_string())?;
        let mut lunar = HashMap::new();
        for (key, dates) in spec.lunar_dates {
            let parsed = dates
                .iter()
                .map(|d| {
                    d.parse::<Date>()
                        .map_err(|e| format!("lunar_dates.{key}: `{d}`: {e}"))
                })
                .collect::<Result<Vec<_>, _>>()?;
            lunar.insert(key, parsed);
        }
        let calendar = Calendar {
            festivals: spec.festivals,
            lunar,
        };
        calendar.validate()?;
        Ok(calendar)
    }

    fn validate(&self) -> Result<(), String> {
        for festival in &self.festivals {
            let id = &festival.id;
            match (&festival.day, &festival.lunar) {
                (Some(day), None) => {
                    fixed_day(day, 2024).ok_or(format!("{id}: day `{day}` is not MM-DD"))?;
                }
                (None, Some(key)) => {
                    let dates = self
                        .lunar
                        .get(key)
                        .ok_or(format!("{id}: no lunar_dates.{key}"))?;
                    for year in COVERED_YEARS {
                        let count = dates.iter().filter(|d| d.year() == year).count();
                        if count != 1 {
                            return Err(format!(
                                "lunar_dates.{key}: {count} dates in {year}, expected 1"
                            ));
                        }
                    }
                }
                _ => return Err(format!("{id}: give exactly one of `day` and `lunar`")),
            }
            if festival.windows.is_empty() {
                return Err(format!("{id}: no windows"));
            }
            for window in &festival.windows {
                if window.from > window.to || window.prefixes.is_empty() {
                    return Err(format!(
                        "{id}: a window needs from <= to and at least one prefix"
                    ));
                }
            }
        }
        Ok(())
    }

    /// The festival called `name` (its id or one of its names).
    pub fn find(&self, name: &str) -> Option<&Festival> {
        let name = name.trim();
        self.festivals.iter().find(|f| {
            f.id.eq_ignore_ascii_case(name) || f.names.iter().any(|n| n.eq_ignore_ascii_case(name))
        })
    }

    /// Every name `--festival` accepts, for messages: each festival's
    /// code with the name a person would use, then `auto` and `none`.
    pub fn choices(&self) -> Vec<String> {
        self.festivals
            .iter()
            .map(|f| format!("{} ({})", f.id, f.display_name()))
            .chain(["auto".to_string(), "none".to_string()])
            .collect()
    }

    /// The festival codes, as front matter `sale.festival` takes them, then
    /// `auto` and `none`: the values offered to completion.
    pub fn codes(&self) -> Vec<&str> {
        self.festivals
            .iter()
            .map(|f| f.id.as_str())
            .chain(["auto", "none"])
            .collect()
    }

    /// The festival's day in `year`, `None` for a lunar festival outside the
    /// table.
    pub fn day(&self, festival: &Festival, year: i16) -> Option<Date> {
        if let Some(day) = &festival.day {
            return fixed_day(day, year);
        }
        let key = festival.lunar.as_ref()?;
        self.lunar
            .get(key)?
            .iter()
            .copied()
            .find(|d| d.year() == year)
    }

    /// The window of `festival` that `date` falls in; peak wins over
    /// preheat where they meet.
    pub fn occasion<'c>(
        &'c self,
        festival: &'c Festival,
        date: Date,
    ) -> Result<Occasion<'c>, Unavailable> {
        let mut nearest: Option<(i64, Date)> = None;
        let mut found: Option<Occasion<'c>> = None;
        for year in date.year() - 1..=date.year() + 1 {
            let Some(day) = self.day(festival, year) else {
                continue;
            };
            let offset = days_between(day, date);
            if nearest.is_none_or(|(d, _)| offset.abs() < d.abs()) {
                nearest = Some((offset, day));
            }
            for window in &festival.windows {
                if (i64::from(window.from)..=i64::from(window.to)).contains(&offset)
                    && found.is_none_or(|f| {
                        f.window.phase == Phase::Preheat && window.phase == Phase::Peak
                    })
                {
                    found = Some(Occasion {
                        festival,
                        day,
                        window,
                    });
                }
            }
        }
        if let Some(occasion) = found {
            return Ok(occasion);
        }
        match nearest {
            Some((_, day)) => Err(Unavailable::OutOfWindow {
                windows: festival
                    .windows
                    .iter()
                    .filter_map(|w| {
                        Some((
                            w.phase,
                            add_days(day, w.from.into())?,
                            add_days(day, w.to.into())?,
                        ))
                    })
                    .collect(),
            }),
            None => Err(Unavailable::NotInTable),
        }
    }

    /// The festival `date` falls in, if any: a peak before a preheat, then
    /// the festival whose day is nearest.
    pub fn auto(&self, date: Date) -> Option<Occasion<'_>> {
        self.festivals
            .iter()
            .filter_map(|f| self.occasion(f, date).ok())
            .min_by_key(|o| {
                (
                    o.window.phase == Phase::Preheat,
                    days_between(o.day, date).abs(),
                )
            })
    }
}

/// The years the lunar table must cover.
pub const COVERED_YEARS: std::ops::RangeInclusive<i16> = 2024..=2035;

fn fixed_day(text: &str, year: i16) -> Option<Date> {
    let (month, day) = text.split_once('-')?;
    Date::new(year, month.parse().ok()?, day.parse().ok()?).ok()
}

/// `date − day` in days.
fn days_between(day: Date, date: Date) -> i64 {
    i64::from(date.since(day).map_or(0, |span| span.get_days()))
}

fn add_days(date: Date, days: i64) -> Option<Date> {
    date.checked_add(jiff::Span::new().try_days(days).ok()?)
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_takes_the_calendars_codes_and_none() {
        let mut codes = Calendar::builtin().codes();
        codes.retain(|c| *c != "auto");
        assert_eq!(codes, crate::input::front_matter::FESTIVALS);
    }

    fn date(text: &str) -> Date {
        text.parse().expect("test date")
    }

    fn calendar() -> Calendar {
        Calendar::load(YAML).expect("festival data is valid")
    }

    #[test]
    fn known_lunar_dates() {
        let calendar = calendar();
        let cny = calendar.find("春节").expect("cny");
        assert_eq!(calendar.day(cny, 2024), Some(date("2024-02-10")));
        assert_eq!(calendar.day(cny, 2031), Some(date("2031-01-23")));
        assert_eq!(calendar.day(cny, 2035), Some(date("2035-02-08")));
        let mid_autumn = calendar.find("中秋").expect("mid-autumn");
        assert_eq!(calendar.day(mid_autumn, 2024), Some(date("2024-09-17")));
        let qixi = calendar.find("七夕").expect("qixi");
        assert_eq!(calendar.day(qixi, 2024), Some(date("2024-08-10")));
        assert_eq!(calendar.day(qixi, 2036), None);
    }

    #[test]
    fn names_find_the_same_festival() {
        let calendar = calendar();
        for name in ["1111", "双11", "双十一", "11.11"] {
            assert_eq!(calendar.find(name).map(|f| f.id.as_str()), Some("1111"));
        }
        assert_eq!(calendar.find("CNY").map(|f| f.id.as_str()), Some("cny"));
        assert!(calendar.find("圣诞").is_none());
    }

    #[test]
    fn windows_around_618() {
        let calendar = calendar();
        let f618 = calendar.find("618").expect("618");
        let phase = |d: &str| calendar.occasion(f618, date(d)).map(|o| o.phase());
        assert_eq!(phase("2026-05-19"), Ok(Phase::Preheat));
        assert_eq!(phase("2026-05-31"), Ok(Phase::Preheat));
        assert_eq!(phase("2026-06-01"), Ok(Phase::Peak));
        assert_eq!(phase("2026-06-20"), Ok(Phase::Peak));
        let Err(Unavailable::OutOfWindow { windows }) = phase("2026-06-21") else {
            panic!("06-21 is after 618");
        };
        assert_eq!(
            windows,
            vec![
                (Phase::Preheat, date("2026-05-19"), date("2026-05-31")),
                (Phase::Peak, date("2026-06-01"), date("2026-06-20")),
            ]
        );
    }

    #[test]
    fn a_lunar_window_crosses_the_year() {
        let calendar = calendar();
        let cny = calendar.find("年货节").expect("cny");
        // 2031-01-23 is New Year; its 年货节 preheat starts in December 2030.
        let occasion = calendar
            .occasion(cny, date("2030-12-15"))
            .expect("in window");
        assert_eq!(occasion.day, date("2031-01-23"));
        assert_eq!(occasion.phase(), Phase::Preheat);
        let occasion = calendar
            .occasion(cny, date("2031-01-25"))
            .expect("in window");
        assert_eq!(occasion.window.prefixes, ["新春"]);
        assert_eq!(
            calendar.occasion(cny, date("2040-01-20")).map(|o| o.day),
            Err(Unavailable::NotInTable)
        );
    }

    #[test]
    fn auto_prefers_a_peak_then_the_nearest_day() {
        let calendar = calendar();
        let pick = |d: &str| {
            calendar
                .auto(date(d))
                .map(|o| (o.festival.id.clone(), o.phase()))
        };
        assert_eq!(pick("2026-06-16"), Some(("618".into(), Phase::Peak)));
        // 520's peak overlaps 618's preheat.
        assert_eq!(pick("2026-05-20"), Some(("520".into(), Phase::Peak)));
        assert_eq!(pick("2026-11-05"), Some(("1111".into(), Phase::Peak)));
        assert_eq!(pick("2026-08-15"), Some(("qixi".into(), Phase::Peak)));
        assert_eq!(pick("2026-09-20"), Some(("mid-autumn".into(), Phase::Peak)));
        assert_eq!(pick("2026-03-05"), Some(("38".into(), Phase::Peak)));
        assert_eq!(pick("2026-12-10"), Some(("1212".into(), Phase::Peak)));
        assert_eq!(pick("2026-01-30"), Some(("cny".into(), Phase::Peak)));
        assert_eq!(pick("2026-07-15"), None);
    }
}
