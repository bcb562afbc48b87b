//! The render thread: it alone holds the [`Session`] (the project, its fonts, and through them
//! Typst's memoized work, warm from one request to the next) and takes requests from a bounded
//! queue. A request that finds the queue full is answered "busy" at once; each render runs
//! under the same time and memory budget as a build (`budget`). Everything is rendered in
//! memory; nothing is written.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, SyncSender, TrySendError};
use std::sync::{Arc, RwLock};
use std::time::Instant;

use base64::Engine as _;
use tokio::sync::oneshot;

use super::events::Hub;
use super::request::{Refused, Settings};
use crate::commands::build::BuildPlan;
use crate::commands::pipeline;
use crate::commands::watch::ProjectWatcher;
use crate::diag::{Diagnostic, DiagnosticRecord, Kind};
use crate::model::card::CardSize;
use crate::model::locale::{Direction, Lookup};
use crate::model::plan::Affected;
use crate::rendering::budget::Limits;
use crate::rendering::compile::{self, OutputFile, RenderContext};
use crate::rendering::session::ProjectPaths;
use crate::rendering::session::Session;

/// How many requests may wait for the render thread; one more is answered "busy".
pub(crate) const QUEUE: usize = 4;

/// Pixels per inch of a wallet card's preview: sharp on a phone's screen, a fifth of the
/// pixels of print resolution.
const PREVIEW_CARD_DPI: f64 = 150.0;

/// Pixels per inch of a flyer's preview.
const PREVIEW_FLYER_DPI: f64 = 72.0;

/// What a page asks the render thread for.
pub(crate) enum Task {
    /// The pictures and problems of the card and language picked.
    Preview(Settings),
    /// The PDF of the card and language picked, with the holder's values.
    Pdf(Settings),
    /// Every file of every chosen card in every chosen language, as a ZIP.
    Zip(Settings),
}

/// A file to download.
pub(crate) struct Download {
    pub name: String,
    pub mime: &'static str,
    pub bytes: Vec<u8>,
}

/// The render thread's answer.
pub(crate) enum Reply {
    /// JSON for the page: pictures, problems, message status.
    Preview(serde_json::Value),
    File(Download),
    Refused(Refused),
}

enum Job {
    Task(Box<Task>, oneshot::Sender<Reply>),
    /// Files changed: what they affect, and whether a font was among them.
    Reload(Affected, bool),
}

/// The way to the render thread.
#[derive(Clone)]
pub(crate) struct Queue {
    jobs: SyncSender<Job>,
}

/// The queue is full.
pub(crate) struct Busy;

impl Queue {
    /// Queues `task`, or says at once that the render thread has too much to do.
    pub(crate) fn submit(&self, task: Task) -> Result<oneshot::Receiver<Reply>, Busy> {
        let (tx, rx) = oneshot::channel();
        match self.jobs.try_send(Job::Task(Box::new(task), tx)) {
            Ok(()) => Ok(rx),
            Err(TrySendError::Full(_) | TrySendError::Disconnected(_)) => Err(Busy),
        }
    }
}

/// What the page lists: the project's cards and languages, and its own words in every locale.
pub(crate) struct Catalog {
    pub cards: Vec<CardEntry>,
    pub langs: Vec<LangEntry>,
    /// By locale, then by message id: the page's words (`serve-*`), card titles (by card id)
    /// and write-in labels (`line:<id>`).
    pub words: BTreeMap<String, BTreeMap<String, String>>,
    /// The project's font files the page may load, by file name, so that it shows every
    /// language's name on a machine without fonts for that script.
    pub fonts: BTreeMap<String, PathBuf>,
    /// `@font-face` rules for them, and each language's families, served as `/fonts.css`.
    pub font_css: String,
}

/// A card as the page offers it.
pub(crate) struct CardEntry {
    pub id: String,
    /// Its write-in lines, by id.
    pub write_in: Vec<String>,
}

/// A language as the page offers it: named in its own script.
pub(crate) struct LangEntry {
    pub tag: String,
    pub name: String,
    pub english_name: String,
    pub lang: String,
    pub rtl: bool,
}

/// The page's own English words, compiled in: a project without `locales/en/serve.ftl` (an
/// older one) still gets a page with words.
const BUILT_IN_WORDS: &str = include_str!("../../../locales/en/serve.ftl");

/// The catalog, replaced whenever the project is loaded again.
pub(crate) type SharedCatalog = Arc<RwLock<Arc<Catalog>>>;

