//! The campaign file read strictly into typed facts: an unknown key, a value
//! of the wrong type, a time that does not parse, an end before its start,
//! two flash windows that overlap or a reference to nothing is an error at
//! its position, never a guess.

use std::collections::HashSet;
use std::ops::Range;

use jiff::Timestamp;
use jiff::civil::Time;

use super::yaml::{Kind, Node};
use crate::config::did_you_mean;
use crate::input::front_matter::{Located, china_time, parse_time};

/// A mistake in the campaign file, at a byte offset of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanError {
    pub offset: usize,
    /// In English.
    pub message: String,
    /// `message` to translate, where it is written in the message files.
    pub msg: Option<crate::i18n::Msg>,
}

impl PlanError {
    pub fn at(node: &Node, message: impl Into<crate::i18n::Text>) -> Self {
        PlanError::new(node.span.start, message)
    }

    pub fn new(offset: usize, message: impl Into<crate::i18n::Text>) -> Self {
        let crate::i18n::Text { english, msg } = message.into();
        PlanError {
            offset,
            message: english,
            msg,
        }
    }
}

/// What a mapping of the campaign file is, in the messages' words.
fn what_of(what: &'static str) -> crate::i18n::Arg {
    let id = match what {
        "the campaign file" => "plan-what-file",
        "a stream" => "plan-what-stream",
        "a flash window" => "plan-what-window",
        "a bundle" => "plan-what-bundle",
        "a Note" => "plan-what-note",
        "a product" => "plan-what-product",
        "a segment" => "plan-what-segment",
        _ => return what.into(),
    };
    crate::i18n::Msg::new(id).into()
}

/// What a node holds, in the messages' words: `text`, a list, nothing.
fn found(node: &Node) -> crate::i18n::Arg {
    let described = node.describe();
    let id = match described.as_str() {
        "nothing" => "plan-found-nothing",
        "a list" => "plan-found-list",
        "a mapping" => "plan-found-mapping",
        _ => return described.into(),
    };
    crate::i18n::Msg::new(id).into()
}

/// What a Note does for the campaign.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Announces a live stream days ahead.
    Announcement,
    /// Builds up to a festival weeks ahead.
    Preheat,
    /// Sells during the campaign.
    Sale,
    /// Follows a live stream with its replay and a code.
    Recap,
}

impl Role {
    pub const NAMES: &[&str] = crate::input::front_matter::CAMPAIGN_ROLES;

    pub fn parse(text: &str) -> Option<Role> {
        Some(match text {
            "announcement" => Role::Announcement,
            "preheat" => Role::Preheat,
            "sale" => Role::Sale,
            "recap" => Role::Recap,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Announcement => "announcement",
            Role::Preheat => "preheat",
            Role::Sale => "sale",
            Role::Recap => "recap",
        }
    }
}

/// What a part of a live stream is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SegmentKind {
    Education,
    Promotion,
}

/// A whole campaign file.
#[derive(Debug, Clone)]
pub struct Campaign {
    /// The id Notes name in their `campaign:` front matter.
    pub id: Located<String>,
    pub name: Located<String>,
    /// A festival id of the calendar (`618`, `1111`, …).
    pub festival: Option<Located<String>>,
    /// Percent off a new buyer's first order.
    pub first_order_discount: Option<Located<f64>>,
    pub streams: Vec<Stream>,
    pub notes: Vec<NoteEntry>,
    /// `xhslint:` — rule switches and options for this plan.
    pub rules: Vec<RuleEntry>,
    /// Rule ids switched off, each with the span it applies to (the whole
    /// file, or the entry whose `xhslint.disable` lists it).
    pub disable: Vec<(Range<usize>, Located<String>)>,
    /// `lang:` — the language of `xhslint plan`'s output when neither
    /// `--lang` nor `XHSLINT_LANG` says, as a config's `lang:` is.
    pub lang: Option<crate::i18n::Lang>,
}

/// One `xhslint.rules` entry: a severity (or `off`) and options.
#[derive(Debug, Clone)]
pub struct RuleEntry {
    pub id: Located<String>,
    pub level: Option<Located<String>>,
    pub options: Vec<(Located<String>, Located<u64>)>,
}

