//! The two languages xhslint speaks (SPEC 7): Simplified Chinese and
//! English, with every user-facing text in Project Fluent files under
//! `locales/<lang>/`, compiled into the binary.
//!
//! A text is a [`Msg`]: a message id and its arguments (placeables), never
//! a concatenation. Rules build a `Msg`; the finding keeps its English text
//! and the `Msg`, and the report layer renders it in the chosen language.
//! This module depends on nothing else of the crate.

mod entries;

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

/// A language of the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Zh,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Zh];

    pub fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }

    /// `en`, `zh`, or a locale or language tag: `zh_CN.UTF-8`, `zh-Hans`,
    /// `en-US`. Anything starting with `zh` is Chinese.
    pub fn parse(text: &str) -> Option<Lang> {
        let text = text.trim().to_ascii_lowercase();
        if text.starts_with("zh") {
            Some(Lang::Zh)
        } else if text.starts_with("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The language of a locale setting (`LC_ALL`, `LC_MESSAGES`, `LANG`):
    /// `zh*` is Chinese; any other set value is English.
    pub fn of_locale(value: &str) -> Option<Lang> {
        let value = value.trim();
        if value.is_empty() {
            None
        } else if value.to_ascii_lowercase().starts_with("zh") {
            Some(Lang::Zh)
        } else {
            Some(Lang::En)
        }
    }

    /// The language from an `Accept-Language` header: the first listed
    /// language we speak, by the order of their weights.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut best: Option<(f32, Lang)> = None;
        for part in header.split(',') {
            let mut pieces = part.split(';');
            let tag = pieces.next().unwrap_or_default();
            let weight = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            if let Some(lang) = Lang::parse(tag)
                && weight > 0.0
                && best.is_none_or(|(w, _)| weight > w)
            {
                best = Some((weight, lang));
            }
        }
        best.map(|(_, lang)| lang)
    }
}

/// Chooses the language (SPEC 7): the command line, else `XHSLINT_LANG`,
/// else the config's `lang:`, else the locale (`LC_ALL`, `LC_MESSAGES`,
/// `LANG`), else English. `env` reads one environment variable.
pub fn choose(
    flag: Option<Lang>,
    config: Option<Lang>,
    env: impl Fn(&str) -> Option<String>,
) -> Lang {
    flag.or_else(|| env("XHSLINT_LANG").and_then(|v| Lang::parse(&v)))
        .or(config)
        .or_else(|| {
            // The first of these that is set decides, as in POSIX.
            ["LC_ALL", "LC_MESSAGES", "LANG"]
                .iter()
                .find_map(|name| env(name).and_then(|v| Lang::of_locale(&v)))
        })
        .unwrap_or(Lang::En)
}

/// [`choose`] with the process environment.
pub fn choose_from_env(flag: Option<Lang>, config: Option<Lang>) -> Lang {
    choose(flag, config, |name| std::env::var(name).ok())
}

/// A placeable's value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Text inserted as it is (quoted spans, rule ids, formatted numbers).
    Text(String),
    /// A count, for plural forms.
    Count(i64),
    /// Another text, shown in the same language.
    Msg(Box<Msg>),
    /// Items joined the language's way (`a and b`, `a和b`).
    List(Vec<Arg>, Join),
}

/// How the items of a list are joined.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Join {
    /// `a, b` / `a、b`.
    Comma,
    /// `a and b` / `a和b`.
    And,
    /// `a or b` / `a或b`.
    Or,
}

impl Join {
    fn separator(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Join::Comma, Lang::En) => ", ",
            (Join::And, Lang::En) => " and ",
            (Join::Or, Lang::En) => " or ",
            (Join::Comma, Lang::Zh) => "、",
            (Join::And, Lang::Zh) => "和",
            (Join::Or, Lang::Zh) => "或",
        }
    }
}

impl Arg {
    /// `items` as one list placeable.
    pub fn list<T: Into<Arg>>(items: impl IntoIterator<Item = T>, join: Join) -> Arg {
        Arg::List(items.into_iter().map(Into::into).collect(), join)
    }

