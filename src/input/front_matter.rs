//! YAML front matter: where it is, what it declares, and what is wrong with
//! it, each with the line of the key it came from.

use std::ops::Range;

use jiff::Timestamp;
use serde_yaml::Value;

use crate::i18n::{Arg, Msg, Text};
use crate::msg;

/// A value with the source span it was read from (the value itself when it
/// can be located, else its key's line).
#[derive(Debug, Clone, PartialEq)]
pub struct Located<T> {
    pub value: T,
    pub span: Range<usize>,
}

/// A problem with the front matter, reported by the `front-matter` rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    pub span: Range<usize>,
    /// In English.
    pub message: String,
    /// `message` to translate.
    pub msg: Option<Msg>,
}

impl Issue {
    pub fn new(span: Range<usize>, message: impl Into<Text>) -> Self {
        let Text { english, msg } = message.into();
        Issue {
            span,
            message: english,
            msg,
        }
    }

    /// The message, to show in the run's language.
    pub fn text(&self) -> Text {
        Text {
            english: self.message.clone(),
            msg: self.msg.clone(),
        }
    }
}

/// Product categories, which pick the benefit lexicon.
pub const CATEGORIES: &[&str] = &[
    "beauty",
    "fashion",
    "food",
    "mother-baby",
    "home",
    "digital",
    "other",
];

/// Note kinds: `kind:` overrides offer detection (SPEC 4.1).
pub const KINDS: &[&str] = &["sale", "organic"];

/// Festival codes a sale can declare.
/// The festival codes of `rules/festivals.yaml`, and `none` (a test keeps
/// the two lists the same).
pub const FESTIVALS: &[&str] = &[
    "618",
    "1111",
    "1212",
    "520",
    "38",
    "qixi",
    "mid-autumn",
    "cny",
    "none",
];

const SALE_KEYS: &[&str] = &[
    "start",
    "end",
    "stock",
    "price",
    "original_price",
    "festival",
];

/// The declared facts of a sale.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sale {
    /// The `sale:` key's line.
    pub span: Range<usize>,
    pub start: Option<Located<Timestamp>>,
    pub end: Option<Located<Timestamp>>,
    pub stock: Option<Located<u64>>,
    pub price: Option<Located<f64>>,
    pub original_price: Option<Located<f64>>,
    pub festival: Option<Located<String>>,
}

/// The title as declared, and whether its span holds it verbatim (so spans
/// inside it can be reported exactly).
#[derive(Debug, Clone, PartialEq)]
pub struct DeclaredTitle {
    pub text: String,
    pub span: Range<usize>,
    pub verbatim: bool,
}

/// Parsed front matter.
#[derive(Debug, Clone, Default)]
pub struct FrontMatter {
    /// From the opening `---` to the end of the closing line.
    pub block: Range<usize>,
    pub title: Option<DeclaredTitle>,
    pub tags: Vec<Located<String>>,
    pub category: Option<Located<String>>,
    /// `sale` or `organic`, overriding offer detection.
    pub kind: Option<Located<String>>,
    pub publish_at: Option<Located<Timestamp>>,
    pub sale: Option<Sale>,
    pub product: Option<Located<String>>,
    /// The special-use cosmetic registration (`国妆特字…`), which allows the
    /// claims only such a product may make (`美白`, `防晒`).
    pub registration: Option<Located<String>>,
    pub store_link: Option<Located<bool>>,
    /// The campaign plan this Note belongs to (`campaign:`, SPEC 10).
    pub campaign: Option<Located<String>>,
    /// Its part in the campaign (`campaign: {id: …, role: recap}`), one of
    /// [`CAMPAIGN_ROLES`], when the Note says.
    pub campaign_role: Option<Located<String>>,
    /// Rule ids switched off for this Note (`xhslint.disable`).
    pub disable: Vec<Located<String>>,
    pub issues: Vec<Issue>,
    /// Unknown top-level keys that look like a typo of a known one
    /// (`sales` for `sale`): other keys belong to the repo and are allowed.
    pub typos: Vec<Issue>,
}

