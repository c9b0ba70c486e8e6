//! SARIF 2.1.0, for code-scanning services: one run, the rule catalogue as
//! the driver's rules (each with its `helpUri`), one result per finding,
//! machine-applicable suggestions as `fixes`, and inputs that could not be
//! read as tool execution notifications. Columns are UTF-16 code units
//! (`columnKind`), as editors and code-scanning UIs count them.
//!
//! The results are streamed; the tool object is written after them (member
//! order carries no meaning in JSON), so rules that only appear while the
//! run goes on are still listed.

use std::borrow::Cow;
use std::io::{self, Write};
use std::ops::Range;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::Serialize;
use serde_json::{Value, json};

use super::pretty::indented;
use super::{FileReport, Renderer, SpanLocation, Summary, help_text_in, rule_help_uri};
use crate::diagnostic::{Applicability, Diagnostic, Severity};
use crate::i18n::Lang;
use crate::rules::{self, RuleMeta};

pub const SARIF_SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// Bytes a relative URI path may hold unescaped: unreserved characters and
/// the separator.
const URI_PATH: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'/');

/// A path as a SARIF artifact URI: relative paths stay relative (code
/// scanning resolves them against the repository root), absolute ones
/// become `file://` URIs; non-ASCII names are percent-encoded.
pub fn artifact_uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let encoded = utf8_percent_encode(&path, URI_PATH).to_string();
    if path.starts_with('/') {
        format!("file://{encoded}")
    } else {
        encoded
    }
}

/// The SARIF level of a severity.
pub fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn rule_descriptor(meta: &RuleMeta) -> Value {
    let doc = meta.doc_markdown();
    json!({
        "id": meta.id,
        "shortDescription": {"text": meta.summary},
        "help": {"text": doc, "markdown": doc},
        "helpUri": rule_help_uri(meta.id),
        "defaultConfiguration": {"level": level(meta.default_severity)},
        "properties": {"fixable": meta.fixable},
    })
}

/// A rule's texts in another language than English, for its descriptor.
pub struct RuleText {
    /// The one-line summary.
    pub summary: String,
    /// The documentation, Markdown.
    pub help: String,
}

/// The descriptor of a rule whose texts are in another language: those
/// texts where a reader sees them, and the English ones under
/// `properties.en` with the same shape, so a tool reads the same member
/// whatever the run's language.
fn translated_descriptor(meta: &RuleMeta, text: RuleText) -> Value {
    let mut descriptor = rule_descriptor(meta);
    let english = json!({
        "shortDescription": descriptor["shortDescription"].take(),
        "help": descriptor["help"].take(),
    });
    descriptor["shortDescription"] = json!({"text": text.summary});
    descriptor["help"] = json!({"text": text.help, "markdown": text.help});
    descriptor["properties"]["en"] = english;
    descriptor
}

fn ad_hoc_descriptor(id: &str) -> Value {
    json!({"id": id, "helpUri": rule_help_uri(id)})
}

// Results are serialized straight from the report through the borrowed
// views below, like the JSON report's entries: each declares its fields in
// the order its keys are written, and leaves out the optional ones that are
// absent.

#[derive(Serialize)]
struct Text<T> {
    text: T,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region<'a> {
    start_line: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    start_column: Option<usize>,
    end_line: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_column: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    byte_offset: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    byte_length: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    snippet: Option<Text<&'a str>>,
}

impl<'a> Region<'a> {
    /// A span of a file, with its text.
    fn of(report: &'a FileReport, range: &Range<usize>) -> Self {
        let location = report.locate(range);
        Region {
            start_line: location.start.line,
            start_column: Some(location.start.utf16_column),
            end_line: location.end.line,
            end_column: Some(location.end.utf16_column),
            byte_offset: Some(location.start.byte_offset),
            byte_length: Some(location.end.byte_offset - location.start.byte_offset),
            snippet: Some(Text {
                text: report.source.get(range.clone()).unwrap_or_default(),
            }),
        }
    }

