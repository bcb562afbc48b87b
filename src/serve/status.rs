//! What a translator needs to see of a locale beside the preview: its messages that a card
//! prints but that are missing (the English text is printed instead), stale (the English
//! changed after they were translated) or not reviewed.
//!
//! Missing messages are found here. Stale and unreviewed messages need the review records of
//! issue 13, which are not in the project yet: [`message_status`] is the one place to connect
//! them, and the page already shows all three lists.

use std::collections::BTreeSet;

use serde::Serialize;

use crate::locale::FALLBACK;
use crate::project::Project;

/// One message of a locale, as the page lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MessageRef {
    /// The message id.
    pub id: String,
    /// Where it is (or, when missing, where the English it falls back to is):
    /// `locales/en/wallet-rights.ftl:12`.
    pub at: String,
}

/// A locale's messages that need a translator, among those the given cards print.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct MessageStatus {
    pub missing: Vec<MessageRef>,
    pub stale: Vec<MessageRef>,
    pub unreviewed: Vec<MessageRef>,
}

/// The status of locale `tag`'s messages printed by `cards`. English is the source: nothing
/// of it is missing, stale or unreviewed.
pub fn message_status(project: &Project, tag: &str, cards: &[String]) -> MessageStatus {
    let mut status = MessageStatus::default();
    let (Some(english), Some(locale)) = (project.localizer.locale(FALLBACK), project.localizer.locale(tag)) else {
        return status;
    };
    if tag == FALLBACK || tag == crate::pseudo::TAG {
        return status;
    }
    let used: BTreeSet<String> =
        cards.iter().filter_map(|id| project.cards.get(id)).flat_map(Project::card_messages).collect();
    for id in english.messages.keys().filter(|id| used.contains(*id)) {
        if !locale.messages.contains_key(id) {
            let at = english
                .location(id)
                .map(|loc| {
                    let (line, _) = loc.line_column();
                    format!("{}:{line}", loc.path.display())
                })
                .unwrap_or_default();
            status.missing.push(MessageRef { id: id.clone(), at });
        }
    }
    // Issue 13 (stale and unreviewed translations) connects here: fill `status.stale` and
    // `status.unreviewed` from its records for `tag` and the messages in `used`.
    status
}
