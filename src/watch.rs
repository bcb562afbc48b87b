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
/// rebuilt, how long it took, and its problems.
pub fn run(args: &WatchArgs, mut report: impl FnMut(&[Diagnostic])) {
    let root = args.build.project.root.canonicalize().unwrap_or_else(|_| args.build.project.root.clone());
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

/// The documents of the selection (`cards` x `langs`, as resolved by the build plan) that a
/// change affects, or `None` when it affects none of them. A card's files affect that card in
/// every selected language; a locale's files every selected card in that language, except
/// the officer's language and English (every locale falls back to it), which affect every
/// selected language. The result is never wider than the selection.
pub fn narrowed(
    cards: &[String],
    langs: &[String],
    officer: &str,
    what: &Affected,
) -> Option<(Vec<String>, Vec<String>)> {
    let everywhere = what.all || what.langs.iter().any(|l| l == officer || l == crate::locale::FALLBACK);
    let hit_cards: Vec<String> = cards.iter().filter(|c| what.cards.contains(*c)).cloned().collect();
    let hit_langs: Vec<String> = langs.iter().filter(|l| what.langs.contains(*l)).cloned().collect();
    if everywhere || (!hit_cards.is_empty() && !hit_langs.is_empty()) {
        // A change to both a card and a language rebuilds the whole selection: a superset of
        // what it affects, but never outside what was asked for.
        return Some((cards.to_vec(), langs.to_vec()));
    }
    match (hit_cards.is_empty(), hit_langs.is_empty()) {
        (false, true) => Some((hit_cards, langs.to_vec())),
        (true, false) => Some((cards.to_vec(), hit_langs)),
        _ => None,
    }
}

fn rebuild(args: &BuildArgs, what: &Affected, report: &mut impl FnMut(&[Diagnostic])) {
    let start = Instant::now();
    let (session, diagnostics) = Session::open(&args.project, crate::pseudo::wanted(&args.selection.langs));
    let Some(session) = session.filter(|_| !diagnostics.iter().any(Diagnostic::is_error)) else {
        report(&diagnostics);
        eprintln!("not rebuilt: fix the errors above and save again");
        return;
    };
    // The plan of the whole selection, narrowed to what the change affects.
    let mut plan = match BuildPlan::new(args, &session) {
        Ok(plan) => plan,
        Err(errors) => {
            report(&errors);
            return;
        }
    };
    let Some((cards, langs)) = narrowed(&plan.cards, &plan.langs, &plan.officer_lang, what) else {
        eprintln!("nothing to rebuild: the change is outside the cards and locales being watched");
        return;
    };
    plan.cards = cards;
    plan.langs = langs;
    let result = build::run(&plan, &session);
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

    #[test]
    fn a_change_rebuilds_only_the_selected_documents_it_affects() {
        let strings = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let (cards, langs) = (strings(&["wallet-rights"]), strings(&["fr"]));
        let narrow = |paths: &[&str]| {
            let what = affected(&paths.iter().map(PathBuf::from).collect::<Vec<_>>());
            narrowed(&cards, &langs, "en", &what)
        };
        let selection = Some((cards.clone(), langs.clone()));
        // Outside the selection: another card, another language.
        assert_eq!(narrow(&["cards/prepare.toml"]), None);
        assert_eq!(narrow(&["locales/es/common.ftl"]), None);
        assert_eq!(narrow(&["cards/prepare.toml", "locales/es/common.ftl"]), None);
        // Inside it, or shared: the selection, never more.
        assert_eq!(narrow(&["cards/wallet-rights.typ"]), selection);
        assert_eq!(narrow(&["locales/fr/wallet-rights.ftl"]), selection);
        assert_eq!(narrow(&["cards/lib/card.typ"]), selection);
        // English is the officer's side and every locale's fallback.
        assert_eq!(narrow(&["locales/en/common.ftl"]), selection);
        // Several cards and languages selected: only the changed ones.
        let (cards, langs) = (strings(&["prepare", "wallet-rights"]), strings(&["en", "fr"]));
        let what = affected(&[PathBuf::from("locales/fr/common.ftl")]);
        assert_eq!(narrowed(&cards, &langs, "en", &what), Some((cards.clone(), strings(&["fr"]))));
        let what = affected(&[PathBuf::from("cards/prepare.typ")]);
        assert_eq!(narrowed(&cards, &langs, "en", &what), Some((strings(&["prepare"]), langs.clone())));
    }
}
