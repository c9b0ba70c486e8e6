//! What a regex's source tells before the regex is built: the literals a
//! text must hold for the regex to match it, how many ASCII digits, and
//! the names of its groups.
//!
//! Parsing is a good part of what a regex costs, and a run builds only the
//! regexes its Notes call for; so `build.rs` analyses every built-in regex
//! when the binary is built (this file is compiled into the build script
//! too), and a run parses only the regexes it builds or the user adds.

use regex_syntax::hir::{Hir, HirKind};

use super::required::{junction_sets, min_ascii_digits, required_sets};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Analysis {
    /// A match contains a string of each set (a junction set's pairs
    /// adjacent or across white space); sets of fewer strings first.
    pub required: Vec<Vec<String>>,
    /// A match holds at least this many ASCII digits.
    pub min_digits: u32,
    pub group_names: Vec<String>,
}

/// Parses `source` and reads its required literals and group names; the
/// error is the parser's message.
pub fn analyze(source: &str) -> Result<Analysis, String> {
    let hir = regex_syntax::parse(source).map_err(|e| e.to_string())?;
    // A set holding bytes that are not UTF-8 (which no text holds) or the
    // empty string (which every text holds) tells nothing: it is dropped.
    let mut required: Vec<Vec<String>> = required_sets(&hir)
        .into_iter()
        .chain(junction_sets(&hir))
        .filter_map(|set| {
            set.into_iter()
                .map(|literal| String::from_utf8(literal).ok().filter(|l| !l.is_empty()))
                .collect::<Option<Vec<String>>>()
        })
        .collect();
    // A text lacking a set is ruled out at the first set it lacks; a set
    // of few literals is both the quickest to look up and the likeliest to
    // be missing.
    required.sort_by_key(Vec::len);
    let mut group_names = Vec::new();
    capture_names(&hir, &mut group_names);
    Ok(Analysis {
        required,
        min_digits: min_ascii_digits(&hir),
        group_names,
    })
}

fn capture_names(hir: &Hir, names: &mut Vec<String>) {
    match hir.kind() {
        HirKind::Capture(capture) => {
            if let Some(name) = &capture.name {
                names.push(name.to_string());
            }
            capture_names(&capture.sub, names);
        }
        HirKind::Repetition(repetition) => capture_names(&repetition.sub, names),
        HirKind::Concat(parts) | HirKind::Alternation(parts) => {
            for part in parts {
                capture_names(part, names);
            }
        }
        HirKind::Empty | HirKind::Literal(_) | HirKind::Class(_) | HirKind::Look(_) => {}
    }
}