#[derive(Debug, Clone)]
pub struct Stream {
    /// The whole list entry.
    pub span: Range<usize>,
    pub id: Located<String>,
    pub start: Located<Timestamp>,
    pub end: Located<Timestamp>,
    pub host: Option<Located<String>>,
    pub products: Vec<Product>,
    pub windows: Vec<Window>,
    pub bundles: Vec<Bundle>,
    pub first_buyer_bonus: Option<Located<String>>,
    pub segments: Vec<Segment>,
    /// The `products:` key, where a finding about the whole list points.
    pub products_key: Option<Range<usize>>,
    pub segments_key: Option<Range<usize>>,
}

impl Stream {
    pub fn product(&self, id: &str) -> Option<&Product> {
        self.products.iter().find(|p| p.id.value == id)
    }

    /// The product a window sells: the one it names, or the stream's only one.
    pub fn product_of(&self, window: &Window) -> Option<&Product> {
        match &window.product {
            Some(id) => self.product(&id.value),
            None if self.products.len() == 1 => self.products.first(),
            None => None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Product {
    pub span: Range<usize>,
    pub id: Located<String>,
    pub name: Located<String>,
    /// The price during the stream, CNY.
    pub price: Located<f64>,
    pub original_price: Option<Located<f64>>,
    pub stock: Option<Located<u64>>,
}

/// A flash window in a live stream.
#[derive(Debug, Clone)]
pub struct Window {
    pub span: Range<usize>,
    pub start: Located<Timestamp>,
    pub end: Located<Timestamp>,
    pub product: Option<Located<String>>,
    /// The flash price, CNY.
    pub offer: Option<Located<f64>>,
    pub stock: Option<Located<u64>>,
}

impl Window {
    pub fn minutes(&self) -> i64 {
        minutes_between(self.start.value, self.end.value)
    }
}

#[derive(Debug, Clone)]
pub struct Bundle {
    pub span: Range<usize>,
    pub name: Located<String>,
    /// Product ids.
    pub items: Vec<Located<String>>,
    pub price: Located<f64>,
}

#[derive(Debug, Clone)]
pub struct Segment {
    pub span: Range<usize>,
    pub kind: Located<SegmentKind>,
    pub minutes: Located<u64>,
}

/// A Note of the campaign.
#[derive(Debug, Clone)]
pub struct NoteEntry {
    pub span: Range<usize>,
    /// Relative to the campaign file's directory.
    pub path: Located<String>,
    pub role: Located<Role>,
    pub publish_at: Option<Located<Timestamp>>,
    /// The stream it announces, sells in or recaps (an id of `streams`).
    pub stream: Option<Located<String>>,
    /// The product it sells (an id of the stream's `products`).
    pub product: Option<Located<String>>,
    /// A sale Note's own window, when it sells outside a stream.
    pub sale: Option<SaleEntry>,
    /// A recap: whether it links the stream's replay.
    pub replay: Option<Located<bool>>,
    /// A recap: the discount code it carries.
    pub code: Option<Located<String>>,
    pub code_valid_hours: Option<Located<u64>>,
    /// The Note joined the campaign from its own front matter
    /// (`campaign:`), not by this entry in the plan; the entry's spans
    /// point at the plan's `campaign:` id.
    pub from_front_matter: bool,
}

/// A sale Note's facts declared in the plan.
#[derive(Debug, Clone)]
pub struct SaleEntry {
    pub span: Range<usize>,
    pub start: Located<Timestamp>,
    pub end: Located<Timestamp>,
    pub price: Option<Located<f64>>,
    pub original_price: Option<Located<f64>>,
    pub stock: Option<Located<u64>>,
}

impl Campaign {
    pub fn stream(&self, id: &str) -> Option<&Stream> {
        self.streams.iter().find(|s| s.id.value == id)
    }

    /// The stream a Note belongs to: the one it names, or the only one.
    pub fn stream_of(&self, note: &NoteEntry) -> Option<&Stream> {
        match &note.stream {
            Some(id) => self.stream(&id.value),
            None if self.streams.len() == 1 => self.streams.first(),
            None => None,
        }
    }

    /// The Notes tied to `stream` with `role` (a Note naming no stream
    /// belongs to every stream).
    pub fn notes_for<'a>(
        &'a self,
        stream: &'a Stream,
        role: Role,
    ) -> impl Iterator<Item = &'a NoteEntry> + 'a {
        self.notes.iter().filter(move |n| {
            n.role.value == role
                && n.stream
                    .as_ref()
                    .is_none_or(|id| id.value == stream.id.value)
        })
    }
}

pub fn minutes_between(start: Timestamp, end: Timestamp) -> i64 {
    (end.as_second() - start.as_second()).div_euclid(60)
}

const TOP_KEYS: &[&str] = &[
    "campaign",
    "name",
    "festival",
    "first_order_discount",
    "streams",
    "notes",
    "xhslint",
    "lang",
];
const STREAM_KEYS: &[&str] = &[
    "id",
    "start",
    "end",
    "host",
    "products",
    "windows",
    "bundles",
    "first_buyer_bonus",
    "segments",
    "xhslint",
];
const PRODUCT_KEYS: &[&str] = &["id", "name", "price", "original_price", "stock"];
const WINDOW_KEYS: &[&str] = &["start", "end", "product", "offer", "stock", "xhslint"];
const BUNDLE_KEYS: &[&str] = &["name", "items", "price", "xhslint"];
const SEGMENT_KEYS: &[&str] = &["kind", "minutes"];
const NOTE_KEYS: &[&str] = &[
    "path",
    "role",
    "publish_at",
    "stream",
    "product",
    "sale",
    "replay",
    "code",
    "code_valid_hours",
    "xhslint",
];
const SALE_KEYS: &[&str] = &["start", "end", "price", "original_price", "stock"];

/// Reads a campaign from its YAML tree; `rule_ids` are the plan rules a
/// `disable` or `rules` entry may name.
pub fn read(root: &Node, rule_ids: &[&str]) -> Result<Campaign, PlanError> {
    let reader = Reader { rule_ids };
    reader.campaign(root)
}

/// The keys of one mapping, checked against those allowed.
struct Fields<'a> {
    node: &'a Node,
    entries: &'a [(Node, Node)],
    what: &'static str,
}

impl<'a> Fields<'a> {
    fn new(node: &'a Node, what: &'static str, allowed: &[&str]) -> Result<Self, PlanError> {
        let Kind::Mapping(entries) = &node.kind else {
            return Err(PlanError::at(
                node,
                crate::msg!(
                    "plan-must-be-mapping",
                    what = what_of(what),
                    found = found(node)
                ),
            ));
        };
        let mut seen = HashSet::new();
        for (key, _) in entries {
            let Some(name) = key.scalar() else {
                return Err(PlanError::at(
                    key,
                    crate::msg!("plan-key-must-be-text", what = what_of(what)),
                ));
            };
            if !allowed.contains(&name) {
                let hint = did_you_mean(name, allowed)
                    .map(|c| crate::i18n::Arg::from(crate::msg!("plan-did-you-mean", choice = c)))
                    .unwrap_or_else(|| "".into());
                return Err(PlanError::at(
                    key,
                    crate::msg!(
                        "plan-unknown-key",
                        name = name,
                        what = what_of(what),
                        hint = hint,
                        allowed = crate::i18n::Arg::list(
                            allowed.iter().copied(),
                            crate::i18n::Join::Comma
                        )
                    ),
                ));
            }
            if !seen.insert(name) {
                return Err(PlanError::at(
                    key,
                    crate::msg!("plan-key-twice", name = name, what = what_of(what)),
                ));
            }
        }
        Ok(Fields {
            node,
            entries,
            what,
        })
    }