/// Opens the project on a new render thread and starts watching its files. Problems opening
/// it are handed back (errors stop here, as they stop `build`); warnings are printed.
pub(crate) fn start(
    project: ProjectPaths,
    limits: Limits,
    hub: Hub,
) -> Result<(Queue, SharedCatalog), Vec<Diagnostic>> {
    let (jobs, rx) = std::sync::mpsc::sync_channel(QUEUE);
    let (opened_tx, opened) = std::sync::mpsc::channel();
    let root = project.root.clone();
    let spawned = std::thread::Builder::new().name("pocketcard-render".into()).spawn(move || {
        let (session, diagnostics) = Session::open(&project, true);
        let session = match session {
            Some(session) if !crate::diag::has_errors(&diagnostics) => session,
            _ => {
                let _ = opened_tx.send(Err(diagnostics));
                return;
            }
        };
        if !diagnostics.is_empty() {
            eprint!("{}", crate::diag::render_short(&diagnostics));
        }
        let catalog: SharedCatalog = Arc::new(RwLock::new(Arc::new(catalog(&session))));
        if opened_tx.send(Ok(catalog.clone())).is_err() {
            return;
        }
        let mut worker = Worker { project, session, load_problems: Vec::new(), catalog, hub, limits, done: 0 };
        worker.serve(rx);
    });
    if let Err(err) = spawned {
        return Err(vec![Diagnostic::error(Kind::Internal, format!("cannot start the render thread: {err}"))]);
    }
    let catalog = opened.recv().map_err(|_| {
        vec![Diagnostic::error(Kind::Internal, "the render thread stopped while opening the project")]
    })??;
    let queue = Queue { jobs };
    let watcher = match ProjectWatcher::start(&root) {
        Ok(watcher) => watcher,
        Err(diag) => return Err(vec![diag]),
    };
    let reloads = queue.jobs.clone();
    let spawned = std::thread::Builder::new().name("pocketcard-watch".into()).spawn(move || {
        while let Some((what, fonts)) = watcher.next_change_and_fonts() {
            // Waits for room: a reload is never refused as busy.
            if reloads.send(Job::Reload(what, fonts)).is_err() {
                break;
            }
        }
    });
    if let Err(err) = spawned {
        return Err(vec![Diagnostic::error(Kind::Io, format!("cannot start watching the project: {err}"))]);
    }
    Ok((queue, catalog))
}

struct Worker {
    project: ProjectPaths,
    session: Session,
    /// Problems of the last reload (a translator's unfinished save), shown beside the preview.
    load_problems: Vec<Diagnostic>,
    catalog: SharedCatalog,
    hub: Hub,
    limits: Limits,
    done: usize,
}

impl Worker {
    fn serve(&mut self, jobs: Receiver<Job>) {
        for job in jobs {
            match job {
                Job::Reload(what, fonts) => self.reload(&what, fonts),
                Job::Task(task, reply) => {
                    // The page went away (a newer preview replaced it): nothing to draw.
                    if reply.is_closed() {
                        continue;
                    }
                    let answer = {
                        let _budget = crate::rendering::budget::arm(self.limits, 1);
                        self.answer(*task)
                    };
                    let _ = reply.send(answer);
                    self.done += 1;
                    // Keep the memoization cache bounded over a long session while the work
                    // every preview shares (fonts, the standard library) stays cached.
                    if self.done.is_multiple_of(16) {
                        comemo::evict(10);
                    }
                }
            }
        }
    }

    /// Loads the project again after a change, keeping the fonts parsed, Typst's library and
    /// the locales whose files are the same (as `watch` does), unless a font changed.
    fn reload(&mut self, what: &Affected, fonts: bool) {
        let start = Instant::now();
        let (session, diagnostics) = Session::reopen(&self.project, true, (!fonts).then_some(&self.session));
        // When the project cannot be read at all, the last one is drawn on, and the page says why.
        if let Some(session) = session {
            self.session = session;
            *self.catalog.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(catalog(&self.session));
        }
        self.load_problems = diagnostics;
        let changed = serde_json::json!({
            "all": what.all,
            "cards": what.cards,
            "langs": what.langs,
            "problems": self.load_problems.len(),
        });
        eprintln!(
            "reloaded the project after a change ({} ms){}",
            start.elapsed().as_millis(),
            if crate::diag::has_errors(&self.load_problems) { "; it has errors, shown beside the preview" } else { "" }
        );
        self.hub.changed(changed.to_string());
    }

