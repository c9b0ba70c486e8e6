//! The Python binding of xhslint (`xhslint._xhslint`): the command line's
//! engine, called on text held in memory. Every result is the JSON the
//! command line writes, parsed: `check` gives `check --format json`'s report
//! for one Note, `title` gives `title --format json`'s output.
//!
//! Linting happens with the GIL released; `Engine.check_many` spreads a
//! batch over a thread pool and keeps the results in input order.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock, PoisonError, mpsc};

use pyo3::create_exception;
use pyo3::exceptions::{PyOSError, PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyInt, PyList, PyMapping, PyString};
use rayon::prelude::*;
use serde_json::Value;

mod objects;
use objects::Objects;

#[cfg(all(
    unix,
    not(target_os = "openbsd"),
    any(target_arch = "x86_64", target_arch = "aarch64")
))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

use xhslint::config::{Config, ConfigError as LoadError};
use xhslint::input::record::{FACT_KEYS, LineContent, RawLine, Record, RecordInfo};
use xhslint::input::source::Limits;
use xhslint::report::{FileReport, json};
use xhslint::run::{lint_parsed_record, lint_record, lint_text};
use xhslint::settings::Settings;
use xhslint::title::facts::{Input, Inputs};

create_exception!(
    xhslint,
    ConfigError,
    PyValueError,
    "A config file that cannot be used. `str(err)` is the command line's \
     message, `path:line:column: what is wrong`; `path`, `line`, `column` \
     (None when the mistake has no place) and `message` are its parts."
);

/// The name a Note without a file name is reported under, as `check -`
/// reports stdin; also the name of a batch of records, as `check --input
/// jsonl -` reports one read from stdin.
const STDIN: &str = "-";

/// The built-in settings (`--no-config`), made once per process.
fn default_settings() -> Arc<Settings> {
    static DEFAULTS: OnceLock<Arc<Settings>> = OnceLock::new();
    Arc::clone(DEFAULTS.get_or_init(|| Arc::new(Settings::default())))
}

/// The settings of `config` (a path), or the built-in ones without it.
fn load_settings(py: Python<'_>, config: Option<&PathBuf>) -> PyResult<Arc<Settings>> {
    match config {
        None => Ok(default_settings()),
        Some(path) => Config::load(path)
            .map(|config| config.settings)
            .map_err(|err| config_error(py, &err)),
    }
}

fn config_error(py: Python<'_>, err: &LoadError) -> PyErr {
    let raised = ConfigError::new_err(err.to_string());
    let value = raised.value(py);
    let (line, column) = err.position.unzip();
    let parts = [
        value.setattr("path", &err.path),
        value.setattr("line", line),
        value.setattr("column", column),
        value.setattr("message", &err.message),
    ];
    match parts.into_iter().find_map(Result::err) {
        Some(failed) => failed,
        None => raised,
    }
}

/// Messages are English today; `lang` is accepted so that callers can
/// name it now.
fn check_lang(lang: Option<&str>) -> PyResult<()> {
    match lang {
        None | Some("en") => Ok(()),
        Some(other) => Err(PyValueError::new_err(format!(
            "unknown language `{other}`: messages are in English (`en`) today"
        ))),
    }
}

/// Notes linted at a time by `check_many` while the reports before them
/// become Python objects.
const CHUNK: usize = 1024;

/// One item of a batch, read while holding the GIL and linted without it.
enum Item {
    /// A Note's text, linted as `check -` lints stdin.
    Text(String),
    /// A record whose fields have the types a record's have.
    Record(Record),
    /// Any other mapping, as the line of a JSON Lines batch it would be,
    /// for the command line's own verdict on it.
    Line(RawLine),
}

impl Item {
    fn lint(self, settings: &Arc<Settings>) -> FileReport {
        match self {
            Item::Text(text) => lint_text(
                STDIN.to_string(),
                text.into_bytes(),
                settings,
                Limits::default(),
            ),
            Item::Record(record) => lint_parsed_record(record, STDIN, settings),
            Item::Line(raw) => {
                let line = raw.line;
                // Only a blank line holds no record, and a dict is never
                // dumped as one.
                lint_record(raw, STDIN, settings).unwrap_or_else(|| {
                    FileReport::failed(STDIN.to_string(), format!("{STDIN}:{line}: no record"))
                        .with_record(RecordInfo::unread(line))
                })
            }
        }
    }
}