    /// The value of `key`, unless absent or null.
    fn get(&self, key: &str) -> Option<&'a Node> {
        self.entries
            .iter()
            .find(|(k, _)| k.scalar() == Some(key))
            .map(|(_, v)| v)
            .filter(|v| !v.is_null())
    }

    fn key_span(&self, key: &str) -> Option<Range<usize>> {
        self.entries
            .iter()
            .find(|(k, _)| k.scalar() == Some(key))
            .map(|(k, _)| k.span.clone())
    }

    fn required(&self, key: &str) -> Result<&'a Node, PlanError> {
        self.get(key).ok_or_else(|| {
            let what = what_of(self.what);
            PlanError::at(
                self.node,
                crate::msg!("plan-needs-key", what = what, key = key),
            )
        })
    }
}

struct Reader<'r> {
    rule_ids: &'r [&'r str],
}

impl Reader<'_> {
    fn campaign(&self, root: &Node) -> Result<Campaign, PlanError> {
        let fields = Fields::new(root, "the campaign file", TOP_KEYS)?;
        let mut disable = Vec::new();
        let mut rules = Vec::new();
        if let Some(node) = fields.get("xhslint") {
            self.xhslint(
                node,
                root.span.start..usize::MAX,
                &mut disable,
                Some(&mut rules),
            )?;
        }
        let festival = fields
            .get("festival")
            .map(|n| text(n, "festival"))
            .transpose()?;
        if let Some(festival) = &festival {
            let calendar = crate::title::festival::Calendar::builtin();
            if calendar.find(&festival.value).is_none() {
                let ids: Vec<&str> = calendar.festivals.iter().map(|f| f.id.as_str()).collect();
                return Err(PlanError::new(
                    festival.span.start,
                    crate::msg!(
                        "plan-unknown-festival",
                        name = &festival.value,
                        ids = crate::i18n::Arg::list(ids, crate::i18n::Join::Comma)
                    ),
                ));
            }
        }
        let lang = match fields.get("lang") {
            Some(node) => {
                let value = text(node, "lang")?;
                Some(match value.value.as_str() {
                    "zh" => crate::i18n::Lang::Zh,
                    "en" => crate::i18n::Lang::En,
                    other => {
                        return Err(located_error(
                            &value,
                            crate::msg!("plan-unknown-lang", name = other),
                        ));
                    }
                })
            }
            None => None,
        };
        let mut streams = Vec::new();
        if let Some(node) = fields.get("streams") {
            for item in list(node, "streams")? {
                streams.push(self.stream(item, &mut disable)?);
            }
        }
        let mut ids = HashSet::new();
        for stream in &streams {
            if !ids.insert(stream.id.value.as_str()) {
                return Err(located_error(
                    &stream.id,
                    crate::msg!("plan-stream-twice", id = &stream.id.value),
                ));
            }
        }
        let mut notes = Vec::new();
        if let Some(node) = fields.get("notes") {
            for item in list(node, "notes")? {
                notes.push(self.note(item, &streams, &mut disable)?);
            }
        }
        Ok(Campaign {
            id: text(fields.required("campaign")?, "campaign")?,
            name: text(fields.required("name")?, "name")?,
            festival,
            first_order_discount: fields
                .get("first_order_discount")
                .map(|n| percent(n, "first_order_discount"))
                .transpose()?,
            streams,
            notes,
            rules,
            disable,
            lang,
        })
    }

    /// `xhslint: {disable: [ids], rules: {...}}`; `rules` only at the top.
    fn xhslint(
        &self,
        node: &Node,
        scope: Range<usize>,
        disable: &mut Vec<(Range<usize>, Located<String>)>,
        rules: Option<&mut Vec<RuleEntry>>,
    ) -> Result<(), PlanError> {
        let allowed: &[&str] = if rules.is_some() {
            &["disable", "rules"]
        } else {
            &["disable"]
        };
        let fields = Fields::new(node, "`xhslint`", allowed)?;
        if let Some(list_node) = fields.get("disable") {
            for item in list(list_node, "`xhslint.disable`")? {
                let id = text(item, "a rule id")?;
                self.rule_id(&id)?;
                disable.push((scope.clone(), id));
            }
        }
        if let (Some(rules), Some(table)) = (rules, fields.get("rules")) {
            let Kind::Mapping(entries) = &table.kind else {
                return Err(PlanError::at(
                    table,
                    crate::msg!(
                        "plan-must-be-mapping",
                        what = "`xhslint.rules`",
                        found = found(table)
                    ),
                ));
            };
            for (key, value) in entries {
                let id = text(key, "a rule id")?;
                self.rule_id(&id)?;
                rules.push(rule_entry(id, value)?);
            }
        }
        Ok(())
    }

    fn rule_id(&self, id: &Located<String>) -> Result<(), PlanError> {
        if self.rule_ids.contains(&id.value.as_str()) {
            return Ok(());
        }
        let hint = did_you_mean(&id.value, self.rule_ids)
            .map(|c| crate::i18n::Arg::from(crate::msg!("plan-did-you-mean", choice = c)))
            .unwrap_or_else(|| "".into());
        Err(located_error(
            id,
            crate::msg!("plan-unknown-rule", id = &id.value, hint = hint),
        ))
    }

    fn scoped_disable(
        &self,
        fields: &Fields,
        node: &Node,
        disable: &mut Vec<(Range<usize>, Located<String>)>,
    ) -> Result<(), PlanError> {
        match fields.get("xhslint") {
            Some(x) => self.xhslint(x, node.span.clone(), disable, None),
            None => Ok(()),
        }
    }

    fn stream(
        &self,
        node: &Node,
        disable: &mut Vec<(Range<usize>, Located<String>)>,
    ) -> Result<Stream, PlanError> {
        let fields = Fields::new(node, "a stream", STREAM_KEYS)?;
        self.scoped_disable(&fields, node, disable)?;
        let id = text(fields.required("id")?, "id")?;
        let start = time(fields.required("start")?, "start", None)?;
        let end = time(fields.required("end")?, "end", Some(start.value))?;
        ends_after(&start, &end, "plan-the-stream")?;
        let mut products = Vec::new();
        if let Some(n) = fields.get("products") {
            for item in list(n, "products")? {
                products.push(product(item)?);
            }
        }
        let mut seen = HashSet::new();
        for p in &products {
            if !seen.insert(p.id.value.as_str()) {
                return Err(located_error(
                    &p.id,
                    crate::msg!("plan-product-twice", id = &p.id.value),
                ));
            }
        }
        let known = |id: &Located<String>| -> Result<(), PlanError> {
            if products.iter().any(|p| p.id.value == id.value) {
                Ok(())
            } else {
                let ids: Vec<&str> = products.iter().map(|p| p.id.value.as_str()).collect();
                Err(located_error(
                    id,
                    crate::msg!("plan-no-product", id = &id.value, ids = listed(ids)),
                ))
            }
        };
        let mut windows: Vec<Window> = Vec::new();
        if let Some(n) = fields.get("windows") {
            for item in list(n, "windows")? {
                let w = self.window(item, &start, disable)?;
                if let Some(p) = &w.product {
                    known(p)?;
                }
                if w.start.value < start.value || w.end.value > end.value {
                    return Err(located_error(
                        &w.start,
                        crate::msg!(
                            "plan-window-outside",
                            start = clock(w.start.value),
                            end = clock(w.end.value),
                            stream_start = clock(start.value),
                            stream_end = clock(end.value)
                        ),
                    ));
                }
                if let Some(other) = windows
                    .iter()
                    .find(|o| o.start.value < w.end.value && w.start.value < o.end.value)
                {
                    return Err(located_error(
                        &w.start,
                        crate::msg!(
                            "plan-window-overlap",
                            start = clock(w.start.value),
                            end = clock(w.end.value),
                            other_start = clock(other.start.value),
                            other_end = clock(other.end.value)
                        ),
                    ));
                }
                windows.push(w);
            }
        }
        windows.sort_by_key(|w| w.start.value);
        let mut bundles = Vec::new();
        if let Some(n) = fields.get("bundles") {
            for item in list(n, "bundles")? {
                let b = self.bundle(item, disable)?;
                for i in &b.items {
                    known(i)?;
                }
                bundles.push(b);
            }
        }
        let mut segments = Vec::new();
        if let Some(n) = fields.get("segments") {
            for item in list(n, "segments")? {
                segments.push(segment(item)?);
            }
        }
        Ok(Stream {
            span: node.span.clone(),
            id,
            start,
            end,
            host: fields.get("host").map(|n| text(n, "host")).transpose()?,
            products_key: fields.key_span("products"),
            segments_key: fields.key_span("segments"),
            products,
            windows,
            bundles,
            first_buyer_bonus: fields
                .get("first_buyer_bonus")
                .map(|n| text(n, "first_buyer_bonus"))
                .transpose()?,
            segments,
        })
    }

    fn window(
        &self,
        node: &Node,
        stream_start: &Located<Timestamp>,
        disable: &mut Vec<(Range<usize>, Located<String>)>,
    ) -> Result<Window, PlanError> {
        let fields = Fields::new(node, "a flash window", WINDOW_KEYS)?;
        self.scoped_disable(&fields, node, disable)?;
        let start = time(fields.required("start")?, "start", Some(stream_start.value))?;
        let end = time(fields.required("end")?, "end", Some(start.value))?;
        ends_after(&start, &end, "plan-the-window")?;
        Ok(Window {
            span: node.span.clone(),
            start,
            end,
            product: fields
                .get("product")
                .map(|n| text(n, "product"))
                .transpose()?,
            offer: fields.get("offer").map(|n| price(n, "offer")).transpose()?,
            stock: fields.get("stock").map(|n| count(n, "stock")).transpose()?,
        })
    }

    fn bundle(
        &self,
        node: &Node,
        disable: &mut Vec<(Range<usize>, Located<String>)>,
    ) -> Result<Bundle, PlanError> {
        let fields = Fields::new(node, "a bundle", BUNDLE_KEYS)?;
        self.scoped_disable(&fields, node, disable)?;
        let items_node = fields.required("items")?;
        let items = list(items_node, "items")?
            .iter()
            .map(|n| text(n, "a product id"))
            .collect::<Result<Vec<_>, _>>()?;
        if items.len() < 2 {
            return Err(PlanError::at(
                items_node,
                crate::msg!("plan-bundle-too-small"),
            ));
        }
        Ok(Bundle {
            span: node.span.clone(),
            name: text(fields.required("name")?, "name")?,
            items,
            price: price(fields.required("price")?, "price")?,
        })
    }

    fn note(
        &self,
        node: &Node,
        streams: &[Stream],
        disable: &mut Vec<(Range<usize>, Located<String>)>,
    ) -> Result<NoteEntry, PlanError> {
        let fields = Fields::new(node, "a Note", NOTE_KEYS)?;
        self.scoped_disable(&fields, node, disable)?;
        let role_node = fields.required("role")?;
        let role_text = text(role_node, "role")?;
        let role = Role::parse(&role_text.value).ok_or_else(|| {
            PlanError::at(
                role_node,
                crate::msg!(
                    "plan-unknown-role",
                    role = &role_text.value,
                    roles = crate::i18n::Arg::list(
                        Role::NAMES.iter().copied(),
                        crate::i18n::Join::Comma
                    )
                ),
            )
        })?;
        let stream = fields
            .get("stream")
            .map(|n| text(n, "stream"))
            .transpose()?;
        if let Some(id) = &stream
            && !streams.iter().any(|s| s.id.value == id.value)
        {
            let ids: Vec<&str> = streams.iter().map(|s| s.id.value.as_str()).collect();
            return Err(located_error(
                id,
                crate::msg!("plan-no-stream", id = &id.value, ids = listed(ids)),
            ));
        }
        let product = fields
            .get("product")
            .map(|n| text(n, "product"))
            .transpose()?;
        let sale = fields.get("sale").map(sale).transpose()?;
        Ok(NoteEntry {
            span: node.span.clone(),
            path: text(fields.required("path")?, "path")?,
            role: Located {
                value: role,
                span: role_node.span.clone(),
            },
            publish_at: fields
                .get("publish_at")
                .map(|n| time(n, "publish_at", None))
                .transpose()?,
            stream,
            product,
            sale,
            replay: fields
                .get("replay")
                .map(|n| boolean(n, "replay"))
                .transpose()?,
            code: fields.get("code").map(|n| text(n, "code")).transpose()?,
            code_valid_hours: fields
                .get("code_valid_hours")
                .map(|n| count(n, "code_valid_hours"))
                .transpose()?,
            from_front_matter: false,
        })
    }
}

