//! Command-line arguments (clap derive).

use std::path::PathBuf;

use clap::builder::{PossibleValue, StringValueParser, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};

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

const PLAN_EXAMPLES: &str = "\
Examples:
  xhslint plan                          check ./campaign.yaml
  xhslint plan campaigns/618.yaml --format sarif > plan.sarif
  xhslint plan --timeline               the campaign's days and flash windows
  xhslint plan --timeline --format json";

/// A Chinese-aware linter and title generator for Xiaohongshu flash-sale Notes.
#[derive(Debug, Parser)]
#[command(name = "xhslint", version, about, after_help = EXAMPLES)]
pub struct Cli {
    /// Language of the output: zh or en. Default: XHSLINT_LANG, else the
    /// config's `lang:`, else the locale (LC_ALL, LC_MESSAGES, LANG).
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<LangArg>,

    #[command(subcommand)]
    pub command: Command,
}

/// `--lang`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// Simplified Chinese.
    Zh,
    /// English.
    En,
}

impl From<LangArg> for crate::i18n::Lang {
    fn from(arg: LangArg) -> Self {
        match arg {
            LangArg::Zh => crate::i18n::Lang::Zh,
            LangArg::En => crate::i18n::Lang::En,
        }
    }
}

// Parsed once per process: the size of the largest variant costs nothing.
#[allow(clippy::large_enum_variant)]
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
    /// Check a campaign plan: live streams, flash windows, bundles, and the
    /// Notes that announce, sell and recap them.
    #[command(after_help = PLAN_EXAMPLES)]
    Plan(PlanArgs),
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

pub use crate::config::ConfigArgs;

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
    #[arg(value_parser = Offered(rule_ids), hide_possible_values = true)]
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

    /// Worker threads (default: one per core; at most 256). Output is the
    /// same for any number.
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u16).range(1..=256))]
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

    /// The product category.
    #[arg(long, value_name = "C", value_parser = Offered(categories))]
    pub category: Option<String>,

    /// Tie the title to a festival while its window runs: its code, as in
    /// front matter `sale.festival`, or a name such as 双11 or 春节; `auto`
    /// picks the one running on --date, `none` ties it to none.
    #[arg(long, value_name = "NAME", value_parser = Offered(festivals))]
    pub festival: Option<String>,

    /// The sale's date, for the festival calendar (default: today, China
    /// time).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,

    /// Write titles for another Note of a campaign, from its plan
    /// (`--plan`): an announcement (周五20:00直播 | …) or a recap
    /// (直播回放24小时有效 | …).
    #[arg(long, value_enum, value_name = "ROLE")]
    pub role: Option<TitleRole>,

    /// The campaign file for --role.
    #[arg(
        long,
        value_name = "FILE",
        default_value = "campaign.yaml",
        requires = "role"
    )]
    pub plan: PathBuf,

    /// The stream of the plan the title is for (needed when it has several).
    #[arg(long, value_name = "ID", requires = "role")]
    pub stream: Option<String>,

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

/// The campaign Notes `xhslint title --role` writes titles for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TitleRole {
    /// Announces a live stream days ahead.
    Announcement,
    /// Follows a live stream with its replay and code.
    Recap,
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

/// Accepts any text — checked where it is used, with a message naming the
/// input — and offers a list of values to `--help` and shell completion.
#[derive(Clone)]
struct Offered(fn() -> Vec<&'static str>);

impl TypedValueParser for Offered {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new((self.0)().into_iter().map(PossibleValue::new)))
    }
}

fn rule_ids() -> Vec<&'static str> {
    crate::rules::ids()
}

fn categories() -> Vec<&'static str> {
    crate::input::front_matter::CATEGORIES.to_vec()
}

/// The festival codes of front matter `sale.festival`, `auto` and `none`.
fn festivals() -> Vec<&'static str> {
    crate::title::festival::Calendar::builtin().codes()
}

/// `xhslint plan`: check a campaign file (SPEC 10).
#[derive(Debug, Args)]
pub struct PlanArgs {
    /// The campaign file.
    #[arg(default_value = "campaign.yaml")]
    pub file: PathBuf,

    /// Output format (with --timeline: human or json).
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,

    /// Print the campaign's days, streams and flash windows instead of
    /// checking it.
    #[arg(long)]
    pub timeline: bool,

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