/// Where the front matter sits in a source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Split {
    None,
    Closed {
        block: Range<usize>,
        yaml: Range<usize>,
    },
    /// Opened with `---` and never closed.
    Unclosed {
        opening: Range<usize>,
    },
}

/// Finds the front matter: a first line of `---` (after any BOM), closed by a
/// line of `---` or `...`.
pub fn split(source: &str) -> Split {
    let start = if source.starts_with('\u{FEFF}') { 3 } else { 0 };
    let mut lines = line_spans(source, start);
    let Some((first, first_end)) = lines.next() else {
        return Split::None;
    };
    if source[first.clone()].trim_end() != "---" {
        return Split::None;
    }
    let yaml_start = first_end;
    for (line, line_end) in lines {
        let text = source[line.clone()].trim_end();
        if text == "---" || text == "..." {
            return Split::Closed {
                block: start..line_end,
                yaml: yaml_start..line.start,
            };
        }
    }
    Split::Unclosed { opening: first }
}

/// `(content range without the line ending, end including it)` for each line.
fn line_spans(source: &str, from: usize) -> impl Iterator<Item = (Range<usize>, usize)> + '_ {
    let bytes = source.as_bytes();
    let mut pos = from;
    std::iter::from_fn(move || {
        if pos >= bytes.len() {
            return None;
        }
        let start = pos;
        while pos < bytes.len() && bytes[pos] != b'\n' && bytes[pos] != b'\r' {
            pos += 1;
        }
        let content = start..pos;
        if pos < bytes.len() {
            if bytes[pos] == b'\r' && bytes.get(pos + 1) == Some(&b'\n') {
                pos += 2;
            } else {
                pos += 1;
            }
        }
        Some((content, pos))
    })
}

/// One `key:` line of the YAML, with its dotted path.
#[derive(Debug, Clone)]
struct KeyLine {
    path: String,
    line: Range<usize>,
    value: Range<usize>,
}

/// Locates block-style keys by indentation, so each fact and each problem
/// can point at its own line.
fn key_lines(source: &str, yaml: Range<usize>) -> Vec<KeyLine> {
    let mut keys: Vec<KeyLine> = Vec::new();
    let mut stack: Vec<(usize, String)> = Vec::new();
    for (line, _) in line_spans(&source[..yaml.end], yaml.start) {
        let text = &source[line.clone()];
        let trimmed = text.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') || trimmed.starts_with('-') {
            continue;
        }
        let indent = text.len() - trimmed.len();
        let Some(colon) = trimmed.find(':') else {
            continue;
        };
        let key = trimmed[..colon].trim().trim_matches(['"', '\'']);
        if key.is_empty() || key.contains(' ') && !key.is_ascii() {
            continue;
        }
        while stack.last().is_some_and(|(i, _)| *i >= indent) {
            stack.pop();
        }
        let path = stack
            .iter()
            .map(|(_, k)| k.as_str())
            .chain(std::iter::once(key))
            .collect::<Vec<_>>()
            .join(".");
        stack.push((indent, key.to_string()));
        let value_start = line.start + indent + colon + 1;
        let value = scalar_span(source, value_start..line.end);
        keys.push(KeyLine { path, line, value });
    }
    keys
}

/// The span of a plain or quoted scalar, without quotes and trailing comment.
fn scalar_span(source: &str, range: Range<usize>) -> Range<usize> {
    let text = &source[range.clone()];
    let lead = text.len() - text.trim_start().len();
    let mut start = range.start + lead;
    let rest = &source[start..range.end];
    if let Some(quote) = rest.chars().next().filter(|c| *c == '"' || *c == '\'')
        && let Some(close) = rest[1..].rfind(quote)
    {
        start += 1;
        return start..start + close;
    }
    let mut end = range.end;
    if let Some(comment) = rest.find(" #") {
        end = start + comment;
    }
    let trimmed = source[start..end].trim_end();
    start..start + trimmed.len()
}

