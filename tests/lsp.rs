//! `xhslint lsp` driven as an editor drives it: the real binary, real
//! `Content-Length` framed JSON-RPC over its stdin and stdout.

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// Long enough for a loaded CI machine, short enough that a hang fails fast.
const PATIENCE: Duration = Duration::from_secs(10);

const URI: &str = "file:///notes/hotpot.md";
/// A Note whose third line has two astral emoji before two findings:
/// 冬天😂🔥就靠它， is 8 characters, 10 UTF-16 units and 26 bytes.
const NOTE: &str = "# 冬日火锅底料\n\n冬天😂🔥就靠它，手慢无！！！\n";
/// The same copy with an offer price: a sale Note.
const SALE_HOTPOT: &str = "# 冬日火锅底料\n\n冬天😂🔥就靠它，手慢无！！！\n\n到手价¥39\n";
const PRESSURE: &str = "“手慢无” pressures readers; the community penalises hard selling";

struct Client {
    child: Child,
    stdin: Option<ChildStdin>,
    incoming: Receiver<Value>,
    /// Messages read while waiting for another one.
    seen: VecDeque<Value>,
    next_id: i64,
}

impl Client {
    fn spawn() -> Client {
        let mut child = Command::new(env!("CARGO_BIN_EXE_xhslint"))
            .env("XHSLINT_LANG", "en")
            .args(["lsp", "--stdio"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn xhslint lsp");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = mpsc::channel();
        thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            while let Some(message) = read_frame(&mut reader) {
                if tx.send(message).is_err() {
                    return;
                }
            }
        });
        Client {
            stdin: child.stdin.take(),
            child,
            incoming: rx,
            seen: VecDeque::new(),
            next_id: 1,
        }
    }

    /// Spawns and initializes, offering `encodings` (none: the client says
    /// nothing about encodings), with lints published right after changes.
    fn start(encodings: Option<&[&str]>) -> (Client, Value) {
        Client::start_with(encodings, json!({"debounceMs": 0}))
    }

    fn start_with(encodings: Option<&[&str]>, options: Value) -> (Client, Value) {
        let capabilities = match encodings {
            Some(list) => json!({"general": {"positionEncodings": list}}),
            None => json!({}),
        };
        Client::start_custom(capabilities, options)
    }

    fn start_custom(capabilities: Value, options: Value) -> (Client, Value) {
        let mut client = Client::spawn();
        let response = client.request(
            "initialize",
            json!({"processId": null, "rootUri": null, "capabilities": capabilities,
                   "initializationOptions": options}),
        );
        client.notify("initialized", json!({}));
        (client, response)
    }

    fn write_raw(&mut self, bytes: &[u8]) {
        let stdin = self.stdin.as_mut().expect("stdin open");
        stdin.write_all(bytes).expect("write to server");
        stdin.flush().expect("flush");
    }

    fn send(&mut self, message: &Value) {
        let body = message.to_string();
        self.write_raw(format!("Content-Length: {}\r\n\r\n{body}", body.len()).as_bytes());
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        self.wait_for(|m| m["id"] == json!(id) && m.get("method").is_none())
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// The first message, seen or to come, that `wanted` accepts.
    fn wait_for(&mut self, wanted: impl Fn(&Value) -> bool) -> Value {
        if let Some(i) = self.seen.iter().position(&wanted) {
            return self.seen.remove(i).expect("present");
        }
        let deadline = Instant::now() + PATIENCE;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.incoming.recv_timeout(left) {
                Ok(message) if wanted(&message) => return message,
                Ok(message) => self.seen.push_back(message),
                Err(RecvTimeoutError::Timeout) => {
                    panic!("no matching message; saw {:#?}", self.seen)
                }
                Err(RecvTimeoutError::Disconnected) => {
                    panic!("server closed its output; saw {:#?}", self.seen)
                }
            }
        }
    }

    /// The diagnostics published for `uri` at `version`.
    fn diagnostics(&mut self, uri: &str, version: i64) -> Vec<Value> {
        let published = self.wait_for(|m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && m["params"]["version"] == version
        });
        published["params"]["diagnostics"]
            .as_array()
            .cloned()
            .expect("diagnostics array")
    }

    fn open(&mut self, uri: &str, text: &str, version: i64) -> Vec<Value> {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "markdown", "version": version, "text": text}}),
        );
        self.diagnostics(uri, version)
    }

    fn change(&mut self, uri: &str, version: i64, changes: Value) {
        self.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": changes}),
        );
    }

    fn close_stdin(&mut self) {
        self.stdin = None;
    }

    fn wait_exit(&mut self) -> ExitStatus {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                return status;
            }
            assert!(Instant::now() < deadline, "server did not exit");
            thread::sleep(Duration::from_millis(10));
        }
    }

    fn shutdown(mut self) -> ExitStatus {
        let response = self.request("shutdown", Value::Null);
        assert_eq!(response["result"], Value::Null);
        assert!(response.get("error").is_none(), "{response}");
        self.notify("exit", Value::Null);
        self.wait_exit()
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn read_frame(reader: &mut impl BufRead) -> Option<Value> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(value) = line.strip_prefix("Content-Length: ") {
            length = value.parse::<usize>().ok();
        }
    }
    let mut body = vec![0; length?];
    reader.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

fn only(diagnostics: &[Value], rule: &str) -> Vec<Value> {
    diagnostics
        .iter()
        .filter(|d| d["code"] == rule)
        .cloned()
        .collect()
}

