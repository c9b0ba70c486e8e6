//! Command-line arguments (clap derive).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::config::ConfigChoice;

const EXAMPLES: &str = "\
Examples:
  xhslint check notes/                  lint every Note under notes/
  xhslint check note.md --format json   machine-readable findings
  cat note.md | xhslint check - --stdin-filename note.md
  xhslint check --deny warnings .       fail on warnings too (CI)
  xhslint check --format github .       annotations in a GitHub Actions log
  xhslint check --format sarif . > xhslint.sarif
  xhslint check --input jsonl export.jsonl --format jsonl
  xhslint check --fix notes/            apply the safe, machine-applicable fixes
  xhslint check --diff notes/           show those fixes without writing";

const TITLE_EXAMPLES: &str = "\
Examples:
  xhslint title --product 玻尿酸精华 --hours 48 --stock 200
  xhslint title --product 玻尿酸精华 --days 2 --price 199 --original-price 299 --benefit 补水保湿
  xhslint title --product 玻尿酸精华 --hours 48 --festival auto --date 2026-06-16 --format json
  xhslint title --from note.md          facts from the Note's front matter";

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
    /// Write compliant, urgency-led titles from the sale's facts.
    #[command(after_help = TITLE_EXAMPLES)]
    Title(TitleArgs),
    /// Run the language server on stdin/stdout (for editors).
    Lsp(LspArgs),
    /// Serve the review page and its JSON API on a local port.
    #[command(after_help = "\
Examples:
  xhslint serve                         http://127.0.0.1:8787/
  xhslint serve --port 9000 --config brand/.xhslint.yaml")]
    Serve(crate::serve::ServeArgs),
    /// Print a shell completion script.
    #[command(after_help = "\
Examples:
  xhslint completions bash > ~/.local/share/bash-completion/completions/xhslint
  xhslint completions zsh > \"${fpath[1]}/_xhslint\"
  xhslint completions fish > ~/.config/fish/completions/xhslint.fish
  xhslint completions powershell >> $PROFILE")]
    Completions(CompletionsArgs),
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

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Colored, rustc-style diagnostics.
    Human,
    /// The versioned JSON report (schema/report.schema.json).
    Json,
    /// One JSON diagnostic a line.
    Jsonl,
    /// GitHub Actions annotations (`::error file=…,line=…::…`).
    Github,
    /// SARIF 2.1.0, for code scanning.
    Sarif,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Input {
    /// Markdown and plain-text Note files; directories are walked.
    Notes,
    /// JSON Lines, one Note a line: {"id", "title", "body", "tags"?}.
    Jsonl,
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

    /// How the paths are read.
    #[arg(long, value_enum, default_value_t = Input::Notes)]
    pub input: Input,

    /// Worker threads (default: one per core). Output is the same for any
    /// number.
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,

    /// Apply machine-applicable fixes and write the files (atomically).
    #[arg(long, conflicts_with = "diff")]
    pub fix: bool,

    /// Print the fixes `--fix` would make as a unified diff; write nothing.
    /// Exits 1 when a file would change.
    #[arg(long)]
    pub diff: bool,
}

#[derive(Debug, Args)]
pub struct TitleArgs {
    /// Read `product`, `sale` and `category` from a Note's front matter;
    /// flags given as well take precedence.
    #[arg(long, value_name = "NOTE")]
    pub from: Option<PathBuf>,

    /// The product's name.
    #[arg(long, value_name = "NAME")]
    pub product: Option<String>,

    /// The sale window in whole hours.
    #[arg(
        long,
        value_name = "H",
        allow_negative_numbers = true,
        conflicts_with = "days"
    )]
    pub hours: Option<i64>,

    /// The sale window in whole days.
    #[arg(long, value_name = "D", allow_negative_numbers = true)]
    pub days: Option<i64>,

    /// The units on sale; without it no title says 限量.
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub stock: Option<i64>,

    /// The sale price in CNY.
    #[arg(long, value_name = "X", allow_negative_numbers = true)]
    pub price: Option<f64>,

    /// The original price in CNY; with --price it gives the discount (N折).
    #[arg(long, value_name = "Y", allow_negative_numbers = true)]
    pub original_price: Option<f64>,

    /// What the product does for the buyer, such as 补水保湿.
    #[arg(long, value_name = "B")]
    pub benefit: Option<String>,

    /// The product category (beauty, fashion, food, mother-baby, home,
    /// digital, other).
    #[arg(long, value_name = "C")]
    pub category: Option<String>,

    /// Tie the title to a festival (618, 双11, 双12, 520, 女王节, 七夕, 中秋,
    /// 年货节) while its window runs, or `auto` to pick the one running on
    /// --date.
    #[arg(long, value_name = "NAME|auto")]
    pub festival: Option<String>,

    /// The sale's date, for the festival calendar (default: today, China
    /// time).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,

    /// How many titles to print, best first.
    #[arg(short = 'n', value_name = "N", default_value_t = 5,
          value_parser = clap::value_parser!(u16).range(1..=100))]
    pub count: u16,

    /// Output format.
    #[arg(long, value_enum, default_value_t = TitleFormat::Human)]
    pub format: TitleFormat,

    /// The config whose rules the titles must pass: that of the `--from`
    /// Note, else that of a Note in the current directory.
    #[command(flatten)]
    pub config: ConfigArgs,
}

/// How `xhslint title` prints its titles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TitleFormat {
    /// A ranked table.
    Human,
    /// The titles with their units, scores and claims.
    Json,
}

#[derive(Debug, Args)]
pub struct LspArgs {
    /// Talk over stdin/stdout, the only transport; accepted because
    /// editor clients pass it.
    #[arg(long)]
    pub stdio: bool,

    #[command(flatten)]
    pub config: ConfigArgs,
}
