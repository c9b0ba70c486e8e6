//! Titles for an announcement or a recap (`xhslint title --role ROLE`),
//! written from the campaign plan's facts and linted like the sale titles:
//! a title a title rule would flag, or whose claims the plan contradicts,
//! is never printed.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::LoadedPlan;
use super::model::{Role, Stream};
use crate::diagnostic::Severity;
use crate::input::front_matter::china_time;
use crate::input::note::{Note, NoteFormat};
use crate::title::Linter;

const YAML: &str = crate::text::data_files::rule_file("plan-titles");

static TEMPLATES: LazyLock<HashMap<String, Vec<String>>> =
    LazyLock::new(|| serde_yaml::from_str(YAML).unwrap_or_default());

const WEEKDAYS: &[&str] = &["一", "二", "三", "四", "五", "六", "日"];

/// `周五20:00`: when a stream starts, as a title says it.
pub fn when(stream: &Stream) -> String {
    let start = stream.start.value.to_zoned(china_time());
    format!(
        "周{}{}",
        WEEKDAYS[start.weekday().to_monday_zero_offset() as usize],
        start.strftime("%H:%M")
    )
}

/// What the titles are written from.
pub struct RoleFacts<'a> {
    pub role: Role,
    /// The stream's id; the campaign's only stream when `None`.
    pub stream: Option<&'a str>,
    /// The product's name; the stream's first product when `None`.
    pub product: Option<&'a str>,
    pub benefit: Option<&'a str>,
}

/// Up to `count` titles for `facts.role`, best first.
pub fn generate(
    plan: &LoadedPlan,
    facts: &RoleFacts,
    linter: &dyn Linter,
    count: usize,
) -> Result<Vec<String>, crate::i18n::Msg> {
    let campaign = &plan.campaign;
    let stream = match facts.stream {
        Some(id) => campaign.stream(id).ok_or_else(|| {
            crate::msg!(
                "title-role-no-stream",
                path = &plan.path,
                id = id,
                campaign = &campaign.id.value
            )
        })?,
        None => match campaign.streams.as_slice() {
            [only] => only,
            [] => {
                return Err(crate::msg!("title-role-no-streams", path = &plan.path));
            }
            _ => {
                let ids: Vec<&str> = campaign
                    .streams
                    .iter()
                    .map(|s| s.id.value.as_str())
                    .collect();
                return Err(crate::msg!(
                    "title-role-several-streams",
                    path = &plan.path,
                    ids = crate::i18n::Arg::list(ids, crate::i18n::Join::Comma)
                ));
            }
        },
    };
    let product = facts
        .product
        .map(str::to_string)
        .or_else(|| stream.products.first().map(|p| p.name.value.clone()))
        .ok_or_else(|| {
            crate::msg!(
                "title-role-no-product",
                path = &plan.path,
                id = &stream.id.value
            )
        })?;
    let hours = campaign
        .notes
        .iter()
        .filter(|n| {
            n.role.value == Role::Recap
                && n.stream.as_ref().is_none_or(|s| s.value == stream.id.value)
        })
        .find_map(|n| n.code_valid_hours.as_ref().map(|h| h.value))
        .unwrap_or(24);
    let key = match facts.role {
        Role::Announcement => "announcement",
        Role::Recap => "recap",
        other => {
            return Err(crate::msg!("title-role-none", role = other.as_str()));
        }
    };
    let when_text = when(stream);
    let mut titles = Vec::new();
    for template in TEMPLATES.get(key).map(Vec::as_slice).unwrap_or_default() {
        if template.contains("{benefit}") && facts.benefit.is_none() {
            continue;
        }
        let title = template
            .replace("{when}", &when_text)
            .replace("{hours}", &hours.to_string())
            .replace("{product}", &product)
            .replace("{benefit}", facts.benefit.unwrap_or_default());
        if !titles.contains(&title) && passes(&title, plan, stream, linter) {
            titles.push(title);
        }
        if titles.len() == count {
            break;
        }
    }
    if titles.is_empty() {
        return Err(crate::msg!(
            "title-role-no-fit",
            role = key,
            product = &product
        ));
    }
    Ok(titles)
}

/// Whether a title passes the title rules and says nothing the plan
/// contradicts.
fn passes(title: &str, plan: &LoadedPlan, stream: &Stream, linter: &dyn Linter) -> bool {
    let source = format!("---\ntitle: \"{}\"\n---\n", title.replace('"', "\\\""));
    let mut note = Note::parse("title.md", source, NoteFormat::Markdown);
    let Some(span) = note.title.as_ref().map(|t| t.span.clone()) else {
        return false;
    };
    note.body = note.source.len()..note.source.len();
    let mut claims = Vec::new();
    super::notes::stream_claims(&note, &[stream], plan, &mut claims);
    // Rules about the whole Note (hashtags, body) point at the title too;
    // they are the Note's business, not the title's.
    let whole_note = &crate::title::templates::Titles::builtin().whole_note_rules;
    claims.is_empty()
        && linter.lint(&note).iter().all(|d| {
            d.severity < Severity::Warning
                || whole_note.iter().any(|id| id == d.rule)
                || d.span.start >= span.end
                || d.span.end <= span.start
        })
}