/// Ids listed in a message, or `none`.
fn listed(ids: Vec<&str>) -> crate::i18n::Arg {
    if ids.is_empty() {
        crate::i18n::Msg::new("plan-none").into()
    } else {
        crate::i18n::Arg::list(ids, crate::i18n::Join::Comma)
    }
}

fn located_error<T>(at: &Located<T>, message: impl Into<crate::i18n::Text>) -> PlanError {
    PlanError::new(at.span.start, message)
}

fn rule_entry(id: Located<String>, value: &Node) -> Result<RuleEntry, PlanError> {
    const LEVELS: &[&str] = &["off", "info", "warning", "error"];
    let level_of = |node: &Node| -> Result<Located<String>, PlanError> {
        let level = text(node, "a severity")?;
        if LEVELS.contains(&level.value.as_str()) {
            Ok(level)
        } else {
            Err(located_error(
                &level,
                crate::msg!(
                    "plan-unknown-severity",
                    level = &level.value,
                    levels =
                        crate::i18n::Arg::list(LEVELS.iter().copied(), crate::i18n::Join::Comma)
                ),
            ))
        }
    };
    if value.scalar().is_some() {
        return Ok(RuleEntry {
            id,
            level: Some(level_of(value)?),
            options: Vec::new(),
        });
    }
    let Kind::Mapping(entries) = &value.kind else {
        return Err(PlanError::at(
            value,
            crate::msg!("plan-rule-entry", id = &id.value, found = found(value)),
        ));
    };
    let mut entry = RuleEntry {
        id,
        level: None,
        options: Vec::new(),
    };
    for (key, v) in entries {
        let name = text(key, "an option")?;
        if name.value == "severity" {
            entry.level = Some(level_of(v)?);
        } else {
            let n = count(v, &name.value)?;
            entry.options.push((name, n));
        }
    }
    Ok(entry)
}

