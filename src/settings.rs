//! The settings one lint run applies: rule severities and options, limits
//! and the lexicons, with SPEC defaults until a config changes them.

use std::collections::HashMap;
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

/// Everything a rule may consult besides the Note.
#[derive(Clone)]
pub struct Settings {
    /// Severity overrides by rule id; `None` switches a rule off.
    pub severities: HashMap<String, Option<Severity>>,
    /// `title-length`: the platform limit.
    pub title_max_units: HalfUnits,
    /// `title-scarcity`: the signal must start within this many units.
    pub scarcity_within: HalfUnits,
    /// `hashtag-count`: the accepted range of distinct tags.
    pub hashtags_min: usize,
    pub hashtags_max: usize,
    /// `body-length`: the platform limit.
    pub body_max_units: HalfUnits,
    /// `sale-window`: the longest flash-sale window, in hours.
    pub sale_window_max_hours: usize,
    /// `flash-fatigue`: how many days apart two sales count as a repeat.
    pub flash_fatigue_window_days: usize,
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
            title_max_units: HalfUnits::from_units(20),
            scarcity_within: HalfUnits::from_units(8),
            hashtags_min: 5,
            hashtags_max: 8,
            body_max_units: HalfUnits::from_units(1000),
            sale_window_max_hours: 72,
            flash_fatigue_window_days: 30,
            category: None,
            kind: None,
            lang: None,
            dictionary: Vec::new(),
            lexicons: LexiconSet::builtin(),
            segmenter: Segmenter::builtin().clone(),
        }
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
}
