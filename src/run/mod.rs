//! One lint run, as a library: the inputs (files, directories, stdin, or
//! JSON Lines batches) become a stream of Notes, linted in parallel, their
//! reports prepared (rendered) by the same worker threads, and handed to a
//! [`Sink`] in input order — the same order, and the same results, whatever
//! the number of threads.
//!
//! Every input's config is resolved before any Note is linted, so a config
//! error stops the run before anything is reported; each config lints its
//! Notes with an engine of its own ([`Engine`]). Files are all linted before
//! any is prepared, so the run rules ([`crate::rules::RuleKind::Run`]) see every one; JSON Lines records stream
//! through in bounded batches, so an export of any size is never held in
//! memory whole.

mod memory;
pub mod progress;
mod workers;

use std::fs::File;
use std::io::{self, BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::fix::{self, write::replace_file};
use crate::input::note::{Note, NoteFormat};
use crate::input::record::{self, LineContent, RawLine, Record, RecordInfo};
use crate::input::source::{Limits, read_source, read_stdin};
use crate::input::walk::{Found, find_notes_selected};
use crate::lint::{Engine, run_rules, sort};
use crate::report::{FileReport, FixReport};
use crate::settings::Settings;
use crate::text::fingerprint::Build;
use memory::FreedMemory;
use progress::Progress;
use workers::Workers;

/// How the paths of a run are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputKind {
    /// Markdown and plain-text Notes; directories are walked.
    #[default]
    Notes,
    /// JSON Lines files (or stdin), one Note a line.
    Jsonl,
}

/// What happens to machine-applicable suggestions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FixMode {
    /// Reported only.
    #[default]
    Off,
    /// Applied and written back (`--fix`).
    Write,
    /// Applied in memory and shown as a diff (`--diff`); nothing is written.
    Diff,
}

/// How the config of a run applies to its inputs.
pub struct NoteConfig<'a> {
    /// The settings for the Note at a path (for stdin, its
    /// `--stdin-filename`), or the config error that stops the run.
    pub settings_for: &'a dyn Fn(&Path) -> Result<Arc<Settings>, String>,
    /// Whether a file found by walking a directory is linted.
    pub selects: &'a dyn Fn(&Path) -> bool,
}

/// Why a run stopped before its end.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    /// A config could not be loaded; nothing was reported.
    #[error("{0}")]
    Config(String),
    /// The sink (the output) failed, or no thread pool could be started.
    #[error(transparent)]
    Io(#[from] io::Error),
}

/// JSON Lines records linted and prepared (rendered) at a time, then
/// written; with [`BATCH_BYTES`] of input, bounds the memory a JSON Lines
/// run holds: a batch's rendered reports, several times the size of its
/// lines in the JSON formats, are held until the batch is written, and a
/// run on a pool holds a few smaller ones at once ([`pipeline_shape`]).
const BATCH_RECORDS: usize = 256;
const BATCH_BYTES: usize = 2 * 1024 * 1024;

#[derive(Default)]
pub struct Options {
    pub input: InputKind,
    pub stdin_filename: Option<String>,
    pub limits: Limits,
    /// Worker threads; `None` uses one per core.
    pub threads: Option<usize>,
    pub fix: FixMode,
    /// Whether a progress bar may be drawn on stderr (the caller knows the
    /// output format and whether stderr is a terminal).
    pub progress: bool,
}

/// A linted file with its parsed Note.
pub struct Linted {
    /// `None` when the file could not be read or linted.
    pub note: Option<Note>,
    /// The settings it was linted with (`None` with `note`), for run-wide
    /// rules that must honour the same config.
    pub settings: Option<Arc<Settings>>,
    pub report: FileReport,
}

/// Where the reports of a run go. Each report is first prepared (rendered,
/// say) on a worker thread, in any order and many at a time, then handed
/// over in input order.
pub trait Sink: Send + Sync {
    /// A report as [`Sink::prepare`] leaves it.
    type Prepared: Send;

