//! `xhslint title`: read the sale's facts from flags or a Note, write the
//! best titles, and name the input at fault when none can be written.

use std::io::Write;
use std::path::Path;

use clap::Parser;
use serde_json::{Value, json};

use super::args::{Cli, Command, TitleArgs, TitleFormat, TitleRole};
use super::exit;
use crate::config::ConfigResolver;
use crate::i18n::{self, Lang, Msg};
use crate::input::front_matter::china_time;
use crate::input::note::{Note, NoteFormat};
use crate::input::source::{Limits, read_source};
use crate::lint::Engine;
use crate::msg;
use crate::serve::{TitleOutcome, TitleRequest};
use crate::settings::Settings;
use crate::title::facts::{Facts, Input, Inputs};
use crate::title::{Candidate, generate};

pub fn run(args: TitleArgs, lang: Option<Lang>) -> u8 {
    // The rules a title must pass are those `check` applies to the Note it
    // is for: the `--from` Note's, or a new Note's in this directory.
    let resolver = ConfigResolver::new(args.config.choice());
    let note_path = args
        .from
        .clone()
        .unwrap_or_else(|| Path::new(".").join("title.md"));
    let settings = match resolver.settings_for(&note_path) {
        Ok(settings) => settings,
        Err(err) => {
            // The config that would say the language is the one that failed.
            let lang = lang.unwrap_or_else(|| i18n::choose_from_env(None, None));
            eprintln!("{}: {}", i18n::text(lang, "human-error"), err.render(lang));
            return exit::TROUBLE;
        }
    };
    let lang = lang.unwrap_or_else(|| i18n::choose_from_env(None, settings.lang));
    match titles(&args, &settings, lang) {
        Ok(output) => {
            let mut stdout = std::io::stdout().lock();
            let _ = stdout.write_all(output.as_bytes());
            let _ = stdout.flush();
            exit::CLEAN
        }
        Err(message) => {
            eprintln!("{}: {message}", i18n::text(lang, "human-error"));
            exit::TROUBLE
        }
    }
}

/// The rendered output, or the message naming what is wrong.
/// The review page's titles: what `title --format json` prints for a
/// request's facts.
pub fn serve_titles(request: &TitleRequest, settings: &Settings, lang: Lang) -> TitleOutcome {
    let Ok(Cli {
        command: Command::Title(mut args),
        ..
    }) = Cli::try_parse_from(["xhslint", "title", "--format", "json"])
    else {
        return TitleOutcome::Broken("cannot build the title arguments".to_string());
    };
    args.product = request.product.clone();
    args.hours = request.hours;
    args.days = request.days;
    args.stock = request.stock;
    args.price = request.price;
    args.original_price = request.original_price;
    args.benefit = request.benefit.clone();
    args.category = request.category.clone();
    args.festival = request.festival.clone();
    args.date = request.date.clone();
    args.format = TitleFormat::Json;
    if let Some(count) = request.count {
        args.count = count;
    }
    match titles(&args, settings, lang) {
        Ok(text) => TitleOutcome::Titles(text),
        Err(message) => TitleOutcome::Refused(message),
    }
}

pub fn titles(args: &TitleArgs, settings: &Settings, lang: Lang) -> Result<String, String> {
    if let Some(role) = args.role {
        return role_titles(args, role, settings, lang);
    }
    let from_note = match &args.from {
        Some(path) => {
            let display = path.display().to_string();
            let source =
                read_source(path, &display, Limits::default()).map_err(|e| e.render(lang))?;
            let note = Note::parse(display.clone(), source, NoteFormat::for_path(&display));
            if note.front_matter.is_none() {
                let message = msg!("title-from-no-front-matter").render(lang);
                return Err(format!("{display}: {message}"));
            }
            Inputs::from_note(&note).map_err(|e| e.render(lang))?
        }
        None => Inputs::default(),
    };
    let inputs = from_note.overlay(flag_inputs(args));
    if let (Some(path), None) = (&args.from, &inputs.product) {
        let message = msg!("title-from-no-product").render(lang);
        return Err(format!("{}: {message}", path.display()));
    }
    let (facts, best, notes) = best_titles(inputs, usize::from(args.count), settings, lang)?;
    Ok(match args.format {
        TitleFormat::Json => render_json(&facts, &best, &notes, lang),
        TitleFormat::Human => render_human(&facts, &best, &notes, lang),
    })
}

