//! Writing outputs atomically: a file is either its old self or complete, never half-written,
//! and the files of one document are replaced all together or not at all.
//!
//! Temporary files (`.pocketcard-*`, beside their outputs) are readable by their owner only
//! and locked while in use, so that a later build can tell the ones a killed build left behind
//! (which may hold a holder's personal data) from the ones another build is writing now.

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::diag::{Diagnostic, Kind, display_path};
use crate::model::toml_file::lowercase_io;

/// A file renamed into place: its target, the backup of the file it replaced (with the
/// backup's lock), and the mode to give it.
type Replaced<'a> = (&'a Path, Option<(PathBuf, File)>, u32);

/// The name every temporary file starts with.
pub(crate) const TEMP_PREFIX: &str = ".pocketcard-";

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename, so
/// that a failed or interrupted build leaves the previous output intact.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Diagnostic> {
    write_all(&[(path.to_path_buf(), bytes)])
}

/// Writes every file of one document, or none: each goes to a temporary file first, then all
/// are renamed into place; when a rename fails, the files already replaced are put back.
pub(crate) fn write_all(files: &[(PathBuf, &[u8])]) -> Result<(), Diagnostic> {
    let fail = |path: &Path, what: &str, err: std::io::Error| {
        Diagnostic::error(Kind::Io, format!("cannot {what} {}: {}", display_path(path).display(), lowercase_io(&err)))
            .hint("check that the output folder is writable and has space, or choose another with --out")
    };
    // Phase 1: every file complete in a temporary beside its target.
    let mut staged = Vec::new();
    for (path, bytes) in files {
        let dir = path.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir).map_err(|e| fail(path, "create the folder for", e))?;
        let mut temp = tempfile::Builder::new()
            .prefix(TEMP_PREFIX)
            .permissions(private())
            .tempfile_in(dir)
            .map_err(|e| fail(path, "write", e))?;
        let guard = crate::rendering::budget::temp(temp.path().to_path_buf());
        let _ = temp.as_file().lock();
        temp.write_all(bytes).map_err(|e| fail(path, "write", e))?;
        temp.as_file().sync_all().map_err(|e| fail(path, "write", e))?;
        staged.push((path.as_path(), temp, guard));
    }
    // Phase 2: the renames, which a budget stop waits for.
    let _committing = crate::rendering::budget::committing();
    let mut done: Vec<Replaced> = Vec::new();
    for (path, temp, _guard) in staged {
        let backup = match backup(path) {
            Ok(backup) => backup,
            Err(err) => {
                roll_back(done);
                return Err(fail(path, "replace", err));
            }
        };
        let mode = backup.as_ref().and_then(|(_, f)| f.metadata().ok()).map_or(0o644, |m| mode_of(&m));
        match temp.persist(path) {
            Ok(_) => done.push((path, backup, mode)),
            Err(err) => {
                if let Some((backup_path, _)) = backup {
                    let _ = std::fs::remove_file(backup_path);
                }
                roll_back(done);
                return Err(fail(path, "replace", err.error));
            }
        }
    }
    for (path, backup, mode) in done {
        // An output is an ordinary file others may read, as the one it replaced was.
        set_mode(path, mode);
        if let Some((backup_path, _)) = backup {
            let _ = std::fs::remove_file(backup_path);
        }
    }
    Ok(())
}

/// Puts back the files replaced so far: the old file where there was one, nothing otherwise.
fn roll_back(done: Vec<Replaced>) {
    for (path, backup, _) in done.into_iter().rev() {
        match backup {
            Some((backup_path, _lock)) => {
                let _ = std::fs::rename(backup_path, path);
            }
            None => {
                let _ = std::fs::remove_file(path);
            }
        }
    }
}

