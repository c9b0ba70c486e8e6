//! `xhslint rules` and `xhslint explain RULE`.

use std::io::{IsTerminal, Write};

use super::args::{ExplainArgs, ListFormat, RulesArgs};
use super::exit;
use crate::rule_docs;

pub fn rules(args: &RulesArgs) -> u8 {
    let text = match args.format {
        ListFormat::Human => rule_docs::table(),
        ListFormat::Json => rule_docs::json(),
    };
    print(&text);
    exit::CLEAN
}

pub fn explain(args: &ExplainArgs) -> u8 {
    let Some(meta) = rule_docs::find(&args.rule) else {
        let ids: Vec<&str> = rule_docs::catalogue().iter().map(|m| m.id).collect();
        let hint = crate::config::did_you_mean(&args.rule, &ids)
            .map(|c| format!(" (did you mean `{c}`?)"))
            .unwrap_or_default();
        eprintln!(
            "error: unknown rule `{}`{hint} — the rules are: {}",
            args.rule,
            ids.join(", ")
        );
        return exit::TROUBLE;
    };
    colored::control::set_override(
        std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            && std::io::stdout().is_terminal(),
    );
    print(&rule_docs::terminal_page(meta));
    exit::CLEAN
}

fn print(text: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(text.as_bytes());
    let _ = stdout.flush();
}