fn product(node: &Node) -> Result<Product, PlanError> {
    let fields = Fields::new(node, "a product", PRODUCT_KEYS)?;
    let price_value = price(fields.required("price")?, "price")?;
    let original_price = fields
        .get("original_price")
        .map(|n| price(n, "original_price"))
        .transpose()?;
    if let Some(original) = &original_price
        && original.value < price_value.value
    {
        return Err(located_error(
            original,
            crate::msg!(
                "plan-original-below-price",
                original = original.value.to_string(),
                price = price_value.value.to_string()
            ),
        ));
    }
    Ok(Product {
        span: node.span.clone(),
        id: text(fields.required("id")?, "id")?,
        name: text(fields.required("name")?, "name")?,
        price: price_value,
        original_price,
        stock: fields.get("stock").map(|n| count(n, "stock")).transpose()?,
    })
}

fn segment(node: &Node) -> Result<Segment, PlanError> {
    let fields = Fields::new(node, "a segment", SEGMENT_KEYS)?;
    let kind_node = fields.required("kind")?;
    let kind = match kind_node.scalar() {
        Some("education") => SegmentKind::Education,
        Some("promotion") => SegmentKind::Promotion,
        _ => {
            return Err(PlanError::at(
                kind_node,
                crate::msg!("plan-segment-kind", found = found(kind_node)),
            ));
        }
    };
    Ok(Segment {
        span: node.span.clone(),
        kind: Located {
            value: kind,
            span: kind_node.span.clone(),
        },
        minutes: count(fields.required("minutes")?, "minutes")?,
    })
}

