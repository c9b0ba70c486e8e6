//! Notes that join a campaign from their own front matter (`campaign: ID`
//! or `campaign: {id: ID, role: ROLE}`) instead of a `notes` entry in the
//! plan. `xhslint plan` finds them under the campaign file's folder (as
//! `check` walks a folder: `.gitignore` and `.xhslintignore` honoured) and
//! checks them with the listed ones.
//!
//! A Note that declares no role gets the one its facts and timing imply:
//! `sale` facts or `kind: sale` make it a sale Note; published before the
//! first stream it announces it (a preheat when the campaign has a festival
//! and it goes out more than a week ahead); published after the last
//! stream ends it recaps it; anything else sells during the campaign.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use jiff::Timestamp;

use super::model::{Campaign, NoteEntry, Role};
use super::notes::normal;
use super::rules::LinkedNote;
use super::{LoadError, LoadedPlan, MAX_BYTES};
use crate::input::front_matter::{self, FrontMatter, Located};
use crate::input::walk::{Found, find_notes};

/// A preheat goes out well before the stream it builds up to.
const PREHEAT_LEAD_SECONDS: i64 = 7 * 24 * 3600;

/// Adds to `plan` the Notes under its folder that name its campaign and that
/// it does not list, in path order.
pub fn add_front_matter_notes(plan: &mut LoadedPlan) -> Result<(), LoadError> {
    let base = match Path::new(&plan.path).parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let listed: HashSet<PathBuf> = plan
        .campaign
        .notes
        .iter()
        .map(|entry| normal(&base.join(&entry.path.value)))
        .collect();
    for found in find_notes(std::slice::from_ref(&base)) {
        let path = match found {
            Found::File(path) => path,
            Found::Error { path, message } => {
                let msg = crate::msg!("plan-unreadable", reason = &message);
                return Err(LoadError::Io {
                    path,
                    message,
                    msg: Some(msg),
                });
            }
        };
        if listed.contains(&normal(&path)) {
            continue;
        }
        let Some(front_matter) = read_front_matter(&path)? else {
            continue;
        };
        let joins = front_matter
            .campaign
            .as_ref()
            .is_some_and(|id| id.value == plan.campaign.id.value);
        if !joins {
            continue;
        }
        let role = front_matter
            .campaign_role
            .as_ref()
            .and_then(|role| Role::parse(&role.value))
            .unwrap_or_else(|| implied_role(&plan.campaign, &front_matter));
        let at = plan.campaign.id.span.clone();
        let relative = path.strip_prefix(&base).unwrap_or(&path);
        plan.campaign.notes.push(NoteEntry {
            span: at.clone(),
            path: Located {
                value: relative.display().to_string(),
                span: at.clone(),
            },
            role: Located {
                value: role,
                span: at,
            },
            publish_at: None,
            stream: None,
            product: None,
            sale: None,
            replay: None,
            code: None,
            code_valid_hours: None,
            from_front_matter: true,
        });
        // Shown as the plan's own Note paths are: beside the plan's path.
        let shown = match Path::new(&plan.path).parent() {
            Some(dir) => dir.join(relative),
            None => relative.to_path_buf(),
        };
        plan.notes.push(Some(LinkedNote {
            path: shown.display().to_string(),
            front_matter: Some(front_matter),
        }));
    }
    Ok(())
}

/// The front matter of the Note at `path`, when it has one that mentions a
/// campaign; a file that cannot be read is an error naming it.
fn read_front_matter(path: &Path) -> Result<Option<FrontMatter>, LoadError> {
    let io = |message: String| LoadError::Io {
        path: path.display().to_string(),
        msg: Some(crate::msg!("plan-unreadable", reason = &message)),
        message,
    };
    let size = std::fs::metadata(path)
        .map_err(|e| io(e.to_string()))?
        .len();
    // Larger than any Note may be: `check` refuses it, and so it names no
    // campaign.
    if size > MAX_BYTES {
        return Ok(None);
    }
    let bytes = std::fs::read(path).map_err(|e| io(e.to_string()))?;
    // Most Notes of a folder name no campaign: skip them unparsed.
    let Ok(text) = String::from_utf8(bytes) else {
        return Ok(None);
    };
    if !text.contains("campaign") {
        return Ok(None);
    }
    Ok(front_matter::parse(&text))
}

/// The role a Note's facts and timing imply (see the module comment).
fn implied_role(campaign: &Campaign, front_matter: &FrontMatter) -> Role {
    let declared_sale = front_matter
        .kind
        .as_ref()
        .is_some_and(|kind| kind.value == "sale");
    if front_matter.sale.is_some() || declared_sale {
        return Role::Sale;
    }
    let Some(published) = front_matter.publish_at.as_ref().map(|p| p.value) else {
        return Role::Sale;
    };
    let first_start = campaign.streams.iter().map(|s| s.start.value).min();
    let last_end = campaign.streams.iter().map(|s| s.end.value).max();
    match (first_start, last_end) {
        (Some(start), _) if published < start => {
            if campaign.festival.is_some() && lead(published, start) > PREHEAT_LEAD_SECONDS {
                Role::Preheat
            } else {
                Role::Announcement
            }
        }
        (_, Some(end)) if published >= end => Role::Recap,
        _ => Role::Sale,
    }
}

fn lead(from: Timestamp, to: Timestamp) -> i64 {
    to.as_second() - from.as_second()
}
