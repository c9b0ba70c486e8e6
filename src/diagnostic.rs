//! What a rule reports: a span of the original text, a message, and the
//! rewrites that would fix it.

use std::ops::Range;

use serde::Serialize;

pub use crate::i18n::Text;
use crate::i18n::{Lang, Msg};

/// How much a finding counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Advice; never fails a run.
    Info,
    /// Hurts the sale; fails with `--deny warnings`.
    Warning,
    /// Legal or platform risk; fails the run.
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    pub fn parse(text: &str) -> Option<Severity> {
        match text {
            "info" => Some(Severity::Info),
            "warning" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether a suggestion can be applied without a human reading it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Applicability {
    /// Safe to apply automatically (`--fix`).
    MachineApplicable,
    /// Probably right, but a human should read it.
    MaybeIncorrect,
    /// Shows the shape of a fix; needs the writer's own words.
    HasPlaceholders,
}

/// One change to the source: `span` replaced by `replacement`. An empty
/// span is an insertion at that place; an empty replacement a deletion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub span: Range<usize>,
    pub replacement: String,
}

impl Edit {
    pub fn new(span: Range<usize>, replacement: impl Into<String>) -> Self {
        Edit {
            span,
            replacement: replacement.into(),
        }
    }

    /// A new text at `at`, replacing nothing.
    pub fn insert(at: usize, text: impl Into<String>) -> Self {
        Edit::new(at..at, text)
    }
}

/// A way to fix a finding: advice, and the edits that carry it out (none
/// for advice without a literal rewrite). The edits of one suggestion are
/// applied together or not at all.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    pub message: String,
    /// `message` as a translatable text, when it is one.
    pub msg: Option<Msg>,
    pub edits: Vec<Edit>,
    pub applicability: Applicability,
}

impl Suggestion {
    pub fn new(message: impl Into<Text>, edits: Vec<Edit>, applicability: Applicability) -> Self {
        let Text { english, msg } = message.into();
        Suggestion {
            message: english,
            msg,
            edits,
            applicability,
        }
    }

    /// The text written by a suggestion of exactly one edit.
    pub fn replacement(&self) -> Option<&str> {
        match self.edits.as_slice() {
            [edit] => Some(&edit.replacement),
            _ => None,
        }
    }

    /// The span of a suggestion of exactly one edit, when it is not the
    /// finding's own `span`.
    pub fn own_span(&self, span: &Range<usize>) -> Option<&Range<usize>> {
        match self.edits.as_slice() {
            [edit] if edit.span != *span => Some(&edit.span),
            _ => None,
        }
    }
}

/// Another place that explains a finding, such as the declared fact a claim
/// contradicts, or the earlier Note of a repeated flash sale.
#[derive(Debug, Clone, PartialEq)]
pub struct Related {
    pub message: String,
    /// `message` as a translatable text, when it is one.
    pub msg: Option<Msg>,
    /// A span in the same file, when the place is in it.
    pub span: Option<Range<usize>>,
    /// Another file, when the place is elsewhere.
    pub path: Option<String>,
}

impl Related {
    pub fn new(message: impl Into<Text>, span: Option<Range<usize>>, path: Option<String>) -> Self {
        let Text { english, msg } = message.into();
        Related {
            message: english,
            msg,
            span,
            path,
        }
    }
}

/// One finding.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub rule: &'static str,
    pub severity: Severity,
    pub message: String,
    /// `message` as a translatable text, when it is one.
    pub msg: Option<Msg>,
    /// Byte range into the original source.
    pub span: Range<usize>,
    pub suggestions: Vec<Suggestion>,
    pub related: Vec<Related>,
    /// The most this finding counts, whatever its rule's level: a guess
    /// (a likely typo) is not reported as an error.
    pub at_most: Option<Severity>,
}

impl Diagnostic {
    /// A finding of `rule` at `span`; its severity is set from the run's
    /// settings before it is reported.
    pub fn new(rule: &'static str, span: Range<usize>, message: impl Into<Text>) -> Self {
        let Text { english, msg } = message.into();
        Diagnostic {
            rule,
            severity: Severity::Warning,
            message: english,
            msg,
            span,
            suggestions: Vec::new(),
            related: Vec::new(),
            at_most: None,
        }
    }

    /// A suggestion replacing the finding's span with `replacement`, or
    /// advice alone when `None`.
    pub fn with_suggestion(
        self,
        message: impl Into<Text>,
        replacement: Option<String>,
        applicability: Applicability,
    ) -> Self {
        let edits = replacement
            .map(|r| vec![Edit::new(self.span.clone(), r)])
            .unwrap_or_default();
        self.with_edits(message, edits, applicability)
    }

    /// A suggestion replacing `span` rather than the finding's own span.
    pub fn with_suggestion_at(
        self,
        message: impl Into<Text>,
        replacement: String,
        span: Range<usize>,
        applicability: Applicability,
    ) -> Self {
        self.with_edits(message, vec![Edit::new(span, replacement)], applicability)
    }

    /// A suggestion carried out by `edits`, applied together.
    pub fn with_edits(
        mut self,
        message: impl Into<Text>,
        edits: Vec<Edit>,
        applicability: Applicability,
    ) -> Self {
        self.suggestions
            .push(Suggestion::new(message, edits, applicability));
        self
    }

    pub fn with_related(mut self, message: impl Into<Text>, span: Option<Range<usize>>) -> Self {
        self.related.push(Related::new(message, span, None));
        self
    }

    /// Shows the finding's texts in `lang`; plain texts stay as they are.
    pub fn localize(&mut self, lang: Lang) {
        if lang == Lang::En {
            return; // Built in English.
        }
        if let Some(msg) = &self.msg {
            self.message = msg.render(lang);
        }
        for suggestion in &mut self.suggestions {
            if let Some(msg) = &suggestion.msg {
                suggestion.message = msg.render(lang);
            }
        }
        for related in &mut self.related {
            if let Some(msg) = &related.msg {
                related.message = msg.render(lang);
            }
        }
    }
}