fn sale(node: &Node) -> Result<SaleEntry, PlanError> {
    let fields = Fields::new(node, "`sale`", SALE_KEYS)?;
    let start = time(fields.required("start")?, "start", None)?;
    let end = time(fields.required("end")?, "end", Some(start.value))?;
    ends_after(&start, &end, "plan-the-sale")?;
    Ok(SaleEntry {
        span: node.span.clone(),
        start,
        end,
        price: fields.get("price").map(|n| price(n, "price")).transpose()?,
        original_price: fields
            .get("original_price")
            .map(|n| price(n, "original_price"))
            .transpose()?,
        stock: fields.get("stock").map(|n| count(n, "stock")).transpose()?,
    })
}

/// `what` is the message id of what ends: `plan-the-stream`, ….
fn ends_after(
    start: &Located<Timestamp>,
    end: &Located<Timestamp>,
    what: &'static str,
) -> Result<(), PlanError> {
    if end.value > start.value {
        Ok(())
    } else {
        Err(located_error(
            end,
            crate::msg!(
                "plan-ends-before-start",
                what = crate::i18n::Msg::new(what),
                end = stamp(end.value),
                start = stamp(start.value)
            ),
        ))
    }
}

fn list<'a>(node: &'a Node, what: &str) -> Result<&'a [Node], PlanError> {
    match &node.kind {
        Kind::Sequence(items) => Ok(items),
        _ => Err(PlanError::at(
            node,
            crate::msg!("plan-must-be-list", what = what, found = found(node)),
        )),
    }
}