fn range(start: (u64, u64), end: (u64, u64)) -> Value {
    json!({"start": {"line": start.0, "character": start.1},
           "end": {"line": end.0, "character": end.1}})
}

/// The byte offset of an LSP position in `text`, counted independently of
/// the server: lines end at `\n`, columns in `encoding` units.
fn offset_of(text: &str, position: &Value, encoding: &str) -> usize {
    let line = position["line"].as_u64().expect("line") as usize;
    let character = position["character"].as_u64().expect("character") as usize;
    let line_start: usize = text.split_inclusive('\n').take(line).map(str::len).sum();
    let mut units = 0;
    for (i, c) in text[line_start..].char_indices() {
        if units >= character || c == '\n' || c == '\r' {
            return line_start + i;
        }
        units += match encoding {
            "utf-8" => c.len_utf8(),
            "utf-16" => c.len_utf16(),
            _ => 1,
        };
    }
    text.len()
}

/// `text` with the edits of a code action applied, as an editor would.
fn apply(text: &str, action: &Value, encoding: &str) -> String {
    let changes = action["edit"]["changes"]
        .as_object()
        .expect("changes by uri");
    assert_eq!(changes.len(), 1, "edits one document: {action}");
    let mut edits: Vec<(usize, usize, String)> = changes
        .values()
        .flat_map(|edits| edits.as_array().cloned().expect("edit list"))
        .map(|edit| {
            (
                offset_of(text, &edit["range"]["start"], encoding),
                offset_of(text, &edit["range"]["end"], encoding),
                edit["newText"].as_str().expect("newText").to_string(),
            )
        })
        .collect();
    edits.sort_by_key(|(start, _, _)| std::cmp::Reverse(*start));
    let mut text = text.to_string();
    for (start, end, new_text) in edits {
        text.replace_range(start..end, &new_text);
    }
    text
}

fn titles(actions: &Value) -> Vec<String> {
    actions
        .as_array()
        .expect("actions")
        .iter()
        .map(|a| a["title"].as_str().expect("title").to_string())
        .collect()
}

fn action<'a>(actions: &'a Value, title: &str) -> &'a Value {
    actions
        .as_array()
        .expect("actions")
        .iter()
        .find(|a| a["title"] == title)
        .unwrap_or_else(|| panic!("no action {title:?} in {actions:#}"))
}

// ---------------------------------------------------------------- encodings

/// Initializes offering `offered`, opens the emoji Note, and returns the
/// negotiated encoding and the range of the 手慢无 finding.
fn emoji_finding(offered: Option<&[&str]>) -> (Value, Value) {
    let (mut client, init) = Client::start(offered);
    let encoding = init["result"]["capabilities"]["positionEncoding"].clone();
    let diagnostics = client.open(URI, NOTE, 1);
    let pressure: Vec<Value> = only(&diagnostics, "pressure-phrase")
        .into_iter()
        .filter(|d| d["message"] == PRESSURE)
        .collect();
    assert_eq!(pressure.len(), 1, "{diagnostics:#?}");
    assert_eq!(client.shutdown().code(), Some(0));
    (encoding, pressure[0]["range"].clone())
}

#[test]
fn utf8_counts_bytes() {
    let (encoding, found) = emoji_finding(Some(&["utf-8"]));
    assert_eq!(encoding, "utf-8");
    assert_eq!(found, range((2, 26), (2, 35)));
}

#[test]
fn utf16_counts_code_units() {
    let (encoding, found) = emoji_finding(Some(&["utf-16"]));
    assert_eq!(encoding, "utf-16");
    assert_eq!(found, range((2, 10), (2, 13)));
}

#[test]
fn utf32_counts_characters() {
    let (encoding, found) = emoji_finding(Some(&["utf-32"]));
    assert_eq!(encoding, "utf-32");
    assert_eq!(found, range((2, 8), (2, 11)));
}

#[test]
fn silence_about_encodings_means_utf16() {
    let (encoding, found) = emoji_finding(None);
    assert_eq!(encoding, "utf-16");
    assert_eq!(found, range((2, 10), (2, 13)));
}

#[test]
fn the_clients_first_supported_choice_wins() {
    let (encoding, found) = emoji_finding(Some(&["utf-7", "utf-32", "utf-8", "utf-16"]));
    assert_eq!(encoding, "utf-32");
    assert_eq!(found, range((2, 8), (2, 11)));
}

#[test]
fn a_diagnostic_carries_rule_severity_source_and_doc_link() {
    let (mut client, init) = Client::start_with(
        Some(&["utf-16"]),
        json!({"debounceMs": 0, "docsBaseUrl": "https://docs.example/xhslint"}),
    );
    assert_eq!(
        init["result"]["capabilities"]["textDocumentSync"]["change"], 2,
        "incremental sync"
    );
    assert_eq!(init["result"]["serverInfo"]["name"], "xhslint");
    let diagnostics = client.open(URI, NOTE, 1);
    let codes: Vec<&str> = diagnostics
        .iter()
        .map(|d| d["code"].as_str().expect("code"))
        .collect();
    assert_eq!(
        codes,
        // 手慢无; the ！！！ run is an organic Note's tone, not a finding.
        ["hashtag-count", "pressure-phrase"]
    );
    assert_eq!(
        diagnostics[1],
        json!({
            "range": range((2, 10), (2, 13)),
            "severity": 2,
            "code": "pressure-phrase",
            "codeDescription": {"href": "https://docs.example/xhslint/docs/rules/pressure-phrase.md"},
            "source": "xhslint",
            "message": PRESSURE,
        })
    );
    // The title heading, after `# `.
    assert_eq!(diagnostics[0]["range"], range((0, 2), (0, 8)));
    assert_eq!(client.shutdown().code(), Some(0));
}

