//! The two record files of a locale, committed beside its messages:
//! `translated-from.toml` (the English each message part was translated from) and
//! `reviews.toml` (who signed which message off, of which English and which translation).

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::diag::{Diagnostic, Kind};
use crate::model::toml_file;

/// The file name of a locale's provenance records.
pub(crate) const TRANSLATED_FROM: &str = "translated-from.toml";
/// The file name of a locale's sign-offs.
pub(crate) const REVIEWS: &str = "reviews.toml";

/// The English one part of a message was translated from.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TranslatedFrom {
    /// SHA-256 of the English part, in canonical form (see `review::text`).
    pub sha256: String,
    /// The English part itself, to show what changed since.
    pub english: String,
}

/// What a reviewer signs as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// A fluent reader of the language, who checked the translation against the English.
    Fluent,
    /// A legal reviewer, who checked the English against the source it cites.
    Legal,
}

impl Role {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Role::Fluent => "fluent",
            Role::Legal => "legal",
        }
    }
}

/// One reviewer's sign-off of one message.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SignOff {
    /// The message id.
    pub message: String,
    /// As what they reviewed it.
    pub role: Role,
    /// Who reviewed it.
    pub by: String,
    /// When (`YYYY-MM-DD`).
    pub date: String,
    /// Hash of the whole English message they reviewed against (see `review::text`).
    pub english: String,
    /// Hash of the whole message in this locale they reviewed (the English one again for `en`).
    pub translation: String,
}

#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct ReviewsFile {
    #[serde(default)]
    signoff: Vec<SignOff>,
}

/// A locale's records, as loaded.
#[derive(Debug, Clone, Default)]
pub struct Records {
    /// Whether `translated-from.toml` exists.
    pub has_provenance: bool,
    /// By part key (`id` or `id.attr`).
    pub translated_from: BTreeMap<String, TranslatedFrom>,
    /// In file order (oldest first).
    pub signoffs: Vec<SignOff>,
    /// The sign-offs as (message, role, English hash, translation hash), to look up each
    /// message's without reading them all.
    signed: std::collections::HashSet<(String, Role, String, String)>,
}

impl Records {
    /// Loads the records in locale folder `dir`. A missing file is no records; a broken one is
    /// reported and treated as none, so that every message shows as not yet tracked.
    pub(crate) fn load(dir: &Path, diagnostics: &mut Vec<Diagnostic>) -> Records {
        let mut records = Records::default();
        let from = dir.join(TRANSLATED_FROM);
        if from.exists() {
            records.has_provenance = true;
            match toml_file::load::<BTreeMap<String, TranslatedFrom>>(&from) {
                Ok(map) => records.translated_from = map,
                Err(diag) => diagnostics.push(diag.hint(format!(
                    "this file is written by `pocketcard translated`; restore it from version control, or run `pocketcard translated {} --all` after checking every message against today's English",
                    dir.file_name().unwrap_or_default().to_string_lossy()
                ))),
            }
        }
        let reviews = dir.join(REVIEWS);
        if reviews.exists() {
            match toml_file::load::<ReviewsFile>(&reviews) {
                Ok(file) => {
                    records.signed = file
                        .signoff
                        .iter()
                        .map(|s| (s.message.clone(), s.role, s.english.clone(), s.translation.clone()))
                        .collect();
                    records.signoffs = file.signoff;
                }
                Err(diag) => diagnostics.push(
                    diag.hint("this file is written by `pocketcard review --sign`; restore it from version control"),
                ),
            }
        }
        records
    }
}

impl Records {
    /// Whether message `id` was signed off by `role` for exactly these texts.
    pub(crate) fn is_signed(&self, id: &str, role: Role, english: &str, translation: &str) -> bool {
        // Owned keys: a set of tuples of Strings cannot be probed with borrowed parts.
        self.signed.contains(&(id.to_string(), role, english.to_string(), translation.to_string()))
    }
}

/// A locale's provenance records as `translated-from.toml` holds them (written by the commands
/// that record them, atomically).
pub(crate) fn translated_from_text(map: &BTreeMap<String, TranslatedFrom>) -> Result<String, Diagnostic> {
    let mut text = String::from(
        "# The English each message of this locale was translated from, by message and attribute.\n\
         # `pocketcard check` reports a message whose English has changed since as stale.\n\
         # Written by `pocketcard new-locale` and `pocketcard translated`; do not edit by hand.\n\n",
    );
    text.push_str(
        &toml::to_string(map)
            .map_err(|err| Diagnostic::error(Kind::Internal, format!("cannot write records: {err}")))?,
    );
    Ok(text)
}

/// A locale's sign-offs as `reviews.toml` holds them.
pub(crate) fn reviews_text(signoffs: &[SignOff]) -> Result<String, Diagnostic> {
    let mut text = String::from(
        "# Who reviewed which message of this locale, as what, of which English and which translation\n\
         # (SHA-256 of each, see TRANSLATING.md). A sign-off counts only while both texts are unchanged.\n\
         # Written by `pocketcard review --sign`; do not edit by hand.\n\n",
    );
    let file = ReviewsFile { signoff: signoffs.to_vec() };
    text.push_str(
        &toml::to_string(&file)
            .map_err(|err| Diagnostic::error(Kind::Internal, format!("cannot write records: {err}")))?,
    );
    Ok(text)
}
