//! pocketcard: print-ready know-your-rights wallet cards and flyers, in many languages,
//! rendered from data (cards, contacts, Fluent messages) through embedded Typst.
//!
//! The folders are the layers, each using only those below it:
//! - [`cli`]: the command line (clap arguments, one module per subcommand, printing);
//! - [`commands`]: what each command does, taking the library's own request types;
//! - [`checks`]: what is wrong with a project or a card before anything is printed;
//! - [`rendering`]: the session (project and fonts), resolved card data, the Typst world,
//!   compiling, exporting, writing;
//! - [`model`]: the project loaded into types (cards, locales, contacts, review records,
//!   directional isolates, files read safely).
//!
//! [`diag`] (diagnostics with a kind, a place and a hint) is shared by all of them.

pub mod checks;
pub mod cli;
pub mod commands;
pub mod diag;
pub mod model;
pub mod rendering;
