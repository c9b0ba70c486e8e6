//! The rule catalogue. Each rule lives in its own file with its
//! documentation; its parameters, patterns and examples live in
//! `rules/<id>.yaml`, its words in `dictionaries/`.

use crate::diagnostic::{Diagnostic, Severity};
use crate::i18n::{Lang, Msg};
use crate::input::note::Note;
use crate::model::prepared::PreparedNote;
use crate::settings::Settings;

mod claim_context;
mod lexicon_rule;
pub use crate::model::{offer, pattern, signals};
pub use crate::text::lexicons;

pub mod spec;

mod absolute_claim;
mod benefit_before_price;
mod body_length;
mod claim_mismatch;
mod community_framing;
mod engagement_bait;
mod false_authority;
pub mod flash_fatigue;
mod front_matter;
mod hashtag_count;
mod hashtag_duplicate;
mod hashtag_format;
mod hashtag_mix;
mod invalid_suppression;
mod medical_claim;
mod off_platform;
mod peak_window;
mod pressure_phrase;
mod purchase_path;
mod risky_promise;
mod sale_window;
mod title_length;
mod title_scarcity;
mod unused_suppression;
mod unverified_scarcity;

// The rules whose options the title generator, the review page and the
// config read.
pub use body_length::BodyLength;
pub use flash_fatigue::FlashFatigue;
pub use hashtag_count::HashtagCount;
pub use sale_window::SaleWindow;
pub use title_length::TitleLength;
pub use title_scarcity::TitleScarcity;

/// What every rule declares about itself, in one place: the catalogue,
/// `xhslint rules`, `xhslint explain` and the doc pages all read it.
#[derive(Debug, Clone, Copy)]
pub struct RuleMeta {
    pub id: &'static str,
    pub default_severity: Severity,
    /// Whether it offers machine-applicable fixes.
    pub fixable: bool,
    pub summary: &'static str,
    /// The rule's documentation comment, in Markdown.
    pub doc: &'static str,
    /// The rule's YAML data (parameters, patterns, examples); empty for a
    /// plan rule, which has none.
    pub spec: &'static str,
    /// What a config may set under `rules: {ID: {severity, ...options}}`.
    pub options: &'static [RuleOption],
}

impl crate::settings::Rated for RuleMeta {
    fn id(&self) -> &str {
        self.id
    }

    fn default_severity(&self) -> Severity {
        self.default_severity
    }
}

pub use crate::settings::{OptionKind, OptionValue};

/// A per-rule option a config can set, e.g. `title-length: {max_units: 24}`:
/// declared once, with its default and what it sets, in the rule's
/// `declare_rule!`, which also gives the rule a typed accessor for it
/// (`TitleLength::max_units(&settings)`). Config validation, `explain`,
/// the doc pages and `xhslint rules --format json` read this declaration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleOption {
    pub name: &'static str,
    pub kind: OptionKind,
    pub default: OptionValue,
    /// What it sets, in English, for the rule's Options section; the
    /// Chinese is `rule-doc-RULE-option-NAME` in `locales/zh/docs.ftl`.
    pub doc: &'static str,
    /// The section key that sets it too, e.g. `title.max_units`.
    pub alias: Option<&'static str>,
}

impl RuleMeta {
    /// The documentation with the one leading space of each `///` line
    /// removed, and the Options section its declared options make.
    pub fn doc_markdown(&self) -> String {
        let doc = self
            .doc
            .lines()
            .map(|line| line.strip_prefix(' ').unwrap_or(line))
            .collect::<Vec<_>>()
            .join("\n")
            .trim()
            .to_string();
        if self.options.is_empty() {
            doc
        } else {
            format!("{doc}\n\n## Options\n{}", self.options_markdown(Lang::En))
        }
    }

