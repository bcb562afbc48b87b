//! The state of each message in a locale, computed from today's texts and the locale's
//! records: missing, stale (its English changed since it was translated), not yet tracked,
//! unreviewed, or reviewed. A card side prints the draft mark unless every message it prints
//! is reviewed; a locale is reviewed when every message on its cards is.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::records::Role;
use super::text::{message_hash, part_key};
use crate::diag::{Diagnostic, Kind};
use crate::model::card::Card;
use crate::model::locale::{FALLBACK, LocaleText, Localizer, MessageOrigin, Status};
use crate::model::project::Project;

/// Where a message of a locale stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum State {
    /// The locale does not have it: the English text prints.
    Missing,
    /// Its English changed since it was translated.
    Stale,
    /// There is no record of the English it was translated from.
    Untracked,
    /// Current, but nobody has signed this text off (or its English has no legal sign-off).
    Unreviewed,
    /// Signed off, for the texts it has today.
    Reviewed,
}

impl State {
    pub(crate) fn name(self) -> &'static str {
        match self {
            State::Missing => "missing",
            State::Stale => "stale",
            State::Untracked => "untracked",
            State::Unreviewed => "unreviewed",
            State::Reviewed => "reviewed",
        }
    }
}

/// The role whose sign-off a locale's messages need: a legal reviewer for the English the
/// content is written in, a fluent reader for a translation.
pub(crate) fn needed_role(tag: &str) -> Role {
    if tag == FALLBACK { Role::Legal } else { Role::Fluent }
}

/// Whether `locale` has a sign-off of message `id` by `role` for today's English and today's
/// translation.
fn signed(locale: &LocaleText, id: &str, role: Role, english: &str, translation: &str) -> bool {
    locale.records.is_signed(id, role, english, translation)
}

/// The parts of message `id` of `locale` whose English changed since they were translated:
/// (part key, the English then, the English now). `None` when a part has no record at all.
pub(crate) fn stale_parts(
    english: &MessageOrigin,
    locale: &LocaleText,
    id: &str,
) -> Option<Vec<(String, String, String)>> {
    let mut stale = Vec::new();
    for (part, now) in &english.parts {
        let key = part_key(id, part);
        let record = locale.records.translated_from.get(&key)?;
        if record.sha256 != super::text::hash(now) {
            stale.push((key, record.english.clone(), now.clone()));
        }
    }
    Some(stale)
}

/// The state of message `id` in locale `tag`.
pub(crate) fn state(localizer: &Localizer, tag: &str, id: &str) -> State {
    let (Some(english_locale), Some(locale)) = (localizer.locale(FALLBACK), localizer.locale(tag)) else {
        return State::Missing;
    };
    let Some(english) = english_locale.messages.get(id) else {
        // A message English lacks is an error of the card, reported where it is named.
        return State::Missing;
    };
    let english_hash = message_hash(&english.parts);
    let english_reviewed = signed(english_locale, id, Role::Legal, &english_hash, &english_hash);
    if tag == FALLBACK {
        return if english_reviewed { State::Reviewed } else { State::Unreviewed };
    }
    if tag == crate::model::pseudo::TAG {
        // Generated text is never reviewed.
        return State::Unreviewed;
    }
    let Some(ours) = locale.messages.get(id) else {
        return State::Missing;
    };
    match stale_parts(english, locale, id) {
        None => return State::Untracked,
        Some(stale) if !stale.is_empty() => return State::Stale,
        Some(_) => {}
    }
    let translation_hash = message_hash(&ours.parts);
    if english_reviewed && signed(locale, id, Role::Fluent, &english_hash, &translation_hash) {
        State::Reviewed
    } else {
        State::Unreviewed
    }
}

/// The status of a card side in locale `tag`: reviewed only when every message the card prints
/// is.
pub(crate) fn card_status(localizer: &Localizer, card: &Card, tag: &str) -> Status {
    let all = Project::card_messages(card).iter().all(|id| state(localizer, tag, id) == State::Reviewed);
    if all { Status::Reviewed } else { Status::Draft }
}

/// The messages a locale's cards print, with the state of each, sorted by id.
pub(crate) fn card_messages(project: &Project, tag: &str) -> Vec<(String, State)> {
    let ids: BTreeSet<String> = project.cards.values().flat_map(Project::card_messages).collect();
    ids.into_iter()
        .map(|id| {
            let state = state(&project.localizer, tag, &id);
            (id, state)
        })
        .collect()
}

/// A locale's messages counted by state, for `pocketcard list`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub(crate) struct LocaleSummary {
    /// Messages its cards print.
    pub messages: usize,
    pub missing: usize,
    pub stale: usize,
    pub untracked: usize,
    pub unreviewed: usize,
    pub reviewed: usize,
}

impl LocaleSummary {
    pub(crate) fn of(project: &Project, tag: &str) -> LocaleSummary {
        let mut summary = LocaleSummary::default();
        for (_, state) in card_messages(project, tag) {
            summary.messages += 1;
            *match state {
                State::Missing => &mut summary.missing,
                State::Stale => &mut summary.stale,
                State::Untracked => &mut summary.untracked,
                State::Unreviewed => &mut summary.unreviewed,
                State::Reviewed => &mut summary.reviewed,
            } += 1;
        }
        summary
    }

    /// The locale's status: reviewed when every message on its cards is.
    pub(crate) fn status(&self) -> Status {
        if self.messages > 0 && self.reviewed == self.messages { Status::Reviewed } else { Status::Draft }
    }
}

/// Stale and untracked translations among the messages `used` (by the cards checked), each at
/// the translation's file and line, with the English it was made from beside today's.
pub(crate) fn check_provenance(english: &LocaleText, locale: &LocaleText, used: &BTreeSet<String>) -> Vec<Diagnostic> {
    let tag = &locale.meta.tag;
    let mut out = Vec::new();
    if tag == FALLBACK || tag == crate::model::pseudo::TAG {
        return out;
    }
    if !locale.records.has_provenance {
        // One warning for the locale, not one per message: it has never been tracked.
        out.push(
            Diagnostic::warning(
                Kind::Untracked,
                format!(
                    "locale {tag} has no {}, so its stale translations cannot be found",
                    super::records::TRANSLATED_FROM
                ),
            )
            .in_file(crate::diag::display_path(&locale.dir.join(super::records::TRANSLATED_FROM)))
            .hint(format!(
                "after checking every message against today's English, run `pocketcard translated {tag} --all`"
            )),
        );
        return out;
    }
    for (id, origin) in english.messages.iter().filter(|(id, _)| used.contains(*id)) {
        let Some(here) = locale.location(id) else {
            continue;
        };
        match stale_parts(origin, locale, id) {
            None => out.push(
                Diagnostic::warning(
                    Kind::Untracked,
                    format!("message {id:?} in locale {tag} has no record of the English it was translated from"),
                )
                .at(here)
                .hint(format!("check it against today's English, then run `pocketcard translated {tag} {id}`")),
            ),
            Some(stale) => {
                for (key, then, now) in stale {
                    out.push(
                        Diagnostic::warning(Kind::Stale, format!(
                            "message {key:?} in locale {tag} is stale: its English has changed since it was translated"
                        ))
                        .at(here.clone())
                        .hint(format!("English then: {then}"))
                        .hint(format!("English now:  {now}"))
                        .hint(format!(
                            "update the translation, then run `pocketcard translated {tag} {id}`; until then its cards print the draft mark"
                        )),
                    );
                }
            }
        }
    }
    out
}
