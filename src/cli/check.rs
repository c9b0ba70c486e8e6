//! `xhslint check`: find the Notes, lint each, report, and pick the exit
//! code.

use std::io::{IsTerminal, Write};
use std::path::Path;
use std::sync::Arc;

use colored::Colorize;

use super::args::{CheckArgs, ColorChoice, Deny, Format};
use super::exit;
use crate::config::{ConfigError, ConfigResolver};
use crate::diagnostic::{Diagnostic, Severity};
use crate::input::note::{Note, NoteFormat};
use crate::input::source::{Limits, read_source, read_stdin};
use crate::input::walk::{Found, find_notes_selected};
use crate::lint::{cross_note, lint_source, sort};
use crate::report::{FileReport, human, json};
use crate::settings::Settings;

pub fn run(args: CheckArgs) -> u8 {
    let resolver = ConfigResolver::new(args.config.choice());
    let limits = Limits::default();
    let mut reports = match lint_inputs(&args, &resolver, limits) {
        Ok(reports) => reports,
        Err(err) => {
            eprintln!("{}: {err}", "error".red().bold());
            return exit::TROUBLE;
        }
    };
    add_run_findings(&mut reports, &resolver);

    let failing = if args.deny == Some(Deny::Warnings) {
        Severity::Warning
    } else {
        Severity::Error
    };
    let fails = |d: &Diagnostic| d.severity >= failing;

    let output = match args.format {
        Format::Json => json::render(&reports),
        Format::Human => {
            configure_color(args.color);
            if args.quiet {
                human::render(&reports, fails, false)
            } else {
                human::render(&reports, |_| true, true)
            }
        }
    };
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(output.as_bytes());
    let _ = stdout.flush();

    if reports.iter().any(|r| r.error.is_some()) {
        exit::TROUBLE
    } else if reports.iter().flat_map(|r| &r.diagnostics).any(fails) {
        exit::FINDINGS
    } else {
        exit::CLEAN
    }
}

fn lint_inputs(
    args: &CheckArgs,
    resolver: &ConfigResolver,
    limits: Limits,
) -> Result<Vec<FileReport>, ConfigError> {
    let mut reports = Vec::new();
    let stdin_name = args
        .stdin_filename
        .clone()
        .unwrap_or_else(|| "-".to_string());
    let (stdin, paths): (Vec<_>, Vec<_>) = args
        .paths
        .iter()
        .cloned()
        .partition(|p| p.as_os_str() == "-");
    let found = find_notes_selected(&paths, &|path| resolver.selects(path));
    // Every config is loaded before any Note is linted: loading one adds its
    // words to the segmenter, which must not depend on the linting order.
    let stdin_settings = if stdin.is_empty() {
        None
    } else {
        Some(resolver.settings_for(Path::new(&stdin_name))?)
    };
    for input in &found {
        if let Found::File(path) = input {
            resolver.settings_for(path)?;
        }
    }

    if let Some(stdin_settings) = stdin_settings {
        reports.push(match read_stdin(&stdin_name, limits) {
            Ok(source) => lint_one(stdin_name.clone(), source, &stdin_settings),
            Err(err) => FileReport::failed(stdin_name.clone(), err.to_string()),
        });
    }
    for found in found {
        match found {
            Found::File(path) => {
                let display = display_path(&path);
                let settings = resolver.settings_for(&path)?;
                reports.push(match read_source(&path, &display, limits) {
                    Ok(source) => lint_one(display, source, &settings),
                    Err(err) => FileReport::failed(display, err.to_string()),
                });
            }
            Found::Error { path, message } => {
                reports.push(FileReport::failed(
                    path.clone(),
                    format!("{path}: {message}"),
                ));
            }
        }
    }
    Ok(reports)
}

/// Adds the findings that need every Note of the run (`flash-fatigue`).
/// Each report's source is parsed again for its front matter (cheap next to
/// linting), and its settings come from the resolver's cache, which
/// `lint_inputs` has filled without error for every linted report.
fn add_run_findings(reports: &mut [FileReport], resolver: &ConfigResolver) {
    let mut linted: Vec<(usize, Note, Arc<Settings>)> = Vec::new();
    for (i, report) in reports.iter().enumerate() {
        if report.error.is_some() {
            continue;
        }
        let Ok(settings) = resolver.settings_for(Path::new(&report.path)) else {
            continue;
        };
        let note = Note::parse(
            report.path.clone(),
            report.source.clone(),
            NoteFormat::for_path(&report.path),
        );
        linted.push((i, note, settings));
    }
    let run: Vec<(&Note, &Settings)> = linted
        .iter()
        .map(|(_, note, settings)| (note, settings.as_ref()))
        .collect();
    let found = cross_note::check(&run);
    for ((i, _, _), found) in linted.iter().zip(found) {
        if !found.is_empty() {
            reports[*i].diagnostics.extend(found);
            sort(&mut reports[*i].diagnostics);
        }
    }
}

fn lint_one(path: String, source: String, settings: &Settings) -> FileReport {
    let (note, diagnostics) = lint_source(&path, source, settings);
    FileReport::linted(path, note.source, diagnostics)
}

fn display_path(path: &std::path::Path) -> String {
    let text = path.display().to_string();
    text.strip_prefix("./").map(str::to_string).unwrap_or(text)
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
