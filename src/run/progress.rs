//! The progress bar of a long run: on stderr, only when the caller allows
//! it (a terminal, human output) and only once a run has more than
//! [`MIN_NOTES`] Notes — a handful of files must not flicker a bar.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Runs with at most this many Notes never show a bar.
pub const MIN_NOTES: u64 = 200;

pub struct Progress {
    bar: Option<ProgressBar>,
    notes: u64,
    shown: bool,
}

impl Progress {
    /// No bar at all.
    pub fn none() -> Self {
        Progress {
            bar: None,
            notes: 0,
            shown: false,
        }
    }

    /// A bar over a known number of Notes.
    pub fn for_notes(enabled: bool, total: u64) -> Self {
        if !enabled || total <= MIN_NOTES {
            return Progress::none();
        }
        let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template("{spinner} {bar:40} {pos}/{len} Notes ({eta})")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        Progress {
            bar: Some(bar),
            notes: 0,
            shown: true,
        }
    }

    /// A bar over the bytes of a stream of records, drawn once more than
    /// [`MIN_NOTES`] records have been read.
    pub fn for_stream(enabled: bool, total_bytes: Option<u64>) -> Self {
        if !enabled {
            return Progress::none();
        }
        let bar = ProgressBar::with_draw_target(total_bytes, ProgressDrawTarget::hidden());
        let template = if total_bytes.is_some() {
            "{spinner} {bar:40} {bytes}/{total_bytes} ({eta})"
        } else {
            "{spinner} {bytes} read"
        };
        bar.set_style(
            ProgressStyle::with_template(template).unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        Progress {
            bar: Some(bar),
            notes: 0,
            shown: false,
        }
    }

    /// Counts `notes` more Notes (and, for a stream, `bytes` more bytes).
    pub fn advance(&mut self, notes: u64, bytes: u64) {
        self.notes += notes;
        let Some(bar) = &self.bar else {
            return;
        };
        if !self.shown && self.notes > MIN_NOTES {
            bar.set_draw_target(ProgressDrawTarget::stderr());
            self.shown = true;
        }
        // A stream's bar measures bytes (its Note count is unknown ahead).
        bar.inc(if bytes > 0 { bytes } else { notes });
    }

    /// A handle that worker threads can advance by one Note each.
    pub fn bar(&self) -> Option<&ProgressBar> {
        self.bar.as_ref()
    }

    /// Runs `f` (which writes the report) with the bar cleared, so output
    /// and bar do not interleave.
    pub fn suspend<R>(&self, f: impl FnOnce() -> R) -> R {
        match &self.bar {
            Some(bar) => bar.suspend(f),
            None => f(),
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_bar_when_disabled_or_for_a_few_notes() {
        assert!(Progress::for_notes(false, 10_000).bar().is_none());
        assert!(Progress::for_notes(true, MIN_NOTES).bar().is_none());
        assert!(Progress::for_notes(true, MIN_NOTES + 1).bar().is_some());
        assert!(Progress::for_stream(false, Some(1 << 30)).bar().is_none());
    }

    #[test]
    fn a_stream_bar_appears_only_past_the_threshold() {
        let mut progress = Progress::for_stream(true, Some(1000));
        progress.advance(MIN_NOTES, 10);
        assert!(!progress.shown);
        progress.advance(1, 10);
        assert!(progress.shown);
        progress.finish();
    }
}
