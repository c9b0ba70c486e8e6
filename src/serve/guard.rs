//! What every request passes before it is answered: the `Host` and
//! `Origin` checks that keep other web sites from driving a server on this
//! machine (DNS rebinding, cross-site requests), the time limit, and the
//! headers that keep the page from being framed or sniffed.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde_json::json;

use super::State as Shared;
use crate::i18n::Lang;
use crate::msg;

/// The language the page is shown in for these request headers: the
/// browser's `Accept-Language`, else English.
pub(crate) fn lang_of(headers: &HeaderMap) -> Lang {
    super::api::Lang::choose(None, headers).into()
}

/// A request that is not answered with a report: its status and what is
/// wrong, sent as `{"error": {"message": …}}`, the shape the JSON report
/// gives an input that could not be linted.
#[derive(Debug)]
pub(crate) struct Refusal {
    pub status: StatusCode,
    pub message: String,
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        let body = json!({ "error": { "message": self.message } });
        (self.status, axum::Json(body)).into_response()
    }
}

pub(crate) fn refuse(status: StatusCode, message: impl Into<String>) -> Refusal {
    Refusal {
        status,
        message: message.into(),
    }
}

/// A [`Refusal`] as a response.
pub(crate) fn error(status: StatusCode, message: impl Into<String>) -> Response {
    refuse(status, message).into_response()
}

pub(crate) async fn not_found(request: Request) -> Response {
    let lang = lang_of(request.headers());
    error(
        StatusCode::NOT_FOUND,
        msg!(
            "serve-no-such-page",
            method = request.method().as_str(),
            path = request.uri().path()
        )
        .render(lang),
    )
}

pub(crate) async fn wrong_method(request: Request) -> Response {
    let path = request.uri().path();
    let allowed = if path.starts_with("/api/") && path != "/api/rules" {
        "POST"
    } else {
        "GET"
    };
    let lang = lang_of(request.headers());
    error(
        StatusCode::METHOD_NOT_ALLOWED,
        msg!(
            "serve-wrong-method",
            method = request.method().as_str(),
            path = path,
            allowed = allowed
        )
        .render(lang),
    )
}

/// Checks `Host` and `Origin`, then answers within the time limit.
pub(crate) async fn checks(
    State(state): State<Arc<Shared>>,
    request: Request,
    next: Next,
) -> Response {
    let lang = lang_of(request.headers());
    if let Err(message) = allowed(request.headers(), state.bound) {
        return error(StatusCode::FORBIDDEN, message.render(lang));
    }
    let limit = state.time_limit;
    let mut response = match tokio::time::timeout(limit, next.run(request)).await {
        Ok(response) => response,
        Err(_) => error(
            StatusCode::SERVICE_UNAVAILABLE,
            msg!("serve-timeout", seconds = limit.as_secs().to_string()).render(lang),
        ),
    };
    let headers = response.headers_mut();
    for (name, value) in [
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::CACHE_CONTROL, "no-store"),
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        ),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}

/// Whether a request may be answered: its `Host` names this machine by
/// address or as `localhost` (a page of another site that a rebound DNS
/// name points here carries that name), and its `Origin`, when a browser
/// sends one, is this server's own.
pub(crate) fn allowed(headers: &HeaderMap, bound: SocketAddr) -> Result<(), crate::i18n::Msg> {
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .ok_or(msg!("serve-no-host"))?;
    if !host_allowed(host, bound) {
        return Err(msg!(
            "serve-wrong-host",
            host = host,
            bound = bound.to_string()
        ));
    }
    if let Some(origin) = headers.get(header::ORIGIN) {
        let origin = origin.to_str().unwrap_or_default();
        let own = origin
            .strip_prefix("http://")
            .is_some_and(|rest| rest.eq_ignore_ascii_case(host));
        if !own {
            return Err(msg!("serve-wrong-origin", origin = origin));
        }
    }
    Ok(())
}

/// A `Host` header's name part: an IP address or `localhost`, and on a
/// loopback server a loopback one.
fn host_allowed(host: &str, bound: SocketAddr) -> bool {
    let name = if let Some(rest) = host.strip_prefix('[') {
        match rest.split_once(']') {
            Some((name, port)) if port.is_empty() || port.starts_with(':') => name,
            _ => return false,
        }
    } else {
        match host.rsplit_once(':') {
            Some((name, _port)) => name,
            None => host,
        }
    };
    if name.eq_ignore_ascii_case("localhost") {
        return true;
    }
    match name.parse::<IpAddr>() {
        Ok(ip) => !bound.ip().is_loopback() || ip.is_loopback(),
        Err(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, HeaderValue::from_str(value).expect("header"));
        }
        map
    }

    const LOOPBACK: &str = "127.0.0.1:8787";

    #[test]
    fn loopback_names_pass_and_other_names_do_not() {
        let bound: SocketAddr = LOOPBACK.parse().expect("addr");
        for host in [
            "127.0.0.1:8787",
            "localhost:8787",
            "LOCALHOST",
            "[::1]:8787",
        ] {
            assert_eq!(
                allowed(&headers(&[("host", host)]), bound),
                Ok(()),
                "{host}"
            );
        }
        for host in [
            "evil.example:8787",
            "192.168.1.5:8787",
            "[::1",
            "127.0.0.1.nip.io",
        ] {
            assert!(
                allowed(&headers(&[("host", host)]), bound).is_err(),
                "{host}"
            );
        }
        assert!(allowed(&HeaderMap::new(), bound).is_err());
    }

    #[test]
    fn a_lan_server_takes_any_address_but_no_name() {
        let bound: SocketAddr = "0.0.0.0:8787".parse().expect("addr");
        assert_eq!(
            allowed(&headers(&[("host", "192.168.1.5:8787")]), bound),
            Ok(())
        );
        assert!(allowed(&headers(&[("host", "rebound.example")]), bound).is_err());
    }

    #[test]
    fn origin_must_be_the_server_itself() {
        let bound: SocketAddr = LOOPBACK.parse().expect("addr");
        let own = headers(&[
            ("host", "127.0.0.1:8787"),
            ("origin", "http://127.0.0.1:8787"),
        ]);
        assert_eq!(allowed(&own, bound), Ok(()));
        for origin in [
            "https://evil.example",
            "null",
            "http://localhost:8787",
            "http://127.0.0.1:9999",
        ] {
            let other = headers(&[("host", "127.0.0.1:8787"), ("origin", origin)]);
            let refused = allowed(&other, bound).expect_err(origin).render(Lang::En);
            assert!(refused.contains(origin), "{refused}");
        }
    }
}
