//! Brand and product word files in jieba's user-dictionary format: one word
//! a line, optionally followed by a frequency and a part-of-speech tag,
//! separated by spaces (`第一坊 10 nz`).
//!
//! The words are added to the segmenter so they are never split, and
//! protected so they are never flagged. A frequency is checked but not
//! used: a protected word must stay whole whatever its frequency, and jieba
//! picks the frequency that keeps it whole.

use super::error::ConfigError;

/// The words of a user-dictionary file; `path` names it in errors.
pub fn parse(path: &str, text: &str) -> Result<Vec<String>, ConfigError> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut words = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let content = line.trim();
        if content.is_empty() || content.starts_with('#') {
            continue;
        }
        let mut fields = field_columns(line);
        let Some((_, word)) = fields.next() else {
            continue;
        };
        if let Some((column, frequency)) = fields.next()
            && frequency.parse::<u64>().is_err()
        {
            return Err(ConfigError::at(
                path,
                Some((index + 1, column)),
                crate::msg!("config-bad-frequency", frequency = frequency),
            ));
        }
        let _tag = fields.next();
        if let Some((column, extra)) = fields.next() {
            return Err(ConfigError::at(
                path,
                Some((index + 1, column)),
                crate::msg!("config-extra-field", extra = extra),
            ));
        }
        words.push(word.to_string());
    }
    Ok(words)
}

/// The whitespace-separated fields of a line with their 1-based columns.
fn field_columns(line: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut column = 0;
    let mut rest = line;
    std::iter::from_fn(move || {
        let skipped = rest.len() - rest.trim_start().len();
        column += rest[..skipped].chars().count();
        rest = &rest[skipped..];
        if rest.is_empty() {
            return None;
        }
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let field = &rest[..end];
        let at = column + 1;
        column += field.chars().count();
        rest = &rest[end..];
        Some((at, field))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_words_with_optional_frequency_and_tag() {
        let words = parse(
            "brands.txt",
            "\u{FEFF}第一坊 10 nz\n\n# 注释\n小棉袄\n  极光白\t5\n",
        )
        .expect("valid");
        assert_eq!(words, ["第一坊", "小棉袄", "极光白"]);
    }

    #[test]
    fn a_bad_frequency_is_located() {
        let err = parse("brands.txt", "第一坊 10\n小棉袄 很多 nz\n").expect_err("bad frequency");
        assert_eq!(
            err.to_string(),
            "brands.txt:2:5: frequency `很多` is not a whole number — a line is `word [frequency] [tag]`, e.g. `第一坊 10 nz`"
        );
    }

    #[test]
    fn a_fourth_field_is_an_error() {
        let err = parse("brands.txt", "第一坊 3 nz x\n").expect_err("four fields");
        assert_eq!(err.position, Some((1, 10)));
        assert!(err.message.starts_with("unexpected `x` after the tag"));
    }
}
