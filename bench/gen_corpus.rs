//! Writes the benchmark corpus (see `bench/corpus.rs`).
//!
//! ```text
//! gen-corpus --seed 7 --jsonl notes.jsonl --notes 10000
//!            --files notes/ --file-count 1000
//!            --single note800.md --single-chars 800
//! ```
//! Every output is optional; the same seed always writes the same bytes.

#[path = "corpus.rs"]
mod corpus;

use std::fs;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Default)]
struct Args {
    seed: u64,
    notes: usize,
    jsonl: Option<PathBuf>,
    files: Option<PathBuf>,
    file_count: usize,
    single: Option<PathBuf>,
    single_chars: usize,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        seed: 7,
        notes: 10_000,
        file_count: 1_000,
        single_chars: 800,
        ..Args::default()
    };
    let mut raw = std::env::args().skip(1);
    while let Some(flag) = raw.next() {
        let value = raw.next().ok_or_else(|| format!("{flag} needs a value"))?;
        let number = || {
            value
                .parse::<usize>()
                .map_err(|e| format!("{flag} {value}: {e}"))
        };
        match flag.as_str() {
            "--seed" => args.seed = number()? as u64,
            "--notes" => args.notes = number()?,
            "--file-count" => args.file_count = number()?,
            "--single-chars" => args.single_chars = number()?,
            "--jsonl" => args.jsonl = Some(value.into()),
            "--files" => args.files = Some(value.into()),
            "--single" => args.single = Some(value.into()),
            _ => return Err(format!("unknown flag {flag}")),
        }
    }
    Ok(args)
}

fn run() -> Result<(), String> {
    let args = parse_args()?;
    let terms = xhslint::rules::lexicons::builtin_words()
        .into_iter()
        .map(str::to_string)
        .collect();
    let vocabulary = corpus::Vocabulary::new(terms);
    let io = |path: &PathBuf, e: std::io::Error| format!("{}: {e}", path.display());

    if let Some(path) = &args.jsonl {
        let notes = corpus::generate(&vocabulary, args.seed, args.notes);
        let mut text = String::new();
        for note in &notes {
            text.push_str(&note.json_line());
            text.push('\n');
        }
        fs::write(path, text).map_err(|e| io(path, e))?;
    }
    if let Some(dir) = &args.files {
        fs::create_dir_all(dir).map_err(|e| io(dir, e))?;
        // A seed of its own, so the files are not the JSONL's first Notes.
        let notes = corpus::generate(&vocabulary, args.seed ^ 0xF11E, args.file_count);
        for note in &notes {
            let path = dir.join(format!("{}.md", note.id));
            fs::write(&path, note.markdown()).map_err(|e| io(&path, e))?;
        }
    }
    if let Some(path) = &args.single {
        // The body is sized, then the front matter, sale line and hashtags
        // come on top: ask for more until the whole file is long enough.
        let mut asked = args.single_chars;
        let markdown = loop {
            let markdown = corpus::note_of_size(&vocabulary, args.seed, asked).markdown();
            if markdown.chars().count() >= args.single_chars {
                break markdown;
            }
            asked += 10;
        };
        fs::write(path, markdown).map_err(|e| io(path, e))?;
    }
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("gen-corpus: {message}");
            ExitCode::from(2)
        }
    }
}
