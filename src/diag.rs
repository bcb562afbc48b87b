//! Diagnostics: every problem pocketcard reports, with file, line, column, snippet and hint.

use std::fmt::Write as _;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label};
use codespan_reporting::files::{Error as FilesError, Files};
use codespan_reporting::term::termcolor::{Buffer, ColorChoice, StandardStream};
use codespan_reporting::term::{self, Config};
use serde::Serialize;

/// How bad a problem is: errors stop a build, warnings are reported and the build goes on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// What a diagnostic is about, so that code and tools tell problems apart without reading
/// the English text of the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A file or folder that could not be read, written or watched, or a port not listened on.
    Io,
    /// A file or folder the project needs is not there (`pocketcard.toml`, `cards/`,
    /// `locales/en/`).
    NotFound,
    /// A file's text that cannot be read as what it should be: TOML, Fluent, UTF-8, a review
    /// packet's CSV.
    Syntax,
    /// A value that is malformed or out of range: a phone number, a web address, a date, a
    /// language tag, a setting, a character a card cannot print.
    Invalid,
    /// A file larger than pocketcard reads for its kind, or an image with too many pixels.
    TooLarge,
    /// A name that refers to nothing: a card, locale, layout, message, contact or line that
    /// does not exist.
    Unknown,
    /// A message defined twice in one locale.
    Duplicate,
    /// A carried card (a worker's, wallet-sized) with a write-in line: what is written on it
    /// would be carried too.
    CarriedWriteIn,
    /// An English message without the comment naming the part of the source it comes from.
    NoSource,
    /// A translation whose parts or variables differ from the English.
    Mismatch,
    /// A message Fluent cannot format as written (a variable it is not given).
    Format,
    /// A translation that is the same text as the English.
    Untranslated,
    /// Something that English or pocketcard no longer uses: a message, a setting.
    Obsolete,
    /// Options that cannot be used as given together, or a command asked to do what it cannot.
    Usage,
    /// A review sign-off refused: the text reviewed is not the text on the cards now.
    SignOff,
    /// A card holding personal values: only its PDF is written.
    PdfOnly,
    /// The checks found errors, so a build wrote nothing.
    NothingWritten,
    /// A PDF that Typst's export refused (PDF/UA-1 rules).
    Export,
    /// A failure inside pocketcard or its libraries, not caused by the project's files.
    Internal,
    /// A worker card would print a sensitive term (see `discretion`).
    SensitiveTerm,
    /// A locale has no list of sensitive terms, so its worker cards cannot be checked.
    NoSensitiveList,
    /// Right-to-left text whose visual order would reorder a code, number or Latin run.
    BidiOrder,
    /// A locale lacks a message its cards print: the English text is used.
    MissingMessage,
    /// A translation whose English has changed since it was translated.
    Stale,
    /// A translation with no record of the English it was translated from.
    Untracked,
    /// A locale names a font family that is in no font folder: nothing in it can be rendered.
    MissingFont,
    /// Text does not fit its box at the smallest legible size, or a personal value its line.
    Overflow,
    /// A character that no font of the locale can draw.
    MissingGlyph,
    /// A contact last verified longer ago than allowed.
    StaleContact,
    /// A number or web address typed into a message instead of coming from `contacts.toml`.
    TypedContact,
    /// A layout that took longer, or more memory, than its budget.
    Budget,
    /// A layout (Typst) error.
    Layout,
}

/// A place in a text file: the file, its whole text and the byte range at fault.
#[derive(Debug, Clone)]
pub struct Location {
    /// The file as shown to the user (relative to the project root where possible).
    pub path: PathBuf,
    /// The file's text, to show the offending line and compute line and column.
    pub text: Arc<str>,
    /// The offending bytes.
    pub range: Range<usize>,
}

impl Location {
    /// A location in `text`, clamped so that it always lies on character boundaries.
    pub(crate) fn new(path: impl Into<PathBuf>, text: Arc<str>, range: Range<usize>) -> Self {
        let floor = |mut i: usize| {
            i = i.min(text.len());
            while !text.is_char_boundary(i) {
                i -= 1;
            }
            i
        };
        let start = floor(range.start);
        let end = floor(range.end.max(range.start)).max(start);
        Self { path: path.into(), text, range: start..end }
    }

