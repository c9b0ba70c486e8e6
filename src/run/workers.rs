//! Where a run's work happens: a pool of threads, or, for a run of one
//! Note, the calling thread. Starting the pool's threads costs a Note's
//! worth of time on a 2-core machine, and a single Note has nothing to
//! share between them.

use std::io;

use rayon::prelude::*;

pub enum Workers {
    Pool(rayon::ThreadPool),
    Caller,
}

impl Workers {
    /// A pool of `threads` threads (0: one per core); the calling thread
    /// alone when the run has at most one item of work. A thread the system
    /// will not start means a smaller pool, down to the calling thread, not
    /// a failed run.
    pub fn new(threads: usize, items: Option<usize>) -> io::Result<Workers> {
        Ok(Self::within(threads, items, usize::MAX))
    }

    /// As [`Workers::new`], where the system starts at most `startable`
    /// threads (a test stands in for a process out of threads).
    fn within(threads: usize, items: Option<usize>, startable: usize) -> Workers {
        if items.is_some_and(|items| items <= 1) {
            return Workers::Caller;
        }
        let mut threads = match threads {
            0 => std::thread::available_parallelism().map_or(1, usize::from),
            n => n,
        };
        while threads > 1 {
            if let Ok(pool) = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .spawn_handler(|thread| spawn(thread, startable))
                .build()
            {
                return Workers::Pool(pool);
            }
            threads /= 2;
        }
        Workers::Caller
    }

    /// The pool, unless the work runs on the calling thread.
    pub fn pool(&self) -> Option<&rayon::ThreadPool> {
        match self {
            Workers::Pool(pool) => Some(pool),
            Workers::Caller => None,
        }
    }

    /// `work` applied to each item, results in the items' order.
    pub fn map<T: Send, R: Send>(
        &self,
        items: Vec<T>,
        work: impl Fn(T) -> R + Sync + Send,
    ) -> Vec<R> {
        match self {
            Workers::Pool(pool) => pool.install(|| items.into_par_iter().map(work).collect()),
            Workers::Caller => items.into_iter().map(work).collect(),
        }
    }
}

/// Starts one pool thread, as rayon does by default.
fn spawn(thread: rayon::ThreadBuilder, startable: usize) -> io::Result<()> {
    if thread.index() >= startable {
        return Err(io::Error::from(io::ErrorKind::WouldBlock));
    }
    let mut builder = std::thread::Builder::new();
    if let Some(name) = thread.name() {
        builder = builder.name(name.to_string());
    }
    if let Some(size) = thread.stack_size() {
        builder = builder.stack_size(size);
    }
    builder.spawn(|| thread.run())?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_item_runs_on_the_calling_thread_and_more_on_the_pool() {
        let caller = std::thread::current().id();
        let single = Workers::new(2, Some(1)).expect("workers");
        assert!(matches!(single, Workers::Caller));
        assert_eq!(
            single.map(vec![7], |_| std::thread::current().id()),
            [caller]
        );

        let pool = Workers::new(2, Some(3)).expect("workers");
        let threads = pool.map(vec![1, 2, 3], |_| std::thread::current().id());
        assert!(threads.iter().all(|id| *id != caller));
        assert_eq!(pool.map(vec![3, 1, 2], |n| n * 10), [30, 10, 20]);
    }

    #[test]
    fn threads_that_cannot_start_mean_a_smaller_pool() {
        // 8 asked, 3 can start: 8 and 4 fail, a pool of 2 runs the work.
        let pool = Workers::within(8, Some(10), 3);
        let Workers::Pool(inner) = &pool else {
            panic!("expected a pool");
        };
        assert_eq!(inner.current_num_threads(), 2);
        assert_eq!(pool.map(vec![1, 2, 3], |n| n + 1), [2, 3, 4]);
        // None can start: the calling thread does the work.
        let caller = Workers::within(4, Some(10), 0);
        assert!(matches!(caller, Workers::Caller));
        assert_eq!(caller.map(vec![5], |n| n * 2), [10]);
    }
}
