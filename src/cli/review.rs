//! `pocketcard review`: a locale's review packet, or a reviewer's sign-off recorded from it.

use std::process::ExitCode;

use super::{open, plural, report};
use crate::cli::args::ReviewArgs;

/// Writes the packet, or records the sign-off when `--sign` is given.
pub fn run(args: &ReviewArgs) -> ExitCode {
    let Some((session, _)) = open(&args.project, std::slice::from_ref(&args.lang), true) else {
        return ExitCode::FAILURE;
    };
    let project = &session.project;
    let out = args.out.clone().unwrap_or_else(|| project.root.join("out"));
    if let (Some(by), Some(role)) = (&args.sign, args.role.map(crate::model::review::Role::from)) {
        let csv =
            args.packet.clone().unwrap_or_else(|| crate::commands::review::packet::packet_paths(&out, &args.lang).1);
        let (y, m, d) = crate::checks::check::today();
        let today = format!("{y:04}-{m:02}-{d:02}");
        return match crate::commands::review::packet::sign(project, &args.lang, &csv, by, role, &args.messages, &today)
        {
            Ok(signed) => {
                eprintln!(
                    "recorded {by}'s {} sign-off of {} message{} of {} in {}",
                    role.name(),
                    signed.messages.len(),
                    plural(signed.messages.len()),
                    args.lang,
                    signed.path.display()
                );
                ExitCode::SUCCESS
            }
            Err(errors) => {
                report(&errors);
                ExitCode::FAILURE
            }
        };
    }
    match crate::commands::review::packet::write(&session, &args.lang, &out) {
        Ok(written) => {
            report(&written.warnings);
            eprintln!(
                "wrote the review packet of {} ({} messages, {} to review first) to {} and {}",
                args.lang,
                written.rows,
                written.needs_work,
                written.pdf.display(),
                written.csv.display()
            );
            ExitCode::SUCCESS
        }
        Err(errors) => {
            report(&errors);
            ExitCode::FAILURE
        }
    }
}
