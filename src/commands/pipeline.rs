//! The one way from a checked plan to documents, shared by `build` and `serve`: the checks that
//! run before anything is rendered, each document resolved once (its data then serves the
//! discretion check, the incremental key and the compile alike), and the one rule of `--force`.

use crate::checks::check::{self, CheckPlan};
use crate::diag::{Diagnostic, Kind};
use crate::model::plan::Documents;
use crate::rendering::resolve::ResolveOptions;
use crate::rendering::session::Session;

/// The checks of `pocketcard check` that concern what is about to be rendered, minus two that
/// the pipeline runs on each resolved document instead: missing messages (the resolver
/// reports them for the cards actually made) and sensitive terms (`discretion::sensitive_terms`).
/// The fonts each locale names come first: without them nothing else can be checked.
pub(crate) fn before_rendering(session: &Session, documents: &Documents, options: &ResolveOptions) -> Vec<Diagnostic> {
    let found = session.check_locale_fonts(&documents.langs, &documents.officer);
    if found.iter().any(Diagnostic::is_error) {
        return found;
    }
    let plan = CheckPlan {
        documents: documents.clone(),
        max_age_months: check::DEFAULT_MAX_CONTACT_AGE,
        today: check::this_month(),
        render: false,
        options: options.clone(),
    };
    found
        .into_iter()
        .chain(check::without_printed_strings(&plan, session).into_iter().filter(|d| d.kind != Kind::MissingMessage))
        .collect()
}
