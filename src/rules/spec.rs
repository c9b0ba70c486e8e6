//! Reading a rule's YAML data: its parameters and its examples.

use serde::Deserialize;
use serde::de::DeserializeOwned;

/// A rule file's examples: texts that must produce the finding and texts
/// that must not. Each text is a whole Note in Markdown.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Examples {
    #[serde(default)]
    pub flag: Vec<Example>,
    #[serde(default)]
    pub pass: Vec<Example>,
}

/// One example: a Note, and for `flag:` the exact texts the findings cover
/// (in order), when they are worth pinning.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Example {
    Note(String),
    Detailed {
        note: String,
        #[serde(default)]
        texts: Vec<String>,
        #[serde(default)]
        why: Option<String>,
        /// For a fixable rule: the whole Note after `--fix` with this rule
        /// alone switched on.
        #[serde(default)]
        fixed: Option<String>,
    },
}

impl Example {
    pub fn note(&self) -> &str {
        match self {
            Example::Note(note) | Example::Detailed { note, .. } => note,
        }
    }

    pub fn texts(&self) -> &[String] {
        match self {
            Example::Note(_) => &[],
            Example::Detailed { texts, .. } => texts,
        }
    }

    /// The Note as `--fix` leaves it, when the example says.
    pub fn fixed(&self) -> Option<&str> {
        match self {
            Example::Note(_) => None,
            Example::Detailed { fixed, .. } => fixed.as_deref(),
        }
    }
}

#[derive(Deserialize)]
struct WithExamples {
    #[serde(default)]
    examples: Examples,
}

/// The examples of a rule file.
pub fn examples(yaml: &str) -> Result<Examples, serde_yaml::Error> {
    serde_yaml::from_str::<WithExamples>(yaml).map(|w| w.examples)
}

/// Reads a rule's parameters; the data is compiled in and tested, so a
/// failure here is a defect caught by the test suite, reported as the
/// type's default rather than a panic in a user's run.
pub fn params<T: DeserializeOwned + Default>(yaml: &str) -> T {
    crate::model::rule_data::parse(yaml).unwrap_or_default()
}

/// Like [`params`], but returns the error, for the tests.
pub fn try_params<T: DeserializeOwned>(yaml: &str) -> Result<T, String> {
    crate::model::rule_data::parse(yaml)
}