    fn answer(&mut self, task: Task) -> Reply {
        let result = match task {
            Task::Preview(settings) => self.preview(&settings).map(Reply::Preview),
            Task::Pdf(settings) => self.pdf(&settings).map(Reply::File),
            Task::Zip(settings) => self.zip(&settings).map(Reply::File),
        };
        result.unwrap_or_else(Reply::Refused)
    }

    /// The picked card's pages as pictures, with every problem `check` and the layout find
    /// for it, and its language's message status. The holder's values are never drawn here.
    fn preview(&self, settings: &Settings) -> Result<serde_json::Value, Refused> {
        let session = &self.session;
        let pick = settings.preview.as_ref().ok_or_else(|| Refused::new("choose a card and a language", Vec::new()))?;
        let plan = settings.plan(session, Some(pick), false)?;
        let card = &session.project.cards[&pick.card];
        let ctx = context(&plan, session);
        let dpi = if card.size == CardSize::Paper { PREVIEW_FLYER_DPI } else { PREVIEW_CARD_DPI };
        let mut problems = self.load_problems.clone();
        let (jobs, found) = checked(&plan, session);
        problems.extend(found);
        let drawn = match jobs.iter().find(|job| job.card.id == card.id && job.lang == pick.lang) {
            Some(crate::rendering::resolve::Job { resolved: Ok(resolved), .. }) => {
                compile::render_preview(&ctx, card, &pick.lang, resolved, dpi)
            }
            Some(crate::rendering::resolve::Job { resolved: Err(errors), .. }) => {
                compile::Preview { pages: Vec::new(), diagnostics: errors.clone() }
            }
            None => compile::Preview { pages: Vec::new(), diagnostics: Vec::new() },
        };
        problems.extend(drawn.diagnostics);
        crate::diag::dedup(&mut problems);
        if drawn.pages.is_empty() {
            return Err(Refused::new(format!("card {} ({}) could not be drawn", pick.card, pick.lang), problems));
        }
        let pages: Vec<String> =
            drawn.pages.iter().map(|png| base64::engine::general_purpose::STANDARD.encode(png)).collect();
        Ok(serde_json::json!({
            "card": pick.card,
            "lang": pick.lang,
            "pages": pages,
            "problems": records(&problems),
            "messages": super::status::message_status(&session.project, &pick.lang, std::slice::from_ref(&pick.card)),
        }))
    }

    /// The picked card's PDF, with the holder's values when given: the one file they go in.
    fn pdf(&self, settings: &Settings) -> Result<Download, Refused> {
        let pick = settings.preview.as_ref().ok_or_else(|| Refused::new("choose a card and a language", Vec::new()))?;
        let mut plan = settings.plan(&self.session, Some(pick), true)?;
        plan.formats = vec![compile::Format::Pdf];
        let personal = !plan.options.personal.is_empty();
        let files = render(&plan, &self.session);
        if personal {
            // Typst memoized the layout of this card with the holder's values in it: forget
            // everything, so that no copy of them stays in this process's caches.
            comemo::evict(0);
        }
        let files = files?;
        let path = PathBuf::from(&pick.lang).join(format!("{}.pdf", pick.card));
        let file = files
            .into_iter()
            .find(|f| f.path == path)
            .ok_or_else(|| Refused::new("the card made no PDF", Vec::new()))?;
        Ok(Download { name: format!("{}-{}.pdf", pick.card, pick.lang), mime: "application/pdf", bytes: file.bytes })
    }

    /// Every file `build` would write for the chosen cards and languages, in a ZIP laid out as
    /// `out/` is. It never holds the holder's values.
    fn zip(&self, settings: &Settings) -> Result<Download, Refused> {
        if settings.personal.values().any(|v| !v.trim().is_empty()) {
            return Err(Refused::new(
                "the holder's own numbers go into one PDF only, never into a ZIP: download the PDF of that card",
                Vec::new(),
            ));
        }
        let plan = settings.plan(&self.session, None, false)?;
        let mut files = render(&plan, &self.session)?;
        files.sort_by(|a, b| a.path.cmp(&b.path));
        let bytes = zip(&files).map_err(|err| Refused::new(format!("cannot make the ZIP: {err}"), Vec::new()))?;
        Ok(Download { name: "pocketcard.zip".into(), mime: "application/zip", bytes })
    }
}

/// What every document of a plan shares: the same as a build's, so a preview uses the
/// session's warm fonts and library.
fn context<'a>(plan: &BuildPlan, session: &'a Session) -> RenderContext<'a> {
    crate::commands::build::render_context(plan, session)
}

