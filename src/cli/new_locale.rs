//! `pocketcard new-locale`: a new language's files, every message to translate.

use std::process::ExitCode;

use super::{open, report};
use crate::cli::args::NewLocaleArgs;

/// Writes the new locale's files and says what to do next.
pub fn run(args: &NewLocaleArgs) -> ExitCode {
    let Some((session, _)) = open(&args.project, &[], true) else {
        return ExitCode::FAILURE;
    };
    match crate::commands::scaffold::new_locale(&session.project.root, &args.tag, &session.project.localizer) {
        Ok(files) => {
            for file in files {
                println!("wrote {file}");
            }
            eprintln!("next: translate the messages, then `pocketcard check --lang {}`", args.tag);
            ExitCode::SUCCESS
        }
        Err(diag) => {
            report(&[diag]);
            ExitCode::FAILURE
        }
    }
}
