//! `xhslint serve`, end to end: the real binary on an ephemeral loopback
//! port, spoken to over raw HTTP/1.1 so malformed and hostile requests can
//! be sent as a browser or another site would send them.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::Scratch;
use serde_json::{Value, json};

/// A running `xhslint serve`, stopped when dropped.
struct Server {
    child: Child,
    addr: SocketAddr,
}

impl Server {
    fn start(dir: &Path, args: &[&str]) -> Server {
        Server::start_in(dir, args, "en").0
    }

    /// A server speaking `lang`, and the line it printed on starting.
    fn start_in(dir: &Path, args: &[&str], lang: &str) -> (Server, String) {
        let mut child = Command::new(env!("CARGO_BIN_EXE_xhslint"))
            .env("XHSLINT_LANG", lang)
            .arg("serve")
            .args(["--port", "0"])
            .args(args)
            .current_dir(dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("server starts");
        let stdout = child.stdout.take().expect("stdout");
        let mut line = String::new();
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("the server prints its URL");
        let url = line
            .split_whitespace()
            .find(|w| w.starts_with("http://"))
            .unwrap_or_else(|| panic!("no URL in {line:?}"));
        let addr = url
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .parse()
            .expect("the URL names an address");
        (Server { child, addr }, line)
    }

    fn host(&self) -> String {
        self.addr.to_string()
    }

    /// Sends raw request bytes; returns the status, headers and body.
    fn raw(&self, request: &[u8]) -> Reply {
        let mut stream = TcpStream::connect(self.addr).expect("connect");
        stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .expect("timeout");
        // The server may answer (413) before the whole body is sent.
        let _ = stream.write_all(request);
        let mut bytes = Vec::new();
        let _ = stream.read_to_end(&mut bytes);
        Reply::parse(&bytes)
    }

    fn send(&self, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Reply {
        let mut request = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nContent-Length: {}\r\n",
            self.host(),
            body.len()
        );
        for (name, value) in headers {
            request.push_str(&format!("{name}: {value}\r\n"));
        }
        request.push_str("\r\n");
        let mut bytes = request.into_bytes();
        bytes.extend_from_slice(body);
        self.raw(&bytes)
    }

    fn post(&self, path: &str, body: &Value) -> Reply {
        self.send(
            "POST",
            path,
            &[("Content-Type", "application/json")],
            body.to_string().as_bytes(),
        )
    }

    /// SIGINT, as Ctrl-C sends; the exit status and stderr.
    fn interrupt(mut self) -> (Option<i32>, String) {
        let status = Command::new("kill")
            .args(["-INT", &self.child.id().to_string()])
            .status()
            .expect("kill runs");
        assert!(status.success());
        let deadline = Instant::now() + Duration::from_secs(10);
        let code = loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                break status.code();
            }
            assert!(Instant::now() < deadline, "the server did not stop");
            std::thread::sleep(Duration::from_millis(50));
        };
        let mut stderr = String::new();
        if let Some(mut pipe) = self.child.stderr.take() {
            let _ = pipe.read_to_string(&mut stderr);
        }
        (code, stderr)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[derive(Debug)]
struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Reply {
    fn parse(bytes: &[u8]) -> Reply {
        let text = String::from_utf8_lossy(bytes);
        let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
        let mut lines = head.lines();
        let status = lines
            .next()
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("no status line in {text:?}"));
        let headers: Vec<(String, String)> = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
            .collect();
        let chunked = headers
            .iter()
            .any(|(n, v)| n == "transfer-encoding" && v.contains("chunked"));
        let body = if chunked {
            dechunk(body)
        } else {
            body.to_string()
        };
        Reply {
            status,
            headers,
            body,
        }
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn json(&self) -> Value {
        serde_json::from_str(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {:?}", self.body))
    }

    /// The message of a JSON error answer.
    fn error(&self) -> String {
        self.json()["error"]["message"]
            .as_str()
            .unwrap_or_else(|| panic!("no error message in {:?}", self.body))
            .to_string()
    }
}

fn dechunk(mut body: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = body.split_once("\r\n") {
        let size = usize::from_str_radix(size.trim(), 16).expect("chunk size");
        if size == 0 {
            break;
        }
        out.push_str(&rest[..size]);
        body = &rest[size + 2..];
    }
    out
}

/// A sale Note with an emoji before the pressure phrase, so byte, char and
/// UTF-16 columns all differ there.
const NOTE: &str = "---\nproduct: 玻尿酸精华\n---\n# 补水精华限时48小时\n\n上脸很润🔥手慢无，到手价¥199。\n\n#护肤分享 #玻尿酸精华 #补水保湿 #换季护肤 #干皮救星\n";

fn cli(dir: &Path, args: &[&str], stdin: &str) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_xhslint"))
        .env("XHSLINT_LANG", "en")
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            child
                .stdin
                .take()
                .expect("stdin")
                .write_all(stdin.as_bytes())?;
            child.wait_with_output()
        })
        .expect("the CLI runs");
    String::from_utf8(output.stdout).expect("UTF-8")
}

