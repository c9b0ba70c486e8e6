//! The Note as the rules see it: prepared once ([`prepared`]) — its copy
//! folded, masked and matched against the lexicons, its hashtags, prices
//! ([`signals`]) and claims ([`claims`]) found on demand — and the regex
//! patterns ([`pattern`]) rule data is written in. Depends only on
//! [`crate::text`], [`crate::input`] and the settings.

pub mod claims;
pub mod offer;
pub mod pattern;
pub mod prepared;
pub mod rule_data;
pub mod signals;
