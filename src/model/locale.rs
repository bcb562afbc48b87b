//! Locales: each language's metadata (`locale.toml`) and its Fluent messages (`*.ftl`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

use crate::diag::{Diagnostic, Kind, Location, display_path};
use crate::model::toml_file;

/// The language every message falls back to.
pub const FALLBACK: &str = "en";

/// What `locales/<tag>/locale.toml` says about a language.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleMeta {
    /// The locale's tag, its folder name (`en`, `zh-Hant`).
    #[serde(skip_deserializing)]
    pub tag: String,
    /// The language's name in itself (`Français`).
    pub name: String,
    /// The language's name in English.
    pub english_name: String,
    /// Writing direction.
    #[serde(default)]
    pub dir: Direction,
    /// Font families, in order of preference; the first covers the script.
    pub fonts: Vec<String>,
    /// Typst `lang` (ISO 639).
    pub lang: String,
    /// Typst `region` (ISO 3166), which also selects regional glyph forms.
    #[serde(default)]
    pub region: Option<String>,
    /// The paper flyers use by default.
    #[serde(default)]
    pub paper: Paper,
    /// No longer read: a locale's status is computed from its sign-offs (`reviews.toml`).
    /// Accepted so that an older locale.toml loads, with a warning to remove the line.
    #[serde(default, rename = "status", skip_serializing)]
    pub typed_status: Option<String>,
    /// No longer read, as `status`.
    #[serde(default, rename = "reviewed_by", skip_serializing)]
    pub typed_reviewed_by: Option<String>,
    /// What a review compared (e.g. "back-translation to English, 2026-11-29").
    #[serde(default)]
    pub review_notes: Option<String>,
    /// Words that must never appear on a worker-facing card in this language (lowercase;
    /// matched case-insensitively anywhere in the text). A card found on a worker can be used
    /// against them.
    #[serde(default)]
    pub sensitive_terms: Vec<String>,
    /// Names and terms that must never break across lines inside (in scripts written without
    /// spaces between words, such as Thai, Lao, Khmer or Burmese, where a line may otherwise
    /// break anywhere between syllables): place names, legal terms. Contact names are added
    /// to these by pocketcard.
    #[serde(default)]
    pub unbreakable: Vec<String>,
    /// The spoken language the officer side asks an interpreter for, when it is not simply
    /// `english_name` and `name`: a script such as Simplified Chinese is not a language one
    /// interprets, and "Tagalog (Tagalog)" tells an officer nothing the first word did not.
    #[serde(default)]
    pub interpreter: Option<Interpreter>,
}

/// A language named for an officer who is to find an interpreter.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Interpreter {
    /// Its name in English (`Chinese`).
    pub english: String,
    /// Its name as the holder knows it (`中文`).
    pub own: String,
}

impl LocaleMeta {
    /// The names the officer side's interpreter request prints: in English, and the holder's
    /// own.
    pub fn interpreter_names(&self) -> (String, String) {
        match &self.interpreter {
            Some(named) => (named.english.clone(), named.own.clone()),
            None => (self.english_name.clone(), self.name.clone()),
        }
    }
}

/// Writing direction of a script.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    #[default]
    Ltr,
    Rtl,
}

/// Paper sizes for flyers and sheets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Paper {
    #[default]
    Letter,
    A4,
}

impl Paper {
    /// Its name as options and file names write it: `letter`, `a4`.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Paper::Letter => "letter",
            Paper::A4 => "a4",
        }
    }

    /// Width and height in millimetres, portrait.
    pub(crate) fn millimetres(self) -> (f64, f64) {
        match self {
            Paper::Letter => (215.9, 279.4),
            Paper::A4 => (210.0, 297.0),
        }
    }
}

/// How far the text of a card side can be trusted, computed from the sign-offs of every
/// message it prints (see `review::status`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Status {
    /// Something on it is missing, stale or not signed off: it prints the draft mark.
    Draft,
    /// Every message on it is signed off, for the texts it prints today.
    Reviewed,
}