#[test]
fn doc_links_default_to_the_pages_in_the_source_tree() {
    let (mut client, _) = Client::start(None);
    let diagnostics = client.open(URI, NOTE, 1);
    let href = diagnostics[1]["codeDescription"]["href"]
        .as_str()
        .expect("href");
    let page =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules/pressure-phrase.md");
    assert!(page.is_file());
    assert_eq!(href, file_uri(&page));
    assert_eq!(client.shutdown().code(), Some(0));
}

// ---------------------------------------------------------- incremental sync

#[test]
fn incremental_edits_in_each_encoding_move_and_clear_findings() {
    // (encoding, 😂 as units, where 手慢无 starts after one more 🎉)
    for (encoding, emoji, shifted) in [("utf-8", 4, 30), ("utf-16", 2, 12), ("utf-32", 1, 9)] {
        let (mut client, _) = Client::start(Some(&[encoding]));
        client.open(URI, NOTE, 1);

        client.change(
            URI,
            2,
            json!([{"range": range((2, 0), (2, 0)), "text": "🎉"}]),
        );
        let moved = only(&client.diagnostics(URI, 2), "pressure-phrase");
        assert_eq!(
            moved[0]["range"],
            range((2, shifted), (2, shifted + width(encoding, "手慢无"))),
            "{encoding}"
        );

        // Two edits in one notification: the second range is in the text
        // the first one left. Replace 手慢无, then delete 😂 (after 🎉 and 冬天).
        let phrase_end = shifted + width(encoding, "手慢无");
        let emoji_start = width(encoding, "🎉冬天");
        client.change(
            URI,
            3,
            json!([
                {"range": range((2, shifted), (2, phrase_end)), "text": "送完即止"},
                {"range": range((2, emoji_start), (2, emoji_start + emoji)), "text": ""},
            ]),
        );
        let after = client.diagnostics(URI, 3);
        // 手慢无 is gone; the ！！！ left is an organic Note's tone.
        let pressure = only(&after, "pressure-phrase");
        assert!(pressure.is_empty(), "{encoding}: {after:#?}");
        assert_eq!(client.shutdown().code(), Some(0));
    }
}

fn width(encoding: &str, text: &str) -> u64 {
    (match encoding {
        "utf-8" => text.len(),
        "utf-16" => text.encode_utf16().count(),
        _ => text.chars().count(),
    }) as u64
}

#[test]
fn changes_are_debounced_into_one_lint() {
    let debounce = Duration::from_millis(300);
    let (mut client, _) = Client::start_with(Some(&["utf-16"]), json!({"debounceMs": 300}));
    client.open(URI, NOTE, 1);
    for (version, column, text) in [(2, 0, "手"), (3, 1, "慢"), (4, 2, "无")] {
        let at = range((3, column), (3, column));
        client.change(URI, version, json!([{"range": at, "text": text}]));
    }
    let typed = Instant::now();
    let diagnostics = client.diagnostics(URI, 4);
    assert!(typed.elapsed() >= debounce, "published before the debounce");
    let typed_phrase = only(&diagnostics, "pressure-phrase");
    assert_eq!(
        typed_phrase.last().expect("new finding")["range"],
        range((3, 0), (3, 3))
    );
    // Versions 2 and 3 were never linted on their own.
    assert!(
        !client
            .seen
            .iter()
            .any(|m| m["method"] == "textDocument/publishDiagnostics"),
        "{:#?}",
        client.seen
    );
    assert_eq!(client.shutdown().code(), Some(0));
}

#[test]
fn saving_lints_at_once_and_closing_clears() {
    let (mut client, _) = Client::start_with(None, json!({"debounceMs": 10000}));
    client.open(URI, NOTE, 1);
    client.change(URI, 2, json!([{"text": "# 冬日火锅底料\n\n冬天就靠它\n"}]));
    client.notify(
        "textDocument/didSave",
        json!({"textDocument": {"uri": URI}}),
    );
    assert!(only(&client.diagnostics(URI, 2), "pressure-phrase").is_empty());
    client.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": URI}}),
    );
    let cleared = client.wait_for(|m| {
        m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == URI
    });
    assert_eq!(cleared["params"]["diagnostics"], json!([]));
    assert_eq!(client.shutdown().code(), Some(0));
}

// -------------------------------------------------------------- code actions

fn code_actions(client: &mut Client, uri: &str, at: Value) -> Value {
    let response = client.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": at, "context": {"diagnostics": []}}),
    );
    response["result"].clone()
}

