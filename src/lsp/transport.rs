//! JSON-RPC over stdio: `Content-Length` framed messages in, the same out.
//!
//! `lsp_server::Connection::stdio` ends its reader thread at the first
//! message it cannot parse, which takes the whole server down with it. An
//! editor that sends one bad message deserves an error reply, not a dead
//! server, so the framing is read here and every problem becomes a
//! JSON-RPC error (`ParseError`, `InvalidRequest`) while the stream goes on.
//!
//! A wrong `Content-Length` leaves the reader out of step with the frames:
//! too short, and the rest of the body runs into the next header line; too
//! long, and the body swallows the start of the next message. Either way
//! the reader resynchronises on the next `Content-Length:` it sees, in a
//! header line or inside a body that is not JSON, so one bad frame costs
//! one error reply, not every later message.
//!
//! What is written waits in an [`Outbox`]: a client that stops reading
//! holds at most the latest diagnostics of each document, not one set per
//! version.

use std::collections::VecDeque;
use std::io::{self, BufRead, Read, Write};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::thread;

use lsp_server::{ErrorCode, Message};
use serde_json::{Value, json};

/// The largest message body read; an editor's Note is far smaller.
const MAX_BODY: usize = 64 << 20;

/// What the reader hands the server.
#[derive(Debug)]
pub enum Incoming {
    Message(Message),
    /// A message that could not be read; answer it with this error.
    Malformed(ProtocolError),
}

/// A JSON-RPC error about a message itself, answered with the message's id
/// when one could be read, else `null`.
#[derive(Debug, Clone)]
pub struct ProtocolError {
    pub id: Value,
    pub code: ErrorCode,
    pub message: String,
}

impl ProtocolError {
    fn parse(message: impl Into<String>) -> Self {
        ProtocolError {
            id: Value::Null,
            code: ErrorCode::ParseError,
            message: message.into(),
        }
    }

    /// The error response as JSON; `lsp_server::Response` cannot carry the
    /// `null` id JSON-RPC prescribes when the id is unknown.
    pub fn to_json(&self) -> Value {
        json!({
            "jsonrpc": "2.0",
            "id": self.id,
            "error": {"code": self.code as i32, "message": self.message},
        })
    }
}

/// What the server writes.
#[derive(Debug)]
pub enum Outgoing {
    Message(Message),
    /// A complete JSON-RPC message, for what `Message` cannot express.
    Raw(Value),
}

impl Outgoing {
    /// The document a `publishDiagnostics` notification is about: a later
    /// one for the same document replaces it while it waits.
    fn diagnostics_of(&self) -> Option<&str> {
        match self {
            Outgoing::Message(Message::Notification(n))
                if n.method == "textDocument/publishDiagnostics" =>
            {
                n.params.get("uri").and_then(Value::as_str)
            }
            _ => None,
        }
    }
}

/// The messages waiting to be written, shared by the server (which puts)
/// and the writer thread (which takes).
#[derive(Clone, Default)]
pub struct Outbox {
    shared: Arc<(Mutex<OutboxState>, Condvar)>,
}

#[derive(Default)]
struct OutboxState {
    queue: VecDeque<Outgoing>,
    closed: bool,
}

impl Outbox {
    /// Queues a message; diagnostics for a document still waiting to be
    /// written are replaced by the newer ones, in place.
    pub fn send(&self, outgoing: Outgoing) {
        let (lock, ready) = &*self.shared;
        let mut state = lock.lock().unwrap_or_else(PoisonError::into_inner);
        if state.closed {
            return;
        }
        if let Some(uri) = outgoing.diagnostics_of()
            && let Some(waiting) = state
                .queue
                .iter_mut()
                .find(|w| w.diagnostics_of() == Some(uri))
        {
            *waiting = outgoing;
        } else {
            state.queue.push_back(outgoing);
        }
        ready.notify_one();
    }

    /// The next message to write; `None` once closed and empty.
    fn take(&self) -> Option<Outgoing> {
        let (lock, ready) = &*self.shared;
        let mut state = lock.lock().unwrap_or_else(PoisonError::into_inner);
        loop {
            if let Some(next) = state.queue.pop_front() {
                return Some(next);
            }
            if state.closed {
                return None;
            }
            state = ready.wait(state).unwrap_or_else(PoisonError::into_inner);
        }
    }

    /// No more messages will be sent; the writer ends once the queue is
    /// written.
    pub fn close(&self) {
        let (lock, ready) = &*self.shared;
        lock.lock().unwrap_or_else(PoisonError::into_inner).closed = true;
        ready.notify_all();
    }

