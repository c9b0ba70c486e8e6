//! The DFAs a built-in regex is searched with when a run lints few Notes
//! (see `src/model/pattern/mod.rs`): determinized here, at build time, so a
//! start loads them instead of compiling the regex. Used by
//! `build/gates.rs` and by the test that rebuilds them.
//!
//! A regex whose DFAs would be large gets none (a negated class repeated, as
//! in `[^，。]{0,10}`, multiplies states), nor one a DFA cannot express (a
//! Unicode `\b`): those are compiled at run time as before.

use regex_automata::dfa::{dense, regex::Regex};

/// The most a regex's two sparse DFAs may take together. Every regex under
/// it costs less to load than to compile; the few above it would add
/// megabytes to the binary for a fraction of a millisecond each. The
/// largest under it, `engagement-bait`'s likes-for-gifts pattern (231 KB),
/// was compiled by four in ten real-sized Notes linted alone, a third of a
/// millisecond each.
pub const MAX_BYTES: usize = 256 * 1024;

/// The forward and reverse sparse DFAs of `source`, little-endian, as
/// `regex_automata::dfa::regex::Regex` searches with them; `None` when the
/// regex gets none (see the module documentation).
pub fn build(source: &str) -> Option<(Vec<u8>, Vec<u8>)> {
    // Limits that stop a determinization bound to exceed `MAX_BYTES` long
    // before it ends: a dense DFA is several times its sparse form.
    let config = dense::Config::new()
        .dfa_size_limit(Some(4 << 20))
        .determinize_size_limit(Some(16 << 20));
    let regex = Regex::builder().dense(config).build(source).ok()?;
    let forward = regex.forward().to_sparse().ok()?.to_bytes_little_endian();
    let reverse = regex.reverse().to_sparse().ok()?.to_bytes_little_endian();
    (forward.len() + reverse.len() <= MAX_BYTES).then_some((forward, reverse))
}

/// The source `regex-lite` reads the groups of a match with: the regex as
/// `regex-syntax` understands it, printed back. Printing spells every class
/// out (Unicode `\s`, case folding, `[^0-9]` over all of Unicode), which
/// `regex-lite` would otherwise read in ASCII only, and keeps the groups in
/// their order, so both number and name them alike.
pub fn capturer_source(source: &str) -> Result<String, String> {
    regex_syntax::parse(source)
        .map(|hir| hir.to_string())
        .map_err(|e| format!("{source}: {e}"))
}
