//! Config errors: `path:line:col: what is wrong — what is allowed`.

use std::fmt;
use std::sync::LazyLock;

use regex::Regex;

use crate::i18n::{Arg, Join, Lang, Msg, Text};
use crate::msg;

/// A mistake in a config file (or a file it names), with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// The file as the user named or we found it.
    pub path: String,
    /// 1-based line and column, when the mistake has a place.
    pub position: Option<(usize, usize)>,
    /// In English.
    pub message: String,
    /// `message` to translate, when it is written in the message files.
    pub msg: Option<Msg>,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

impl std::error::Error for ConfigError {}

impl ConfigError {
    pub fn at(path: &str, position: Option<(usize, usize)>, message: impl Into<Text>) -> Self {
        let Text { english, msg } = message.into();
        // The messages of `unknown` and `duplicate` come as English text,
        // some of them back through serde: read them into their parts.
        let msg = msg.or_else(|| translated(english.clone()).msg);
        ConfigError {
            path: path.to_string(),
            position,
            message: english,
            msg,
        }
    }

    /// Turns a serde_yaml error into a located message in the house style.
    pub fn from_yaml(path: &str, err: &serde_yaml::Error) -> Self {
        let position = err.location().map(|l| (l.line(), l.column()));
        ConfigError::at(path, position, rewrite(&err.to_string()))
    }

    /// `path:line:col: message`, the message in `lang`; the file and
    /// position read the same in every language.
    pub fn render(&self, lang: Lang) -> String {
        let message = self
            .msg
            .as_ref()
            .map_or_else(|| self.message.clone(), |msg| msg.render(lang));
        match self.position {
            Some((line, column)) => format!("{}:{line}:{column}: {message}", self.path),
            None => format!("{}: {message}", self.path),
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
/// The messages [`unknown`] writes, read back into their parts.
static UNKNOWN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?s)^unknown (key|rule|option|lexicon|category|kind|severity|language) `([^`]*)`(?: for rule `([^`]*)`)?(?: \(did you mean `([^`]*)`\?\))? — (?:expected one of (.*)|(nothing can be set here))$",
    )
    .expect("valid regex")
});
static TWICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?s)^`([^`]*)` is set twice — keep one, as only one of them could apply$")
        .expect("valid regex")
});

/// Rewrites serde's wording (`unknown field`, `invalid type: …, expected …`)
/// into what a config author reads: the key, what was found, what fits.
/// Messages from xhslint's own checks already follow the house style and
/// pass through; anything else is a YAML syntax error.
fn rewrite(raw: &str) -> Text {
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
        return translated(unknown(
            &format!("unknown key `{}`", key(&caps[1])),
            &caps[1],
            &choices,
        ));
    }
    if let Some(caps) = INVALID.captures(&body) {
        let found = describe_found(&caps[2]);
        let expected = SEQUENCE.replace_all(&caps[3], "a list");
        let expected = MAP.replace_all(&expected, "a mapping");
        let subject = match &path {
            Some(path) => Arg::from(format!("`{path}`")),
            None => msg!("config-the-config").into(),
        };
        let id = match &caps[1] {
            "type" => "config-wrong-type",
            _ => "config-wrong-value",
        };
        return Msg::new(id)
            .arg("subject", subject)
            .arg("found", phrase(&found))
            .arg("expected", phrase(&expected))
            .into();
    }
    if let Some(caps) = DUPLICATE.captures(&body) {
        let name = caps.get(1).or(caps.get(2)).map_or("", |m| m.as_str());
        return translated(duplicate(&key(name)));
    }
    if body.contains(" — ") {
        return translated(body);
    }
    msg!("config-not-yaml", reason = body).into()
}

/// A message written by [`unknown`] or [`duplicate`] (also when it comes
/// back through serde as a custom error), as a text to translate; any
/// other message stays as it is.
fn translated(english: String) -> Text {
    if let Some(caps) = UNKNOWN.captures(&english) {
        let what = caps[1].to_string();
        let name = caps[2].to_string();
        let subject = match caps.get(3) {
            Some(rule) => msg!(
                "config-unknown-for-rule",
                what = what,
                name = name,
                rule = rule.as_str()
            ),
            None if what == "key" => msg!("config-unknown-key", key = name),
            None => msg!("config-unknown-what", what = what, name = name),
        };
        let hint = caps
            .get(4)
            .map(|c| Arg::from(msg!("config-did-you-mean", choice = c.as_str())))
            .unwrap_or_else(|| Arg::from(""));
        let msg = match caps.get(5) {
            Some(listed) => {
                let choices = QUOTED
                    .captures_iter(listed.as_str())
                    .map(|c| format!("`{}`", &c[1]));
                msg!(
                    "config-unknown",
                    subject = subject,
                    hint = hint,
                    choices = Arg::list(choices, Join::Comma)
                )
            }
            None => msg!("config-unknown-nothing", subject = subject),
        };
        // Only when the message reads back exactly is it replaced.
        if msg.render(Lang::En) == english {
            return msg.into();
        }
    } else if let Some(caps) = TWICE.captures(&english) {
        return msg!("config-twice", key = &caps[1]).into();
    }
    Text::from(english)
}

