//! Writes the benchmark corpus (see `bench/corpus.rs`).
//!
//! ```text
//! gen-corpus --seed 7 --jsonl notes.jsonl --notes 10000
//!            --files notes/ --file-count 1000
//!            --single note800.md --single-chars 800
//!            --real-jsonl real.jsonl --real-files real/ --one-line line.md
//!            --real-sale-files sales/
//! ```
//! `--real-jsonl` and `--real-files` write Notes shaped like a real export
//! (many short, a few long, mostly everyday posts; see
//! `corpus::generate_real_sized`), as many as `--notes` and `--file-count`
//! say; `--real-sale-files` sale Notes at the same lengths.
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
    real_jsonl: Option<PathBuf>,
    real_files: Option<PathBuf>,
    real_sale_files: Option<PathBuf>,
    one_line: Option<PathBuf>,
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
            "--real-jsonl" => args.real_jsonl = Some(value.into()),
            "--real-files" => args.real_files = Some(value.into()),
            "--real-sale-files" => args.real_sale_files = Some(value.into()),
            "--one-line" => args.one_line = Some(value.into()),
            _ => return Err(format!("unknown flag {flag}")),
        }
    }
    Ok(args)
}

fn run() -> Result<(), String> {
    let args = parse_args()?;
    let vocabulary = corpus::Vocabulary::with_builtin_lexicons();
    let io = |path: &PathBuf, e: std::io::Error| format!("{}: {e}", path.display());

    let write_jsonl = |path: &PathBuf, notes: Vec<corpus::GenNote>| {
        let mut text = String::new();
        for note in &notes {
            text.push_str(&note.json_line());
            text.push('\n');
        }
        fs::write(path, text).map_err(|e| io(path, e))
    };
    let write_files = |dir: &PathBuf, notes: Vec<corpus::GenNote>| {
        fs::create_dir_all(dir).map_err(|e| io(dir, e))?;
        for note in &notes {
            let path = dir.join(format!("{}.md", note.id));
            fs::write(&path, note.markdown()).map_err(|e| io(&path, e))?;
        }
        Ok::<(), String>(())
    };
    if let Some(path) = &args.jsonl {
        write_jsonl(path, corpus::generate(&vocabulary, args.seed, args.notes))?;
    }
    // Seeds of their own, so the files are not the JSONL's first Notes.
    if let Some(dir) = &args.files {
        let notes = corpus::generate(&vocabulary, args.seed ^ 0xF11E, args.file_count);
        write_files(dir, notes)?;
    }
    if let Some(path) = &args.real_jsonl {
        let notes = corpus::generate_real_sized(&vocabulary, args.seed ^ 0x5EA1, args.notes);
        write_jsonl(path, notes)?;
    }
    if let Some(dir) = &args.real_files {
        let notes = corpus::generate_real_sized(&vocabulary, args.seed ^ 0xF11E5, args.file_count);
        write_files(dir, notes)?;
    }
    // The seed the real-sized files had when every one of them sold, so
    // these are those files, byte for byte.
    if let Some(dir) = &args.real_sale_files {
        let notes =
            corpus::generate_real_sized_sales(&vocabulary, args.seed ^ 0xF11E5, args.file_count);
        write_files(dir, notes)?;
    }
    if let Some(path) = &args.one_line {
        fs::write(path, corpus::one_line(args.seed)).map_err(|e| io(path, e))?;
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
