//! What a translator needs to see of a locale beside the preview: the messages a card prints
//! that are missing (the English text is printed instead), stale (the English changed after
//! they were translated) or not reviewed (no fluent reader signed today's text off, or there is
//! no record of the English they were made from), as `review::status` computes them from the
//! locale's records.

use std::collections::BTreeSet;

use serde::Serialize;

use crate::model::locale::FALLBACK;
use crate::model::project::Project;
use crate::model::review::status::{State, state};

/// One message of a locale, as the page lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct MessageRef {
    /// The message id.
    pub id: String,
    /// Where it is (or, when missing, where the English it falls back to is):
    /// `locales/en/wallet-rights.ftl:12`.
    pub at: String,
}

/// A locale's messages that need a translator or a reviewer, among those the given cards print.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub(crate) struct MessageStatus {
    pub missing: Vec<MessageRef>,
    pub stale: Vec<MessageRef>,
    pub unreviewed: Vec<MessageRef>,
}

/// The status of locale `tag`'s messages printed by `cards`. The pseudolocale is generated, so
/// nothing of it needs anyone.
pub(crate) fn message_status(project: &Project, tag: &str, cards: &[String]) -> MessageStatus {
    let mut status = MessageStatus::default();
    let localizer = &project.localizer;
    if tag == crate::model::pseudo::TAG || localizer.locale(tag).is_none() {
        return status;
    }
    let used: BTreeSet<String> =
        cards.iter().filter_map(|id| project.cards.get(id)).flat_map(Project::card_messages).collect();
    let at = |locale: &str, id: &str| {
        localizer
            .locale(locale)
            .and_then(|l| l.location(id))
            .map(|loc| format!("{}:{}", loc.path.display(), loc.line_column().0))
            .unwrap_or_default()
    };
    for id in &used {
        match state(localizer, tag, id) {
            State::Missing => status.missing.push(MessageRef { id: id.clone(), at: at(FALLBACK, id) }),
            State::Stale => status.stale.push(MessageRef { id: id.clone(), at: at(tag, id) }),
            State::Untracked | State::Unreviewed => {
                status.unreviewed.push(MessageRef { id: id.clone(), at: at(tag, id) })
            }
            State::Reviewed => {}
        }
    }
    status
}