/// Parses the front matter of `source`; `None` when there is none.
pub fn parse(source: &str) -> Option<FrontMatter> {
    match split(source) {
        Split::None => None,
        Split::Unclosed { opening } => Some(FrontMatter {
            block: opening.clone(),
            issues: vec![Issue::new(opening, msg!("fm-unclosed"))],
            ..FrontMatter::default()
        }),
        Split::Closed { block, yaml } => Some(parse_yaml(source, block, yaml)),
    }
}

/// Parses YAML lying at `yaml` in `source` as front matter, validated the
/// same way: for the facts a JSON Lines record carries as fields.
pub fn parse_facts(source: &str, yaml: Range<usize>) -> FrontMatter {
    parse_yaml(source, yaml.clone(), yaml)
}

fn parse_yaml(source: &str, block: Range<usize>, yaml: Range<usize>) -> FrontMatter {
    let mut fm = FrontMatter {
        block: block.clone(),
        ..FrontMatter::default()
    };
    let text = &source[yaml.clone()];
    if text.trim().is_empty() {
        return fm;
    }
    if let Some(at) = super::yaml_depth::too_deep(text) {
        let at = yaml.start + at;
        fm.issues.push(Issue::new(
            at..at + 1,
            msg!(
                "fm-too-deep",
                depth = super::yaml_depth::MAX_DEPTH.to_string()
            ),
        ));
        return fm;
    }
    // Most blocks are plain `key: value` lines, read without the full
    // parser; anything else, errors included, is `serde_yaml`'s.
    let parsed = super::plain_yaml::read(text).map_or_else(|| serde_yaml::from_str(text), Ok);
    let value: Value = match parsed {
        Ok(value) => value,
        Err(err) => {
            let span = err
                .location()
                .map(|loc| {
                    let at = (yaml.start + loc.index()).min(yaml.end);
                    let at = floor_char_boundary(source, at);
                    at..ceil_char_boundary(source, at + 1).min(yaml.end.max(at))
                })
                .unwrap_or(block.start..block.start + 3);
            fm.issues.push(Issue::new(
                span,
                msg!("fm-not-yaml", error = yaml_message(&err)),
            ));
            return fm;
        }
    };
    let Value::Mapping(map) = value else {
        fm.issues.push(Issue::new(
            block.start..block.start + 3,
            msg!("fm-not-mapping"),
        ));
        return fm;
    };
    let keys = key_lines(source, yaml.clone());
    let reader = Reader {
        source,
        keys: &keys,
        fallback: block.start..block.start + 3,
    };
    for (key, value) in &map {
        let Some(key) = key.as_str() else { continue };
        reader.field(&mut fm, key, value);
    }
    fm
}

/// The top-level keys xhslint reads.
const TOP_KEYS: &[&str] = &[
    "title",
    "tags",
    "category",
    "publish_at",
    "sale",
    "product",
    "store_link",
    "kind",
    "registration",
    "campaign",
    "xhslint",
];

/// The known key `key` is most likely a typo of: one edit away (two for
/// keys of six letters or more), ignoring case. `date` or `name` are two
/// edits from `sale` and are left alone: they are a repo's own keys.
fn near_miss(key: &str) -> Option<&'static str> {
    let lower = key.to_lowercase();
    TOP_KEYS
        .iter()
        .map(|known| (strsim::damerau_levenshtein(&lower, known), *known))
        .filter(|(distance, known)| {
            let allowed = if known.len() >= 6 { 2 } else { 1 };
            *distance <= allowed
        })
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, known)| known)
}

