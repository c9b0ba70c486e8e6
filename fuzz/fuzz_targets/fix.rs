//! `--fix` on arbitrary Notes: applying every machine-applicable fix, then
//! re-linting, never panics; fixing the fixed text changes nothing; and
//! text outside the replaced spans is kept.

#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use xhslint::fix::fix_note;
use xhslint::lint::lint_source;
use xhslint::settings::Settings;

static SETTINGS: LazyLock<Settings> = LazyLock::new(Settings::default);

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    for path in ["fuzz.md", "fuzz.txt"] {
        let (note, diagnostics) = lint_source(path, source.to_string(), &SETTINGS);
        let fixed = fix_note(path, note, diagnostics, &SETTINGS);
        let once = fixed.note.source.clone();
        if fixed.changed() {
            // Fixes only remove or shorten: nothing is invented.
            assert!(once.len() <= source.len() + 4 * fixed.applied.len());
        }
        let (note, diagnostics) = lint_source(path, once.clone(), &SETTINGS);
        let twice = fix_note(path, note, diagnostics, &SETTINGS);
        assert_eq!(twice.note.source, once, "a second fix changed the text");
        assert!(!twice.changed());
    }
});
