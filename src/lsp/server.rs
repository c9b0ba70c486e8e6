//! The server loop: the `initialize` handshake, requests and notifications,
//! debounced linting, and `shutdown`/`exit`.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use lsp_server::{ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::{
    CodeActionKind, CodeActionOptions, CodeActionParams, CodeActionProviderCapability,
    DidChangeTextDocumentParams, DidChangeWatchedFilesRegistrationOptions,
    DidCloseTextDocumentParams, DidOpenTextDocumentParams, DidSaveTextDocumentParams,
    FileSystemWatcher, GlobPattern, HoverParams, HoverProviderCapability, InitializeResult,
    LogMessageParams, MessageType, PublishDiagnosticsParams, Registration, RegistrationParams,
    SaveOptions, ServerCapabilities, ServerInfo, TextDocumentContentChangeEvent,
    TextDocumentSyncCapability, TextDocumentSyncKind, TextDocumentSyncOptions,
    TextDocumentSyncSaveOptions, Url, WorkspaceFolder,
};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::actions::{self, wants_quick_fixes};
use super::diagnostics::{self, DocLinks};
use super::documents::{Document, Documents, file_path, name_and_format};
use super::hover;
use super::linter::{Done, Linter};
use super::position::PositionEncoding;
use super::settings::SettingsSource;
use super::transport::{Incoming, Outbox, Outgoing};
use crate::config::{ConfigChoice, FILE_NAMES};
use crate::i18n::Lang;

/// How long after the last change a document is linted, unless the client
/// sets `debounceMs`.
pub const DEFAULT_DEBOUNCE: Duration = Duration::from_millis(200);
const MAX_DEBOUNCE_MS: u64 = 10_000;

/// Exit codes, as LSP defines them for `exit`.
pub mod exit {
    /// `exit` after `shutdown`.
    pub const CLEAN: u8 = 0;
    /// `exit` without `shutdown`, or the input ended first.
    pub const UNCLEAN: u8 = 1;
}

/// The id of the server's one request, asking to watch config files.
const WATCH_CONFIGS: &str = "xhslint/watch-configs";

/// Whether a document is a config file.
fn is_config_file(uri: &Url) -> bool {
    file_path(uri)
        .and_then(|path| {
            path.file_name()
                .map(|name| name.to_string_lossy().into_owned())
        })
        .is_some_and(|name| FILE_NAMES.contains(&name.as_str()))
}

/// The parts of `initialize` the server reads. Read leniently: a client's
/// capabilities it does not use must not stop it from starting.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct InitializeParams {
    #[serde(default)]
    capabilities: ClientCapabilities,
    #[serde(default)]
    initialization_options: Option<Value>,
    #[serde(default)]
    root_uri: Option<Url>,
    /// The client's UI language (`zh-cn`, `en`).
    #[serde(default)]
    locale: Option<String>,
    #[serde(default)]
    workspace_folders: Option<Vec<WorkspaceFolder>>,
}

