//! xhslint: a Chinese-aware linter and title generator for Xiaohongshu
//! (RedNote) flash-sale Notes.
//!
//! # Layers
//!
//! Read from the bottom up: each module uses only the modules listed
//! before it, never one after (`tests/layering.rs` reads `src/` and fails
//! otherwise, so the imports have no cycle).
//!
//! 1. [`i18n`]: the messages in Chinese and English (Fluent), and which
//!    language a run speaks.
//! 2. [`text`]: folding, segmentation, spans, units, lexicons.
//! 3. [`input`]: files, front matter, Notes, JSON Lines records.
//! 4. [`diagnostic`]: what a finding is.
//! 5. [`settings`]: what a config sets (severities, options, lexicons,
//!    the segmenter with the config's words).
//! 6. [`model`]: the Note as the rules see it, prepared once: regions,
//!    hashtags, prices, claims, whether it sells; and rule patterns.
//! 7. [`rules`]: one file per rule, judging a prepared Note.
//! 8. [`config`]: config files, resolved per input into settings.
//! 9. [`title`]: the title generator, checking its candidates through an
//!    engine it is lent.
//! 10. [`plan`]: campaign plans and their rules.
//! 11. [`lint`]: the engine, one per config, driving the rules over a Note.
//! 12. [`fix`]: applying safe fixes.
//! 13. [`report`]: human, JSON, JSON Lines, GitHub and SARIF output.
//! 14. [`run`]: a whole run (parallel, in input order).
//! 15. [`rule_docs`]: rule documentation.
//! 16. [`lsp`]: the language server.
//! 17. [`serve`]: the review page.
//! 18. [`cli`]: the command line, which starts the other front ends.

pub mod cli;
pub mod config;
pub mod diagnostic;
pub mod fix;
pub mod i18n;
pub mod input;
pub mod lint;
pub mod lsp;
pub mod model;
pub mod plan;
pub mod report;
pub mod rule_docs;
pub mod rules;
pub mod run;
pub mod serve;
pub mod settings;
pub mod text;
pub mod title;
