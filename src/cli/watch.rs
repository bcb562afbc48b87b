//! `pocketcard watch`: rebuild on every save until interrupted.

use std::process::ExitCode;

use super::{exit, report};
use crate::cli::args::WatchArgs;

/// Watches the project, rebuilding what each change affects.
pub fn run(args: &WatchArgs) -> ExitCode {
    let build = &args.build;
    exit(crate::commands::watch::run(&build.project.paths(), &build.request(), build.budget.into(), report))
}