/// Where a message is defined, for diagnostics and checks.
#[derive(Debug, Clone)]
pub struct MessageOrigin {
    /// The `.ftl` file's index in [`LocaleText::files`].
    pub file: usize,
    /// Byte offset of the message id in that file.
    pub offset: usize,
    /// The comment above the message (its source reference).
    pub comment: Option<String>,
    /// Names of the message's attributes.
    pub attributes: Vec<String>,
    /// Each part (`""` for the value, then the attributes) in canonical Fluent source form,
    /// which provenance and sign-offs hash (see `review::text`).
    pub parts: Vec<(String, String)>,
}

/// One loaded `.ftl` file.
#[derive(Debug, Clone)]
pub struct FtlFile {
    /// Path as shown to the user.
    pub path: PathBuf,
    pub text: Arc<str>,
}

/// A locale's messages, ready to format.
pub struct LocaleText {
    pub meta: LocaleMeta,
    /// The text of its `locale.toml` as read (once), for diagnostics that point into it.
    pub(crate) meta_text: std::sync::Arc<str>,
    /// The locale's folder.
    pub dir: PathBuf,
    pub files: Vec<FtlFile>,
    pub messages: BTreeMap<String, MessageOrigin>,
    /// What each message was translated from, and its sign-offs.
    pub records: crate::model::review::records::Records,
    bundle: FluentBundle<FluentResource>,
    /// What its folder held when it was loaded ([`fingerprint`]), and the problems loading
    /// found: a reload that finds the folder the same reuses the locale and reports them again.
    loaded_from: Option<u128>,
    load_diagnostics: Vec<Diagnostic>,
}

impl LocaleText {
    /// What message `id` (and each attribute) refers to: `$vars`, `-terms`, other messages.
    /// Keys are `""` for the value and the attribute's name for attributes.
    pub(crate) fn message_refs(&self, id: &str) -> Option<BTreeMap<String, std::collections::BTreeSet<String>>> {
        let message = self.bundle.get_message(id)?;
        let mut out = BTreeMap::new();
        if let Some(value) = message.value() {
            let mut refs = std::collections::BTreeSet::new();
            crate::model::fluent_refs::pattern_refs(value, &mut refs);
            out.insert(String::new(), refs);
        }
        for attr in message.attributes() {
            let mut refs = std::collections::BTreeSet::new();
            crate::model::fluent_refs::pattern_refs(attr.value(), &mut refs);
            out.insert(attr.id().to_string(), refs);
        }
        Some(out)
    }

    /// Where a message is defined, as a diagnostic location.
    pub(crate) fn location(&self, id: &str) -> Option<Location> {
        let origin = self.messages.get(id)?;
        let file = &self.files[origin.file];
        Some(Location::new(&file.path, file.text.clone(), origin.offset..origin.offset + id.len()))
    }
}

/// The result of looking a message up in a locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    /// The locale has it.
    Found(String),
    /// The locale lacks it; this is the English text.
    FellBack(String),
    /// Neither the locale nor English has it.
    Missing,
}

/// Every locale's messages, with fallback to English.
pub struct Localizer {
    locales: BTreeMap<String, Arc<LocaleText>>,
}