    /// A JSONL record's line.
    fn line(line: usize) -> Self {
        Region {
            start_line: line,
            start_column: None,
            end_line: line,
            end_column: None,
            byte_offset: None,
            byte_length: None,
            snippet: None,
        }
    }
}

#[derive(Serialize)]
struct ArtifactLocation<'a> {
    uri: Cow<'a, str>,
}

impl<'a> ArtifactLocation<'a> {
    fn of(uri: &'a str) -> Self {
        ArtifactLocation {
            uri: Cow::Borrowed(uri),
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation<'a> {
    artifact_location: ArtifactLocation<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<Region<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location<'a> {
    physical_location: PhysicalLocation<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RelatedLocation<'a> {
    id: usize,
    message: Text<&'a str>,
    physical_location: PhysicalLocation<'a>,
}

/// Where in a JSONL record a result is.
#[derive(Serialize)]
struct RecordProperties<'a> {
    record: Option<super::json::RecordEntry<'a>>,
    span: SpanLocation<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    field: Option<&'a str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Fix<'a> {
    description: Text<&'a str>,
    artifact_changes: [ArtifactChange<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactChange<'a> {
    artifact_location: ArtifactLocation<'a>,
    replacements: Vec<Replacement<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Replacement<'a> {
    deleted_region: Region<'a>,
    inserted_content: Text<&'a str>,
}

/// The members of a result before its `ruleIndex`: what was found.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ResultHead<'a> {
    rule_id: &'a str,
    level: &'static str,
    message: Text<String>,
}

impl<'a> ResultHead<'a> {
    fn of(d: &'a Diagnostic, lang: Lang) -> Self {
        let mut text = d.message.clone();
        for suggestion in &d.suggestions {
            text.push('\n');
            let help = help_text_in(lang, suggestion);
            text.push_str(&crate::i18n::render_texts(
                lang,
                "human-help",
                &[("text", &help)],
            ));
        }
        ResultHead {
            rule_id: d.rule,
            level: level(d.severity),
            message: Text { text },
        }
    }
}

/// The members of a result after its `ruleIndex`: where, and how to fix
/// it. Positions in a JSONL record's field are not positions in the JSONL
/// file: the region is the record's line, and the field and its span go in
/// the result's properties.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ResultTail<'a> {
    locations: [Location<'a>; 1],
    #[serde(skip_serializing_if = "Option::is_none")]
    properties: Option<RecordProperties<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<RelatedLocation<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fixes: Vec<Fix<'a>>,
}

impl<'a> ResultTail<'a> {
    /// `uri` is the report's artifact URI.
    fn of(report: &'a FileReport, d: &'a Diagnostic, uri: &'a str) -> Self {
        let located = |region| {
            [Location {
                physical_location: PhysicalLocation {
                    artifact_location: ArtifactLocation::of(uri),
                    region: Some(region),
                },
            }]
        };
        if let Some(record) = &report.record {
            let span = report.locate(&d.span);
            return ResultTail {
                locations: located(Region::line(record.line)),
                properties: Some(RecordProperties {
                    record: super::json::record(report),
                    field: span.field,
                    span,
                }),
                related_locations: Vec::new(),
                fixes: Vec::new(),
            };
        }
        ResultTail {
            locations: located(Region::of(report, &d.span)),
            properties: None,
            related_locations: d
                .related
                .iter()
                .enumerate()
                .map(|(id, related)| RelatedLocation {
                    id,
                    message: Text {
                        text: &related.message,
                    },
                    physical_location: PhysicalLocation {
                        artifact_location: match &related.path {
                            Some(path) => ArtifactLocation {
                                uri: Cow::Owned(artifact_uri(path)),
                            },
                            None => ArtifactLocation::of(uri),
                        },
                        region: match (&related.path, &related.span) {
                            (None, Some(span)) => Some(Region::of(report, span)),
                            _ => None,
                        },
                    },
                })
                .collect(),
            fixes: d
                .suggestions
                .iter()
                .filter(|s| {
                    s.applicability == Applicability::MachineApplicable && !s.edits.is_empty()
                })
                .map(|s| Fix {
                    description: Text { text: &s.message },
                    artifact_changes: [ArtifactChange {
                        artifact_location: ArtifactLocation::of(uri),
                        replacements: s
                            .edits
                            .iter()
                            .map(|e| Replacement {
                                deleted_region: Region {
                                    snippet: None,
                                    ..Region::of(report, &e.span)
                                },
                                inserted_content: Text {
                                    text: &e.replacement,
                                },
                            })
                            .collect(),
                    }],
                })
                .collect(),
        }
    }
}

fn notification(report: &FileReport, message: &str) -> Value {
    let mut location =
        json!({"physicalLocation": {"artifactLocation": {"uri": artifact_uri(&report.path)}}});
    if let Some(record) = &report.record {
        location["physicalLocation"]["region"] = json!({"startLine": record.line});
    }
    json!({"level": "error", "message": {"text": message}, "locations": [location]})
}

/// Where results sit in the log: `runs[0].results[i]`.
const RESULT_INDENT: &str = "        ";

/// A result pretty-printed at its depth in the log, but for its
/// `ruleIndex`: indices follow the order the run meets the rules in, so the
/// thread writing the log fills them in. `head` is the result up to the end
/// of its `message` member, `tail` the members after the index to the
/// closing brace.
struct RenderedResult {
    rule: &'static str,
    head: String,
    tail: String,
}

impl RenderedResult {
    /// `uri` is the report's artifact URI.
    fn new(report: &FileReport, d: &Diagnostic, uri: &str, lang: Lang) -> Self {
        // Two whole objects, cut where the index goes: the head loses its
        // closing brace line, the tail its opening brace.
        let mut head = indented(&ResultHead::of(d, lang), RESULT_INDENT.len());
        let mut tail = indented(&ResultTail::of(report, d, uri), RESULT_INDENT.len());
        let close = format!("\n{RESULT_INDENT}}}");
        if head.ends_with(&close) {
            head.truncate(head.len() - close.len());
        }
        if tail.starts_with('{') {
            tail.drain(..1);
        }
        RenderedResult {
            rule: d.rule,
            head,
            tail,
        }
    }
}

/// One report's part of the log.
pub struct SarifReport {
    results: Vec<RenderedResult>,
    /// Why the input could not be read, or its fix written.
    notifications: Vec<Value>,
}

/// Streams one SARIF log.
pub struct SarifRenderer {
    /// The run's `language` when it is not English (SARIF's default).
    language: Option<&'static str>,
    /// The language of the results' help lines.
    lang: Lang,
    rules: Vec<Value>,
    rule_ids: Vec<String>,
    results: usize,
    notifications: Vec<Value>,
}

impl Default for SarifRenderer {
    fn default() -> Self {
        let metas: Vec<&RuleMeta> = rules::all().iter().map(|r| r.meta()).collect();
        SarifRenderer::for_rules(&metas)
    }
}

impl SarifRenderer {
    /// A log whose rule list is `metas` (`xhslint plan` lists the plan rules).
    pub fn for_rules(metas: &[&RuleMeta]) -> Self {
        SarifRenderer {
            language: None,
            lang: Lang::En,
            rules: metas.iter().map(|m| rule_descriptor(m)).collect(),
            rule_ids: metas.iter().map(|m| m.id.to_string()).collect(),
            results: 0,
            notifications: Vec::new(),
        }
    }
}

impl SarifRenderer {
    /// The log in `lang`: the results' messages are already in it (the
    /// report is localized); the rules' descriptions take `text` of each
    /// rule, with the English kept in `properties.en`. English leaves the
    /// log as it is.
    pub fn in_lang(mut self, lang: Lang, text: &dyn Fn(&RuleMeta) -> RuleText) -> Self {
        if lang == Lang::En {
            return self;
        }
        self.lang = lang;
        self.language = Some(match lang {
            Lang::Zh => "zh-CN",
            Lang::En => "en-US",
        });
        for (descriptor, id) in self.rules.iter_mut().zip(&self.rule_ids) {
            let meta = rules::all()
                .iter()
                .map(|r| r.meta())
                .chain(crate::plan::rules::all().iter().map(|r| r.meta()))
                .find(|m| m.id == id);
            if let Some(meta) = meta {
                *descriptor = translated_descriptor(meta, text(meta));
            }
        }
        self
    }

    /// The index of a rule in the log's rule list; a rule the catalogue
    /// does not hold is added when the run first meets it.
    fn rule_index(&mut self, id: &str) -> usize {
        match self.rule_ids.iter().position(|r| r == id) {
            Some(index) => index,
            None => {
                self.rule_ids.push(id.to_string());
                self.rules.push(ad_hoc_descriptor(id));
                self.rule_ids.len() - 1
            }
        }
    }
}

impl Renderer for SarifRenderer {
    type Rendered = SarifReport;

    fn start(&mut self, out: &mut dyn Write) -> io::Result<()> {
        write!(
            out,
            "{{\n  \"$schema\": \"{SARIF_SCHEMA}\",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {{\n      \"columnKind\": \"utf16CodeUnits\",\n"
        )?;
        if let Some(language) = self.language {
            writeln!(out, "      \"language\": \"{language}\",")?;
        }
        write!(out, "      \"results\": [")
    }

    fn render(&self, report: &FileReport) -> SarifReport {
        let errors = [
            report.error.as_ref(),
            report.fix.as_ref().and_then(|f| f.error.as_ref()),
        ];
        let uri = artifact_uri(&report.path);
        SarifReport {
            results: report
                .diagnostics
                .iter()
                .map(|d| RenderedResult::new(report, d, &uri, self.lang))
                .collect(),
            notifications: errors
                .into_iter()
                .flatten()
                .map(|error| notification(report, error))
                .collect(),
        }
    }

    fn write(&mut self, report: SarifReport, out: &mut dyn Write) -> io::Result<()> {
        self.notifications.extend(report.notifications);
        for result in report.results {
            let index = self.rule_index(result.rule);
            let separator = if self.results == 0 { "" } else { "," };
            self.results += 1;
            write!(
                out,
                "{separator}\n{RESULT_INDENT}{},\n{RESULT_INDENT}  \"ruleIndex\": {index},{}",
                result.head, result.tail
            )?;
        }
        Ok(())
    }

    fn finish(&mut self, _summary: &Summary, out: &mut dyn Write) -> io::Result<()> {
        let close = if self.results == 0 { "]" } else { "\n      ]" };
        let invocation = json!({
            "executionSuccessful": self.notifications.is_empty(),
            "toolExecutionNotifications": self.notifications,
        });
        let tool = json!({"driver": {
            "name": "xhslint",
            "version": env!("CARGO_PKG_VERSION"),
            "semanticVersion": env!("CARGO_PKG_VERSION"),
            "informationUri": env!("CARGO_PKG_REPOSITORY"),
            "rules": self.rules,
        }});
        writeln!(
            out,
            "{close},\n      \"invocations\": [\n        {}\n      ],\n      \"tool\": {}\n    }}\n  ]\n}}",
            indented(&invocation, 8),
            indented(&tool, 6)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_relative_and_percent_encoded() {
        assert_eq!(artifact_uri("notes/a b.md"), "notes/a%20b.md");
        assert_eq!(
            artifact_uri("笔记/限时.md"),
            "%E7%AC%94%E8%AE%B0/%E9%99%90%E6%97%B6.md"
        );
        assert_eq!(artifact_uri("/tmp/x#1.md"), "file:///tmp/x%231.md");
    }
}
