//! Configuration: `.xhslint.yaml` files, found by walking up from each Note
//! (the nearest wins), read strictly, and turned once each into the
//! [`Settings`](crate::settings::Settings) their Notes are linted with.

mod dictionary;
mod error;
mod load;
mod locate;
mod resolve;
mod schema;
mod select;

pub use error::{ConfigError, did_you_mean};
pub use load::Config;
pub use resolve::{ConfigArgs, ConfigChoice, ConfigResolver, FILE_NAMES};
pub use schema::OptionValue;
pub use select::Selection;

/// The commented starter config that `xhslint init` writes.
pub const STARTER: &str = include_str!("starter.yaml");
