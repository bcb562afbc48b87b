//! `pocketcard new-locale TAG`: a new locale folder scaffolded from English, ready for a
//! translator: every message present and marked untranslated, metadata filled in as a draft.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use crate::diag::{Diagnostic, Kind, display_path};
use crate::model::locale::{FALLBACK, Localizer};
use crate::model::review::TranslatedFrom;
use crate::model::review::records::{TRANSLATED_FROM, translated_from_text};
use crate::model::review::text::{hash, part_key};
use crate::rendering::output::write_atomic;

/// Typography defaults for a language: fonts, Typst lang/region, direction, paper.
struct Defaults {
    fonts: &'static [&'static str],
    region: Option<&'static str>,
    rtl: bool,
}

fn defaults(tag: &str) -> Defaults {
    let lower = tag.to_ascii_lowercase();
    let primary = lower.split('-').next().unwrap_or("");
    let d = |fonts, region, rtl| Defaults { fonts, region, rtl };
    match (primary, lower.as_str()) {
        (_, "zh-hant" | "zh-tw") => d(&["Noto Sans CJK TC"], Some("TW"), false),
        (_, "zh-hk") => d(&["Noto Sans CJK HK"], Some("HK"), false),
        ("zh", _) => d(&["Noto Sans CJK SC"], Some("CN"), false),
        ("ja", _) => d(&["Noto Sans CJK JP"], None, false),
        ("ko", _) => d(&["Noto Sans CJK KR"], None, false),
        ("th", _) => d(&["Noto Sans Thai", "Noto Sans"], None, false),
        ("ar" | "fa" | "ur", _) => d(&["Noto Sans Arabic", "Noto Sans"], None, true),
        _ => d(&["Noto Sans"], None, false),
    }
}

/// Writes `locales/<tag>/` from the English locale. Refuses to touch an existing folder.
pub(crate) fn new_locale(root: &Path, tag: &str, localizer: &Localizer) -> Result<Vec<String>, Diagnostic> {
    let dir = root.join("locales").join(tag);
    if dir.exists() {
        return Err(Diagnostic::error(Kind::Usage, format!("{} already exists", display_path(&dir).display()))
            .hint("new-locale never overwrites a translation; edit the files there, or remove the folder first"));
    }
    if tag.parse::<unic_langid::LanguageIdentifier>().is_err() {
        return Err(Diagnostic::error(Kind::Invalid, format!("{tag:?} is not a language tag"))
            .hint("use a BCP 47 tag such as fr, pt-BR, zh-Hant"));
    }
    let english = localizer.locale(FALLBACK).ok_or_else(|| {
        Diagnostic::error(Kind::NotFound, "there is no English locale to copy")
            .hint("locales/en/ is the source of every locale")
    })?;
    let defaults = defaults(tag);
    let primary = tag.split('-').next().unwrap_or(tag).to_ascii_lowercase();
    let mut meta = String::new();
    let _ = writeln!(meta, "# {tag}: scaffolded from English by `pocketcard new-locale`. Fill in the names and");
    let _ = writeln!(meta, "# check the fonts. The locale's status is computed from the sign-offs of a fluent");
    let _ = writeln!(meta, "# reader (reviews.toml, written by `pocketcard review --sign`): see TRANSLATING.md.");
    let _ = writeln!(meta, "name = {:?}", tag);
    let _ = writeln!(meta, "english_name = {:?}", tag);
    let _ = writeln!(meta, "dir = \"{}\"", if defaults.rtl { "rtl" } else { "ltr" });
    let _ =
        writeln!(meta, "fonts = [{}]", defaults.fonts.iter().map(|f| format!("{f:?}")).collect::<Vec<_>>().join(", "));
    let _ = writeln!(meta, "lang = {primary:?}");
    if let Some(region) = defaults.region {
        let _ = writeln!(meta, "region = {region:?}");
    }
    let _ = writeln!(meta, "paper = \"letter\"");
    let _ = writeln!(meta, "# Words that must never appear on a worker's card in this language: the words for");
    let _ = writeln!(meta, "# sex work, sex worker, escort, erotic massage and the like. Fill this in.");
    let _ = writeln!(meta, "sensitive_terms = []");
    let _ = writeln!(meta, "# In a script written without spaces between words (Thai, Lao, Khmer, Burmese): names");
    let _ = writeln!(meta, "# and terms that must never be split across two lines. Contact names are added.");
    let _ = writeln!(meta, "unbreakable = []");
    let mut written = Vec::new();
    let path = dir.join("locale.toml");
    write_atomic(&path, meta.as_bytes())?;
    written.push(display_path(&path).display().to_string());
    for file in &english.files {
        let name = file.path.file_name().unwrap_or_default();
        let mut out = String::new();
        for line in file.text.split_inclusive('\n') {
            let is_message = line.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) && line.contains('=');
            if is_message {
                out.push_str("# untranslated: replace the English below, keep the id and every { $variable }\n");
            }
            out.push_str(line);
        }
        let path = dir.join(name);
        write_atomic(&path, out.as_bytes())?;
        written.push(display_path(&path).display().to_string());
    }
    // Each message is a copy of today's English, so that is what it was made from: when the
    // English changes, `check` reports the copy as stale like any translation.
    let records: BTreeMap<String, TranslatedFrom> = english
        .messages
        .iter()
        .flat_map(|(id, origin)| {
            origin.parts.iter().map(move |(part, text)| {
                (part_key(id, part), TranslatedFrom { sha256: hash(text), english: text.clone() })
            })
        })
        .collect();
    let path = dir.join(TRANSLATED_FROM);
    crate::rendering::output::write_atomic(&path, translated_from_text(&records)?.as_bytes())?;
    written.push(display_path(&path).display().to_string());
    Ok(written)
}