    /// One-based line and column of the start of the range.
    pub(crate) fn line_column(&self) -> (usize, usize) {
        let starts = line_starts(&self.text);
        let line = starts.partition_point(|&s| s <= self.range.start).max(1);
        let line_start = starts[line - 1];
        let column = self.text[line_start..self.range.start].chars().count() + 1;
        (line, column)
    }

    /// The offending text, shortened to one line.
    pub(crate) fn snippet(&self) -> String {
        let text = &self.text[self.range.clone()];
        let line = text.lines().next().unwrap_or("");
        let mut out: String = line.chars().take(80).collect();
        if out.len() < text.len() {
            out.push('…');
        }
        out
    }
}

/// Where each line of a text starts. Thousands of diagnostics can point into one large file
/// (50,000 obsolete messages): counting its lines again for each would take quadratic time, so
/// the line starts of the texts seen last are kept, keyed by the text's address. The cache
/// holds the text itself, so that the address cannot be reused by another text meanwhile.
fn line_starts(text: &Arc<str>) -> Arc<Vec<usize>> {
    type Cache = Vec<(Arc<str>, Arc<Vec<usize>>)>;
    static CACHE: std::sync::Mutex<Cache> = std::sync::Mutex::new(Vec::new());
    // Small texts are quicker to scan than to look up.
    if text.len() < 4096 {
        return Arc::new(compute_line_starts(text));
    }
    let mut cache = CACHE.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some((_, starts)) = cache.iter().find(|(t, _)| Arc::ptr_eq(t, text)) {
        return starts.clone();
    }
    let starts = Arc::new(compute_line_starts(text));
    if cache.len() >= 16 {
        cache.remove(0);
    }
    cache.push((text.clone(), starts.clone()));
    starts
}

fn compute_line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect()
}

/// One file for codespan, with its line starts from the cache above.
struct OneFile {
    name: String,
    text: Arc<str>,
    starts: Arc<Vec<usize>>,
}

impl<'a> Files<'a> for OneFile {
    type FileId = ();
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, (): ()) -> Result<&'a str, FilesError> {
        Ok(&self.name)
    }

    fn source(&'a self, (): ()) -> Result<&'a str, FilesError> {
        Ok(&self.text)
    }

    fn line_index(&'a self, (): (), byte_index: usize) -> Result<usize, FilesError> {
        Ok(self.starts.partition_point(|&s| s <= byte_index).saturating_sub(1))
    }

    fn line_range(&'a self, (): (), line_index: usize) -> Result<Range<usize>, FilesError> {
        let start = *self
            .starts
            .get(line_index)
            .ok_or(FilesError::LineTooLarge { given: line_index, max: self.starts.len() - 1 })?;
        let end = self.starts.get(line_index + 1).copied().unwrap_or(self.text.len());
        Ok(start..end)
    }
}

/// One problem found by pocketcard.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub severity: Severity,
    /// What the problem is about.
    pub kind: Kind,
    /// What is wrong, lowercase, naming what was searched.
    pub message: String,
    /// Where it is wrong, when it is in a file (boxed: diagnostics travel in `Result`s).
    pub location: Option<Box<Location>>,
    /// A file that concerns the problem without a precise place in it.
    pub file: Option<PathBuf>,
    /// How to fix it.
    pub hints: Vec<String>,
    /// The locale it concerns (a tag such as `th`), when it concerns one.
    pub locale: Option<String>,
}

