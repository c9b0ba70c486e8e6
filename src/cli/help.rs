//! `--help` in the chosen language. The English is clap's, from the doc
//! comments on the arguments (as a rule's English is its doc comment); in
//! Chinese every about and help text is replaced by its message
//! `cli-help-…` of `locales/zh/cli.ftl`, and the headings, the listed
//! values and defaults are written in Chinese too.

use std::ffi::OsString;

use clap::Command;
use clap::builder::Resettable;

use crate::i18n::{self, Arg, Join, Lang, Msg};

/// The language `--help` speaks: `--lang` on the command line, else the
/// environment and the locale (the config is not read before parsing).
pub fn language(args: &[OsString]) -> Lang {
    i18n::choose_from_env(flag(args), None)
}

/// The value of `--lang` among `args`, before `--`.
fn flag(args: &[OsString]) -> Option<Lang> {
    let mut args = args.iter().skip(1).map(|a| a.to_str().unwrap_or_default());
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        if arg == "--lang" {
            return args.next().and_then(Lang::parse);
        }
        if let Some(value) = arg.strip_prefix("--lang=") {
            return Lang::parse(value);
        }
    }
    None
}

/// `command` speaking `lang`; English leaves it as it is.
pub fn localize(mut command: Command, lang: Lang) -> Command {
    if lang == Lang::En {
        return command;
    }
    // Built first, so the generated `--help`, `--version` and `help`
    // subcommand are there to translate; the arguments are then changed in
    // place (`mut_args`), keeping the order clap indexed them in.
    command.build();
    localize_command(command, lang, "")
}

/// The message id of a command's about: `cli-help-xhslint` for the root,
/// `cli-help-check` for `xhslint check`.
pub fn about_id(path: &str) -> String {
    // `xhslint help check` names `check` as `check` itself does.
    let path = match path.strip_prefix("help-") {
        Some(rest) => rest,
        None => path,
    };
    if path.is_empty() {
        "cli-help-xhslint".to_string()
    } else {
        format!("cli-help-{path}")
    }
}

/// The message id of an argument's help: global arguments and the
/// generated `--help` / `--version` once for all commands, the others per
/// command (`cli-help-check-format`).
pub fn arg_id(path: &str, arg: &clap::Arg) -> String {
    let id = arg.get_id().as_str();
    if matches!(id, "help" | "version") {
        format!("cli-help-flag-{id}")
    } else if arg.is_global_set() || path.is_empty() {
        format!("cli-help-xhslint-{id}")
    } else {
        format!("cli-help-{path}-{id}")
    }
}

fn message(lang: Lang, id: &str) -> Option<String> {
    i18n::has_message(lang, id).then(|| Msg::new(id.to_string()).render(lang))
}

fn localize_command(mut command: Command, lang: Lang, path: &str) -> Command {
    if let Some(about) = message(lang, &about_id(path)) {
        command = command.about(about).long_about(Resettable::Reset);
    }
    if let Some(examples) = message(lang, &format!("{}-examples", about_id(path))) {
        command = command
            .after_help(examples)
            .after_long_help(Resettable::Reset);
    }
    let usage = i18n::text(lang, "cli-help-heading-usage");
    command = command
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{usage}{{usage}}\n\n{{all-args}}{{after-help}}"
        ))
        .subcommand_help_heading(i18n::text(lang, "cli-help-heading-commands"));
    let arguments = i18n::text(lang, "cli-help-heading-arguments");
    let options = i18n::text(lang, "cli-help-heading-options");
    command = command.mut_args(|arg| {
        let heading = if arg.is_positional() {
            arguments.clone()
        } else {
            options.clone()
        };
        localize_arg(arg, lang, path).help_heading(heading)
    });
    command.mut_subcommands(|sub| {
        let path = if path.is_empty() {
            sub.get_name().to_string()
        } else {
            format!("{path}-{}", sub.get_name())
        };
        localize_command(sub, lang, &path)
    })
}

fn localize_arg(mut arg: clap::Arg, lang: Lang, path: &str) -> clap::Arg {
    let Some(mut help) = message(lang, &arg_id(path, &arg)) else {
        return arg;
    };
    let mut notes: Vec<Msg> = Vec::new();
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if !values.is_empty() && !arg.is_hide_possible_values_set() && arg.get_action().takes_values() {
        notes.push(Msg::new("cli-help-values").arg("values", Arg::list(values, Join::Comma)));
        arg = arg.hide_possible_values(true);
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && !arg.is_hide_default_value_set() && arg.get_action().takes_values() {
        notes.push(Msg::new("cli-help-default").arg("value", Arg::list(defaults, Join::Comma)));
        arg = arg.hide_default_value(true);
    }
    if !notes.is_empty() {
        // The values are listed with `、`; the two notes part with `；`.
        let notes: Vec<String> = notes.iter().map(|n| n.render(lang)).collect();
        let notes = notes.join("；");
        help = Msg::new("cli-help-with-notes")
            .arg("help", help)
            .arg("notes", notes)
            .render(lang);
    }
    arg.help(help).long_help(Resettable::Reset)
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    /// Every command and argument `--help` shows, with its message id.
    fn shown(command: &Command, path: &str, out: &mut Vec<String>) {
        if command.get_about().is_some() {
            out.push(about_id(path));
        }
        for arg in command.get_arguments() {
            if !arg.is_hide_set() && arg.get_help().is_some() {
                out.push(arg_id(path, arg));
            }
        }
        for sub in command.get_subcommands() {
            if sub.is_hide_set() {
                continue;
            }
            let path = if path.is_empty() {
                sub.get_name().to_string()
            } else {
                format!("{path}-{}", sub.get_name())
            };
            shown(sub, &path, out);
        }
    }

    #[test]
    fn every_command_and_argument_has_its_chinese_help() {
        let mut command = super::super::Cli::command();
        command.build();
        let mut ids = Vec::new();
        shown(&command, "", &mut ids);
        let missing: Vec<&String> = ids
            .iter()
            .filter(|id| !i18n::has_message(Lang::Zh, id))
            .collect();
        assert!(missing.is_empty(), "no Chinese help: {missing:?}");
        assert!(ids.len() > 40, "{ids:?}");
    }

    #[test]
    fn the_flag_is_read_before_parsing() {
        let args = |list: &[&str]| list.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            flag(&args(&["xhslint", "--lang", "zh", "check"])),
            Some(Lang::Zh)
        );
        assert_eq!(
            flag(&args(&["xhslint", "check", "--lang=en"])),
            Some(Lang::En)
        );
        assert_eq!(flag(&args(&["xhslint", "check", "--", "--lang"])), None);
        assert_eq!(flag(&args(&["xhslint", "check"])), None);
    }
}
