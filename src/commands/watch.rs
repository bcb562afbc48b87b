//! `pocketcard watch`: for translators and editors. Watches `cards/`, `locales/`, `fonts/` and
//! the project files with the operating system's file events (the `notify` crate, as typst-cli
//! does), and rebuilds only what a change affects within the selection: a locale's files
//! rebuild that language, a card's files rebuild that card, shared files rebuild everything.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::commands::build::{self, BuildPlan, BuildRequest};
use crate::diag::{Diagnostic, Kind};
use crate::model::plan::{Affected, affected};
use crate::rendering::budget::Limits;
use crate::rendering::session::{ProjectPaths, Session};

/// The project files watched beside the folders: not the whole root, where builds write `out/`.
const PROJECT_FILES: [&str; 2] = ["pocketcard.toml", "contacts.toml"];

/// The folders watched, with everything in them.
const FOLDERS: [&str; 3] = ["cards", "locales", "fonts"];

/// How long to wait for more events after one: an editor's save is several (write, rename,
/// attributes) within a millisecond or two, and one rebuild should answer them all. Short, as
/// it is part of every answer; a save spread wider only costs a second rebuild, which finds
/// its documents up to date.
const SETTLE: Duration = Duration::from_millis(15);

/// What an event's path is to the watcher: a file of the project (relative to the root), or one
/// of the files outside it given on the command line (`--personal`, `--org`).
fn watched(root: &Path, extra: &[PathBuf], path: &Path) -> Option<PathBuf> {
    if extra.iter().any(|file| file == path) {
        // Not a project path: `affected` reads it as a change to everything selected.
        return Some(PathBuf::from(path.file_name()?));
    }
    let relative = path.strip_prefix(root).ok()?;
    let first = relative.components().next()?.as_os_str().to_str()?;
    let inside = FOLDERS.contains(&first) || (relative.components().count() == 1 && PROJECT_FILES.contains(&first));
    inside.then(|| relative.to_path_buf())
}

/// What a batch of file system events asks to rebuild, and whether a font changed, or `None`
/// when it touches no watched file (reads, such as a build opening the layouts, are not
/// changes).
fn changes(root: &Path, extra: &[PathBuf], events: Vec<notify::Result<notify::Event>>) -> Option<(Affected, bool)> {
    let mut paths = BTreeSet::new();
    for event in events {
        let Ok(event) = event else {
            // The watcher lost track (e.g. its queue overflowed): rebuild everything.
            return Some((Affected { all: true, ..Affected::default() }, true));
        };
        if event.need_rescan() {
            return Some((Affected { all: true, ..Affected::default() }, true));
        }
        if matches!(event.kind, notify::EventKind::Access(_)) {
            continue;
        }
        paths.extend(event.paths.iter().filter_map(|p| watched(root, extra, p)));
    }
    let fonts = paths.iter().any(|p| p.starts_with("fonts"));
    (!paths.is_empty()).then(|| (affected(&paths.into_iter().collect::<Vec<_>>()), fonts))
}

/// A project's watched files (`cards/`, `locales/`, `fonts/` and the project files) and the
/// changes to them, settled into one [`Affected`] per save: what `watch` rebuilds on and what
/// `serve` re-renders its preview on.
pub(crate) struct ProjectWatcher {
    root: PathBuf,
    /// Files outside the watched folders that a change to also rebuilds on, canonical.
    extra: Vec<PathBuf>,
    /// The folders watched for `extra`, each once.
    extra_dirs: BTreeSet<PathBuf>,
    events: std::sync::mpsc::Receiver<notify::Result<notify::Event>>,
    // Sends until dropped: kept for as long as changes are waited for.
    watcher: notify::RecommendedWatcher,
}

impl ProjectWatcher {
    /// Starts watching the project folder's own files and every source folder with all
    /// inside it. `root` must be canonical, as event paths are.
    pub(crate) fn start(root: &Path) -> Result<ProjectWatcher, Diagnostic> {
        ProjectWatcher::start_with(root, &[])
    }

