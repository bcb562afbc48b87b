//! The command-line layer: one module per subcommand, each turning its parsed arguments into
//! the library's own requests, running them, and printing what happened. Only this layer and
//! `args` know about clap; `main.rs` only parses and dispatches here.

pub mod args;
pub mod bench;
pub mod build;
pub mod check;
pub mod list;
pub mod new_locale;
pub mod review;
pub mod serve;
pub mod translated;
pub mod watch;

use std::collections::BTreeMap;

use crate::cli::args::{ProjectArgs, Selection};
use crate::diag::{self, Diagnostic};
use crate::model::plan::Documents;
use crate::model::pseudo;
use crate::rendering::session::Session;

/// Loads the project (with the pseudolocale when `langs` asks for it). When `strict`, every
/// problem is printed and any error stops here; otherwise the problems are handed back to be
/// reported with the command's own.
fn open(args: &ProjectArgs, langs: &[String], strict: bool) -> Option<(Session, Vec<Diagnostic>)> {
    let (session, diagnostics) = Session::open(&args.paths(), pseudo::wanted(langs));
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
pub fn report(diagnostics: &[Diagnostic]) {
    let (errors, warnings): (Vec<Diagnostic>, Vec<Diagnostic>) =
        diagnostics.iter().cloned().partition(Diagnostic::is_error);
    if !warnings.is_empty() {
        eprint!("{}", diag::render_short(&warnings));
        let mut by_locale: BTreeMap<String, usize> = BTreeMap::new();
        for w in &warnings {
            *by_locale.entry(w.locale.clone().unwrap_or_else(|| "project".to_string())).or_default() += 1;
        }
        let summary: Vec<String> = by_locale.iter().map(|(l, n)| format!("{l}: {n}")).collect();
        eprintln!("{} warning{} ({})", warnings.len(), plural(warnings.len()), summary.join(", "));
    }
    diag::eprint(&errors);
}

/// The plural ending of a count in a summary line.
fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Success when `ok`.
fn exit(ok: bool) -> std::process::ExitCode {
    if ok { std::process::ExitCode::SUCCESS } else { std::process::ExitCode::FAILURE }
}