    fn render(&self, lang: Lang) -> String {
        match self {
            Arg::Text(text) => text.clone(),
            Arg::Count(n) => n.to_string(),
            Arg::Msg(msg) => msg.render(lang),
            Arg::List(items, join) => {
                let mut out = String::new();
                for item in items {
                    let item = item.render(lang);
                    if !out.is_empty() {
                        let separator = join.separator(lang);
                        // 和 between Latin words reads better spaced:
                        // `publish_at 和 sale.end`.
                        let latin = out.ends_with(|c: char| c.is_ascii_alphanumeric())
                            && item.starts_with(|c: char| c.is_ascii_alphanumeric());
                        if latin && matches!(separator, "和" | "或") {
                            out.push(' ');
                            out.push_str(separator);
                            out.push(' ');
                        } else {
                            out.push_str(separator);
                        }
                    }
                    out.push_str(&item);
                }
                out
            }
        }
    }
}

impl From<Msg> for Arg {
    fn from(value: Msg) -> Self {
        Arg::Msg(Box::new(value))
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Text(value)
    }
}

impl From<&String> for Arg {
    fn from(value: &String) -> Self {
        Arg::Text(value.clone())
    }
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Text(value.to_string())
    }
}

impl From<usize> for Arg {
    fn from(value: usize) -> Self {
        Arg::Count(i64::try_from(value).unwrap_or(i64::MAX))
    }
}

impl From<i64> for Arg {
    fn from(value: i64) -> Self {
        Arg::Count(value)
    }
}

impl From<u32> for Arg {
    fn from(value: u32) -> Self {
        Arg::Count(i64::from(value))
    }
}

/// A text to show: a message id of `locales/*/*.ftl` and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    pub id: Cow<'static, str>,
    pub args: Vec<(&'static str, Arg)>,
}

impl Msg {
    pub fn new(id: impl Into<Cow<'static, str>>) -> Self {
        Msg {
            id: id.into(),
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The text in `lang`. A message missing from the files (a test
    /// guards against it) shows its id rather than nothing.
    pub fn render(&self, lang: Lang) -> String {
        let Some((bundle, pattern)) = find(lang, &self.id).and_then(|(b, value)| Some((b, value?)))
        else {
            return self.id.to_string();
        };
        self.put_in_place(pattern, lang)
            .unwrap_or_else(|| self.resolve(bundle, pattern, lang))
    }

    /// `pattern` resolved by Fluent with the arguments.
    fn resolve(&self, bundle: &Bundle, pattern: &ast::Pattern<&str>, lang: Lang) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            match value {
                Arg::Count(n) => args.set(*name, FluentValue::from(*n)),
                other => args.set(*name, FluentValue::from(other.render(lang))),
            }
        }
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, Some(&args), &mut errors)
            .into_owned()
    }

    /// `pattern` with each argument put in place, when it is text and
    /// variables only, all of them given: what Fluent writes for it (no
    /// isolation marks, the last argument of a name winning), without
    /// building Fluent's arguments and resolver for each of the thousands
    /// of findings a batch renders. `None` for any other pattern
    /// (selectors, references), which Fluent renders.
    fn put_in_place(&self, pattern: &ast::Pattern<&str>, lang: Lang) -> Option<String> {
        fill(pattern, |name, text| {
            let Some((_, arg)) = self.args.iter().rev().find(|(given, _)| *given == name) else {
                return false;
            };
            match arg {
                Arg::Count(n) => text.push_str(&FluentNumber::from(*n).as_string()),
                Arg::Text(given) => text.push_str(given),
                other => text.push_str(&other.render(lang)),
            }
            true
        })
    }
}

