//! `xhslint check`: turn the arguments into a run, stream its reports to
//! the chosen format on stdout, and pick the exit code. The run itself
//! lives in [`crate::run`].

use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use colored::Colorize;

use super::args::{CheckArgs, ColorChoice, Deny, Format, Input};
use super::exit;
use crate::config::ConfigResolver;
use crate::diagnostic::Severity;
use crate::i18n::{self, Lang};
use crate::input::source::Limits;
use crate::report::github::GithubRenderer;
use crate::report::human::HumanRenderer;
use crate::report::json::JsonRenderer;
use crate::report::jsonl::JsonlRenderer;
use crate::report::sarif::{RuleText, SarifRenderer};
use crate::report::{FileReport, Renderer, Summary};
use crate::run::{self, FixMode, InputKind, NoteConfig, Options, RunError, Sink};
use crate::settings::Settings;

pub fn run(args: CheckArgs, lang: Option<Lang>) -> u8 {
    let resolver = ConfigResolver::new(args.config.choice());
    // The config's `lang:` is that of the config the current directory
    // uses (one language for the whole run).
    let config_lang = || {
        let here = std::env::current_dir().ok()?.join("note.md");
        resolver.settings_for(&here).ok().and_then(|s| s.lang)
    };
    let lang = lang.unwrap_or_else(|| i18n::choose_from_env(None, config_lang()));
    let error_label = i18n::text(lang, "human-error");
    if let Err(message) = check_usage(&args) {
        eprintln!("{}: {}", error_label.red().bold(), message.render(lang));
        return exit::TROUBLE;
    }
    let settings_for = |path: &Path| -> Result<Arc<Settings>, String> {
        resolver.settings_for(path).map_err(|e| e.render(lang))
    };
    let selects = |path: &Path| resolver.selects(path);
    let config = NoteConfig {
        settings_for: &settings_for,
        selects: &selects,
    };

    let failing = if args.deny == Some(Deny::Warnings) {
        Severity::Warning
    } else {
        Severity::Error
    };
    let fix = if args.fix {
        FixMode::Write
    } else if args.diff {
        FixMode::Diff
    } else {
        FixMode::Off
    };
    let options = Options {
        input: match args.input {
            Input::Notes => InputKind::Notes,
            Input::Jsonl => InputKind::Jsonl,
        },
        stdin_filename: args.stdin_filename.clone(),
        limits: Limits::default(),
        threads: args.threads.map(usize::from),
        fix,
        progress: args.format == Format::Human && !args.diff && io::stderr().is_terminal(),
    };
    let paths = &args.paths;
    let (result, summary) = if args.diff {
        let label = error_label.clone();
        check_with(DiffRenderer { label }, lang, paths, &options, &config)
    } else {
        match args.format {
            Format::Json => check_with(JsonRenderer::default(), lang, paths, &options, &config),
            Format::Jsonl => check_with(JsonlRenderer, lang, paths, &options, &config),
            Format::Github => check_with(GithubRenderer::new(lang), lang, paths, &options, &config),
            Format::Sarif => {
                let renderer = SarifRenderer::default().in_lang(lang, &|m| rule_text(m, lang));
                check_with(renderer, lang, paths, &options, &config)
            }
            Format::Human => {
                configure_color(args.color);
                let renderer = if args.quiet {
                    HumanRenderer::new(move |d| d.severity >= failing, false)
                } else {
                    HumanRenderer::new(|_| true, true)
                };
                check_with(renderer.with_lang(lang), lang, paths, &options, &config)
            }
        }
    };
    match result {
        Ok(()) => {}
        // A reader that stopped early (`| head`) is not an error of ours.
        Err(RunError::Io(err)) if err.kind() == io::ErrorKind::BrokenPipe => {}
        Err(err) => {
            eprintln!("{}: {err}", error_label.red().bold());
            return exit::TROUBLE;
        }
    }
    if fix != FixMode::Off && args.format != Format::Human {
        // Machine formats keep stdout parseable; say what changed on stderr.
        eprintln!("{}", fix_summary(&summary, fix, lang));
    } else if args.diff {
        eprintln!("{}", fix_summary(&summary, fix, lang));
    }
    exit_code(&summary, failing, args.diff)
}

/// A rule's SARIF description in `lang`: its summary and page.
pub(super) fn rule_text(meta: &crate::rules::RuleMeta, lang: Lang) -> RuleText {
    RuleText {
        summary: crate::rule_docs::summary(meta, lang),
        help: crate::rule_docs::body_in(meta, lang),
    }
}

/// Runs the check, writing its reports with `renderer` to stdout. The
/// totals are those of the reports written, also when the run stopped early.
fn check_with<R: Renderer>(
    renderer: R,
    lang: Lang,
    paths: &[PathBuf],
    options: &Options,
    config: &NoteConfig,
) -> (Result<(), RunError>, Summary) {
    let mut output = Output {
        renderer,
        lang,
        out: BufWriter::new(io::stdout()),
        summary: Summary::default(),
    };
    let result = run::run(paths, options, config, &mut output).and_then(|()| {
        output.renderer.finish(&output.summary, &mut output.out)?;
        Ok(output.out.flush()?)
    });
    (result, output.summary)
}

