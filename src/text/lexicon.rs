//! Plain-text lexicons: one entry a line, `#` comments, optional
//! tab-separated fields (a replacement, a category, a flag), and brace
//! families such as `第一{次,天,口}` that expand to one entry each.

use std::borrow::Cow;
use std::collections::HashSet;

use thiserror::Error;

/// The longest lexicon entry, in characters: a term is a word or a short
/// phrase, and a longer one would only cost memory in every automaton and
/// segmenter that holds it.
pub const MAX_TERM_CHARS: usize = 64;

/// The longest term as written, brace families unexpanded.
const MAX_LINE_CHARS: usize = 1024;

/// The most entries one line's brace families may expand to: `{a,b}` twenty
/// times over would otherwise be a million entries.
pub const MAX_EXPANSION: usize = 256;

/// One lexicon entry. A built-in entry borrows its text from the binary,
/// so loading the built-in lexicons allocates no string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The words as matched (after normalization).
    pub term: Cow<'static, str>,
    /// The fields after the term; `-` stands for an empty field.
    pub fields: Cow<'static, [Cow<'static, str>]>,
    /// 1-based line in the lexicon file.
    pub line: usize,
}

impl Entry {
    /// The suggested replacement, the first field, if any.
    pub fn replacement(&self) -> Option<&str> {
        self.fields
            .first()
            .map(AsRef::as_ref)
            .filter(|f| !f.is_empty() && *f != "-")
    }

    /// The flags the later fields carry (e.g. `safe`, `beauty`), each
    /// field a comma-separated list.
    pub fn flags(&self) -> impl Iterator<Item = &str> {
        self.fields
            .iter()
            .skip(1)
            .flat_map(|field| field.split(','))
            .map(str::trim)
    }

    /// Whether a later field carries `flag`.
    pub fn has_flag(&self, flag: &str) -> bool {
        self.flags().any(|f| f == flag)
    }
}

/// A named lexicon.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    pub name: String,
    /// Borrowed from the binary for a built-in lexicon, which a run then
    /// neither copies nor allocates; owned once a config edits it.
    pub entries: Cow<'static, [Entry]>,
}

#[derive(Debug, Error, PartialEq, Eq)]
#[error("{name}:{line}: {message}")]
pub struct LexiconError {
    pub name: String,
    pub line: usize,
    pub message: String,
}

impl Lexicon {
    /// Parses lexicon text; `name` is used in errors and lookups.
    pub fn parse(name: &str, text: &str) -> Result<Lexicon, LexiconError> {
        let mut entries = Vec::new();
        for (index, raw) in text.lines().enumerate() {
            let line = index + 1;
            let content = strip_comment(raw).trim_end();
            if content.trim().is_empty() {
                continue;
            }
            let mut parts = content.split('\t');
            let term = parts.next().unwrap_or_default().trim();
            let fields: Vec<Cow<'static, str>> =
                parts.map(|f| Cow::Owned(f.trim().to_string())).collect();
            let error = |message: String| LexiconError {
                name: name.to_string(),
                line,
                message,
            };
            check_length(term, MAX_LINE_CHARS).map_err(error)?;
            let expanded = expand_braces(term).map_err(error)?;
            for term in expanded {
                check_length(&term, MAX_TERM_CHARS).map_err(error)?;
                if term.is_empty() {
                    return Err(LexiconError {
                        name: name.to_string(),
                        line,
                        message: "empty entry".to_string(),
                    });
                }
                entries.push(Entry {
                    term: Cow::Owned(term),
                    fields: Cow::Owned(fields.clone()),
                    line,
                });
            }
        }
        Ok(Lexicon {
            name: name.to_string(),
            entries: Cow::Owned(entries),
        })
    }

    /// Adds plain entries (from a user's config).
    pub fn add<'a>(&mut self, terms: impl IntoIterator<Item = &'a str>) {
        let mut known: HashSet<String> = self.entries.iter().map(|e| e.term.to_string()).collect();
        for term in terms {
            if known.insert(term.to_string()) {
                self.entries.to_mut().push(Entry {
                    term: Cow::Owned(term.to_string()),
                    fields: Cow::Borrowed(&[]),
                    line: 0,
                });
            }
        }
    }

    /// Removes entries by term (from a user's config).
    pub fn remove<'a>(&mut self, terms: impl IntoIterator<Item = &'a str>) {
        let terms: HashSet<&str> = terms.into_iter().collect();
        if self.entries.iter().any(|e| terms.contains(e.term.as_ref())) {
            self.entries
                .to_mut()
                .retain(|e| !terms.contains(e.term.as_ref()));
        }
    }

    pub fn terms(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|e| e.term.as_ref())
    }
}