impl Diagnostic {
    /// An error of `kind`, with no location yet.
    pub(crate) fn error(kind: Kind, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            kind,
            message: message.into(),
            location: None,
            file: None,
            hints: vec![],
            locale: None,
        }
    }

    /// A warning of `kind`, with no location yet.
    pub(crate) fn warning(kind: Kind, message: impl Into<String>) -> Self {
        Self { severity: Severity::Warning, ..Self::error(kind, message) }
    }

    /// Points the diagnostic at a range of a file's text.
    pub(crate) fn at(mut self, location: Location) -> Self {
        self.location = Some(Box::new(location));
        self
    }

    /// Names the file the diagnostic concerns, without a place in it.
    pub(crate) fn in_file(mut self, path: impl Into<PathBuf>) -> Self {
        self.file = Some(path.into());
        self
    }

    /// Says which locale the problem concerns.
    pub(crate) fn in_locale(mut self, tag: impl Into<String>) -> Self {
        self.locale = Some(tag.into());
        self
    }

    /// Says which locale the problem concerns, unless it already names one: for the callers
    /// that know the locale of everything they found (a document's, a locale check's).
    pub(crate) fn or_locale(mut self, tag: &str) -> Self {
        if self.locale.is_none() {
            self.locale = Some(tag.to_string());
        }
        self
    }

    /// Adds a hint on how to fix the problem.
    pub(crate) fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }

    /// Whether this stops a build.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `file:line:column` (or just the file) where the problem is.
    pub(crate) fn position(&self) -> Option<String> {
        if let Some(loc) = &self.location {
            let (line, column) = loc.line_column();
            Some(format!("{}:{line}:{column}", loc.path.display()))
        } else {
            self.file.as_ref().map(|f| f.display().to_string())
        }
    }

    /// The diagnostic as a JSON-ready record, for `--format json` and tools.
    pub(crate) fn to_record(&self) -> DiagnosticRecord {
        let (file, line, column, snippet) = match &self.location {
            Some(loc) => {
                let (line, column) = loc.line_column();
                let snippet = (!crate::model::input::hides_contents(&loc.path)).then(|| loc.snippet());
                (Some(loc.path.display().to_string()), Some(line), Some(column), snippet)
            }
            None => (self.file.as_ref().map(|f| f.display().to_string()), None, None, None),
        };
        DiagnosticRecord {
            severity: self.severity,
            kind: self.kind,
            locale: self.locale.clone(),
            message: self.message.clone(),
            file,
            line,
            column,
            snippet,
            hints: self.hints.clone(),
        }
    }
}

/// A diagnostic flattened for machine-readable output.
#[derive(Debug, Serialize)]
pub(crate) struct DiagnosticRecord {
    pub severity: Severity,
    pub kind: Kind,
    /// The locale it concerns, if any.
    pub locale: Option<String>,
    pub message: String,
    pub file: Option<String>,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub snippet: Option<String>,
    pub hints: Vec<String>,
}

/// Renders diagnostics as people read them: the message, `file:line:column`, the offending
/// line underlined, and the hints.
pub fn render(diagnostics: &[Diagnostic], color: bool) -> String {
    let mut buffer = if color { Buffer::ansi() } else { Buffer::no_color() };
    let config = Config::default();
    for diag in diagnostics {
        let mut cs = match diag.severity {
            Severity::Error => CsDiagnostic::error(),
            Severity::Warning => CsDiagnostic::warning(),
        }
        .with_message(&diag.message);
        let mut notes = Vec::new();
        // A file reached through a link out of its folder may be anything: name the place only.
        let hidden = diag.location.as_ref().filter(|loc| crate::model::input::hides_contents(&loc.path));
        if let Some(loc) = hidden {
            let (line, column) = loc.line_column();
            notes.push(format!(
                "at {}:{line}:{column} (a link to a file elsewhere: its text is not shown)",
                loc.path.display()
            ));
        }
        let file = diag.location.as_ref().filter(|_| hidden.is_none()).map(|loc| OneFile {
            name: loc.path.display().to_string(),
            text: loc.text.clone(),
            starts: line_starts(&loc.text),
        });
        let file =
            file.unwrap_or_else(|| OneFile { name: String::new(), text: Arc::from(""), starts: Arc::new(vec![0]) });
        if let Some(loc) = diag.location.as_ref().filter(|_| hidden.is_none()) {
            cs = cs.with_labels(vec![Label::primary((), loc.range.clone())]);
        } else if let Some(file) = &diag.file {
            notes.push(format!("in {}", file.display()));
        }
        notes.extend(diag.hints.iter().map(|h| format!("hint: {h}")));
        cs = cs.with_notes(notes);
        // Writing to an in-memory buffer only fails on a bad range, which Location prevents.
        if term::emit(&mut buffer, &config, &file, &cs).is_err() {
            let _ = writeln!(PlainBuffer(&mut buffer), "{}: {}", diag.position().unwrap_or_default(), diag.message);
        }
    }
    String::from_utf8_lossy(buffer.as_slice()).into_owned()
}

