//! The project loaded into a typed model: its cards, locales, contacts, the organization and
//! personal files, the selection of documents, and the bounded readers every file goes through.

pub mod bidi;
pub mod card;
pub mod contacts;
pub mod fluent_refs;
pub mod input;
pub mod locale;
pub mod org;
pub mod personal;
pub mod plan;
pub mod project;
pub mod pseudo;
pub mod review;
pub mod toml_file;
