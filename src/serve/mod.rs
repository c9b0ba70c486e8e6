//! `xhslint serve`: the review page and its JSON API on a local port, for
//! copywriters who never open a terminal (SPEC 11).
//!
//! `GET /` is one page, compiled into the binary (no CDN, no files read);
//! `POST /api/check` and `POST /api/title` answer with exactly the JSON that
//! `check --format json` and `title --format json` print, from the same
//! code; `POST /api/measure` gives the page the title's app units and the
//! hashtag count as the rules count them. Safe by default: loopback unless
//! told otherwise, `Host` and `Origin` checked so another site cannot drive
//! the server, bodies limited to the 1 MiB a Note may have, a time limit on
//! every request, and a clean stop on Ctrl-C.

mod api;
mod guard;
mod page;

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::routing::{get, post};
use clap::Args;
use tokio::sync::Semaphore;

use crate::config::{ConfigArgs, ConfigResolver};
use crate::i18n::{self, Lang, Msg};
use crate::msg;
use crate::report::exit;
use crate::settings::Settings;

pub use api::TitleRequest;

/// The options of `xhslint serve`.
#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    /// The port to listen on; 0 picks a free one (the URL printed says
    /// which).
    #[arg(long, value_name = "N", default_value_t = 8787)]
    pub port: u16,

    /// The address to bind. Anything but a loopback address lets other
    /// machines use the page; a warning says so.
    #[arg(long, value_name = "ADDR", default_value_t = IpAddr::V4(Ipv4Addr::LOCALHOST))]
    pub host: IpAddr,

    /// Seconds a request may take, reading its body included.
    #[arg(long, value_name = "SECS", default_value_t = 10, hide = true,
          value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub time_limit: u64,

    /// The config the Notes are checked with (`--config`), else the nearest
    /// one above the working directory (or the request's `filename`).
    #[command(flatten)]
    pub config: ConfigArgs,
}

/// What every request shares.
pub(crate) struct State {
    pub resolver: ConfigResolver,
    /// Lints running at once, at most one per core: the work is CPU-bound.
    pub lints: Semaphore,
    pub time_limit: Duration,
    /// The address bound, for the `Host` check.
    pub bound: SocketAddr,
    pub titles: TitleCommand,
}

/// Writes what `title --format json` prints for a request's facts, under
/// the given settings: the command line's title command, lent to the page.
pub type TitleCommand = fn(&TitleRequest, &Settings, crate::i18n::Lang) -> TitleOutcome;

/// What the title command made of a request.
pub enum TitleOutcome {
    /// The JSON `title --format json` prints.
    Titles(String),
    /// The facts do not make a title, and why.
    Refused(String),
    /// The command could not be set up.
    Broken(String),
}

/// Runs the server until Ctrl-C; returns the exit code.
/// `lang` is `--lang`; else `XHSLINT_LANG`, the config's `lang:` or the
/// locale choose the language of what the server prints.
pub fn run(args: &ServeArgs, titles: TitleCommand, lang: Option<Lang>) -> u8 {
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(err) => {
            let lang = lang.unwrap_or_else(|| i18n::choose_from_env(None, None));
            let message = msg!("serve-cannot-start", reason = err.to_string());
            eprintln!("{}", failed(lang, message));
            return exit::TROUBLE;
        }
    };
    runtime.block_on(serve(args, titles, lang))
}

/// `error: message` in `lang`.
fn failed(lang: Lang, message: Msg) -> String {
    format!(
        "{}: {}",
        i18n::text(lang, "human-error"),
        message.render(lang)
    )
}