/// The plan's documents, each resolved once, with what a build's checks find before rendering
/// them (src/pipeline.rs): the same checks on the same data, an error stopping everything.
fn checked<'p>(
    plan: &'p BuildPlan,
    session: &'p Session,
) -> (Vec<crate::rendering::resolve::Job<'p>>, Vec<Diagnostic>) {
    let threads = crate::rendering::workers::one_per_core();
    let mut found = pipeline::before_rendering(session, &plan.documents, &plan.options);
    let jobs = crate::rendering::resolve::resolve_all(&session.project, &plan.documents, &plan.options, threads);
    let all: Vec<&crate::rendering::resolve::Job> = jobs.iter().collect();
    found.extend(crate::checks::discretion::sensitive_terms(&session.project, &plan.options, &all, threads));
    crate::diag::apply_force(&mut found, plan.force);
    (jobs, found)
}

/// Renders a plan in memory as `build` renders it to `out/`: the same checks first (an error
/// stops everything), then every document, then the calibration pages. Any error refuses the
/// whole request, with every problem.
fn render(plan: &BuildPlan, session: &Session) -> Result<Vec<OutputFile>, Refused> {
    let (jobs, found) = checked(plan, session);
    if found.iter().any(Diagnostic::is_error) {
        return Err(Refused::new("checks found errors, so nothing was made", found));
    }
    let ctx = context(plan, session);
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for job in &jobs {
        match &job.resolved {
            Ok(resolved) => {
                let outcome = compile::render_resolved(&ctx, job.card, job.lang, resolved, &plan.formats, None);
                files.extend(outcome.files);
                errors.extend(outcome.errors);
            }
            Err(more) => errors.extend(more.iter().cloned()),
        }
    }
    for (lang, paper) in plan.calibration_pages() {
        match compile::calibration_page(&ctx, lang, paper) {
            Ok((file, _)) => files.push(file),
            Err(mut more) => errors.append(&mut more),
        }
    }
    if errors.is_empty() {
        Ok(files)
    } else {
        crate::diag::dedup(&mut errors);
        Err(Refused::new("some cards could not be made, so nothing was", errors))
    }
}

/// Stored (uncompressed) ZIP of `files` at their paths, with a fixed date: the same files give
/// the same bytes. PDFs and PNGs are compressed already.
fn zip(files: &[OutputFile]) -> Result<Vec<u8>, zip::result::ZipError> {
    use std::io::Write as _;
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Stored)
        .last_modified_time(zip::DateTime::default());
    for file in files {
        let name: Vec<String> = file.path.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
        writer.start_file(name.join("/"), options)?;
        writer.write_all(&file.bytes)?;
    }
    Ok(writer.finish()?.into_inner())
}

/// Problems as the page shows them: errors first.
pub(crate) fn records(problems: &[Diagnostic]) -> Vec<DiagnosticRecord> {
    let mut records: Vec<DiagnosticRecord> = problems.iter().map(Diagnostic::to_record).collect();
    records.sort_by_key(|r| r.severity);
    records
}

/// The page's catalog of the session's project.
fn catalog(session: &Session) -> Catalog {
    let project = &session.project;
    let built_in = built_in_words();
    let cards: Vec<CardEntry> = project
        .cards
        .values()
        .map(|card| CardEntry { id: card.id.clone(), write_in: card.write_in.iter().map(|w| w.id.clone()).collect() })
        .collect();
    let mut langs = Vec::new();
    let mut words = BTreeMap::new();
    for tag in project.localizer.tags() {
        let Some(locale) = project.localizer.locale(tag) else { continue };
        let meta = &locale.meta;
        langs.push(LangEntry {
            tag: tag.to_string(),
            name: meta.name.clone(),
            english_name: meta.english_name.clone(),
            // The same tag the page's font rules select (`zh-TW`).
            lang: match &meta.region {
                Some(region) => format!("{}-{region}", meta.lang),
                None => meta.lang.clone(),
            },
            rtl: meta.dir == Direction::Rtl,
        });
        let mut ignored = Vec::new();
        let mut text = |id: &str| match project.localizer.format(tag, id, None, None, &mut ignored) {
            Lookup::Found(text) | Lookup::FellBack(text) => Some(text),
            Lookup::Missing => None,
        };
        let mut these = BTreeMap::new();
        for (id, english) in &built_in {
            these.insert(id.clone(), text(id).unwrap_or_else(|| english.clone()));
        }
        for card in project.cards.values() {
            these.insert(card.id.clone(), text(&card.title).unwrap_or_else(|| card.id.clone()));
            for line in &card.write_in {
                if let Some(label) = text(&line.label) {
                    these.entry(format!("line:{}", line.id)).or_insert(label);
                }
            }
        }
        words.insert(tag.to_string(), these);
    }
    let (fonts, font_css) = web_fonts(session);
    Catalog { cards, langs, words, fonts, font_css }
}

