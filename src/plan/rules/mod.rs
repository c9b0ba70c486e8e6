//! The plan rules: checks on a whole campaign, declared and documented like
//! the Note rules (`declare_plan_rule!` makes the same [`RuleMeta`], so
//! `xhslint rules`, `explain` and `docs/rules/` list them), each in its own
//! file, its options declared with their defaults as a Note rule's are.

use std::collections::HashMap;

use jiff::Timestamp;
use jiff::civil::Date;

use super::model::{Campaign, NoteEntry, PlanError};
use crate::diagnostic::{Diagnostic, Related, Severity};
use crate::input::front_matter::FrontMatter;
use crate::msg;
use crate::rules::RuleMeta;
use crate::settings::{HasOptions, OptionValue, OptionValues};
use crate::title::facts::china_date;
use crate::title::festival::{Calendar, Festival};

mod announcement;
mod bundle_discount;
mod education_share;
mod festival_peak;
mod festival_preheat;
mod first_order;
mod flash_repeat;
mod note_conflict;
mod product_count;
mod recap;
mod window_gap;
mod window_length;

/// A Note file of the campaign, as read from disk.
#[derive(Debug, Clone)]
pub struct LinkedNote {
    /// The path as given to the reader, for messages.
    pub path: String,
    pub front_matter: Option<FrontMatter>,
}

/// What a plan rule sees.
pub struct Context<'a> {
    pub campaign: &'a Campaign,
    /// The Note files, one per `notes` entry; `None` where the file does
    /// not exist yet.
    pub notes: &'a [Option<LinkedNote>],
    pub settings: &'a PlanSettings,
}

impl Context<'_> {
    /// When a Note goes out: the plan's `publish_at`, else its front matter's.
    pub fn publish_at(&self, index: usize) -> Option<Timestamp> {
        let entry = self.campaign.notes.get(index)?;
        entry.publish_at.as_ref().map(|p| p.value).or_else(|| {
            self.linked(index)
                .and_then(|fm| fm.publish_at.as_ref())
                .map(|p| p.value)
        })
    }

    /// Where a finding about a Note's timing points: its `publish_at`, else
    /// its `path` (the time came from the Note's front matter).
    pub fn publish_span(&self, index: usize) -> std::ops::Range<usize> {
        let entry = &self.campaign.notes[index];
        entry
            .publish_at
            .as_ref()
            .map_or_else(|| entry.path.span.clone(), |p| p.span.clone())
    }

    /// `diagnostic`, about the `index`th Note; when that Note joined from its
    /// own front matter (its spans are the plan's `campaign:` id), the
    /// finding also names its file.
    pub fn about_note(&self, index: usize, mut diagnostic: Diagnostic) -> Diagnostic {
        let Some(entry) = self.campaign.notes.get(index) else {
            return diagnostic;
        };
        if entry.from_front_matter {
            let file = self
                .notes
                .get(index)
                .and_then(Option::as_ref)
                .map_or_else(|| entry.path.value.clone(), |n| n.path.clone());
            diagnostic.related.push(Related::new(
                msg!(
                    "plan-about-note",
                    path = &entry.path.value,
                    campaign = &self.campaign.id.value,
                    role = entry.role.value.as_str()
                ),
                None,
                Some(file),
            ));
        }
        diagnostic
    }

    /// The front matter of the `index`th Note, when its file exists.
    pub fn linked(&self, index: usize) -> Option<&FrontMatter> {
        self.notes.get(index)?.as_ref()?.front_matter.as_ref()
    }

    /// The Notes with their index.
    pub fn entries(&self) -> impl Iterator<Item = (usize, &NoteEntry)> {
        self.campaign.notes.iter().enumerate()
    }

    /// The campaign's festival and its day nearest the campaign's selling
    /// (its first stream or planned sale; else its last Note).
    pub fn festival(&self) -> Option<(&'static Festival, Date)> {
        let id = self.campaign.festival.as_ref()?;
        let calendar = Calendar::builtin();
        let festival = calendar.find(&id.value)?;
        let selling = self
            .campaign
            .streams
            .iter()
            .map(|s| s.start.value)
            .chain(
                self.campaign
                    .notes
                    .iter()
                    .filter_map(|n| n.sale.as_ref().map(|s| s.start.value)),
            )
            .min();
        let anchor = selling.or_else(|| {
            (0..self.campaign.notes.len())
                .filter_map(|i| self.publish_at(i))
                .max()
        })?;
        let anchor = china_date(anchor);
        let day = (anchor.year() - 1..=anchor.year() + 1)
            .filter_map(|year| calendar.day(festival, year))
            .min_by_key(|day| days_between(anchor, *day).abs())?;
        Some((festival, day))
    }
}

/// A check on a whole campaign.
pub trait PlanRule: Send + Sync {
    fn meta(&self) -> &'static RuleMeta;
    /// Appends this rule's findings; severity is set by the caller.
    fn check(&self, plan: &Context, out: &mut Vec<Diagnostic>);
}

