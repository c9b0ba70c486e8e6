//! Per-rule options: where each declared option lives in [`Settings`].
//!
//! A rule declares its options in `declare_rule!` (`options: [max_units:
//! Units]`); this table connects each to the setting the rule reads. A rule
//! that gains an option adds a `Settings` field and one arm to each function
//! here; the test below fails for a declared option without one.

use super::schema::OptionValue;
use crate::settings::Settings;

/// The option's current value in `settings`; `None` for an option that is
/// declared but not wired to a setting.
pub fn get(settings: &Settings, rule: &str, option: &str) -> Option<OptionValue> {
    Some(match (rule, option) {
        ("title-length", "max_units") => OptionValue::Units(settings.title_max_units),
        ("title-scarcity", "scarcity_within") => OptionValue::Units(settings.scarcity_within),
        ("hashtag-count", "min") => OptionValue::Count(settings.hashtags_min),
        ("hashtag-count", "max") => OptionValue::Count(settings.hashtags_max),
        ("body-length", "max_units") => OptionValue::Units(settings.body_max_units),
        ("sale-window", "max_hours") => OptionValue::Count(settings.sale_window_max_hours),
        ("flash-fatigue", "window_days") => OptionValue::Count(settings.flash_fatigue_window_days),
        _ => return None,
    })
}

/// Sets the option; `false` when the option or the value's kind is not
/// wired to a setting.
pub fn set(settings: &mut Settings, rule: &str, option: &str, value: OptionValue) -> bool {
    match ((rule, option), value) {
        (("title-length", "max_units"), OptionValue::Units(v)) => settings.title_max_units = v,
        (("title-scarcity", "scarcity_within"), OptionValue::Units(v)) => {
            settings.scarcity_within = v;
        }
        (("hashtag-count", "min"), OptionValue::Count(v)) => settings.hashtags_min = v,
        (("hashtag-count", "max"), OptionValue::Count(v)) => settings.hashtags_max = v,
        (("body-length", "max_units"), OptionValue::Units(v)) => settings.body_max_units = v,
        (("sale-window", "max_hours"), OptionValue::Count(v)) => settings.sale_window_max_hours = v,
        (("flash-fatigue", "window_days"), OptionValue::Count(v)) => {
            settings.flash_fatigue_window_days = v;
        }
        _ => return false,
    }
    true
}

/// The top-level section key that sets the same value, e.g. `title.max_units`
/// for `title-length`'s `max_units`.
pub fn section_alias(rule: &str, option: &str) -> Option<&'static str> {
    match (rule, option) {
        ("title-length", "max_units") => Some("title.max_units"),
        ("title-scarcity", "scarcity_within") => Some("title.scarcity_within"),
        ("hashtag-count", "min") => Some("hashtags.min"),
        ("hashtag-count", "max") => Some("hashtags.max"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{self, OptionKind};
    use crate::text::units::HalfUnits;

    #[test]
    fn every_declared_option_reads_and_writes_its_setting() {
        for rule in rules::all() {
            let meta = rule.meta();
            for option in meta.options {
                let mut settings = Settings::default();
                let default = get(&settings, meta.id, option.name)
                    .unwrap_or_else(|| panic!("{}.{} has no getter", meta.id, option.name));
                let changed = match option.kind {
                    OptionKind::Units => OptionValue::Units(HalfUnits(77)),
                    OptionKind::Count => OptionValue::Count(77),
                };
                assert_ne!(default, changed);
                assert!(
                    set(&mut settings, meta.id, option.name, changed),
                    "{}.{} has no setter",
                    meta.id,
                    option.name
                );
                assert_eq!(get(&settings, meta.id, option.name), Some(changed));
            }
        }
    }
}
