//! `pocketcard build`: every selected card in every selected language, as PDF and PNG.

use std::process::ExitCode;

use super::{exit, open, plural, report};
use crate::cli::args::BuildArgs;
use crate::commands::build::{self, BuildPlan};

/// Builds what `args` select and prints one summary line.
pub fn run(args: &BuildArgs) -> ExitCode {
    // A killed build's temporary files may hold a holder's number: removed even when this
    // build stops before it starts (a project that does not load, an unknown name).
    let out = args.out.clone().unwrap_or_else(|| args.project.root.join("out"));
    crate::rendering::output::remove_leftovers_below(&out);
    let Some((session, _)) = open(&args.project, &args.selection.langs, true) else {
        return ExitCode::FAILURE;
    };
    let plan = match BuildPlan::new(&args.request(), &session) {
        Ok(plan) => plan,
        Err(errors) => {
            report(&errors);
            return ExitCode::FAILURE;
        }
    };
    let result = {
        let _budget = crate::rendering::budget::arm(args.budget.into(), plan.jobs);
        build::run(&plan, &session)
    };
    report(&result.diagnostics);
    let errors = result.diagnostics.iter().filter(|d| d.is_error()).count();
    let written = result.written.len();
    eprintln!(
        "wrote {written} file{} to {} ({} document{} rebuilt, {} up to date){}",
        plural(written),
        build::out_display(&plan).display(),
        result.rebuilt,
        plural(result.rebuilt),
        result.up_to_date,
        if errors == 0 {
            String::new()
        } else {
            format!("; {errors} error{} (outputs of failed documents were left as they were)", plural(errors))
        }
    );
    exit(errors == 0)
}