/// The English phrases [`describe_found`] and serde write for a value's
/// kind, as a text to translate where one is written.
fn phrase(english: &str) -> Arg {
    let id = match english {
        "empty" => "config-found-empty",
        "a list" => "config-found-list",
        "a mapping" => "config-found-mapping",
        "a string" => "config-found-string",
        "a boolean" => "config-found-boolean",
        "a length in app units such as 20 or 20.5" => "config-expected-units",
        "a whole number such as 5" => "config-expected-count",
        "a mapping from rule id to a severity, e.g. `pressure-phrase: error`" => {
            "config-expected-rule-table"
        }
        _ => {
            if let Some(options) =
                english.strip_prefix("a severity (off, info, warning, error) or a mapping of ")
            {
                let options = QUOTED
                    .captures_iter(options)
                    .map(|c| format!("`{}`", &c[1]));
                let options = Arg::list(options, Join::Comma);
                return msg!("config-expected-rule-setting", options = options).into();
            }
            if let Some(choices) = english.strip_prefix("one of ") {
                let choices = Arg::list(choices.split(", "), Join::Comma);
                return msg!("config-expected-one-of", choices = choices).into();
            }
            if let Some(value) = english.strip_prefix("a string ") {
                return msg!("config-found-string-value", value = value).into();
            }
            if let Some(number) = english.strip_prefix("the number ") {
                return msg!("config-found-number", value = number).into();
            }
            return Arg::from(english);
        }
    };
    Msg::new(id).into()
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
            )
            .english,
            "unknown key `title.max_unit` (did you mean `max_units`?) — expected one of `max_units`, `scarcity_within`"
        );
    }

    #[test]
    fn invalid_type_names_the_key() {
        assert_eq!(
            rewrite(
                "dictionary: invalid type: string \"abc\", expected a sequence at line 1 column 13"
            )
            .english,
            "`dictionary` is a string \"abc\", the wrong type — expected a list"
        );
    }

    fn zh(raw: &str) -> String {
        let text = rewrite(raw);
        text.msg.map(|m| m.render(Lang::Zh)).unwrap_or(text.english)
    }

    #[test]
    fn the_rewritten_messages_read_in_chinese() {
        assert_eq!(
            zh(
                "title: unknown field `max_unit`, expected `max_units` or `scarcity_within` at line 2 column 3"
            ),
            "没有 `title.max_unit` 这个配置项（是不是 `max_units`？）；可选：`max_units`、`scarcity_within`"
        );
        assert_eq!(
            zh("dictionary: invalid type: string \"abc\", expected a sequence at line 1 column 13"),
            "`dictionary` 的类型不对：写的是文本 \"abc\"，这里要列表"
        );
        assert_eq!(
            zh(
                "did not find expected ',' or ']' at line 2 column 1, while parsing a flow sequence"
            ),
            "不是有效的 YAML（did not find expected ',' or ']', while parsing a flow sequence）：检查这一行的缩进和引号"
        );
        let severity = unknown(
            "unknown severity `warn` for rule `absolute-claim`",
            "warn",
            &["off", "info", "warning", "error"],
        );
        let error = ConfigError::at("a.yaml", Some((2, 19)), severity.clone());
        assert_eq!(error.to_string(), format!("a.yaml:2:19: {severity}"));
        assert_eq!(
            error.render(Lang::Zh),
            "a.yaml:2:19: 规则 `absolute-claim` 没有 `warn` 这个级别（是不是 `warning`？）；可选：`off`、`info`、`warning`、`error`"
        );
        assert_eq!(
            zh(
                "title.max_units: invalid value: integer `0`, expected a length in app units such as 20 or 20.5 at line 2 column 14"
            ),
            "`title.max_units` 不能是数字 `0`：这里要字数，比如20或20.5"
        );
        let twice = ConfigError::at("a.yaml", None, duplicate("rules.title-length"));
        assert_eq!(
            twice.render(Lang::Zh),
            "a.yaml: `rules.title-length` 写了两次：只留一个，两处只会有一处生效"
        );
    }

    #[test]
    fn syntax_errors_say_so() {
        assert_eq!(
            rewrite(
                "did not find expected ',' or ']' at line 2 column 1, while parsing a flow sequence"
            )
            .english,
            "not valid YAML: did not find expected ',' or ']', while parsing a flow sequence — check the indentation and quoting on this line"
        );
    }
}
