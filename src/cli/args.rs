//! Command-line arguments (clap derive).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::config::ConfigChoice;

const EXAMPLES: &str = "\
Examples:
  xhslint check notes/                  lint every Note under notes/
  xhslint check note.md --format json   machine-readable findings
  cat note.md | xhslint check - --stdin-filename note.md
  xhslint check --deny warnings .       fail on warnings too (CI)";

/// A Chinese-aware linter and title generator for Xiaohongshu flash-sale Notes.
#[derive(Debug, Parser)]
#[command(name = "xhslint", version, about, after_help = EXAMPLES)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Lint Notes and report findings.
    #[command(after_help = EXAMPLES)]
    Check(CheckArgs),
    /// List every rule: id, default severity, fixable, what it checks.
    Rules(RulesArgs),
    /// Explain a rule: what it checks, why it matters, examples, options.
    Explain(ExplainArgs),
    /// Write a commented starter `.xhslint.yaml`.
    Init(InitArgs),
}

/// Which config applies (SPEC 6).
#[derive(Debug, Clone, Args)]
pub struct ConfigArgs {
    /// Use this config file for every Note instead of the nearest
    /// `.xhslint.yaml` / `xhslint.yaml` above each one.
    #[arg(long, value_name = "PATH", conflicts_with = "no_config")]
    pub config: Option<PathBuf>,

    /// Ignore config files; use the built-in defaults.
    #[arg(long)]
    pub no_config: bool,
}

impl ConfigArgs {
    pub fn choice(&self) -> ConfigChoice {
        match (&self.config, self.no_config) {
            (Some(path), _) => ConfigChoice::File(path.clone()),
            (None, true) => ConfigChoice::Defaults,
            (None, false) => ConfigChoice::Discover,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// An aligned table.
    Human,
    /// The catalogue as JSON, with each rule's options and defaults.
    Json,
}

#[derive(Debug, Args)]
pub struct RulesArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Human)]
    pub format: ListFormat,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The rule id, e.g. `absolute-claim` (`xhslint rules` lists them).
    pub rule: String,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The directory to write `.xhslint.yaml` in.
    #[arg(default_value = ".")]
    pub dir: PathBuf,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Colored, rustc-style diagnostics.
    Human,
    /// The versioned JSON report (schema/report.schema.json).
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Color when stdout is a terminal and NO_COLOR is unset.
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Deny {
    /// Warnings fail the run as errors do.
    Warnings,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files or directories to lint; `-` reads one Note from stdin.
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,

    /// Name for the Note read from stdin, used in messages and to pick its
    /// format (`.txt` is plain text).
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<String>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,

    /// When to use color in human output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Make warnings fail the run.
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub deny: Option<Deny>,

    /// Print only the findings that fail the run, without the summary.
    #[arg(long, short)]
    pub quiet: bool,

    #[command(flatten)]
    pub config: ConfigArgs,
}
