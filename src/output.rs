//! Writing outputs atomically: a file is either its old self or complete, never half-written.

use std::io::Write;
use std::path::Path;

use crate::diag::{Diagnostic, display_path};
use crate::toml_file::lowercase_io;

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename, so
/// that a failed or interrupted build leaves the previous output intact.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Diagnostic> {
    let shown = display_path(path);
    let fail = |what: &str, err: std::io::Error| {
        Diagnostic::error(format!("cannot {what} {}: {}", shown.display(), lowercase_io(&err)))
            .hint("check that the output folder is writable, or choose another with --out")
    };
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| fail("create the folder for", e))?;
    let mut temp = tempfile::Builder::new().prefix(".pocketcard-").tempfile_in(dir).map_err(|e| fail("write", e))?;
    temp.write_all(bytes).map_err(|e| fail("write", e))?;
    // Temporary files are private (0600); an output is an ordinary file others may read.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = if path.exists() {
            std::fs::metadata(path).map(|m| m.permissions().mode()).unwrap_or(0o644)
        } else {
            0o644
        };
        temp.as_file().set_permissions(std::fs::Permissions::from_mode(mode)).map_err(|e| fail("write", e))?;
    }
    temp.as_file().sync_all().map_err(|e| fail("write", e))?;
    temp.persist(path).map_err(|e| fail("replace", e.error))?;
    Ok(())
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
}