#[test]
fn check_answers_what_the_cli_prints() {
    let scratch = Scratch::new();
    let server = Server::start(scratch.dir.path(), &[]);
    let reply = server.post(
        "/api/check",
        &json!({"text": NOTE, "filename": "notes/sale.md", "lang": "zh"}),
    );
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!(reply.header("content-type"), Some("application/json"));
    let expected = cli(
        scratch.dir.path(),
        &[
            "check",
            "-",
            "--stdin-filename",
            "notes/sale.md",
            "--format",
            "json",
            "--lang",
            "zh",
        ],
        NOTE,
    );
    assert_eq!(reply.body, expected);

    let report = reply.json();
    let file = &report["files"][0];
    assert_eq!(file["path"], "notes/sale.md");
    let pressure = file["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .find(|d| d["rule"] == "pressure-phrase")
        .expect("手慢无 is reported");
    assert_eq!(pressure["text"], "手慢无");
    assert_eq!(
        pressure["message"],
        "“手慢无”是在逼读者下单，社区反感硬推销"
    );
    // 上脸很润 is 4 UTF-16 units and 🔥 two more: 手 is the 7th unit.
    assert_eq!(pressure["span"]["start"]["line"], 6);
    assert_eq!(pressure["span"]["start"]["column"], 6);
    assert_eq!(pressure["span"]["start"]["utf16_column"], 7);
    assert_eq!(pressure["span"]["end"]["utf16_column"], 10);
}

#[test]
fn the_config_is_found_as_check_finds_it_or_given() {
    let scratch = Scratch::new();
    scratch.write(".xhslint.yaml", "rules:\n  pressure-phrase: off\n");
    scratch.write("strict.yaml", "rules:\n  pressure-phrase: error\n");
    let rules = |server: &Server| -> Vec<(String, String)> {
        let reply = server.post("/api/check", &json!({"text": NOTE}));
        assert_eq!(reply.status, 200, "{}", reply.body);
        reply.json()["files"][0]["diagnostics"]
            .as_array()
            .expect("diagnostics")
            .iter()
            .map(|d| {
                (
                    d["rule"].as_str().unwrap_or_default().to_string(),
                    d["severity"].as_str().unwrap_or_default().to_string(),
                )
            })
            .collect()
    };
    let found = Server::start(scratch.dir.path(), &[]);
    assert!(!rules(&found).iter().any(|(r, _)| r == "pressure-phrase"));
    let given = Server::start(scratch.dir.path(), &["--config", "strict.yaml"]);
    assert!(
        rules(&given).contains(&("pressure-phrase".to_string(), "error".to_string())),
        "{:?}",
        rules(&given)
    );
}

#[test]
fn a_broken_config_stops_the_server_before_it_starts() {
    let scratch = Scratch::new();
    scratch.write(".xhslint.yaml", "rules:\n  no-such-rule: off\n");
    let output = Command::new(env!("CARGO_BIN_EXE_xhslint"))
        .env("XHSLINT_LANG", "en")
        .args(["serve", "--port", "0"])
        .current_dir(scratch.dir.path())
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("no-such-rule"), "{stderr}");
}

