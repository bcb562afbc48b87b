//! `pocketcard build`: check the arguments against the project, render every requested card
//! in every requested language in parallel, then write the outputs atomically.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::commands::pipeline;
use crate::diag::{Diagnostic, Kind, display_path};
use crate::model::locale::Paper;
use crate::model::org;
use crate::model::personal;
use crate::model::plan::Documents;
use crate::rendering::compile::{self, DocumentOutcome, Format, RenderContext};
use crate::rendering::incremental::{self, DocumentKey, Freshness, Incremental};
use crate::rendering::output;
use crate::rendering::resolve::{self, ResolveOptions};
use crate::rendering::session::Session;
use crate::rendering::sheet::{BackOffset, SheetOptions};
use crate::rendering::workers;

/// What to build, as a command or the web page asks for it: names and options not yet
/// checked against the project ([`BuildPlan::new`] checks them).
#[derive(Clone)]
pub struct BuildRequest {
    /// Card ids; empty means every card.
    pub cards: Vec<String>,
    /// Locale tags; empty means every locale.
    pub langs: Vec<String>,
    /// The language of the side shown to an officer.
    pub officer_lang: String,
    /// Files to write; empty means PDF and PNG.
    pub formats: Vec<Format>,
    /// The output folder [default: out/ in the project folder].
    pub out: Option<PathBuf>,
    /// Paper for flyers [default: each language's own].
    pub paper: Option<Paper>,
    /// The holder's personal file.
    pub personal: Option<PathBuf>,
    /// The organization file.
    pub org: Option<PathBuf>,
    /// Papers to lay print sheets out on.
    pub sheets: Vec<Paper>,
    /// Bleed in millimetres.
    pub bleed: Option<f64>,
    /// Lay sheets out for folding instead of duplex.
    pub fold: bool,
    /// Write a duplex calibration page per sheet paper.
    pub calibrate: bool,
    /// Shift of the backs of a duplex sheet.
    pub back_offset: Option<BackOffset>,
    /// Write the phone picture.
    pub phone: bool,
    /// Write documents even when checks find errors.
    pub force: bool,
    /// Documents rendered at once [default: one per core].
    pub jobs: Option<usize>,
    /// Ignore the manifest.
    pub force_rebuild: bool,
}

impl Default for BuildRequest {
    /// Every card in every locale, with the officer side in English, as `pocketcard build`.
    fn default() -> Self {
        BuildRequest {
            cards: Vec::new(),
            langs: Vec::new(),
            officer_lang: "en".to_string(),
            formats: Vec::new(),
            out: None,
            paper: None,
            personal: None,
            org: None,
            sheets: Vec::new(),
            bleed: None,
            fold: false,
            calibrate: false,
            back_offset: None,
            phone: false,
            force: false,
            jobs: None,
            force_rebuild: false,
        }
    }
}

/// A build request checked against the project: every name exists.
pub struct BuildPlan {
    pub options: ResolveOptions,
    pub force: bool,
    pub phone: bool,
    /// Print sheets to write for wallet-sized cards.
    pub sheets: Vec<SheetOptions>,
    /// Write a duplex alignment test page for each sheet paper and language.
    pub calibrate: bool,
    /// The cards and languages to build.
    pub documents: Documents,
    pub formats: Vec<Format>,
    pub out: PathBuf,
    pub jobs: usize,
    /// Render every document, even those whose outputs are up to date (`--force-rebuild`).
    pub force_rebuild: bool,
}

/// What a build did, for the caller to report.
pub struct BuildReport {
    /// Files written, relative to the output folder.
    pub written: Vec<PathBuf>,
    pub diagnostics: Vec<Diagnostic>,
    /// Documents rendered and written.
    pub rebuilt: usize,
    /// Documents whose outputs were already up to date, so not rendered.
    pub up_to_date: usize,
    /// Text boxes of the documents rendered whose size was remembered from the last build
    /// instead of searched for (their text, geometry, fonts and layout being the same).
    pub fits_remembered: usize,
}