/// The project's font files as `@font-face` rules (a collection under each of its families: a
/// browser draws with its first face, which in the CJK collections has every CJK glyph), a
/// rule giving each language its families, and the page's own text all of them.
fn web_fonts(session: &Session) -> (BTreeMap<String, PathBuf>, String) {
    use std::fmt::Write as _;
    let quoted = |name: &str| format!("\"{}\"", name.replace(['\\', '"'], ""));
    let mut files = BTreeMap::new();
    let mut faces = BTreeSet::new();
    let mut css = String::new();
    let book = session.fonts.book();
    for index in 0.. {
        let Some(path) = session.fonts.file(index) else { break };
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else { continue };
        // Plain names only, so that they go into a URL as they are.
        if !name.chars().all(|c| c.is_ascii_alphanumeric() || "._-".contains(c)) {
            continue;
        }
        let Some(info) = book.info(index) else { continue };
        let italic = info.variant.style != typst::text::FontStyle::Normal;
        let weight = info.variant.weight.to_number();
        if !faces.insert((info.family.clone(), weight, italic)) {
            continue;
        }
        let _ = writeln!(
            css,
            "@font-face {{ font-family: {}; src: url(\"/fonts/{name}\"); font-weight: {weight}; font-style: {}; font-display: swap; }}",
            quoted(&info.family),
            if italic { "italic" } else { "normal" },
        );
        files.insert(name.to_string(), path.to_path_buf());
    }
    // Every family the locales name, English's first: the page's text falls back through all
    // of them (a select shows every language's name in the page's own language).
    let localizer = &session.project.localizer;
    let locales: Vec<&crate::model::locale::LocaleText> = localizer
        .locale(crate::model::locale::FALLBACK)
        .into_iter()
        .chain(localizer.tags().filter(|t| *t != crate::model::locale::FALLBACK).filter_map(|t| localizer.locale(t)))
        .collect();
    let mut everything: Vec<String> = Vec::new();
    for family in locales.iter().flat_map(|l| l.meta.fonts.iter()).map(|f| quoted(f)) {
        if !everything.contains(&family) {
            everything.push(family);
        }
    }
    let _ = writeln!(css, "html {{ font-family: {}, system-ui, sans-serif; }}", everything.join(", "));
    for locale in &locales {
        let meta = &locale.meta;
        let mut families: Vec<String> = meta.fonts.iter().map(|f| quoted(f)).collect();
        families.extend(everything.iter().filter(|f| !meta.fonts.iter().any(|m| quoted(m) == **f)).cloned());
        let selector = match &meta.region {
            Some(region) => format!("[lang=\"{}-{}\" i]", meta.lang.replace('"', ""), region.replace('"', "")),
            None => format!("[lang=\"{}\" i]", meta.lang.replace('"', "")),
        };
        let _ = writeln!(css, "{selector} {{ font-family: {}, system-ui, sans-serif; }}", families.join(", "));
    }
    (files, css)
}

/// The compiled-in English words of the page, by message id.
fn built_in_words() -> Vec<(String, String)> {
    let Ok(resource) = fluent_bundle::FluentResource::try_new(BUILT_IN_WORDS.to_string()) else {
        return Vec::new();
    };
    let english: unic_langid::LanguageIdentifier = crate::model::locale::FALLBACK.parse().unwrap_or_default();
    let mut bundle = fluent_bundle::FluentBundle::new(vec![english]);
    bundle.set_use_isolating(false);
    let ids: Vec<String> = resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_string()),
            _ => None,
        })
        .collect();
    if bundle.add_resource(resource).is_err() {
        return Vec::new();
    }
    ids.into_iter()
        .filter_map(|id| {
            let pattern = bundle.get_message(&id)?.value()?;
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, None, &mut errors).into_owned();
            Some((id, text))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_built_in_words_are_the_english_serve_messages() {
        let words = super::built_in_words();
        assert!(words.iter().any(|(id, text)| id == "serve-title" && text == "Make cards"));
        assert!(words.len() > 40);
    }
}
