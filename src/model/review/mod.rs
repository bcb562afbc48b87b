//! Translation provenance and review: what English each translation was made from, who signed
//! which message off, and the state of every message that follows from both. Nothing here is
//! typed by hand: a locale's status is computed from these records and today's texts.

pub mod records;
pub mod status;
pub mod text;

pub(crate) use records::{Role, TranslatedFrom};
pub(crate) use status::{LocaleSummary, State};
