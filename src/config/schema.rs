//! The shape of `.xhslint.yaml`, read strictly: an unknown key, a value of
//! the wrong type, an unknown rule, lexicon, category or severity is an
//! error at its line and column (serde_yaml locates errors raised while a
//! value is read, so every check that can happen here does).

use std::fmt;
use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};

use super::error::{duplicate, unknown};
use crate::diagnostic::Severity;
use crate::input::front_matter::{CATEGORIES, KINDS};
use crate::rules::{self, OptionKind, RuleMeta, RuleOption};
pub use crate::settings::OptionValue;
use crate::text::units::HalfUnits;

/// A config file as written. Every key is optional; an empty file is the
/// defaults.
#[derive(Debug, Default, Deserialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a mapping of settings such as `rules:` and `dictionary:`"
)]
pub struct RawConfig {
    #[serde(default)]
    pub rules: Option<RuleTable>,
    #[serde(default)]
    pub dictionary: Option<Vec<String>>,
    #[serde(default)]
    pub dictionary_files: Option<Vec<String>>,
    #[serde(default)]
    pub lexicons: Option<LexiconTable>,
    #[serde(default)]
    pub category: Option<Category>,
    #[serde(default)]
    pub kind: Option<NoteKindChoice>,
    /// The language of the output when neither `--lang` nor
    /// `XHSLINT_LANG` says (SPEC 7).
    #[serde(default)]
    pub lang: Option<LangChoice>,
    #[serde(default)]
    pub title: Option<Section<TitleSection>>,
    #[serde(default)]
    pub hashtags: Option<Section<HashtagSection>>,
    #[serde(default)]
    pub include: Option<Vec<String>>,
    #[serde(default)]
    pub exclude: Option<Vec<String>>,
}

impl RawConfig {
    /// The rule options the sections (`title:`, `hashtags:`) set, in the
    /// order written.
    pub fn section_values(&self) -> impl Iterator<Item = &SectionValue> {
        let title = self.title.iter().flat_map(|s| &s.values);
        title.chain(self.hashtags.iter().flat_map(|s| &s.values))
    }

    /// The value a section sets for `rule`'s `option`, if it does.
    pub fn section_value(&self, rule: &RuleMeta, option: &RuleOption) -> Option<OptionValue> {
        self.section_values()
            .find(|(meta, o, _)| meta.id == rule.id && o.name == option.name)
            .map(|(_, _, value)| *value)
    }
}

/// A rule option a section sets: the rule, the option, the value.
pub type SectionValue = (&'static RuleMeta, &'static RuleOption, OptionValue);

/// A section of rule options under shorter keys: `title:` (the title
/// rules' limits), `hashtags:` (the accepted range of distinct tags). Its
/// keys are the options whose rules declare an alias in it
/// (`alias: "title.max_units"`).
#[derive(Debug)]
pub struct Section<S> {
    /// What it sets, in the order written.
    pub values: Vec<SectionValue>,
    name: PhantomData<S>,
}

/// A section's key in the config file.
pub trait SectionName {
    const NAME: &'static str;
}

/// `title:`
#[derive(Debug)]
pub struct TitleSection;

impl SectionName for TitleSection {
    const NAME: &'static str = "title";
}

/// `hashtags:`
#[derive(Debug)]
pub struct HashtagSection;

impl SectionName for HashtagSection {
    const NAME: &'static str = "hashtags";
}

/// The options section `name` sets, by key, in catalogue order.
fn section_options(name: &str) -> Vec<(&'static str, (&'static RuleMeta, &'static RuleOption))> {
    rules::all()
        .iter()
        .map(|rule| rule.meta())
        .flat_map(|meta| {
            meta.options.iter().filter_map(move |option| {
                let (section, key) = option.alias?.split_once('.')?;
                (section == name).then_some((key, (meta, option)))
            })
        })
        .collect()
}

