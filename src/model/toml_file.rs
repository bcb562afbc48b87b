//! Reading TOML files into typed models, with errors that point at the offending text.

use std::path::Path;
use std::sync::Arc;

use serde::de::DeserializeOwned;

use crate::diag::{Diagnostic, Kind, Location, display_path};
use crate::model::input::{self, FileKind};

/// Reads a project file as UTF-8 text, or says why it cannot be read.
pub(crate) fn read_text(path: &Path) -> Result<Arc<str>, Diagnostic> {
    read_text_of(path, FileKind::Project)
}

/// Reads a file of the given kind (within its size limit) as UTF-8 text.
pub(crate) fn read_text_of(path: &Path, kind: FileKind) -> Result<Arc<str>, Diagnostic> {
    let shown = display_path(path);
    let bytes = input::read_file(path, kind)?;
    match String::from_utf8(bytes) {
        // A byte order mark, which some editors write, is not part of the text.
        Ok(text) => Ok(match text.strip_prefix('\u{FEFF}') {
            Some(rest) => rest.into(),
            None => text.into(),
        }),
        Err(err) => {
            let valid = err.utf8_error().valid_up_to();
            let lossy: Arc<str> = String::from_utf8_lossy(err.as_bytes()).into();
            // The lossy text has the same prefix, so the byte offset still points at the fault.
            Err(Diagnostic::error(Kind::Syntax, format!("{} is not valid UTF-8 text", shown.display()))
                .at(Location::new(&shown, lossy, valid..valid + 1))
                .hint("save the file as UTF-8 (most editors offer this under \"Save with encoding\")"))
        }
    }
}

/// Parses TOML text into `T`, pointing any error at its line and column.
pub(crate) fn parse<T: DeserializeOwned>(path: &Path, text: &Arc<str>) -> Result<T, Diagnostic> {
    let shown = display_path(path);
    toml::from_str(text).map_err(|err| {
        let message = err.message().trim().to_string();
        let message = lowercase_first(&message);
        let mut diag = Diagnostic::error(Kind::Syntax, format!("invalid {}: {message}", shown.display()));
        diag = match err.span() {
            Some(span) => diag.at(Location::new(&shown, text.clone(), span)),
            None => diag.in_file(&shown),
        };
        let key = err.span().and_then(|span| key_at(text, span.start));
        if let Some(values) = key.as_deref().and_then(allowed_values) {
            diag = diag.hint(format!("`{}` is one of: {values}", key.unwrap_or_default()));
        }
        if message.contains("unknown field") {
            diag = diag.hint("check the key's spelling; the fields this file accepts are listed above");
        } else if message.contains("missing field") {
            diag = diag.hint("add the field named above");
        } else {
            diag = diag.hint("see README.md for the format of this file");
        }
        diag
    })
}

/// The key on the line where byte `offset` lies (`size = 5` -> `size`).
fn key_at(text: &str, offset: usize) -> Option<String> {
    let start = text.get(..offset)?.rfind('\n').map_or(0, |i| i + 1);
    let line = text[start..].lines().next()?;
    let (key, _) = line.split_once('=')?;
    Some(key.trim().to_string())
}

/// The values a key of pocketcard's files takes, when it takes one of a few names.
fn allowed_values(key: &str) -> Option<&'static str> {
    Some(match key {
        "size" => "\"cr80\", \"fold-cr80\", \"paper\"",
        "audience" => "\"worker\", \"provider\"",
        "side" => "\"holder\", \"officer\"",
        "link" => "\"tel\", \"web\"",
        "dir" => "\"ltr\", \"rtl\"",
        "paper" => "\"letter\", \"a4\"",
        "status" => "\"source\", \"draft\", \"reviewed\"",
        "contacts" => "\"join\", \"replace\"",
        _ => return None,
    })
}

/// Reads and parses a TOML file in one step.
pub(crate) fn load<T: DeserializeOwned>(path: &Path) -> Result<T, Diagnostic> {
    let text = read_text(path)?;
    parse(path, &text)
}

/// `io::Error`'s text, lowercased the way our messages are.
pub(crate) fn lowercase_io(err: &std::io::Error) -> String {
    let text = err.to_string();
    let text = text.split(" (os error").next().unwrap_or(&text).to_string();
    lowercase_first(&text)
}

/// Lowercases the first letter of a message, as our errors are written.
pub(crate) fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}
