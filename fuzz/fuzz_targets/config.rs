//! Arbitrary bytes as a config file: an error with a position or settings
//! that lint a Note, never a panic.

#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use xhslint::config::Config;
use xhslint::input::note::{Note, NoteFormat};
use xhslint::lint::lint_note;

const NOTE: &str = "---\ntitle: 限时48小时｜第一坊精华\nsale:\n  stock: 200\n---\n最好用！！！加vx 到手¥199 #护肤 #护肤[话题]#";

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match Config::parse("fuzz.yaml", Path::new("/nonexistent-xhslint-fuzz"), text) {
        Ok(config) => {
            let note = Note::parse("n.md", NOTE.to_string(), NoteFormat::Markdown);
            let _ = lint_note(&note, &config.settings);
        }
        Err(error) => {
            let _ = error.to_string();
        }
    }
});
