//! What each command does, as a library: each takes the library's own request types (never
//! clap's), so the command line, the web page and the tests drive the same code.

pub mod bench;
pub mod build;
pub mod list;
pub(crate) mod pipeline;
pub mod review;
pub mod scaffold;
pub mod serve;
pub mod translated;
pub mod watch;
