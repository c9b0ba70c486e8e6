//! The DFAs a built-in regex is searched with when a run lints few Notes
//! (see `src/model/pattern/mod.rs`): determinized here, at build time, so a
//! start loads them instead of compiling the regex. Used by
//! `build/gates.rs` and by the test that rebuilds them.
//!
//! A regex whose DFAs would be large gets none (a negated class repeated, as
//! in `[^，。]{0,10}`, multiplies states), nor one a DFA cannot express (a
//! Unicode `\b`): those are compiled at run time as before.
//!
//! The forward DFA, which reads every byte of a text, is stored dense when
//! it is not too large: a dense DFA finds its next state with one lookup,
//! a sparse one by scanning the state's byte ranges, which was 38% of the
//! instructions of an ~800-character Note linted alone. The reverse DFA
//! only reads a match back to its start, and stays sparse.
//!
//! Beside the DFAs, the literals every match starts with: a batch searches
//! for them and runs the forward DFA only from there.

use regex_automata::dfa::{dense, regex::Regex};

/// The most a regex's two sparse DFAs may take together. Every regex under
/// it costs less to load than to compile; the few above it would add
/// megabytes to the binary for a fraction of a millisecond each. The
/// largest under it, `engagement-bait`'s likes-for-gifts pattern (231 KB),
/// was compiled by four in ten real-sized Notes linted alone, a third of a
/// millisecond each.
pub const MAX_BYTES: usize = 256 * 1024;

/// The most a dense forward DFA may take. Dense DFAs are about ten times
/// their sparse form; under this bound fall all but a handful of the stored
/// regexes, about 12 MB in all, and the handful over it keep a sparse one.
pub const MAX_DENSE_BYTES: usize = 256 * 1024;

/// A regex's stored DFAs, little-endian: the forward one dense or sparse,
/// the reverse one sparse.
#[derive(Debug, PartialEq, Eq)]
pub struct Dfas {
    pub forward: Vec<u8>,
    pub forward_is_dense: bool,
    pub reverse: Vec<u8>,
}

/// The DFAs of `source`, as `regex_automata::dfa::regex::Regex` searches
/// with them; `None` when the regex gets none (see the module
/// documentation).
pub fn build(source: &str) -> Option<Dfas> {
    // Limits that stop a determinization bound to exceed `MAX_BYTES` long
    // before it ends: a dense DFA is several times its sparse form.
    let config = dense::Config::new()
        .dfa_size_limit(Some(4 << 20))
        .determinize_size_limit(Some(16 << 20));
    let regex = Regex::builder().dense(config).build(source).ok()?;
    let sparse_forward = regex.forward().to_sparse().ok()?.to_bytes_little_endian();
    let reverse = regex.reverse().to_sparse().ok()?.to_bytes_little_endian();
    if sparse_forward.len() + reverse.len() > MAX_BYTES {
        return None;
    }
    // The padding `to_bytes_little_endian` puts first aligns the bytes in
    // this `Vec` only; the table aligns them itself.
    let (dense_forward, padding) = regex.forward().to_bytes_little_endian();
    let dense_forward = dense_forward.get(padding..)?.to_vec();
    let forward_is_dense = dense_forward.len() <= MAX_DENSE_BYTES;
    Some(Dfas {
        forward: if forward_is_dense {
            dense_forward
        } else {
            sparse_forward
        },
        forward_is_dense,
        reverse,
    })
}

/// The source `regex-lite` reads a regex with: the regex as `regex-syntax`
/// understands it, printed back. Printing spells every class out (Unicode
/// `\s`, case folding, `[^0-9]` over all of Unicode), which `regex-lite`
/// would otherwise read in ASCII only, and keeps the groups in their order,
/// so both number and name them alike.
///
/// A regex with stored DFAs gets one when it has named groups, to read the
/// groups of the matches the DFAs find. One without stored DFAs gets one
/// to be searched with when a run lints one Note: it builds in a tenth of
/// the time the regex crate's engines take, and a large class is one
/// character range to it, not a tree of UTF-8 byte ranges. Not a regex
/// with a Unicode `\b`, which `regex-lite` reads in ASCII only.
pub fn lite_source(
    source: &str,
    has_stored_dfas: bool,
    has_groups: bool,
) -> Result<Option<String>, String> {
    let hir = regex_syntax::parse(source).map_err(|e| format!("{source}: {e}"))?;
    let wanted = if has_stored_dfas {
        has_groups
    } else {
        !hir.properties().look_set().contains_word_unicode()
    };
    Ok(wanted.then(|| hir.to_string()))
}

/// The literals every match of `source` starts with, as the regex crate
/// extracts them for its prefilter (`regex_automata::util::prefilter`'s
/// prefix extraction, leftmost-first); `None` when there is no such set,
/// and for a regex anchored at the start of the text, which a literal
/// found further on cannot start a match of.
pub fn prefix_literals(source: &str) -> Result<Option<Vec<Vec<u8>>>, String> {
    use regex_syntax::hir::literal::{ExtractKind, Extractor};
    let hir = regex_syntax::parse(source).map_err(|e| format!("{source}: {e}"))?;
    if hir
        .properties()
        .look_set_prefix()
        .contains(regex_syntax::hir::Look::Start)
    {
        return Ok(None);
    }
    let mut extractor = Extractor::new();
    extractor.kind(ExtractKind::Prefix);
    let mut prefixes = extractor.extract(&hir);
    prefixes.optimize_for_prefix_by_preference();
    Ok(prefixes
        .literals()
        .filter(|literals| !literals.is_empty() && literals.iter().all(|l| !l.is_empty()))
        .map(|literals| literals.iter().map(|l| l.as_bytes().to_vec()).collect()))
}
