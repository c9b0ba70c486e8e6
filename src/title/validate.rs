//! Checks a candidate title the way `check` would: the candidate becomes the
//! title of a synthetic Note that declares the same facts, and the real
//! rules run on it with the run's settings.

use super::facts::Facts;
use super::templates::Titles;
use crate::diagnostic::{Diagnostic, Severity};
use crate::input::front_matter::{FESTIVALS, china_time};
use crate::input::note::{Note, NoteFormat};
use crate::input::plain_yaml::is_plain_char;
use crate::settings::Settings;

/// What checks candidate titles: an engine that lints with the run's
/// settings and makes no generated suggestions of its own, so checking a
/// candidate starts no other round of generation.
pub trait Linter: Sync {
    fn settings(&self) -> &Settings;
    /// The findings on a Note, without generated suggestions.
    fn lint(&self, note: &Note) -> Vec<Diagnostic>;
    /// The findings of the rules `runs` accepts, by id and configured
    /// severity: [`Linter::lint`] without the rules whose findings would
    /// be thrown away.
    fn lint_rules(&self, note: &Note, runs: &dyn Fn(&str, Severity) -> bool) -> Vec<Diagnostic>;
}

/// Lints candidate titles in a Note that declares `facts`.
pub struct Validator<'s> {
    linter: &'s dyn Linter,
    front_matter: String,
}

impl<'s> Validator<'s> {
    pub fn new(facts: &Facts, linter: &'s dyn Linter) -> Self {
        Validator {
            linter,
            front_matter: synthetic_front_matter(facts),
        }
    }

    /// The findings at warning or above that are about `title`; empty when
    /// it may be printed.
    pub fn blocking(&self, title: &str) -> Vec<Diagnostic> {
        let note = self.note_titled(title);
        // A rule set below warning finds nothing at warning or above: a
        // finding takes the configured severity or less.
        let runs =
            |rule: &str, severity: Severity| severity >= Severity::Warning && !is_whole_note(rule);
        let diagnostics = self.linter.lint_rules(&note, &runs);
        about_title(&note, diagnostics)
    }

    /// The synthetic Note with `title`.
    fn note_titled(&self, title: &str) -> Note {
        let source = format!("---\n{}---\n{title}\n", self.front_matter);
        Note::parse("title.md", source, NoteFormat::Markdown)
    }
}

/// Whether `rule` judges the whole Note rather than its title.
fn is_whole_note(rule: &str) -> bool {
    Titles::builtin()
        .whole_note_rules
        .iter()
        .any(|id| id == rule)
}

/// The findings of `diagnostics` at warning or above about the title of
/// `note`, their spans made relative to it.
fn about_title(note: &Note, diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let Some(title_span) = note.title.as_ref().map(|t| t.span.clone()) else {
        return Vec::new();
    };
    diagnostics
        .into_iter()
        .filter(|d| {
            d.severity >= Severity::Warning
                && !is_whole_note(d.rule)
                && d.span.start < title_span.end
                && title_span.start < d.span.end.max(d.span.start + 1)
        })
        .map(|mut d| {
            // Point into the title itself, for messages.
            d.span = d.span.start.saturating_sub(title_span.start)
                ..d.span.end.saturating_sub(title_span.start);
            d
        })
        .collect()
}

/// Front matter declaring `facts` as a Note would, so that every rule —
/// `title-scarcity` seeing a sale Note, claims checked against the sale —
/// judges the title against them.
///
/// Written line by line rather than through `serde_yaml`'s emitter, which
/// cost as much as linting a candidate: a batch suggests a title for
/// every Note whose title buries its scarcity. Strings are double-quoted,
/// which reads back as the same string whatever it holds; the tests hold
/// the block to what `serde_yaml` writes, read back.
fn synthetic_front_matter(facts: &Facts) -> String {
    let mut yaml = String::with_capacity(256);
    field(&mut yaml, "", "product", &quoted(&facts.product));
    if let Some(category) = &facts.category {
        field(&mut yaml, "", "category", &quoted(category));
    }
    // A Note that links its product: the purchase path is not the title's
    // business.
    field(&mut yaml, "", "store_link", "true");
    let times = facts.declared_times();
    let time = |t: jiff::Timestamp| {
        quoted(
            &t.to_zoned(china_time())
                .strftime("%Y-%m-%dT%H:%M:%S%:z")
                .to_string(),
        )
    };
    if let Some(publish_at) = times.publish_at {
        field(&mut yaml, "", "publish_at", &time(publish_at));
    }
    let mut sale = String::new();
    if let Some(start) = times.start {
        field(&mut sale, "  ", "start", &time(start));
    }
    if let Some(end) = times.end {
        field(&mut sale, "  ", "end", &time(end));
    }
    if let Some(stock) = facts.stock {
        field(&mut sale, "  ", "stock", &stock.to_string());
    }
    if let Some(price) = facts.price {
        field(&mut sale, "  ", "price", &number(price.as_yuan()));
    }
    if let Some(original) = facts.original_price {
        field(
            &mut sale,
            "  ",
            "original_price",
            &number(original.as_yuan()),
        );
    }
    if let Some(occasion) = &facts.festival
        && FESTIVALS.contains(&occasion.festival.id.as_str())
    {
        field(&mut sale, "  ", "festival", &quoted(&occasion.festival.id));
    }
    // Always a `sale`, so the synthetic Note is a sale Note.
    if sale.is_empty() {
        field(&mut yaml, "", "sale", "{}");
    } else {
        yaml.push_str("sale:\n");
        yaml.push_str(&sale);
    }
    yaml
}