#[test]
fn rewrites_and_suppressions_as_quick_fixes() {
    let (mut client, _) = Client::start(Some(&["utf-16"]));
    // A sale Note: its ！！！ run shouts, and keeping one mark is a fix.
    client.open(URI, SALE_HOTPOT, 1);
    // A cursor between 手慢无 and ！！！ touches both findings.
    let actions = code_actions(&mut client, URI, range((2, 13), (2, 13)));
    assert_eq!(
        titles(&actions),
        [
            "keep one: “！”",
            "frame the urgency as a community reward: “送完即止”",
            "Disable pressure-phrase for this line",
        ]
    );
    let keep_one = action(&actions, "keep one: “！”");
    assert_eq!(keep_one["kind"], "quickfix");
    assert_eq!(keep_one["isPreferred"], true, "machine-applicable");
    assert_eq!(keep_one["diagnostics"][0]["range"], range((2, 13), (2, 16)));
    let reframe = action(
        &actions,
        "frame the urgency as a community reward: “送完即止”",
    );
    assert!(reframe.get("isPreferred").is_none(), "maybe-incorrect");

    assert_eq!(
        apply(SALE_HOTPOT, keep_one, "utf-16"),
        "# 冬日火锅底料\n\n冬天😂🔥就靠它，手慢无！\n\n到手价¥39\n"
    );
    assert_eq!(
        apply(SALE_HOTPOT, reframe, "utf-16"),
        "# 冬日火锅底料\n\n冬天😂🔥就靠它，送完即止！！！\n\n到手价¥39\n"
    );

    // Applying the suppression (as the editor would: the edit comes back
    // as a change) silences both findings on the line.
    let disabled = apply(
        SALE_HOTPOT,
        action(&actions, "Disable pressure-phrase for this line"),
        "utf-16",
    );
    assert_eq!(
        disabled,
        "# 冬日火锅底料\n\n<!-- xhslint-disable-next-line pressure-phrase -->\n冬天😂🔥就靠它，手慢无！！！\n\n到手价¥39\n"
    );
    client.change(URI, 2, json!([{"text": disabled}]));
    let after = client.diagnostics(URI, 2);
    assert!(only(&after, "pressure-phrase").is_empty(), "{after:#?}");
    assert!(only(&after, "unused-suppression").is_empty(), "{after:#?}");

    // Nothing to fix where there is no finding; the heading title can be
    // suppressed from the line above it.
    let none = code_actions(&mut client, URI, range((1, 0), (1, 0)));
    assert_eq!(none, json!([]));
    let title = code_actions(&mut client, URI, range((0, 3), (0, 3)));
    assert_eq!(
        titles(&title),
        [
            "start the title with the sale's real limit (declare `product` and `sale` for a generated title): “限时N小时｜冬日火锅底料”",
            "Disable hashtag-count for this line",
            "Disable hashtag-mix for this line",
            "Disable title-scarcity for this line",
        ]
    );
    assert_eq!(client.shutdown().code(), Some(0));
}

#[test]
fn actions_in_utf8_apply_exactly() {
    let (mut client, _) = Client::start(Some(&["utf-8"]));
    client.open(URI, NOTE, 1);
    let actions = code_actions(&mut client, URI, range((2, 26), (2, 35)));
    assert_eq!(
        apply(
            NOTE,
            action(
                &actions,
                "frame the urgency as a community reward: “送完即止”"
            ),
            "utf-8"
        ),
        "# 冬日火锅底料\n\n冬天😂🔥就靠它，送完即止！！！\n"
    );
    assert_eq!(client.shutdown().code(), Some(0));
}

#[test]
fn suppression_keeps_crlf_and_joins_a_comment_above() {
    let uri = "file:///notes/crlf.md";
    let crlf = "# 冬日火锅底料\r\n\r\n冬天😂🔥就靠它，手慢无\r\n";
    let (mut client, _) = Client::start(None);
    client.open(uri, crlf, 1);
    let actions = code_actions(&mut client, uri, range((2, 10), (2, 13)));
    let disabled = apply(
        crlf,
        action(&actions, "Disable pressure-phrase for this line"),
        "utf-16",
    );
    assert_eq!(
        disabled,
        "# 冬日火锅底料\r\n\r\n<!-- xhslint-disable-next-line pressure-phrase -->\r\n冬天😂🔥就靠它，手慢无\r\n"
    );

    // A second comment line would make the first suppress a comment; the
    // rule joins the comment that is there.
    let uri = "file:///notes/joined.md";
    let commented = "# 冬日火锅底料\n\n<!-- xhslint-disable-next-line absolute-claim -->\n冬天😂🔥就靠它，手慢无\n";
    client.open(uri, commented, 1);
    let actions = code_actions(&mut client, uri, range((3, 10), (3, 13)));
    assert_eq!(
        apply(
            commented,
            action(&actions, "Disable pressure-phrase for this line"),
            "utf-16"
        ),
        "# 冬日火锅底料\n\n<!-- xhslint-disable-next-line absolute-claim, pressure-phrase -->\n冬天😂🔥就靠它，手慢无\n"
    );
    assert_eq!(client.shutdown().code(), Some(0));
}

#[test]
fn no_suppression_comment_where_it_would_break_the_note() {
    let (mut client, _) = Client::start(None);
    // The first line is the title: a comment above it would become the title.
    let uri = "file:///notes/first-line.md";
    let text = "手慢无的火锅底料\n\n冬天就靠它\n";
    let diagnostics = client.open(uri, text, 1);
    assert_eq!(
        only(&diagnostics, "pressure-phrase")[0]["range"],
        range((0, 0), (0, 3))
    );
    let actions = code_actions(&mut client, uri, range((0, 0), (0, 0)));
    assert_eq!(
        titles(&actions),
        ["frame the urgency as a community reward: “送完即止”"]
    );

    assert_eq!(client.shutdown().code(), Some(0));
}

