//! `xhslint check`: find the Notes, lint each, report, and pick the exit
//! code.

use std::io::{IsTerminal, Write};

use super::args::{CheckArgs, ColorChoice, Deny, Format};
use super::exit;
use crate::diagnostic::{Diagnostic, Severity};
use crate::input::source::{Limits, read_source, read_stdin};
use crate::input::walk::{Found, find_notes};
use crate::lint::lint_source;
use crate::report::{FileReport, human, json};
use crate::settings::Settings;

pub fn run(args: CheckArgs) -> u8 {
    let settings = Settings::default();
    let limits = Limits::default();
    let reports = lint_inputs(&args, &settings, limits);

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

fn lint_inputs(args: &CheckArgs, settings: &Settings, limits: Limits) -> Vec<FileReport> {
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
    if !stdin.is_empty() {
        reports.push(match read_stdin(&stdin_name, limits) {
            Ok(source) => lint_one(stdin_name.clone(), source, settings),
            Err(err) => FileReport::failed(stdin_name.clone(), err.to_string()),
        });
    }
    for found in find_notes(&paths) {
        match found {
            Found::File(path) => {
                let display = display_path(&path);
                reports.push(match read_source(&path, &display, limits) {
                    Ok(source) => lint_one(display, source, settings),
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
    reports
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