async fn serve(args: &ServeArgs, titles: TitleCommand, lang: Option<Lang>) -> u8 {
    let resolver = ConfigResolver::new(args.config.choice());
    // A broken config stops the server before it starts, as it stops
    // `check` before it lints.
    let lang = match resolver.settings_for(std::path::Path::new(api::DEFAULT_NAME)) {
        Ok(settings) => lang.unwrap_or_else(|| i18n::choose_from_env(None, settings.lang)),
        Err(err) => {
            // The config that would say the language is the one that failed.
            let lang = lang.unwrap_or_else(|| i18n::choose_from_env(None, None));
            eprintln!("{}: {}", i18n::text(lang, "human-error"), err.render(lang));
            return exit::TROUBLE;
        }
    };
    let listener = match tokio::net::TcpListener::bind((args.host, args.port)).await {
        Ok(listener) => listener,
        Err(err) => {
            let addr = SocketAddr::new(args.host, args.port).to_string();
            let message = msg!(
                "serve-cannot-listen-on",
                addr = addr,
                reason = err.to_string()
            );
            eprintln!("{}", failed(lang, message));
            return exit::TROUBLE;
        }
    };
    let bound = match listener.local_addr() {
        Ok(bound) => bound,
        Err(err) => {
            let message = msg!("serve-cannot-listen", reason = err.to_string());
            eprintln!("{}", failed(lang, message));
            return exit::TROUBLE;
        }
    };
    let cores = std::thread::available_parallelism().map_or(2, usize::from);
    let state = Arc::new(State {
        resolver,
        lints: Semaphore::new(cores),
        time_limit: Duration::from_secs(args.time_limit),
        bound,
        titles,
    });
    if !bound.ip().is_loopback() {
        eprintln!(
            "{}: {}",
            i18n::text(lang, "human-warning"),
            msg!("serve-not-loopback", ip = bound.ip().to_string()).render(lang)
        );
    }
    let shutdown = match shutdown_signal() {
        Ok(shutdown) => shutdown,
        Err(err) => {
            let message = msg!("serve-no-ctrl-c", reason = err.to_string());
            eprintln!("{}", failed(lang, message));
            return exit::TROUBLE;
        }
    };
    println!(
        "{}",
        msg!("serve-started", url = format!("http://{bound}/")).render(lang)
    );
    let app = router(state);
    let served = axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await;
    match served {
        Ok(()) => {
            eprintln!("{}", i18n::text(lang, "serve-stopped"));
            exit::CLEAN
        }
        Err(err) => {
            let message = msg!("serve-failed", reason = err.to_string());
            eprintln!("{}", failed(lang, message));
            exit::TROUBLE
        }
    }
}

fn router(state: Arc<State>) -> Router {
    Router::new()
        .route("/", get(page::index))
        .route("/app.js", get(page::script))
        .route("/app.css", get(page::style))
        .route("/api/check", post(api::check))
        .route("/api/title", post(api::title))
        .route("/api/measure", post(api::measure))
        .route("/api/rules", get(api::rules))
        .fallback(guard::not_found)
        .method_not_allowed_fallback(guard::wrong_method)
        .layer(axum::extract::DefaultBodyLimit::max(api::body_limit()))
        .layer(axum::middleware::from_fn_with_state(
            Arc::clone(&state),
            guard::checks,
        ))
        .with_state(state)
}

/// Ctrl-C, or SIGTERM where there is one: listened for from the moment
/// this is called, so a signal sent as soon as the URL is printed is not
/// missed (nor kills the process, as it would before a handler is set).
#[cfg(unix)]
fn shutdown_signal() -> std::io::Result<impl std::future::Future<Output = ()>> {
    use tokio::signal::unix::{SignalKind, signal};
    let mut interrupt = signal(SignalKind::interrupt())?;
    let mut terminate = signal(SignalKind::terminate())?;
    Ok(async move {
        tokio::select! {
            _ = interrupt.recv() => {},
            _ = terminate.recv() => {},
        }
    })
}

#[cfg(not(unix))]
fn shutdown_signal() -> std::io::Result<impl std::future::Future<Output = ()>> {
    Ok(async {
        let _ = tokio::signal::ctrl_c().await;
    })
}
