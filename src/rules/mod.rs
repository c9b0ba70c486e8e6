//! The rule catalogue. Each rule lives in its own file with its
//! documentation; its parameters, patterns and examples live in
//! `rules/<id>.yaml`, its words in `dictionaries/`.

use crate::diagnostic::{Diagnostic, Severity};
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
    /// The rule's YAML data (parameters, patterns, examples).
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

/// A per-rule option a config can set, e.g. `title-length: {max_units: 24}`.
/// Its default lives in `Settings::default()`; `config::options` reads and
/// writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleOption {
    pub name: &'static str,
    pub kind: OptionKind,
}

/// The type of an option's value.
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
}

impl RuleMeta {
    /// The documentation with the one leading space of each `///` line removed.
    pub fn doc_markdown(&self) -> String {
        self.doc
            .lines()
            .map(|line| line.strip_prefix(' ').unwrap_or(line))
            .collect::<Vec<_>>()
            .join("\n")
            .trim()
            .to_string()
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
    /// Checks the rule's compiled-in data (patterns, parameters); the test
    /// suite calls it for every rule.
    fn validate(&self) -> Result<(), String> {
        Ok(())
    }
}

/// Declares a rule: its documentation, id, default severity, fixability,
/// one-line summary and (optionally) the options a config may set, read by
/// everything that lists or explains rules.
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        pub struct $name:ident {
            id: $id:literal,
            severity: $severity:ident,
            fixable: $fixable:literal,
            summary: $summary:literal
            $(, options: [$($option:ident: $kind:ident),* $(,)?])?
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
                spec: include_str!(concat!("../../rules/", $id, ".yaml")),
                options: &[$($($crate::rules::RuleOption {
                    name: stringify!($option),
                    kind: $crate::rules::OptionKind::$kind,
                }),*)?],
            };
        }
    };
}
pub(crate) use declare_rule;

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
