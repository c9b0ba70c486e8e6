//! Arbitrary bytes through decoding, Note parsing, every rule and both
//! renderers: no panic, and every span on character boundaries.

#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use xhslint::input::note::{Note, NoteFormat};
use xhslint::input::source::{Limits, decode};
use xhslint::lint::lint_note;
use xhslint::report::{FileReport, human, json};
use xhslint::settings::Settings;

static SETTINGS: LazyLock<Settings> = LazyLock::new(Settings::default);

fuzz_target!(|data: &[u8]| {
    let Ok(source) = decode("fuzz.md", data.to_vec(), Limits::default()) else {
        return;
    };
    for format in [NoteFormat::Markdown, NoteFormat::Text] {
        let note = Note::parse("fuzz.md", source.clone(), format);
        let diagnostics = lint_note(&note, &SETTINGS);
        for d in &diagnostics {
            assert!(d.span.start <= d.span.end && d.span.end <= note.source.len());
            assert!(note.source.is_char_boundary(d.span.start));
            assert!(note.source.is_char_boundary(d.span.end));
        }
        let report = FileReport::linted("fuzz.md".to_string(), note.source, diagnostics);
        let reports = [report];
        let _ = json::render(&reports);
        let _ = human::render(&reports, |_| true, true);
    }
});
