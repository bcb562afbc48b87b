//! The holder's own contacts (`--personal FILE`): private data for write-in lines.
//!
//! These values go into the page content of the cards that have write-in lines and nowhere
//! else. Diagnostics about the file name its keys, never its values.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::diag::{Diagnostic, Kind, Location, display_path};
use crate::model::card::{Card, HOLDER_LAWYER};
use crate::model::input::FileKind;
use crate::model::project::Project;
use crate::model::toml_file;

/// Reads a personal file: a TOML table of write-in id -> text, for a build of `cards` (ids of
/// loaded cards). Every key must be a write-in line of one of those cards, so that a typo does
/// not silently leave a line blank, and a line of a sheet kept at home (a trusted person, a
/// bondsperson) is not silently dropped from a build of carried cards only: such a key is
/// refused, naming where the line is. Diagnostics name keys and positions, never values.
pub(crate) fn load(
    path: &Path,
    project: &Project,
    cards: &[String],
) -> Result<BTreeMap<String, String>, Vec<Diagnostic>> {
    let text = toml_file::read_text_of(path, FileKind::Personal).map_err(|d| vec![without_values(d)])?;
    from_text(path, text, project, cards)
}

/// Checks a personal file's `text` as [`load`] does, `path` naming it in diagnostics. `serve`
/// passes the fields of the page this way, in memory: they are never written to a file.
pub(crate) fn from_text(
    path: &Path,
    text: std::sync::Arc<str>,
    project: &Project,
    cards: &[String],
) -> Result<BTreeMap<String, String>, Vec<Diagnostic>> {
    // Read as any TOML value first: a typed read would quote a number it did not expect
    // (`invalid type: integer 4165550199`), and that number is the holder's lawyer's.
    let table: BTreeMap<String, toml::Spanned<toml::Value>> =
        toml_file::parse(path, &text).map_err(|d| vec![without_values(d)])?;
    let selected: Vec<&Card> = cards.iter().filter_map(|id| project.cards.get(id)).collect();
    let lines_of = |list: &[&Card]| -> BTreeSet<String> {
        list.iter().flat_map(|c| c.write_in.iter().map(|w| w.id.clone())).collect()
    };
    let known = lines_of(&selected);
    let all: Vec<&Card> = project.cards.values().collect();
    let anywhere = lines_of(&all);
    let shown = display_path(path);
    let names = |list: &[&Card]| list.iter().map(|c| c.id.as_str()).collect::<Vec<_>>().join(", ");
    let mut errors = Vec::new();
    let mut values = BTreeMap::new();
    for (key, value) in table {
        if !known.contains(key.as_str()) {
            let listed = if known.is_empty() {
                "none".to_string()
            } else {
                known.iter().map(String::as_str).collect::<Vec<_>>().join(", ")
            };
            errors.push(if anywhere.contains(key.as_str()) {
                let holders: Vec<&Card> =
                    all.iter().copied().filter(|c| c.write_in.iter().any(|w| w.id == key)).collect();
                Diagnostic::error(
                    Kind::Unknown,
                    format!(
                        "{} has a line {key:?}, which none of the cards built has (they are: {})",
                        shown.display(),
                        names(&selected)
                    ),
                )
                .in_file(&shown)
                .hint(format!(
                    "{key:?} is a line of {}; build it with --card, or remove the line (the cards \
                     built have these write-in lines: {listed}; a carried card has only {:?})",
                    names(&holders),
                    HOLDER_LAWYER
                ))
            } else {
                Diagnostic::error(Kind::Unknown, format!("{} has a line {key:?} that no card has", shown.display()))
                    .in_file(&shown)
                    .hint(format!(
                        "the write-in lines are: {}",
                        anywhere.iter().map(String::as_str).collect::<Vec<_>>().join(", ")
                    ))
            });
            continue;
        }
        let span = value.span();
        match value.into_inner() {
            toml::Value::String(text) => {
                values.insert(key, text);
            }
            _ => {
                let (line, column) = Location::new(&shown, text.clone(), span.clone()).line_column();
                errors.push(
                    Diagnostic::error(
                        Kind::Syntax,
                        format!("the line {key:?} of {} must be text in double quotes", shown.display()),
                    )
                    .in_file(format!("{}:{line}:{column}", shown.display()))
                    .hint(format!("write it as {key} = \"Name, 416-555-0100\"")),
                );
            }
        }
    }
    if errors.is_empty() { Ok(values) } else { Err(errors) }
}

/// Keeps a parse error's position and message but drops the snippet of the file, so that a
/// personal number never reaches a terminal log.
fn without_values(mut diag: Diagnostic) -> Diagnostic {
    if let Some(loc) = diag.location.take() {
        let (line, column) = loc.line_column();
        diag.file = Some(format!("{}:{line}:{column}", loc.path.display()).into());
    }
    // A parser's message may quote what it read (`found `4165550199``): keep its words only.
    diag.message = without_quoted(&diag.message);
    diag.hint("the file holds lines such as: lawyer = \"Name, 416-555-0100\" (one per write-in line)")
}

/// `text` with every `quoted` part longer than a token (`=`, `"`) replaced by an ellipsis.
fn without_quoted(text: &str) -> String {
    let parts: Vec<&str> = text.split('`').collect();
    parts
        .iter()
        .enumerate()
        .map(|(i, part)| if i % 2 == 1 && i + 1 < parts.len() && part.chars().count() > 2 { "…" } else { part })
        .collect::<Vec<_>>()
        .join("`")
}

#[cfg(test)]
mod tests {
    #[test]
    fn quoted_values_are_dropped_from_messages() {
        assert_eq!(
            super::without_quoted("invalid type: integer `4165550199`, expected a string"),
            "invalid type: integer `…`, expected a string"
        );
        assert_eq!(super::without_quoted("key with no value, expected `=`"), "key with no value, expected `=`");
    }
}