/// A `#` starts a comment when it begins the line or follows whitespace, so
/// entries such as `C#` stay intact.
fn strip_comment(line: &str) -> &str {
    let mut previous_is_space = true;
    for (i, c) in line.char_indices() {
        if c == '#' && previous_is_space {
            return &line[..i];
        }
        previous_is_space = c.is_whitespace();
    }
    line
}

/// Refuses a term over `limit` characters.
fn check_length(term: &str, limit: usize) -> Result<(), String> {
    let chars = term.chars().count();
    if chars > limit {
        let head: String = term.chars().take(12).collect();
        return Err(format!(
            "the entry `{head}…` is {chars} characters, over the {limit}-character limit for a lexicon entry"
        ));
    }
    Ok(())
}

/// Expands `a{b,c}d{e,f}` into every combination, in order; more than
/// [`MAX_EXPANSION`] combinations is an error.
pub fn expand_braces(term: &str) -> Result<Vec<String>, String> {
    let expanded = expand(term)?;
    if expanded.len() > MAX_EXPANSION {
        return Err(format!(
            "`{term}` expands to more than the {MAX_EXPANSION} entries one line may hold — split the family"
        ));
    }
    Ok(expanded)
}

fn expand(term: &str) -> Result<Vec<String>, String> {
    let Some(open) = term.find('{') else {
        if term.contains('}') {
            return Err(format!("unmatched `}}` in `{term}`"));
        }
        return Ok(vec![term.to_string()]);
    };
    let close = term[open..]
        .find('}')
        .map(|i| open + i)
        .ok_or_else(|| format!("unclosed `{{` in `{term}`"))?;
    let prefix = &term[..open];
    let options = &term[open + 1..close];
    let rest = expand(&term[close + 1..])?;
    let mut out = Vec::new();
    for option in options.split(',') {
        if out.len() > MAX_EXPANSION {
            break;
        }
        for tail in &rest {
            out.push(format!("{prefix}{}{tail}", option.trim()));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_fields_comments_and_families() {
        let text = "# header\n手慢无\t限量200份，送完即止\tsafe  # why\n\n第一{次,天}\n";
        let lexicon = Lexicon::parse("pressure", text).expect("valid");
        let terms: Vec<&str> = lexicon.terms().collect();
        assert_eq!(terms, ["手慢无", "第一次", "第一天"]);
        let first = &lexicon.entries[0];
        assert_eq!(first.replacement(), Some("限量200份，送完即止"));
        assert!(first.has_flag("safe"));
        assert_eq!(first.line, 2);
        assert_eq!(lexicon.entries[2].line, 4);
    }

    #[test]
    fn hash_inside_a_term_is_not_a_comment() {
        let lexicon = Lexicon::parse("x", "C#入门\n").expect("valid");
        assert_eq!(lexicon.entries[0].term, "C#入门");
    }

    #[test]
    fn unclosed_brace_is_an_error_with_its_line() {
        let err = Lexicon::parse("absolute", "最好\n第一{次,天\n").expect_err("invalid");
        assert_eq!(err.line, 2);
        assert!(err.to_string().starts_with("absolute:2: unclosed"));
    }

    #[test]
    fn an_overlong_entry_or_family_is_an_error() {
        let long = "好".repeat(MAX_TERM_CHARS + 1);
        let err = Lexicon::parse("x", &format!("a\n{long}\n")).expect_err("too long");
        assert_eq!(err.line, 2);
        assert!(
            err.message
                .ends_with("is 65 characters, over the 64-character limit for a lexicon entry"),
            "{err}"
        );
        let family = "{a,b}".repeat(9);
        let err = Lexicon::parse("x", &family).expect_err("too many");
        assert!(
            err.message.contains("expands to more than the 256 entries"),
            "{err}"
        );
    }

    #[test]
    fn add_and_remove() {
        let mut lexicon = Lexicon::parse("x", "a\nb\n").expect("valid");
        lexicon.add(["c", "a"]);
        lexicon.remove(["b"]);
        assert_eq!(lexicon.terms().collect::<Vec<_>>(), ["a", "c"]);
    }
}
