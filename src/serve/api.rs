//! The JSON API: `POST /api/check` and `POST /api/title` answer with the
//! JSON `check --format json` and `title --format json` print, made by the
//! same code; `POST /api/measure` gives the page the numbers it shows
//! beside the title and the hashtags.
//!
//! Requests are JSON objects read strictly: an unknown field or a wrong
//! type is a 400 whose message names it. Every answer that is not a report
//! is `{"error": {"message": …}}`.

use std::path::{Component, Path};
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::extract::rejection::BytesRejection;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::json;

use super::State as Shared;
use super::TitleOutcome;
use super::guard::{Refusal, error, refuse};
use crate::input::note::{Note, NoteFormat};
use crate::input::source::Limits;
use crate::model::prepared::PreparedNote;
use crate::report;
use crate::rules::{HashtagCount, TitleLength};
use crate::text::units;

/// The name a Note is checked under when the request gives none, as with
/// `check - --stdin-filename note.md`.
pub(crate) const DEFAULT_NAME: &str = "note.md";

/// The largest request body: the 1 MiB a Note file may have (a Note's text
/// is never longer than the JSON that carries it).
pub(crate) fn body_limit() -> usize {
    usize::try_from(Limits::default().max_file_bytes).unwrap_or(usize::MAX)
}

/// The language findings and titles are asked for in.
///
/// The findings' messages are shown in it (`crate::i18n`); rule ids, keys
/// and spans stay the same in both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Lang {
    Zh,
    En,
}

impl From<Lang> for crate::i18n::Lang {
    fn from(lang: Lang) -> Self {
        match lang {
            Lang::Zh => crate::i18n::Lang::Zh,
            Lang::En => crate::i18n::Lang::En,
        }
    }
}

impl Lang {
    /// The request's `lang`, else the first of zh and en the browser's
    /// `Accept-Language` prefers, else English.
    pub(crate) fn choose(asked: Option<Lang>, headers: &HeaderMap) -> Lang {
        asked
            .or_else(|| {
                headers
                    .get(header::ACCEPT_LANGUAGE)
                    .and_then(|v| v.to_str().ok())
                    .and_then(preferred)
            })
            .unwrap_or(Lang::En)
    }
}

/// The language of an `Accept-Language` header with the highest weight
/// among zh and en (the first on a tie); `None` when it names neither.
fn preferred(header: &str) -> Option<Lang> {
    let mut best: Option<(f32, Lang)> = None;
    for part in header.split(',') {
        let mut pieces = part.split(';');
        let tag = pieces.next().unwrap_or_default().trim();
        let weight = pieces
            .find_map(|p| p.trim().strip_prefix("q="))
            .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok());
        let Some(weight) = weight.filter(|w| *w > 0.0) else {
            continue;
        };
        let primary = tag.split('-').next().unwrap_or_default();
        let lang = if primary.eq_ignore_ascii_case("zh") {
            Lang::Zh
        } else if primary.eq_ignore_ascii_case("en") {
            Lang::En
        } else {
            continue;
        };
        if best.is_none_or(|(w, _)| weight > w) {
            best = Some((weight, lang));
        }
    }
    best.map(|(_, lang)| lang)
}

/// `POST /api/check`: `{"text", "filename"?, "lang"?}`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CheckRequest {
    text: String,
    filename: Option<String>,
    lang: Option<Lang>,
}

/// `POST /api/measure`: the same body as `/api/check`.
type MeasureRequest = CheckRequest;

/// `POST /api/title`: the `title` flags, by their names.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TitleRequest {
    pub product: Option<String>,
    pub hours: Option<i64>,
    pub days: Option<i64>,
    pub stock: Option<i64>,
    pub price: Option<f64>,
    pub original_price: Option<f64>,
    pub benefit: Option<String>,
    pub category: Option<String>,
    pub festival: Option<String>,
    pub date: Option<String>,
    /// How many titles, best first (`-n`): 1 to 100, default 5.
    pub count: Option<u16>,
    lang: Option<Lang>,
}

/// The request's JSON object, or the error response naming what is wrong.
/// The errors are in the language of `Accept-Language`: the body's own
/// `lang` cannot be read before the body is.
fn read<T: DeserializeOwned>(
    headers: &HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<T, Refusal> {
    let lang = super::guard::lang_of(headers);
    let json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("application/json"));
    if !json {
        return Err(refuse(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            crate::i18n::text(lang, "serve-not-json"),
        ));
    }
    let bytes = body.map_err(|rejection| {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            refuse(
                StatusCode::PAYLOAD_TOO_LARGE,
                crate::msg!("serve-body-too-large", limit = body_limit().to_string()).render(lang),
            )
        } else {
            refuse(rejection.status(), rejection.body_text())
        }
    })?;
    serde_json::from_slice(&bytes).map_err(|err| {
        let message = crate::msg!("serve-bad-body", reason = err.to_string()).render(lang);
        refuse(StatusCode::BAD_REQUEST, message)
    })
}

