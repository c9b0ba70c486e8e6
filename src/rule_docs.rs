//! Rule documentation, written once in each rule's `declare_rule!` doc
//! comment and rendered three ways: the `xhslint rules` table (text or
//! JSON), the `xhslint explain RULE` page in the terminal, and the
//! `docs/rules/RULE.md` pages committed in the repository (kept current by
//! `tests/rule_docs.rs`; regenerate with `UPDATE_DOCS=1 cargo test --test
//! rule_docs`).
//!
//! Each comes in English and Chinese. The English is the doc comment; the
//! Chinese of each rule's summary and prose sections is in
//! `locales/zh/docs.ftl` (`rule-doc-RULE-summary`, `-what`, `-why`,
//! `-options`, and `-bad`/`-good` where the example is prose), next to the
//! shared labels of both languages. The examples are shared. A rule with
//! declared options gets its Options section from the declaration
//! ([`RuleMeta::options_markdown`]).

use colored::Colorize;
use serde::Serialize;

use crate::i18n::{Lang, Msg, text};
use crate::plan;
use crate::report::rule_url;
use crate::rules::{self, RuleMeta};

/// The sections every rule's documentation has, in order.
pub const SECTIONS: &[&str] = &[
    "What it checks",
    "Why it matters for the sale",
    "Bad",
    "Good",
    "Options",
];

/// The command that regenerates the pages.
pub const REGENERATE: &str = "UPDATE_DOCS=1 cargo test --test rule_docs";

/// Every rule's declaration: the Note rules, then the plan rules.
pub fn catalogue() -> Vec<&'static RuleMeta> {
    rules::all()
        .iter()
        .map(|r| r.meta())
        .chain(plan::rules::all().iter().map(|r| r.meta()))
        .collect()
}

/// The declaration of the rule with this id, Note or plan rule.
pub fn find(id: &str) -> Option<&'static RuleMeta> {
    catalogue().into_iter().find(|meta| meta.id == id)
}

/// Whether the rule checks campaign plans rather than Notes.
fn is_plan_rule(meta: &RuleMeta) -> bool {
    plan::rules::find(meta.id).is_some()
}

/// A rule's options with their defaults, e.g. `[("max_units", "20")]`.
pub fn option_defaults(meta: &RuleMeta) -> Vec<(&'static str, String)> {
    meta.options
        .iter()
        .map(|option| (option.name, option.default.to_string()))
        .collect()
}

/// The rule's documentation, with an Options section even when the rule has
/// nothing to say beyond its severity.
fn body(meta: &RuleMeta) -> String {
    let doc = meta.doc_markdown();
    if doc.contains("## Options") {
        doc
    } else {
        format!("{doc}\n\n## Options\nOnly its severity.")
    }
}

/// The Fluent id of a section's Chinese, by its English heading.
fn section_key(heading: &str) -> Option<&'static str> {
    match heading {
        "What it checks" => Some("what"),
        "Why it matters for the sale" => Some("why"),
        "Bad" => Some("bad"),
        "Good" => Some("good"),
        "Options" => Some("options"),
        _ => None,
    }
}

/// The Chinese of a rule's text `rule-doc-RULE-KEY`, if written.
pub fn zh_entry(meta: &RuleMeta, key: &str) -> Option<String> {
    let id = format!("rule-doc-{}-{key}", meta.id);
    crate::i18n::has_message(Lang::Zh, &id).then(|| Msg::new(id).render(Lang::Zh))
}

/// The rule's one-line summary in `lang`.
pub fn summary(meta: &RuleMeta, lang: Lang) -> String {
    match lang {
        Lang::En => meta.summary.to_string(),
        Lang::Zh => zh_entry(meta, "summary").unwrap_or_else(|| meta.summary.to_string()),
    }
}

/// The rule's documentation in `lang` (the sections of its page, from
/// What it checks to Options): in Chinese, each section's heading and prose
/// are replaced by their Chinese; an example with no Chinese of its own is
/// shared.
pub fn body_in(meta: &RuleMeta, lang: Lang) -> String {
    let english = body(meta);
    if lang == Lang::En {
        return english;
    }
    let mut out = Vec::new();
    for (index, section) in english.split("\n## ").enumerate() {
        let section = if index == 0 {
            section.strip_prefix("## ").unwrap_or(section)
        } else {
            section
        };
        let (heading, content) = section.split_once('\n').unwrap_or((section, ""));
        let Some(key) = section_key(heading) else {
            out.push(format!("## {section}"));
            continue;
        };
        let content = match zh_entry(meta, key) {
            _ if key == "options" && !meta.options.is_empty() => meta.options_markdown(lang),
            Some(zh) => zh,
            None if content.trim() == "Only its severity." => text(lang, "docs-only-severity"),
            None => content.trim_end().to_string(),
        };
        let heading = Msg::new(format!("docs-heading-{key}")).render(lang);
        out.push(format!("## {heading}\n{content}"));
    }
    out.join("\n\n")
}

