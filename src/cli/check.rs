//! `xhslint check`: turn the arguments into a run, stream its reports to
//! the chosen format on stdout, and pick the exit code. The run itself
//! lives in [`crate::run`].

use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::Path;
use std::sync::Arc;

use colored::Colorize;

use super::args::{CheckArgs, ColorChoice, Deny, Format, Input};
use super::exit;
use crate::config::ConfigResolver;
use crate::diagnostic::Severity;
use crate::input::note::Note;
use crate::input::source::Limits;
use crate::lint::{cross_note, sort};
use crate::report::github::GithubRenderer;
use crate::report::human::HumanRenderer;
use crate::report::json::JsonRenderer;
use crate::report::jsonl::JsonlRenderer;
use crate::report::sarif::SarifRenderer;
use crate::report::{FileReport, Renderer, Summary};
use crate::run::{self, FixMode, InputKind, Linted, NoteConfig, Options, RunError, Sink};
use crate::settings::Settings;

pub fn run(args: CheckArgs) -> u8 {
    if let Err(message) = check_usage(&args) {
        eprintln!("{}: {message}", "error".red().bold());
        return exit::TROUBLE;
    }
    let resolver = ConfigResolver::new(args.config.choice());
    let settings_for = |path: &Path| -> Result<Arc<Settings>, String> {
        resolver.settings_for(path).map_err(|e| e.to_string())
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
        // Rules that compare the Notes of one run (flash-fatigue).
        cross_note: Some(add_run_findings),
    };
    let renderer: Box<dyn Renderer> = if args.diff {
        Box::new(DiffRenderer)
    } else {
        match args.format {
            Format::Json => Box::new(JsonRenderer::default()),
            Format::Jsonl => Box::new(JsonlRenderer),
            Format::Github => Box::new(GithubRenderer),
            Format::Sarif => Box::new(SarifRenderer::default()),
            Format::Human => {
                configure_color(args.color);
                if args.quiet {
                    Box::new(HumanRenderer::new(move |d| d.severity >= failing, false))
                } else {
                    Box::new(HumanRenderer::new(|_| true, true))
                }
            }
        }
    };

    let mut output = Output {
        renderer,
        out: BufWriter::new(io::stdout().lock()),
        summary: Summary::default(),
        failing,
        fails: false,
        trouble: false,
        would_change: false,
    };
    let result = run::run(&args.paths, &options, &config, &mut output).and_then(|()| {
        output.renderer.finish(&output.summary, &mut output.out)?;
        Ok(output.out.flush()?)
    });
    match result {
        Ok(()) => {}
        // A reader that stopped early (`| head`) is not an error of ours.
        Err(RunError::Io(err)) if err.kind() == io::ErrorKind::BrokenPipe => {}
        Err(err) => {
            eprintln!("{}: {err}", "error".red().bold());
            return exit::TROUBLE;
        }
    }
    if fix != FixMode::Off && args.format != Format::Human {
        // Machine formats keep stdout parseable; say what changed on stderr.
        eprintln!("{}", fix_summary(&output.summary, fix));
    } else if args.diff {
        eprintln!("{}", fix_summary(&output.summary, fix));
    }

    if output.trouble {
        exit::TROUBLE
    } else if args.diff {
        if output.would_change {
            exit::FINDINGS
        } else {
            exit::CLEAN
        }
    } else if output.fails {
        exit::FINDINGS
    } else {
        exit::CLEAN
    }
}

/// Adds the findings of run-wide rules, each Note judged with the settings
/// it was linted with.
fn add_run_findings(linted: &mut [Linted]) {
    let found = {
        let run: Vec<(usize, (&Note, &Settings))> = linted
            .iter()
            .enumerate()
            .filter_map(|(i, l)| Some((i, (l.note.as_ref()?, l.settings.as_deref()?))))
            .collect();
        let notes: Vec<(&Note, &Settings)> = run.iter().map(|(_, pair)| *pair).collect();
        let indices: Vec<usize> = run.iter().map(|(i, _)| *i).collect();
        indices
            .into_iter()
            .zip(cross_note::check(&notes))
            .collect::<Vec<_>>()
    };
    for (i, diagnostics) in found {
        if !diagnostics.is_empty() {
            let report = &mut linted[i].report;
            report.diagnostics.extend(diagnostics);
            sort(&mut report.diagnostics);
        }
    }
}

/// Combinations of flags that cannot work, as usage errors.
fn check_usage(args: &CheckArgs) -> Result<(), String> {
    let stdin = args.paths.iter().any(|p| p.as_os_str() == "-");
    if args.fix && stdin {
        return Err(
            "--fix writes files, and stdin is not one — use --diff to see the fixes".to_string(),
        );
    }
    if (args.fix || args.diff) && args.input == Input::Jsonl {
        return Err("--fix and --diff rewrite Note files, not JSON Lines records".to_string());
    }
    if args.diff && args.format != Format::Human {
        return Err(
            "--diff prints a unified diff; it cannot be combined with --format".to_string(),
        );
    }
    Ok(())
}

fn fix_summary(summary: &Summary, mode: FixMode) -> String {
    let verb = if mode == FixMode::Diff {
        "would fix"
    } else {
        "fixed"
    };
    let mut line = format!(
        "xhslint: {verb} {} finding{} in {} file{}",
        summary.fixes,
        if summary.fixes == 1 { "" } else { "s" },
        summary.fixed_files,
        if summary.fixed_files == 1 { "" } else { "s" }
    );
    if summary.fix_errors > 0 {
        line.push_str(&format!("; {} could not be written", summary.fix_errors));
    }
    line
}

/// Writes each report as it comes and keeps what the exit code needs.
struct Output<'a> {
    renderer: Box<dyn Renderer>,
    out: BufWriter<io::StdoutLock<'a>>,
    summary: Summary,
    failing: Severity,
    fails: bool,
    trouble: bool,
    would_change: bool,
}

impl Sink for Output<'_> {
    fn start(&mut self) -> io::Result<()> {
        self.renderer.start(&mut self.out)
    }

    fn report(&mut self, report: FileReport) -> io::Result<()> {
        self.summary.add(&report);
        self.trouble |= report.has_trouble();
        self.fails |= report
            .diagnostics
            .iter()
            .any(|d| d.severity >= self.failing);
        self.would_change |= report.fix.as_ref().is_some_and(|f| !f.applied.is_empty());
        self.renderer.report(&report, &mut self.out)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// `--diff`: the unified diff of every file a fix would change, and the
/// inputs that could not be read.
struct DiffRenderer;

impl Renderer for DiffRenderer {
    fn report(&mut self, report: &FileReport, out: &mut dyn Write) -> io::Result<()> {
        if let Some(error) = &report.error {
            eprintln!("error: {error}");
        }
        if let Some(diff) = report.fix.as_ref().and_then(|f| f.diff.as_ref()) {
            out.write_all(diff.as_bytes())?;
        }
        Ok(())
    }
}

fn configure_color(choice: ColorChoice) {
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
