//! The holder's own contacts (`--personal FILE`): private data for write-in lines.
//!
//! These values go into the page content of the cards that have write-in lines and nowhere
//! else. Diagnostics about the file name its keys, never its values.

use std::collections::BTreeMap;
use std::path::Path;

use crate::diag::{Diagnostic, display_path};
use crate::project::Project;
use crate::toml_file;

/// Reads a personal file: a TOML table of write-in id -> text. Every key must be a write-in
/// line of some card, so that a typo does not silently leave a line blank.
pub fn load(path: &Path, project: &Project) -> Result<BTreeMap<String, String>, Vec<Diagnostic>> {
    let values: BTreeMap<String, String> = toml_file::load(path).map_err(|d| vec![without_values(d)])?;
    let known: std::collections::BTreeSet<&str> =
        project.cards.values().flat_map(|c| c.write_in.iter().map(|w| w.id.as_str())).collect();
    let shown = display_path(path);
    let errors: Vec<Diagnostic> = values
        .keys()
        .filter(|key| !known.contains(key.as_str()))
        .map(|key| {
            Diagnostic::error(format!("{} has a line {key:?} that no card has", shown.display()))
                .in_file(&shown)
                .hint(format!("the write-in lines are: {}", known.iter().copied().collect::<Vec<_>>().join(", ")))
        })
        .collect();
    if errors.is_empty() { Ok(values) } else { Err(errors) }
}

/// Keeps a parse error's position and message but drops the snippet of the file, so that a
/// personal number never reaches a terminal log.
fn without_values(mut diag: Diagnostic) -> Diagnostic {
    if let Some(loc) = diag.location.take() {
        let (line, column) = loc.line_column();
        diag.file = Some(format!("{}:{line}:{column}", loc.path.display()).into());
    }
    diag.hint("the file holds lines such as: lawyer = \"Name, 416-555-0100\" (one per write-in line)")
}
