//! The command line: argument parsing and the subcommands.

mod args;
mod check;
mod docs;
mod help;
mod init;
mod lsp;
mod plan;
pub(crate) mod title;

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

pub use args::{Cli, Command, ConfigArgs, TitleArgs, TitleFormat};
pub use title::titles_json;

/// Exit codes (SPEC 7).
pub use crate::report::exit;

/// Runs the command line and returns the process exit code.
pub fn run() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // The language changes only what `--help`, `--version` and a usage
    // error print, never what parses, so the command is translated (a
    // tenth of a cold start in Chinese) only when clap has one to print.
    let parsed = parse(Cli::command(), &args).or_else(|err| match help::language(&args) {
        crate::i18n::Lang::En => Err(err),
        lang => parse(help::localize(Cli::command(), lang), &args),
    });
    let cli = match parsed {
        Ok(cli) => cli,
        Err(err) => {
            let _ = err.print();
            return ExitCode::from(if err.use_stderr() {
                exit::TROUBLE
            } else {
                exit::CLEAN
            });
        }
    };
    let lang = cli.lang.map(crate::i18n::Lang::from);
    let code = match cli.command {
        Command::Check(args) => check::run(args, lang),
        Command::Rules(args) => docs::rules(&args, lang),
        Command::Explain(args) => docs::explain(&args, lang),
        Command::Init(args) => init::run(&args, lang),
        Command::Title(args) => title::run(args, lang),
        Command::Lsp(args) => lsp::run(args),
        Command::Plan(args) => plan::run(&args, lang),
        Command::Serve(args) => crate::serve::run(&args, title::serve_titles, lang),
        Command::Completions(args) => completions(args.shell),
    };
    ExitCode::from(code)
}

/// The command line read by `command`, or what clap would print instead.
fn parse(mut command: clap::Command, args: &[std::ffi::OsString]) -> Result<Cli, clap::Error> {
    let mut matches = command.try_get_matches_from_mut(args)?;
    Cli::from_arg_matches_mut(&mut matches).map_err(|err| err.format(&mut command))
}

/// Writes the completion script for `shell` to stdout.
fn completions(shell: clap_complete::Shell) -> u8 {
    let mut command = Cli::command();
    clap_complete::generate(shell, &mut command, "xhslint", &mut std::io::stdout());
    exit::CLEAN
}