/// Loads the `--personal` and `--org` files a build or check adds to the cards, adding their
/// problems to `errors`. The personal file is checked against the cards selected (all cards
/// when the selection itself has errors, so that every problem is reported in one run).
pub(crate) fn holder_files(
    project: &crate::model::project::Project,
    documents: Option<&Documents>,
    personal_path: Option<&std::path::Path>,
    org_path: Option<&std::path::Path>,
    errors: &mut Vec<Diagnostic>,
) -> (BTreeMap<String, String>, Option<org::Org>) {
    let cards: Vec<String> = match documents {
        Some(documents) => documents.cards.clone(),
        None => project.cards.keys().cloned().collect(),
    };
    let personal = match personal_path {
        Some(path) => personal::load(path, project, &cards).unwrap_or_else(|mut e| {
            errors.append(&mut e);
            BTreeMap::new()
        }),
        None => BTreeMap::new(),
    };
    let org = org_path.and_then(|path| org::load(path).map_err(|mut e| errors.append(&mut e)).ok());
    (personal, org)
}

impl BuildPlan {
    /// The duplex calibration pages the plan makes, in order: one per language and sheet
    /// paper with `--calibrate`, none without. `build` and `serve` both make these.
    pub(crate) fn calibration_pages(&self) -> Vec<(&str, Paper)> {
        if !self.calibrate {
            return Vec::new();
        }
        let langs = self.documents.langs.iter().map(String::as_str);
        langs.flat_map(|lang| self.sheets.iter().map(move |sheet| (lang, sheet.paper))).collect()
    }
}

impl BuildPlan {
    /// Checks `request` against the loaded project, reporting every unknown name at once.
    pub fn new(request: &BuildRequest, session: &Session) -> Result<BuildPlan, Vec<Diagnostic>> {
        let project = &session.project;
        let mut errors = Vec::new();
        let documents = Documents::select(&request.cards, &request.langs, &request.officer_lang, project)
            .map_err(|mut unknown| errors.append(&mut unknown))
            .ok();
        let (personal, org) =
            holder_files(project, documents.as_ref(), request.personal.as_deref(), request.org.as_deref(), &mut errors);
        let mut sheet_papers = request.sheets.clone();
        sheet_papers.dedup();
        if request.calibrate && sheet_papers.is_empty() {
            errors.push(
                Diagnostic::error(
                    Kind::Usage,
                    "--calibrate makes a test page for a sheet paper, but no --sheet was given",
                )
                .hint("add --sheet letter or --sheet a4"),
            );
        }
        if request.calibrate && request.fold {
            errors.push(
                Diagnostic::error(
                    Kind::Usage,
                    "--calibrate tests duplex printing, but --fold sheets print on one side",
                )
                .hint("build the calibration page without --fold"),
            );
        }
        if request.fold && sheet_papers.is_empty() {
            errors.push(
                Diagnostic::error(Kind::Usage, "--fold lays out a print sheet, but no --sheet was given")
                    .hint("add --sheet letter or --sheet a4"),
            );
        }
        let bleed = request.bleed.unwrap_or(crate::rendering::sheet::DEFAULT_BLEED_MM);
        if !(0.0..=10.0).contains(&bleed) {
            errors.push(
                Diagnostic::error(Kind::Usage, format!("--bleed {bleed} is out of range"))
                    .hint("bleed is given in millimetres, from 0 to 10; 3 is usual"),
            );
        }
        let sheets = sheet_papers
            .iter()
            .map(|&paper| SheetOptions {
                paper,
                bleed,
                fold: request.fold,
                back_offset: request.back_offset.unwrap_or_default().0,
            })
            .collect();
        let Some(documents) = documents.filter(|_| errors.is_empty()) else {
            return Err(errors);
        };
        let mut formats: Vec<Format> =
            if request.formats.is_empty() { vec![Format::Pdf, Format::Png] } else { request.formats.clone() };
        formats.sort();
        formats.dedup();
        Ok(BuildPlan {
            options: ResolveOptions {
                paper: request.paper,
                personal,
                personal_path: request.personal.clone(),
                org,
                bleed_mm: request.bleed.unwrap_or(0.0),
            },
            force: request.force,
            phone: request.phone,
            sheets,
            calibrate: request.calibrate,
            documents,
            formats,
            out: request.out.clone().unwrap_or_else(|| project.root.join("out")),
            jobs: request.jobs.unwrap_or_else(workers::one_per_core),
            force_rebuild: request.force_rebuild,
        })
    }
}