#[test]
fn title_answers_what_the_cli_prints() {
    let scratch = Scratch::new();
    let server = Server::start(scratch.dir.path(), &[]);
    let reply = server.post(
        "/api/title",
        &json!({
            "product": "玻尿酸精华", "hours": 48, "stock": 200, "price": 199,
            "original_price": 299, "date": "2026-06-16", "count": 3, "lang": "en"
        }),
    );
    assert_eq!(reply.status, 200, "{}", reply.body);
    let expected = cli(
        scratch.dir.path(),
        &[
            "title",
            "--product",
            "玻尿酸精华",
            "--hours",
            "48",
            "--stock",
            "200",
            "--price",
            "199",
            "--original-price",
            "299",
            "--date",
            "2026-06-16",
            "-n",
            "3",
            "--format",
            "json",
        ],
        "",
    );
    assert_eq!(reply.body, expected);
    assert_eq!(reply.json()["titles"].as_array().map(Vec::len), Some(3));

    // Facts the CLI refuses are refused with the CLI's message.
    let reply = server.post(
        "/api/title",
        &json!({"product": "玻尿酸精华", "hours": 48, "days": 2}),
    );
    assert_eq!(reply.status, 400);
    assert_eq!(
        reply.error(),
        "--hours: give the sale's length once, with --hours or --days"
    );
    let reply = server.post("/api/title", &json!({"product": "玻尿酸精华", "count": 0}));
    assert_eq!(reply.status, 400);
    assert_eq!(reply.error(), "count 0: ask for 1 to 100 titles");
}

#[test]
fn measure_counts_title_units_and_topics_as_the_rules_do() {
    let scratch = Scratch::new();
    let server = Server::start(scratch.dir.path(), &[]);
    let reply = server.post(
        "/api/measure",
        &json!({"text": "# 限时48h🔥补水精华\n\n好用 #护肤 #护肤# #精华[话题]#\n"}),
    );
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!(
        reply.json(),
        json!({
            "title": {"text": "限时48h🔥补水精华", "units": 8.5, "max_units": 20.0},
            "hashtags": {"count": 2, "min": 5, "max": 8, "tags": ["护肤", "精华"]},
        })
    );
}