/// The items of `notes`: strings as Notes, mappings as JSON Lines records
/// numbered by their 1-based place in `notes`.
fn read_items(py: Python<'_>, notes: &Bound<'_, PyAny>) -> PyResult<Vec<Item>> {
    let dumps = py.import("json")?.getattr("dumps")?;
    let options = PyDict::new(py);
    options.set_item("ensure_ascii", false)?;
    options.set_item("default", wrap_pyfunction!(json_default, py)?)?;
    let mut items = Vec::new();
    for (index, note) in notes.try_iter()?.enumerate() {
        let note = note?;
        let line = index + 1;
        let item = if let Ok(text) = note.extract::<String>() {
            Item::Text(text)
        } else if let Some(record) = note
            .cast::<PyDict>()
            .ok()
            .and_then(|dict| record_of(dict, line))
        {
            Item::Record(record)
        } else if note.is_instance_of::<PyDict>() || note.cast::<PyMapping>().is_ok() {
            let record = if note.is_instance_of::<PyDict>() {
                note
            } else {
                py.import("builtins")?.getattr("dict")?.call1((note,))?
            };
            let text: String = dumps.call((record,), Some(&options))?.extract()?;
            Item::Line(RawLine {
                line,
                content: LineContent::Bytes(text.into_bytes()),
            })
        } else {
            return Err(PyTypeError::new_err(format!(
                "notes[{index}] is {}, not a str or a dict shaped like a JSON Lines record",
                note.get_type().name()?
            )));
        };
        items.push(item);
    }
    Ok(items)
}

/// The record a dict holds when its fields have the types `parse_line`
/// accepts (`id` a str or an int, `title` and `body` strs, `tags` absent,
/// None or a list of strs): read without making its JSON. Anything else is
/// left to `parse_line`, so that its message is the command line's.
fn record_of(dict: &Bound<'_, PyDict>, line: usize) -> Option<Record> {
    let field = |name: &str| dict.get_item(name).ok().flatten();
    // Facts (`sale`, `kind`, …) are validated by the command line's own
    // reader: such a record goes through its JSON.
    if FACT_KEYS.iter().any(|key| field(key).is_some()) {
        return None;
    }
    let id = field("id")?;
    let id = if let Ok(text) = id.cast::<PyString>() {
        Value::String(text.extract().ok()?)
    } else if id.is_exact_instance_of::<PyInt>() {
        Value::from(id.extract::<i64>().ok()?)
    } else {
        return None;
    };
    let text =
        |name: &str| -> Option<String> { field(name)?.cast::<PyString>().ok()?.extract().ok() };
    let tags = match field("tags") {
        None => Vec::new(),
        Some(tags) if tags.is_none() => Vec::new(),
        Some(tags) => {
            let list = tags.cast::<PyList>().ok()?;
            let mut strings = Vec::with_capacity(list.len());
            for tag in list.iter() {
                strings.push(tag.cast::<PyString>().ok()?.extract().ok()?);
            }
            strings
        }
    };
    let record = Record {
        id,
        line,
        title: text("title")?,
        body: text("body")?,
        tags,
        facts: Vec::new(),
    };
    // The command line refuses a line over the size limit; near it, only
    // the record's JSON tells.
    let size =
        record.title.len() + record.body.len() + record.tags.iter().map(String::len).sum::<usize>();
    let limit = usize::try_from(Limits::default().max_file_bytes).unwrap_or(usize::MAX);
    (size <= limit / 2).then_some(record)
}

/// `json.dumps`'s fallback for the scalars DataFrames hold (numpy's
/// integers, say): their Python value.
#[pyfunction]
fn json_default<'py>(value: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    if value.hasattr("item")? {
        return value.call_method0("item");
    }
    Err(PyTypeError::new_err(format!(
        "Object of type {} is not JSON serializable",
        value.get_type().name()?
    )))
}

/// Where a batch is linted.
enum Workers {
    /// The calling thread (`threads=1`).
    Caller,
    /// Rayon's global pool, one thread per core (`threads=None`).
    Global,
    Pool(Arc<rayon::ThreadPool>),
}

/// A linter built once, with its config loaded, and reused for any number
/// of Notes; safe to share between threads.
///
/// config: path of an `.xhslint.yaml` to lint with, as `--config PATH`;
///     None lints with the built-in defaults, as `--no-config`.
/// lang: the language of messages; only "en" today.
///
/// Raises ConfigError when the config cannot be used.
#[pyclass(frozen, module = "xhslint")]
struct Engine {
    settings: Arc<Settings>,
    config: Option<PathBuf>,
    /// Pools of a given size, made on first use.
    pools: Mutex<HashMap<usize, Arc<rayon::ThreadPool>>>,
}