    /// As [`ProjectWatcher::start`], also watching `files` (the `--personal` and `--org` files
    /// a build reads, wherever they are): each through its folder, since editors save by
    /// replacing the file.
    pub(crate) fn start_with(root: &Path, files: &[PathBuf]) -> Result<ProjectWatcher, Diagnostic> {
        use notify::Watcher as _;
        let cannot = |err: notify::Error| {
            Diagnostic::error(
                Kind::Io,
                format!("cannot watch the files of {}: {err}", crate::diag::display_path(root).display()),
            )
            .hint("on Linux, a low fs.inotify.max_user_watches can cause this; `pocketcard build` still works")
        };
        let (tx, events) = std::sync::mpsc::channel();
        let mut watcher = notify::recommended_watcher(tx).map_err(cannot)?;
        watcher.watch(root, notify::RecursiveMode::NonRecursive).map_err(cannot)?;
        for dir in FOLDERS.iter().map(|d| root.join(d)).filter(|d| d.is_dir()) {
            watcher.watch(&dir, notify::RecursiveMode::Recursive).map_err(cannot)?;
        }
        let mut watcher = ProjectWatcher {
            root: root.to_path_buf(),
            extra: Vec::new(),
            extra_dirs: BTreeSet::new(),
            events,
            watcher,
        };
        for file in files {
            watcher.follow(file)?;
        }
        Ok(watcher)
    }

    /// Also rebuilds on changes to `file`, outside the project or not (the logo an
    /// organization file names), watching its folder, since editors save by replacing the
    /// file. The folder need not hold the file yet; a folder that does not exist is skipped.
    pub(crate) fn follow(&mut self, file: &Path) -> Result<(), Diagnostic> {
        use notify::Watcher as _;
        let Some(dir) = file.parent().map(|d| if d.as_os_str().is_empty() { Path::new(".") } else { d }) else {
            return Ok(());
        };
        let (Ok(dir), Some(name)) = (dir.canonicalize(), file.file_name()) else {
            return Ok(());
        };
        let canonical = dir.join(name);
        if self.extra.contains(&canonical) {
            return Ok(());
        }
        if dir != self.root && !self.extra_dirs.contains(&dir) {
            self.watcher.watch(&dir, notify::RecursiveMode::NonRecursive).map_err(|err| {
                Diagnostic::error(
                    Kind::Io,
                    format!("cannot watch {}: {err}", crate::diag::display_path(&dir).display()),
                )
                .hint("on Linux, a low fs.inotify.max_user_watches can cause this; `pocketcard build` still works")
            })?;
            self.extra_dirs.insert(dir);
        }
        self.extra.push(canonical);
        Ok(())
    }

    /// Waits for the next change to a watched file: what it affects, and whether a font was
    /// among the files changed (then fonts loaded before are stale); `None` when the operating
    /// system's watcher has stopped. Events of one save are taken together; reads (a build
    /// opening the layouts) are not changes, and nothing is drained, so a save made while the
    /// caller was busy is not lost.
    pub(crate) fn next_change_and_fonts(&self) -> Option<(Affected, bool)> {
        loop {
            let first = self.events.recv().ok()?;
            let mut events = vec![first];
            while let Ok(event) = self.events.recv_timeout(SETTLE) {
                events.push(event);
            }
            if let Some(what) = changes(&self.root, &self.extra, events) {
                return Some(what);
            }
        }
    }
}