#[test]
fn bad_requests_are_json_errors_that_say_what_is_wrong() {
    let scratch = Scratch::new();
    let server = Server::start(scratch.dir.path(), &[]);
    let json_type = [("Content-Type", "application/json")];

    let reply = server.send("POST", "/api/check", &json_type, b"<note>hello</note>");
    assert_eq!(reply.status, 400);
    assert_eq!(
        reply.error(),
        "request body: expected value at line 1 column 1"
    );

    let reply = server.post("/api/check", &json!({"text": "x", "titel": "y"}));
    assert_eq!(reply.status, 400);
    assert!(
        reply.error().starts_with(
            "request body: unknown field `titel`, expected one of `text`, `filename`, `lang`"
        ),
        "{}",
        reply.error()
    );

    let reply = server.post("/api/check", &json!({"text": ["x"]}));
    assert_eq!(reply.status, 400);
    assert!(
        reply
            .error()
            .starts_with("request body: invalid type: sequence, expected a string"),
        "{}",
        reply.error()
    );

    let reply = server.post("/api/title", &json!({"product": "精华", "hours": "48"}));
    assert_eq!(reply.status, 400);
    assert!(
        reply
            .error()
            .starts_with("request body: invalid type: string \"48\", expected i64"),
        "{}",
        reply.error()
    );

    let reply = server.post("/api/check", &json!({"text": "x", "lang": "fr"}));
    assert_eq!(reply.status, 400);
    assert!(
        reply
            .error()
            .starts_with("request body: unknown variant `fr`, expected `zh` or `en`"),
        "{}",
        reply.error()
    );

    let reply = server.post(
        "/api/check",
        &json!({"text": "x", "filename": "../../etc/.xhslint.yaml"}),
    );
    assert_eq!(reply.status, 400);
    assert!(
        reply.error().contains("relative path below"),
        "{}",
        reply.error()
    );

    let reply = server.send("POST", "/api/check", &[], br#"{"text": "x"}"#);
    assert_eq!(reply.status, 415);
    assert!(
        reply.error().contains("application/json"),
        "{}",
        reply.error()
    );

    let reply = server.send("GET", "/api/check", &[], b"");
    assert_eq!(reply.status, 405);
    assert_eq!(reply.error(), "GET /api/check: use POST");

    let reply = server.send("GET", "/api/nothing", &[], b"");
    assert_eq!(reply.status, 404);
    assert!(reply.error().contains("/api/nothing"));

    // A NUL byte is refused as `check` refuses such a file: in the report.
    let reply = server.post("/api/check", &json!({"text": "标题\u{0}"}));
    assert_eq!(reply.status, 200);
    assert_eq!(
        reply.json()["files"][0]["error"]["message"],
        "note.md: binary file (NUL byte at byte 6), not a Note"
    );
}

#[test]
fn a_body_over_a_megabyte_is_refused() {
    let scratch = Scratch::new();
    let server = Server::start(scratch.dir.path(), &[]);
    let text = "好".repeat(350_000);
    let reply = server.post("/api/check", &json!({ "text": text }));
    assert_eq!(reply.status, 413);
    assert_eq!(
        reply.error(),
        "request body is over the 1048576-byte limit for a Note"
    );
    // Just under the limit is linted.
    let text = "好".repeat(340_000);
    let reply = server.post("/api/check", &json!({ "text": text }));
    assert_eq!(
        reply.status,
        200,
        "{}",
        &reply.body[..200.min(reply.body.len())]
    );
}

#[test]
fn other_sites_cannot_drive_the_server() {
    let scratch = Scratch::new();
    let server = Server::start(scratch.dir.path(), &[]);
    let body = br#"{"text": "x"}"#;
    let own = format!("http://{}", server.host());
    let reply = server.send(
        "POST",
        "/api/check",
        &[("Content-Type", "application/json"), ("Origin", &own)],
        body,
    );
    assert_eq!(reply.status, 200, "{}", reply.body);

    for origin in ["https://evil.example", "null", "http://localhost:1"] {
        let reply = server.send(
            "POST",
            "/api/check",
            &[("Content-Type", "application/json"), ("Origin", origin)],
            body,
        );
        assert_eq!(reply.status, 403, "{origin}");
        assert_eq!(
            reply.error(),
            format!(
                "requests from `{origin}` are refused: only the page this server serves may use its API"
            )
        );
    }

    // A DNS name rebound to 127.0.0.1 arrives with that name as Host.
    let request = format!(
        "GET / HTTP/1.1\r\nHost: rebound.example:{}\r\nConnection: close\r\n\r\n",
        server.addr.port()
    );
    let reply = server.raw(request.as_bytes());
    assert_eq!(reply.status, 403);
    assert!(
        reply.error().contains("rebound.example"),
        "{}",
        reply.error()
    );
}

#[test]
fn the_page_is_served_whole_from_the_binary() {
    let scratch = Scratch::new();
    let server = Server::start(scratch.dir.path(), &[]);
    let page = server.send("GET", "/", &[], b"");
    assert_eq!(page.status, 200);
    assert_eq!(
        page.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    assert!(
        page.body.contains("<script src=\"/app.js\""),
        "{}",
        page.body
    );
    let csp = page.header("content-security-policy").expect("a CSP");
    assert!(csp.contains("default-src 'none'") && csp.contains("frame-ancestors 'none'"));
    for (path, kind) in [("/app.js", "text/javascript"), ("/app.css", "text/css")] {
        let asset = server.send("GET", path, &[], b"");
        assert_eq!(asset.status, 200, "{path}");
        assert!(
            asset
                .header("content-type")
                .is_some_and(|t| t.starts_with(kind))
        );
        assert!(asset.body.len() > 1000, "{path} is empty");
        // No CDN: nothing is loaded from anywhere else.
        assert!(
            !asset.body.contains("https://"),
            "{path} loads from elsewhere"
        );
    }
    assert!(!page.body.contains("https://"));
}

#[test]
fn a_slow_request_is_cut_off_at_the_time_limit() {
    let scratch = Scratch::new();
    let server = Server::start(scratch.dir.path(), &["--time-limit", "1"]);
    let started = Instant::now();
    // Promises a body that never comes.
    let request = format!(
        "POST /api/check HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{{\"text\"",
        server.host()
    );
    let reply = server.raw(request.as_bytes());
    assert_eq!(reply.status, 503);
    assert_eq!(
        reply.error(),
        "the request took over 1 s, the server's limit for one request"
    );
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[test]
fn ctrl_c_stops_the_server_cleanly() {
    let scratch = Scratch::new();
    let server = Server::start(scratch.dir.path(), &[]);
    assert_eq!(server.send("GET", "/", &[], b"").status, 200);
    let (code, stderr) = server.interrupt();
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(stderr, "xhslint: stopped\n");
}

#[test]
fn the_server_speaks_the_language_on_the_terminal() {
    let scratch = Scratch::new();
    let (server, line) = Server::start_in(scratch.dir.path(), &[], "zh");
    let url = format!("http://{}/", server.host());
    assert_eq!(
        line,
        format!("xhslint 笔记检查页面 {url} （按 `Ctrl-C` 停止）\n")
    );
    let (code, stderr) = server.interrupt();
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(stderr, "xhslint：已停止\n");
    let (server, line) = Server::start_in(scratch.dir.path(), &[], "en");
    let url = format!("http://{}/", server.host());
    assert_eq!(
        line,
        format!("xhslint review page: {url} (Ctrl-C stops it)\n")
    );
}

#[test]
fn a_non_loopback_address_is_warned_about() {
    let scratch = Scratch::new();
    let server = Server::start(scratch.dir.path(), &["--host", "0.0.0.0"]);
    let (code, stderr) = server.interrupt();
    assert_eq!(code, Some(0));
    assert!(
        stderr.starts_with("warning: listening on 0.0.0.0, which is not a loopback address"),
        "{stderr}"
    );
}

#[test]
fn the_browser_language_chooses_the_messages_when_the_request_does_not() {
    let scratch = Scratch::new();
    let server = Server::start(scratch.dir.path(), &[]);
    let message = |headers: &[(&str, &str)], body: Value| -> String {
        let reply = server.send("POST", "/api/check", headers, body.to_string().as_bytes());
        assert_eq!(reply.status, 200, "{}", reply.body);
        let report = reply.json();
        report["files"][0]["diagnostics"]
            .as_array()
            .and_then(|d| d.iter().find(|d| d["rule"] == "pressure-phrase"))
            .and_then(|d| d["message"].as_str())
            .unwrap_or_default()
            .to_string()
    };
    let json = ("Content-Type", "application/json");
    let chinese = ("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8");
    assert_eq!(
        message(&[json, chinese], json!({"text": NOTE})),
        "“手慢无”是在逼读者下单，社区反感硬推销"
    );
    assert_eq!(
        message(&[json, chinese], json!({"text": NOTE, "lang": "en"})),
        "“手慢无” pressures readers; the community penalises hard selling"
    );
    assert_eq!(
        message(&[json], json!({"text": NOTE})),
        "“手慢无” pressures readers; the community penalises hard selling"
    );
}

#[test]
fn the_page_speaks_the_language_the_browser_asks_for() {
    let scratch = Scratch::new();
    let server = Server::start(scratch.dir.path(), &[]);
    let chinese = ("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8");
    let page = server.send("GET", "/", &[chinese], b"");
    assert_eq!(page.status, 200);
    assert_eq!(page.header("vary"), Some("Accept-Language"));
    for part in [
        "<span data-i18n=\"serve-facts\">活动信息</span>",
        "<label for=\"title\" data-i18n=\"serve-title\">标题</label>",
        "data-i18n=\"serve-generate\">写标题</button>",
        "<script type=\"application/json\" id=\"i18n\">{",
        "\"applied\":\"已改成：{text}\"",
    ] {
        assert!(page.body.contains(part), "missing {part}");
    }
    assert!(!page.body.contains("Sale facts"));
    let english = server.send("GET", "/", &[], b"");
    assert!(
        english
            .body
            .contains("<span data-i18n=\"serve-facts\">Sale facts</span>")
    );
    assert!(!english.body.contains("id=\"i18n\""));
}

#[test]
fn titles_refuse_in_the_language_asked_for() {
    let scratch = Scratch::new();
    let server = Server::start(scratch.dir.path(), &[]);
    let reply = server.post(
        "/api/title",
        &json!({"product": "玻尿酸精华", "hours": 0, "lang": "zh"}),
    );
    assert_eq!(reply.status, 400);
    assert_eq!(
        reply.error(),
        "--hours: 0不是有效的活动时长：填1到720之间的整数小时"
    );
    let reply = server.post("/api/title", &json!({"product": "玻尿酸精华", "hours": 0}));
    assert_eq!(
        reply.error(),
        "--hours: 0 is not a sale length — give a whole number of hours from 1 to 720"
    );
}

#[test]
fn api_errors_speak_the_language_the_browser_asks_for() {
    let scratch = Scratch::new();
    let server = Server::start(scratch.dir.path(), &[]);
    let json_type = ("Content-Type", "application/json");
    let chinese = ("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8");
    let post = |path: &str, headers: &[(&str, &str)], body: &Value| {
        server.send("POST", path, headers, body.to_string().as_bytes())
    };

    let body = json!({"product": "玻尿酸精华", "count": 0});
    let reply = post("/api/title", &[json_type, chinese], &body);
    assert_eq!(reply.status, 400);
    assert_eq!(reply.error(), "标题数量要在 1 到 100 之间，不能是 0");
    let reply = post("/api/title", &[json_type], &body);
    assert_eq!(reply.error(), "count 0: ask for 1 to 100 titles");
    // The body's own `lang` wins over the browser's.
    let body = json!({"product": "玻尿酸精华", "count": 0, "lang": "en"});
    let reply = post("/api/title", &[json_type, chinese], &body);
    assert_eq!(reply.error(), "count 0: ask for 1 to 100 titles");

    let reply = post("/api/check", &[json_type, chinese], &json!({"titel": "y"}));
    assert_eq!(reply.status, 400);
    assert!(
        reply
            .error()
            .starts_with("请求内容有误（unknown field `titel`, expected one of"),
        "{}",
        reply.error()
    );
    let body = json!({"text": "x", "filename": "../a.md"});
    let reply = post("/api/check", &[json_type, chinese], &body);
    assert_eq!(
        reply.error(),
        "文件名 `../a.md` 不可用：请写服务器运行目录下的相对路径，比如 `notes/sale.md`"
    );
    let reply = post("/api/check", &[chinese], &json!({"text": "x"}));
    assert_eq!(reply.status, 415);
    assert_eq!(
        reply.error(),
        "请求要以 JSON 发送，并带上 `Content-Type: application/json`"
    );
    let reply = server.send("GET", "/nowhere", &[chinese], b"");
    assert_eq!(reply.status, 404);
    assert_eq!(
        reply.error(),
        "没有这个页面：`GET /nowhere`。页面在 `/`，接口是 `POST /api/check` 和 `POST /api/title`"
    );
    let reply = server.send("GET", "/nowhere", &[], b"");
    assert_eq!(
        reply.error(),
        "no such page: GET /nowhere — the page is at /, the API at POST /api/check and POST /api/title"
    );
}
