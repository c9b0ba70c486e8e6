//! `xhslint plan [FILE]`: check a campaign file with the plan rules, in the
//! same formats and with the same exit codes as `check`, or draw its
//! timeline.

use std::io::{self, Write};

use colored::Colorize;

use super::args::{Deny, Format, PlanArgs};
use super::check::configure_color;
use super::exit;
use crate::diagnostic::Severity;
use crate::i18n::{self, Lang};
use crate::plan::{self, timeline};
use crate::report::github::GithubRenderer;
use crate::report::human::HumanRenderer;
use crate::report::json::JsonRenderer;
use crate::report::jsonl::JsonlRenderer;
use crate::report::sarif::SarifRenderer;
use crate::report::{FileReport, Renderer, Summary, render_all};
use crate::rules::RuleMeta;

pub fn run(args: &PlanArgs, lang: Option<Lang>) -> u8 {
    // Until the campaign file is read, its `lang:` cannot take part.
    let early = lang.unwrap_or_else(|| i18n::choose_from_env(None, None));
    if args.timeline && !matches!(args.format, Format::Human | Format::Json) {
        eprintln!(
            "{}: {}",
            i18n::text(early, "human-error").red().bold(),
            i18n::text(early, "plan-timeline-format")
        );
        return exit::TROUBLE;
    }
    let loaded = match plan::load(&args.file).and_then(|mut loaded| {
        plan::discover::add_front_matter_notes(&mut loaded)?;
        Ok(loaded)
    }) {
        Ok(loaded) => loaded,
        Err(err) => {
            let label = i18n::text(early, "human-error");
            eprintln!("{}: {}", label.red().bold(), err.render(early));
            return exit::TROUBLE;
        }
    };
    let lang = lang.unwrap_or_else(|| i18n::choose_from_env(None, loaded.campaign.lang));
    if args.timeline {
        let built = timeline::build(&loaded);
        let text = if args.format == Format::Json {
            let mut json = serde_json::to_string_pretty(&built).unwrap_or_default();
            json.push('\n');
            json
        } else {
            timeline::render_text(&built, &loaded, lang)
        };
        return write(&text);
    }
    let failing = if args.deny == Some(Deny::Warnings) {
        Severity::Warning
    } else {
        Severity::Error
    };
    let diagnostics = plan::check(&loaded);
    let mut report = FileReport::linted(loaded.path.clone(), loaded.source.clone(), diagnostics);
    report.localize(lang);
    let reports = [report];
    let text = match args.format {
        Format::Json => render_all(&mut JsonRenderer::default(), &reports),
        Format::Jsonl => render_all(&mut JsonlRenderer, &reports),
        Format::Github => render_all(&mut GithubRenderer::new(lang), &reports),
        Format::Sarif => {
            let metas: Vec<&RuleMeta> = plan::rules::all().iter().map(|r| r.meta()).collect();
            let mut renderer = SarifRenderer::for_rules(&metas)
                .in_lang(lang, &|m| super::check::rule_text(m, lang));
            render_all(&mut renderer, &reports)
        }
        Format::Human => {
            configure_color(args.color);
            if args.quiet {
                render_with(
                    HumanRenderer::new(move |d| d.severity >= failing, false).with_lang(lang),
                    &reports,
                )
            } else {
                render_with(HumanRenderer::new(|_| true, true).with_lang(lang), &reports)
            }
        }
    };
    let code = write(&text);
    if code != exit::CLEAN {
        return code;
    }
    if Summary::of(&reports).at_least(failing) > 0 {
        exit::FINDINGS
    } else {
        exit::CLEAN
    }
}

fn render_with(mut renderer: impl Renderer, reports: &[FileReport]) -> String {
    render_all(&mut renderer, reports)
}

fn write(text: &str) -> u8 {
    let mut stdout = io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => exit::CLEAN,
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => exit::CLEAN,
        Err(err) => {
            eprintln!("{}: {err}", "error".red().bold());
            exit::TROUBLE
        }
    }
}
