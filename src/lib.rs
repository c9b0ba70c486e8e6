//! xhslint: a Chinese-aware linter and title generator for Xiaohongshu
//! (RedNote) flash-sale Notes.
//!
//! # Layers
//!
//! Read from the bottom up: each module uses only the modules listed
//! before it, never one after (`tests/layering.rs` reads `src/` and fails
//! otherwise, so the imports have no cycle).
//!
//! 1. [`text`]: folding, segmentation, spans, units, lexicons.
//! 2. [`input`]: files, front matter, Notes, JSON Lines records.
//! 3. [`diagnostic`]: what a finding is.
//! 4. [`settings`]: what a config sets (severities, options, lexicons,
//!    the segmenter with the config's words).
//! 5. [`model`]: the Note as the rules see it, prepared once: regions,
//!    hashtags, prices, claims, whether it sells; and rule patterns.
//! 6. [`rules`]: one file per rule, judging a prepared Note.
//! 7. [`config`]: config files, resolved per input into settings.
//! 8. [`title`]: the title generator, checking its candidates through an
//!    engine it is lent.
//! 9. [`plan`]: campaign plans and their rules.
//! 10. [`lint`]: the engine, one per config, driving the rules over a Note.
//! 11. [`fix`]: applying safe fixes.
//! 12. [`report`]: human, JSON, JSON Lines, GitHub and SARIF output.
//! 13. [`run`]: a whole run (parallel, in input order).
//! 14. [`rule_docs`]: rule documentation.
//! 15. [`lsp`]: the language server.
//! 16. [`serve`]: the review page.
//! 17. [`cli`]: the command line, which starts the other front ends.

pub mod cli;
pub mod config;
pub mod diagnostic;
pub mod fix;
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