/// What every document of `plan` shares: the session's fonts and standard library (kept warm
/// across builds by `watch` and `serve`) and the plan's options.
pub(crate) fn render_context<'a>(plan: &BuildPlan, session: &'a Session) -> RenderContext<'a> {
    RenderContext {
        project: &session.project,
        options: plan.options.clone(),
        force: plan.force,
        phone: plan.phone,
        sheets: plan.sheets.clone(),
        fonts: Arc::clone(&session.fonts),
        library: Arc::clone(&session.library),
    }
}

/// Renders the plan. Documents that fail write nothing, so their previous outputs stay.
pub fn run(plan: &BuildPlan, session: &Session) -> BuildReport {
    let project = &session.project;
    let documents = &plan.documents;
    let nothing =
        |diagnostics| BuildReport { written: Vec::new(), diagnostics, rebuilt: 0, up_to_date: 0, fits_remembered: 0 };
    // Temporary files a killed build left behind may hold a holder's personal data: removed
    // first, in every language's folder, whether or not this build goes on to write anything.
    output::remove_leftovers_below(&plan.out);
    let mut found = pipeline::before_rendering(session, documents, &plan.options);
    if found.iter().any(|d| d.is_error() && d.kind == Kind::MissingFont) {
        return nothing(found);
    }
    // A build that fills in a holder's values neither reads nor writes the manifest: nothing
    // derived from them is stored, and every document asked for is rendered.
    let personal = !plan.options.personal.is_empty() || plan.options.personal_path.is_some();
    let lists = incremental::lists_key(crate::checks::discretion::project_lists(project));
    let manifest = (!personal).then(|| Incremental::open(&plan.out, &project.cards_dir(), plan.force_rebuild, lists));
    let build_key = incremental::build_key(session.fonts.files(), &project.config.info_as_of, &key_options(plan));
    // Each document resolved once: its data is what the discretion check reads, what its key
    // hashes and what its layout reads.
    let jobs = crate::rendering::resolve::resolve_all(project, documents, &plan.options, plan.jobs);
    let freshness = workers::map(plan.jobs, &jobs, |job| {
        let (Some(manifest), Ok(resolved)) = (&manifest, &job.resolved) else {
            return (None, Freshness::Stale);
        };
        let key = document_key(plan, session, build_key, job, resolved);
        (Some(key), manifest.freshness(&job.name, key))
    });
    // The strings of a document whose outputs are up to date were checked against today's
    // lists when it was written (or last checked), and are the same: only the others are
    // searched. Under --force every document is searched, so that its findings are shown.
    let unchecked: Vec<&crate::rendering::resolve::Job> = jobs
        .iter()
        .zip(&freshness)
        .filter(|(_, (_, fresh))| plan.force || *fresh != (Freshness::UpToDate { checked: true }))
        .map(|(job, _)| job)
        .collect();
    found.extend(crate::checks::discretion::sensitive_terms(project, &plan.options, &unchecked, plan.jobs));
    if crate::diag::apply_force(&mut found, plan.force) {
        found.push(
            Diagnostic::error(Kind::NothingWritten, "checks found errors, so nothing was written")
                .hint("fix them (`pocketcard check` lists them all), or pass --force to write the cards anyway"),
        );
        return nothing(found);
    }
    let mut diagnostics = found;
    if let Some(manifest) = &manifest {
        for (job, (_, fresh)) in jobs.iter().zip(&freshness) {
            if *fresh == (Freshness::UpToDate { checked: false }) {
                manifest.mark_checked(&job.name);
            }
        }
    }
    let ctx = render_context(plan, session);
    let todo: Vec<(&crate::rendering::resolve::Job, Option<u128>, Freshness)> =
        jobs.iter().zip(freshness).map(|(job, (key, fresh))| (job, key, fresh)).collect();
    let progress = progress_bar(todo.iter().filter(|(_, _, fresh)| *fresh == Freshness::Stale).count());
    let finished = AtomicUsize::new(0);
    let fits_remembered = AtomicUsize::new(0);
    // Each document's files are written as soon as it is done, so that a large matrix never
    // holds every PDF and PNG in memory at once; a document that failed writes nothing.
    let outcomes = workers::map(plan.jobs, &todo, |(job, key, fresh)| {
        let resolved = match &job.resolved {
            Ok(resolved) => resolved,
            Err(errors) => {
                return Written { files: Vec::new(), diagnostics: errors.clone(), rebuilt: false, up_to_date: false };
            }
        };
        if *fresh != Freshness::Stale {
            let diagnostics = resolved.warnings.iter().map(|d| d.clone().or_locale(job.lang)).collect();
            return Written { files: Vec::new(), diagnostics, rebuilt: false, up_to_date: true };
        }
        // The sizes its text boxes were fitted at last time, while they still hold: a box
        // whose text did not change is not searched for again.
        let env = fits_env(project, build_key, job, &documents.officer);
        let known = manifest.as_ref().and_then(|m| m.known_fits(&job.name, env));
        let outcome = compile::render_resolved(&ctx, job.card, job.lang, resolved, &plan.formats, known);
        let read = outcome.read.clone();
        let fits = outcome.fits.clone();
        fits_remembered.fetch_add(outcome.fits_remembered, Ordering::Relaxed);
        let written = write_outcome(outcome, &plan.out, |files| {
            if let (Some(manifest), Some(key)) = (&manifest, key) {
                manifest.record(&job.name, *key, &read, files, (&fits, env));
            }
        });
        // Drop memoized results that recent documents did not reuse, so that the cache stays
        // bounded over hundreds of documents while shared work (fonts, the standard library,
        // common layout code) stays cached. Eviction walks the whole cache, so it runs after
        // every few documents rather than after each.
        if finished.fetch_add(1, Ordering::Relaxed) % EVICT_EVERY == EVICT_EVERY - 1 {
            comemo::evict(EVICT_AFTER);
        }
        progress.inc(1);
        written
    });

    progress.finish_and_clear();
    // Report in card and locale order, whatever order the documents were rendered in.
    let mut outcomes: Vec<((&str, &str), Written)> =
        todo.iter().map(|(job, _, _)| (job.card.id.as_str(), job.lang)).zip(outcomes).collect();
    outcomes.sort_by_key(|(document, _)| *document);
    let (mut written, mut rebuilt, mut up_to_date) = (Vec::new(), 0, 0);
    for (_, outcome) in outcomes {
        rebuilt += usize::from(outcome.rebuilt);
        up_to_date += usize::from(outcome.up_to_date);
        written.extend(outcome.files);
        diagnostics.extend(outcome.diagnostics);
    }
    for (lang, paper) in plan.calibration_pages() {
        let name = format!("{lang}/calibration-{}", paper.name());
        let result = match compile::calibration_files(&ctx, lang, paper) {
            Err(errors) => Written { files: Vec::new(), diagnostics: errors, rebuilt: false, up_to_date: false },
            Ok((files, warnings)) => {
                let key = DocumentKey::new(build_key, "calibration", &name).files(&files).finish();
                if manifest.as_ref().is_some_and(|m| m.up_to_date(&name, key)) {
                    Written { files: Vec::new(), diagnostics: warnings, rebuilt: false, up_to_date: true }
                } else {
                    let mut read = Default::default();
                    let mut outcome = match compile::render_calibration(&ctx, lang, paper, files, &mut read) {
                        Ok((file, more)) => DocumentOutcome { files: vec![file], warnings: more, ..Default::default() },
                        Err(errors) => DocumentOutcome { errors, ..Default::default() },
                    };
                    let mut all = warnings;
                    all.append(&mut outcome.warnings);
                    outcome.warnings = all;
                    write_outcome(outcome, &plan.out, |files| {
                        if let Some(manifest) = &manifest {
                            manifest.record(&name, key, &read, files, (&Default::default(), 0));
                        }
                    })
                }
            }
        };
        rebuilt += usize::from(result.rebuilt);
        up_to_date += usize::from(result.up_to_date);
        written.extend(result.files);
        diagnostics.extend(result.diagnostics);
    }
    if let Some(manifest) = manifest
        && let Err(mut diag) = manifest.save()
    {
        // The outputs are good; only the next build's shortcut is lost.
        diag.severity = crate::diag::Severity::Warning;
        diagnostics.push(diag);
    }
    crate::diag::dedup(&mut diagnostics);
    BuildReport { written, diagnostics, rebuilt, up_to_date, fits_remembered: fits_remembered.into_inner() }
}