/// The YAML that sets the rule's severity (and options, with their defaults).
fn config_example(meta: &RuleMeta) -> String {
    let severity = meta.default_severity.as_str();
    let defaults = option_defaults(meta);
    if is_plan_rule(meta) {
        let options: String = defaults
            .iter()
            .map(|(name, value)| format!(", {name}: {value}"))
            .collect();
        return format!(
            "xhslint:\n  rules:\n    {}: {{severity: {severity}{options}}}  # severity: off | info | warning | error",
            meta.id
        );
    }
    if defaults.is_empty() {
        format!(
            "rules:\n  {}: {severity}  # off | info | warning | error",
            meta.id
        )
    } else {
        let options: String = defaults
            .iter()
            .map(|(name, value)| format!(", {name}: {value}"))
            .collect();
        format!(
            "rules:\n  {}: {{severity: {severity}{options}}}  # severity: off | info | warning | error",
            meta.id
        )
    }
}

fn suppress_example(meta: &RuleMeta, lang: Lang) -> String {
    let reason = text(lang, "docs-waive-reason");
    if is_plan_rule(meta) {
        return format!(
            "  - id: live-0612\n    xhslint: {{disable: [{}]}}  # {reason}",
            meta.id
        );
    }
    format!("<!-- xhslint-disable-next-line {} -- {reason} -->", meta.id)
}

fn yes_no(flag: bool, lang: Lang) -> String {
    text(lang, if flag { "docs-yes" } else { "docs-no" })
}

/// The severity's name: the config value in English, with its Chinese
/// after it in Chinese (`error（错误）`), since the config takes the value.
fn severity_name(meta: &RuleMeta, lang: Lang) -> String {
    let value = meta.default_severity.as_str();
    match lang {
        Lang::En => value.to_string(),
        Lang::Zh => format!("{value}（{}）", text(lang, severity_id(value))),
    }
}

fn severity_id(value: &str) -> &'static str {
    match value {
        "error" => "docs-severity-error",
        "warning" => "docs-severity-warning",
        "info" => "docs-severity-info",
        _ => "docs-severity-off",
    }
}

/// The Markdown page `docs/rules/RULE.md` (`docs/rules/zh/RULE.md` in
/// Chinese).
pub fn markdown_page(meta: &RuleMeta, lang: Lang) -> String {
    let plan = is_plan_rule(meta);
    let source = if plan {
        "src/plan/rules/"
    } else {
        "src/rules/"
    };
    let (config_in, waive, waive_lang) = if plan {
        ("docs-config-in-plan", "docs-waive-plan", "yaml")
    } else {
        ("docs-config-in-note", "docs-waive-note", "markdown")
    };
    let generated = Msg::new("docs-generated-page")
        .arg("source", source)
        .arg("command", REGENERATE)
        .render(lang);
    format!(
        "<!-- {generated} -->\n\
         # {id}\n\n\
         {summary}\n\n\
         - {severity_line}\n\
         - {fixable_line}\n\n\
         {body}\n\n\
         ## {configure}\n\n\
         {config_in}\n\n\
         ```yaml\n{config}\n```\n\n\
         {waive}\n\n\
         ```{waive_lang}\n{suppress}\n```\n",
        id = meta.id,
        summary = summary(meta, lang),
        severity_line = Msg::new("docs-default-severity")
            .arg("severity", severity_name(meta, lang))
            .render(lang),
        fixable_line = Msg::new("docs-fixable-page")
            .arg("fixable", yes_no(meta.fixable, lang))
            .render(lang),
        body = body_in(meta, lang),
        configure = text(lang, "docs-heading-configure"),
        config_in = text(lang, config_in),
        waive = text(lang, waive),
        config = config_example(meta),
        suppress = suppress_example(meta, lang),
    )
}

/// The index page `docs/rules/README.md` (`docs/rules/zh/README.md`).
pub fn index_page(lang: Lang) -> String {
    let mut page = format!(
        "<!-- {} -->\n\
         # {}\n\n\
         {}\n\n\
         | {} |\n\
         | --- | --- | --- | --- |\n",
        Msg::new("docs-generated-index")
            .arg("command", REGENERATE)
            .render(lang),
        text(lang, "docs-index-title"),
        text(lang, "docs-index-intro"),
        text(lang, "docs-index-columns"),
    );
    for meta in catalogue() {
        page.push_str(&format!(
            "| [`{id}`]({id}.md) | {severity} | {fixable} | {summary} |\n",
            id = meta.id,
            severity = severity_name(meta, lang),
            fixable = yes_no(meta.fixable, lang),
            summary = summary(meta, lang).replace('|', "\\|"),
        ));
    }
    page
}