    /// The Options section of a rule with declared options, in `lang`: a
    /// line per option with its default, what it sets (in Chinese,
    /// `rule-doc-RULE-option-NAME` in `locales/zh/docs.ftl`) and the section
    /// key that sets it too.
    pub fn options_markdown(&self, lang: Lang) -> String {
        self.options
            .iter()
            .map(|option| {
                let zh = format!("rule-doc-{}-option-{}", self.id, option.name);
                let doc = match lang {
                    Lang::Zh if crate::i18n::has_message(lang, &zh) => Msg::new(zh).render(lang),
                    _ => option.doc.to_string(),
                };
                let line = match option.alias {
                    Some(alias) => Msg::new("docs-option-with-alias").arg("alias", alias),
                    None => Msg::new("docs-option"),
                };
                let line = line
                    .arg("name", option.name)
                    .arg("default", option.default.to_string())
                    .arg("doc", doc);
                format!("- {}", line.render(lang))
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// A check on one prepared Note.
/// What a rule judges, and so what drives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleKind {
    /// One prepared Note ([`Rule::check`]), run by the engine on each Note.
    Note,
    /// The Notes of a run together ([`Rule::check_run`], `flash-fatigue`),
    /// once every Note of the run is linted. A run is the Note files of one
    /// `check`; a JSON Lines export streams its records one by one and the
    /// language server lints one document at a time, so for them a run
    /// rule has nothing to compare.
    Run,
    /// A Note's suppression comments (`unused-suppression`,
    /// `invalid-suppression`): judged by the engine's suppression pass
    /// once the Note's other findings are in.
    Meta,
}

pub trait Rule: Send + Sync {
    fn meta(&self) -> &'static RuleMeta;
    /// What the rule judges; a rule of one Note unless it says otherwise.
    fn kind(&self) -> RuleKind {
        RuleKind::Note
    }
    /// Appends this rule's findings on one Note; severity is set by the
    /// caller. Only [`RuleKind::Note`] rules are asked.
    fn check(&self, _note: &PreparedNote, _out: &mut Vec<Diagnostic>) {}
    /// A [`RuleKind::Run`] rule's findings on the Notes of a run, one list
    /// per Note in the order given, each Note with its own settings.
    fn check_run(&self, notes: &[(&Note, &Settings)]) -> Vec<Vec<Diagnostic>> {
        vec![Vec::new(); notes.len()]
    }
    /// Whether `note` takes part in this [`RuleKind::Run`] rule: whether
    /// [`Rule::check_run`] could find anything on it, or on another Note
    /// because of it. A run leaves out of its run-wide pass the Notes no run
    /// rule takes part in, so that pass must find the same with them or
    /// without them. A run rule that does not say takes part in every Note.
    fn takes_part_in_run(&self, _note: &Note, _settings: &Settings) -> bool {
        self.kind() == RuleKind::Run
    }
    /// Checks the rule's compiled-in data (patterns, parameters); the test
    /// suite calls it for every rule.
    fn validate(&self) -> Result<(), String> {
        Ok(())
    }
}

/// Declares a rule: its documentation, id, default severity, fixability,
/// one-line summary and (optionally) the options a config may set, read by
/// everything that lists or explains rules. Each option is declared as
/// `NAME: KIND = DEFAULT, doc: "what it sets"` (and `, alias: "section.key"`
/// when a config section sets it too), options separated by `;`; the rule
/// gets an accessor per option, `Rule::NAME(&settings)`, returning the
/// configured value or the default.
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        pub struct $name:ident {
            id: $id:literal,
            severity: $severity:ident,
            fixable: $fixable:literal,
            summary: $summary:literal
            $(, options: [$(
                $option:ident: $kind:ident = $default:literal,
                doc: $option_doc:literal
                $(, alias: $alias:literal)?
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
                fixable: $fixable,
                summary: $summary,
                doc: concat!($($doc, "\n"),*),
                spec: $crate::text::data_files::rule_file($id),
                options: &[$($($crate::rules::option_declaration!(
                    $option: $kind = $default, $option_doc $(, $alias)?
                )),*)?],
            };

            $($($crate::rules::option_accessor!($id, $option: $kind = $default, $option_doc);)*)?
        }
    };
}
pub(crate) use declare_rule;

/// One option's [`RuleOption`], for `declare_rule!` and
/// `declare_plan_rule!`.
macro_rules! option_declaration {
    ($option:ident: $kind:ident = $default:literal, $doc:literal $(, $alias:literal)?) => {
        $crate::rules::RuleOption {
            name: stringify!($option),
            kind: $crate::rules::OptionKind::$kind,
            default: $crate::rules::OptionValue::$kind($crate::rules::option_default!($kind, $default)),
            doc: $doc,
            alias: $crate::rules::option_alias!($($alias)?),
        }
    };
}
pub(crate) use option_declaration;

/// One option's typed accessor: the configured value, else the default.
macro_rules! option_accessor {
    ($id:literal, $option:ident: $kind:ident = $default:literal, $doc:literal) => {
        #[doc = concat!("`", stringify!($option), "` (default `", stringify!($default), "`): ", $doc, ".")]
        pub fn $option(
            settings: &impl $crate::settings::HasOptions,
        ) -> $crate::rules::option_type!($kind) {
            match settings.options().get($id, stringify!($option)) {
                Some($crate::rules::OptionValue::$kind(value)) => value,
                _ => $crate::rules::option_default!($kind, $default),
            }
        }
    };
}
pub(crate) use option_accessor;

/// The Rust type of an option kind's values.
macro_rules! option_type {
    (Units) => {
        $crate::text::units::HalfUnits
    };
    (Count) => {
        usize
    };
}
pub(crate) use option_type;

/// A declared default as a value of its kind: `20` app units, `5`.
macro_rules! option_default {
    (Units, $value:literal) => {
        $crate::text::units::HalfUnits::from_units($value)
    };
    (Count, $value:literal) => {
        $value
    };
}
pub(crate) use option_default;

macro_rules! option_alias {
    () => {
        None
    };
    ($alias:literal) => {
        Some($alias)
    };
}
pub(crate) use option_alias;

/// Every rule, in catalogue order.
pub fn all() -> &'static [&'static dyn Rule] {
    &[
        &title_length::TitleLength,
        &title_scarcity::TitleScarcity,
        &hashtag_count::HashtagCount,
        &hashtag_duplicate::HashtagDuplicate,
        &hashtag_format::HashtagFormat,
        &hashtag_mix::HashtagMix,
        &benefit_before_price::BenefitBeforePrice,
        &pressure_phrase::PressurePhrase,
        &absolute_claim::AbsoluteClaim,
        &off_platform::OffPlatform,
        &claim_mismatch::ClaimMismatch,
        &unverified_scarcity::UnverifiedScarcity,
        &purchase_path::PurchasePath,
        &body_length::BodyLength,
        &peak_window::PeakWindow,
        &sale_window::SaleWindow,
        &community_framing::CommunityFraming,
        &engagement_bait::EngagementBait,
        &medical_claim::MedicalClaim,
        &false_authority::FalseAuthority,
        &risky_promise::RiskyPromise,
        &flash_fatigue::FlashFatigue,
        &front_matter::FrontMatterRule,
        &unused_suppression::UnusedSuppression,
        &invalid_suppression::InvalidSuppression,
    ]
}

/// The rule with this id.
pub fn find(id: &str) -> Option<&'static dyn Rule> {
    all().iter().copied().find(|rule| rule.meta().id == id)
}

/// Every rule id, for messages that list the valid choices.
pub fn ids() -> Vec<&'static str> {
    all().iter().map(|rule| rule.meta().id).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::units::HalfUnits;

    #[test]
    fn every_declared_default_is_of_its_options_kind() {
        for rule in all() {
            for option in rule.meta().options {
                assert_eq!(
                    option.default.kind(),
                    option.kind,
                    "{}.{}",
                    rule.meta().id,
                    option.name
                );
            }
        }
    }

    #[test]
    fn an_accessor_reads_the_configured_value_else_the_default() {
        let defaults = Settings::default();
        assert_eq!(TitleLength::max_units(&defaults), HalfUnits::from_units(20));
        let set = defaults.clone().with_option(
            "title-length",
            "max_units",
            OptionValue::Units(HalfUnits(43)),
        );
        assert_eq!(TitleLength::max_units(&set), HalfUnits(43));
        // Another rule's option of the same name is not this one.
        assert_eq!(BodyLength::max_units(&set), HalfUnits::from_units(1000));
    }
}
