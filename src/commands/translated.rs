//! `pocketcard translated TAG ID...`: records that messages of a locale are translated from
//! today's English, after a translator has brought them up to date, so that `check` no longer
//! reports them as stale. Only `translated-from.toml` is written.

use std::collections::BTreeMap;

use crate::diag::{Diagnostic, Kind};
use crate::model::locale::FALLBACK;
use crate::model::project::Project;
use crate::model::review::records::{TRANSLATED_FROM, TranslatedFrom, translated_from_text};
use crate::model::review::text::{hash, part_key};
use crate::rendering::output::write_atomic;

/// What was recorded.
pub(crate) struct Recorded {
    /// The message ids now translated from today's English.
    pub messages: Vec<String>,
    /// The records file, as shown.
    pub path: std::path::PathBuf,
}

/// Records message `ids` of locale `tag` (or, with `all`, every message it has that English
/// has) as translated from today's English. Every problem is reported before anything is
/// written.
pub(crate) fn record(project: &Project, tag: &str, ids: &[String], all: bool) -> Result<Recorded, Vec<Diagnostic>> {
    let tags: Vec<&str> =
        project.localizer.tags().filter(|t| *t != FALLBACK && *t != crate::model::pseudo::TAG).collect();
    if tag == FALLBACK {
        return Err(vec![
            Diagnostic::error(
                Kind::Usage,
                "English is the text translations are made from; it is not translated from anything",
            )
            .hint(format!("name a translation: {}", tags.join(", "))),
        ]);
    }
    let (Some(locale), Some(english)) = (project.localizer.locale(tag), project.localizer.locale(FALLBACK)) else {
        return Err(vec![
            Diagnostic::error(Kind::Unknown, format!("unknown locale {tag:?}"))
                .hint(format!("the locales are: {}", tags.join(", "))),
        ]);
    };
    if tag == crate::model::pseudo::TAG {
        return Err(vec![Diagnostic::error(
            Kind::Usage,
            "the pseudolocale is generated from English; it has no translations",
        )]);
    }
    let chosen: Vec<String> = if all {
        locale.messages.keys().filter(|id| english.messages.contains_key(*id)).cloned().collect()
    } else {
        ids.to_vec()
    };
    let mut errors = Vec::new();
    for id in &chosen {
        if !english.messages.contains_key(id) {
            let stale: Vec<&str> = english
                .messages
                .keys()
                .filter(|m| {
                    matches!(
                        crate::model::review::status::state(&project.localizer, tag, m),
                        crate::model::review::State::Stale | crate::model::review::State::Untracked
                    )
                })
                .map(String::as_str)
                .collect();
            errors.push(Diagnostic::error(Kind::Unknown, format!("English has no message {id:?}")).hint(
                if stale.is_empty() {
                    format!(
                        "no message of locale {tag} is stale; `pocketcard check --lang {tag}` lists what needs work"
                    )
                } else {
                    format!("the stale or untracked messages of locale {tag} are: {}", stale.join(", "))
                },
            ));
        } else if !locale.messages.contains_key(id) {
            errors.push(
                Diagnostic::error(Kind::MissingMessage, format!("locale {tag} has no message {id:?} yet"))
                    .hint(format!("translate it in locales/{tag}/ first, then record it")),
            );
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut map: BTreeMap<String, TranslatedFrom> = locale.records.translated_from.clone();
    for id in &chosen {
        let origin = &english.messages[id];
        // The message's record is replaced whole: an attribute English no longer has goes too.
        let prefix = format!("{id}.");
        map.retain(|key, _| key != id && !key.starts_with(&prefix));
        for (part, text) in &origin.parts {
            map.insert(part_key(id, part), TranslatedFrom { sha256: hash(text), english: text.clone() });
        }
    }
    let path = locale.dir.join(TRANSLATED_FROM);
    write_atomic(&path, translated_from_text(&map).map_err(|d| vec![d])?.as_bytes()).map_err(|d| vec![d])?;
    Ok(Recorded { messages: chosen, path: crate::diag::display_path(&path) })
}
