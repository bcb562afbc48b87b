//! pocketcard: print-ready know-your-rights wallet cards and flyers, in many languages,
//! rendered from data (cards, contacts, Fluent messages) through embedded Typst.

pub mod args;
pub mod bench;
pub mod bidi;
pub mod budget;
pub mod build;
pub mod card;
pub mod check;
pub mod compile;
pub mod contacts;
pub mod diag;
pub mod discretion;
pub mod fluent_refs;
pub mod fonts;
pub mod incremental;
pub mod input;
pub mod list;
pub mod locale;
pub mod org;
pub mod output;
pub mod personal;
pub mod phone;
pub mod plan;
pub mod project;
pub mod pseudo;
pub mod qr;
pub mod raster;
pub mod resolve;
pub mod scaffold;
pub mod session;
pub mod sheet;
pub mod toml_file;
pub mod watch;
pub mod workers;
pub mod world;
