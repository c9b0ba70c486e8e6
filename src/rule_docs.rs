//! Rule documentation, written once in each rule's `declare_rule!` doc
//! comment and rendered three ways: the `xhslint rules` table (text or
//! JSON), the `xhslint explain RULE` page in the terminal, and the
//! `docs/rules/RULE.md` pages committed in the repository (kept current by
//! `tests/rule_docs.rs`; regenerate with `UPDATE_DOCS=1 cargo test --test
//! rule_docs`).

use colored::Colorize;
use serde::Serialize;

use crate::config::options;
use crate::plan;
use crate::report::rule_url;
use crate::rules::{self, RuleMeta};
use crate::settings::Settings;

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
    let defaults = Settings::default();
    meta.options
        .iter()
        .map(|option| {
            let value = options::get(&defaults, meta.id, option.name)
                .map(|v| v.to_string())
                .or_else(|| plan::rules::default_option(meta, option.name).map(|v| v.to_string()))
                .unwrap_or_else(|| "-".to_string());
            (option.name, value)
        })
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

fn suppress_example(meta: &RuleMeta) -> String {
    if is_plan_rule(meta) {
        return format!(
            "  - id: live-0612\n    xhslint: {{disable: [{}]}}  # why a person judged it fine",
            meta.id
        );
    }
    format!(
        "<!-- xhslint-disable-next-line {} -- why a person judged it fine -->",
        meta.id
    )
}

fn yes_no(flag: bool) -> &'static str {
    if flag { "yes" } else { "no" }
}

/// The Markdown page `docs/rules/RULE.md`.
pub fn markdown_page(meta: &RuleMeta) -> String {
    let (source, config_in, waive, waive_lang) = if is_plan_rule(meta) {
        (
            "src/plan/rules/",
            "the campaign file",
            "To waive it for one stream, window, bundle or Note a person has checked, list it in that entry's `xhslint.disable` (or in the top-level `xhslint.disable` for the whole file):",
            "yaml",
        )
    } else {
        (
            "src/rules/",
            "`.xhslint.yaml`",
            "To waive one finding a person has checked, put this on the line above it:",
            "markdown",
        )
    };
    format!(
        "<!-- Generated from the rule's doc comment in {source}. Edit it there, then run `{REGENERATE}`. -->\n\
         # {id}\n\n\
         {summary}\n\n\
         - Default severity: **{severity}**\n\
         - Fixable with `--fix`: {fixable}\n\n\
         {body}\n\n\
         ## Configure\n\n\
         In {config_in}:\n\n\
         ```yaml\n{config}\n```\n\n\
         {waive}\n\n\
         ```{waive_lang}\n{suppress}\n```\n",
        id = meta.id,
        summary = meta.summary,
        severity = meta.default_severity,
        fixable = yes_no(meta.fixable),
        body = body(meta),
        config = config_example(meta),
        suppress = suppress_example(meta),
    )
}

/// The index page `docs/rules/README.md`.
pub fn index_page() -> String {
    let mut page = format!(
        "<!-- Generated from the rules' doc comments in src/rules/. Run `{REGENERATE}` after editing them. -->\n\
         # Rules\n\n\
         `xhslint rules` prints this table; `xhslint explain RULE` prints a page.\n\n\
         | rule | default | fixable | checks |\n\
         | --- | --- | --- | --- |\n"
    );
    for meta in catalogue() {
        page.push_str(&format!(
            "| [`{id}`]({id}.md) | {severity} | {fixable} | {summary} |\n",
            id = meta.id,
            severity = meta.default_severity,
            fixable = yes_no(meta.fixable),
            summary = meta.summary.replace('|', "\\|"),
        ));
    }
    page
}

/// Every page of `docs/rules/`, by file name.
pub fn pages() -> Vec<(String, String)> {
    let mut pages: Vec<(String, String)> = catalogue()
        .into_iter()
        .map(|meta| (format!("{}.md", meta.id), markdown_page(meta)))
        .collect();
    pages.push(("README.md".to_string(), index_page()));
    pages
}

/// The rule's page for a terminal: headings emphasised, code indented.
pub fn terminal_page(meta: &RuleMeta) -> String {
    let mut out = format!(
        "{}: {}\n{}\n",
        meta.id.bold(),
        meta.summary,
        format!(
            "default severity {} · fixable: {} · {}",
            meta.default_severity,
            yes_no(meta.fixable),
            rule_url(meta.id)
        )
        .dimmed()
    );
    let text = format!(
        "{}\n\n## Configure\n```yaml\n{}\n```\n\n## Suppress one finding\n```markdown\n{}\n```",
        body(meta),
        config_example(meta),
        suppress_example(meta)
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

/// The `xhslint rules` table.
pub fn table() -> String {
    let metas = catalogue();
    let id_width = metas.iter().map(|m| m.id.len()).max().unwrap_or(4).max(4);
    let mut out = format!(
        "{:id_width$}  {:8}  {:7}  {}\n",
        "RULE", "DEFAULT", "FIXABLE", "CHECKS"
    );
    for meta in metas {
        out.push_str(&format!(
            "{:id_width$}  {:8}  {:7}  {}\n",
            meta.id,
            meta.default_severity.as_str(),
            yes_no(meta.fixable),
            meta.summary
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
    summary: &'static str,
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

/// The `xhslint rules --format json` catalogue.
pub fn json() -> String {
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
                    summary: meta.summary,
                    url: rule_url(meta.id),
                    options: meta
                        .options
                        .iter()
                        .zip(defaults)
                        .map(|(option, (_, default))| JsonOption {
                            name: option.name,
                            kind: match option.kind {
                                rules::OptionKind::Units => "units",
                                rules::OptionKind::Count => "count",
                            },
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
    fn the_config_example_shows_options_with_defaults() {
        let meta = rules::find("hashtag-count").expect("rule").meta();
        assert_eq!(
            config_example(meta),
            "rules:\n  hashtag-count: {severity: warning, min: 5, max: 8}  # severity: off | info | warning | error"
        );
    }
}
