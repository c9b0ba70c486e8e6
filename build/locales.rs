//! Indexes the Fluent files of `locales/` (`src/i18n/entries.rs`): for
//! each language and file, in the order `src/i18n/mod.rs` searches them,
//! each message's id and where its entry starts and ends; and, per
//! language, every id's hash with the file and entry it names, sorted by
//! hash, which is what a lookup searches.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use crate::entries::{entries, id_hash};

/// The languages and files, as `i18n::sources` lists them.
const LANGS: [&str; 2] = ["en", "zh"];
const FILES: [&str; 3] = ["rules.ftl", "cli.ftl", "docs.ftl"];

pub fn write_index(out: &Path) -> Result<(), Box<dyn std::error::Error>> {
    println!("cargo::rerun-if-changed=locales");
    println!("cargo::rerun-if-changed=src/i18n/entries.rs");
    let mut code = String::from("[\n");
    let mut hashes = String::from("[\n");
    for lang in LANGS {
        code.push_str("    [\n");
        let mut hashed = Vec::new();
        for (f, file) in FILES.iter().enumerate() {
            let path = format!("locales/{lang}/{file}");
            let source = fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
            code.push_str("        &[");
            for (at, (id, range)) in entries(&source).into_iter().enumerate() {
                write!(code, "({id:?}, {}, {}), ", range.start, range.end)?;
                hashed.push((id_hash(id), f, at));
            }
            code.push_str("],\n");
        }
        code.push_str("    ],\n");
        // By hash, then in the order the files are searched.
        hashed.sort_unstable();
        hashes.push_str("    &[");
        for (hash, file, at) in hashed {
            write!(hashes, "({hash}, {file}, {at}), ")?;
        }
        hashes.push_str("],\n");
    }
    code.push(']');
    hashes.push(']');
    fs::write(out.join("locale_index.rs"), code)?;
    fs::write(out.join("locale_hashes.rs"), hashes)?;
    Ok(())
}
