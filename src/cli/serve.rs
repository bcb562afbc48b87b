//! `pocketcard serve`: the web page that builds cards for an outreach team.

use std::process::ExitCode;

use super::{exit, report};
use crate::cli::args::ServeArgs;

/// Serves the page until interrupted.
pub fn run(args: &ServeArgs) -> ExitCode {
    exit(crate::commands::serve::run(&args.options(), report))
}