impl Localizer {
    /// Loads `locales/*/` below `dir`: metadata and every `.ftl` file. Problems are collected
    /// into `diagnostics`; a locale that cannot be read at all is left out. A locale of
    /// `previous` (the last load, in `watch` and `serve`) whose folder holds the same files,
    /// byte for byte, is reused instead of parsed again, with the problems it had.
    pub(crate) fn load(dir: &Path, previous: Option<&Localizer>, diagnostics: &mut Vec<Diagnostic>) -> Localizer {
        let mut locales = BTreeMap::new();
        let entries = match std::fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(err) => {
                diagnostics.push(
                    Diagnostic::error(Kind::Io, format!(
                        "cannot read the locales folder {}: {}",
                        display_path(dir).display(),
                        toml_file::lowercase_io(&err)
                    ))
                    .hint("a project has locales/<tag>/locale.toml and *.ftl files; run pocketcard in the project folder or pass --root"),
                );
                return Localizer { locales };
            }
        };
        let mut dirs: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.is_dir()).collect();
        dirs.sort();
        for path in dirs {
            let tag = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
            // Taken before loading: a file saved meanwhile makes the next reload parse again.
            let print = fingerprint(&path);
            let known = previous.and_then(|p| p.locales.get(&tag)).filter(|l| l.dir == path);
            if let Some(known) = known.filter(|l| print.is_some() && l.loaded_from == print) {
                diagnostics.extend(known.load_diagnostics.iter().cloned());
                locales.insert(tag, Arc::clone(known));
                continue;
            }
            let mut found = Vec::new();
            if let Some(mut text) = load_locale(&tag, &path, &mut found) {
                text.loaded_from = print;
                text.load_diagnostics = found.clone();
                locales.insert(tag, Arc::new(text));
            }
            diagnostics.extend(found);
        }
        if !locales.contains_key(FALLBACK) {
            diagnostics.push(
                Diagnostic::error(
                    Kind::NotFound,
                    format!("no English locale: {} has no {FALLBACK}/ folder", display_path(dir).display()),
                )
                .hint("English is the source every other locale falls back to"),
            );
        }
        Localizer { locales }
    }

    /// Adds the generated pseudolocale (`qps`): the English messages of `dir/en`, accented
    /// and lengthened as they are formatted; `previous`'s when English is the same.
    pub(crate) fn add_pseudolocale(&mut self, dir: &Path, previous: Option<&Localizer>) {
        let english = self.locales.get(FALLBACK).and_then(|en| en.loaded_from);
        let tag = crate::model::pseudo::TAG;
        if let Some(known) =
            previous.and_then(|p| p.locales.get(tag)).filter(|l| english.is_some() && l.loaded_from == english)
        {
            self.locales.insert(tag.to_string(), Arc::clone(known));
            return;
        }
        let mut ignored = Vec::new();
        if let Some(mut text) =
            load_locale_with(FALLBACK, &dir.join(FALLBACK), Some(crate::model::pseudo::transform), &mut ignored)
        {
            text.meta.tag = tag.to_string();
            text.meta.name = "Pseudolocale".to_string();
            text.meta.english_name = "Pseudolocale (English, accented, 40% longer)".to_string();
            text.loaded_from = english;
            self.locales.insert(tag.to_string(), Arc::new(text));
        }
    }

    /// The tags of all loaded locales, sorted.
    pub fn tags(&self) -> impl Iterator<Item = &str> {
        self.locales.keys().map(String::as_str)
    }

    /// A loaded locale.
    pub fn locale(&self, tag: &str) -> Option<&LocaleText> {
        self.locales.get(tag).map(|l| &**l)
    }

    /// Formats message `id` (or its attribute `attr`) in `tag`, falling back to English.
    /// Formatting problems (a missing variable) are added to `errors` as text.
    pub fn format(
        &self,
        tag: &str,
        id: &str,
        attr: Option<&str>,
        args: Option<&FluentArgs>,
        errors: &mut Vec<String>,
    ) -> Lookup {
        if let Some(text) = self.locales.get(tag).and_then(|l| format_in(l, id, attr, args, errors)) {
            return Lookup::Found(text);
        }
        if tag != FALLBACK
            && let Some(text) = self.locales.get(FALLBACK).and_then(|l| format_in(l, id, attr, args, errors))
        {
            return Lookup::FellBack(text);
        }
        Lookup::Missing
    }
}

/// Formats a message in one locale, or `None` when it has no such message or attribute.
fn format_in(
    locale: &LocaleText,
    id: &str,
    attr: Option<&str>,
    args: Option<&FluentArgs>,
    errors: &mut Vec<String>,
) -> Option<String> {
    let message = locale.bundle.get_message(id)?;
    let pattern = match attr {
        None => message.value()?,
        Some(name) => message.get_attribute(name)?.value(),
    };
    let mut fluent_errors = Vec::new();
    let text = locale.bundle.format_pattern(pattern, args, &mut fluent_errors).into_owned();
    errors.extend(fluent_errors.iter().map(|e| e.to_string()));
    Some(text)
}

