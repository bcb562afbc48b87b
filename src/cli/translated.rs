//! `pocketcard translated`: records that a locale's messages were translated from today's
//! English, so they stop being reported as stale.

use std::process::ExitCode;

use super::{open, plural, report};
use crate::cli::args::TranslatedArgs;

/// Records the messages and says where.
pub fn run(args: &TranslatedArgs) -> ExitCode {
    let Some((session, _)) = open(&args.project, &[], true) else {
        return ExitCode::FAILURE;
    };
    match crate::commands::translated::record(&session.project, &args.tag, &args.ids, args.all) {
        Ok(recorded) => {
            eprintln!(
                "recorded {} message{} of {} as translated from today's English in {}",
                recorded.messages.len(),
                plural(recorded.messages.len()),
                args.tag,
                recorded.path.display()
            );
            ExitCode::SUCCESS
        }
        Err(errors) => {
            report(&errors);
            ExitCode::FAILURE
        }
    }
}
