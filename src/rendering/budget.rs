//! Time and memory budgets for rendering: a layout is code, and one that loops or allocates
//! without end must stop with an error naming its card, not hang or take the machine's memory.
//!
//! Typst has no way to cancel a compilation, so the budget stops the process: a watchdog
//! thread checks how long each document has been rendering, and the global allocator refuses
//! to let the heap grow past the budget (the thread asking waits, and the watchdog ends the
//! process before the memory is ever taken). Before exiting it removes the temporary files of
//! documents in progress and waits for a document being committed to finish its renames, so
//! every output is either its old self or complete, and files of documents already written
//! stay. `watch` and `check` stop the same way.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use crate::diag::{Diagnostic, Kind};

/// How long and how much memory one document may take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub seconds: u64,
    pub memory_mb: u64,
}

/// Bytes of heap in use, as counted by [`Counting`].
static LIVE: AtomicUsize = AtomicUsize::new(0);
/// The heap may not grow past this many bytes while a budget is armed.
static CAP: AtomicUsize = AtomicUsize::new(usize::MAX);
/// Set when an allocation was refused; the watchdog then stops the process.
static OVER: AtomicBool = AtomicBool::new(false);

thread_local! {
    /// The watchdog's own allocations (its message) are never refused.
    static EXEMPT: Cell<bool> = const { Cell::new(false) };
}

/// The global allocator: the system's, counting the bytes in use so that a budget can refuse
/// growth past it.
pub(crate) struct Counting;

impl Counting {
    /// Whether `more` bytes may be allocated now; when not, the calling thread waits for the
    /// watchdog to end the process (it never returns).
    fn admit(more: usize) {
        let cap = CAP.load(Ordering::Relaxed);
        if cap == usize::MAX || EXEMPT.with(Cell::get) {
            return;
        }
        if LIVE.load(Ordering::Relaxed).saturating_add(more) > cap {
            OVER.store(true, Ordering::SeqCst);
            loop {
                std::thread::sleep(Duration::from_secs(1));
            }
        }
    }
}

// SAFETY: every call is passed on to the system allocator unchanged; the counter only
// observes sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        Self::admit(layout.size());
        // SAFETY: the caller's layout is passed on as it is.
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        }
        ptr
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        Self::admit(layout.size());
        // SAFETY: as above.
        let ptr = unsafe { System.alloc_zeroed(layout) };
        if !ptr.is_null() {
            LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by `System` with this layout.
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            Self::admit(new_size - layout.size());
        }
        // SAFETY: `ptr` was allocated by `System` with this layout.
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            LIVE.fetch_add(new_size, Ordering::Relaxed);
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        }
        new
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Documents rendering now, temporary files being written, and the time limit.
struct State {
    /// Seconds a document may take, while a budget is armed.
    seconds: Option<u64>,
    memory_mb: u64,
    /// The machine (or its address-space limit) allows less than `--max-memory-mb` asked.
    machine_bound: bool,
    next_id: u64,
    documents: Vec<(u64, String, Instant)>,
    temps: Vec<PathBuf>,
    committing: usize,
}

static STATE: Mutex<State> = Mutex::new(State {
    seconds: None,
    memory_mb: 0,
    machine_bound: false,
    next_id: 0,
    documents: Vec::new(),
    temps: Vec::new(),
    committing: 0,
});

fn state() -> std::sync::MutexGuard<'static, State> {
    STATE.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// A budget in force until dropped.
pub(crate) struct Armed {
    previous_cap: usize,
}