    /// Called once the run's configs are resolved, before the first report.
    fn start(&mut self) -> io::Result<()> {
        Ok(())
    }

    /// Called on the worker threads (on the run's own thread for an input
    /// that could not be opened); for a file, once it is linted, or after
    /// the run-wide pass if a run rule takes part in its Note.
    fn prepare(&self, report: FileReport) -> Self::Prepared;

    /// Called in input order, on the thread that started the run.
    fn report(&mut self, prepared: Self::Prepared) -> io::Result<()>;

    /// Called after each batch, while the progress bar is cleared.
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Hands over a report made on the run's own thread (an input that could
/// not be opened or read).
fn report_now<S: Sink>(sink: &mut S, report: FileReport) -> io::Result<()> {
    let prepared = sink.prepare(report);
    sink.report(prepared)
}

/// Lints `paths` and hands every report to `sink` in input order. An error
/// is returned only when the run cannot go on (a config error, no thread
/// pool, or the sink failed); per-input problems are reports.
pub fn run<S: Sink>(
    paths: &[PathBuf],
    options: &Options,
    config: &NoteConfig,
    sink: &mut S,
) -> Result<(), RunError> {
    match options.input {
        InputKind::Notes => run_notes(paths, options, config, sink),
        InputKind::Jsonl => {
            // A stream's length is not known up front.
            let workers = Workers::new(options.threads.unwrap_or(0), None)?;
            let mut inputs = Vec::with_capacity(paths.len());
            for path in paths {
                let display = if is_stdin(path) {
                    stdin_name(options)
                } else {
                    display_path(path)
                };
                let lookup = if is_stdin(path) {
                    PathBuf::from(&display)
                } else {
                    path.clone()
                };
                let settings = (config.settings_for)(&lookup).map_err(RunError::Config)?;
                inputs.push((path, display, settings));
            }
            sink.start()?;
            for (path, display, settings) in inputs {
                run_jsonl(path, display, &settings, options, sink, &workers)?;
            }
            Ok(())
        }
    }
}

fn stdin_name(options: &Options) -> String {
    options
        .stdin_filename
        .clone()
        .unwrap_or_else(|| "-".to_string())
}

/// The name a path is reported under.
pub fn display_path(path: &Path) -> String {
    let text = path.display().to_string();
    text.strip_prefix("./").map(str::to_string).unwrap_or(text)
}

fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

enum Job {
    Stdin {
        name: String,
        settings: Arc<Settings>,
    },
    File {
        path: PathBuf,
        display: String,
        settings: Arc<Settings>,
    },
    Failed {
        path: String,
        message: String,
    },
}

fn run_notes<S: Sink>(
    paths: &[PathBuf],
    options: &Options,
    config: &NoteConfig,
    sink: &mut S,
) -> Result<(), RunError> {
    let mut jobs = Vec::new();
    // A file named twice (or found by two walks) is linted, and fixed, once.
    let mut seen = std::collections::HashSet::new();
    for path in paths {
        if is_stdin(path) {
            let name = stdin_name(options);
            let settings = (config.settings_for)(Path::new(&name)).map_err(RunError::Config)?;
            jobs.push(Job::Stdin { name, settings });
            continue;
        }
        for found in find_notes_selected(std::slice::from_ref(path), config.selects) {
            if let Found::File(path) = &found
                && !seen.insert(path.clone())
            {
                continue;
            }
            jobs.push(match found {
                Found::File(path) => Job::File {
                    settings: (config.settings_for)(&path).map_err(RunError::Config)?,
                    display: display_path(&path),
                    path,
                },
                Found::Error { path, message } => Job::Failed { path, message },
            });
        }
    }
    // A run over a few Notes spends more building regexes than searching.
    let build = Build::for_notes(jobs.len());
    let workers = Workers::new(options.threads.unwrap_or(0), Some(jobs.len()))?;
    sink.start()?;
    let progress = Progress::for_notes(options.progress, jobs.len() as u64);
    let bar = progress.bar();
    let shared = &*sink;
    // A report is rendered as soon as its Note is linted, unless a run rule
    // may still add to it. The run holds every file's report until the end,
    // and rendered it takes far less memory (a tenth, in the human format).
    //
    // The workers borrow the jobs, which this thread frees at the end. A
    // path the walk allocated, freed on a worker, went into that worker's
    // cache of free memory and was handed out again for a string that then
    // grew; glibc's malloc (the static binary's) locks the arena a block
    // came from on every realloc, so both workers queued on this thread's
    // arena: some 20 sleeps a run on the bench's 1,000 real-sized files,
    // and 2 threads took 42 ms on 1,000 real Notes where they now take 39.
    let outcomes: Vec<Outcome<S::Prepared>> = workers.map(jobs.iter().collect(), |job| {
        let linted = lint_job(job, options, build);
        if let Some(bar) = bar {
            bar.inc(1);
        }
        match (&linted.note, &linted.settings) {
            (Some(note), Some(settings)) if run_rules::takes_part(note, settings) => {
                Outcome::AwaitsRun(Box::new(linted))
            }
            _ => Outcome::Prepared(shared.prepare(linted.report)),
        }
    });
    let prepared = settle_run(outcomes, shared, &workers);
    let result = progress.suspend(|| {
        for prepared in prepared {
            sink.report(prepared)?;
        }
        sink.flush()
    });
    progress.finish();
    Ok(result?)
}

/// A linted file's report: rendered, or held for the run-wide pass.
enum Outcome<P> {
    Prepared(P),
    AwaitsRun(Box<Linted>),
}

/// Every report of a run prepared, in input order: those that awaited the
/// run-wide pass get its findings first.
fn settle_run<S: Sink>(
    outcomes: Vec<Outcome<S::Prepared>>,
    sink: &S,
    workers: &Workers,
) -> Vec<S::Prepared> {
    let mut prepared: Vec<Option<S::Prepared>> = Vec::with_capacity(outcomes.len());
    let mut awaiting = Vec::new();
    let mut positions = Vec::new();
    for outcome in outcomes {
        match outcome {
            Outcome::Prepared(report) => prepared.push(Some(report)),
            Outcome::AwaitsRun(linted) => {
                positions.push(prepared.len());
                prepared.push(None);
                awaiting.push(*linted);
            }
        }
    }
    add_run_findings(&mut awaiting);
    let reports = awaiting.into_iter().map(|linted| linted.report).collect();
    for (position, report) in positions
        .into_iter()
        .zip(workers.map(reports, |report| sink.prepare(report)))
    {
        prepared[position] = Some(report);
    }
    prepared.into_iter().flatten().collect()
}

/// Adds the findings of run-wide rules, each Note judged with the settings
/// it was linted with.
fn add_run_findings(linted: &mut [Linted]) {
    let found = {
        let run: Vec<(usize, (&Note, &Settings))> = linted
            .iter()
            .enumerate()
            .filter_map(|(i, l)| Some((i, (l.note.as_ref()?, l.settings.as_deref()?))))
            .collect();
        let notes: Vec<(&Note, &Settings)> = run.iter().map(|(_, pair)| *pair).collect();
        let indices: Vec<usize> = run.iter().map(|(i, _)| *i).collect();
        indices
            .into_iter()
            .zip(run_rules::check(&notes))
            .collect::<Vec<_>>()
    };
    for (i, diagnostics) in found {
        if !diagnostics.is_empty() {
            let report = &mut linted[i].report;
            report.diagnostics.extend(diagnostics);
            sort(&mut report.diagnostics);
        }
    }
}

fn lint_job(job: &Job, options: &Options, build: Build) -> Linted {
    let failed = |display: String, message: String| Linted {
        note: None,
        settings: None,
        report: FileReport::failed(display, message),
    };
    let failed_with = |display: String, message: crate::i18n::Msg| Linted {
        note: None,
        settings: None,
        report: FileReport::failed_with(display, message),
    };
    match job {
        Job::Failed { path, message } => failed(path.clone(), format!("{path}: {message}")),
        Job::Stdin { name, settings } => {
            match read_stdin(name, options.limits) {
                // stdin has no file to write back to: `--fix` only shows.
                Ok(source) => {
                    let mode = match options.fix {
                        FixMode::Write => FixMode::Off,
                        other => other,
                    };
                    lint_file(None, name.clone(), source, settings, mode, build)
                }
                Err(err) => failed_with(name.clone(), err.msg()),
            }
        }
        Job::File {
            path,
            display,
            settings,
        } => match read_source(path, display, options.limits) {
            Ok(source) => lint_file(
                Some(path),
                display.clone(),
                source,
                settings,
                options.fix,
                build,
            ),
            Err(err) => failed_with(display.clone(), err.msg()),
        },
    }
}

/// Lints one Note held in memory as `check -` lints stdin named `name`
/// (`--stdin-filename`): decoded within `limits`, nothing fixed. For callers
/// that hold the text, not a file (the review page, the Python package). A
/// run-wide rule needs more than one Note, so there is none to add.
pub fn lint_text(
    name: String,
    bytes: Vec<u8>,
    settings: &Arc<Settings>,
    limits: Limits,
) -> FileReport {
    match crate::input::source::decode(&name, bytes, limits) {
        Ok(source) => lint_file(None, name, source, settings, FixMode::Off, Build::Tuned).report,
        Err(err) => FileReport::failed_with(name, err.msg()),
    }
}

/// Lints one Note's source and, with `--fix` or `--diff`, fixes it.
fn lint_file(
    path: Option<&Path>,
    display: String,
    source: String,
    settings: &Arc<Settings>,
    mode: FixMode,
    build: Build,
) -> Linted {
    let mut note = Note::parse(&display, source, NoteFormat::for_path(&display));
    // A Note of a campaign takes the plan's facts first (SPEC 10).
    let planned = crate::plan::notes::apply(&mut note, settings);
    let (diagnostics, kind) = Engine::new(settings)
        .built(build)
        .lint_planned(&note, planned);
    let linted = |note: Note, diagnostics, fix: Option<FixReport>| {
        let mut report = FileReport::linted(display.clone(), note.source.clone(), diagnostics);
        report.fix = fix;
        report.note_kind = kind.clone();
        Linted {
            note: Some(note),
            settings: Some(Arc::clone(settings)),
            report,
        }
    };
    if mode == FixMode::Off {
        return linted(note, diagnostics, None);
    }
    let fixed = fix::fix_note(&display, note.clone(), diagnostics.clone(), settings);
    if !fixed.changed() {
        return linted(fixed.note, fixed.diagnostics, Some(FixReport::default()));
    }
    match (mode, path) {
        (FixMode::Write, Some(path)) => {
            match replace_file(
                path,
                &display,
                note.source.as_bytes(),
                fixed.note.source.as_bytes(),
            ) {
                Ok(()) => linted(
                    fixed.note,
                    fixed.diagnostics,
                    Some(FixReport {
                        applied: fixed.applied,
                        written: true,
                        ..FixReport::default()
                    }),
                ),
                // The file is unchanged: report what is in it.
                Err(err) => linted(
                    note,
                    diagnostics,
                    Some(FixReport {
                        applied: fixed.applied,
                        error: Some(err.to_string()),
                        ..FixReport::default()
                    }),
                ),
            }
        }
        _ => {
            let diff = fix::unified_diff(&display, &note.source, &fixed.note.source);
            linted(
                note,
                diagnostics,
                Some(FixReport {
                    applied: fixed.applied,
                    diff: Some(diff),
                    ..FixReport::default()
                }),
            )
        }
    }
}

fn run_jsonl<S: Sink>(
    path: &Path,
    display: String,
    settings: &Settings,
    options: &Options,
    sink: &mut S,
    workers: &Workers,
) -> io::Result<()> {
    let (reader, total): (Box<dyn BufRead + Send>, Option<u64>) = if is_stdin(path) {
        if crate::input::source::stdin_is_closed() {
            return report_now(
                sink,
                FileReport::failed_with(
                    display.clone(),
                    crate::msg!(
                        "located",
                        place = display.as_str(),
                        message = crate::msg!("input-stdin-closed-records")
                    ),
                ),
            );
        }
        (Box::new(BufReader::new(io::stdin())), None)
    } else {
        let opened = File::open(path).map_err(|e| crate::i18n::Arg::from(e.to_string()));
        let opened = opened.and_then(|file| {
            let metadata = file.metadata().map_err(|e| e.to_string())?;
            if metadata.is_dir() {
                return Err(crate::msg!("input-not-jsonl").into());
            }
            Ok((file, metadata.len()))
        });
        match opened {
            Ok((file, len)) => (Box::new(BufReader::new(file)), Some(len)),
            Err(reason) => {
                let message = crate::msg!("input-cannot-read", reason = reason);
                return report_now(
                    sink,
                    FileReport::failed_with(
                        display.clone(),
                        crate::msg!("located", place = display.as_str(), message = message),
                    ),
                );
            }
        }
    };
    let max_line = usize::try_from(options.limits.max_file_bytes).unwrap_or(usize::MAX);
    let lines = record::LineReader::new(reader, max_line);
    let mut progress = Progress::for_stream(options.progress, total);
    let lint = |raw| lint_record(raw, &display, settings);
    match workers.pool() {
        Some(pool) => jsonl_pipelined(lines, &lint, &display, sink, pool, &mut progress)?,
        None => jsonl_serial(lines, &lint, &display, sink, &mut progress)?,
    }
    progress.finish();
    Ok(())
}

/// JSON Lines records read at a time, and the read error that ended the
/// input, if one did.
struct LineBatch {
    lines: Vec<RawLine>,
    bytes: usize,
    /// The line a read failed at, and why; nothing after it is read.
    error: Option<(usize, io::Error)>,
}

impl LineBatch {
    /// The next batch of `lines`, at most `records` long, ending once it
    /// holds `bytes` of input; `None` at the end of the input.
    fn read<R: BufRead>(
        lines: &mut record::LineReader<R>,
        records: usize,
        bytes: usize,
        last_line: &mut usize,
    ) -> Option<LineBatch> {
        let mut batch = LineBatch {
            lines: Vec::new(),
            bytes: 0,
            error: None,
        };
        while batch.lines.len() < records && batch.bytes < bytes {
            match lines.next() {
                Some(Ok(raw)) => {
                    *last_line = raw.line;
                    batch.bytes += 1 + match &raw.content {
                        LineContent::Bytes(bytes) => bytes.len(),
                        LineContent::TooLong { len } => usize::try_from(*len).unwrap_or(0),
                    };
                    batch.lines.push(raw);
                }
                Some(Err(err)) => {
                    batch.error = Some((*last_line + 1, err));
                    break;
                }
                None => break,
            }
        }
        (!batch.lines.is_empty() || batch.error.is_some()).then_some(batch)
    }
}

/// A batch's reports, prepared, in input order (`None` for a blank line).
struct Prepared<P> {
    reports: Vec<Option<P>>,
    records: usize,
    bytes: usize,
    error: Option<(usize, io::Error)>,
}

/// Hands a prepared batch to `sink`, then the read error that ended the
/// input, if one did; whether the input goes on.
fn write_prepared<S: Sink>(
    batch: Prepared<S::Prepared>,
    display: &str,
    sink: &mut S,
    progress: &mut Progress,
    freed: &mut FreedMemory,
) -> io::Result<bool> {
    progress.suspend(|| {
        for prepared in batch.reports.into_iter().flatten() {
            sink.report(prepared)?;
        }
        sink.flush()
    })?;
    progress.advance(batch.records as u64, batch.bytes as u64);
    freed.written(batch.records);
    let Some((line, err)) = batch.error else {
        return Ok(true);
    };
    report_now(
        sink,
        FileReport::failed(
            display.to_string(),
            format!("{display}:{line}: cannot read: {err}"),
        )
        .with_record(RecordInfo::unread(line)),
    )?;
    Ok(false)
}

/// Lints JSON Lines on this thread alone, a batch at a time.
fn jsonl_serial<S: Sink, R: BufRead>(
    mut lines: record::LineReader<R>,
    lint: &impl Fn(RawLine) -> Option<FileReport>,
    display: &str,
    sink: &mut S,
    progress: &mut Progress,
) -> io::Result<()> {
    let mut last_line = 0;
    let mut freed = FreedMemory::released_every(BATCH_RECORDS);
    while let Some(batch) = LineBatch::read(&mut lines, BATCH_RECORDS, BATCH_BYTES, &mut last_line)
    {
        let LineBatch {
            lines,
            bytes,
            error,
        } = batch;
        let records = lines.len();
        let reports = lines
            .into_iter()
            .map(|raw| Some(sink.prepare(lint(raw)?)))
            .collect();
        let batch = Prepared {
            reports,
            records,
            bytes,
            error,
        };
        if !write_prepared(batch, display, sink, progress, &mut freed)? {
            break;
        }
    }
    Ok(())
}

/// Batches in flight per worker thread: each worker lints and prepares a
/// batch of its own, on its own, and one more waits for it, so no worker
/// waits while this thread writes the oldest. A batch split across the
/// workers (as it was) made them meet at the end of every batch, and one
/// slept there while the other finished: on 10,000 real-sized Notes the
/// two workers slept some 210 times a run and were 1.82 times as fast as
/// one thread; with a batch each they sleep 3 times, and are 1.86 times as
/// fast (medians of 15, interleaved).
const IN_FLIGHT_PER_THREAD: usize = 2;

/// The fewest records of a batch in a pipeline, however many threads.
const MIN_PIPELINED_RECORDS: usize = 16;

/// How a pipeline on `threads` workers batches its records: how many
/// batches it holds in flight, and how many records and bytes a batch has
/// at most. The batches in flight together hold about one batch of
/// [`BATCH_RECORDS`] and [`BATCH_BYTES`] (with a batch read ahead, a
/// little more): their rendered reports are most of a run's memory.
fn pipeline_shape(threads: usize) -> (usize, usize, usize) {
    let in_flight = IN_FLIGHT_PER_THREAD * threads.max(1);
    let records = (BATCH_RECORDS / in_flight).max(MIN_PIPELINED_RECORDS);
    let bytes = (BATCH_BYTES / in_flight).max(BATCH_BYTES / BATCH_RECORDS * records);
    (in_flight, records, bytes)
}

/// Lints JSON Lines on `pool` as a pipeline: a thread reads batches ahead,
/// each worker lints and prepares a batch at a time, and this thread writes
/// each batch in input order while the workers go on with the next ones.
/// Writing waits for the reports being prepared (`prepare` borrows the
/// sink that `report` changes), which takes little: preparing one is
/// quick.
fn jsonl_pipelined<S: Sink, R: BufRead + Send>(
    mut lines: record::LineReader<R>,
    lint: &(impl Fn(RawLine) -> Option<FileReport> + Sync),
    display: &str,
    sink: &mut S,
    pool: &rayon::ThreadPool,
    progress: &mut Progress,
) -> io::Result<()> {
    use std::collections::VecDeque;
    use std::sync::{PoisonError, RwLock, mpsc};

    let (most_in_flight, batch_records, batch_bytes) = pipeline_shape(pool.current_num_threads());
    std::thread::scope(|threads| {
        // The reader hands a batch over once the pipeline takes it.
        let (to_lint, read) = mpsc::sync_channel::<LineBatch>(0);
        threads.spawn(move || {
            let mut last_line = 0;
            while let Some(batch) =
                LineBatch::read(&mut lines, batch_records, batch_bytes, &mut last_line)
            {
                let ends = batch.error.is_some();
                // The receiver is gone when the run stopped on an error.
                if to_lint.send(batch).is_err() || ends {
                    break;
                }
            }
        });
        let sink = RwLock::new(sink);
        let sink = &sink;
        pool.in_place_scope(|jobs| {
            let mut in_flight: VecDeque<mpsc::Receiver<Prepared<S::Prepared>>> = VecDeque::new();
            let mut freed = FreedMemory::released_every(BATCH_RECORDS);
            let mut write_next = |in_flight: &mut VecDeque<mpsc::Receiver<_>>| {
                let Some(batch) = in_flight.pop_front().and_then(|done| done.recv().ok()) else {
                    return Ok(false);
                };
                let mut sink = sink.write().unwrap_or_else(PoisonError::into_inner);
                write_prepared(batch, display, &mut **sink, progress, &mut freed)
            };
            for batch in read.iter() {
                let (done, prepared) = mpsc::sync_channel(1);
                jobs.spawn(move |_| {
                    let LineBatch {
                        lines,
                        bytes,
                        error,
                    } = batch;
                    let records = lines.len();
                    let reports = lines
                        .into_iter()
                        .map(|raw| {
                            let report = lint(raw)?;
                            let sink = sink.read().unwrap_or_else(PoisonError::into_inner);
                            Some(sink.prepare(report))
                        })
                        .collect();
                    // The receiver is gone when the run stopped on an error.
                    let _ = done.send(Prepared {
                        reports,
                        records,
                        bytes,
                        error,
                    });
                });
                in_flight.push_back(prepared);
                if in_flight.len() >= most_in_flight && !write_next(&mut in_flight)? {
                    return Ok(());
                }
            }
            while !in_flight.is_empty() {
                if !write_next(&mut in_flight)? {
                    return Ok(());
                }
            }
            Ok(())
        })
    })
}

/// Lints a record of a JSON Lines batch named `display`, already parsed
/// (or made by a caller that holds its fields, like the Python package).
pub fn lint_parsed_record(record: Record, display: &str, settings: &Settings) -> FileReport {
    let (note, info) = record.into_note(display);
    let (diagnostics, kind) = Engine::new(settings).lint_kind(&note);
    let mut report =
        FileReport::linted(display.to_string(), note.source, diagnostics).with_record(info);
    report.note_kind = kind;
    report
}

/// Lints one line of a JSON Lines batch named `display` as `check --input
/// jsonl` does: `None` for a blank line, else the record's report or the
/// error naming the line.
pub fn lint_record(raw: RawLine, display: &str, settings: &Settings) -> Option<FileReport> {
    match record::parse_line(raw) {
        Ok(None) => None,
        Ok(Some(record)) => Some(lint_parsed_record(record, display, settings)),
        Err(err) => Some(
            FileReport::failed_with(display.to_string(), err.describe_msg(display))
                .with_record(RecordInfo::unread(err.line)),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads `lines` records, then fails as a disk would.
    struct FailingReader {
        text: io::Cursor<Vec<u8>>,
    }

    impl FailingReader {
        fn new(records: usize) -> FailingReader {
            let mut text = String::new();
            for i in 0..records {
                // A blank line now and then, which makes no report.
                if i % 97 == 5 {
                    text.push('\n');
                } else {
                    text.push_str(&format!("{{\"id\":{i},\"body\":\"第{i}条\"}}\n"));
                }
            }
            FailingReader {
                text: io::Cursor::new(text.into_bytes()),
            }
        }
    }

    impl io::Read for FailingReader {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            io::BufRead::fill_buf(self)?;
            io::Read::read(&mut self.text, buf)
        }
    }

    impl BufRead for FailingReader {
        fn fill_buf(&mut self) -> io::Result<&[u8]> {
            let at = self.text.position() as usize;
            if at == self.text.get_ref().len() {
                return Err(io::Error::other("the disk went away"));
            }
            Ok(&self.text.get_ref()[at..])
        }

        fn consume(&mut self, amount: usize) {
            self.text.consume(amount);
        }
    }

    /// Keeps each report's path and error, in the order handed over.
    #[derive(Default)]
    struct Collect(Vec<String>);

    impl Sink for Collect {
        type Prepared = String;

        fn prepare(&self, report: FileReport) -> String {
            format!("{} {}", report.path, report.error.unwrap_or_default())
        }

        fn report(&mut self, prepared: String) -> io::Result<()> {
            self.0.push(prepared);
            Ok(())
        }
    }

    /// Every line's report made cheaply, named after the line.
    fn lint(raw: RawLine) -> Option<FileReport> {
        match raw.content {
            LineContent::Bytes(bytes) if bytes.is_empty() => None,
            _ => Some(FileReport::failed(
                format!("line {}", raw.line),
                String::new(),
            )),
        }
    }

    fn run_with(workers: &Workers, records: usize) -> Vec<String> {
        let lines = record::LineReader::new(FailingReader::new(records), 1 << 20);
        let mut sink = Collect::default();
        let mut progress = Progress::for_stream(false, None);
        let result = match workers.pool() {
            Some(pool) => jsonl_pipelined(lines, &lint, "in.jsonl", &mut sink, pool, &mut progress),
            None => jsonl_serial(lines, &lint, "in.jsonl", &mut sink, &mut progress),
        };
        result.expect("the sink does not fail");
        sink.0
    }

    #[test]
    fn a_pipeline_holds_about_one_batch_in_flight_whatever_its_threads() {
        // Two threads: four batches of 64 records, a quarter of the bytes.
        assert_eq!(pipeline_shape(2), (4, 64, BATCH_BYTES / 4));
        assert_eq!(pipeline_shape(1), (2, 128, BATCH_BYTES / 2));
        // Many threads: batches no smaller than 16 records, and bytes to
        // match.
        assert_eq!(pipeline_shape(8), (16, 16, BATCH_BYTES / 16));
        assert_eq!(
            pipeline_shape(64),
            (128, 16, BATCH_BYTES / BATCH_RECORDS * 16)
        );
        // Up to eight threads, the batches in flight hold at most one
        // batch's records and bytes; beyond, batches keep their least size.
        for threads in 1..=8 {
            let (in_flight, records, bytes) = pipeline_shape(threads);
            assert!(in_flight * records <= BATCH_RECORDS, "{threads}");
            assert!(in_flight * bytes <= BATCH_BYTES, "{threads}");
        }
    }

    #[test]
    fn a_batch_ends_at_its_records_or_bytes_whichever_comes_first() {
        let text = "{\"body\":\"一\"}\n".repeat(10);
        let mut lines = record::LineReader::new(io::Cursor::new(text.into_bytes()), 1 << 20);
        let mut last_line = 0;
        // 15 bytes a line with its line break: the third line passes 40.
        let by_bytes = LineBatch::read(&mut lines, 8, 40, &mut last_line).expect("a batch");
        assert_eq!(
            (by_bytes.lines.len(), by_bytes.bytes, last_line),
            (3, 45, 3)
        );
        let by_records = LineBatch::read(&mut lines, 2, 1 << 20, &mut last_line).expect("a batch");
        assert_eq!((by_records.lines.len(), last_line), (2, 5));
        let rest = LineBatch::read(&mut lines, 100, 1 << 20, &mut last_line).expect("a batch");
        assert_eq!((rest.lines.len(), last_line), (5, 10));
        assert!(LineBatch::read(&mut lines, 100, 1 << 20, &mut last_line).is_none());
    }

    #[test]
    fn the_pipeline_hands_over_what_one_thread_does_up_to_a_read_error() {
        // Several batches, the last one short, then the read error.
        let records = BATCH_RECORDS * 5 + 17;
        let alone = run_with(&Workers::Caller, records);
        assert_eq!(alone.len(), records - records.div_ceil(97) + 1);
        assert_eq!(alone[0], "line 1 ");
        let error = format!(
            "in.jsonl in.jsonl:{}: cannot read: the disk went away",
            records + 1
        );
        assert_eq!(alone.last(), Some(&error));
        for threads in [2, 3, 8] {
            let pool = Workers::new(threads, None).expect("workers");
            assert!(pool.pool().is_some());
            assert_eq!(run_with(&pool, records), alone, "{threads} threads");
        }
    }
}