/// Loads one locale folder.
fn load_locale(tag: &str, dir: &Path, diagnostics: &mut Vec<Diagnostic>) -> Option<LocaleText> {
    load_locale_with(tag, dir, None, diagnostics)
}

/// Rewrites the text of a pattern as it is formatted (placeables untouched).
type Transform = fn(&str) -> std::borrow::Cow<'_, str>;

/// Loads one locale folder, with an optional transform of every formatted text.
fn load_locale_with(
    tag: &str,
    dir: &Path,
    transform: Option<Transform>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<LocaleText> {
    let meta_path = dir.join("locale.toml");
    let meta_text = toml_file::read_text(&meta_path);
    let parsed = meta_text.as_ref().map_err(Clone::clone).and_then(|text| toml_file::parse(&meta_path, text));
    let mut meta: LocaleMeta = match parsed {
        Ok(meta) => meta,
        Err(diag) => {
            diagnostics.push(
                diag.hint(format!("every locale folder needs a locale.toml; `pocketcard new-locale {tag}` writes one")),
            );
            return None;
        }
    };
    meta.tag = tag.to_string();
    if meta.typed_status.is_some() || meta.typed_reviewed_by.is_some() {
        diagnostics.push(
            Diagnostic::warning(Kind::Obsolete, format!(
                "{} sets status or reviewed_by, which pocketcard no longer reads",
                display_path(&meta_path).display()
            ))
            .in_file(display_path(&meta_path))
            .hint("a locale's status is computed from its sign-offs in reviews.toml (see TRANSLATING.md); remove the line"),
        );
    }
    let langid: LanguageIdentifier = match tag.parse() {
        Ok(id) => id,
        Err(_) => {
            diagnostics.push(
                Diagnostic::error(Kind::Invalid, format!("locale folder name {tag:?} is not a language tag"))
                    .in_file(display_path(dir))
                    .hint("name locale folders by BCP 47 tags such as en, fr, zh-Hant, pt-BR"),
            );
            return None;
        }
    };

    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Unicode isolation marks would end up in the PDF's text; layouts set direction instead.
    bundle.set_use_isolating(false);
    bundle.set_transform(transform);
    // `{ LTR("183(1)(b.1)") }` marks a span of prose as a code that reads left to right in
    // every script; the layout sets it as an isolate (see `bidi`).
    let _ = bundle.add_function("LTR", |positional, _named| match positional.first() {
        Some(FluentValue::String(s)) => FluentValue::String(crate::model::bidi::code(s).into()),
        Some(FluentValue::Number(n)) => FluentValue::String(crate::model::bidi::code(&n.as_string()).into()),
        _ => FluentValue::Error,
    });

    let mut ftl_paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
                .collect()
        })
        .unwrap_or_default();
    ftl_paths.sort();

    let mut files: Vec<FtlFile> = Vec::new();
    let mut messages: BTreeMap<String, MessageOrigin> = BTreeMap::new();
    for path in ftl_paths {
        let shown = display_path(&path);
        let text = match toml_file::read_text(&path) {
            Ok(text) => text,
            Err(diag) => {
                diagnostics.push(diag);
                continue;
            }
        };
        let problems = disallowed_characters(&shown, &text);
        let too_deep = too_deep(&shown, &text);
        let skip = too_deep.is_some();
        diagnostics.extend(problems);
        if let Some(diag) = too_deep {
            // The Fluent parser and formatter recurse once per level: a file nested thousands
            // deep would overflow the stack, so it is refused before either sees it.
            diagnostics.push(diag);
        }
        if skip {
            continue;
        }
        let resource = match FluentResource::try_new(text.to_string()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for err in errors {
                    // Point at the start of the broken entry (where a person looks), and say
                    // where the parser gave up, which can be lines later.
                    let start = err.slice.as_ref().map_or(err.pos.start, |slice| slice.start);
                    let line_end = text[start.min(text.len())..].find('\n').map_or(text.len(), |i| start + i);
                    let stopped = Location::new(&shown, text.clone(), err.pos.clone()).line_column();
                    diagnostics.push(
                        Diagnostic::error(Kind::Syntax, format!(
                            "fluent syntax error in {}: {}",
                            shown.display(),
                            toml_file::lowercase_first(&err.kind.to_string())
                        ))
                        .at(Location::new(&shown, text.clone(), start..line_end.max(start + 1)))
                        .hint(format!("the parser stopped at line {}, column {}", stopped.0, stopped.1))
                        .hint("a message is `id = text` on one line; continuation lines are indented; `{` and `}` must pair up (write {\"{\"} for a literal brace)"),
                    );
                }
                resource
            }
        };
        let file_index = files.len();
        // The runtime resource drops comments; the full syntax tree keeps each message's
        // comment, which names its source.
        let full = fluent_syntax::parser::parse(&*text).unwrap_or_else(|(partial, _)| partial);
        let mut entries = EntryIndex::new(&text);
        for entry in &full.body {
            let ast::Entry::Message(message) = entry else {
                continue;
            };
            let id = message.id.name.to_string();
            let offset = entries.next_offset(&id).unwrap_or(0);
            if let Some(first) = messages.get(&id) {
                // The first definition may be in this very file, which is not in `files` yet.
                let (first_path, first_text) = match files.get(first.file) {
                    Some(file) if first.file != file_index => (file.path.clone(), file.text.clone()),
                    _ => (shown.clone(), text.clone()),
                };
                let (line, _) = Location::new(&first_path, first_text, first.offset..first.offset).line_column();
                diagnostics.push(
                    Diagnostic::error(Kind::Duplicate, format!("message {id:?} is defined twice in locale {tag}",))
                        .at(Location::new(&shown, text.clone(), offset..offset + id.len()))
                        .hint(format!("it is first defined in {}:{line}; remove or rename one", first_path.display())),
                );
                continue;
            }
            messages.insert(
                id,
                MessageOrigin {
                    file: file_index,
                    offset,
                    comment: message.comment.as_ref().map(|c| c.content.join("\n")),
                    attributes: message.attributes.iter().map(|a| a.id.name.to_string()).collect(),
                    parts: crate::model::review::text::canonical_parts(message),
                },
            );
        }
        // Duplicates were reported above with their place; the bundle keeps the first.
        let _ = bundle.add_resource(resource);
        files.push(FtlFile { path: shown, text });
    }
    let records = if transform.is_some() {
        // The pseudolocale is generated from English: it has nothing to record.
        Default::default()
    } else {
        crate::model::review::records::Records::load(dir, diagnostics)
    };
    let meta_text = meta_text.unwrap_or_else(|_| std::sync::Arc::from(""));
    Some(LocaleText {
        meta,
        meta_text,
        dir: dir.to_path_buf(),
        files,
        messages,
        records,
        bundle,
        loaded_from: None,
        load_diagnostics: Vec::new(),
    })
}