/// The key of one resolved document: its card's layout and size, the files its layout reads,
/// and the printing guide of its sheets.
fn document_key(
    plan: &BuildPlan,
    session: &Session,
    build_key: u128,
    job: &crate::rendering::resolve::Job,
    resolved: &resolve::ResolvedCard,
) -> u128 {
    let card = job.card;
    let mut key = DocumentKey::new(build_key, "card", &job.name);
    key.part(card.layout.as_bytes()).part(format!("{:?}", card.size).as_bytes()).files(&resolved.files);
    if card.size == crate::model::card::CardSize::Cr80 {
        for sheet in &plan.sheets {
            let (guide, _) = resolve::printing_guide(&session.project, job.lang, sheet.fold);
            key.part(&serde_json::to_vec(&guide).unwrap_or_default());
        }
    }
    key.finish()
}

/// What the fitted sizes of `job`'s text boxes depend on besides their own text and geometry.
fn fits_env(
    project: &crate::model::project::Project,
    build_key: u128,
    job: &crate::rendering::resolve::Job,
    officer: &str,
) -> u128 {
    let locales: Vec<&crate::model::locale::LocaleMeta> =
        [job.lang, officer].into_iter().filter_map(|tag| project.localizer.locale(tag).map(|l| &l.meta)).collect();
    incremental::fits_env(build_key, &job.card.layout, &format!("{:?}", job.card.size), &locales)
}

