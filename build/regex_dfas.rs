//! The DFAs a built-in regex is searched with when a run lints few Notes
//! (see `src/model/pattern/mod.rs`): determinized here, at build time, so a
//! start loads them instead of compiling the regex. Used by
//! `build/gates.rs` and by the test that rebuilds them.
//!
//! A regex whose DFAs would be large (a negated class repeated, as in
//! `[^，。]{0,10}`, multiplies the states of a search that may start
//! anywhere) gets one forward DFA that starts only where it is told to,
//! when every match starts with one of a set of literals: a search finds
//! those literals and runs the DFA from each. Started at one place, the
//! repetition counts one way only, and the DFA stays small. A regex with
//! neither, or one a DFA cannot express (a Unicode `\b`), gets none, and is
//! compiled at run time.
//!
//! The forward DFA, which reads every byte of a text, is stored dense when
//! it is not too large: a dense DFA finds its next state with one lookup,
//! a sparse one by scanning the state's byte ranges, which was 38% of the
//! instructions of an ~800-character Note linted alone. The reverse DFA
//! only reads a match back to its start, and stays sparse.
//!
//! Beside the DFAs, the literals every match starts with: a batch, a
//! sparse forward DFA and a forward DFA stored alone search for them and
//! run the forward DFA only from there.

use regex_automata::dfa::{StartKind, dense, regex::Regex};

/// The most a regex's two sparse DFAs may take together. Every regex under
/// it costs less to load than to compile; the few above it would add
/// megabytes to the binary for a fraction of a millisecond each. The
/// largest under it before DFAs were minimized, `engagement-bait`'s
/// likes-for-gifts pattern (231 KB), was compiled by four in ten
/// real-sized Notes linted alone, a third of a millisecond each.
pub const MAX_BYTES: usize = 256 * 1024;

/// The most a dense forward DFA may take. Dense DFAs are about ten times
/// their sparse form; under this bound fall all but a handful of the stored
/// regexes, about 11 MB in all, and the handful over it keep a sparse one.
pub const MAX_DENSE_BYTES: usize = 256 * 1024;

/// A regex's stored DFAs, little-endian: the forward one dense or sparse,
/// the reverse one sparse.
#[derive(Debug, PartialEq, Eq)]
pub struct Dfas {
    pub forward: Vec<u8>,
    pub forward_is_dense: bool,
    /// `None` for a forward DFA that only starts where it is told to, whose
    /// matches start with literals a search finds first.
    pub reverse: Option<Vec<u8>>,
}

/// The DFAs of `source`, as `regex_automata::dfa::regex::Regex` searches
/// with them, or else a forward DFA searched from where a match can start;
/// `None` when the regex gets neither (see the module documentation).
pub fn build(source: &str) -> Option<Dfas> {
    build_both(source).or_else(|| build_anchored(source))
}

/// Limits that stop a determinization bound to exceed `MAX_BYTES` long
/// before it ends: a dense DFA is several times its sparse form.
///
/// Each DFA is minimized: it matches exactly as before with fewer states,
/// which took the stored DFAs from 14.3 MB to 12.6 MB. A search reads the
/// same bytes of a text, from a smaller table: 4% less time on a batch of
/// real Notes.
fn limited() -> dense::Config {
    dense::Config::new()
        .dfa_size_limit(Some(4 << 20))
        .determinize_size_limit(Some(16 << 20))
        .minimize(true)
}

fn build_both(source: &str) -> Option<Dfas> {
    let regex = Regex::builder().dense(limited()).build(source).ok()?;
    let sparse_forward = regex.forward().to_sparse().ok()?.to_bytes_little_endian();
    let reverse = regex.reverse().to_sparse().ok()?.to_bytes_little_endian();
    if sparse_forward.len() + reverse.len() > MAX_BYTES {
        return None;
    }
    let (forward, forward_is_dense) = dense_or_sparse(regex.forward(), sparse_forward)?;
    Some(Dfas {
        forward,
        forward_is_dense,
        reverse: Some(reverse),
    })
}