/// `pattern` with each variable put in place by `put` (which writes the
/// named value and says whether it had one), when it is text and variables
/// only; `None` for any other pattern, or a variable `put` lacks.
fn fill(
    pattern: &ast::Pattern<&str>,
    mut put: impl FnMut(&str, &mut String) -> bool,
) -> Option<String> {
    // Room for the text and an argument or two, grown once at most.
    let room: usize = pattern
        .elements
        .iter()
        .map(|element| match element {
            ast::PatternElement::TextElement { value } => value.len(),
            ast::PatternElement::Placeable { .. } => 32,
        })
        .sum();
    let mut text = String::with_capacity(room);
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => text.push_str(value),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Inline(ast::InlineExpression::VariableReference { id }),
            } => {
                if !put(id.name, &mut text) {
                    return None;
                }
            }
            ast::PatternElement::Placeable { .. } => return None,
        }
    }
    Some(text)
}

/// What [`Msg::render`] makes of message `id` with these text arguments,
/// reading them where they are: the human output wraps every suggestion in
/// a message or two, and copying each text into a [`Msg`] first added about
/// a fifth to rendering it.
pub fn render_texts(lang: Lang, id: &'static str, args: &[(&'static str, &str)]) -> String {
    let in_place = find(lang, id)
        .and_then(|(_, value)| value)
        .and_then(|pattern| {
            fill(pattern, |name, text| {
                let Some((_, value)) = args.iter().rev().find(|(given, _)| *given == name) else {
                    return false;
                };
                text.push_str(value);
                true
            })
        });
    in_place.unwrap_or_else(|| {
        args.iter()
            .fold(Msg::new(id), |msg, &(name, value)| msg.arg(name, value))
            .render(lang)
    })
}

/// A text given to a finding, a suggestion or a note: a [`Msg`] shown in
/// the run's language, or plain text shown as it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    /// The text in English.
    pub english: String,
    /// The text to translate, when it is one.
    pub msg: Option<Msg>,
}

impl From<Msg> for Text {
    fn from(msg: Msg) -> Self {
        Text {
            english: msg.render(Lang::En),
            msg: Some(msg),
        }
    }
}

impl From<String> for Text {
    fn from(english: String) -> Self {
        Text { english, msg: None }
    }
}

impl From<&String> for Text {
    fn from(english: &String) -> Self {
        Text::from(english.clone())
    }
}

impl From<&str> for Text {
    fn from(english: &str) -> Self {
        Text::from(english.to_string())
    }
}

/// `msg!("id", name = value, …)`: a [`Msg`] with named placeables.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Msg::new($id)$(.arg(stringify!($name), $value))*
    };
}

/// How many Fluent files each language has.
const FILES: usize = 3;

/// The Fluent sources of a language, in the order they are searched.
pub fn sources(lang: Lang) -> &'static [(&'static str, &'static str); FILES] {
    match lang {
        Lang::En => &[
            ("rules.ftl", include_str!("../../locales/en/rules.ftl")),
            ("cli.ftl", include_str!("../../locales/en/cli.ftl")),
            ("docs.ftl", include_str!("../../locales/en/docs.ftl")),
        ],
        Lang::Zh => &[
            ("rules.ftl", include_str!("../../locales/zh/rules.ftl")),
            ("cli.ftl", include_str!("../../locales/zh/cli.ftl")),
            ("docs.ftl", include_str!("../../locales/zh/docs.ftl")),
        ],
    }
}

type Bundle = FluentBundle<FluentResource>;

fn build(lang: Lang, source: &str) -> Bundle {
    let tag: unic_langid::LanguageIdentifier = lang.as_str().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![tag]);
    // Placeables sit in running text; no bidi isolation marks around them.
    bundle.set_use_isolating(false);
    // The files are ours and checked by tests; a malformed entry is
    // skipped rather than taking the rest down.
    let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
    let _ = bundle.add_resource(resource);
    bundle
}

/// Each message of each Fluent file: its id and where its entry is, sorted
/// by id, as `build.rs` indexed them (`entries::entries`); per language,
/// the files in the order of [`sources`].
type Index = [&'static [(&'static str, usize, usize)]; FILES];
static INDEX: [Index; 2] = include!(concat!(env!("OUT_DIR"), "/locale_index.rs"));