impl<'de, S: SectionName> Deserialize<'de> for Section<S> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V<S>(PhantomData<S>);
        impl<'de, S: SectionName> Visitor<'de> for V<S> {
            type Value = Section<S>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                let keys: Vec<String> = section_options(S::NAME)
                    .iter()
                    .map(|(key, _)| format!("`{key}`"))
                    .collect();
                match keys.split_last() {
                    Some((last, [])) => write!(f, "a mapping with {last}"),
                    Some((last, rest)) => {
                        write!(f, "a mapping with {} and {last}", rest.join(", "))
                    }
                    None => f.write_str("an empty mapping"),
                }
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Section<S>, A::Error> {
                let choices = section_options(S::NAME);
                let mut values: Vec<SectionValue> = Vec::new();
                let mut seen: Vec<&str> = Vec::new();
                loop {
                    let seed = KeySeed {
                        what: "key",
                        parent: S::NAME,
                        of_rule: None,
                        qualified: true,
                        choices: choices.clone(),
                        seen: &seen,
                    };
                    let Some((meta, option)) = map.next_key_seed(seed)? else {
                        break;
                    };
                    seen.extend(
                        choices
                            .iter()
                            .find(|(_, (_, o))| *o == option)
                            .map(|(k, _)| *k),
                    );
                    // An empty value (`max_units:`) leaves the default.
                    let value = match option.kind {
                        OptionKind::Units => map
                            .next_value::<Option<Units>>()?
                            .map(|u| OptionValue::Units(u.0)),
                        OptionKind::Count => map
                            .next_value::<Option<Count>>()?
                            .map(|c| OptionValue::Count(c.0)),
                    };
                    values.extend(value.map(|value| (meta, option, value)));
                }
                Ok(Section {
                    values,
                    name: PhantomData,
                })
            }
        }
        deserializer.deserialize_map(V(PhantomData))
    }
}

/// Reads an option's value as its kind requires.
fn next_option_value<'de, A: MapAccess<'de>>(
    map: &mut A,
    kind: OptionKind,
) -> Result<OptionValue, A::Error> {
    Ok(match kind {
        OptionKind::Units => OptionValue::Units(map.next_value::<Units>()?.0),
        OptionKind::Count => OptionValue::Count(map.next_value::<Count>()?.0),
    })
}

/// One `lexicons:` entry: terms to add to and remove from a lexicon.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, expecting = "a mapping with `add` and `remove`")]
pub struct LexiconEdit {
    #[serde(default)]
    pub add: Option<Vec<String>>,
    #[serde(default)]
    pub remove: Option<Vec<String>>,
}

/// A positive length in app units, in steps of half a unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Units(pub HalfUnits);

/// A whole number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count(pub usize);

/// A product category, one of [`CATEGORIES`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Category(pub String);

/// `lang:` — `zh` or `en`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LangChoice {
    Zh,
    En,
}

/// The values `lang:` takes, as `--lang` takes them.
const LANGS: &[&str] = &["zh", "en"];

impl From<LangChoice> for crate::i18n::Lang {
    fn from(choice: LangChoice) -> Self {
        match choice {
            LangChoice::Zh => crate::i18n::Lang::Zh,
            LangChoice::En => crate::i18n::Lang::En,
        }
    }
}

/// A Note kind, one of [`KINDS`]: the default for a folder of Notes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteKindChoice(pub String);

/// A rule's severity as configured: `off` or a level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Off,
    On(Severity),
}

/// What one `rules:` entry sets.
#[derive(Debug, Clone, Default)]
pub struct RuleSetting {
    pub severity: Option<Level>,
    pub options: Vec<(&'static RuleOption, OptionValue)>,
}

/// `rules:` — by rule id, in the order written.
#[derive(Debug, Default)]
pub struct RuleTable(pub Vec<(&'static RuleMeta, RuleSetting)>);

/// `lexicons:` — by lexicon name, in the order written.
#[derive(Debug, Default)]
pub struct LexiconTable(pub Vec<(&'static str, LexiconEdit)>);

const LEVELS: &[&str] = &["off", "info", "warning", "error"];

/// Far above any real limit; keeps half-units within `u32`.
const MAX_UNITS: u32 = 1_000_000;

fn lexicon_names() -> Vec<&'static str> {
    crate::text::lexicons::BUILTIN
        .iter()
        .map(|(name, _, _)| *name)
        .collect()
}

impl<'de> Deserialize<'de> for Units {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Units;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(OptionKind::Units.describe())
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Units, E> {
                match u32::try_from(v) {
                    Ok(units) if units > 0 && units <= MAX_UNITS => {
                        Ok(Units(HalfUnits::from_units(units)))
                    }
                    _ => Err(E::invalid_value(de::Unexpected::Unsigned(v), &self)),
                }
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Units, E> {
                u64::try_from(v)
                    .map_err(|_| E::invalid_value(de::Unexpected::Signed(v), &self))
                    .and_then(|v| self.visit_u64(v))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Units, E> {
                let halves = v * 2.0;
                if v > 0.0 && halves.fract() == 0.0 && halves <= f64::from(MAX_UNITS * 2) {
                    Ok(Units(HalfUnits(halves as u32)))
                } else {
                    Err(E::invalid_value(de::Unexpected::Float(v), &self))
                }
            }
        }
        deserializer.deserialize_any(V)
    }
}

impl<'de> Deserialize<'de> for Count {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Count;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(OptionKind::Count.describe())
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Count, E> {
                usize::try_from(v)
                    .map(Count)
                    .map_err(|_| E::invalid_value(de::Unexpected::Unsigned(v), &self))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Count, E> {
                Err(E::invalid_value(de::Unexpected::Float(v), &self))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Count, E> {
                u64::try_from(v)
                    .map_err(|_| E::invalid_value(de::Unexpected::Signed(v), &self))
                    .and_then(|v| self.visit_u64(v))
            }
        }
        deserializer.deserialize_any(V)
    }
}

/// A string that must be one of `choices`: `kind:`, `category:` and
/// `lang:`. Any other string is an unknown `what` with the closest choice
/// and the list; any other type is the wrong type, "one of …".
fn one_of<'de, D: Deserializer<'de>>(
    deserializer: D,
    what: &'static str,
    choices: &'static [&'static str],
) -> Result<&'static str, D::Error> {
    struct V {
        what: &'static str,
        choices: &'static [&'static str],
    }
    impl Visitor<'_> for V {
        type Value = &'static str;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            write!(f, "one of {}", self.choices.join(", "))
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<&'static str, E> {
            self.choices
                .iter()
                .find(|&&c| c == v)
                .copied()
                .ok_or_else(|| {
                    E::custom(unknown(
                        &format!("unknown {} `{v}`", self.what),
                        v,
                        self.choices,
                    ))
                })
        }
    }
    deserializer.deserialize_str(V { what, choices })
}