/// The `title --format json` output for facts given as flags would give
/// them: for callers with the facts in hand (the Python package).
pub fn titles_json(inputs: Inputs, count: usize, settings: &Settings) -> Result<String, String> {
    let (facts, best, notes) = best_titles(inputs, count, settings, Lang::En)?;
    Ok(render_json(&facts, &best, &notes, Lang::En))
}

/// The resolved facts, the `count` best titles and the generator's notes.
fn best_titles(
    inputs: Inputs,
    count: usize,
    settings: &Settings,
    lang: Lang,
) -> Result<(Facts, Vec<Candidate>, Vec<Msg>), String> {
    let today = jiff::Timestamp::now().to_zoned(china_time()).date();
    let facts = Facts::resolve(inputs, Some(today)).map_err(|e| e.render(lang))?;
    let generated = generate(&facts, &Engine::new(settings)).map_err(|e| e.msg().render(lang))?;
    let best = generated.titles.into_iter().take(count).collect();
    Ok((facts, best, generated.notes))
}

fn flag_inputs(args: &TitleArgs) -> Inputs {
    Inputs {
        product: args.product.clone().map(|v| Input::flag("--product", v)),
        hours: args.hours.map(|v| Input::flag("--hours", v)),
        days: args.days.map(|v| Input::flag("--days", v)),
        stock: args.stock.map(|v| Input::flag("--stock", v)),
        price: args.price.map(|v| Input::flag("--price", v)),
        original_price: args
            .original_price
            .map(|v| Input::flag("--original-price", v)),
        benefit: args.benefit.clone().map(|v| Input::flag("--benefit", v)),
        category: args.category.clone().map(|v| Input::flag("--category", v)),
        festival: args.festival.clone().map(|v| Input::flag("--festival", v)),
        date: args.date.clone().map(|v| Input::flag("--date", v)),
        times: None,
    }
}

/// The facts as the output states them.
fn facts_json(facts: &Facts) -> Value {
    let mut value = json!({ "product": facts.product });
    let mut put = |key: &str, v: Value| {
        value[key] = v;
    };
    if let Some(hours) = facts.hours {
        put("hours", json!(hours));
    }
    if facts.countdown_hours.is_some() && facts.countdown_hours != facts.hours {
        put("countdown_hours", json!(facts.countdown_hours));
    }
    if let Some(deadline) = facts.deadline {
        put("deadline", json!(deadline.render()));
    }
    if let Some(stock) = facts.stock {
        put("stock", json!(stock));
    }
    if let Some(price) = facts.price {
        put("price", json!(price.as_yuan()));
    }
    if let Some(original) = facts.original_price {
        put("original_price", json!(original.as_yuan()));
    }
    if let Some(discount) = facts.discount() {
        put("discount", json!(discount.to_string()));
    }
    if let Some(benefit) = &facts.benefit {
        put("benefit", json!(benefit));
    }
    if let Some(category) = &facts.category {
        put("category", json!(category));
    }
    if let Some(date) = facts.date {
        put("date", json!(date.to_string()));
    }
    if let Some(occasion) = &facts.festival {
        put(
            "festival",
            json!({
                "id": occasion.festival.id,
                "name": occasion.festival.display_name(),
                "phase": occasion.phase().as_str(),
                "day": occasion.day.to_string(),
            }),
        );
    }
    value
}

fn render_json(facts: &Facts, titles: &[Candidate], notes: &[Msg], lang: Lang) -> String {
    let notes: Vec<String> = notes.iter().map(|n| n.render(lang)).collect();
    let titles: Vec<Value> = titles
        .iter()
        .enumerate()
        .map(|(i, c)| {
            json!({
                "rank": i + 1,
                "title": c.title,
                "units": c.units.as_f64(),
                "score": c.score,
                "template": c.template,
                "claims": c.claims,
            })
        })
        .collect();
    let report = json!({
        "schema_version": 1,
        "tool": {"name": "xhslint", "version": env!("CARGO_PKG_VERSION")},
        "facts": facts_json(facts),
        "titles": titles,
        "notes": notes,
    });
    let mut text = serde_json::to_string_pretty(&report).unwrap_or_default();
    text.push('\n');
    text
}