/// Watches until interrupted, rebuilding on every change. Each rebuild reports what it
/// rebuilt, how long it took, and its problems. Returns `false`, having reported why, when
/// the folder is not a project at all (there would be nothing to watch) or when its files
/// cannot be watched.
pub(crate) fn run(
    project: &ProjectPaths,
    request: &BuildRequest,
    limits: Limits,
    mut report: impl FnMut(&[Diagnostic]),
) -> bool {
    let given = &project.root;
    let is_project = given.canonicalize().is_ok_and(|root| root.join(crate::model::project::PROJECT_FILE).is_file());
    if !is_project {
        let (_, diagnostics) = crate::model::project::Project::load(given);
        report(&diagnostics);
        return false;
    }
    let root = given.canonicalize().unwrap_or_else(|_| given.clone());
    // A holder's or organization's file given on the command line is watched too.
    let files: Vec<PathBuf> = [&request.personal, &request.org].into_iter().flatten().cloned().collect();
    let mut watcher = match ProjectWatcher::start_with(&root, &files) {
        Ok(watcher) => watcher,
        Err(diag) => {
            report(&[diag]);
            return false;
        }
    };
    // The logo the organization file names is followed too, anew after each change, as the
    // file may name another.
    let follow_logo = |watcher: &mut ProjectWatcher, report: &mut dyn FnMut(&[Diagnostic])| {
        if let Some(logo) = request.org.as_deref().and_then(crate::model::org::logo_named)
            && let Err(diag) = watcher.follow(&logo)
        {
            report(&[diag]);
        }
    };
    follow_logo(&mut watcher, &mut report);
    eprintln!("watching cards/, locales/ and fonts/ in {} (Ctrl-C stops)", root.display());
    // The session stays warm between changes: fonts parsed once stay parsed, and Typst's
    // memoized work (the layouts' shared code, shaped text that did not change) is reused.
    let mut warm = None;
    let job = Job { project, request, limits };
    rebuild(&job, &Affected { all: true, ..Affected::default() }, &mut warm, &mut report);
    while let Some((what, fonts)) = watcher.next_change_and_fonts() {
        if fonts {
            warm = None;
        }
        follow_logo(&mut watcher, &mut report);
        rebuild(&job, &what, &mut warm, &mut report);
        // Keep the memoization cache from growing without bound over a long session.
        comemo::evict(10);
    }
    true
}

/// What every rebuild of one watch session is asked to do.
struct Job<'a> {
    project: &'a ProjectPaths,
    request: &'a BuildRequest,
    limits: Limits,
}

/// Rebuilds what `what` affects, reloading the project but keeping the fonts and library of
/// the `warm` session, which is then the session just used.
fn rebuild(job: &Job, what: &Affected, warm: &mut Option<Session>, report: &mut impl FnMut(&[Diagnostic])) {
    let start = Instant::now();
    let (session, diagnostics) =
        Session::reopen(job.project, crate::model::pseudo::wanted(&job.request.langs), warm.as_ref());
    let Some(session) = session.filter(|_| !diagnostics.iter().any(Diagnostic::is_error)) else {
        report(&diagnostics);
        eprintln!("not rebuilt: fix the errors above and save again");
        return;
    };
    let session = warm.insert(session);
    // The plan of the whole selection, narrowed to what the change affects.
    let mut plan = match BuildPlan::new(job.request, session) {
        Ok(plan) => plan,
        Err(errors) => {
            report(&errors);
            return;
        }
    };
    let Some(documents) = plan.documents.narrowed(what) else {
        eprintln!("nothing to rebuild: the change is outside the cards and locales being watched");
        return;
    };
    plan.documents = documents;
    let result = {
        let _budget = crate::rendering::budget::arm(job.limits, plan.jobs);
        build::run(&plan, session)
    };
    report(&result.diagnostics);
    let failed = result.diagnostics.iter().filter(|d| d.is_error()).count();
    eprintln!(
        "rebuilt {} card{} x {} locale{} ({} files; {} rendered, {} up to date) in {} ms{}",
        plan.documents.cards.len(),
        if plan.documents.cards.len() == 1 { "" } else { "s" },
        plan.documents.langs.len(),
        if plan.documents.langs.len() == 1 { "" } else { "s" },
        result.written.len(),
        result.rebuilt,
        result.up_to_date,
        start.elapsed().as_millis(),
        if failed == 0 { String::new() } else { format!(", {failed} error{}", if failed == 1 { "" } else { "s" }) }
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_changes_to_what_they_affect() {
        let a = affected(&[PathBuf::from("locales/fr/wallet-rights.ftl")]);
        assert_eq!(a.langs.into_iter().collect::<Vec<_>>(), ["fr"]);
        assert!(!a.all && a.cards.is_empty());
        let b = affected(&[PathBuf::from("cards/prepare.typ"), PathBuf::from("cards/prepare.toml")]);
        assert_eq!(b.cards.into_iter().collect::<Vec<_>>(), ["prepare"]);
        assert!(affected(&[PathBuf::from("cards/lib/card.typ")]).all);
        assert!(affected(&[PathBuf::from("fonts/NotoSans-Regular.ttf")]).all);
        assert!(affected(&[PathBuf::from("contacts.toml")]).all);
    }
}
