//! Command-line arguments (clap derive).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

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
}
