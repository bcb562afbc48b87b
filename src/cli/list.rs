//! `pocketcard list`: the project's cards, locales and layouts.

use std::process::ExitCode;

use super::open;
use crate::cli::args::ProjectArgs;

/// Prints the listing.
pub fn run(args: &ProjectArgs) -> ExitCode {
    let Some((session, _)) = open(args, &[], true) else {
        return ExitCode::FAILURE;
    };
    print!("{}", crate::commands::list::listing(&session));
    ExitCode::SUCCESS
}