    /// How many messages wait.
    #[cfg(test)]
    fn len(&self) -> usize {
        let (lock, _) = &*self.shared;
        lock.lock()
            .unwrap_or_else(PoisonError::into_inner)
            .queue
            .len()
    }
}

/// The running reader and writer threads.
pub struct Transport {
    pub receiver: Receiver<Incoming>,
    pub sender: Outbox,
    writer: thread::JoinHandle<()>,
}

impl Transport {
    pub fn stdio() -> io::Result<Transport> {
        let (in_tx, in_rx) = mpsc::channel();
        let outbox = Outbox::default();
        let out_rx = outbox.clone();
        // The reader may be blocked on stdin when the server exits; it is
        // never joined and ends with the process.
        thread::Builder::new()
            .name("lsp-reader".to_string())
            .spawn(move || read_messages(io::stdin().lock(), &in_tx))?;
        let writer = thread::Builder::new()
            .name("lsp-writer".to_string())
            .spawn(move || {
                let mut stdout = io::stdout().lock();
                while let Some(outgoing) = out_rx.take() {
                    if write_one(&mut stdout, &outgoing).is_err() {
                        // The client is gone; nothing more can be said.
                        break;
                    }
                }
            })?;
        Ok(Transport {
            receiver: in_rx,
            sender: outbox,
            writer,
        })
    }

    /// Waits until everything sent has been written.
    pub fn finish(self) {
        self.sender.close();
        let _ = self.writer.join();
    }
}

fn write_one(out: &mut impl Write, outgoing: &Outgoing) -> io::Result<()> {
    match outgoing {
        Outgoing::Message(message) => message.write(out),
        Outgoing::Raw(value) => {
            let text = value.to_string();
            write!(out, "Content-Length: {}\r\n\r\n{text}", text.len())?;
            out.flush()
        }
    }
}

/// Reads messages until end of input, or until the `exit` notification
/// has been passed on.
pub fn read_messages(input: impl BufRead, to_server: &Sender<Incoming>) {
    let mut input = Resync {
        pending: Vec::new(),
        at: 0,
        inner: input,
    };
    loop {
        let incoming = match read_frame(&mut input) {
            Ok(Frame::End) | Err(_) => return,
            Ok(Frame::Bad(error)) => Incoming::Malformed(error),
            Ok(Frame::Body(body)) => {
                // A length too long: the body is one JSON value followed by
                // the start of the next frame, which is read on from there.
                let mut values = serde_json::Deserializer::from_slice(&body).into_iter::<Value>();
                let end = match values.next() {
                    Some(Ok(_)) => values.byte_offset(),
                    _ => body.len(),
                };
                let rest = &body[end..];
                if !rest.iter().all(u8::is_ascii_whitespace) {
                    input.push_back(rest);
                }
                let incoming = parse_message(&body[..end]);
                // A body that is not JSON may still hold the next frame's
                // header: read on from there.
                if end == body.len()
                    && matches!(&incoming, Incoming::Malformed(e) if matches!(e.code, ErrorCode::ParseError))
                    && let Some(at) = find_header(&body, 1)
                {
                    input.push_back(&body[at..]);
                }
                incoming
            }
        };
        let is_exit =
            matches!(&incoming, Incoming::Message(Message::Notification(n)) if n.method == "exit");
        if to_server.send(incoming).is_err() || is_exit {
            return;
        }
    }
}

/// The offset of the first `Content-Length:` in `bytes` at or after `from`,
/// in any case.
fn find_header(bytes: &[u8], from: usize) -> Option<usize> {
    const NAME: &[u8] = b"content-length:";
    (from..bytes.len().saturating_sub(NAME.len() - 1))
        .find(|&i| bytes[i..i + NAME.len()].eq_ignore_ascii_case(NAME))
}

/// A reader with bytes pushed back in front of it.
struct Resync<R> {
    pending: Vec<u8>,
    at: usize,
    inner: R,
}

impl<R: BufRead> Resync<R> {
    fn push_back(&mut self, bytes: &[u8]) {
        let mut pending = bytes.to_vec();
        pending.extend_from_slice(&self.pending[self.at..]);
        self.pending = pending;
        self.at = 0;
    }
}

impl<R: BufRead> Read for Resync<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(out.len());
        out[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Resync<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.at < self.pending.len() {
            return Ok(&self.pending[self.at..]);
        }
        self.inner.fill_buf()
    }

    fn consume(&mut self, amount: usize) {
        if self.at < self.pending.len() {
            self.at = (self.at + amount).min(self.pending.len());
            if self.at == self.pending.len() {
                self.pending.clear();
                self.at = 0;
            }
        } else {
            self.inner.consume(amount);
        }
    }
}