#[derive(Debug, Default, Deserialize)]
struct ClientCapabilities {
    #[serde(default)]
    general: Option<GeneralCapabilities>,
    #[serde(default)]
    workspace: Option<WorkspaceCapabilities>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct WorkspaceCapabilities {
    #[serde(default)]
    did_change_watched_files: Option<DynamicRegistration>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct DynamicRegistration {
    #[serde(default)]
    dynamic_registration: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct GeneralCapabilities {
    #[serde(default)]
    position_encodings: Option<Vec<String>>,
}

/// `initializationOptions`, checked strictly like a config file.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct InitializationOptions {
    /// Milliseconds between the last change and linting (0–10000).
    debounce_ms: Option<u64>,
    /// Where the rule pages (`docs/rules/RULE.md`) are published.
    docs_base_url: Option<Url>,
    /// The language of the findings: `zh` or `en`.
    lang: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Uninitialized,
    Running,
    ShutDown,
}

pub struct Server {
    out: Outbox,
    state: State,
    encoding: PositionEncoding,
    debounce: Duration,
    links: DocLinks,
    settings: SettingsSource,
    documents: Documents,
    /// Whether the client lets the server ask to be told of config changes.
    can_watch_files: bool,
    linter: Linter,
}

/// How often the loop looks for finished lints while one runs.
const LINT_POLL: Duration = Duration::from_millis(5);

impl Server {
    pub fn new(out: Outbox, config: ConfigChoice) -> Self {
        Server {
            out,
            state: State::Uninitialized,
            encoding: PositionEncoding::Utf16,
            debounce: DEFAULT_DEBOUNCE,
            links: DocLinks::new(None),
            settings: SettingsSource::new(config, None),
            documents: Documents::default(),
            can_watch_files: false,
            linter: Linter::new(),
        }
    }

    /// Serves until `exit` or the end of input; returns the exit code.
    pub fn serve(&mut self, incoming: &Receiver<Incoming>) -> u8 {
        loop {
            while let Some(done) = self.linter.finished() {
                self.linted(done);
            }
            let polling = self.linter.busy().then(|| Instant::now() + LINT_POLL);
            let wake = match (self.documents.next_due(), polling) {
                (Some(due), Some(poll)) => Some(due.min(poll)),
                (due, poll) => due.or(poll),
            };
            let next = match wake {
                Some(due) => {
                    match incoming.recv_timeout(due.saturating_duration_since(Instant::now())) {
                        Ok(next) => next,
                        Err(RecvTimeoutError::Timeout) => {
                            self.publish_due();
                            continue;
                        }
                        Err(RecvTimeoutError::Disconnected) => break,
                    }
                }
                None => match incoming.recv() {
                    Ok(next) => next,
                    Err(_) => break,
                },
            };
            match next {
                Incoming::Malformed(error) => self.send(Outgoing::Raw(error.to_json())),
                Incoming::Message(Message::Request(request)) => self.guarded_request(request),
                Incoming::Message(Message::Notification(n)) if n.method == "exit" => {
                    return self.exit_code();
                }
                Incoming::Message(Message::Notification(notification)) => {
                    self.guarded_notification(notification);
                }
                // The server sends no requests, so no response is awaited.
                Incoming::Message(Message::Response(_)) => {}
            }
            // A steady stream of messages must not starve the debounce.
            self.publish_due();
        }
        self.exit_code()
    }

    fn exit_code(&self) -> u8 {
        if self.state == State::ShutDown {
            exit::CLEAN
        } else {
            exit::UNCLEAN
        }
    }

    fn send(&self, outgoing: Outgoing) {
        // Diagnostics waiting for a client that does not read are replaced
        // by newer ones, so what waits stays bounded.
        self.out.send(outgoing);
    }

    fn respond(&self, response: Response) {
        self.send(Outgoing::Message(Message::Response(response)));
    }

    fn error(&self, id: RequestId, code: ErrorCode, message: impl Into<String>) {
        self.respond(Response::new_err(id, code as i32, message.into()));
    }

    fn notify(&self, method: &str, params: impl serde::Serialize) {
        self.send(Outgoing::Message(Message::Notification(Notification::new(
            method.to_string(),
            params,
        ))));
    }

    fn log(&self, typ: MessageType, message: String) {
        self.notify(
            "window/logMessage",
            LogMessageParams {
                typ,
                message: format!("xhslint: {message}"),
            },
        );
    }

    /// Handles a request; a defect that panics answers `InternalError`
    /// instead of taking the editor's server down.
    fn guarded_request(&mut self, request: Request) {
        let id = request.id.clone();
        let method = request.method.clone();
        if catch_unwind(AssertUnwindSafe(|| self.on_request(request))).is_err() {
            self.error(
                id,
                ErrorCode::InternalError,
                format!("xhslint failed on `{method}`; please report it"),
            );
        }
    }

    fn guarded_notification(&mut self, notification: Notification) {
        let method = notification.method.clone();
        if catch_unwind(AssertUnwindSafe(|| self.on_notification(notification))).is_err() {
            self.log(MessageType::ERROR, format!("failed on `{method}`"));
        }
    }

    fn on_request(&mut self, request: Request) {
        let Request { id, method, params } = request;
        match (self.state, method.as_str()) {
            (State::Uninitialized, "initialize") => self.initialize(id, params),
            (State::Uninitialized, _) => self.error(
                id,
                ErrorCode::ServerNotInitialized,
                format!("`{method}` before `initialize`"),
            ),
            (State::ShutDown, _) => self.error(
                id,
                ErrorCode::InvalidRequest,
                format!("`{method}` after `shutdown`; only `exit` is accepted"),
            ),
            (State::Running, "initialize") => {
                self.error(id, ErrorCode::InvalidRequest, "already initialized");
            }
            (State::Running, "shutdown") => {
                self.state = State::ShutDown;
                self.respond(Response::new_ok(id, Value::Null));
            }
            (State::Running, "textDocument/codeAction") => {
                if let Some(params) = self.params::<CodeActionParams>(&id, params) {
                    let actions = self.code_actions(params);
                    self.respond(Response::new_ok(id, actions));
                }
            }
            (State::Running, "textDocument/hover") => {
                if let Some(params) = self.params::<HoverParams>(&id, params) {
                    let hover = self.hover(params);
                    self.respond(Response::new_ok(id, hover));
                }
            }
            (State::Running, _) => self.error(
                id,
                ErrorCode::MethodNotFound,
                format!("xhslint does not handle `{method}`"),
            ),
        }
    }

    /// The request's params, or `None` after answering `InvalidParams`.
    fn params<P: DeserializeOwned>(&self, id: &RequestId, params: Value) -> Option<P> {
        match serde_json::from_value(params) {
            Ok(params) => Some(params),
            Err(err) => {
                self.error(id.clone(), ErrorCode::InvalidParams, err.to_string());
                None
            }
        }
    }

    fn initialize(&mut self, id: RequestId, params: Value) {
        let Some(params) = self.params::<InitializeParams>(&id, params) else {
            return;
        };
        let options = match params.initialization_options {
            None | Some(Value::Null) => InitializationOptions::default(),
            Some(value) => match serde_json::from_value::<InitializationOptions>(value) {
                Ok(options) => options,
                Err(err) => {
                    let message = format!(
                        "initializationOptions: {err} — allowed: debounceMs (0–{MAX_DEBOUNCE_MS}), docsBaseUrl, lang (zh or en)"
                    );
                    self.error(id, ErrorCode::InvalidParams, message);
                    return;
                }
            },
        };
        if let Some(ms) = options.debounce_ms {
            if ms > MAX_DEBOUNCE_MS {
                let message = format!(
                    "initializationOptions: debounceMs {ms} is too long — allowed: 0–{MAX_DEBOUNCE_MS}"
                );
                self.error(id, ErrorCode::InvalidParams, message);
                return;
            }
            self.debounce = Duration::from_millis(ms);
        }
        self.links = DocLinks::new(options.docs_base_url);
        // initializationOptions.lang, else the client's locale.
        let lang = options
            .lang
            .as_deref()
            .and_then(crate::i18n::Lang::parse)
            .or_else(|| params.locale.as_deref().and_then(crate::i18n::Lang::parse));
        self.settings.set_lang(lang);
        self.can_watch_files = params
            .capabilities
            .workspace
            .and_then(|w| w.did_change_watched_files)
            .and_then(|d| d.dynamic_registration)
            .unwrap_or(false);
        let offered = params
            .capabilities
            .general
            .and_then(|general| general.position_encodings)
            .unwrap_or_default();
        self.encoding = PositionEncoding::negotiate(&offered);
        let root: Option<PathBuf> = params
            .workspace_folders
            .and_then(|folders| folders.into_iter().next())
            .map(|folder| folder.uri)
            .or(params.root_uri)
            .and_then(|uri| file_path(&uri));
        self.settings.set_root(root);

        let result = InitializeResult {
            capabilities: self.capabilities(),
            server_info: Some(ServerInfo {
                name: "xhslint".to_string(),
                version: Some(env!("CARGO_PKG_VERSION").to_string()),
            }),
        };
        self.state = State::Running;
        self.respond(Response::new_ok(id, result));
    }

    fn capabilities(&self) -> ServerCapabilities {
        ServerCapabilities {
            position_encoding: Some(self.encoding.kind()),
            text_document_sync: Some(TextDocumentSyncCapability::Options(
                TextDocumentSyncOptions {
                    open_close: Some(true),
                    change: Some(TextDocumentSyncKind::INCREMENTAL),
                    save: Some(TextDocumentSyncSaveOptions::SaveOptions(SaveOptions {
                        include_text: Some(false),
                    })),
                    ..TextDocumentSyncOptions::default()
                },
            )),
            code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
                code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
                resolve_provider: Some(false),
                ..CodeActionOptions::default()
            })),
            hover_provider: Some(HoverProviderCapability::Simple(true)),
            ..ServerCapabilities::default()
        }
    }

    fn on_notification(&mut self, notification: Notification) {
        if self.state != State::Running {
            // Before `initialize` only `exit` counts; after `shutdown`
            // nothing is linted any more.
            return;
        }
        let Notification { method, params } = notification;
        match method.as_str() {
            "initialized" => self.watch_configs(),
            "textDocument/didOpen" => {
                if let Some(p) = self.notification_params(&method, params) {
                    self.did_open(p);
                }
            }
            "textDocument/didChange" => {
                if let Some(p) = self.notification_params(&method, params) {
                    self.did_change(p);
                }
            }
            "textDocument/didSave" => {
                if let Some(p) = self.notification_params(&method, params) {
                    self.did_save(p);
                }
            }
            "textDocument/didClose" => {
                if let Some(p) =
                    self.notification_params::<DidCloseTextDocumentParams>(&method, params)
                {
                    let uri = p.text_document.uri;
                    self.documents.close(&uri);
                    self.linter.cancel(&uri);
                    self.notify(
                        "textDocument/publishDiagnostics",
                        PublishDiagnosticsParams::new(uri, Vec::new(), None),
                    );
                }
            }
            "workspace/didChangeWatchedFiles" | "workspace/didChangeConfiguration" => {
                self.configs_changed();
            }
            // `$/cancelRequest` (requests are answered in turn, without
            // waiting for a lint), `$/setTrace`,
            // and notifications of features the server does not offer need
            // nothing.
            _ => {}
        }
    }

    fn did_open(&mut self, params: DidOpenTextDocumentParams) {
        let doc = params.text_document;
        let document = Document::new(doc.text, doc.version, doc.language_id);
        self.documents.open(doc.uri.clone(), document);
        self.publish(&doc.uri);
    }

    /// Applies the edits and lints once the debounce runs out.
    fn did_change(&mut self, params: DidChangeTextDocumentParams) {
        let uri = params.text_document.uri;
        let (encoding, debounce) = (self.encoding, self.debounce);
        match self.documents.get_mut(&uri) {
            Some(document) => {
                document.apply(
                    params.content_changes,
                    params.text_document.version,
                    encoding,
                );
                document.lint_due = Some(Instant::now() + debounce);
                // A lint of the text before this edit is stale.
                self.linter.cancel(&uri);
            }
            None => self.log(
                MessageType::WARNING,
                format!("change to {uri}, which is not open"),
            ),
        }
    }

    /// Lints at once: a saved Note is one the writer considers done.
    fn did_save(&mut self, params: DidSaveTextDocumentParams) {
        let uri = params.text_document.uri;
        if is_config_file(&uri) {
            self.configs_changed();
            return;
        }
        let Some(document) = self.documents.get_mut(&uri) else {
            return;
        };
        if let Some(text) = params.text {
            let whole = TextDocumentContentChangeEvent {
                range: None,
                range_length: None,
                text,
            };
            let version = document.version;
            document.apply(vec![whole], version, self.encoding);
            self.linter.cancel(&uri);
        }
        self.publish(&uri);
    }

    /// Asks the client to report changes to config files, which the
    /// server cannot see otherwise.
    fn watch_configs(&self) {
        if !self.can_watch_files {
            return;
        }
        let watchers = FILE_NAMES
            .iter()
            .map(|name| FileSystemWatcher {
                glob_pattern: GlobPattern::String(format!("**/{name}")),
                kind: None,
            })
            .collect();
        let registration = Registration {
            id: "xhslint-configs".to_string(),
            method: "workspace/didChangeWatchedFiles".to_string(),
            register_options: serde_json::to_value(DidChangeWatchedFilesRegistrationOptions {
                watchers,
            })
            .ok(),
        };
        self.send(Outgoing::Message(Message::Request(Request::new(
            RequestId::from(WATCH_CONFIGS.to_string()),
            "client/registerCapability".to_string(),
            RegistrationParams {
                registrations: vec![registration],
            },
        ))));
    }

    /// Forgets every loaded config and lints every open document again.
    fn configs_changed(&mut self) {
        self.settings.reload();
        for uri in self.documents.uris() {
            if let Some(document) = self.documents.get_mut(&uri) {
                document.findings = None;
            }
            self.publish(&uri);
        }
    }

    fn notification_params<P: DeserializeOwned>(&self, method: &str, params: Value) -> Option<P> {
        match serde_json::from_value(params) {
            Ok(params) => Some(params),
            Err(err) => {
                self.log(MessageType::ERROR, format!("ignored `{method}`: {err}"));
                None
            }
        }
    }

    /// Lints the documents whose debounce has run out and publishes.
    fn publish_due(&mut self) {
        for uri in self.documents.due(Instant::now()) {
            self.publish(&uri);
        }
    }

    /// Publishes the findings of `uri` if they are known, else starts its
    /// lint on the worker; [`Server::linted`] publishes when it is done.
    fn publish(&mut self, uri: &Url) {
        let Server {
            documents,
            settings,
            linter,
            ..
        } = self;
        let Some(document) = documents.get_mut(uri) else {
            return;
        };
        document.lint_due = None;
        if document.findings.is_none() && diagnostics::too_large(document).is_none() {
            let path = file_path(uri);
            // A broken config is published at once, as `send_diagnostics`
            // finds it again.
            if let Ok(settings) = settings.settings_for(path.as_deref()) {
                let (name, format) = name_and_format(uri, &document.language_id);
                let text = document.text.clone();
                if linter
                    .start(uri.clone(), name, format, text, settings)
                    .is_some()
                {
                    return;
                }
            }
        }
        self.send_diagnostics(uri);
    }

    /// Keeps the findings of a finished lint and publishes them.
    fn linted(&mut self, done: Done) {
        let Some(document) = self.documents.get_mut(&done.uri) else {
            return;
        };
        // A request may have linted the same text in the meantime.
        if document.findings.is_none() {
            let mut findings = done.findings;
            // In the language the client asked for, as in-place lints are.
            let path = file_path(&done.uri);
            if let Ok(settings) = self.settings.settings_for(path.as_deref()) {
                let lang = self.settings.lang(&settings);
                findings.iter_mut().for_each(|d| d.localize(lang));
            }
            document.findings = Some(findings);
        }
        self.send_diagnostics(&done.uri);
    }

    /// Publishes the findings of `uri`, linting in place if they are not
    /// known.
    fn send_diagnostics(&mut self, uri: &Url) {
        let Server {
            documents,
            settings,
            links,
            encoding,
            ..
        } = self;
        let Some(document) = documents.get_mut(uri) else {
            return;
        };
        document.lint_due = None;
        let diagnostics = match diagnostics::lint(document, uri, settings) {
            Ok(()) => match diagnostics::too_large(document) {
                Some(message) => vec![diagnostics::too_large_problem(message)],
                None => document
                    .findings()
                    .iter()
                    .map(|f| diagnostics::to_lsp(f, document, uri, *encoding, links))
                    .collect(),
            },
            Err(problem) => vec![diagnostics::config_problem(
                &problem,
                settings.lang_without_config(),
            )],
        };
        let params =
            PublishDiagnosticsParams::new(uri.clone(), diagnostics, Some(document.version));
        self.notify("textDocument/publishDiagnostics", params);
    }

    fn code_actions(&mut self, params: CodeActionParams) -> Vec<lsp_types::CodeActionOrCommand> {
        if !wants_quick_fixes(params.context.only.as_deref()) {
            return Vec::new();
        }
        let uri = params.text_document.uri;
        let Server {
            documents,
            settings,
            links,
            encoding,
            ..
        } = self;
        let Some(document) = documents.get_mut(&uri) else {
            return Vec::new();
        };
        if diagnostics::lint(document, &uri, settings).is_err() {
            return Vec::new();
        }
        let document = &*document;
        let span = document.positions(*encoding).span(params.range);
        let (_, format) = name_and_format(&uri, &document.language_id);
        actions::code_actions(&actions::Request {
            uri: &uri,
            document,
            findings: document.findings(),
            span,
            format,
            encoding: *encoding,
            links,
            lang: lang_of(settings, &uri),
        })
    }

    fn hover(&mut self, params: HoverParams) -> Option<lsp_types::Hover> {
        let place = params.text_document_position_params;
        let uri = place.text_document.uri;
        let Server {
            documents,
            settings,
            encoding,
            ..
        } = self;
        let document = documents.get_mut(&uri)?;
        diagnostics::lint(document, &uri, settings).ok()?;
        let offset = document.positions(*encoding).offset(place.position);
        let lang = lang_of(settings, &uri);
        hover::hover(document, document.findings(), offset, *encoding, lang)
    }
}

/// The language a document's findings are shown in.
fn lang_of(settings: &SettingsSource, uri: &Url) -> Lang {
    settings
        .settings_for(file_path(uri).as_deref())
        .map_or_else(|_| Lang::default(), |s| settings.lang(&s))
}
