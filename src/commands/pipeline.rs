//! The one way from a checked plan to documents, shared by `build` and `serve`: the checks that
//! run before anything is rendered, each document resolved once (its data then serves the
//! discretion check, the incremental key and the compile alike), and the one rule of `--force`.

use crate::checks::check::{self, CheckPlan};
use crate::checks::discretion::{self, Checker};
use crate::diag::{Diagnostic, Kind};
use crate::model::card::Card;
use crate::model::plan::Documents;
use crate::model::project::Project;
use crate::rendering::resolve::{self, ResolveOptions, ResolvedCard};
use crate::rendering::session::Session;

/// One document of a plan: a card with its holder's side in one language, resolved once.
pub(crate) struct Job<'p> {
    pub(crate) card: &'p Card,
    pub(crate) lang: &'p str,
    /// Its outputs' stem and its name in the manifest: `fr/wallet-rights`.
    pub(crate) name: String,
    /// The card as its layout will read it, or why it cannot be made (in its locale).
    pub(crate) resolved: Result<ResolvedCard, Vec<Diagnostic>>,
}

/// The checks of `pocketcard check` that concern what is about to be rendered, minus two that
/// the pipeline runs on each resolved document instead: missing messages (the resolver
/// reports them for the cards actually made) and sensitive terms ([`sensitive_terms`]).
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

/// Every document of `documents`, the costliest first (so that two cores finish together),
/// each resolved once, on `threads` threads.
pub(crate) fn resolve_all<'p>(
    project: &'p Project,
    documents: &'p Documents,
    options: &ResolveOptions,
    threads: usize,
) -> Vec<Job<'p>> {
    let order = documents.costliest_first(project);
    let resolved = crate::rendering::workers::map(threads, &order, |(card_id, lang)| {
        let card = &project.cards[*card_id];
        resolve::resolve(project, card, lang, &documents.officer, options)
            .map_err(|errors| errors.into_iter().map(|d| d.or_locale(lang)).collect())
    });
    order
        .into_iter()
        .zip(resolved)
        .map(|((card_id, lang), resolved)| Job {
            card: &project.cards[card_id],
            lang,
            name: format!("{lang}/{card_id}"),
            resolved,
        })
        .collect()
}

/// The discretion check of the resolved `jobs` (worker cards only; a job that did not resolve
/// prints nothing), each printed string searched once, on `threads` threads. Each finding is
/// reported once, however many documents print it.
pub(crate) fn sensitive_terms(
    project: &Project,
    options: &ResolveOptions,
    jobs: &[&Job],
    threads: usize,
) -> Vec<Diagnostic> {
    let checker = Checker::new(project, options);
    let found = crate::rendering::workers::map(threads, jobs, |job| match &job.resolved {
        Ok(resolved) => checker.document(job.card, &resolved.data),
        Err(_) => Vec::new(),
    });
    discretion::once_each(found.into_iter().flatten())
}