/// Lets `writeln!` target a codespan buffer.
struct PlainBuffer<'a>(&'a mut Buffer);

impl std::fmt::Write for PlainBuffer<'_> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        use std::io::Write;
        self.0.write_all(s.as_bytes()).map_err(|_| std::fmt::Error)
    }
}

/// Prints diagnostics to standard error, in colour when it is a terminal.
pub(crate) fn eprint(diagnostics: &[Diagnostic]) {
    use std::io::IsTerminal;
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let text = render(diagnostics, color);
    let stream = StandardStream::stderr(if color { ColorChoice::Auto } else { ColorChoice::Never });
    let mut lock = stream.lock();
    let _ = std::io::Write::write_all(&mut lock, text.as_bytes());
}

/// Shows `path` relative to the working directory when it lies inside it, as diagnostics
/// name files (the way a shell user would type them).
pub(crate) fn display_path(path: &Path) -> PathBuf {
    std::env::current_dir()
        .ok()
        .and_then(|cwd| cwd.canonicalize().ok())
        .and_then(|cwd| path.strip_prefix(cwd).ok().map(Path::to_path_buf))
        .unwrap_or_else(|| path.to_path_buf())
}

/// Whether any diagnostic is an error.
pub(crate) fn has_errors(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.iter().any(Diagnostic::is_error)
}

impl Diagnostic {
    /// Adds several hints at once.
    pub(crate) fn hints_from(mut self, hints: impl IntoIterator<Item = String>) -> Self {
        self.hints.extend(hints);
        self
    }
}

/// One line per diagnostic: `warning: message [file:line:column] (hint: ...)`, for long lists
/// of warnings that a person skims.
pub(crate) fn render_short(diagnostics: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diagnostics {
        let severity = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let _ = write!(out, "{severity}: {}", d.message);
        if let Some(position) = d.position() {
            let _ = write!(out, " [{position}]");
        }
        for hint in &d.hints {
            let _ = write!(out, " (hint: {hint})");
        }
        out.push('\n');
    }
    out
}
/// Removes repeated diagnostics (the same severity, message and place), keeping the first: a
/// problem met by several documents is reported once.
pub(crate) fn dedup(diagnostics: &mut Vec<Diagnostic>) {
    let mut seen = std::collections::BTreeSet::new();
    diagnostics.retain(|d| seen.insert((d.severity, d.message.clone(), d.position())));
}

/// The rule of `--force`, for every check before and after compiling: without it, any error
/// stops what it concerns (`true` is returned); with it, each error becomes a warning that says
/// so, and the outputs are written anyway.
pub(crate) fn apply_force(found: &mut [Diagnostic], force: bool) -> bool {
    if !force {
        return found.iter().any(Diagnostic::is_error);
    }
    for diag in found.iter_mut().filter(|d| d.is_error()) {
        diag.severity = Severity::Warning;
        diag.hints.push("written anyway because of --force".into());
    }
    false
}

#[cfg(test)]
mod force_tests {
    use super::*;

    #[test]
    fn force_turns_errors_into_warnings_that_say_so() {
        let found = || {
            vec![
                Diagnostic::error(Kind::Overflow, "does not fit"),
                Diagnostic::warning(Kind::StaleContact, "old contact"),
            ]
        };
        let mut strict = found();
        assert!(apply_force(&mut strict, false));
        assert!(strict[0].is_error());
        let mut forced = found();
        assert!(!apply_force(&mut forced, true));
        assert!(forced.iter().all(|d| !d.is_error()));
        assert_eq!(forced[0].hints, ["written anyway because of --force"]);
        assert!(forced[1].hints.is_empty(), "a warning is left as it was");
    }
}