/// What a locale folder holds: a hash of each file's name and bytes directly in it, in name
/// order (a locale reads nothing else). `None` when a file cannot be read, or is larger than
/// a project file may be: then the locale is parsed again, and its loading says why.
fn fingerprint(dir: &Path) -> Option<u128> {
    use siphasher::sip128::{Hasher128 as _, SipHasher13};
    use std::hash::Hasher as _;
    let mut paths: Vec<PathBuf> =
        std::fs::read_dir(dir).ok()?.map(|e| e.map(|e| e.path())).collect::<Result<_, _>>().ok()?;
    paths.sort();
    let mut hasher = SipHasher13::new();
    for path in paths {
        if path.is_dir() {
            continue;
        }
        let bytes = crate::model::input::read(&path, crate::model::input::FileKind::Project).ok()?;
        let name = path.file_name()?.as_encoded_bytes();
        hasher.write(&(name.len() as u64).to_le_bytes());
        hasher.write(name);
        hasher.write(&(bytes.len() as u64).to_le_bytes());
        hasher.write(&bytes);
    }
    Some(hasher.finish128().as_u128())
}

/// Where each entry of an `.ftl` file is defined (`id =` at the start of a line), found in
/// one pass over the file: looking each message up in the whole text would take time
/// quadratic in the number of messages.
struct EntryIndex<'a> {
    /// Each id's line offsets, in file order, and how many have been handed out.
    offsets: std::collections::HashMap<&'a str, (Vec<usize>, usize)>,
}

