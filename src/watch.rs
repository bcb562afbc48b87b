//! `pocketcard watch`: for translators and editors. Watches `cards/`, `locales/`, `fonts/` and
//! the project files, and rebuilds only what a change affects: a locale's files rebuild that
//! language, a card's files rebuild that card, shared files rebuild everything.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use crate::args::{BuildArgs, WatchArgs};
use crate::build::{self, BuildPlan};
use crate::diag::Diagnostic;
use crate::session::Session;

/// How often the files are looked at.
const POLL: Duration = Duration::from_millis(250);

/// What a set of changed files asks to rebuild.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Affected {
    /// Everything (a shared layout, a font, contacts or the project file changed).
    pub all: bool,
    pub cards: BTreeSet<String>,
    pub langs: BTreeSet<String>,
}

/// Maps changed paths (relative to the project root) to what they affect.
pub fn affected(changed: &[PathBuf]) -> Affected {
    let mut out = Affected::default();
    for path in changed {
        let parts: Vec<String> = path.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
        match parts.as_slice() {
            [dir, lang, ..] if dir == "locales" && parts.len() >= 3 => {
                out.langs.insert(lang.clone());
            }
            [dir, file] if dir == "cards" => {
                let stem = Path::new(file).file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
                out.cards.insert(stem);
            }
            _ => out.all = true,
        }
    }
    out
}

/// Every watched file with its modification time.
fn snapshot(root: &Path) -> BTreeMap<PathBuf, SystemTime> {
    let mut files = BTreeMap::new();
    for name in ["pocketcard.toml", "contacts.toml"] {
        if let Ok(meta) = std::fs::metadata(root.join(name)) {
            files.insert(PathBuf::from(name), meta.modified().unwrap_or(SystemTime::UNIX_EPOCH));
        }
    }
    for dir in ["cards", "locales", "fonts"] {
        let mut stack = vec![root.join(dir)];
        while let Some(d) = stack.pop() {
            let Ok(entries) = std::fs::read_dir(&d) else {
                continue;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else if let Ok(meta) = entry.metadata()
                    && let Ok(relative) = path.strip_prefix(root)
                {
                    files.insert(relative.to_path_buf(), meta.modified().unwrap_or(SystemTime::UNIX_EPOCH));
                }
            }
        }
    }
    files
}

/// Watches until interrupted, rebuilding on every change. Each rebuild reports what it
/// rebuilt, how long it took, and its problems. Returns `false` at once, having reported why,
/// when the folder is not a project at all: there would be nothing to watch.
pub fn run(args: &WatchArgs, mut report: impl FnMut(&[Diagnostic])) -> bool {
    let given = &args.build.project.root;
    let is_project = given.canonicalize().is_ok_and(|root| root.join(crate::project::PROJECT_FILE).is_file());
    if !is_project {
        let (_, diagnostics) = crate::project::Project::load(given);
        report(&diagnostics);
        return false;
    }
    let root = given.canonicalize().unwrap_or_else(|_| given.clone());
    let mut last = snapshot(&root);
    eprintln!("watching cards/, locales/ and fonts/ in {} (Ctrl-C stops)", root.display());
    rebuild(&args.build, &Affected { all: true, ..Affected::default() }, &mut report);
    loop {
        std::thread::sleep(POLL);
        let now = snapshot(&root);
        if now == last {
            continue;
        }
        let mut changed: Vec<PathBuf> =
            now.iter().filter(|(p, t)| last.get(*p) != Some(*t)).map(|(p, _)| p.clone()).collect();
        changed.extend(last.keys().filter(|p| !now.contains_key(*p)).cloned());
        last = now;
        let what = affected(&changed);
        rebuild(&args.build, &what, &mut report);
        // Keep the memoization cache from growing without bound over a long session.
        comemo::evict(10);
    }
}

fn rebuild(args: &BuildArgs, what: &Affected, report: &mut impl FnMut(&[Diagnostic])) {
    let start = Instant::now();
    let (session, diagnostics) = Session::open(&args.project);
    let Some(session) = session.filter(|_| !diagnostics.iter().any(Diagnostic::is_error)) else {
        report(&diagnostics);
        eprintln!("not rebuilt: fix the errors above and save again");
        return;
    };
    let mut narrowed = args.clone();
    if !what.all {
        // A change to one card rebuilds it in the languages asked for; a change to one
        // language rebuilds the cards asked for in it.
        let known_cards: BTreeSet<&String> = session.project.cards.keys().collect();
        let known_langs: BTreeSet<String> = session.project.localizer.tags().map(String::from).collect();
        let keep = |given: &[String], changed: &BTreeSet<String>, known: &dyn Fn(&String) -> bool| -> Vec<String> {
            changed.iter().filter(|c| known(c) && (given.is_empty() || given.contains(c))).cloned().collect()
        };
        if !what.cards.is_empty() && what.langs.is_empty() {
            narrowed.selection.cards = keep(&args.selection.cards, &what.cards, &|c| known_cards.contains(c));
        } else if what.cards.is_empty() && !what.langs.is_empty() {
            narrowed.selection.langs = keep(&args.selection.langs, &what.langs, &|l| known_langs.contains(l));
        }
        if narrowed.selection.cards.is_empty()
            && narrowed.selection.langs.is_empty()
            && !(args.selection.cards.is_empty() && args.selection.langs.is_empty())
        {
            return;
        }
    }
    let plan = match BuildPlan::new(&narrowed, &session) {
        Ok(plan) => plan,
        Err(errors) => {
            report(&errors);
            return;
        }
    };
    let result = {
        let _budget = crate::budget::arm(args.budget.into(), plan.jobs);
        build::run(&plan, &session)
    };
    report(&result.diagnostics);
    let failed = result.diagnostics.iter().filter(|d| d.is_error()).count();
    eprintln!(
        "rebuilt {} card{} x {} locale{} ({} files) in {} ms{}",
        plan.cards.len(),
        if plan.cards.len() == 1 { "" } else { "s" },
        plan.langs.len(),
        if plan.langs.len() == 1 { "" } else { "s" },
        result.written.len(),
        start.elapsed().as_millis(),
        if failed == 0 { String::new() } else { format!(", {failed} errors") }
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
