//! xhslint: a Chinese-aware linter and title generator for Xiaohongshu
//! (RedNote) flash-sale Notes.
//!
//! The pipeline: [`input`] (files, front matter, Notes) → [`text`]
//! (normalization, segmentation, spans, units) → [`rules`] → [`report`]
//! (human, JSON, JSON Lines, GitHub, SARIF) → [`cli`], [`lsp`] and
//! [`serve`] (the review page); [`run`] drives a
//! whole run (parallel, in input order) and [`fix`] applies safe fixes.

pub mod claims;
pub mod cli;
pub mod config;
pub mod diagnostic;
pub mod fix;
pub mod i18n;
pub mod input;
pub mod lint;
pub mod lsp;
pub mod plan;
pub mod report;
pub mod rule_docs;
pub mod rules;
pub mod run;
pub mod serve;
pub mod settings;
pub mod text;
pub mod title;
