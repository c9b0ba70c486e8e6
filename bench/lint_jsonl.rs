//! Stand-in for `xhslint check --input jsonl` until the CLI has it: lints
//! every record of a JSON Lines export in one process, one thread, each as
//! a plain-text Note (title line, then body), and prints the counts.
//!
//! `lint-jsonl notes.jsonl`

use std::process::ExitCode;

use serde::Deserialize;
use xhslint::input::note::{Note, NoteFormat};
use xhslint::lint::lint_note;
use xhslint::settings::Settings;

#[derive(Deserialize)]
struct Record {
    id: String,
    #[serde(default)]
    title: String,
    body: String,
}

fn run(path: &str) -> Result<(usize, usize), String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let settings = Settings::default();
    let mut notes = 0;
    let mut findings = 0;
    for (index, line) in text.lines().enumerate() {
        let record: Record =
            serde_json::from_str(line).map_err(|e| format!("{path}:{}: {e}", index + 1))?;
        let source = format!("{}\n{}", record.title, record.body);
        let note = Note::parse(record.id, source, NoteFormat::Text);
        findings += lint_note(&note, &settings).len();
        notes += 1;
    }
    Ok((notes, findings))
}

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: lint-jsonl NOTES.jsonl");
        return ExitCode::from(2);
    };
    match run(&path) {
        Ok((notes, findings)) => {
            println!("{notes} notes, {findings} findings");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("lint-jsonl: {message}");
            ExitCode::from(2)
        }
    }
}