/// The name a Note is reported and its config found under: a relative
/// path that stays below the working directory, so a request can make
/// the server read no config but those around its own Notes.
fn note_name(filename: Option<String>, lang: Lang) -> Result<String, Refusal> {
    let Some(name) = filename else {
        return Ok(DEFAULT_NAME.to_string());
    };
    let path = Path::new(&name);
    let inside = !name.is_empty()
        && path
            .components()
            .all(|c| matches!(c, Component::Normal(_) | Component::CurDir))
        && !name.contains('\0');
    if !inside {
        return Err(refuse(
            StatusCode::BAD_REQUEST,
            crate::msg!("serve-bad-filename", name = &name).render(lang.into()),
        ));
    }
    Ok(name)
}

/// Runs CPU-bound work off the async threads, at most one job per core.
async fn blocking<T: Send + 'static>(
    state: &Arc<Shared>,
    work: impl FnOnce(&Shared) -> T + Send + 'static,
) -> Result<T, Refusal> {
    let _permit = state
        .lints
        .acquire()
        .await
        .map_err(|_| refuse(StatusCode::SERVICE_UNAVAILABLE, "the server is stopping"))?;
    let shared = Arc::clone(state);
    tokio::task::spawn_blocking(move || work(&shared))
        .await
        .map_err(|err| refuse(StatusCode::INTERNAL_SERVER_ERROR, err.to_string()))
}

fn json_text(text: String) -> Response {
    let mut response = text.into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
        .headers_mut()
        .insert(header::VARY, HeaderValue::from_static("Accept-Language"));
    response
}

/// The JSON report of one Note, exactly as `check - --stdin-filename NAME
/// --format json` prints it; a config that does not load is a 500 with the
/// CLI's message.
fn check_report(state: &Shared, name: String, text: String, lang: Lang) -> Response {
    let settings = match state.resolver.settings_for(Path::new(&name)) {
        Ok(settings) => settings,
        Err(err) => return error(StatusCode::INTERNAL_SERVER_ERROR, err.to_string()),
    };
    let mut report = crate::run::lint_text(name, text.into_bytes(), &settings, Limits::default());
    report.localize(lang.into());
    json_text(report::json::render(&[report]))
}