/// Every message id of a language by its hash ([`entries::id_hash`]): the
/// hash, the file (in the order of [`sources`]) and the entry of [`INDEX`]
/// it names, sorted by hash and then file, as `build.rs` made them.
type Hashed = &'static [(u64, u16, u16)];
static HASHED: [Hashed; 2] = include!(concat!(env!("OUT_DIR"), "/locale_hashes.rs"));

/// The bundle holding `id` in `lang`, and the message's value (`None` for
/// a message of attributes only); `None` for an id the files lack. Each
/// message is parsed on its own, with the messages it refers to, the first
/// time it is asked for: a run renders a few dozen of the hundreds, and
/// parsing whole files cost a fifth of a one-Note start. Each bundle is boxed: a file's
/// slots are all made with its first message, and with the bundles in
/// place they took 55 KB of fresh pages.
///
/// A batch renders a message for each finding it reports, so the id is
/// looked up by its hash: a binary search of numbers and one comparison of
/// ids, where searching the sorted ids of each file in turn compared a
/// dozen or more.
fn find(lang: Lang, id: &str) -> Option<(&'static Bundle, Option<&'static Pattern>)> {
    type Slots = [OnceLock<Box<[Slot]>>; FILES];
    static EN: Slots = [const { OnceLock::new() }; FILES];
    static ZH: Slots = [const { OnceLock::new() }; FILES];
    let (slots, index, hashed) = match lang {
        Lang::En => (&EN, &INDEX[0], HASHED[0]),
        Lang::Zh => (&ZH, &INDEX[1], HASHED[1]),
    };
    let hash = entries::id_hash(id);
    let first = hashed.partition_point(|&(h, ..)| h < hash);
    hashed[first..]
        .iter()
        .take_while(|&&(h, ..)| h == hash)
        .find_map(|&(_, file, at)| {
            let (file, at) = (usize::from(file), usize::from(at));
            let entries = *index.get(file)?;
            if entries.get(at)?.0 != id {
                return None;
            }
            let (_, source) = sources(lang)[file];
            let slot =
                &slots[file].get_or_init(|| entries.iter().map(|_| Slot::default()).collect())[at];
            let bundle: &'static Bundle = slot
                .bundle
                .get_or_init(|| Box::new(build(lang, &with_references(entries, source, at))));
            let value = slot
                .value
                .get_or_init(|| bundle.get_message(id).map(|m| m.value()));
            Some((bundle, (*value)?))
        })
}

/// A message's text as Fluent parsed it.
type Pattern = ast::Pattern<&'static str>;

/// A message's bundle, made at its first use, and the message's value in
/// it (`None` when the bundle lacks the message, `Some(None)` for one with
/// attributes only), kept: Fluent finds a message by hashing its id, which
/// a batch did again for each of the thousands of findings it renders.
#[derive(Default)]
struct Slot {
    bundle: OnceLock<Box<Bundle>>,
    value: OnceLock<Option<Option<&'static Pattern>>>,
}

/// The text of entry `at` of `source`, followed by the entries it refers
/// to, theirs in turn, each once.
fn with_references(entries: &[(&str, usize, usize)], source: &str, at: usize) -> String {
    let mut text = String::new();
    let mut taken = Vec::new();
    let mut pending = vec![at];
    while let Some(at) = pending.pop() {
        if taken.contains(&at) {
            continue;
        }
        taken.push(at);
        // The index is of these very files; a range that did not fit one
        // would only leave the message missing.
        let (_, start, end) = entries[at];
        let entry = source.get(start..end).unwrap_or_default();
        text.push_str(entry);
        if !entry.ends_with('\n') {
            text.push('\n');
        }
        pending.extend(
            entries::references(entry)
                .filter_map(|id| entries.binary_search_by_key(&id, |(id, ..)| id).ok()),
        );
    }
    text
}

/// Whether `lang` has a message `id`.
pub fn has_message(lang: Lang, id: &str) -> bool {
    find(lang, id).is_some()
}

/// The text of `id` with no arguments in `lang`.
pub fn text(lang: Lang, id: &'static str) -> String {
    Msg::new(id).render(lang)
}

#[cfg(test)]
mod tests;