impl Engine {
    fn workers(&self, threads: Option<usize>) -> PyResult<Workers> {
        let threads = match threads {
            None => return Ok(Workers::Global),
            Some(0) => return Err(PyValueError::new_err("threads must be at least 1")),
            Some(1) => return Ok(Workers::Caller),
            Some(n) => n,
        };
        let mut pools = self.pools.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(pool) = pools.get(&threads) {
            return Ok(Workers::Pool(Arc::clone(pool)));
        }
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .map_err(|err| PyOSError::new_err(format!("cannot start {threads} threads: {err}")))?;
        let pool = Arc::new(pool);
        pools.insert(threads, Arc::clone(&pool));
        Ok(Workers::Pool(pool))
    }
}

#[pymethods]
impl Engine {
    #[new]
    #[pyo3(signature = (config=None, lang=None))]
    fn new(py: Python<'_>, config: Option<PathBuf>, lang: Option<&str>) -> PyResult<Self> {
        check_lang(lang)?;
        Ok(Engine {
            settings: load_settings(py, config.as_ref())?,
            config,
            pools: Mutex::new(HashMap::new()),
        })
    }

    /// The config file the engine was built with, or None for the
    /// built-in defaults.
    #[getter]
    fn config(&self) -> Option<String> {
        self.config.as_ref().map(|path| path.display().to_string())
    }

    /// Lints one Note and returns `check --format json`'s report for it
    /// (schema version 1): `files` holds the one entry.
    ///
    /// filename: the name the Note is reported under, which also chooses
    ///     its format (`.txt`: plain text; otherwise Markdown with optional
    ///     front matter), as `--stdin-filename`; None reports it as "-".
    #[pyo3(signature = (text, filename=None))]
    fn check<'py>(
        &self,
        py: Python<'py>,
        text: String,
        filename: Option<String>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let name = filename.unwrap_or_else(|| STDIN.to_string());
        let settings = &self.settings;
        let report = py.detach(|| lint_text(name, text.into_bytes(), settings, Limits::default()));
        Objects::new(py).make(&json::document(&report))
    }

    /// Lints many Notes on a thread pool, with the GIL released, and
    /// returns one report per Note in input order, each as `check` returns
    /// it.
    ///
    /// notes: an iterable of Note texts (str), linted as `check(text)`
    ///     lints one, and of JSON Lines records (dicts with `id`, `title`,
    ///     `body` and optional `tags`), linted as `check --input jsonl`
    ///     lints a line: positions are within the record's fields, and the
    ///     entry's `record.line` is the item's 1-based place in `notes`. A
    ///     record that is not of that shape gets a report with its `error`.
    /// threads: worker threads; None uses one per core, 1 the calling
    ///     thread.
    ///
    /// Run-wide rules (flash-fatigue), which compare the Notes of one
    /// command-line run of files, are not applied: each Note is judged on
    /// its own, as in a JSON Lines run.
    #[pyo3(signature = (notes, threads=None))]
    fn check_many<'py>(
        &self,
        py: Python<'py>,
        notes: &Bound<'py, PyAny>,
        threads: Option<usize>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let workers = self.workers(threads)?;
        let items = read_items(py, notes)?;
        let list = PyList::empty(py);
        let mut objects = Objects::new(py);
        let _paused = objects.pause_gc()?;
        if let Workers::Caller = workers {
            let settings = &self.settings;
            let reports: Vec<FileReport> =
                py.detach(|| items.into_iter().map(|i| i.lint(settings)).collect());
            for report in &reports {
                list.append(objects.make(&json::document(report))?)?;
            }
            return Ok(list.into_any());
        }
        // The pool lints a chunk while this thread, holding the GIL, builds
        // the objects of the chunk before.
        let settings = Arc::clone(&self.settings);
        let (send, receive) = mpsc::sync_channel::<Vec<FileReport>>(2);
        let linter = std::thread::spawn(move || {
            let mut items = items.into_iter();
            loop {
                let chunk: Vec<Item> = items.by_ref().take(CHUNK).collect();
                if chunk.is_empty() {
                    return;
                }
                let lint = || chunk.into_par_iter().map(|i| i.lint(&settings)).collect();
                let reports = match &workers {
                    Workers::Pool(pool) => pool.install(lint),
                    _ => lint(),
                };
                if send.send(reports).is_err() {
                    return;
                }
            }
        });
        // A Receiver is not Sync; waiting for it without the GIL needs one.
        let receive = Mutex::new(receive);
        let next = || {
            receive
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .recv()
        };
        while let Ok(reports) = py.detach(next) {
            for report in &reports {
                list.append(objects.make(&json::document(report))?)?;
            }
        }
        py.detach(|| linter.join())
            .map_err(|_| PyRuntimeError::new_err("xhslint: a linting thread panicked"))?;
        Ok(list.into_any())
    }

    fn __repr__(&self) -> String {
        match &self.config {
            Some(path) => format!("Engine(config={:?})", path.display().to_string()),
            None => "Engine()".to_string(),
        }
    }
}