#[test]
fn inside_the_front_matter_the_suppression_is_a_yaml_comment() {
    let (mut client, _) = Client::start(None);
    let uri = "file:///notes/front-matter.md";
    let text = "---\ntitle: 手慢无｜冬日火锅底料\n---\n冬天就靠它\n";
    let diagnostics = client.open(uri, text, 1);
    assert_eq!(
        only(&diagnostics, "pressure-phrase")[0]["range"],
        range((1, 7), (1, 10))
    );
    let actions = code_actions(&mut client, uri, range((1, 8), (1, 8)));
    let disabled = apply(
        text,
        action(&actions, "Disable pressure-phrase for this line"),
        "utf-16",
    );
    assert_eq!(
        disabled,
        "---\n# xhslint-disable-next-line pressure-phrase\ntitle: 手慢无｜冬日火锅底料\n---\n冬天就靠它\n"
    );
    client.change(uri, 2, json!([{"text": disabled}]));
    let after = client.diagnostics(uri, 2);
    assert!(only(&after, "pressure-phrase").is_empty(), "{after:#?}");
    assert!(only(&after, "unused-suppression").is_empty(), "{after:#?}");
    assert_eq!(client.shutdown().code(), Some(0));
}

// -------------------------------------------------------------------- config

/// A sale Note with urgency, no purchase path and no word to the
/// community, closing with a hashtag line.
const SALE_NOTE: &str = "---\ntitle: 限时48小时｜玻尿酸精华\n---\n补水很稳，敏感肌也能用。\n到手¥199，用了一个月皮肤透亮。\n\n#护肤 #精华 #补水 #玻尿酸 #好物分享\n";

/// The one edit of a whole-Note action: it inserts a new line at the end
/// of the body, before the hashtag line, and leaves the title alone.
fn assert_inserts_closing_line(action: &Value) -> String {
    assert!(
        action.get("isPreferred").is_none(),
        "has placeholders: {action}"
    );
    let edits = action["edit"]["changes"][SALE_URI]
        .as_array()
        .expect("edits");
    assert_eq!(edits.len(), 1, "{action}");
    let after_copy = (4, 17);
    assert_eq!(edits[0]["range"], range(after_copy, after_copy), "{action}");
    let line = edits[0]["newText"]
        .as_str()
        .and_then(|t| t.strip_prefix('\n'))
        .expect("a new line")
        .to_string();
    assert!(!line.is_empty() && !line.contains('\n'), "{line:?}");
    let fixed = apply(SALE_NOTE, action, "utf-16");
    assert_eq!(
        fixed,
        SALE_NOTE.replace(
            "皮肤透亮。\n\n#护肤",
            &format!("皮肤透亮。\n{line}\n\n#护肤")
        )
    );
    assert!(
        fixed.starts_with("---\ntitle: 限时48小时｜玻尿酸精华\n---\n"),
        "title kept"
    );
    line
}

const SALE_URI: &str = "file:///notes/serum.md";

#[test]
fn whole_note_actions_add_a_line_before_the_hashtags_and_leave_the_title() {
    let (mut client, _) = Client::start(Some(&["utf-16"]));
    let diagnostics = client.open(SALE_URI, SALE_NOTE, 1);
    let last_copy_line = range((4, 0), (4, 17));
    for rule in ["purchase-path", "community-framing"] {
        let found = only(&diagnostics, rule);
        assert_eq!(found.len(), 1, "{diagnostics:#?}");
        assert_eq!(found[0]["range"], last_copy_line, "{rule}");
    }

    // The title's own findings offer no whole-Note line.
    let on_title = code_actions(&mut client, SALE_URI, range((1, 9), (1, 9)));
    assert!(
        titles(&on_title)
            .iter()
            .all(|t| !t.starts_with("add a line")),
        "{on_title:#}"
    );

    let actions = code_actions(&mut client, SALE_URI, range((4, 3), (4, 3)));
    let purchase = action(
        &actions,
        "add a line pointing readers to the product card: “点击下方商品卡直接下单”",
    );
    assert_eq!(
        assert_inserts_closing_line(purchase),
        "点击下方商品卡直接下单"
    );
    let community = actions
        .as_array()
        .expect("actions")
        .iter()
        .find(|a| {
            a["title"].as_str().is_some_and(|t| {
                t.starts_with("add a line framing the urgency for the community: ")
            })
        })
        .unwrap_or_else(|| panic!("no community action in {actions:#}"));
    assert_inserts_closing_line(community);

    // Once the line is in, the finding is gone.
    let fixed = apply(SALE_NOTE, purchase, "utf-16");
    client.change(SALE_URI, 2, json!([{"text": fixed}]));
    let after = client.diagnostics(SALE_URI, 2);
    assert!(only(&after, "purchase-path").is_empty(), "{after:#?}");
    assert_eq!(client.shutdown().code(), Some(0));
}

fn file_uri(path: &std::path::Path) -> String {
    lsp_types::Url::from_file_path(path)
        .expect("absolute path")
        .to_string()
}