/// A forward DFA with anchored start states only, for a regex whose
/// matches all start with one of a set of literals.
fn build_anchored(source: &str) -> Option<Dfas> {
    prefix_literals(source).ok()??;
    let forward = dense::Builder::new()
        .configure(limited().start_kind(StartKind::Anchored))
        .build(source)
        .ok()?;
    let sparse_forward = forward.to_sparse().ok()?.to_bytes_little_endian();
    if sparse_forward.len() > MAX_BYTES {
        return None;
    }
    let (forward, forward_is_dense) = dense_or_sparse(&forward, sparse_forward)?;
    Some(Dfas {
        forward,
        forward_is_dense,
        reverse: None,
    })
}

/// A forward DFA's bytes: dense when it is not too large, else `sparse`.
fn dense_or_sparse(forward: &dense::DFA<Vec<u32>>, sparse: Vec<u8>) -> Option<(Vec<u8>, bool)> {
    // The padding `to_bytes_little_endian` puts first aligns the bytes in
    // this `Vec` only; the table aligns them itself.
    let (dense, padding) = forward.to_bytes_little_endian();
    let dense = dense.get(padding..)?.to_vec();
    Some(if dense.len() <= MAX_DENSE_BYTES {
        (dense, true)
    } else {
        (sparse, false)
    })
}

/// The source `regex-lite` reads a regex with: the regex as `regex-syntax`
/// understands it, printed back. Printing spells every class out (Unicode
/// `\s`, case folding, `[^0-9]` over all of Unicode), which `regex-lite`
/// would otherwise read in ASCII only, and keeps the groups in their order,
/// so both number and name them alike.
///
/// A regex with stored DFAs and named groups gets one, to read the groups
/// of the matches the DFAs find in a run over few Notes: `regex-lite`
/// builds it in a tenth of the time the regex crate's engines take, and a
/// large class is one character range to it, not a tree of UTF-8 byte
/// ranges.
pub fn lite_source(
    source: &str,
    has_stored_dfas: bool,
    has_groups: bool,
) -> Result<Option<String>, String> {
    let hir = regex_syntax::parse(source).map_err(|e| format!("{source}: {e}"))?;
    Ok((has_stored_dfas && has_groups).then(|| hir.to_string()))
}

/// The literals every match of `source` starts with, as the regex crate
/// extracts them for its prefilter (`regex_automata::util::prefilter`'s
/// prefix extraction, leftmost-first), or else cut short by
/// [`first_characters`]; `None` when there is no such set, and for a regex
/// anchored at the start of the text, which a literal found further on
/// cannot start a match of.
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
    let extracted = extractor.extract(&hir);
    let mut prefixes = extracted.clone();
    prefixes.optimize_for_prefix_by_preference();
    let as_bytes = |literals: &[regex_syntax::hir::literal::Literal]| -> Option<Vec<Vec<u8>>> {
        let literals: Vec<Vec<u8>> = literals.iter().map(|l| l.as_bytes().to_vec()).collect();
        (!literals.is_empty() && literals.iter().all(|l| !l.is_empty())).then_some(literals)
    };
    Ok(prefixes
        .literals()
        .and_then(as_bytes)
        .or_else(|| first_characters(extracted.literals().and_then(as_bytes)?)))
}

/// The most literals the packed searcher takes (see
/// `src/model/pattern/candidates.rs`).
const MOST_PACKED: usize = 64;

/// `literals` cut to their first character, or their first two bytes when
/// they start in ASCII, without repeats; `None` when more than
/// [`MOST_PACKED`] remain. The regex crate gives up on a set the case of
/// an ASCII word multiplies (`(?i:amazon|costco)` has a literal for every
/// mix of cases), as its prefilter would search for them all; cut short
/// they are a few dozen, and a match still starts with one of them.
fn first_characters(literals: Vec<Vec<u8>>) -> Option<Vec<Vec<u8>>> {
    let mut cut: Vec<Vec<u8>> = Vec::new();
    for literal in literals {
        let keep = match literal.first()? {
            byte if byte.is_ascii() => 2,
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => 4,
        };
        let literal = literal.get(..keep.min(literal.len()))?.to_vec();
        if !cut.contains(&literal) {
            cut.push(literal);
        }
    }
    (cut.len() <= MOST_PACKED).then_some(cut)
}