impl<'a> EntryIndex<'a> {
    fn new(text: &'a str) -> Self {
        let mut offsets: std::collections::HashMap<&'a str, (Vec<usize>, usize)> = Default::default();
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            let end = line.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')).unwrap_or(line.len());
            if end > 0 && line[end..].trim_start().starts_with('=') {
                offsets.entry(&line[..end]).or_default().0.push(offset);
            }
            offset += line.len();
        }
        EntryIndex { offsets }
    }

    /// The offset of the next definition of `id`: the first, then the second, and so on.
    fn next_offset(&mut self, id: &str) -> Option<usize> {
        let (offsets, used) = self.offsets.get_mut(id)?;
        let found = offsets.get(*used).or(offsets.last()).copied();
        *used += 1;
        found
    }
}

/// Byte offset of the line that defines entry `id` (`id =` at the start of a line).
#[cfg(test)]
fn find_entry(text: &str, id: &str) -> Option<usize> {
    EntryIndex::new(text).next_offset(id)
}

/// How deep placeables may nest in a message. Real messages nest two or three levels (a
/// select inside a placeable); the parser recurses once per level.
pub(crate) const MAX_NESTING: usize = 32;

/// The place where placeables nest deeper than [`MAX_NESTING`], as an error, if they do.
/// Braces inside string literals (`{"{"}`) do not count.
fn too_deep(shown: &Path, text: &Arc<str>) -> Option<Diagnostic> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                '\n' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some(
                        Diagnostic::error(Kind::TooLarge, format!(
                            "{} nests placeables more than {MAX_NESTING} deep",
                            shown.display()
                        ))
                        .at(Location::new(shown, text.clone(), i..i + 1))
                        .hint("a message needs a placeable `{ ... }` inside another only for a select; remove the extra braces"),
                    );
                }
            }
            '}' => depth = depth.saturating_sub(1),
            '"' if depth > 0 => in_string = true,
            _ => {}
        }
    }
    None
}