enum Frame {
    Body(Vec<u8>),
    /// A frame whose headers could not be used; its body, if any, was
    /// skipped.
    Bad(ProtocolError),
    End,
}

fn read_frame(input: &mut impl BufRead) -> io::Result<Frame> {
    let mut length: Option<Result<usize, String>> = None;
    let mut bad_header: Option<String> = None;
    let mut line = Vec::new();
    let mut read_any = false;
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            return Ok(Frame::End);
        }
        // The rest of a body whose length was too short runs into the next
        // header: start again at the header.
        let start = find_header(&line, 1).unwrap_or(0);
        if start > 0 {
            length = None;
            bad_header = None;
        }
        let text = String::from_utf8_lossy(&line[start..]);
        let text = text.trim_end_matches(['\r', '\n']);
        if text.is_empty() {
            if !read_any {
                // Blank lines between messages are tolerated.
                continue;
            }
            break;
        }
        read_any = true;
        match text.split_once(':') {
            Some((name, value)) if name.trim().eq_ignore_ascii_case("content-length") => {
                let value = value.trim();
                length = Some(
                    value
                        .parse::<usize>()
                        .map_err(|_| format!("bad Content-Length `{value}`")),
                );
            }
            Some(_) => {}
            None => {
                bad_header.get_or_insert_with(|| format!("malformed header `{text}`"));
            }
        }
    }
    let length = match length {
        Some(Ok(length)) => length,
        Some(Err(message)) => return Ok(Frame::Bad(ProtocolError::parse(message))),
        None => {
            let message = bad_header.unwrap_or_else(|| "missing Content-Length header".into());
            return Ok(Frame::Bad(ProtocolError::parse(message)));
        }
    };
    if length > MAX_BODY {
        io::copy(&mut input.take(length as u64), &mut io::sink())?;
        return Ok(Frame::Bad(ProtocolError::parse(format!(
            "message of {length} bytes is over the {MAX_BODY}-byte limit"
        ))));
    }
    let mut body = vec![0; length];
    input.read_exact(&mut body)?;
    Ok(Frame::Body(body))
}

