//! The holder's own contacts (`--personal FILE`): private data for write-in lines.
//!
//! These values go into the page content of the cards that have write-in lines and nowhere
//! else. Diagnostics about the file name its keys, never its values.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::card::{Card, HOLDER_LAWYER};
use crate::diag::{Diagnostic, display_path};
use crate::project::Project;
use crate::toml_file;

/// Reads a personal file: a TOML table of write-in id -> text, for a build of `cards` (ids of
/// loaded cards). Every key must be a write-in line of one of those cards, so that a typo does
/// not silently leave a line blank, and a line of a sheet kept at home (a trusted person, a
/// bondsperson) is not silently dropped from a build of carried cards only: such a key is
/// refused, naming where the line is. Diagnostics name keys, never values.
pub fn load(path: &Path, project: &Project, cards: &[String]) -> Result<BTreeMap<String, String>, Vec<Diagnostic>> {
    let values: BTreeMap<String, String> = toml_file::load(path).map_err(|d| vec![without_values(d)])?;
    let selected: Vec<&Card> = cards.iter().filter_map(|id| project.cards.get(id)).collect();
    let lines_of = |list: &[&Card]| -> BTreeSet<String> {
        list.iter().flat_map(|c| c.write_in.iter().map(|w| w.id.clone())).collect()
    };
    let known = lines_of(&selected);
    let all: Vec<&Card> = project.cards.values().collect();
    let anywhere = lines_of(&all);
    let shown = display_path(path);
    let names = |list: &[&Card]| list.iter().map(|c| c.id.as_str()).collect::<Vec<_>>().join(", ");
    let errors: Vec<Diagnostic> = values
        .keys()
        .filter(|key| !known.contains(key.as_str()))
        .map(|key| {
            let listed = if known.is_empty() {
                "none".to_string()
            } else {
                known.iter().map(String::as_str).collect::<Vec<_>>().join(", ")
            };
            if anywhere.contains(key.as_str()) {
                let holders: Vec<&Card> =
                    all.iter().copied().filter(|c| c.write_in.iter().any(|w| &w.id == key)).collect();
                Diagnostic::error(format!(
                    "{} has a line {key:?}, which none of the cards built has (they are: {})",
                    shown.display(),
                    names(&selected)
                ))
                .in_file(&shown)
                .hint(format!(
                    "{key:?} is a line of {}; build it with --card, or remove the line (the cards \
                     built have these write-in lines: {listed}; a carried card has only {:?})",
                    names(&holders),
                    HOLDER_LAWYER
                ))
            } else {
                Diagnostic::error(format!("{} has a line {key:?} that no card has", shown.display()))
                    .in_file(&shown)
                    .hint(format!(
                        "the write-in lines are: {}",
                        anywhere.iter().map(String::as_str).collect::<Vec<_>>().join(", ")
                    ))
            }
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