fn text(node: &Node, what: &str) -> Result<Located<String>, PlanError> {
    match node.scalar() {
        Some(s) if !s.trim().is_empty() => Ok(Located {
            value: s.trim().to_string(),
            span: node.span.clone(),
        }),
        _ => {
            // A few callers describe the value rather than name its key.
            let described = match what {
                "a rule id" => Some("plan-key-rule-id"),
                "a severity" => Some("plan-key-severity"),
                "an option" => Some("plan-key-option"),
                "a product id" => Some("plan-key-product-id"),
                _ => None,
            };
            let msg = match described {
                Some(id) => crate::msg!(
                    "plan-described-must-be-text",
                    what = crate::i18n::Msg::new(id),
                    found = found(node)
                ),
                None => crate::msg!("plan-must-be-text", what = what, found = found(node)),
            };
            Err(PlanError::at(node, msg))
        }
    }
}

fn number(node: &Node) -> Option<f64> {
    match &node.kind {
        Kind::Scalar {
            text,
            quoted: false,
        } => text.parse::<f64>().ok().filter(|v| v.is_finite()),
        _ => None,
    }
}

fn price(node: &Node, what: &str) -> Result<Located<f64>, PlanError> {
    match number(node) {
        Some(v) if v > 0.0 => Ok(Located {
            value: v,
            span: node.span.clone(),
        }),
        _ => Err(PlanError::at(
            node,
            crate::msg!("plan-must-be-price", what = what, found = found(node)),
        )),
    }
}