/// A second name for the file at `path`, if there is one, locked like a temporary file: it
/// keeps the old output until the new one is in place.
fn backup(path: &Path) -> std::io::Result<Option<(PathBuf, File)>> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    if !path.is_file() {
        return Ok(None);
    }
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = format!("{TEMP_PREFIX}old-{}-{}", std::process::id(), COUNTER.fetch_add(1, Ordering::Relaxed));
    let backup = dir.join(name);
    // A second name costs nothing; a file system without hard links gets a copy.
    if std::fs::hard_link(path, &backup).is_err() {
        std::fs::copy(path, &backup)?;
    }
    let file = File::open(&backup)?;
    let _ = file.lock();
    Ok(Some((backup, file)))
}

/// Removes the temporary files that builds killed before they finished left in `dir`: those no
/// running build holds a lock on. Returns how many were removed.
pub(crate) fn remove_leftovers(dir: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        if !entry.file_name().to_string_lossy().starts_with(TEMP_PREFIX)
            || !entry.file_type().is_ok_and(|t| t.is_file())
        {
            continue;
        }
        let path = entry.path();
        let Ok(file) = File::open(&path) else {
            continue;
        };
        if file.try_lock().is_ok() && std::fs::remove_file(&path).is_ok() {
            removed += 1;
        }
    }
    removed
}

/// Removes leftover temporary files ([`remove_leftovers`]) from an output folder and every
/// folder in it (one per language), whichever languages this build makes: a killed build's
/// file may hold a holder's number, and must not wait for its language to be built again.
pub(crate) fn remove_leftovers_below(out: &Path) -> usize {
    let mut removed = remove_leftovers(out);
    if let Ok(entries) = std::fs::read_dir(out) {
        for entry in entries.flatten() {
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                removed += remove_leftovers(&entry.path());
            }
        }
    }
    removed
}

fn private() -> std::fs::Permissions {
    use std::os::unix::fs::PermissionsExt;
    std::fs::Permissions::from_mode(0o600)
}

fn mode_of(meta: &std::fs::Metadata) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    meta.permissions().mode()
}

fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_whole_files_and_leaves_no_temporaries() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a/b.pdf");
        write_atomic(&path, b"first").unwrap();
        write_atomic(&path, b"second").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
        let names: Vec<_> = std::fs::read_dir(dir.path().join("a")).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names, vec![std::ffi::OsString::from("b.pdf")]);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o644, "outputs are readable like any file, not private temporaries");
        }
    }

    #[test]
    fn a_document_is_replaced_whole_or_not_at_all() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b, c) = (dir.path().join("a.pdf"), dir.path().join("b.png"), dir.path().join("c.png"));
        std::fs::write(&a, "old a").unwrap();
        std::fs::write(&b, "old b").unwrap();
        // A folder where the last file goes: its rename fails after the others succeeded.
        std::fs::create_dir(&c).unwrap();
        std::fs::write(c.join("x"), "").unwrap();
        let result = write_all(&[(a.clone(), b"new a"), (b.clone(), b"new b"), (c.clone(), b"new c")]);
        assert!(result.is_err());
        assert_eq!(std::fs::read_to_string(&a).unwrap(), "old a");
        assert_eq!(std::fs::read_to_string(&b).unwrap(), "old b");
        let left: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with(TEMP_PREFIX))
            .collect();
        assert!(left.is_empty(), "temporaries left: {left:?}");
    }

    #[test]
    fn leftovers_are_removed_but_not_files_in_use() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(".pocketcard-dead"), "private").unwrap();
        let busy = dir.path().join(".pocketcard-busy");
        std::fs::write(&busy, "being written").unwrap();
        let held = File::open(&busy).unwrap();
        held.lock().unwrap();
        std::fs::write(dir.path().join("card.pdf"), "%PDF").unwrap();
        assert_eq!(remove_leftovers(dir.path()), 1);
        assert!(busy.exists() && dir.path().join("card.pdf").exists());
        assert!(!dir.path().join(".pocketcard-dead").exists());
    }

    #[test]
    fn temporaries_are_private() {
        let dir = tempfile::tempdir().unwrap();
        let temp = tempfile::Builder::new().prefix(TEMP_PREFIX).permissions(private()).tempfile_in(dir.path()).unwrap();
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(temp.as_file().metadata().unwrap().permissions().mode() & 0o777, 0o600);
    }
}