/// The options that shape every output of a build, as one string for the build's key. The
/// officer's language, `--org` and the paper a locale defaults to are in each document's data.
fn key_options(plan: &BuildPlan) -> String {
    format!(
        "formats={:?} phone={} force={} sheets={:?} paper={:?} bleed={:?}",
        plan.formats, plan.phone, plan.force, plan.sheets, plan.options.paper, plan.options.bleed_mm
    )
}

/// How many documents finish between two evictions of Typst's memoized results.
const EVICT_EVERY: usize = 4;

/// How many evictions a memoized result may go unused before it is dropped: with
/// [`EVICT_EVERY`], a result unused by the last eight or so documents.
const EVICT_AFTER: usize = 1;

/// What one document left behind: files written and problems found.
struct Written {
    files: Vec<PathBuf>,
    diagnostics: Vec<Diagnostic>,
    /// Rendered and written.
    rebuilt: bool,
    /// Not rendered: its outputs were up to date.
    up_to_date: bool,
}

/// Writes a document's files (only when it has no errors, and all of them or none) and
/// gathers its diagnostics. Once they are in place, `written` is told which files (relative to
/// `out`) with their bytes.
fn write_outcome(
    outcome: DocumentOutcome,
    out: &std::path::Path,
    written: impl FnOnce(&[(PathBuf, &[u8])]),
) -> Written {
    let mut diagnostics = outcome.warnings;
    let mut files = Vec::new();
    let mut rebuilt = false;
    if outcome.errors.is_empty() {
        let targets: Vec<(PathBuf, &[u8])> =
            outcome.files.iter().map(|file| (out.join(&file.path), file.bytes.as_slice())).collect();
        match output::write_all(&targets) {
            Ok(()) => {
                let relative: Vec<(PathBuf, &[u8])> =
                    outcome.files.iter().map(|file| (file.path.clone(), file.bytes.as_slice())).collect();
                written(&relative);
                rebuilt = true;
                files.extend(outcome.files.into_iter().map(|file| file.path));
            }
            Err(diag) => {
                let names: Vec<String> = outcome.files.iter().map(|f| f.path.display().to_string()).collect();
                diagnostics.push(diag.hint(format!(
                    "none of this document's files ({}) were written; the earlier ones are as they were",
                    names.join(", ")
                )));
            }
        }
    } else {
        diagnostics.extend(outcome.errors);
    }
    Written { files, diagnostics, rebuilt, up_to_date: false }
}

/// A bar of documents done and left, on a terminal only: piped output stays clean.
fn progress_bar(len: usize) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if !std::io::stderr().is_terminal() || len < 2 {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len as u64);
    if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} documents ({elapsed})") {
        bar.set_style(style);
    }
    bar
}

/// Where outputs went, as the summary line names it.
pub(crate) fn out_display(plan: &BuildPlan) -> PathBuf {
    display_path(&plan.out)
}