/// Characters a translation must not contain: control characters other than tab and line
/// breaks (a NUL cannot go into a PDF) and Unicode noncharacters. Each is reported where it is.
fn disallowed_characters(shown: &Path, text: &Arc<str>) -> Vec<Diagnostic> {
    let disallowed = |c: char| {
        (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
            || ('\u{FDD0}'..='\u{FDEF}').contains(&c)
            || (c as u32 & 0xFFFE) == 0xFFFE
    };
    text.char_indices()
        .filter(|(_, c)| disallowed(*c))
        .take(20)
        .map(|(i, c)| {
            Diagnostic::error(Kind::Invalid, format!(
                "{} has the character U+{:04X}, which a card cannot print",
                shown.display(),
                c as u32
            ))
            .at(Location::new(shown, text.clone(), i..i + c.len_utf8()))
            .hint("remove it; it is invisible in most editors (it often comes from copying out of a PDF or a word processor)")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::sync::Arc;

    use super::{MAX_NESTING, disallowed_characters, find_entry, too_deep};

    #[test]
    fn nesting_is_counted_outside_string_literals() {
        let path = Path::new("x.ftl");
        let braces: Arc<str> = format!("a = {}\n", "{\"{\"}".repeat(200)).into();
        assert!(too_deep(path, &braces).is_none(), "braces in string literals are text");
        let at_limit: Arc<str> = format!("a = {}x{}\n", "{ ".repeat(MAX_NESTING), " }".repeat(MAX_NESTING)).into();
        assert!(too_deep(path, &at_limit).is_none());
        let deeper: Arc<str> = format!("a = {}x\n", "{ ".repeat(MAX_NESTING + 1)).into();
        let diag = too_deep(path, &deeper).expect("too deep");
        assert_eq!(diag.position().as_deref(), Some("x.ftl:1:69"));
    }

    #[test]
    fn control_characters_are_found_where_they_are() {
        let text: Arc<str> = "a = tab\tok\nb = nul\u{0}here\nc = \u{FFFF}\n".into();
        let found: Vec<String> =
            disallowed_characters(Path::new("x.ftl"), &text).iter().filter_map(|d| d.position()).collect();
        assert_eq!(found, ["x.ftl:2:8", "x.ftl:3:5"]);
    }

    #[test]
    fn finds_entries_at_line_starts() {
        let text = "# c\nab = 1\na = 2\n  a = no\n";
        assert_eq!(find_entry(text, "a"), Some(11));
        assert_eq!(find_entry(text, "ab"), Some(4));
        assert_eq!(find_entry(text, "b"), None);
    }

    #[test]
    fn a_reload_reuses_exactly_the_locales_whose_files_are_the_same() {
        let dir = tempfile::tempdir().unwrap();
        let locales = dir.path();
        for (tag, text) in [("en", "a = Hello\n"), ("fr", "a = Bonjour\nbroken = {\n")] {
            std::fs::create_dir(locales.join(tag)).unwrap();
            std::fs::write(
                locales.join(tag).join("locale.toml"),
                format!("name = \"{tag}\"\nenglish_name = \"{tag}\"\nlang = \"{tag}\"\nfonts = [\"Noto Sans\"]\n"),
            )
            .unwrap();
            std::fs::write(locales.join(tag).join("card.ftl"), text).unwrap();
        }
        let mut first_problems = Vec::new();
        let first = super::Localizer::load(locales, None, &mut first_problems);
        assert!(first_problems.iter().any(|d| d.message.contains("fluent syntax error")), "{first_problems:?}");

        // Nothing changed: both locales are the same ones, and French's error is reported again.
        let mut problems = Vec::new();
        let second = super::Localizer::load(locales, Some(&first), &mut problems);
        assert!(Arc::ptr_eq(&first.locales["en"], &second.locales["en"]));
        assert!(Arc::ptr_eq(&first.locales["fr"], &second.locales["fr"]));
        let messages = |found: &[crate::diag::Diagnostic]| found.iter().map(|d| d.message.clone()).collect::<Vec<_>>();
        assert_eq!(messages(&problems), messages(&first_problems));

        // English is saved with a change of the same length and time: it is read again, and
        // French, untouched, is still the same locale.
        let path = locales.join("en/card.ftl");
        let time = std::fs::metadata(&path).unwrap().modified().unwrap();
        std::fs::write(&path, "a = Hallo\n").unwrap();
        std::fs::File::options().write(true).open(&path).unwrap().set_modified(time).unwrap();
        let third = super::Localizer::load(locales, Some(&second), &mut Vec::new());
        assert!(!Arc::ptr_eq(&second.locales["en"], &third.locales["en"]));
        assert!(Arc::ptr_eq(&second.locales["fr"], &third.locales["fr"]));
        let mut errors = Vec::new();
        assert_eq!(third.format("en", "a", None, None, &mut errors), super::Lookup::Found("Hallo".into()));

        // A new file in a folder is a change too.
        std::fs::write(locales.join("fr/more.ftl"), "b = Encore\n").unwrap();
        let fourth = super::Localizer::load(locales, Some(&third), &mut Vec::new());
        assert!(!Arc::ptr_eq(&third.locales["fr"], &fourth.locales["fr"]));
        assert_eq!(fourth.format("fr", "b", None, None, &mut errors), super::Lookup::Found("Encore".into()));
    }
}