fn yaml_message(err: &serde_yaml::Error) -> String {
    let text = err.to_string();
    // serde_yaml appends "at line L column C"; positions are reported by span.
    match text.find(" at line ") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_char_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

struct Reader<'a> {
    source: &'a str,
    keys: &'a [KeyLine],
    fallback: Range<usize>,
}

impl Reader<'_> {
    fn key(&self, path: &str) -> Option<&KeyLine> {
        self.keys.iter().find(|k| k.path == path)
    }

    /// The value's span when it has one on its key line, else the key line.
    fn value_span(&self, path: &str) -> Range<usize> {
        match self.key(path) {
            Some(k) if !k.value.is_empty() => k.value.clone(),
            Some(k) => k.line.clone(),
            None => self
                .key(path.split('.').next().unwrap_or(path))
                .map_or(self.fallback.clone(), |k| k.line.clone()),
        }
    }

    fn issue(&self, fm: &mut FrontMatter, path: &str, message: Msg) {
        fm.issues.push(Issue::new(self.value_span(path), message));
    }

    fn field(&self, fm: &mut FrontMatter, key: &str, value: &Value) {
        match key {
            "title" => match scalar_string(value) {
                Some(text) => {
                    let span = self.value_span("title");
                    let verbatim = self.source.get(span.clone()) == Some(text.as_str());
                    fm.title = Some(DeclaredTitle {
                        text,
                        span,
                        verbatim,
                    });
                }
                None if value.is_null() => {}
                None => self.issue(fm, key, msg!("fm-must-be-text", key = "title")),
            },
            "tags" => self.tags(fm, value),
            "category" => {
                if let Some(text) = self.choice(fm, key, value, CATEGORIES) {
                    fm.category = Some(Located {
                        value: text,
                        span: self.value_span(key),
                    });
                }
            }
            "kind" => {
                if let Some(text) = self.choice(fm, key, value, KINDS) {
                    fm.kind = Some(Located {
                        value: text,
                        span: self.value_span(key),
                    });
                }
            }
            "publish_at" => fm.publish_at = self.timestamp(fm, key, value),
            "sale" => self.sale(fm, value),
            "product" => match scalar_string(value) {
                Some(text) if !text.trim().is_empty() => {
                    fm.product = Some(Located {
                        value: text.trim().to_string(),
                        span: self.value_span(key),
                    });
                }
                Some(_) => {}
                None if value.is_null() => {}
                None => self.issue(fm, key, msg!("fm-must-be-text", key = "product")),
            },
            "registration" => match scalar_string(value) {
                Some(text) if !text.trim().is_empty() => {
                    fm.registration = Some(Located {
                        value: text.trim().to_string(),
                        span: self.value_span(key),
                    });
                }
                Some(_) => {}
                None if value.is_null() => {}
                None => self.issue(fm, key, msg!("fm-must-be-text", key = "registration")),
            },
            "campaign" => self.campaign(fm, value),
            "store_link" => match value {
                Value::Bool(b) => {
                    fm.store_link = Some(Located {
                        value: *b,
                        span: self.value_span(key),
                    });
                }
                Value::Null => {}
                _ => self.issue(fm, key, msg!("fm-store-link", value = describe(value))),
            },
            "xhslint" => self.xhslint(fm, value),
            // Content repos carry their own metadata: other keys are
            // theirs, unless one is a near miss of a key of ours.
            other => {
                if let Some(known) = near_miss(other) {
                    fm.typos.push(Issue::new(
                        self.keys.iter().find(|k| k.path == other).map_or(
                            self.fallback.clone(),
                            |k| {
                                let start = k.line.start
                                    + (self.source[k.line.clone()].len()
                                        - self.source[k.line.clone()].trim_start().len());
                                start..start + other.len()
                            },
                        ),
                        msg!("fm-typo", key = other, known = known),
                    ));
                }
            }
        }
    }

    fn tags(&self, fm: &mut FrontMatter, value: &Value) {
        let span = self.value_span("tags");
        let push = |fm: &mut FrontMatter, text: &str| {
            let text = text.trim().trim_start_matches(['#', '＃']).trim();
            if !text.is_empty() {
                fm.tags.push(Located {
                    value: text.to_string(),
                    span: span.clone(),
                });
            }
        };
        match value {
            Value::Sequence(items) => {
                for item in items {
                    match scalar_string(item) {
                        Some(text) => push(fm, &text),
                        None => self.issue(fm, "tags", msg!("fm-tag-item", value = describe(item))),
                    }
                }
            }
            Value::String(text) => {
                for part in text.split([',', '，', ' ', '、', '#', '＃']) {
                    push(fm, part);
                }
            }
            Value::Null => {}
            other => self.issue(fm, "tags", msg!("fm-tags", value = describe(other))),
        }
    }

    fn choice(
        &self,
        fm: &mut FrontMatter,
        path: &str,
        value: &Value,
        choices: &[&str],
    ) -> Option<String> {
        if value.is_null() {
            return None;
        }
        let text = scalar_string(value);
        match text {
            Some(text) if choices.contains(&text.as_str()) => Some(text),
            _ => {
                self.issue(
                    fm,
                    path,
                    msg!(
                        "fm-choice",
                        key = path,
                        value = describe(value),
                        choices = choices.join(", ")
                    ),
                );
                None
            }
        }
    }

    fn timestamp(
        &self,
        fm: &mut FrontMatter,
        path: &str,
        value: &Value,
    ) -> Option<Located<Timestamp>> {
        if value.is_null() {
            return None;
        }
        let parsed = scalar_string(value).and_then(|text| parse_time(&text));
        match parsed {
            Some(ts) => Some(Located {
                value: ts,
                span: self.value_span(path),
            }),
            None => {
                self.issue(
                    fm,
                    path,
                    msg!("fm-time", key = path, value = describe(value)),
                );
                None
            }
        }
    }

    fn sale(&self, fm: &mut FrontMatter, value: &Value) {
        let Value::Mapping(map) = value else {
            if !value.is_null() {
                self.issue(
                    fm,
                    "sale",
                    msg!(
                        "fm-sale",
                        keys = SALE_KEYS.join(", "),
                        value = describe(value)
                    ),
                );
            }
            return;
        };
        let mut sale = Sale {
            span: self
                .key("sale")
                .map_or(self.fallback.clone(), |k| k.line.clone()),
            ..Sale::default()
        };
        for (key, value) in map {
            let Some(key) = key.as_str() else { continue };
            let path = format!("sale.{key}");
            match key {
                "start" => sale.start = self.timestamp(fm, &path, value),
                "end" => sale.end = self.timestamp(fm, &path, value),
                "stock" => match value {
                    Value::Number(n) if n.as_u64().is_some() => {
                        sale.stock = n.as_u64().map(|v| Located {
                            value: v,
                            span: self.value_span(&path),
                        });
                    }
                    Value::Null => {}
                    other => self.issue(
                        fm,
                        &path,
                        msg!("fm-stock", key = &path, value = describe(other)),
                    ),
                },
                "price" | "original_price" => {
                    let amount = match value {
                        Value::Number(n) => n.as_f64().filter(|v| *v >= 0.0 && v.is_finite()),
                        _ => None,
                    };
                    match amount {
                        Some(v) => {
                            let located = Some(Located {
                                value: v,
                                span: self.value_span(&path),
                            });
                            if key == "price" {
                                sale.price = located;
                            } else {
                                sale.original_price = located;
                            }
                        }
                        None if value.is_null() => {}
                        None => self.issue(
                            fm,
                            &path,
                            msg!("fm-amount", key = &path, value = describe(value)),
                        ),
                    }
                }
                "festival" => {
                    if let Some(text) = self.choice(fm, &path, value, FESTIVALS) {
                        sale.festival = Some(Located {
                            value: text,
                            span: self.value_span(&path),
                        });
                    }
                }
                _ => self.issue(
                    fm,
                    &path,
                    msg!("fm-sale-key", key = &path, keys = SALE_KEYS.join(", ")),
                ),
            }
        }
        fm.sale = Some(sale);
    }

    /// `campaign: ID`, or `campaign: {id: ID, role: ROLE}`.
    fn campaign(&self, fm: &mut FrontMatter, value: &Value) {
        if let Value::Mapping(map) = value {
            for (key, value) in map {
                let Some(key) = key.as_str() else { continue };
                let path = format!("campaign.{key}");
                match (key, scalar_string(value)) {
                    ("id", Some(id)) if !id.trim().is_empty() => {
                        fm.campaign = Some(Located {
                            value: id.trim().to_string(),
                            span: self.value_span(&path),
                        });
                    }
                    ("role", Some(role)) if CAMPAIGN_ROLES.contains(&role.trim()) => {
                        fm.campaign_role = Some(Located {
                            value: role.trim().to_string(),
                            span: self.value_span(&path),
                        });
                    }
                    ("role", _) if !value.is_null() => self.issue(
                        fm,
                        &path,
                        msg!("fm-campaign-role", roles = CAMPAIGN_ROLES.join(", ")),
                    ),
                    ("id" | "role", _) => {}
                    (other, _) => {
                        self.issue(fm, &path, msg!("fm-campaign-key", key = other.to_string()))
                    }
                }
            }
            if fm.campaign.is_none() {
                self.issue(fm, "campaign", msg!("fm-campaign-needs-id"));
            }
            return;
        }
        match scalar_string(value) {
            Some(text) if !text.trim().is_empty() => {
                fm.campaign = Some(Located {
                    value: text.trim().to_string(),
                    span: self.value_span("campaign"),
                });
            }
            Some(_) => {}
            None if value.is_null() => {}
            None => self.issue(fm, "campaign", msg!("fm-campaign-id")),
        }
    }

    fn xhslint(&self, fm: &mut FrontMatter, value: &Value) {
        let Value::Mapping(map) = value else {
            if !value.is_null() {
                self.issue(fm, "xhslint", msg!("fm-xhslint"));
            }
            return;
        };
        for (key, value) in map {
            match key.as_str() {
                Some("disable") => {
                    let span = self.value_span("xhslint.disable");
                    let ids: Vec<String> = match value {
                        Value::Sequence(items) => items.iter().filter_map(scalar_string).collect(),
                        Value::String(text) => text
                            .split([',', ' '])
                            .filter(|s| !s.is_empty())
                            .map(str::to_string)
                            .collect(),
                        _ => {
                            self.issue(fm, "xhslint.disable", msg!("fm-xhslint-disable"));
                            Vec::new()
                        }
                    };
                    fm.disable.extend(ids.into_iter().map(|id| Located {
                        value: id.trim().to_string(),
                        span: span.clone(),
                    }));
                }
                Some(other) => self.issue(
                    fm,
                    &format!("xhslint.{other}"),
                    msg!("fm-xhslint-key", key = format!("xhslint.{other}")),
                ),
                None => {}
            }
        }
    }
}