pub(crate) async fn check(
    State(state): State<Arc<Shared>>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, Refusal> {
    let request: CheckRequest = read(&headers, body)?;
    let lang = Lang::choose(request.lang, &headers);
    let name = note_name(request.filename, lang)?;
    let text = request.text;
    blocking(&state, move |state| check_report(state, name, text, lang)).await
}

/// The titles `title --format json` prints for these facts, with the
/// rules of a new Note in the working directory, as `title` checks them.
fn titles(state: &Shared, request: TitleRequest, lang: Lang) -> Response {
    if let Some(count) = request.count
        && !(1..=100).contains(&count)
    {
        return error(
            StatusCode::BAD_REQUEST,
            crate::msg!("serve-bad-count", count = count.to_string()).render(lang.into()),
        );
    }
    let settings = match state
        .resolver
        .settings_for(&Path::new(".").join("title.md"))
    {
        Ok(settings) => settings,
        Err(err) => return error(StatusCode::INTERNAL_SERVER_ERROR, err.to_string()),
    };
    match (state.titles)(&request, &settings, lang.into()) {
        TitleOutcome::Titles(text) => json_text(text),
        TitleOutcome::Refused(message) => error(StatusCode::BAD_REQUEST, message),
        TitleOutcome::Broken(message) => error(StatusCode::INTERNAL_SERVER_ERROR, message),
    }
}

pub(crate) async fn title(
    State(state): State<Arc<Shared>>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, Refusal> {
    let request: TitleRequest = read(&headers, body)?;
    let lang = Lang::choose(request.lang, &headers);
    blocking(&state, move |state| titles(state, request, lang)).await
}

/// The title's length in app units and the distinct topic hashtags, as
/// `title-length` and `hashtag-count` count them, with their limits.
fn measurements(state: &Shared, name: String, text: String) -> Response {
    let settings = match state.resolver.settings_for(Path::new(&name)) {
        Ok(settings) => settings,
        Err(err) => return error(StatusCode::INTERNAL_SERVER_ERROR, err.to_string()),
    };
    let format = NoteFormat::for_path(&name);
    let note = Note::parse(name, text, format);
    let title = note.title.as_ref().map(|title| {
        json!({
            "text": title.text,
            "units": units::length(&title.text).as_f64(),
            "max_units": TitleLength::max_units(&*settings).as_f64(),
        })
    });
    let tags = PreparedNote::new(&note, &settings)
        .distinct_topics()
        .to_vec();
    let body = json!({
        "title": title,
        "hashtags": {
            "count": tags.len(),
            "min": HashtagCount::min(&*settings),
            "max": HashtagCount::max(&*settings),
            "tags": tags,
        },
    });
    json_text(body.to_string())
}

pub(crate) async fn measure(
    State(state): State<Arc<Shared>>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, Refusal> {
    let request: MeasureRequest = read(&headers, body)?;
    let lang = Lang::choose(request.lang, &headers);
    let name = note_name(request.filename, lang)?;
    let text = request.text;
    blocking(&state, move |state| measurements(state, name, text)).await
}

/// A section of a rule's documentation, without its heading.
fn doc_section(doc: &str, heading: &str) -> String {
    let marker = format!("## {heading}");
    let Some(start) = doc.find(&marker) else {
        return String::new();
    };
    let rest = &doc[start + marker.len()..];
    let end = rest.find("\n## ").unwrap_or(rest.len());
    rest[..end].trim().to_string()
}

/// `GET /api/rules`: each rule's id, summary and why it matters for the
/// sale, from the documentation `explain` prints, for the page's
/// explanations; in the language `Accept-Language` asks for.
pub(crate) async fn rules(headers: HeaderMap) -> Response {
    let lang = Lang::choose(None, &headers);
    let rules: Vec<serde_json::Value> = crate::rules::all()
        .iter()
        .map(|rule| {
            let meta = rule.meta();
            let english = || doc_section(&meta.doc_markdown(), crate::rule_docs::SECTIONS[1]);
            let why = match lang {
                Lang::Zh => crate::rule_docs::zh_entry(meta, "why").unwrap_or_else(english),
                Lang::En => english(),
            };
            json!({
                "id": meta.id,
                "summary": crate::rule_docs::summary(meta, lang.into()),
                "why": why,
            })
        })
        .collect();
    json_text(json!({ "rules": rules }).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_heaviest_of_zh_and_en() {
        assert_eq!(preferred("zh-CN,zh;q=0.9,en;q=0.8"), Some(Lang::Zh));
        assert_eq!(preferred("en-US,en;q=0.9,zh-CN;q=0.8"), Some(Lang::En));
        assert_eq!(preferred("fr-FR, en;q=0.5, zh;q=0.7"), Some(Lang::Zh));
        assert_eq!(preferred("zh;q=0, en;q=0.1"), Some(Lang::En));
        assert_eq!(preferred("fr, de"), None);
        assert_eq!(preferred(""), None);
    }

    #[test]
    fn the_request_lang_wins_over_the_header() {
        let mut headers = HeaderMap::new();
        headers.insert(header::ACCEPT_LANGUAGE, HeaderValue::from_static("zh-CN"));
        assert_eq!(Lang::choose(Some(Lang::En), &headers), Lang::En);
        assert_eq!(Lang::choose(None, &headers), Lang::Zh);
        assert_eq!(Lang::choose(None, &HeaderMap::new()), Lang::En);
    }

    #[test]
    fn why_is_read_from_the_rule_documentation() {
        let doc = "## What it checks\nA.\n\n## Why it matters for the sale\nIt costs\nthe sale.\n\n## Bad\nx";
        assert_eq!(
            doc_section(doc, "Why it matters for the sale"),
            "It costs\nthe sale."
        );
        assert_eq!(doc_section(doc, "Options"), "");
    }

    #[test]
    fn filenames_stay_below_the_working_directory() {
        assert!(note_name(Some("notes/sale.md".to_string()), Lang::En).is_ok());
        assert!(note_name(Some("./sale.txt".to_string()), Lang::En).is_ok());
        for bad in ["", "/etc/passwd", "../x.md", "notes/../../x.md"] {
            assert!(note_name(Some(bad.to_string()), Lang::En).is_err(), "{bad}");
        }
        assert_eq!(
            note_name(None, Lang::En).ok().as_deref(),
            Some(DEFAULT_NAME)
        );
    }
}