/// Every page of `docs/rules/`, by path under it: the English pages, then
/// the Chinese ones under `zh/`.
pub fn pages() -> Vec<(String, String)> {
    let mut pages = Vec::new();
    for (lang, dir) in [(Lang::En, ""), (Lang::Zh, "zh/")] {
        for meta in catalogue() {
            pages.push((format!("{dir}{}.md", meta.id), markdown_page(meta, lang)));
        }
        pages.push((format!("{dir}README.md"), index_page(lang)));
    }
    pages
}

/// The rule's page for a terminal: headings emphasised, code indented.
pub fn terminal_page(meta: &RuleMeta, lang: Lang) -> String {
    let mut out = format!(
        "{}: {}\n{}\n",
        meta.id.bold(),
        summary(meta, lang),
        Msg::new("docs-terminal-status")
            .arg("severity", severity_name(meta, lang))
            .arg("fixable", yes_no(meta.fixable, lang))
            .arg("url", page_path(meta, lang))
            .render(lang)
            .dimmed()
    );
    let text = format!(
        "{}\n\n## {}\n```yaml\n{}\n```\n\n## {}\n```markdown\n{}\n```",
        body_in(meta, lang),
        text(lang, "docs-heading-configure"),
        config_example(meta),
        text(lang, "docs-heading-suppress"),
        suppress_example(meta, lang)
    );
    let mut in_code = false;
    for line in text.lines() {
        if line.starts_with("```") {
            in_code = !in_code;
            continue;
        }
        if in_code {
            out.push_str(&format!("    {}\n", line.cyan()));
        } else if let Some(heading) = line.strip_prefix("## ") {
            out.push_str(&format!("\n{}\n", heading.to_uppercase().bold()));
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// Where the rule's page in `lang` is in the repository.
fn page_path(meta: &RuleMeta, lang: Lang) -> String {
    match lang {
        Lang::En => rule_url(meta.id),
        Lang::Zh => format!("docs/rules/zh/{}.md", meta.id),
    }
}

/// `text` padded with spaces to `width` terminal columns (a CJK character
/// takes two).
fn pad(text: &str, width: usize) -> String {
    let used = unicode_width::UnicodeWidthStr::width(text);
    format!("{text}{}", " ".repeat(width.saturating_sub(used)))
}

/// The `xhslint rules` table.
pub fn table(lang: Lang) -> String {
    let metas = catalogue();
    let id_width = metas.iter().map(|m| m.id.len()).max().unwrap_or(4).max(4);
    let severity = |meta: &RuleMeta| match lang {
        Lang::En => meta.default_severity.as_str().to_string(),
        Lang::Zh => text(lang, severity_id(meta.default_severity.as_str())),
    };
    let width = |id: &'static str, least: usize| {
        unicode_width::UnicodeWidthStr::width(text(lang, id).as_str()).max(least)
    };
    let (severity_width, fixable_width) = (
        width("docs-table-default", 8),
        width("docs-table-fixable", 7),
    );
    let mut out = format!(
        "{}  {}  {}  {}\n",
        pad(&text(lang, "docs-table-rule"), id_width),
        pad(&text(lang, "docs-table-default"), severity_width),
        pad(&text(lang, "docs-table-fixable"), fixable_width),
        text(lang, "docs-table-checks")
    );
    for meta in metas {
        out.push_str(&format!(
            "{}  {}  {}  {}\n",
            pad(meta.id, id_width),
            pad(&severity(meta), severity_width),
            pad(&yes_no(meta.fixable, lang), fixable_width),
            summary(meta, lang)
        ));
    }
    out
}

#[derive(Serialize)]
struct JsonCatalogue {
    schema_version: u32,
    rules: Vec<JsonRule>,
}

#[derive(Serialize)]
struct JsonRule {
    id: &'static str,
    default_severity: &'static str,
    fixable: bool,
    summary: String,
    url: String,
    options: Vec<JsonOption>,
}

#[derive(Serialize)]
struct JsonOption {
    name: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    default: String,
}

/// The `xhslint rules --format json` catalogue, its summaries in `lang`
/// (ids, keys and the rest stay the same in every language).
pub fn json(lang: Lang) -> String {
    let catalogue = JsonCatalogue {
        schema_version: 1,
        rules: catalogue()
            .into_iter()
            .map(|meta| {
                let defaults = option_defaults(meta);
                JsonRule {
                    id: meta.id,
                    default_severity: meta.default_severity.as_str(),
                    fixable: meta.fixable,
                    summary: summary(meta, lang),
                    url: rule_url(meta.id),
                    options: meta
                        .options
                        .iter()
                        .zip(defaults)
                        .map(|(option, (_, default))| JsonOption {
                            name: option.name,
                            kind: option.kind.as_str(),
                            default,
                        })
                        .collect(),
                }
            })
            .collect(),
    };
    let mut text = serde_json::to_string_pretty(&catalogue).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_documents_every_section_in_order() {
        for meta in catalogue() {
            let text = body(meta);
            let mut from = 0;
            for section in SECTIONS {
                let heading = format!("## {section}\n");
                let at = text[from..]
                    .find(&heading)
                    .unwrap_or_else(|| panic!("{}: no `## {section}` after byte {from}", meta.id));
                from += at + heading.len();
            }
        }
    }

    #[test]
    fn every_declared_option_is_documented_with_its_default() {
        for meta in catalogue() {
            let options = body(meta);
            let options = &options[options.find("## Options").unwrap_or(0)..];
            for (name, default) in option_defaults(meta) {
                assert!(
                    options.contains(&format!("`{name}` (default `{default}`)")),
                    "{}: Options section does not give `{name}` (default `{default}`)",
                    meta.id
                );
            }
        }
    }

    #[test]
    fn every_rule_has_its_summary_and_prose_in_chinese() {
        for meta in catalogue() {
            for key in ["summary", "what", "why"] {
                assert!(
                    zh_entry(meta, key).is_some(),
                    "{}: no `rule-doc-{}-{key}` in locales/zh/docs.ftl",
                    meta.id,
                    meta.id
                );
            }
            for option in meta.options {
                let key = format!("option-{}", option.name);
                assert!(
                    zh_entry(meta, &key).is_some(),
                    "{}: no `rule-doc-{}-{key}`",
                    meta.id,
                    meta.id
                );
            }
            let english = body(meta);
            let options = english[english.find("## Options\n").unwrap_or(0)..].trim();
            if meta.options.is_empty() && options != "## Options\nOnly its severity." {
                assert!(
                    zh_entry(meta, "options").is_some(),
                    "{}: no `rule-doc-{}-options`",
                    meta.id,
                    meta.id
                );
            }
        }
    }

    #[test]
    fn a_number_in_the_summary_of_a_rule_with_options_is_a_declared_default() {
        // `Title over the app's 20-unit limit`: a default changed in the
        // declaration fails here until the summary follows.
        for meta in catalogue().into_iter().filter(|m| !m.options.is_empty()) {
            let defaults: Vec<String> = option_defaults(meta).into_iter().map(|(_, d)| d).collect();
            for number in meta.summary.split(|c: char| !c.is_ascii_digit()) {
                assert!(
                    number.is_empty() || defaults.iter().any(|d| d == number),
                    "{}: the summary says {number}, which is no declared default",
                    meta.id
                );
            }
        }
    }

    #[test]
    fn every_option_is_documented_with_its_default_in_chinese() {
        for meta in catalogue() {
            let zh = body_in(meta, Lang::Zh);
            for (name, default) in option_defaults(meta) {
                assert!(
                    zh.contains(&format!("`{name}`（默认 `{default}`）")),
                    "{}: the Chinese options do not give `{name}`（默认 `{default}`）",
                    meta.id
                );
            }
        }
    }

    #[test]
    fn the_chinese_page_keeps_the_examples_and_the_section_order() {
        let meta = rules::find("title-length").expect("rule").meta();
        let zh = body_in(meta, Lang::Zh);
        let headings: Vec<&str> = zh.lines().filter(|l| l.starts_with("## ")).collect();
        assert_eq!(
            headings,
            [
                "## 查什么",
                "## 为什么影响成交",
                "## 反例",
                "## 正例",
                "## 参数"
            ]
        );
        assert!(
            zh.contains("## 反例\n```text\n这瓶保湿精华真的是我今年用过最温和最好吸收的一瓶\n```")
        );
        assert_eq!(body_in(meta, Lang::En), body(meta));
    }

    #[test]
    fn the_config_example_shows_options_with_defaults() {
        let meta = rules::find("hashtag-count").expect("rule").meta();
        assert_eq!(
            config_example(meta),
            "rules:\n  hashtag-count: {severity: warning, min: 5, max: 8}  # severity: off | info | warning | error"
        );
    }
}