fn percent(node: &Node, what: &str) -> Result<Located<f64>, PlanError> {
    match number(node) {
        Some(v) if v > 0.0 && v < 100.0 => Ok(Located {
            value: v,
            span: node.span.clone(),
        }),
        _ => Err(PlanError::at(
            node,
            crate::msg!("plan-must-be-percent", what = what, found = found(node)),
        )),
    }
}

fn count(node: &Node, what: &str) -> Result<Located<u64>, PlanError> {
    match &node.kind {
        Kind::Scalar {
            text,
            quoted: false,
        } if text.parse::<u64>().is_ok() => Ok(Located {
            value: text.parse::<u64>().unwrap_or_default(),
            span: node.span.clone(),
        }),
        _ => Err(PlanError::at(
            node,
            crate::msg!("plan-must-be-count", what = what, found = found(node)),
        )),
    }
}

fn boolean(node: &Node, what: &str) -> Result<Located<bool>, PlanError> {
    let value = match &node.kind {
        Kind::Scalar {
            text,
            quoted: false,
        } => match text.as_str() {
            "true" | "True" | "TRUE" => Some(true),
            "false" | "False" | "FALSE" => Some(false),
            _ => None,
        },
        _ => None,
    };
    value
        .map(|value| Located {
            value,
            span: node.span.clone(),
        })
        .ok_or_else(|| {
            PlanError::at(
                node,
                crate::msg!("plan-must-be-bool", what = what, found = found(node)),
            )
        })
}

/// A time: RFC 3339, `YYYY-MM-DD HH:MM` in China time, or, given `day_of`,
/// a bare `HH:MM` on that day (China time; the day after when it is
/// earlier than `day_of`, for windows past midnight).
fn time(
    node: &Node,
    what: &str,
    day_of: Option<Timestamp>,
) -> Result<Located<Timestamp>, PlanError> {
    let text_value = node.scalar().unwrap_or_default();
    let parsed = parse_time(text_value).or_else(|| {
        let anchor = day_of?;
        let clock_time = text_value.trim().parse::<Time>().ok()?;
        let zoned = anchor.to_zoned(china_time());
        let candidate = zoned
            .date()
            .to_datetime(clock_time)
            .to_zoned(china_time())
            .ok()?;
        let candidate = if candidate.timestamp() < anchor {
            candidate.checked_add(jiff::Span::new().days(1)).ok()?
        } else {
            candidate
        };
        Some(candidate.timestamp())
    });
    match parsed {
        Some(value) if node.scalar().is_some() => Ok(Located {
            value,
            span: node.span.clone(),
        }),
        _ => Err(PlanError::at(
            node,
            crate::i18n::Msg::new(if day_of.is_some() {
                "plan-must-be-time-or-clock"
            } else {
                "plan-must-be-time"
            })
            .arg("what", what)
            .arg("found", found(node)),
        )),
    }
}

/// `HH:MM` in China time.
pub fn clock(ts: Timestamp) -> String {
    ts.to_zoned(china_time()).strftime("%H:%M").to_string()
}

/// `YYYY-MM-DD HH:MM` in China time.
pub fn stamp(ts: Timestamp) -> String {
    ts.to_zoned(china_time())
        .strftime("%Y-%m-%d %H:%M")
        .to_string()
}