/// The exit code of a run with these totals (SPEC 7): trouble with an
/// input first; then, for `--diff`, whether a fix would change a file;
/// otherwise whether a finding is at the failing level.
fn exit_code(summary: &Summary, failing: Severity, diff: bool) -> u8 {
    let findings = if diff {
        summary.fixed_files > 0
    } else {
        summary.at_least(failing) > 0
    };
    if summary.has_trouble() {
        exit::TROUBLE
    } else if findings {
        exit::FINDINGS
    } else {
        exit::CLEAN
    }
}

/// Combinations of flags that cannot work, as usage errors.
fn check_usage(args: &CheckArgs) -> Result<(), i18n::Msg> {
    let stdin = args.paths.iter().any(|p| p.as_os_str() == "-");
    if args.fix && stdin {
        return Err(crate::msg!("usage-fix-stdin"));
    }
    if (args.fix || args.diff) && args.input == Input::Jsonl {
        return Err(crate::msg!("usage-fix-jsonl"));
    }
    if args.diff && args.format != Format::Human {
        return Err(crate::msg!("usage-diff-format"));
    }
    Ok(())
}

fn fix_summary(summary: &Summary, mode: FixMode, lang: Lang) -> String {
    let id = if mode == FixMode::Diff {
        "fix-summary-would"
    } else {
        "fix-summary-fixed"
    };
    let mut line = i18n::Msg::new(id)
        .arg("findings", crate::msg!("count-finding", n = summary.fixes))
        .arg("files", crate::msg!("count-file", n = summary.fixed_files))
        .render(lang);
    if summary.fix_errors > 0 {
        line.push_str(&crate::msg!("fix-summary-unwritten", n = summary.fix_errors).render(lang));
    }
    line
}

/// Writes the rendered reports to stdout as they come, and totals them.
/// Shared with the worker threads, which render through it.
struct Output<R> {
    renderer: R,
    /// The language the findings are shown in.
    lang: Lang,
    out: BufWriter<io::Stdout>,
    summary: Summary,
}

/// A report rendered on a worker thread, with its counts.
struct RenderedReport<T> {
    counts: Summary,
    rendered: T,
}

impl<R: Renderer> Sink for Output<R> {
    type Prepared = RenderedReport<R::Rendered>;

    fn start(&mut self) -> io::Result<()> {
        self.renderer.start(&mut self.out)
    }

    fn prepare(&self, mut report: FileReport) -> Self::Prepared {
        report.localize(self.lang);
        RenderedReport {
            counts: Summary::of_report(&report),
            rendered: self.renderer.render(&report),
        }
    }

    fn report(&mut self, report: Self::Prepared) -> io::Result<()> {
        self.summary.merge(&report.counts);
        self.renderer.write(report.rendered, &mut self.out)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// `--diff`: the unified diff of every file a fix would change, and the
/// inputs that could not be read (with `label`, `error` in the run's
/// language).
struct DiffRenderer {
    label: String,
}

/// One input under `--diff`.
struct DiffReport {
    /// Why it could not be read, for stderr.
    error: Option<String>,
    diff: Option<String>,
}

impl Renderer for DiffRenderer {
    type Rendered = DiffReport;

    fn render(&self, report: &FileReport) -> DiffReport {
        DiffReport {
            error: report.error.clone(),
            diff: report.fix.as_ref().and_then(|f| f.diff.clone()),
        }
    }

    fn write(&mut self, report: DiffReport, out: &mut dyn Write) -> io::Result<()> {
        if let Some(error) = &report.error {
            eprintln!("{}: {error}", self.label);
        }
        if let Some(diff) = &report.diff {
            out.write_all(diff.as_bytes())?;
        }
        Ok(())
    }
}

pub(super) fn configure_color(choice: ColorChoice) {
    let enabled = match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal()
        }
    };
    colored::control::set_override(enabled);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_follow_the_run_totals() {
        let warned = Summary {
            files: 1,
            warnings: 1,
            ..Summary::default()
        };
        assert_eq!(exit_code(&warned, Severity::Error, false), exit::CLEAN);
        assert_eq!(exit_code(&warned, Severity::Warning, false), exit::FINDINGS);
        let unreadable = Summary {
            file_errors: 1,
            ..warned
        };
        assert_eq!(
            exit_code(&unreadable, Severity::Error, false),
            exit::TROUBLE
        );
        let unwritten = Summary {
            fix_errors: 1,
            ..warned
        };
        assert_eq!(exit_code(&unwritten, Severity::Error, true), exit::TROUBLE);
        // `--diff` fails on what a fix would change, not on findings.
        assert_eq!(exit_code(&warned, Severity::Warning, true), exit::CLEAN);
        let changes = Summary {
            fixed_files: 1,
            fixes: 2,
            ..Summary::default()
        };
        assert_eq!(exit_code(&changes, Severity::Error, true), exit::FINDINGS);
    }
}