/// Declares a plan rule; the same shape as `declare_rule!` (options are
/// whole numbers: `NAME: Count = DEFAULT, doc: "what it sets"`). A plan
/// rule has no data file: its limits are its options.
macro_rules! declare_plan_rule {
    (
        $(#[doc = $doc:literal])*
        pub struct $name:ident {
            id: $id:literal,
            severity: $severity:ident,
            summary: $summary:literal
            $(, options: [$(
                $option:ident: $kind:ident = $default:literal,
                doc: $option_doc:literal
            );* $(;)?])?
            $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        pub struct $name;

        impl $name {
            pub const META: $crate::rules::RuleMeta = $crate::rules::RuleMeta {
                id: $id,
                default_severity: $crate::diagnostic::Severity::$severity,
                fixable: false,
                summary: $summary,
                doc: concat!($($doc, "\n"),*),
                spec: "",
                options: &[$($($crate::rules::option_declaration!(
                    $option: $kind = $default, $option_doc
                )),*)?],
            };

            $($($crate::rules::option_accessor!($id, $option: $kind = $default, $option_doc);)*)?
        }
    };
}
pub(crate) use declare_plan_rule;

/// Every plan rule, in catalogue order.
pub fn all() -> &'static [&'static dyn PlanRule] {
    &[
        &product_count::ProductCount,
        &window_length::WindowLength,
        &window_gap::WindowGap,
        &announcement::Announcement,
        &bundle_discount::BundleDiscount,
        &education_share::EducationShare,
        &recap::Recap,
        &first_order::FirstOrder,
        &festival_preheat::FestivalPreheat,
        &festival_peak::FestivalPeak,
        &flash_repeat::FlashRepeat,
        &note_conflict::NoteConflict,
    ]
}

/// The plan rule with this id.
pub fn find(id: &str) -> Option<&'static dyn PlanRule> {
    all().iter().copied().find(|rule| rule.meta().id == id)
}

pub fn ids() -> Vec<&'static str> {
    all().iter().map(|rule| rule.meta().id).collect()
}

/// The severities and options one campaign file sets for the plan rules.
#[derive(Debug, Clone, Default)]
pub struct PlanSettings {
    severities: HashMap<&'static str, Option<Severity>>,
    options: OptionValues,
}

impl HasOptions for PlanSettings {
    fn options(&self) -> &OptionValues {
        &self.options
    }
}

impl PlanSettings {
    /// Reads the file's `xhslint.rules`; an option the rule does not have
    /// is an error at its key.
    pub fn from_campaign(campaign: &Campaign) -> Result<PlanSettings, PlanError> {
        let mut settings = PlanSettings::default();
        for entry in &campaign.rules {
            let Some(rule) = find(&entry.id.value) else {
                continue;
            };
            let meta = rule.meta();
            if let Some(level) = &entry.level {
                settings
                    .severities
                    .insert(meta.id, Severity::parse(&level.value));
            }
            for (name, value) in &entry.options {
                let Some(option) = meta.options.iter().find(|o| o.name == name.value) else {
                    let names: Vec<&str> = meta.options.iter().map(|o| o.name).collect();
                    let options = if names.is_empty() {
                        crate::msg!("plan-rule-only-severity")
                    } else {
                        let all = std::iter::once("severity").chain(names);
                        crate::msg!(
                            "plan-rule-options",
                            names = crate::i18n::Arg::list(all, crate::i18n::Join::Comma)
                        )
                    };
                    return Err(PlanError::new(
                        name.span.start,
                        crate::msg!(
                            "plan-no-such-option",
                            id = meta.id,
                            name = &name.value,
                            options = options
                        ),
                    ));
                };
                let value = usize::try_from(value.value).unwrap_or(usize::MAX);
                settings
                    .options
                    .set(meta.id, option.name, OptionValue::Count(value));
            }
        }
        Ok(settings)
    }

    /// The severity `rule` reports at; `None` when it is off.
    pub fn severity(&self, rule: &RuleMeta) -> Option<Severity> {
        match self.severities.get(rule.id) {
            Some(configured) => *configured,
            None => Some(rule.default_severity),
        }
    }
}

/// Whole days from `from` to `to` (negative when `to` is earlier).
pub fn days_between(from: Date, to: Date) -> i64 {
    i64::from(to.since(from).map_or(0, |span| span.get_days()))
}

/// `date` moved by `days`.
pub fn add_days(date: Date, days: i64) -> Date {
    jiff::Span::new()
        .try_days(days)
        .ok()
        .and_then(|span| date.checked_add(span).ok())
        .unwrap_or(date)
}

/// A percent as a message shows it: `12%`, `12.5%`.
pub fn percent(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}%")
    } else {
        format!("{rounded:.1}%")
    }
}

/// A price as a message shows it: `199`, `19.9`.
pub fn yuan(value: f64) -> String {
    if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        format!("{value:.2}").trim_end_matches('0').to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_campaign_sets_an_option_the_rule_reads() {
        let mut settings = PlanSettings::default();
        assert_eq!(window_length::WindowLength::max_minutes(&settings), 15);
        settings
            .options
            .set("plan-window-length", "max_minutes", OptionValue::Count(20));
        assert_eq!(window_length::WindowLength::max_minutes(&settings), 20);
        assert_eq!(window_length::WindowLength::min_minutes(&settings), 5);
    }

    #[test]
    fn plan_rule_ids_do_not_clash_with_note_rules() {
        for id in ids() {
            assert!(id.starts_with("plan-"), "{id}");
            assert!(crate::rules::find(id).is_none(), "{id}");
        }
    }

    #[test]
    fn numbers_read_as_people_write_them() {
        assert_eq!(percent(12.0), "12%");
        assert_eq!(percent(33.333), "33.3%");
        assert_eq!(yuan(199.0), "199");
        assert_eq!(yuan(19.9), "19.9");
    }
}
