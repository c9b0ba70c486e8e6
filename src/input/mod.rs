//! Reading Notes: files and stdin with their limits, front matter, titles,
//! bodies and hashtags.

pub mod front_matter;
pub mod hashtags;
pub mod note;
pub(crate) mod plain_yaml;
pub mod record;
pub mod source;
pub mod walk;
pub mod yaml_depth;

pub use note::{Note, NoteFormat};
pub use source::{InputError, Limits, read_source};
