//! The review page: one HTML file, its script and its style sheet, compiled
//! into the binary so the page works without network access.
//!
//! The page speaks the language the browser's `Accept-Language` asks for,
//! as its findings do: in English it is served as written; in Chinese each
//! element marked `data-i18n="serve-…"` (and `data-i18n-title`) takes that
//! message's text, and the script's words (`serve-js-…`) come with the page
//! as a JSON block it reads.

use std::sync::LazyLock;

use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};
use regex::{Captures, Regex};

use crate::i18n::{Lang, Msg};

const INDEX: &str = include_str!("assets/index.html");
const SCRIPT: &str = include_str!("assets/app.js");
const STYLE: &str = include_str!("assets/app.css");

/// The script's words: its key is the id without `serve-js-`. A `{name}`
/// in the text is filled in by the script.
pub(crate) const SCRIPT_MESSAGES: &[&str] = &[
    "serve-js-checking",
    "serve-js-no-problems",
    "serve-js-empty",
    "serve-js-count-error",
    "serve-js-count-warning",
    "serve-js-count-info",
    "serve-js-sev-error",
    "serve-js-sev-warning",
    "serve-js-sev-info",
    "serve-js-where-title",
    "serve-js-where-body",
    "serve-js-where-facts",
    "serve-js-where-note",
    "serve-js-kind-sale",
    "serve-js-kind-organic",
    "serve-js-kind-note",
    "serve-js-kind-because",
    "serve-js-kind-in",
    "serve-js-kind-how",
    "serve-js-how-front-matter",
    "serve-js-how-config",
    "serve-js-how-detected",
    "serve-js-units",
    "serve-js-tags",
    "serve-js-apply",
    "serve-js-remove",
    "serve-js-applied",
    "serve-js-removed",
    "serve-js-title-units",
    "serve-js-use",
    "serve-js-title-inserted",
    "serve-js-copied",
];

/// The placeables of the script's words, left as `{name}` for the script.
const PLACEHOLDERS: &[&str] = &["n", "max", "min", "kind", "text", "field", "how"];

static ELEMENT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"data-i18n="(serve-[a-z-]+)">[^<]*<"#).expect("valid regex"));
static TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"data-i18n-title="(serve-[a-z-]+)" title="[^"]*""#).expect("valid regex")
});

fn asset(body: impl IntoResponse, content_type: &'static str) -> Response {
    let mut response = body.into_response();
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}

pub(crate) async fn index(headers: HeaderMap) -> Response {
    let lang: Lang = super::api::Lang::choose(None, &headers).into();
    let mut response = match lang {
        Lang::En => asset(INDEX, "text/html; charset=utf-8"),
        Lang::Zh => asset(localized(lang), "text/html; charset=utf-8"),
    };
    response
        .headers_mut()
        .insert(header::VARY, HeaderValue::from_static("Accept-Language"));
    response
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The page in `lang`: the marked elements' texts, and the script's words.
pub(crate) fn localized(lang: Lang) -> String {
    let page = ELEMENT.replace_all(INDEX, |caps: &Captures| {
        let text = Msg::new(caps[1].to_string()).render(lang);
        format!("data-i18n=\"{}\">{}<", &caps[1], escape(&text))
    });
    let page = TITLE.replace_all(&page, |caps: &Captures| {
        let text = Msg::new(caps[1].to_string()).render(lang);
        format!(
            "data-i18n-title=\"{}\" title=\"{}\"",
            &caps[1],
            escape(&text)
        )
    });
    let words: serde_json::Map<String, serde_json::Value> = SCRIPT_MESSAGES
        .iter()
        .map(|id| {
            let mut msg = Msg::new(*id);
            for name in PLACEHOLDERS {
                msg = msg.arg(name, format!("{{{name}}}"));
            }
            let key = id.trim_start_matches("serve-js-").to_string();
            (key, serde_json::Value::String(msg.render(lang)))
        })
        .collect();
    // `</` cannot end the block early once escaped.
    let json = serde_json::Value::Object(words)
        .to_string()
        .replace("</", "<\\/");
    page.replace(
        "<!--i18n-->",
        &format!("<script type=\"application/json\" id=\"i18n\">{json}</script>"),
    )
}

pub(crate) async fn script() -> Response {
    asset(SCRIPT, "text/javascript; charset=utf-8")
}

pub(crate) async fn style() -> Response {
    asset(STYLE, "text/css; charset=utf-8")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_marked_text_is_its_english_message() {
        let mut marked = 0;
        for caps in ELEMENT.captures_iter(INDEX) {
            let english = Msg::new(caps[1].to_string()).render(Lang::En);
            assert_eq!(
                caps[0],
                format!("data-i18n=\"{}\">{}<", &caps[1], escape(&english)),
                "index.html and locales/en disagree"
            );
            marked += 1;
        }
        assert!(marked >= 20, "{marked}");
        for id in SCRIPT_MESSAGES {
            assert!(crate::i18n::has_message(Lang::Zh, id), "{id}");
        }
    }

    #[test]
    fn the_chinese_page_has_chinese_labels_and_the_scripts_words() {
        let page = localized(Lang::Zh);
        for part in [
            "<span data-i18n=\"serve-facts\">活动信息</span>",
            "<span data-i18n=\"serve-titles\">标题建议</span>",
            "data-i18n=\"serve-generate\">写标题</button>",
            "title=\"按小红书的算法计字：一个汉字算1字，字母、数字和空格各算半字\"",
            "\"units\":\"{n} / {max}字\"",
            "\"count-error\":\"{n}个错误\"",
            // A category reads in Chinese; its value stays the front matter's.
            "<option value=\"mother-baby\" data-i18n=\"serve-category-mother-baby\">母婴</option>",
        ] {
            assert!(page.contains(part), "missing {part}");
        }
        for english in ["Sale facts", "Title ideas", "Write titles", "Copy Note"] {
            assert!(!page.contains(english), "{english}");
        }
    }
}
