//! `pocketcard bench`: the speed and memory figures, side by side with the peers found.

use std::process::ExitCode;

use super::{exit, open, report, select};
use crate::cli::args::BenchArgs;
use crate::diag::{Diagnostic, Kind};

/// Runs the benchmark and prints its table.
pub fn run(args: &BenchArgs) -> ExitCode {
    let Some((session, _)) = open(&args.project, &args.selection.langs, true) else {
        return ExitCode::FAILURE;
    };
    let out = match tempfile::tempdir() {
        Ok(dir) => dir,
        Err(err) => {
            report(&[Diagnostic::error(Kind::Io, format!("cannot make a temporary folder: {err}"))]);
            return ExitCode::FAILURE;
        }
    };
    let Some(documents) = select(&args.selection, &session) else {
        return ExitCode::FAILURE;
    };
    let options = crate::commands::bench::BenchOptions {
        documents,
        jobs: args.jobs.unwrap_or_else(crate::rendering::workers::one_per_core),
        runs: usize::from(args.runs),
        typst: &args.typst,
        skip_cli: args.no_cli,
        python: &args.python,
        font_paths: &args.project.font_paths,
    };
    let result = crate::commands::bench::run(&session.project, &options, out.path());
    print!("{}", result.render());
    exit(result.failure.is_none())
}
