//! `pocketcard check`: every problem of the selection, for translators and editors, as text
//! or JSON.

use std::process::ExitCode;

use super::{exit, open, plural, report};
use crate::checks::check::{self, CheckPlan};
use crate::cli::args::{CheckArgs, ReportFormat};
use crate::commands::build;
use crate::diag::Diagnostic;
use crate::model::plan::Documents;

/// Checks what `args` select, printing every problem found in one run.
pub fn run(args: &CheckArgs) -> ExitCode {
    let Some((session, loaded)) = open(&args.project, &args.selection.langs, false) else {
        return ExitCode::FAILURE;
    };
    let project = &session.project;
    let mut errors = Vec::new();
    let documents =
        Documents::select(&args.selection.cards, &args.selection.langs, &args.selection.officer_lang, project)
            .map_err(|mut unknown| errors.append(&mut unknown))
            .ok();
    let (personal, org) =
        build::holder_files(project, documents.as_ref(), args.personal.as_deref(), args.org.as_deref(), &mut errors);
    let Some(documents) = documents.filter(|_| errors.is_empty()) else {
        report(&errors);
        return ExitCode::FAILURE;
    };
    let options = crate::rendering::resolve::ResolveOptions {
        personal,
        personal_path: args.personal.clone(),
        org,
        ..Default::default()
    };
    let plan = CheckPlan {
        documents,
        max_age_months: args.max_contact_age,
        today: check::this_month(),
        render: true,
        options,
    };
    let mut found = loaded;
    found.extend(session.check_locale_fonts(&plan.documents.langs, &plan.documents.officer));
    {
        let _budget = crate::rendering::budget::arm(args.budget.into(), crate::rendering::workers::one_per_core());
        found.extend(check::run(&plan, &session));
    }
    let errors = found.iter().filter(|d| d.is_error()).count();
    let warnings = found.len() - errors;
    match args.format {
        ReportFormat::Json => {
            let records: Vec<_> = found.iter().map(Diagnostic::to_record).collect();
            let summary = serde_json::json!({ "errors": errors, "warnings": warnings, "problems": records });
            println!("{}", serde_json::to_string_pretty(&summary).unwrap_or_default());
        }
        ReportFormat::Text => {
            report(&found);
            eprintln!(
                "checked {} card{} in {} locale{}: {errors} error{}, {warnings} warning{}",
                plan.documents.cards.len(),
                plural(plan.documents.cards.len()),
                plan.documents.langs.len(),
                plural(plan.documents.langs.len()),
                plural(errors),
                plural(warnings)
            );
        }
    }
    exit(errors == 0)
}