/// A message body as JSON-RPC: unreadable JSON is a `ParseError`; JSON
/// that is not a request, response or notification is an `InvalidRequest`.
fn parse_message(body: &[u8]) -> Incoming {
    let value: Value = match serde_json::from_slice(body) {
        Ok(value) => value,
        Err(err) => {
            return Incoming::Malformed(ProtocolError::parse(format!("invalid JSON: {err}")));
        }
    };
    let invalid = |id: Value, message: &str| {
        Incoming::Malformed(ProtocolError {
            id,
            code: ErrorCode::InvalidRequest,
            message: message.to_string(),
        })
    };
    let Some(object) = value.as_object() else {
        return invalid(Value::Null, "a JSON-RPC message must be an object");
    };
    let id = object.get("id");
    let id_is_valid =
        id.is_none_or(|id| id.is_string() || id.as_i64().is_some_and(|n| i32::try_from(n).is_ok()));
    if !id_is_valid {
        return invalid(Value::Null, "`id` must be a string or a 32-bit integer");
    }
    let id = id.cloned().unwrap_or(Value::Null);
    match object.get("method") {
        Some(Value::String(_)) => {}
        Some(_) => return invalid(id, "`method` must be a string"),
        None if object.contains_key("result") || object.contains_key("error") => {}
        None => return invalid(id, "a request needs a `method`"),
    }
    match serde_json::from_value::<Message>(value) {
        Ok(message) => Incoming::Message(message),
        Err(err) => invalid(id, &format!("not a JSON-RPC message: {err}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn framed(body: &str) -> String {
        format!("Content-Length: {}\r\n\r\n{body}", body.len())
    }

    fn read_all(input: &str) -> Vec<Incoming> {
        let (tx, rx) = mpsc::channel();
        read_messages(input.as_bytes(), &tx);
        drop(tx);
        rx.into_iter().collect()
    }

    fn error_of(incoming: &Incoming) -> (Value, i32) {
        match incoming {
            Incoming::Malformed(e) => (e.id.clone(), e.code as i32),
            Incoming::Message(m) => panic!("expected an error, got {m:?}"),
        }
    }

    #[test]
    fn a_bad_message_does_not_stop_the_stream() {
        let input = [
            framed(r#"{"jsonrpc":"2.0","id":1,"method":"#),
            framed(r#"[1, 2]"#),
            framed(r#"{"jsonrpc":"2.0","id":7}"#),
            framed(r#"{"jsonrpc":"2.0","id":1.5,"method":"x"}"#),
            "Content-Type: x\r\n\r\n".to_string(),
            framed(r#"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#),
        ]
        .concat();
        let got = read_all(&input);
        assert_eq!(got.len(), 6);
        assert_eq!(error_of(&got[0]), (Value::Null, -32700));
        assert_eq!(error_of(&got[1]), (Value::Null, -32600));
        assert_eq!(error_of(&got[2]), (json!(7), -32600));
        assert_eq!(error_of(&got[3]), (Value::Null, -32600));
        assert_eq!(error_of(&got[4]), (Value::Null, -32700));
        assert!(
            matches!(&got[5], Incoming::Message(Message::Request(r)) if r.method == "shutdown")
        );
    }

    #[test]
    fn reading_stops_after_exit() {
        let input = [
            framed(r#"{"jsonrpc":"2.0","method":"exit"}"#),
            framed(r#"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#),
        ]
        .concat();
        assert_eq!(read_all(&input).len(), 1);
    }

    #[test]
    fn unicode_bodies_are_counted_in_bytes() {
        let body = r#"{"jsonrpc":"2.0","method":"note","params":"手慢无😂"}"#;
        let got = read_all(&framed(body));
        assert!(
            matches!(&got[0], Incoming::Message(Message::Notification(n)) if n.params == "手慢无😂")
        );
    }

    fn is_request(incoming: &Incoming, id: i32) -> bool {
        matches!(incoming, Incoming::Message(Message::Request(r)) if r.id == id.into())
    }

    #[test]
    fn a_content_length_too_short_costs_one_error_not_the_stream() {
        let first = r#"{"jsonrpc":"2.0","id":1,"method":"a"}"#;
        let input = [
            format!("Content-Length: {}\r\n\r\n{first}", first.len() - 5),
            framed(r#"{"jsonrpc":"2.0","id":2,"method":"b"}"#),
            framed(r#"{"jsonrpc":"2.0","id":3,"method":"c"}"#),
        ]
        .concat();
        let got = read_all(&input);
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(error_of(&got[0]), (Value::Null, -32700));
        assert!(is_request(&got[1], 2), "{got:?}");
        assert!(is_request(&got[2], 3), "{got:?}");
    }

    #[test]
    fn a_content_length_too_long_resynchronises_on_the_next_header() {
        let first = r#"{"jsonrpc":"2.0","id":1,"method":"a"}"#;
        let second = framed(r#"{"jsonrpc":"2.0","id":2,"method":"b"}"#);
        let input = [
            format!("Content-Length: {}\r\n\r\n{first}", first.len() + 10),
            second,
            framed(r#"{"jsonrpc":"2.0","id":3,"method":"c"}"#),
        ]
        .concat();
        let got = read_all(&input);
        assert_eq!(got.len(), 3, "{got:?}");
        // The first body is read up to the end of its JSON value.
        assert!(is_request(&got[0], 1), "{got:?}");
        assert!(is_request(&got[1], 2), "{got:?}");
        assert!(is_request(&got[2], 3), "{got:?}");
    }

    fn publish(uri: &str, version: i32) -> Outgoing {
        Outgoing::Message(Message::Notification(lsp_server::Notification::new(
            "textDocument/publishDiagnostics".to_string(),
            json!({"uri": uri, "version": version, "diagnostics": []}),
        )))
    }

    #[test]
    fn a_client_that_does_not_read_holds_the_latest_diagnostics_per_document() {
        let outbox = Outbox::default();
        for version in 0..1_000 {
            outbox.send(publish("file:///a.md", version));
            outbox.send(publish("file:///b.md", version));
        }
        outbox.send(Outgoing::Raw(
            json!({"jsonrpc": "2.0", "id": 1, "result": null}),
        ));
        assert_eq!(outbox.len(), 3);
        let version_of = |o: Option<Outgoing>| match o {
            Some(Outgoing::Message(Message::Notification(n))) => n.params["version"].clone(),
            other => panic!("{other:?}"),
        };
        assert_eq!(version_of(outbox.take()), json!(999));
        assert_eq!(version_of(outbox.take()), json!(999));
        assert!(matches!(outbox.take(), Some(Outgoing::Raw(_))));
        outbox.close();
        assert!(outbox.take().is_none());
    }
}
