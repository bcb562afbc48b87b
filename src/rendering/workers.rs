//! Runs independent documents on a fixed number of worker threads.
//!
//! Each worker takes the next document when it is done with one. Documents are not rayon tasks
//! on purpose: Typst parallelizes inside a document with rayon, and a rayon worker that waits
//! inside one document steals the next, so documents would pile up half-done on the stacks (more
//! memory, and a long tail where one thread finishes a run of documents alone). Typst's own
//! parallel work still runs in rayon's global pool.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};

/// One thread per core: the default number of documents rendered at once.
pub(crate) fn one_per_core() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// Calls `work` on every item with `jobs` threads, each taking the next item as it finishes
/// one, and returns the results in the items' order: one result per item, always. A panic in
/// `work` is resumed on the calling thread with its own message once every thread has stopped;
/// an item left without a result (which would shift every later result onto the wrong
/// document) is a panic too, never a shorter list.
pub(crate) fn map<I: Sync, T: Send>(jobs: usize, items: &[I], work: impl Fn(&I) -> T + Sync) -> Vec<T> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<T>>> = Mutex::new((0..items.len()).map(|_| None).collect());
    let worker = || {
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(i) else { break };
            let result = work(item);
            // A lock poisoned by another worker's panic still holds good results.
            results.lock().unwrap_or_else(PoisonError::into_inner)[i] = Some(result);
        }
    };
    let threads = jobs.clamp(1, items.len().max(1));
    std::thread::scope(|scope| {
        let spawned: Vec<_> = (1..threads).map(|_| scope.spawn(worker)).collect();
        // The calling thread is a worker too.
        let own = std::panic::catch_unwind(std::panic::AssertUnwindSafe(worker));
        for handle in spawned {
            if let Err(payload) = handle.join() {
                std::panic::resume_unwind(payload);
            }
        }
        if let Err(payload) = own {
            std::panic::resume_unwind(payload);
        }
    });
    let results = results.into_inner().unwrap_or_else(PoisonError::into_inner);
    let count = results.len();
    results
        .into_iter()
        .enumerate()
        .map(|(i, result)| result.unwrap_or_else(|| panic!("workers::map: item {} of {count} has no result", i + 1)))
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn keeps_the_items_order_with_any_number_of_threads() {
        let items: Vec<u64> = (0..50).collect();
        for jobs in [1, 2, 7, 100] {
            let doubled = super::map(jobs, &items, |n| {
                // Uneven work, so that threads finish out of order.
                std::thread::sleep(std::time::Duration::from_micros(50 * (n % 5)));
                n * 2
            });
            assert_eq!(doubled, items.iter().map(|n| n * 2).collect::<Vec<_>>(), "jobs {jobs}");
        }
    }

    #[test]
    fn a_document_that_panics_fails_the_map_with_its_own_message() {
        // Items run by spawned threads panic; the calling thread is kept slow so that the
        // spawned ones take some. The map must not hand back fewer results than items, and
        // the panic that surfaces is the document's own, not a generic one.
        let caller = std::thread::current().id();
        let items: Vec<u32> = (0..8).collect();
        let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            super::map(4, &items, |n| {
                if std::thread::current().id() == caller {
                    std::thread::sleep(std::time::Duration::from_millis(30));
                    return *n;
                }
                panic!("document {n} broke");
            })
        }));
        let payload = caught.expect_err("a map with a panicking document returned");
        let message = payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        assert!(message.starts_with("document ") && message.ends_with(" broke"), "{message:?}");
    }

    #[test]
    fn uses_several_threads() {
        let items: Vec<u32> = (0..8).collect();
        let ids = super::map(4, &items, |_| {
            std::thread::sleep(std::time::Duration::from_millis(20));
            std::thread::current().id()
        });
        let distinct: std::collections::BTreeSet<String> = ids.iter().map(|id| format!("{id:?}")).collect();
        assert!(distinct.len() > 1, "all items ran on one thread");
    }
}
