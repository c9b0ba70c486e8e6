//! Campaign plans (SPEC 10): a campaign file describes the live streams,
//! flash windows, bundles and Notes of one campaign; `xhslint plan` checks
//! it with the plan rules before anything goes live.
//!
//! [`yaml`] reads the file into nodes that know their byte ranges,
//! [`model`] reads those strictly into typed facts, [`rules`] checks them,
//! [`facts`] gives a Note the plan's facts and [`timeline`] draws the
//! campaign's days.

pub mod discover;
pub mod facts;
pub mod model;
pub mod notes;
pub mod rules;
pub mod timeline;
pub mod titles;
pub mod yaml;

use std::fmt;
use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;
use crate::input::front_matter;
use crate::text::LineIndex;
pub use model::{Campaign, PlanError, Role};
pub use rules::{Context, LinkedNote, PlanSettings};

/// The file `xhslint plan` reads when given none.
pub const DEFAULT_FILE: &str = "campaign.yaml";

/// The largest campaign file read, as for Notes.
pub(crate) const MAX_BYTES: u64 = 1024 * 1024;

/// A campaign file that could not be read or is not a valid plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The file (or a Note it names) could not be read.
    Io {
        path: String,
        /// In English.
        message: String,
        /// `message` to translate, where it is written in the message files.
        msg: Option<crate::i18n::Msg>,
    },
    /// A mistake in the file, at its 1-based line and column.
    Invalid {
        path: String,
        line: usize,
        column: usize,
        /// In English.
        message: String,
        /// `message` to translate, where it is written in the message files.
        msg: Option<crate::i18n::Msg>,
    },
}

impl LoadError {
    /// The error in `lang`: the file and position as they are.
    pub fn render(&self, lang: crate::i18n::Lang) -> String {
        match self {
            LoadError::Invalid {
                path,
                line,
                column,
                msg: Some(msg),
                ..
            } => format!("{path}:{line}:{column}: {}", msg.render(lang)),
            LoadError::Io {
                path,
                msg: Some(msg),
                ..
            } => format!("{path}: {}", msg.render(lang)),
            other => other.to_string(),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Io { path, message, .. } => write!(f, "{path}: {message}"),
            LoadError::Invalid {
                path,
                line,
                column,
                message,
                ..
            } => write!(f, "{path}:{line}:{column}: {message}"),
        }
    }
}

impl std::error::Error for LoadError {}

/// A campaign file, read and validated, with the Notes it names.
#[derive(Debug, Clone)]
pub struct LoadedPlan {
    /// The path as given, for messages and reports.
    pub path: String,
    pub source: String,
    pub campaign: Campaign,
    /// One per `notes` entry: the Note file, when it exists.
    pub notes: Vec<Option<LinkedNote>>,
    pub settings: PlanSettings,
}

/// Reads the campaign file at `path` and the Notes it names (relative to
/// its directory).
pub fn load(path: &Path) -> Result<LoadedPlan, LoadError> {
    let display = path.display().to_string();
    let io = |msg: crate::i18n::Msg| LoadError::Io {
        path: display.clone(),
        message: msg.render(crate::i18n::Lang::En),
        msg: Some(msg),
    };
    let unreadable = |e: std::io::Error| io(crate::msg!("plan-unreadable", reason = e.to_string()));
    let meta = std::fs::metadata(path).map_err(unreadable)?;
    if meta.len() > MAX_BYTES {
        return Err(io(crate::msg!(
            "plan-too-large",
            size = meta.len().to_string(),
            limit = MAX_BYTES.to_string()
        )));
    }
    let bytes = std::fs::read(path).map_err(unreadable)?;
    let source = String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to().to_string();
        io(crate::msg!("plan-not-utf8", offset = offset))
    })?;
    let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
    parse(&display, &base, source)
}

/// Reads a campaign from `source`; `base` is the directory its Note paths
/// are relative to.
pub fn parse(display: &str, base: &Path, source: String) -> Result<LoadedPlan, LoadError> {
    let located = |offset: usize, message: String, msg: Option<crate::i18n::Msg>| {
        let position = LineIndex::new(&source).position(&source, offset.min(source.len()));
        LoadError::Invalid {
            path: display.to_string(),
            line: position.line,
            column: position.column,
            message,
            msg,
        }
    };
    let invalid = |offset: usize, msg: crate::i18n::Msg| {
        located(offset, msg.render(crate::i18n::Lang::En), Some(msg))
    };
    let root = yaml::parse(&source).map_err(|e| located(e.offset, e.message, Some(e.msg)))?;
    let campaign =
        model::read(&root, &rules::ids()).map_err(|e| located(e.offset, e.message, e.msg))?;
    let settings =
        PlanSettings::from_campaign(&campaign).map_err(|e| located(e.offset, e.message, e.msg))?;
    let mut notes = Vec::with_capacity(campaign.notes.len());
    for entry in &campaign.notes {
        let file: PathBuf = base.join(&entry.path.value);
        let shown = file.display().to_string();
        let linked = match std::fs::read(&file) {
            Ok(bytes) => {
                let text = String::from_utf8(bytes).map_err(|_| {
                    let msg = crate::msg!("plan-note-not-utf8", path = &shown);
                    invalid(entry.path.span.start, msg)
                })?;
                Some(LinkedNote {
                    path: shown,
                    front_matter: front_matter::parse(&text),
                })
            }
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => None,
            Err(err) => {
                return Err(invalid(
                    entry.path.span.start,
                    crate::msg!(
                        "plan-note-unreadable",
                        path = &shown,
                        reason = err.to_string()
                    ),
                ));
            }
        };
        notes.push(linked);
    }
    Ok(LoadedPlan {
        path: display.to_string(),
        source,
        campaign,
        notes,
        settings,
    })
}

/// Every finding of the plan rules on `plan`, at the severities it sets,
/// without those its `xhslint.disable` entries switch off, in file order.
pub fn check(plan: &LoadedPlan) -> Vec<Diagnostic> {
    let context = Context {
        campaign: &plan.campaign,
        notes: &plan.notes,
        settings: &plan.settings,
    };
    let mut found = Vec::new();
    for rule in rules::all() {
        let meta = rule.meta();
        let Some(severity) = plan.settings.severity(meta) else {
            continue;
        };
        let mut out = Vec::new();
        rule.check(&context, &mut out);
        for mut diagnostic in out {
            let suppressed =
                plan.campaign.disable.iter().any(|(scope, id)| {
                    id.value == meta.id && scope.contains(&diagnostic.span.start)
                });
            if !suppressed {
                diagnostic.severity = severity;
                found.push(diagnostic);
            }
        }
    }
    found.sort_by(|a, b| {
        (a.span.start, a.span.end, a.rule).cmp(&(b.span.start, b.span.end, b.rule))
    });
    found
}