impl<'de> Deserialize<'de> for Category {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        one_of(deserializer, "category", CATEGORIES).map(|c| Category(c.to_string()))
    }
}

// Not derived: serde's enum would answer a list with "expected a YAML tag
// starting with '!'", and an unknown value as unreadable YAML.
impl<'de> Deserialize<'de> for LangChoice {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // `one_of` hands back one of `LANGS`, `zh` or `en`.
        match one_of(deserializer, "language", LANGS)? {
            "zh" => Ok(LangChoice::Zh),
            _ => Ok(LangChoice::En),
        }
    }
}

impl<'de> Deserialize<'de> for NoteKindChoice {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        one_of(deserializer, "kind", KINDS).map(|k| NoteKindChoice(k.to_string()))
    }
}

impl<'de> Deserialize<'de> for RuleTable {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RuleTable;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a mapping from rule id to a severity, e.g. `pressure-phrase: error`")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RuleTable, A::Error> {
                let mut table: Vec<(&'static RuleMeta, RuleSetting)> = Vec::new();
                loop {
                    let seen: Vec<&str> = table.iter().map(|(m, _)| m.id).collect();
                    let Some(meta) = map.next_key_seed(KeySeed::rule(&seen))? else {
                        break;
                    };
                    let setting = map.next_value_seed(RuleSettingSeed(meta))?;
                    table.push((meta, setting));
                }
                Ok(RuleTable(table))
            }
        }
        deserializer.deserialize_map(V)
    }
}

/// Reads a mapping key and checks it against the keys allowed there, so
/// the error is located at the key itself (serde_yaml places an error
/// raised after a key was read at its mapping's start).
struct KeySeed<'a, T> {
    /// What the key names, for messages: "rule", "lexicon", "option".
    what: &'a str,
    /// Where it is, for messages about keys written twice: `rules`.
    parent: &'a str,
    /// For an option: the rule it belongs to.
    of_rule: Option<&'a str>,
    /// Whether messages name the key with its parent (`title.max_units`).
    qualified: bool,
    choices: Vec<(&'static str, T)>,
    seen: &'a [&'a str],
}

impl<'a> KeySeed<'a, &'static RuleMeta> {
    fn rule(seen: &'a [&'a str]) -> Self {
        KeySeed {
            what: "rule",
            parent: "rules",
            of_rule: None,
            qualified: false,
            choices: rules::all()
                .iter()
                .map(|r| (r.meta().id, r.meta()))
                .collect(),
            seen,
        }
    }
}

impl<'de, T: Copy> DeserializeSeed<'de> for KeySeed<'_, T> {
    type Value = T;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<T: Copy> Visitor<'_> for KeySeed<'_, T> {
    type Value = T;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "a {} name", self.what)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        if self.seen.contains(&v) {
            let path = match self.of_rule {
                Some(rule) => format!("{}.{rule}.{v}", self.parent),
                None => format!("{}.{v}", self.parent),
            };
            return Err(E::custom(duplicate(&path)));
        }
        if let Some((_, value)) = self.choices.iter().find(|(name, _)| *name == v) {
            return Ok(*value);
        }
        let names: Vec<&str> = self.choices.iter().map(|(name, _)| *name).collect();
        let subject = match self.of_rule {
            Some(rule) => format!("unknown {} `{v}` for rule `{rule}`", self.what),
            None if self.qualified => format!("unknown {} `{}.{v}`", self.what, self.parent),
            None => format!("unknown {} `{v}`", self.what),
        };
        Err(E::custom(unknown(&subject, v, &names)))
    }
}

