//! Handing back to the system the memory that written batches freed.
//!
//! jemalloc, the command line's allocator, keeps the pages a run frees for
//! about ten seconds, so that allocations to come can reuse them without a
//! page fault. A JSON Lines export frees each batch's records and reports
//! once the batch is written, and what comes next rarely fits the same
//! pages: on the bench's 10,000-Note export the kept pages were a tenth of
//! the run's peak memory (about 5 of 51 MiB). Purged every 256 records, the
//! peak is 47 MiB, and the pages faulted back in cost about 1% of the run.
//!
//! A statically linked binary allocates with glibc's malloc instead
//! (`src/main.rs`), which hands back the freed top of its heaps by itself,
//! and has no jemalloc to purge: built with `xhslint_static`
//! (`build/static-bin`), this does nothing.

/// Counts the records written, and hands the freed pages back every so
/// many.
pub struct FreedMemory {
    every: usize,
    since: usize,
}

impl FreedMemory {
    /// Released once every `records` records written.
    pub fn released_every(records: usize) -> FreedMemory {
        FreedMemory {
            every: records.max(1),
            since: 0,
        }
    }

    /// `records` more were written; whether the freed pages were handed
    /// back now.
    pub fn written(&mut self, records: usize) -> bool {
        self.since += records;
        if self.since < self.every {
            return false;
        }
        self.since = 0;
        release_freed();
        true
    }
}

/// Returns to the system the pages the allocator holds freed, in every
/// arena; whether it did. A no-op where the build has no jemalloc, or a
/// statically linked binary leaves it out.
pub fn release_freed() -> bool {
    #[cfg(all(
        unix,
        not(target_os = "openbsd"),
        not(xhslint_static),
        any(target_arch = "x86_64", target_arch = "aarch64")
    ))]
    {
        // "arena.<i>.purge" with i = MALLCTL_ARENAS_ALL (4096) purges every
        // arena; it reads and writes nothing.
        // SAFETY: the name is a NUL-terminated string, and a command that
        // takes no value is called with null old/new pointers and length 0,
        // as jemalloc's mallctl(3) documents.
        let status = unsafe {
            tikv_jemalloc_sys::mallctl(
                c"arena.4096.purge".as_ptr(),
                std::ptr::null_mut(),
                std::ptr::null_mut(),
                std::ptr::null_mut(),
                0,
            )
        };
        status == 0
    }
    #[cfg(not(all(
        unix,
        not(target_os = "openbsd"),
        not(xhslint_static),
        any(target_arch = "x86_64", target_arch = "aarch64")
    )))]
    {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_handed_back_once_every_so_many_records() {
        let mut freed = FreedMemory::released_every(256);
        let released: Vec<bool> = [64, 64, 64, 64, 64, 300, 1, 255]
            .into_iter()
            .map(|records| freed.written(records))
            .collect();
        assert_eq!(
            released,
            [false, false, false, true, false, true, false, true]
        );
    }

    #[test]
    #[cfg(all(
        unix,
        not(target_os = "openbsd"),
        not(xhslint_static),
        any(target_arch = "x86_64", target_arch = "aarch64")
    ))]
    fn jemalloc_takes_the_purge_command() {
        // mallctl answers a name it does not know with ENOENT: a misspelt
        // command would leave every page in place, and this would fail.
        assert!(release_freed());
    }
}