fn loads<'py>(py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyAny>> {
    py.import("json")?.getattr("loads")?.call1((text,))
}

/// Lints one Note and returns `check --format json`'s report for it
/// (schema version 1). Loads `config` on every call: to lint many Notes,
/// build an Engine once.
///
/// filename: the name the Note is reported under, which also chooses its
///     format (`.txt`: plain text; otherwise Markdown), as
///     `--stdin-filename`; None reports it as "-".
/// config: path of an `.xhslint.yaml`, as `--config PATH`; None lints
///     with the built-in defaults, as `--no-config`.
/// lang: the language of messages; only "en" today.
///
/// Raises ConfigError when the config cannot be used.
#[pyfunction]
#[pyo3(signature = (text, *, filename=None, config=None, lang=None))]
fn check<'py>(
    py: Python<'py>,
    text: String,
    filename: Option<String>,
    config: Option<PathBuf>,
    lang: Option<&str>,
) -> PyResult<Bound<'py, PyAny>> {
    check_lang(lang)?;
    let settings = load_settings(py, config.as_ref())?;
    let name = filename.unwrap_or_else(|| STDIN.to_string());
    let report = py.detach(|| lint_text(name, text.into_bytes(), &settings, Limits::default()));
    Objects::new(py).make(&json::document(&report))
}

/// Writes the best titles for a sale's facts and returns `title --format
/// json`'s output. The arguments are the `title` command's flags
/// (`original_price` for `--original-price`, `n` for `-n`).
///
/// Raises ValueError with the command line's message when the facts
/// cannot make a title, and ConfigError when the config cannot be used.
#[pyfunction]
#[pyo3(signature = (
    *, product=None, hours=None, days=None, stock=None, price=None,
    original_price=None, benefit=None, category=None, festival=None,
    date=None, n=5, config=None
))]
#[allow(clippy::too_many_arguments)]
fn title<'py>(
    py: Python<'py>,
    product: Option<String>,
    hours: Option<i64>,
    days: Option<i64>,
    stock: Option<i64>,
    price: Option<f64>,
    original_price: Option<f64>,
    benefit: Option<String>,
    category: Option<String>,
    festival: Option<String>,
    date: Option<String>,
    n: i64,
    config: Option<PathBuf>,
) -> PyResult<Bound<'py, PyAny>> {
    // The checks clap makes of the flags, in its words.
    if hours.is_some() && days.is_some() {
        return Err(PyValueError::new_err(
            "the argument '--hours <H>' cannot be used with '--days <D>'",
        ));
    }
    let count = match usize::try_from(n) {
        Ok(count @ 1..=100) => count,
        _ => {
            return Err(PyValueError::new_err(format!(
                "invalid value '{n}' for '-n <N>': {n} is not in 1..=100"
            )));
        }
    };
    let settings = load_settings(py, config.as_ref())?;
    let inputs = Inputs {
        product: product.map(|v| Input::flag("--product", v)),
        hours: hours.map(|v| Input::flag("--hours", v)),
        days: days.map(|v| Input::flag("--days", v)),
        stock: stock.map(|v| Input::flag("--stock", v)),
        price: price.map(|v| Input::flag("--price", v)),
        original_price: original_price.map(|v| Input::flag("--original-price", v)),
        benefit: benefit.map(|v| Input::flag("--benefit", v)),
        category: category.map(|v| Input::flag("--category", v)),
        festival: festival.map(|v| Input::flag("--festival", v)),
        date: date.map(|v| Input::flag("--date", v)),
        times: None,
    };
    let output =
        xhslint::cli::titles_json(inputs, count, &settings).map_err(PyValueError::new_err)?;
    loads(py, &output)
}

#[pymodule]
fn _xhslint(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Engine>()?;
    m.add_function(wrap_pyfunction!(check, m)?)?;
    m.add_function(wrap_pyfunction!(title, m)?)?;
    m.add("ConfigError", m.py().get_type::<ConfigError>())?;
    m.add("SCHEMA_VERSION", json::SCHEMA_VERSION)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