fn render_human(facts: &Facts, titles: &[Candidate], notes: &[Msg], lang: Lang) -> String {
    let mut said = vec![facts.product.clone()];
    match facts.hours {
        Some(hours) if facts.days_given => said.push(
            msg!(
                "title-facts-days",
                days = (hours / 24).to_string(),
                hours = hours.to_string()
            )
            .render(lang),
        ),
        Some(hours) => said.push(msg!("title-facts-hours", hours = hours.to_string()).render(lang)),
        None => {}
    }
    if let Some(deadline) = facts.deadline {
        said.push(deadline.render());
    }
    if let Some(stock) = facts.stock {
        said.push(msg!("title-facts-stock", stock = stock.to_string()).render(lang));
    }
    match (facts.price, facts.original_price, facts.discount()) {
        (Some(p), Some(o), Some(d)) => said.push(
            msg!(
                "title-facts-discount",
                price = p.to_string(),
                original = o.to_string(),
                discount = d.to_string()
            )
            .render(lang),
        ),
        (Some(p), _, _) => said.push(format!("¥{p}")),
        _ => {}
    }
    if let Some(benefit) = &facts.benefit {
        said.push(benefit.clone());
    }
    if let Some(occasion) = &facts.festival {
        let name = occasion
            .window
            .prefixes
            .first()
            .map_or(occasion.festival.display_name(), String::as_str);
        said.push(
            msg!(
                "title-facts-festival",
                name = name,
                phase = occasion.phase().as_str(),
                day = occasion.day.to_string()
            )
            .render(lang),
        );
    }
    let mut out = msg!("title-facts", facts = said.join(" · ")).render(lang);
    out.push('\n');
    out.push_str(&i18n::text(lang, "title-columns"));
    out.push('\n');
    for (i, c) in titles.iter().enumerate() {
        out.push_str(&format!(
            "{:>2}  {:>5}  {:>5}  {}\n",
            i + 1,
            c.score,
            c.units.to_string(),
            c.title
        ));
    }
    for note in notes {
        out.push_str(&msg!("human-note", message = note.render(lang), place = "").render(lang));
        out.push('\n');
    }
    out
}

/// `--role announcement|recap`: titles from the campaign plan's facts.
fn role_titles(
    args: &TitleArgs,
    role: TitleRole,
    settings: &Settings,
    lang: Lang,
) -> Result<String, String> {
    let plan = crate::plan::load(&args.plan).map_err(|e| e.render(lang))?;
    let facts = crate::plan::titles::RoleFacts {
        role: match role {
            TitleRole::Announcement => crate::plan::Role::Announcement,
            TitleRole::Recap => crate::plan::Role::Recap,
        },
        stream: args.stream.as_deref(),
        product: args.product.as_deref(),
        benefit: args.benefit.as_deref(),
    };
    let titles = crate::plan::titles::generate(
        &plan,
        &facts,
        &Engine::new(settings),
        usize::from(args.count),
    )
    .map_err(|e| e.render(lang))?;
    Ok(match args.format {
        TitleFormat::Json => {
            let value = json!({
                "schema_version": 1,
                "role": facts.role.as_str(),
                "campaign": plan.campaign.id.value,
                "titles": titles
                    .iter()
                    .map(|t| json!({"title": t, "units": crate::text::units::length(t).to_string()}))
                    .collect::<Vec<Value>>(),
            });
            format!(
                "{}\n",
                serde_json::to_string_pretty(&value).unwrap_or_default()
            )
        }
        TitleFormat::Human => titles
            .iter()
            .enumerate()
            .map(|(i, t)| format!("{:>2}. {t}\n", i + 1))
            .collect(),
    })
}
