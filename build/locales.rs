//! Indexes the Fluent files of `locales/` (`src/i18n/entries.rs`): for
//! each language and file, in the order `src/i18n/mod.rs` searches them,
//! each message's id and where its entry starts and ends.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use crate::entries::entries;

/// The languages and files, as `i18n::sources` lists them.
const LANGS: [&str; 2] = ["en", "zh"];
const FILES: [&str; 3] = ["rules.ftl", "cli.ftl", "docs.ftl"];

pub fn write_index(out: &Path) -> Result<(), Box<dyn std::error::Error>> {
    println!("cargo::rerun-if-changed=locales");
    println!("cargo::rerun-if-changed=src/i18n/entries.rs");
    let mut code = String::from("[\n");
    for lang in LANGS {
        code.push_str("    [\n");
        for file in FILES {
            let path = format!("locales/{lang}/{file}");
            let source = fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
            code.push_str("        &[");
            for (id, range) in entries(&source) {
                write!(code, "({id:?}, {}, {}), ", range.start, range.end)?;
            }
            code.push_str("],\n");
        }
        code.push_str("    ],\n");
    }
    code.push(']');
    fs::write(out.join("locale_index.rs"), code)?;
    Ok(())
}