#[test]
fn the_nearest_config_applies_and_changes_are_picked_up() {
    let dir = tempfile::tempdir().expect("tempdir");
    let config = dir.path().join(".xhslint.yaml");
    std::fs::write(&config, "rules:\n  pressure-phrase: error\n").expect("write config");
    let brand = dir.path().join("brand");
    std::fs::create_dir(&brand).expect("mkdir");
    // The document need not be saved yet: its path finds the config.
    let uri = file_uri(&brand.join("hotpot.md"));

    let capabilities =
        json!({"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}}});
    let (mut client, _) = Client::start_custom(capabilities, json!({"debounceMs": 0}));
    let registration = client.wait_for(|m| m["method"] == "client/registerCapability");
    let register = &registration["params"]["registrations"][0];
    assert_eq!(register["method"], "workspace/didChangeWatchedFiles");
    assert_eq!(
        register["registerOptions"]["watchers"],
        json!([{"globPattern": "**/.xhslint.yaml"}, {"globPattern": "**/xhslint.yaml"}])
    );
    client.send(&json!({"jsonrpc": "2.0", "id": registration["id"], "result": null}));

    let diagnostics = client.open(&uri, NOTE, 1);
    let severities: Vec<Value> = only(&diagnostics, "pressure-phrase")
        .iter()
        .map(|d| d["severity"].clone())
        .collect();
    assert_eq!(severities, [json!(1)], "error, as configured");

    std::fs::write(&config, "rules:\n  pressure-phrase: off\n").expect("rewrite config");
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": file_uri(&config), "type": 2}]}),
    );
    let relinted = client.diagnostics(&uri, 1);
    assert!(
        only(&relinted, "pressure-phrase").is_empty(),
        "{relinted:#?}"
    );
    assert_eq!(client.shutdown().code(), Some(0));
}

#[test]
fn a_broken_config_is_shown_on_the_document() {
    let dir = tempfile::tempdir().expect("tempdir");
    let config = dir.path().join(".xhslint.yaml");
    std::fs::write(&config, "rules:\n  pressure-phrase: loud\n").expect("write config");
    let uri = file_uri(&dir.path().join("hotpot.md"));
    let (mut client, _) = Client::start(None);
    let diagnostics = client.open(&uri, NOTE, 1);
    let problem = "unknown severity `loud` for rule `pressure-phrase` — expected one of `off`, `info`, `warning`, `error`";
    assert_eq!(
        diagnostics,
        [json!({
            "range": range((0, 0), (0, 0)),
            "severity": 1,
            "code": "config",
            "source": "xhslint",
            "message": format!("{}:2:20: {problem}", config.display()),
            "relatedInformation": [{
                "location": {"uri": file_uri(&config), "range": range((1, 19), (1, 19))},
                "message": problem,
            }],
        })]
    );
    assert_eq!(client.shutdown().code(), Some(0));
}

#[test]
fn a_broken_config_is_shown_in_the_language_asked_for() {
    let dir = tempfile::tempdir().expect("tempdir");
    let config = dir.path().join(".xhslint.yaml");
    std::fs::write(&config, "rules:\n  pressure-phrase: loud\n").expect("write config");
    let uri = file_uri(&dir.path().join("hotpot.md"));
    let (mut client, _) = Client::start_with(None, json!({"debounceMs": 0, "lang": "zh"}));
    let diagnostics = client.open(&uri, NOTE, 1);
    let problem =
        "规则 `pressure-phrase` 没有 `loud` 这个级别；可选：`off`、`info`、`warning`、`error`";
    assert_eq!(
        diagnostics[0]["message"],
        format!("{}:2:20: {problem}", config.display())
    );
    assert_eq!(diagnostics[0]["relatedInformation"][0]["message"], problem);
    assert_eq!(client.shutdown().code(), Some(0));
}

// --------------------------------------------------------------------- hover

#[test]
fn hover_explains_the_rule() {
    let (mut client, _) = Client::start(Some(&["utf-32"]));
    client.open(URI, NOTE, 1);
    let hover = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": URI}, "position": {"line": 2, "character": 9}}),
    );
    let result = &hover["result"];
    assert_eq!(result["range"], range((2, 8), (2, 11)));
    assert_eq!(result["contents"]["kind"], "markdown");
    let doc = xhslint::rules::find("pressure-phrase")
        .expect("rule")
        .meta()
        .doc_markdown();
    assert_eq!(
        result["contents"]["value"],
        format!("**pressure-phrase** (warning): {PRESSURE}\n\n---\n\n{doc}")
    );

    let nothing = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": URI}, "position": {"line": 2, "character": 1}}),
    );
    assert_eq!(nothing["result"], Value::Null);
    assert_eq!(client.shutdown().code(), Some(0));
}

// ---------------------------------------------------------- protocol errors

fn error_code(response: &Value) -> i64 {
    response["error"]["code"]
        .as_i64()
        .unwrap_or_else(|| panic!("not an error: {response}"))
}

#[test]
fn requests_before_initialize_are_refused() {
    let mut client = Client::spawn();
    let early = client.request("textDocument/hover", json!({}));
    assert_eq!(error_code(&early), -32002);
    let init = client.request("initialize", json!({"capabilities": {}}));
    assert_eq!(init["result"]["capabilities"]["positionEncoding"], "utf-16");
    let again = client.request("initialize", json!({"capabilities": {}}));
    assert_eq!(error_code(&again), -32600);
    assert_eq!(client.shutdown().code(), Some(0));
}