/// Appends `key: value` on a line of its own.
fn field(yaml: &mut String, indent: &str, key: &str, value: &str) {
    yaml.push_str(indent);
    yaml.push_str(key);
    yaml.push_str(": ");
    yaml.push_str(value);
    yaml.push('\n');
}

/// `text` as a YAML double-quoted scalar: `"` and `\\` escaped, and every
/// character YAML does not print as is (a line break, a control, the line
/// and paragraph separators, the byte-order mark) written as a `\u`
/// escape; all of them lie in the Basic Multilingual Plane.
fn quoted(text: &str) -> String {
    use std::fmt::Write as _;
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c != '\n' && is_plain_char(c) => out.push(c),
            c => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
        }
    }
    out.push('"');
    out
}

/// A number of yuan as `serde_yaml` writes a float (`199.0`, `9.9`).
fn number(yuan: f64) -> String {
    serde_yaml::Number::from(yuan).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::title::facts::{Input, Inputs};

    fn facts() -> Facts {
        let inputs = Inputs {
            product: Some(Input::flag("--product", "玻尿酸精华".to_string())),
            hours: Some(Input::flag("--hours", 48)),
            stock: Some(Input::flag("--stock", 200)),
            price: Some(Input::flag("--price", 199.0)),
            original_price: Some(Input::flag("--original-price", 299.0)),
            date: Some(Input::flag("--date", "2026-06-16".to_string())),
            ..Inputs::default()
        };
        Facts::resolve(inputs, None).expect("valid facts")
    }

    #[test]
    fn the_synthetic_note_declares_the_facts() {
        let yaml = synthetic_front_matter(&facts());
        assert_eq!(
            yaml,
            "product: \"玻尿酸精华\"\nstore_link: true\npublish_at: \"2026-06-16T20:00:00+08:00\"\nsale:\n  start: \"2026-06-16T20:00:00+08:00\"\n  end: \"2026-06-18T20:00:00+08:00\"\n  stock: 200\n  price: 199.0\n  original_price: 299.0\n"
        );
    }

    /// The front matter as `serde_yaml`'s emitter wrote it before.
    fn emitted_by_serde_yaml(facts: &Facts) -> String {
        use serde_yaml::{Mapping, Value};
        let mut root = Mapping::new();
        let put = |map: &mut Mapping, key: &str, value: Value| {
            map.insert(Value::String(key.to_string()), value);
        };
        put(&mut root, "product", Value::String(facts.product.clone()));
        if let Some(category) = &facts.category {
            put(&mut root, "category", Value::String(category.clone()));
        }
        put(&mut root, "store_link", Value::Bool(true));
        let times = facts.declared_times();
        let time = |t: jiff::Timestamp| {
            Value::String(
                t.to_zoned(china_time())
                    .strftime("%Y-%m-%dT%H:%M:%S%:z")
                    .to_string(),
            )
        };
        if let Some(publish_at) = times.publish_at {
            put(&mut root, "publish_at", time(publish_at));
        }
        let mut sale = Mapping::new();
        if let Some(start) = times.start {
            put(&mut sale, "start", time(start));
        }
        if let Some(end) = times.end {
            put(&mut sale, "end", time(end));
        }
        if let Some(stock) = facts.stock {
            put(&mut sale, "stock", Value::Number(stock.into()));
        }
        if let Some(price) = facts.price {
            put(&mut sale, "price", Value::Number(price.as_yuan().into()));
        }
        if let Some(original) = facts.original_price {
            put(
                &mut sale,
                "original_price",
                Value::Number(original.as_yuan().into()),
            );
        }
        if let Some(occasion) = &facts.festival
            && FESTIVALS.contains(&occasion.festival.id.as_str())
        {
            put(
                &mut sale,
                "festival",
                Value::String(occasion.festival.id.clone()),
            );
        }
        put(&mut root, "sale", Value::Mapping(sale));
        serde_yaml::to_string(&Value::Mapping(root)).expect("emitted")
    }

    #[test]
    fn the_front_matter_reads_back_as_serde_yaml_wrote_it() {
        let read = |yaml: &str| {
            serde_yaml::from_str::<serde_yaml::Value>(yaml)
                .unwrap_or_else(|e| panic!("{yaml}: {e}"))
        };
        let products = [
            "玻尿酸精华",
            "yes",
            "null",
            "123",
            "0x1F",
            "-面膜",
            "#好物",
            "a: b",
            "it's",
            "\"双引号\"",
            "back\\slash",
            "tab\there",
            "line\nbreak",
            "nel\u{85}del\u{7f}",
            "sep\u{2028}bom\u{feff}",
            "bell\u{7}",
            "emoji 🍑 and \u{10ffff}",
            " padded ",
        ];
        let settings = Settings::default();
        let engine = crate::lint::Engine::new(&settings);
        let mut checked = 0;
        for product in products {
            for (category, price, stock, date) in [
                (None, None, None, None),
                (Some("beauty"), Some(9.9), Some(50), Some("2026-12-12")),
                (Some("food"), Some(199.0), Some(1), Some("2026-06-18")),
            ] {
                let inputs = Inputs {
                    product: Some(Input::flag("--product", product.to_string())),
                    hours: Some(Input::flag("--hours", 24)),
                    category: category.map(|c: &str| Input::flag("--category", c.to_string())),
                    price: price.map(|p| Input::flag("--price", p)),
                    stock: stock.map(|s| Input::flag("--stock", s)),
                    date: date.map(|d: &str| Input::flag("--date", d.to_string())),
                    ..Inputs::default()
                };
                let Ok(facts) = Facts::resolve(inputs, None) else {
                    continue;
                };
                let mine = synthetic_front_matter(&facts);
                assert_eq!(read(&mine), read(&emitted_by_serde_yaml(&facts)), "{mine}");
                // Candidates are judged alike against either: the same
                // findings, at the same places in the title.
                let ours = Validator::new(&facts, &engine);
                let reference = Validator {
                    linter: &engine,
                    front_matter: emitted_by_serde_yaml(&facts),
                };
                let judged = |validator: &Validator, title: &str| {
                    validator
                        .blocking(title)
                        .into_iter()
                        .map(|d| (d.rule, d.severity, d.span, d.message))
                        .collect::<Vec<_>>()
                };
                for title in [
                    "限时24小时 | 好物 限量优惠",
                    "全网最低价 好物 真的很好用 限时24小时",
                ] {
                    assert_eq!(judged(&ours, title), judged(&reference, title), "{mine}");
                }
                checked += 1;
            }
        }
        assert!(checked >= 30, "{checked} fact sets resolved");
    }

    #[test]
    fn a_title_breaking_a_rule_is_blocked_and_a_good_one_is_not() {
        let settings = Settings::default();
        let engine = crate::lint::Engine::new(&settings);
        let validator = Validator::new(&facts(), &engine);
        assert!(
            validator
                .blocking("限时48小时 | 玻尿酸精华 限量优惠")
                .is_empty()
        );
        let late = validator.blocking("玻尿酸精华补水保湿真的很好用 限时48小时");
        assert_eq!(
            late.iter().map(|d| d.rule).collect::<Vec<_>>(),
            ["title-scarcity"]
        );
        let absolute = validator.blocking("限时48小时 | 全网最好用的玻尿酸精华");
        assert_eq!(
            absolute.iter().map(|d| d.rule).collect::<Vec<_>>(),
            ["absolute-claim"]
        );
    }

    #[test]
    fn the_rules_left_out_find_nothing_that_would_block() {
        let settings = Settings::default();
        let engine = crate::lint::Engine::new(&settings);
        let validator = Validator::new(&facts(), &engine);
        let mut left_out = std::collections::BTreeSet::new();
        for title in [
            "限时48小时 | 玻尿酸精华 限量优惠",
            "¥199 玻尿酸精华 补水保湿 限时48小时",
            "#玻尿酸精华 #好物 限时48小时",
            "家人们！限时48小时 玻尿酸精华 私信领券",
            "玻尿酸精华 限量50份 最后一天 医生推荐",
            "限时48小时 | 玻尿酸精华 评论区扣1抽奖",
        ] {
            let note = validator.note_titled(title);
            let all = Linter::lint(&engine, &note);
            left_out.extend(
                all.iter()
                    .filter(|d| {
                        let rule = crate::rules::find(d.rule).expect("a rule");
                        let severity = settings.severity(rule.meta());
                        is_whole_note(d.rule) || severity < Some(Severity::Warning)
                    })
                    .map(|d| d.rule),
            );
            assert_eq!(
                validator.blocking(title),
                about_title(&note, all),
                "{title}"
            );
        }
        // The titles reach rules that are left out, both for judging the
        // whole Note and for being set below warning.
        assert!(left_out.contains("hashtag-count"), "{left_out:?}");
        assert!(left_out.contains("hashtag-mix"), "{left_out:?}");
    }
}
