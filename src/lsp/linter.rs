//! Linting off the message loop: documents are linted on a worker thread,
//! so requests are answered while a long Note is linted, and a lint made
//! stale by a newer edit is dropped — skipped if it has not started, its
//! findings discarded if it has.

use std::collections::HashMap;
use std::panic::AssertUnwindSafe;
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread;

use lsp_types::Url;

use crate::diagnostic::Diagnostic;
use crate::input::note::{Note, NoteFormat};
use crate::lint::lint_note;
use crate::settings::Settings;

/// One document's text to lint, as it stood at `version`.
pub struct Job {
    pub uri: Url,
    pub id: u64,
    pub name: String,
    pub format: NoteFormat,
    pub text: String,
    pub settings: Arc<Settings>,
}

/// What a job found.
pub struct Done {
    pub uri: Url,
    pub id: u64,
    pub findings: Vec<Diagnostic>,
}

/// The worker and what it is asked to do.
pub struct Linter {
    jobs: Option<Sender<Job>>,
    done: Receiver<Done>,
    /// The job each document waits for; a job not listed is stale.
    wanted: Arc<Mutex<HashMap<Url, u64>>>,
    next_id: u64,
    /// Whether the worker thread started.
    worker: bool,
}

impl Linter {
    pub fn new() -> Self {
        let (jobs, queue) = mpsc::channel::<Job>();
        let (finished, done) = mpsc::channel();
        let wanted: Arc<Mutex<HashMap<Url, u64>>> = Arc::default();
        let still_wanted = Arc::clone(&wanted);
        let worker = thread::Builder::new()
            .name("xhslint-lint".to_string())
            .spawn(move || {
                for job in queue {
                    let wanted = |job: &Job| {
                        still_wanted
                            .lock()
                            .unwrap_or_else(PoisonError::into_inner)
                            .get(&job.uri)
                            == Some(&job.id)
                    };
                    if !wanted(&job) {
                        continue;
                    }
                    let note = Note::parse(job.name.as_str(), job.text, job.format);
                    // A defect that panics costs this lint, not the server.
                    let lint = AssertUnwindSafe(|| lint_note(&note, &job.settings));
                    let findings = std::panic::catch_unwind(lint).unwrap_or_default();
                    let done = Done {
                        uri: job.uri,
                        id: job.id,
                        findings,
                    };
                    if finished.send(done).is_err() {
                        break;
                    }
                }
            })
            .is_ok();
        Linter {
            jobs: Some(jobs),
            done,
            wanted,
            next_id: 0,
            worker,
        }
    }

    /// Queues a lint of `uri`, superseding any earlier one; returns the
    /// job's id, or `None` if the worker could not be started (the caller
    /// lints in place).
    pub fn start(
        &mut self,
        uri: Url,
        name: String,
        format: NoteFormat,
        text: String,
        settings: Arc<Settings>,
    ) -> Option<u64> {
        if !self.worker {
            return None;
        }
        self.next_id += 1;
        let id = self.next_id;
        self.lock().insert(uri.clone(), id);
        let job = Job {
            uri,
            id,
            name,
            format,
            text,
            settings,
        };
        self.jobs.as_ref()?.send(job).ok()?;
        Some(id)
    }

    /// Drops the pending lint of `uri`: a newer edit made it stale, or the
    /// document was closed.
    pub fn cancel(&self, uri: &Url) {
        self.lock().remove(uri);
    }

    /// Whether any lint is queued or running.
    pub fn busy(&self) -> bool {
        !self.lock().is_empty()
    }

    /// A finished lint still wanted, if one is ready.
    pub fn finished(&self) -> Option<Done> {
        while let Ok(done) = self.done.try_recv() {
            let mut wanted = self.lock();
            if wanted.get(&done.uri) == Some(&done.id) {
                wanted.remove(&done.uri);
                return Some(done);
            }
        }
        None
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<Url, u64>> {
        self.wanted.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Drop for Linter {
    fn drop(&mut self) {
        self.lock().clear();
        // Closing the queue ends the worker after the lint it is running;
        // exiting does not wait for that lint.
        self.jobs.take();
    }
}