/// Arms `limits` for documents rendered `jobs` at a time: each may take `limits.seconds`, and
/// the heap may grow by `limits.memory_mb` for each document rendered at once.
pub(crate) fn arm(limits: Limits, jobs: usize) -> Armed {
    start_watchdog();
    let jobs = jobs.max(1);
    let asked = (limits.memory_mb as usize).saturating_mul(1 << 20).saturating_mul(jobs);
    // Never more than the process can be given: past an address-space limit (`ulimit -v`) or
    // the memory the machine has free, the allocation would fail (and abort) or swap before
    // the budget refused it.
    let allowance = match machine_room() {
        Some(room) => asked.min(room / 4 * 3),
        None => asked,
    };
    {
        let mut state = state();
        state.seconds = Some(limits.seconds);
        state.memory_mb = ((allowance / jobs) >> 20) as u64;
        state.machine_bound = allowance < asked;
    }
    let cap = LIVE.load(Ordering::Relaxed).saturating_add(allowance);
    Armed { previous_cap: CAP.swap(cap, Ordering::SeqCst) }
}

/// Bytes this process could still allocate: the smaller of what its address-space limit leaves
/// (`RLIMIT_AS` less the address space in use, a hard bound: past it an allocation fails) and
/// the machine's available memory (a soft one: counted as at least [`SOFT_FLOOR`], so that a
/// busy machine does not stop documents that only need their usual 100-300 MB); `None` when
/// neither is known.
fn machine_room() -> Option<usize> {
    let mut limit = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    // SAFETY: `getrlimit` writes one `rlimit` to the pointer given.
    let address_space = (unsafe { libc::getrlimit(libc::RLIMIT_AS, &mut limit) } == 0
        && limit.rlim_cur != libc::RLIM_INFINITY)
        .then(|| {
            // The first field of /proc/self/statm: the address space in use, in pages.
            let pages = std::fs::read_to_string("/proc/self/statm")
                .ok()
                .and_then(|s| s.split_whitespace().next().and_then(|n| n.parse::<usize>().ok()))
                .unwrap_or(0);
            // SAFETY: `sysconf` only reads a system constant.
            let page = usize::try_from(unsafe { libc::sysconf(libc::_SC_PAGESIZE) }).unwrap_or(4096);
            (limit.rlim_cur as usize).saturating_sub(pages.saturating_mul(page))
        });
    let available = std::fs::read_to_string("/proc/meminfo").ok().and_then(|info| {
        let line = info.lines().find(|l| l.starts_with("MemAvailable:"))?;
        let kib: usize = line.split_whitespace().nth(1)?.parse().ok()?;
        Some(kib.saturating_mul(1024))
    });
    let available = available.map(|bytes| bytes.max(SOFT_FLOOR));
    match (address_space, available) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// The least the machine's available memory is counted as (see [`machine_room`]): 2 GiB.
const SOFT_FLOOR: usize = 2 << 30;

impl Drop for Armed {
    fn drop(&mut self) {
        CAP.store(self.previous_cap, Ordering::SeqCst);
        if self.previous_cap == usize::MAX {
            state().seconds = None;
        }
    }
}

/// A document being rendered, timed until dropped.
pub(crate) struct Document(u64);

/// Starts timing the document `name` (e.g. `card wallet-rights (fr)`).
pub(crate) fn document(name: String) -> Document {
    let mut state = state();
    let id = state.next_id;
    state.next_id += 1;
    state.documents.push((id, name, Instant::now()));
    Document(id)
}

impl Drop for Document {
    fn drop(&mut self) {
        state().documents.retain(|(id, _, _)| *id != self.0);
    }
}

/// A temporary file being written, removed by the watchdog if it stops the process.
pub(crate) struct Temp(PathBuf);

/// Registers a temporary file until the guard is dropped.
pub(crate) fn temp(path: PathBuf) -> Temp {
    state().temps.push(path.clone());
    Temp(path)
}

impl Drop for Temp {
    fn drop(&mut self) {
        let mut state = state();
        if let Some(i) = state.temps.iter().position(|p| *p == self.0) {
            state.temps.swap_remove(i);
        }
    }
}

/// A document renaming its files into place: the watchdog waits for it before exiting.
pub(crate) struct Committing;

/// Marks the start of a commit, until the guard is dropped.
pub(crate) fn committing() -> Committing {
    state().committing += 1;
    Committing
}

impl Drop for Committing {
    fn drop(&mut self) {
        state().committing -= 1;
    }
}

/// Starts the watchdog thread once.
fn start_watchdog() {
    static STARTED: std::sync::Once = std::sync::Once::new();
    STARTED.call_once(|| {
        let spawned = std::thread::Builder::new().name("pocketcard-budget".into()).spawn(|| {
            EXEMPT.with(|e| e.set(true));
            loop {
                std::thread::sleep(Duration::from_millis(20));
                if OVER.load(Ordering::SeqCst) {
                    stop(None);
                }
                let late = STATE.try_lock().ok().and_then(|state| {
                    let seconds = state.seconds?;
                    state
                        .documents
                        .iter()
                        .find(|(_, _, start)| start.elapsed() > Duration::from_secs(seconds))
                        .map(|(_, name, _)| (name.clone(), seconds))
                });
                if let Some(late) = late {
                    stop(Some(late));
                }
            }
        });
        // Without a watchdog no budget can be enforced; the build goes on unbounded.
        if spawned.is_err() {
            CAP.store(usize::MAX, Ordering::SeqCst);
        }
    });
}

/// Ends the process with an error: `late` names the document over its time, `None` means
/// the memory budget was reached.
fn stop(late: Option<(String, u64)>) -> ! {
    // Let a document that is renaming its files into place finish (renames are quick).
    let deadline = Instant::now() + Duration::from_secs(2);
    let mut held = None;
    while Instant::now() < deadline {
        if let Ok(state) = STATE.try_lock()
            && state.committing == 0
        {
            held = Some(state);
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let machine_bound = held.as_ref().is_some_and(|s| s.machine_bound);
    let (documents, memory_mb) = match &held {
        Some(state) => {
            for temp in &state.temps {
                let _ = std::fs::remove_file(temp);
            }
            (state.documents.iter().map(|(_, name, _)| name.clone()).collect::<Vec<_>>(), state.memory_mb)
        }
        None => (Vec::new(), 0),
    };
    let in_progress = if documents.is_empty() { "the documents in progress".to_string() } else { documents.join(", ") };
    let diag = match late {
        Some((name, seconds)) => Diagnostic::error(Kind::Budget, format!(
            "{name} took longer than {seconds} s to render, so pocketcard stopped"
        ))
        .hint("a layout that loops without end is stopped after --max-seconds; if the card is only large, raise it (e.g. --max-seconds 600)"),
        None => Diagnostic::error(Kind::Budget, format!(
            "rendering {in_progress} needed more than {memory_mb} MiB of memory per document, so pocketcard stopped"
        ))
        .hint(if machine_bound {
            "that is all the memory this machine (or its `ulimit -v`) leaves each document; a layout that allocates without end is stopped there. If the card is only large, free memory or lower --jobs"
        } else {
            "a layout that allocates without end is stopped at --max-memory-mb; if the card is only large, raise it (e.g. --max-memory-mb 8192)"
        }),
    }
    .hint(format!(
        "files of documents finished before were written; nothing of {in_progress} was written, and their earlier outputs are as they were"
    ));
    let text = crate::diag::render(&[diag], false);
    write_stderr(text.as_bytes());
    // SAFETY: `_exit` ends the process at once, without running destructors or atexit
    // handlers, which could wait on the threads still rendering.
    unsafe { libc::_exit(1) }
}

/// Writes to standard error without Rust's lock on it, which a stopped thread may hold.
fn write_stderr(mut bytes: &[u8]) {
    while !bytes.is_empty() {
        // SAFETY: the buffer is valid for its length; fd 2 is standard error.
        let n = unsafe { libc::write(2, bytes.as_ptr().cast(), bytes.len()) };
        if n <= 0 {
            break;
        }
        bytes = &bytes[n as usize..];
    }
}
