//! The Chinese-aware text model: normalization for matching, segmentation,
//! lexicon matching on word boundaries, the app's length units, numbers and
//! the positions reported to users.
//!
//! Everything inside the linter works on byte ranges into the original text;
//! [`LineIndex`] converts them to lines and columns only at the edge.

pub mod builtin_lexicons;
pub mod char_pairs;
pub mod data_files;
pub mod dictionary;
pub mod discount;
pub mod disguise;
pub mod fingerprint;
pub mod lexicon;
pub mod lexicon_automaton;
pub mod lexicons;
pub mod line_index;
pub mod markers;
pub mod matcher;
pub mod normalize;
pub mod numbers;
pub mod segment;
pub mod units;

pub use fingerprint::Haystack;
pub use line_index::{LineIndex, Position};
pub use normalize::Normalized;

/// A half-open byte range into the original source text.
pub type ByteRange = std::ops::Range<usize>;