#[test]
fn malformed_messages_get_protocol_errors_and_the_server_goes_on() {
    let (mut client, _) = Client::start(None);

    // Broken JSON: ParseError, with a null id as JSON-RPC prescribes.
    let broken = r#"{"jsonrpc":"2.0","id":41,"method":"textDocument/hover","#;
    client.write_raw(format!("Content-Length: {}\r\n\r\n{broken}", broken.len()).as_bytes());
    let parse_error = client.wait_for(|m| m.get("error").is_some());
    assert_eq!(parse_error["id"], Value::Null);
    assert_eq!(error_code(&parse_error), -32700);

    // Headers without a length: ParseError.
    client.write_raw(b"Content-Type: application/vscode-jsonrpc\r\n\r\n");
    assert_eq!(
        error_code(&client.wait_for(|m| m.get("error").is_some())),
        -32700
    );

    // JSON that is no JSON-RPC message: InvalidRequest, with the id read.
    client.send(&json!([1, 2, 3]));
    assert_eq!(
        error_code(&client.wait_for(|m| m.get("error").is_some())),
        -32600
    );
    client.send(&json!({"jsonrpc": "2.0", "id": 42, "method": 7}));
    let invalid = client.wait_for(|m| m.get("error").is_some());
    assert_eq!(
        (invalid["id"].clone(), error_code(&invalid)),
        (json!(42), -32600)
    );

    // An unknown method: MethodNotFound; an unknown notification: nothing.
    let unknown = client.request("xhslint/frobnicate", json!({}));
    assert_eq!(error_code(&unknown), -32601);
    client.notify("xhslint/frobnicated", json!({}));
    client.notify("textDocument/didOpen", json!({"textDocument": 5}));

    // Params of the wrong shape: InvalidParams.
    let bad = client.request("textDocument/hover", json!({"textDocument": 5}));
    assert_eq!(error_code(&bad), -32602);
    let bad = client.request("textDocument/codeAction", json!(["no"]));
    assert_eq!(error_code(&bad), -32602);

    // A position past the end of a line or document is clamped, per LSP.
    client.open(URI, NOTE, 1);
    let past = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": URI}, "position": {"line": 99, "character": 99}}),
    );
    assert_eq!(past["result"], Value::Null);
    client.change(
        URI,
        2,
        json!([{"range": range((2, 99), (7, 0)), "text": "手慢无"}]),
    );
    let appended = only(&client.diagnostics(URI, 2), "pressure-phrase");
    assert_eq!(
        appended.last().expect("appended")["range"],
        range((2, 16), (2, 19))
    );

    // Still serving.
    let alive = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": URI}, "position": {"line": 2, "character": 10}}),
    );
    assert_eq!(alive["result"]["range"], range((2, 10), (2, 13)));
    assert_eq!(client.shutdown().code(), Some(0));
}

#[test]
fn bad_initialization_options_are_invalid_params() {
    let mut client = Client::spawn();
    let response = client.request(
        "initialize",
        json!({"capabilities": {}, "initializationOptions": {"debounce": 5}}),
    );
    assert_eq!(error_code(&response), -32602);
    let message = response["error"]["message"].as_str().expect("message");
    assert!(message.contains("unknown field `debounce`"), "{message}");
    assert!(message.contains("debounceMs"), "{message}");
}

// ----------------------------------------------------------------- lifecycle

#[test]
fn requests_after_shutdown_are_refused_then_exit_is_clean() {
    let (mut client, _) = Client::start(None);
    let response = client.request("shutdown", Value::Null);
    assert_eq!(response["result"], Value::Null);
    let late = client.request("textDocument/hover", json!({}));
    assert_eq!(error_code(&late), -32600);
    client.notify("exit", Value::Null);
    assert_eq!(client.wait_exit().code(), Some(0));
}

#[test]
fn exit_without_shutdown_is_exit_code_1() {
    let (mut client, _) = Client::start(None);
    client.notify("exit", Value::Null);
    assert_eq!(client.wait_exit().code(), Some(1));
}

#[test]
fn end_of_input_without_exit_ends_the_server() {
    let (mut client, _) = Client::start(None);
    client.close_stdin();
    assert_eq!(client.wait_exit().code(), Some(1));
}

#[test]
fn a_wrong_content_length_costs_one_error_and_the_server_resynchronises() {
    let (mut client, _) = Client::start(None);
    // Too short by five bytes: the tail of the body runs into the next
    // header, which the server finds again.
    let body = r#"{"jsonrpc":"2.0","id":77,"method":"textDocument/hover","params":{}}"#;
    client.write_raw(format!("Content-Length: {}\r\n\r\n{body}", body.len() - 5).as_bytes());
    let error = client.wait_for(|m| m.get("error").is_some());
    assert_eq!(error_code(&error), -32700);
    let diagnostics = client.open(URI, NOTE, 1);
    assert!(
        !only(&diagnostics, "pressure-phrase").is_empty(),
        "{diagnostics:?}"
    );
    // Too long: the body swallows the next header; the message after it is
    // read and answered.
    client.write_raw(format!("Content-Length: {}\r\n\r\n{body}", body.len() + 30).as_bytes());
    let unknown = client.request("xhslint/frobnicate", json!({}));
    assert_eq!(error_code(&unknown), -32601);
    let unknown = client.request("xhslint/frobnicate", json!({}));
    assert_eq!(error_code(&unknown), -32601);
    assert_eq!(client.shutdown().code(), Some(0));
}

#[test]
fn a_document_over_1_mib_is_not_linted_and_the_client_is_told() {
    let (mut client, _) = Client::start(None);
    let text = format!("标题\n\n{}", "手慢无".repeat(120_000));
    assert!(text.len() > 1024 * 1024);
    let diagnostics = client.open(URI, &text, 1);
    assert_eq!(
        diagnostics.len(),
        1,
        "{:?}",
        &diagnostics[..3.min(diagnostics.len())]
    );
    assert_eq!(diagnostics[0]["code"], "too-large");
    assert_eq!(
        diagnostics[0]["message"],
        format!(
            "document is {} bytes, over the 1048576-byte limit for a Note; not linted",
            text.len()
        )
    );
    assert_eq!(client.shutdown().code(), Some(0));
}

