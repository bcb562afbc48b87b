//! The `pocketcard` command: parses arguments and dispatches to a subcommand.

use std::process::ExitCode;

use clap::{CommandFactory, Parser};
use pocketcard::args::{BuildArgs, CheckArgs, Cli, Command, ProjectArgs, ReportFormat, ReviewArgs, Selection};
use pocketcard::build::{self, BuildPlan};
use pocketcard::check::{self, CheckPlan};
use pocketcard::diag::{self, Diagnostic};
use pocketcard::list;
use pocketcard::plan::Documents;
use pocketcard::pseudo;
use pocketcard::session::Session;

fn main() -> ExitCode {
    // clap exits with status 2 on a usage error, as documented.
    let cli = Cli::parse();
    let build_args = match &cli.command {
        Command::Build(args) => Some(args),
        Command::Watch(args) => Some(&args.build),
        _ => None,
    };
    if let Some(problem) = build_args.and_then(BuildArgs::usage_problem) {
        Cli::command().error(clap::error::ErrorKind::ArgumentConflict, problem).exit();
    }
    match cli.command {
        Command::Build(args) => run_build(&args),
        Command::Check(args) => run_check(&args),
        Command::NewLocale(args) => {
            let Some((session, _)) = open(&args.project, &[], true) else {
                return ExitCode::FAILURE;
            };
            match pocketcard::scaffold::new_locale(&session.project.root, &args.tag, &session.project.localizer) {
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
        Command::Bench(args) => {
            let Some((session, _)) = open(&args.project, &args.selection.langs, true) else {
                return ExitCode::FAILURE;
            };
            let out = match tempfile::tempdir() {
                Ok(dir) => dir,
                Err(err) => {
                    report(&[Diagnostic::error(format!("cannot make a temporary folder: {err}"))]);
                    return ExitCode::FAILURE;
                }
            };
            let jobs = args.jobs.unwrap_or_else(pocketcard::workers::one_per_core);
            let Some(documents) = select(&args.selection, &session) else {
                return ExitCode::FAILURE;
            };
            let options = pocketcard::bench::BenchOptions {
                documents,
                jobs,
                runs: usize::from(args.runs),
                typst: &args.typst,
                skip_cli: args.no_cli,
                python: &args.python,
                font_paths: &args.project.font_paths,
            };
            let result = pocketcard::bench::run(&session.project, &options, out.path());
            print!("{}", result.render());
            if result.failure.is_none() { ExitCode::SUCCESS } else { ExitCode::FAILURE }
        }
        Command::Watch(args) => {
            if pocketcard::watch::run(&args, report) {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Command::Serve(args) => {
            if pocketcard::serve::run(&args, report) {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Command::Translated(args) => {
            let Some((session, _)) = open(&args.project, &[], true) else {
                return ExitCode::FAILURE;
            };
            match pocketcard::translated::record(&session.project, &args.tag, &args.ids, args.all) {
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
        Command::Review(args) => run_review(&args),
        Command::List(args) => {
            let Some((session, _)) = open(&args, &[], true) else {
                return ExitCode::FAILURE;
            };
            print!("{}", list::listing(&session));
            ExitCode::SUCCESS
        }
    }
}

fn run_build(args: &BuildArgs) -> ExitCode {
    let Some((session, _)) = open(&args.project, &args.selection.langs, true) else {
        return ExitCode::FAILURE;
    };
    let plan = match BuildPlan::new(args, &session) {
        Ok(plan) => plan,
        Err(errors) => {
            report(&errors);
            return ExitCode::FAILURE;
        }
    };
    let result = {
        let _budget = pocketcard::budget::arm(args.budget.into(), plan.jobs);
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
    if errors == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

fn run_review(args: &ReviewArgs) -> ExitCode {
    let Some((session, _)) = open(&args.project, std::slice::from_ref(&args.lang), true) else {
        return ExitCode::FAILURE;
    };
    let project = &session.project;
    let out = args.out.clone().unwrap_or_else(|| project.root.join("out"));
    if let (Some(by), Some(role)) = (&args.sign, args.role) {
        let csv = args.packet.clone().unwrap_or_else(|| pocketcard::review::packet::packet_paths(&out, &args.lang).1);
        let (y, m, d) = check::today();
        let today = format!("{y:04}-{m:02}-{d:02}");
        return match pocketcard::review::packet::sign(project, &args.lang, &csv, by, role, &args.messages, &today) {
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
    match pocketcard::review::packet::write(&session, &args.lang, &out) {
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

fn run_check(args: &CheckArgs) -> ExitCode {
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
    let options = pocketcard::resolve::ResolveOptions {
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
        let _budget = pocketcard::budget::arm(args.budget.into(), pocketcard::workers::one_per_core());
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
    if errors == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

/// Loads the project (with the pseudolocale when asked for). When `strict`, every problem is
/// printed and any error stops here; otherwise the problems are handed back to report later.
fn open(args: &ProjectArgs, langs: &[String], strict: bool) -> Option<(Session, Vec<Diagnostic>)> {
    let (session, diagnostics) = Session::open(args, pseudo::wanted(langs));
    if strict || session.is_none() {
        report(&diagnostics);
        if diag::has_errors(&diagnostics) {
            return None;
        }
    }
    let session = session?;
    Some((session, if strict { Vec::new() } else { diagnostics }))
}

/// The selection resolved against the project, or `None` after reporting its unknown names.
fn select(selection: &Selection, session: &Session) -> Option<Documents> {
    Documents::select(&selection.cards, &selection.langs, &selection.officer_lang, &session.project)
        .map_err(|unknown| report(&unknown))
        .ok()
}

/// Prints warnings one line each, then errors in full, so the last thing read is what failed.
fn report(diagnostics: &[Diagnostic]) {
    let (errors, warnings): (Vec<Diagnostic>, Vec<Diagnostic>) =
        diagnostics.iter().cloned().partition(Diagnostic::is_error);
    if !warnings.is_empty() {
        eprint!("{}", diag::render_short(&warnings));
        let mut by_locale: std::collections::BTreeMap<String, usize> = Default::default();
        for w in &warnings {
            *by_locale.entry(w.locale.clone().unwrap_or_else(|| "project".to_string())).or_default() += 1;
        }
        let summary: Vec<String> = by_locale.iter().map(|(l, n)| format!("{l}: {n}")).collect();
        eprintln!("{} warning{} ({})", warnings.len(), plural(warnings.len()), summary.join(", "));
    }
    diag::eprint(&errors);
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
