//! Linting an open document and turning its findings into LSP diagnostics.

use std::path::Path;

use lsp_types::{
    CodeDescription, DiagnosticRelatedInformation, DiagnosticSeverity, Location, NumberOrString,
    Url,
};

use super::documents::{Document, file_path, name_and_format};
use super::position::PositionEncoding;
use super::settings::SettingsSource;
use crate::config::ConfigError;
use crate::diagnostic::{Diagnostic, Severity};
use crate::input::note::Note;
use crate::lint::lint_note;
use crate::report::rule_url;

/// The `source` of every diagnostic the server publishes.
pub const SOURCE: &str = "xhslint";

/// Lints the document's current text into `document.findings`, unless the
/// findings there are for the current text already.
pub fn lint(
    document: &mut Document,
    uri: &Url,
    settings_source: &SettingsSource,
) -> Result<(), ConfigError> {
    let settings = settings_source;
    if document.findings.is_none() && too_large(document).is_some() {
        // Refused as a file of this size is; `publish` says so.
        document.findings = Some(Vec::new());
    }
    if document.findings.is_none() {
        let path = file_path(uri);
        let settings = settings.settings_for(path.as_deref())?;
        let (name, format) = name_and_format(uri, &document.language_id);
        let note = Note::parse(name, document.text.clone(), format);
        let lang = settings_source.lang(&settings);
        let mut findings = lint_note(&note, &settings);
        findings.iter_mut().for_each(|d| d.localize(lang));
        document.findings = Some(findings);
    }
    Ok(())
}

/// Where rule documentation pages live: `report::rule_url` paths resolved
/// against a base URL, as LSP wants an absolute URI.
#[derive(Debug, Clone)]
pub struct DocLinks {
    base: Option<Url>,
}

impl DocLinks {
    /// Pages under `base` (a directory URL, with or without the trailing
    /// slash), else the `docs/` of the source tree the binary was built
    /// from when it is still there, else no links.
    pub fn new(base: Option<Url>) -> Self {
        let base = base
            .map(|mut url| {
                if !url.path().ends_with('/') {
                    let path = format!("{}/", url.path());
                    url.set_path(&path);
                }
                url
            })
            .or_else(|| {
                let built_from = Path::new(env!("CARGO_MANIFEST_DIR"));
                built_from
                    .join("docs/rules")
                    .is_dir()
                    .then(|| Url::from_directory_path(built_from).ok())
                    .flatten()
            });
        DocLinks { base }
    }

    pub fn href(&self, rule: &str) -> Option<Url> {
        self.base.as_ref()?.join(&rule_url(rule)).ok()
    }
}

pub fn severity(severity: Severity) -> DiagnosticSeverity {
    match severity {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
    }
}

/// One finding as an LSP diagnostic.
pub fn to_lsp(
    finding: &Diagnostic,
    document: &Document,
    uri: &Url,
    encoding: PositionEncoding,
    links: &DocLinks,
) -> lsp_types::Diagnostic {
    let positions = document.positions(encoding);
    let related: Vec<DiagnosticRelatedInformation> = finding
        .related
        .iter()
        .filter_map(|related| {
            let location = match (&related.path, &related.span) {
                (None, Some(span)) => Location::new(uri.clone(), positions.range(span.clone())),
                (Some(path), _) => {
                    let absolute = std::path::absolute(path).ok()?;
                    let other = Url::from_file_path(absolute).ok()?;
                    Location::new(other, lsp_types::Range::default())
                }
                (None, None) => return None,
            };
            Some(DiagnosticRelatedInformation {
                location,
                message: related.message.clone(),
            })
        })
        .collect();
    lsp_types::Diagnostic {
        range: positions.range(finding.span.clone()),
        severity: Some(severity(finding.severity)),
        code: Some(NumberOrString::String(finding.rule.to_string())),
        code_description: links
            .href(finding.rule)
            .map(|href| CodeDescription { href }),
        source: Some(SOURCE.to_string()),
        message: finding.message.clone(),
        related_information: (!related.is_empty()).then_some(related),
        tags: None,
        data: None,
    }
}

/// A config that cannot be used, shown at the top of each document it
/// governs (linting with other settings would show wrong findings), and
/// pointing at the mistake in the config file.
/// The message for a document over the size limit for a Note, which is
/// not linted, as a file of that size is not.
pub fn too_large(document: &Document) -> Option<String> {
    let limit = crate::input::Limits::default().max_file_bytes;
    let size = document.text.len() as u64;
    (size > limit).then(|| {
        format!("document is {size} bytes, over the {limit}-byte limit for a Note; not linted")
    })
}

/// The one diagnostic published for a document over the size limit.
pub fn too_large_problem(message: String) -> lsp_types::Diagnostic {
    lsp_types::Diagnostic {
        range: lsp_types::Range::default(),
        severity: Some(DiagnosticSeverity::WARNING),
        code: Some(NumberOrString::String("too-large".to_string())),
        source: Some(SOURCE.to_string()),
        message,
        ..lsp_types::Diagnostic::default()
    }
}

/// A config that cannot be loaded, shown on the document in `lang`.
pub fn config_problem(error: &ConfigError, lang: crate::i18n::Lang) -> lsp_types::Diagnostic {
    let at_mistake = std::path::absolute(&error.path)
        .ok()
        .and_then(|path| Url::from_file_path(path).ok())
        .map(|uri| {
            let (line, column) = error.position.unwrap_or((1, 1));
            let place = lsp_types::Position::new(
                u32::try_from(line.saturating_sub(1)).unwrap_or(u32::MAX),
                u32::try_from(column.saturating_sub(1)).unwrap_or(u32::MAX),
            );
            vec![DiagnosticRelatedInformation {
                location: Location::new(uri, lsp_types::Range::new(place, place)),
                message: error
                    .msg
                    .as_ref()
                    .map_or_else(|| error.message.clone(), |m| m.render(lang)),
            }]
        });
    lsp_types::Diagnostic {
        range: lsp_types::Range::default(),
        severity: Some(DiagnosticSeverity::ERROR),
        code: Some(NumberOrString::String("config".to_string())),
        source: Some(SOURCE.to_string()),
        message: error.render(lang),
        related_information: at_mistake,
        ..lsp_types::Diagnostic::default()
    }
}