#[test]
fn two_workspace_configs_in_one_server_segment_independently() {
    // A brand folder exempts `第一坊`, which thereby becomes one word to
    // segment; the shop folder adds no words, so its `第一` stays a claim.
    let dir = tempfile::tempdir().expect("tempdir");
    let brand = dir.path().join("brand");
    let shop = dir.path().join("shop");
    for folder in [&brand, &shop] {
        std::fs::create_dir(folder).expect("mkdir");
    }
    std::fs::write(
        brand.join(".xhslint.yaml"),
        "lexicons:\n  absolute-claim-exempt:\n    add: [\"第一坊\"]\n",
    )
    .expect("write config");
    std::fs::write(shop.join(".xhslint.yaml"), "category: food\n").expect("write config");
    let note = "# 冬日火锅底料\n\n这是第一坊出的底料，销量全网第一\n";
    let (mut client, _) = Client::start(None);
    let starts = |diagnostics: &[Value]| -> Vec<Value> {
        only(diagnostics, "absolute-claim")
            .iter()
            .map(|d| d["range"]["start"].clone())
            .collect()
    };
    let claim = |character: u64| json!({"line": 2, "character": character});
    // The brand's Note first, so its words are known before the shop's is
    // linted, then the brand's again.
    let brand_uri = file_uri(&brand.join("note.md"));
    let shop_uri = file_uri(&shop.join("note.md"));
    assert_eq!(starts(&client.open(&brand_uri, note, 1)), [claim(12)]);
    assert_eq!(
        starts(&client.open(&shop_uri, note, 1)),
        [claim(2), claim(12)]
    );
    client.change(&brand_uri, 2, json!([{"text": note}]));
    assert_eq!(starts(&client.diagnostics(&brand_uri, 2)), [claim(12)]);
    assert_eq!(client.shutdown().code(), Some(0));
}

#[test]
fn a_request_during_a_slow_lint_is_answered_and_a_stale_lint_is_dropped() {
    let (mut client, _) = Client::start(Some(&["utf-16"]));
    // Near the 1 MiB limit: long enough to lint for a good while.
    let line = "这款面霜真的手慢无，全网最低价，闭眼入不踩雷。今天天气很好，我们去公园散步。\n";
    let long = format!("# 长笔记\n\n{}", line.repeat(7000));
    assert!(long.len() < 1 << 20);
    let uri = "file:///notes/long.md";
    client.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": long}}),
    );
    // Answered while the Note is linted: nothing is published before it.
    let hover = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": "file:///notes/other.md"}, "position": {"line": 0, "character": 0}}),
    );
    assert_eq!(hover["result"], Value::Null);
    let published =
        |m: &Value| m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri;
    assert!(!client.seen.iter().any(published), "{:#?}", client.seen);
    // A new text while the long lint runs: only its findings are published.
    client.change(uri, 2, json!([{"text": "# 短笔记\n\n手慢无\n"}]));
    let diagnostics = client.diagnostics(uri, 2);
    assert_eq!(only(&diagnostics, "pressure-phrase").len(), 1);
    assert!(!client.seen.iter().any(published), "{:#?}", client.seen);
    assert!(client.shutdown().success());
}

#[test]
fn findings_follow_the_lang_option_else_the_client_locale() {
    let zh_message = "“手慢无”是在逼读者下单，社区反感硬推销";
    let messages = |client: &mut Client| -> Vec<String> {
        client
            .open(URI, SALE_HOTPOT, 1)
            .iter()
            .filter(|d| d["code"] == "pressure-phrase")
            .filter_map(|d| d["message"].as_str().map(str::to_string))
            .collect()
    };
    let (mut client, _) = Client::start_with(None, json!({"debounceMs": 0, "lang": "zh"}));
    assert!(messages(&mut client).contains(&zh_message.to_string()));
    client.shutdown();
    let (mut client, _) = Client::start_custom(json!({}), json!({"debounceMs": 0}));
    assert!(messages(&mut client).contains(&PRESSURE.to_string()));
    client.shutdown();
    let mut client = Client::spawn();
    client.request(
        "initialize",
        json!({"processId": null, "rootUri": null, "capabilities": {}, "locale": "zh-cn",
               "initializationOptions": {"debounceMs": 0}}),
    );
    client.notify("initialized", json!({}));
    assert!(messages(&mut client).contains(&zh_message.to_string()));
    client.shutdown();
}

#[test]
fn hover_and_action_titles_follow_the_lang_option() {
    let (mut client, _) = Client::start_with(None, json!({"debounceMs": 0, "lang": "zh"}));
    client.open(URI, SALE_HOTPOT, 1);
    let actions = code_actions(&mut client, URI, range((2, 13), (2, 13)));
    let titles = titles(&actions);
    assert_eq!(
        titles.last().map(String::as_str),
        Some("这一行不检查 pressure-phrase"),
        "{titles:?}"
    );
    assert_eq!(titles.first().map(String::as_str), Some("只留一个：“！”"));
    for title in &titles {
        assert!(!title.contains(": “"), "{title}");
        assert!(!title.contains("Disable"), "{title}");
    }
    let hover = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": URI}, "position": {"line": 2, "character": 11}}),
    );
    let value = hover["result"]["contents"]["value"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(
        value.starts_with("**pressure-phrase**（警告）：“手慢无”是在逼读者下单，社区反感硬推销"),
        "{value}"
    );
    // The rule's explanation is its Chinese page, not the English doc.
    assert!(
        value.contains("\n\n---\n\n## 查什么\n标题和正文里催人马上下单的话"),
        "{value}"
    );
    assert!(!value.contains("What it checks"), "{value}");
    client.shutdown();
}
