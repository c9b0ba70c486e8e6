//! Config errors: `path:line:col: what is wrong — what is allowed`.

use std::fmt;
use std::sync::LazyLock;

use regex::Regex;

/// A mistake in a config file (or a file it names), with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// The file as the user named or we found it.
    pub path: String,
    /// 1-based line and column, when the mistake has a place.
    pub position: Option<(usize, usize)>,
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some((line, column)) => write!(f, "{}:{line}:{column}: {}", self.path, self.message),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

impl std::error::Error for ConfigError {}

impl ConfigError {
    pub fn at(path: &str, position: Option<(usize, usize)>, message: impl Into<String>) -> Self {
        ConfigError {
            path: path.to_string(),
            position,
            message: message.into(),
        }
    }

    /// Turns a serde_yaml error into a located message in the house style.
    pub fn from_yaml(path: &str, err: &serde_yaml::Error) -> Self {
        let position = err.location().map(|l| (l.line(), l.column()));
        ConfigError {
            path: path.to_string(),
            position,
            message: rewrite(&err.to_string()),
        }
    }
}

static LOCATION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r" at line \d+ column \d+").expect("valid regex"));
static PATH_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?s)^((?:[\w-]+|\[\d+\])(?:\.[\w-]+|\[\d+\])*): (.*)$").expect("valid regex")
});
static UNKNOWN_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?s)^unknown field `([^`]*)`, expected (.*)$").expect("valid regex")
});
static INVALID: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?s)^invalid (type|value|length): (.*?), expected (.*)$").expect("valid regex")
});
static DUPLICATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?s)^duplicate (?:field `([^`]*)`|entry with key "?([^"]*)"?)$"#)
        .expect("valid regex")
});
static SEQUENCE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\ba sequence\b").expect("valid regex"));
static MAP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\ba map\b").expect("valid regex"));
static QUOTED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"`([^`]*)`").expect("valid regex"));

/// Rewrites serde's wording (`unknown field`, `invalid type: …, expected …`)
/// into what a config author reads: the key, what was found, what fits.
/// Messages from xhslint's own checks already follow the house style and
/// pass through; anything else is a YAML syntax error.
fn rewrite(raw: &str) -> String {
    let text = LOCATION.replace_all(raw, "");
    let (path, body) = match PATH_PREFIX.captures(&text) {
        Some(caps) => (Some(caps[1].to_string()), caps[2].to_string()),
        None => (None, text.to_string()),
    };
    let key = |name: &str| match &path {
        Some(path) if !name.is_empty() => format!("{path}.{name}"),
        Some(path) => path.clone(),
        None => name.to_string(),
    };
    if let Some(caps) = UNKNOWN_FIELD.captures(&body) {
        let choices: Vec<&str> = QUOTED
            .captures_iter(&caps[2])
            .filter_map(|c| c.get(1).map(|m| m.as_str()))
            .collect();
        return unknown(
            &format!("unknown key `{}`", key(&caps[1])),
            &caps[1],
            &choices,
        );
    }
    if let Some(caps) = INVALID.captures(&body) {
        let subject = match &path {
            Some(path) => format!("`{path}`"),
            None => "the config".to_string(),
        };
        let found = describe_found(&caps[2]);
        let expected = SEQUENCE.replace_all(&caps[3], "a list");
        let expected = MAP.replace_all(&expected, "a mapping");
        return match &caps[1] {
            "type" => format!("{subject} is {found}, the wrong type — expected {expected}"),
            _ => format!("{subject} cannot be {found} — expected {expected}"),
        };
    }
    if let Some(caps) = DUPLICATE.captures(&body) {
        let name = caps.get(1).or(caps.get(2)).map_or("", |m| m.as_str());
        return duplicate(&key(name));
    }
    if body.contains(" — ") {
        return body;
    }
    format!("not valid YAML: {body} — check the indentation and quoting on this line")
}

/// `unknown key `titel` (did you mean `title`?) — expected one of …`:
/// `subject` says what is unknown, `name` is compared with the choices.
pub fn unknown(subject: &str, name: &str, choices: &[&str]) -> String {
    let hint = did_you_mean(name, choices)
        .map(|c| format!(" (did you mean `{c}`?)"))
        .unwrap_or_default();
    let listed = choices
        .iter()
        .map(|c| format!("`{c}`"))
        .collect::<Vec<_>>()
        .join(", ");
    if choices.is_empty() {
        format!("{subject} — nothing can be set here")
    } else {
        format!("{subject}{hint} — expected one of {listed}")
    }
}

/// A key or rule written twice.
pub fn duplicate(key: &str) -> String {
    format!("`{key}` is set twice — keep one, as only one of them could apply")
}

/// The closest choice, when one is close enough to be a typo.
pub fn did_you_mean<'a>(name: &str, choices: &[&'a str]) -> Option<&'a str> {
    choices
        .iter()
        .map(|c| (strsim::jaro_winkler(name, c), *c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// serde's `string "abc"` / `unit value` as a phrase: `a string "abc"`,
/// `empty`.
fn describe_found(found: &str) -> String {
    match found {
        "unit value" => "empty".to_string(),
        other if other.starts_with("floating point ") || other.starts_with("integer ") => {
            format!("the number {}", other.rsplit(' ').next().unwrap_or(other))
        }
        "map" => "a mapping".to_string(),
        "sequence" => "a list".to_string(),
        other if other.starts_with(['a', 'e', 'i', 'o', 'u']) => format!("an {other}"),
        other => format!("a {other}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_field_suggests_the_closest_key() {
        assert_eq!(
            rewrite(
                "title: unknown field `max_unit`, expected `max_units` or `scarcity_within` at line 2 column 3"
            ),
            "unknown key `title.max_unit` (did you mean `max_units`?) — expected one of `max_units`, `scarcity_within`"
        );
    }

    #[test]
    fn invalid_type_names_the_key() {
        assert_eq!(
            rewrite(
                "dictionary: invalid type: string \"abc\", expected a sequence at line 1 column 13"
            ),
            "`dictionary` is a string \"abc\", the wrong type — expected a list"
        );
    }

    #[test]
    fn syntax_errors_say_so() {
        assert_eq!(
            rewrite(
                "did not find expected ',' or ']' at line 2 column 1, while parsing a flow sequence"
            ),
            "not valid YAML: did not find expected ',' or ']', while parsing a flow sequence — check the indentation and quoting on this line"
        );
    }
}