/// Reads one rule's setting: a severity, or a mapping of `severity` and the
/// options that rule declares.
struct RuleSettingSeed(&'static RuleMeta);

impl<'de> DeserializeSeed<'de> for RuleSettingSeed {
    type Value = RuleSetting;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl RuleSettingSeed {
    fn option_names(&self) -> Vec<&'static str> {
        std::iter::once("severity")
            .chain(self.0.options.iter().map(|o| o.name))
            .collect()
    }
}

impl<'de> Visitor<'de> for RuleSettingSeed {
    type Value = RuleSetting;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let options = self.option_names();
        write!(
            f,
            "a severity (off, info, warning, error) or a mapping of {}",
            options
                .iter()
                .map(|o| format!("`{o}`"))
                .collect::<Vec<_>>()
                .join(", ")
        )
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<RuleSetting, E> {
        Ok(RuleSetting {
            severity: Some(parse_level(v, self.0.id)?),
            options: Vec::new(),
        })
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RuleSetting, A::Error> {
        let mut setting = RuleSetting::default();
        let mut seen: Vec<&str> = Vec::new();
        let mut choices: Vec<(&'static str, Option<&'static RuleOption>)> =
            vec![("severity", None)];
        choices.extend(self.0.options.iter().map(|o| (o.name, Some(o))));
        loop {
            let seed = KeySeed {
                what: "option",
                parent: "rules",
                of_rule: Some(self.0.id),
                qualified: false,
                choices: choices.clone(),
                seen: &seen,
            };
            let Some(key) = map.next_key_seed(seed)? else {
                break;
            };
            match key {
                None => {
                    seen.push("severity");
                    setting.severity = Some(map.next_value_seed(LevelSeed(self.0.id))?);
                }
                Some(option) => {
                    seen.push(option.name);
                    let value = next_option_value(&mut map, option.kind)?;
                    setting.options.push((option, value));
                }
            }
        }
        Ok(setting)
    }
}

/// Reads a severity for the rule `self.0`.
struct LevelSeed(&'static str);

impl<'de> DeserializeSeed<'de> for LevelSeed {
    type Value = Level;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Level, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl Visitor<'_> for LevelSeed {
    type Value = Level;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("one of off, info, warning, error")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Level, E> {
        parse_level(v, self.0)
    }
}

fn parse_level<E: de::Error>(text: &str, rule: &str) -> Result<Level, E> {
    match text {
        "off" => Ok(Level::Off),
        other => Severity::parse(other).map(Level::On).ok_or_else(|| {
            E::custom(unknown(
                &format!("unknown severity `{other}` for rule `{rule}`"),
                other,
                LEVELS,
            ))
        }),
    }
}

impl<'de> Deserialize<'de> for LexiconTable {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = LexiconTable;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a mapping from lexicon name to `add:` and `remove:` lists")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<LexiconTable, A::Error> {
                let mut table: Vec<(&'static str, LexiconEdit)> = Vec::new();
                loop {
                    let seen: Vec<&str> = table.iter().map(|(name, _)| *name).collect();
                    let seed = KeySeed {
                        what: "lexicon",
                        parent: "lexicons",
                        of_rule: None,
                        qualified: false,
                        choices: lexicon_names().into_iter().map(|n| (n, n)).collect(),
                        seen: &seen,
                    };
                    let Some(name) = map.next_key_seed(seed)? else {
                        break;
                    };
                    let edit = map.next_value::<Option<LexiconEdit>>()?;
                    table.push((name, edit.unwrap_or_default()));
                }
                Ok(LexiconTable(table))
            }
        }
        deserializer.deserialize_map(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_alias_is_a_key_of_a_section() {
        let keys: Vec<String> = [TitleSection::NAME, HashtagSection::NAME]
            .iter()
            .flat_map(|section| {
                section_options(section)
                    .into_iter()
                    .map(move |(key, _)| format!("{section}.{key}"))
            })
            .collect();
        for rule in rules::all() {
            for option in rule.meta().options {
                if let Some(alias) = option.alias {
                    assert!(keys.iter().any(|k| k == alias), "{alias}");
                }
            }
        }
        assert_eq!(
            keys,
            [
                "title.max_units",
                "title.scarcity_within",
                "hashtags.min",
                "hashtags.max"
            ]
        );
    }
}