/// What a Note can be in a campaign (`campaign: {role: …}`), as the
/// campaign file names them.
pub const CAMPAIGN_ROLES: &[&str] = &["announcement", "preheat", "sale", "recap"];

/// A scalar as text: strings as they are, numbers and booleans as written.
fn scalar_string(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn describe(value: &Value) -> Arg {
    match value {
        Value::Null => msg!("fm-value-empty").into(),
        Value::Bool(b) => format!("`{b}`").into(),
        Value::Number(n) => format!("`{n}`").into(),
        Value::String(s) => format!("`{s}`").into(),
        Value::Sequence(_) => msg!("fm-value-list").into(),
        Value::Mapping(_) => msg!("fm-value-mapping").into(),
        Value::Tagged(_) => msg!("fm-value-tagged").into(),
    }
}

/// China Standard Time, the time zone every wall-clock rule uses.
pub fn china_time() -> jiff::tz::TimeZone {
    jiff::tz::TimeZone::fixed(jiff::tz::offset(8))
}

/// Reads RFC 3339 with any offset, or `YYYY-MM-DD HH:MM[:SS]` /
/// `YYYY-MM-DD` as China Standard Time.
pub fn parse_time(text: &str) -> Option<Timestamp> {
    let text = text.trim();
    if let Ok(ts) = text.parse::<Timestamp>() {
        return Some(ts);
    }
    let civil = text.parse::<jiff::civil::DateTime>().ok().or_else(|| {
        text.parse::<jiff::civil::Date>()
            .ok()
            .map(|d| d.to_datetime(jiff::civil::Time::midnight()))
    })?;
    civil.to_zoned(china_time()).ok().map(|z| z.timestamp())
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOTE: &str = "---\ntitle: 限时48小时｜玻尿酸精华\ntags: [护肤分享, 玻尿酸]\ncategory: beauty\nsale:\n  start: 2026-06-16T20:00:00+08:00\n  end: 2026-06-18 20:00\n  stock: many\n  price: 199\nproduct: 玻尿酸精华\n---\n正文\n";

    #[test]
    fn splits_closed_front_matter() {
        let Split::Closed { block, yaml } = split(NOTE) else {
            panic!("closed front matter expected");
        };
        assert_eq!(&NOTE[block.end..], "正文\n");
        assert!(NOTE[yaml].starts_with("title:"));
    }

    #[test]
    fn reads_facts_and_reports_a_bad_value_at_its_key() {
        let fm = parse(NOTE).expect("front matter");
        let title = fm.title.expect("title");
        assert_eq!(title.text, "限时48小时｜玻尿酸精华");
        assert!(title.verbatim);
        assert_eq!(&NOTE[title.span], "限时48小时｜玻尿酸精华");
        assert_eq!(fm.tags.len(), 2);
        let sale = fm.sale.expect("sale");
        assert_eq!(sale.price.map(|p| p.value), Some(199.0));
        let end = sale.end.expect("end").value;
        assert_eq!(end.to_string(), "2026-06-18T12:00:00Z");
        assert_eq!(fm.issues.len(), 1);
        let issue = &fm.issues[0];
        assert_eq!(&NOTE[issue.span.clone()], "many");
        assert_eq!(
            issue.message,
            "`sale.stock` is `many`; expected a whole number of units, such as 200"
        );
    }

    #[test]
    fn unclosed_front_matter_is_an_issue() {
        let fm = parse("---\ntitle: x\n正文").expect("front matter");
        assert_eq!(fm.issues.len(), 1);
        assert!(fm.issues[0].message.contains("never closed"));
    }

    #[test]
    fn invalid_yaml_points_into_the_block() {
        let source = "---\ntitle: [unclosed\n---\nbody";
        let fm = parse(source).expect("front matter");
        assert_eq!(fm.issues.len(), 1);
        assert!(
            fm.issues[0]
                .message
                .starts_with("front matter is not valid YAML")
        );
        assert!(fm.issues[0].span.start >= 4);
    }

    #[test]
    fn quoted_title_with_escape_is_not_verbatim() {
        let fm = parse("---\ntitle: \"限时\\u0034\"\n---\n").expect("front matter");
        let title = fm.title.expect("title");
        assert_eq!(title.text, "限时4");
        assert!(!title.verbatim);
    }

    #[test]
    fn china_time_for_naive_times() {
        let ts = parse_time("2026-06-16 20:00").expect("parses");
        assert_eq!(ts.to_string(), "2026-06-16T12:00:00Z");
        assert!(parse_time("tomorrow").is_none());
    }
}
