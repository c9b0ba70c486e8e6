//! The built-in lexicons and what each is for, listed once: the crate
//! parses them (`text::lexicons`) and `build.rs` builds the automaton over
//! the matched ones from the same list.
//!
//! `build.rs` compiles this file too (`#[path]`), so it uses nothing of the
//! crate but the list of data files.

/// What a lexicon is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LexiconRole {
    /// Its entries are matched in copy and reported or used by a rule.
    Match,
    /// Its entries are only segmentation words: benign compounds whose
    /// inner words must not be reported (`第一次`, `微信支付`).
    Segmentation,
}

/// `(name, role, text)` of every built-in lexicon.
pub const BUILTIN: &[(&str, LexiconRole, &str)] = &[
    (
        "absolute-claim",
        LexiconRole::Match,
        super::data_files::dictionary_file("absolute-claim"),
    ),
    (
        "absolute-claim-exempt",
        LexiconRole::Segmentation,
        super::data_files::dictionary_file("absolute-claim-exempt"),
    ),
    (
        "pressure-phrase",
        LexiconRole::Match,
        super::data_files::dictionary_file("pressure-phrase"),
    ),
    (
        "pressure-phrase-exempt",
        LexiconRole::Segmentation,
        super::data_files::dictionary_file("pressure-phrase-exempt"),
    ),
    (
        "off-platform",
        LexiconRole::Match,
        super::data_files::dictionary_file("off-platform"),
    ),
    (
        "off-platform-exempt",
        LexiconRole::Segmentation,
        super::data_files::dictionary_file("off-platform-exempt"),
    ),
    (
        "benefit",
        LexiconRole::Match,
        super::data_files::dictionary_file("benefit"),
    ),
    (
        "purchase-path",
        LexiconRole::Match,
        super::data_files::dictionary_file("purchase-path"),
    ),
    (
        "community-framing",
        LexiconRole::Match,
        super::data_files::dictionary_file("community-framing"),
    ),
    (
        "medical-claim",
        LexiconRole::Match,
        super::data_files::dictionary_file("medical-claim"),
    ),
    (
        "medical-claim-exempt",
        LexiconRole::Segmentation,
        super::data_files::dictionary_file("medical-claim-exempt"),
    ),
    (
        "false-authority",
        LexiconRole::Match,
        super::data_files::dictionary_file("false-authority"),
    ),
    (
        "risky-promise",
        LexiconRole::Match,
        super::data_files::dictionary_file("risky-promise"),
    ),
    (
        "risky-promise-exempt",
        LexiconRole::Segmentation,
        super::data_files::dictionary_file("risky-promise-exempt"),
    ),
];

/// `(name, text)` of the word lists a rule reads on its own: in the lexicon
/// format, but neither matched in copy nor given to the segmenter. Parsed
/// at build time like the lexicons (`text::lexicons::word_list`).
pub const WORD_LISTS: &[(&str, &str)] = &[
    (
        "absolute-claim-shape",
        super::data_files::dictionary_file("absolute-claim-shape"),
    ),
    (
        "absolute-claim-subject",
        super::data_files::dictionary_file("absolute-claim-subject"),
    ),
    (
        "hashtag-mix",
        super::data_files::dictionary_file("hashtag-mix"),
    ),
];
