//! The settings one lint run applies: rule severities and options, limits
//! and the lexicons, with SPEC defaults until a config changes them.

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use crate::diagnostic::Severity;
use crate::text::lexicons::LexiconSet;
use crate::text::segment::Segmenter;
use crate::text::units::HalfUnits;

/// A rule as its settings know it: its id and the severity it reports at
/// unless a config says otherwise.
pub trait Rated {
    fn id(&self) -> &str;
    fn default_severity(&self) -> Severity;
}

/// The type of a rule option's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OptionKind {
    /// A length in app units, in steps of 0.5 (`20`, `20.5`).
    Units,
    /// A whole number (`5`).
    Count,
}

impl OptionKind {
    /// What a value must look like, for error messages and docs.
    pub fn describe(self) -> &'static str {
        match self {
            OptionKind::Units => "a length in app units such as 20 or 20.5",
            OptionKind::Count => "a whole number such as 5",
        }
    }

    /// The kind's name in `xhslint rules --format json`.
    pub fn as_str(self) -> &'static str {
        match self {
            OptionKind::Units => "units",
            OptionKind::Count => "count",
        }
    }
}

/// The value of a rule option; its variant is its [`OptionKind`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OptionValue {
    Units(HalfUnits),
    Count(usize),
}

impl OptionValue {
    pub fn kind(self) -> OptionKind {
        match self {
            OptionValue::Units(_) => OptionKind::Units,
            OptionValue::Count(_) => OptionKind::Count,
        }
    }
}

impl fmt::Display for OptionValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OptionValue::Units(units) => write!(f, "{units}"),
            OptionValue::Count(count) => write!(f, "{count}"),
        }
    }
}

/// The rule options a config sets, by rule id and option name. A rule
/// reads its options through the accessors `declare_rule!` generates
/// (`TitleLength::max_units(&settings)`), which fall back to the declared
/// default for an option not set here.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OptionValues(HashMap<(&'static str, &'static str), OptionValue>);

impl OptionValues {
    /// The value set for `rule`'s `option`, if any.
    pub fn get(&self, rule: &str, option: &str) -> Option<OptionValue> {
        // The map is covariant in its keys: look up with borrowed names.
        let map: &HashMap<(&str, &str), OptionValue> = &self.0;
        map.get(&(rule, option)).copied()
    }

    pub fn set(&mut self, rule: &'static str, option: &'static str, value: OptionValue) {
        self.0.insert((rule, option), value);
    }
}

/// Settings a rule's options are read from: a config's [`Settings`], or a
/// campaign plan's.
pub trait HasOptions {
    fn options(&self) -> &OptionValues;
}

impl HasOptions for OptionValues {
    fn options(&self) -> &OptionValues {
        self
    }
}

/// Everything a rule may consult besides the Note.
#[derive(Clone)]
pub struct Settings {
    /// Severity overrides by rule id; `None` switches a rule off.
    pub severities: HashMap<String, Option<Severity>>,
    /// The rule options the config sets; each rule declares its options
    /// and their defaults (`declare_rule!`).
    pub options: OptionValues,
    /// Default product category when a Note does not declare one.
    pub category: Option<String>,
    /// Default Note kind (`sale` or `organic`) when a Note does not declare
    /// one: overrides offer detection for a folder of Notes.
    pub kind: Option<String>,
    /// The output language the config asks for (`lang:`).
    pub lang: Option<crate::i18n::Lang>,
    /// Brand and product words: never split, never flagged.
    pub dictionary: Vec<String>,
    pub lexicons: Arc<LexiconSet>,
    /// Segments this config's Notes: the built-in lexicon words and the
    /// words its lexicons add, and no other config's.
    pub segmenter: Segmenter,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            severities: HashMap::new(),
            options: OptionValues::default(),
            category: None,
            kind: None,
            lang: None,
            dictionary: Vec::new(),
            lexicons: LexiconSet::builtin(),
            segmenter: Segmenter::builtin().clone(),
        }
    }
}

impl HasOptions for Settings {
    fn options(&self) -> &OptionValues {
        &self.options
    }
}

impl Settings {
    /// The severity a rule reports at, `None` when it is off.
    pub fn severity(&self, rule: &impl Rated) -> Option<Severity> {
        match self.severities.get(rule.id()) {
            Some(configured) => *configured,
            None => Some(rule.default_severity()),
        }
    }

    /// These settings with `rule`'s `option` set to `value`.
    pub fn with_option(
        mut self,
        rule: &'static str,
        option: &'static str,
        value: OptionValue,
    ) -> Self {
        self.options.set(rule, option, value);
        self
    }
}
