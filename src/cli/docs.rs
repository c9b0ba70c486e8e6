//! `xhslint rules` and `xhslint explain RULE`.

use std::io::{IsTerminal, Write};

use super::args::{ExplainArgs, ListFormat, RulesArgs};
use super::exit;
use crate::i18n::{self, Lang, Msg};
use crate::rule_docs;

/// The language of `rules` and `explain`: the flag, else the environment
/// and the config the current directory uses.
fn language(lang: Option<Lang>) -> Lang {
    lang.unwrap_or_else(|| {
        let config = || {
            let here = std::env::current_dir().ok()?.join("note.md");
            crate::config::ConfigResolver::new(crate::config::ConfigChoice::Discover)
                .settings_for(&here)
                .ok()
                .and_then(|s| s.lang)
        };
        i18n::choose_from_env(None, config())
    })
}

pub fn rules(args: &RulesArgs, lang: Option<Lang>) -> u8 {
    let lang = language(lang);
    let text = match args.format {
        ListFormat::Human => rule_docs::table(lang),
        ListFormat::Json => rule_docs::json(lang),
    };
    print(&text);
    exit::CLEAN
}

pub fn explain(args: &ExplainArgs, lang: Option<Lang>) -> u8 {
    let lang = language(lang);
    let Some(meta) = rule_docs::find(&args.rule) else {
        let ids: Vec<&str> = rule_docs::catalogue().iter().map(|m| m.id).collect();
        let hint = crate::config::did_you_mean(&args.rule, &ids)
            .map(|c| Msg::new("docs-did-you-mean").arg("rule", c).render(lang))
            .unwrap_or_default();
        let message = Msg::new("docs-unknown-rule")
            .arg("rule", args.rule.as_str())
            .arg("hint", hint)
            .arg("rules", ids.join(", "))
            .render(lang);
        eprintln!("{}: {message}", i18n::text(lang, "human-error"));
        return exit::TROUBLE;
    };
    colored::control::set_override(
        std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            && std::io::stdout().is_terminal(),
    );
    print(&rule_docs::terminal_page(meta, lang));
    exit::CLEAN
}

fn print(text: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(text.as_bytes());
    let _ = stdout.flush();
}
