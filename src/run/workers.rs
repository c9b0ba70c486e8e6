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
    /// alone when the run has at most one item of work.
    pub fn new(threads: usize, items: Option<usize>) -> io::Result<Workers> {
        if items.is_some_and(|items| items <= 1) {
            return Ok(Workers::Caller);
        }
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .map(Workers::Pool)
            .map_err(io::Error::other)
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
}
