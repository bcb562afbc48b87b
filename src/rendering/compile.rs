//! Compiling one card in one language with Typst, checking what was laid out, then exporting
//! PDF and PNG bytes.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use typst::WorldExt;
use typst::diag::{Severity as TypstSeverity, SourceDiagnostic};
use typst::foundations::{Datetime, Label, Selector, Smart};
use typst::introspection::{Introspector, MetadataElem};
use typst::layout::{Frame, FrameItem};
use typst::utils::{LazyHash, PicoStr, Scalar};
use typst::{Library, World};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};
use typst_render::RenderOptions;

use crate::diag::{Diagnostic, Kind, Location, display_path};
use crate::model::card::{Card, CardSize};
use crate::model::locale::Paper;
use crate::model::project::Project;
use crate::rendering::fonts::FontLibrary;
use crate::rendering::resolve::{self, ResolveOptions, ResolvedCard};
use crate::rendering::sheet::{Sheet, SheetOptions};
use crate::rendering::world::CardWorld;
use typst::foundations::Bytes;

/// The label a layout puts on `metadata(..)` when text does not fit its box even at the
/// smallest allowed size.
pub(crate) const OVERFLOW_LABEL: &str = "pocketcard-overflow";

/// The label of the record of the size a text box was fitted at (`cards/lib/fit.typ`).
const FIT_LABEL: &str = "pocketcard-fit";

/// The virtual file a layout reads the sizes its boxes were last fitted at from.
pub(crate) const FITS_FILE: &str = "/fits.json";

/// The size one text box was fitted at, and what that size depends on (see
/// `remembered` in `cards/lib/fit.typ`), by the box's name.
pub(crate) type Fits = BTreeMap<String, Fit>;

/// One text box's fitted size.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Fit {
    /// Everything the size depends on within the document, as the layout states it.
    pub key: String,
    pub size_pt: f64,
}

/// Pixels per inch of a card's PNGs: print resolution, so a card's PNG can be printed too.
pub(crate) const PNG_DPI: f64 = 300.0;

/// Pixels per inch of a flyer's PNGs. A flyer is printed from its PDF; its PNGs are for screens
/// and messages, where 150 dpi (1275 x 1650 px on Letter) is sharp and a quarter of the memory.
pub(crate) const FLYER_PNG_DPI: f64 = 150.0;

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Format {
    /// A print-ready PDF with embedded font subsets.
    Pdf,
    /// One PNG per page: 300 dpi for cards, 150 dpi for flyers.
    Png,
}

/// What every document of a build shares.
pub(crate) struct RenderContext<'a> {
    pub project: &'a Project,
    /// Paper and personal data, the same for every document of a build.
    pub options: ResolveOptions,
    /// Export even when the laid-out document fails a check (reported as warnings then).
    pub force: bool,
    /// Also write a portrait phone image of all sides.
    pub phone: bool,
    /// Print sheets to write for each wallet-sized card.
    pub sheets: Vec<SheetOptions>,
    pub fonts: Arc<FontLibrary>,
    pub library: Arc<LazyHash<Library>>,
}

/// One file to write, relative to the output folder.
pub(crate) struct OutputFile {
    pub path: PathBuf,
    pub bytes: Vec<u8>,
}

/// The outcome of rendering one card in one language.
#[derive(Default)]
pub(crate) struct DocumentOutcome {
    pub files: Vec<OutputFile>,
    pub warnings: Vec<Diagnostic>,
    pub errors: Vec<Diagnostic>,
    /// The files under `cards/` its compiles read, with the hash of each (see
    /// [`CardWorld::served`]).
    pub read: BTreeMap<String, u128>,
    /// The sizes its text boxes were fitted at, for the next build.
    pub fits: Fits,
    /// How many of its text boxes took their size from the last build instead of a search.
    pub fits_remembered: usize,
}

/// Resolves, compiles, checks and exports `card` with its holder side in `lang`. Every problem
/// found concerns that locale unless it names another (the officer side's).
pub(crate) fn render_document(
    ctx: &RenderContext,
    card: &Card,
    lang: &str,
    officer: &str,
    formats: &[Format],
) -> DocumentOutcome {
    let outcome = match resolve::resolve(ctx.project, card, lang, officer, &ctx.options) {
        Ok(resolved) => render_resolved_in(ctx, card, lang, &resolved, formats, None),
        Err(errors) => DocumentOutcome { errors, ..DocumentOutcome::default() },
    };
    in_locale(outcome, lang)
}

/// Compiles, checks and exports `card` as resolved for `lang` (the holder's side). Every
/// problem found concerns that locale unless it names another (the officer side's).
/// `known` holds the sizes its text boxes were fitted at by the build that last wrote it.
pub(crate) fn render_resolved(
    ctx: &RenderContext,
    card: &Card,
    lang: &str,
    resolved: &ResolvedCard,
    formats: &[Format],
    known: Option<&Fits>,
) -> DocumentOutcome {
    in_locale(render_resolved_in(ctx, card, lang, resolved, formats, known), lang)
}

/// The outcome with every problem that names no locale put in `lang`.
fn in_locale(mut outcome: DocumentOutcome, lang: &str) -> DocumentOutcome {
    for list in [&mut outcome.warnings, &mut outcome.errors] {
        *list = std::mem::take(list).into_iter().map(|d| d.or_locale(lang)).collect();
    }
    outcome
}

fn render_resolved_in(
    ctx: &RenderContext,
    card: &Card,
    lang: &str,
    resolved: &ResolvedCard,
    formats: &[Format],
    known: Option<&Fits>,
) -> DocumentOutcome {
    let _timing = crate::rendering::budget::document(format!("card {} ({lang})", card.id));
    let mut outcome = DocumentOutcome::default();
    outcome.warnings.extend(resolved.warnings.iter().cloned());
    let mut files = resolved.files.clone();
    if let Some(known) = known.filter(|k| !k.is_empty()) {
        files.push((FITS_FILE.to_string(), Bytes::new(serde_json::to_vec(known).unwrap_or_default())));
    }
    let at = ctx.project.card_location(card, &card.layout);
    let compiled = compile_layout(ctx, &card.layout, files, &format!("card {}", card.id), Some(at), &mut outcome.read);
    let document = match compiled {
        Ok((document, warnings)) => {
            outcome.warnings.extend(warnings);
            document
        }
        Err(errors) => {
            outcome.errors = errors;
            return outcome;
        }
    };
    (outcome.fits, outcome.fits_remembered) = fitted(&document);
    let mut problems = check_glyphs(&document, card, lang, ctx.project, &ctx.options.personal);
    problems.extend(check_fit(&document, card, lang));
    if crate::diag::apply_force(&mut problems, ctx.force) {
        outcome.errors = problems;
        return outcome;
    }
    outcome.warnings.extend(problems);
    // A card filled in with a holder's personal values is written as its one PDF: print
    // sheets, a phone picture and PNG pages would be more copies of them.
    let personal = card.write_in.iter().any(|w| ctx.options.personal.contains_key(&w.id));
    let skipped: Vec<&str> = [
        (!ctx.sheets.is_empty() && card.size == CardSize::Cr80, "print sheets"),
        (ctx.phone, "phone picture"),
        (formats.contains(&Format::Png), "PNG pages"),
    ]
    .into_iter()
    .filter(|(asked, _)| personal && *asked)
    .map(|(_, what)| what)
    .collect();
    if !skipped.is_empty() {
        outcome.warnings.push(
            Diagnostic::warning(Kind::PdfOnly, format!(
                "card {} ({lang}) holds personal values, so only its PDF was written (no {})",
                card.id,
                skipped.join(", ")
            ))
            .hint("personal values go into that one PDF and nowhere else; print it, or build without --personal for sheets and pictures"),
        );
    }
    let formats: Vec<Format> = formats.iter().copied().filter(|f| !personal || *f == Format::Pdf).collect();
    for options in ctx.sheets.iter().filter(|_| !personal) {
        if card.size != CardSize::Cr80 {
            continue;
        }
        match render_sheet(ctx, card, lang, resolved, &document, options, &mut outcome.read) {
            Ok((file, warnings)) => {
                outcome.files.push(file);
                outcome.warnings.extend(warnings);
            }
            Err(errors) => outcome.errors.extend(errors),
        }
    }
    if ctx.phone && !personal {
        match crate::rendering::phone::render(&document) {
            Ok(bytes) => outcome
                .files
                .push(OutputFile { path: PathBuf::from(lang).join(format!("{}-phone.png", card.id)), bytes }),
            Err(message) => {
                outcome.errors.push(Diagnostic::error(Kind::Internal, format!("card {} ({lang}): {message}", card.id)))
            }
        }
    }
    for format in &formats {
        match format {
            Format::Pdf => match export_pdf(
                &document,
                format!("pocketcard/{}/{lang}", card.id),
                &format!("card {} ({lang})", card.id),
                ctx.project,
            ) {
                Ok(bytes) => {
                    outcome.files.push(OutputFile { path: PathBuf::from(lang).join(format!("{}.pdf", card.id)), bytes })
                }
                Err(errors) => outcome.errors.extend(errors),
            },
            Format::Png => {
                for (i, page) in document.pages().iter().enumerate() {
                    let dpi = if card.size == CardSize::Paper { FLYER_PNG_DPI } else { PNG_DPI };
                    let options = RenderOptions { pixel_per_pt: Scalar::new(dpi / 72.0), render_bleed: false };
                    match crate::rendering::raster::encode_png(&typst_render::render(page, &options)) {
                        Ok(bytes) => outcome.files.push(OutputFile {
                            path: PathBuf::from(lang).join(format!("{}-{}.png", card.id, i + 1)),
                            bytes,
                        }),
                        Err(err) => outcome.errors.push(Diagnostic::error(
                            Kind::Internal,
                            format!("cannot encode page {} of card {} ({lang}) as PNG: {err}", i + 1, card.id),
                        )),
                    }
                }
            }
        }
    }
    outcome
}

/// A card's pages as pictures for a screen, and every problem found laying it out.
pub(crate) struct Preview {
    /// One PNG per page.
    pub pages: Vec<Vec<u8>>,
    /// Problems of resolving and laying out, errors among them (text that does not fit, a
    /// missing glyph) at their own severity: a preview shows the card even when it has errors,
    /// so that the reader sees what is wrong.
    pub diagnostics: Vec<Diagnostic>,
}

/// Compiles and checks `card`, resolved for `lang`, as [`render_resolved`] does, then draws
/// its pages at `dpi` in memory (`serve`'s live preview). Nothing is exported or written.
pub(crate) fn render_preview(
    ctx: &RenderContext,
    card: &Card,
    lang: &str,
    resolved: &ResolvedCard,
    dpi: f64,
) -> Preview {
    let _timing = crate::rendering::budget::document(format!("the preview of card {} ({lang})", card.id));
    let mut preview = Preview { pages: Vec::new(), diagnostics: Vec::new() };
    preview.diagnostics.extend(resolved.warnings.iter().cloned());
    let document = match compile(ctx, card, resolved, &mut BTreeMap::new()) {
        Ok((document, warnings)) => {
            preview.diagnostics.extend(warnings);
            document
        }
        Err(errors) => {
            preview.diagnostics.extend(errors);
            return preview;
        }
    };
    preview.diagnostics.extend(check_glyphs(&document, card, lang, ctx.project, &ctx.options.personal));
    preview.diagnostics.extend(check_fit(&document, card, lang));
    let options = RenderOptions { pixel_per_pt: Scalar::new(dpi / 72.0), render_bleed: false };
    for (i, page) in document.pages().iter().enumerate() {
        match crate::rendering::raster::encode_png(&typst_render::render(page, &options)) {
            Ok(bytes) => preview.pages.push(bytes),
            Err(err) => preview.diagnostics.push(Diagnostic::error(
                Kind::Internal,
                format!("cannot encode page {} of card {} ({lang}) as PNG: {err}", i + 1, card.id),
            )),
        }
    }
    preview
}

/// Imposes a card's sides on a print sheet (`lib/sheet.typ`) and exports it as a PDF.
fn render_sheet(
    ctx: &RenderContext,
    card: &Card,
    lang: &str,
    resolved: &ResolvedCard,
    document: &PagedDocument,
    options: &SheetOptions,
    read: &mut BTreeMap<String, u128>,
) -> Result<(OutputFile, Vec<Diagnostic>), Vec<Diagnostic>> {
    let (card_w, card_h) = card.size.millimetres(resolved.paper);
    let sheet = Sheet::new(card_w, card_h, document.pages().len(), options);
    let (guide, mut warnings) = resolve::printing_guide(ctx.project, lang, options.fold);
    let paper = options.paper.name();
    let data = serde_json::json!({
        "layout": format!("/{}", card.layout),
        "title": resolved.title,
        "paper_w": sheet.paper_w,
        "paper_h": sheet.paper_h,
        "card_w": sheet.card_w,
        "card_h": sheet.card_h,
        "pages": sheet.pages,
        "marks": sheet.marks,
        "folds": sheet.folds,
        "guide": guide,
    });
    let mut files = resolved.files.clone();
    files.push(("/sheet.json".to_string(), Bytes::new(serde_json::to_vec(&data).unwrap_or_default())));
    let kind = if options.fold { "fold" } else { "sheet" };
    let what = format!("the {kind} sheet of card {} ({lang}, {paper})", card.id);
    let at = ctx.project.card_location(card, &card.layout);
    let (sheet_doc, compile_warnings) = compile_layout(ctx, "lib/sheet.typ", files, &what, Some(at), read)?;
    warnings.extend(compile_warnings);
    let bytes = export_pdf(&sheet_doc, format!("pocketcard/{}/{lang}/{kind}-{paper}", card.id), &what, ctx.project)?;
    let path = PathBuf::from(lang).join(format!("{}.{kind}-{paper}.pdf", card.id));
    Ok((OutputFile { path, bytes }, warnings))
}

/// Compiles `card`'s layout with its resolved data, knowing no earlier fitted sizes.
fn compile(
    ctx: &RenderContext,
    card: &Card,
    resolved: &ResolvedCard,
    read: &mut BTreeMap<String, u128>,
) -> Result<(PagedDocument, Vec<Diagnostic>), Vec<Diagnostic>> {
    let at = ctx.project.card_location(card, &card.layout);
    compile_layout(ctx, &card.layout, resolved.files.clone(), &format!("card {}", card.id), Some(at), read)
}

/// Compiles `main` (a layout under `cards/`) with the given virtual files: the one Typst
/// compile of every document kind. `what` names the document in hints; `at` is where a layout
/// that cannot be opened is named. The files it read from disk are added to `read`.
fn compile_layout(
    ctx: &RenderContext,
    main: &str,
    files: Vec<(String, Bytes)>,
    what: &str,
    at: Option<Location>,
    read: &mut BTreeMap<String, u128>,
) -> Result<(PagedDocument, Vec<Diagnostic>), Vec<Diagnostic>> {
    let mut files = files;
    if !files.iter().any(|(path, _)| path == FITS_FILE) {
        files.push((FITS_FILE.to_string(), Bytes::new(b"{}")));
    }
    let world = CardWorld::new(&ctx.project.cards_dir(), main, ctx.library.clone(), ctx.fonts.clone(), files).map_err(
        |message| {
            let diag = Diagnostic::error(Kind::Invalid, message);
            vec![match at {
                Some(at) => diag.at(at),
                None => diag,
            }]
        },
    )?;
    let warned = typst::compile::<PagedDocument>(&world);
    read.extend(world.served());
    let warnings = convert_diagnostics(&world, &warned.warnings);
    match warned.output {
        Ok(document) => Ok((document, warnings)),
        Err(errors) => {
            let mut all = convert_diagnostics(&world, &errors);
            for diag in &mut all {
                diag.hints.push(format!("while compiling layout {main} for {what}"));
            }
            Err(all)
        }
    }
}

/// Turns Typst's diagnostics into ours, naming the layout file, line and column.
fn convert_diagnostics(world: &CardWorld, diagnostics: &[SourceDiagnostic]) -> Vec<Diagnostic> {
    diagnostics
        .iter()
        .map(|d| {
            let mut diag = match d.severity {
                TypstSeverity::Error => Diagnostic::error(Kind::Layout, d.message.to_string()),
                TypstSeverity::Warning => Diagnostic::warning(Kind::Layout, d.message.to_string()),
            };
            if let (Some(id), Some(range)) = (d.span.id(), world.range(d.span)) {
                let text: Arc<str> = world
                    .file(id)
                    .map(|bytes| String::from_utf8_lossy(&bytes).into_owned().into())
                    .unwrap_or_else(|_| Arc::from(""));
                match world.real_path(id) {
                    Some(path) => diag = diag.at(Location::new(display_path(&path), text, range)),
                    // A generated file (the card's data, a QR code, the organization's logo)
                    // holds personal values or bytes from anywhere: its place, not its text.
                    None => {
                        let shown = format!("<generated>{}", id.vpath().get_with_slash());
                        let (line, column) = Location::new(&shown, text, range).line_column();
                        diag = diag.in_file(format!("{shown}:{line}:{column}"));
                    }
                }
            }
            diag.hints.extend(d.hints.iter().map(|h| h.v.to_string()));
            diag
        })
        .collect()
}

/// Finds characters that no font could draw: Typst silently draws them as empty boxes
/// (glyph 0), which on a card could hide a number or a word.
fn check_glyphs(
    document: &PagedDocument,
    card: &Card,
    lang: &str,
    project: &Project,
    personal: &std::collections::BTreeMap<String, String>,
) -> Vec<Diagnostic> {
    let fonts = project.localizer.locale(lang).map(|l| l.meta.fonts.clone()).unwrap_or_default();
    let mut missing = Vec::new();
    for page in document.pages() {
        collect_missing(&page.frame, &mut missing);
    }
    missing.sort();
    missing.dedup();
    // A character of a personal value is not named, even by its code: the lines it is in are.
    let mut private_lines = std::collections::BTreeSet::new();
    missing.retain(|c| {
        let lines: Vec<&String> = personal.iter().filter(|(_, v)| v.contains(*c)).map(|(k, _)| k).collect();
        private_lines.extend(lines.iter().map(|k| k.to_string()));
        lines.is_empty()
    });
    let private = private_lines.into_iter().map(|line| {
        Diagnostic::error(
            Kind::MissingGlyph,
            format!("card {} ({lang}): the personal line {line:?} has a character no font can draw", card.id),
        )
        .hint("write it with letters, digits and punctuation of the card's language; symbols and emoji have no glyph")
    });
    missing
        .into_iter()
        .map(|c| {
            Diagnostic::error(Kind::MissingGlyph, format!(
                "card {} ({lang}) has a character no font can draw: {c:?} (U+{:04X})",
                card.id, c as u32
            ))
            .hint(format!(
                "the fonts for this locale are {}; add a font covering it to fonts/ and to locales/{lang}/locale.toml, or remove the character",
                fonts.join(", ")
            ))
        })
        .chain(private)
        .collect()
}

fn collect_missing(frame: &Frame, out: &mut Vec<char>) {
    for (_, item) in frame.items() {
        match item {
            FrameItem::Group(group) => collect_missing(&group.frame, out),
            FrameItem::Text(text) => {
                for glyph in text.glyphs.iter().filter(|g| g.id == 0) {
                    if let Some(c) = text.text.get(glyph.range()).and_then(|s| s.chars().next()) {
                        out.push(c);
                    }
                }
            }
            _ => {}
        }
    }
}

/// Reports every text box whose text does not fit even at the layout's smallest size.
/// The sizes the document's text boxes were fitted at, by box name (the last record of a box
/// laid out more than once), and how many of them were remembered rather than searched for.
fn fitted(document: &PagedDocument) -> (Fits, usize) {
    let Some(label) = Label::new(PicoStr::intern(FIT_LABEL)) else {
        return (Fits::new(), 0);
    };
    let mut remembered = std::collections::BTreeSet::new();
    let fits = document
        .introspector()
        .query(&Selector::Label(label))
        .iter()
        .filter_map(|content| content.to_packed::<MetadataElem>())
        .filter_map(|meta| {
            let value = serde_json::to_value(&meta.value).ok()?;
            let name = value.get("name")?.as_str()?.to_string();
            let key = value.get("key")?.as_str()?.to_string();
            let size_pt = value.get("size_pt")?.as_f64()?;
            if value.get("remembered").and_then(|v| v.as_bool()) == Some(true) {
                remembered.insert(name.clone());
            }
            Some((name, Fit { key, size_pt }))
        })
        .collect();
    (fits, remembered.len())
}

fn check_fit(document: &PagedDocument, card: &Card, lang: &str) -> Vec<Diagnostic> {
    let Some(label) = Label::new(PicoStr::intern(OVERFLOW_LABEL)) else {
        return Vec::new();
    };
    document
        .introspector()
        .query(&Selector::Label(label))
        .iter()
        .filter_map(|content| content.to_packed::<MetadataElem>())
        .map(|meta| {
            let value = serde_json::to_value(&meta.value).unwrap_or_default();
            let name = value.get("name").and_then(|v| v.as_str()).unwrap_or("a text box");
            let over = value.get("over_mm").and_then(|v| v.as_f64()).unwrap_or(0.0);
            let min = value.get("min_pt").and_then(|v| v.as_f64()).unwrap_or(0.0);
            if let Some(line) = value.get("write_in").and_then(|v| v.as_str()) {
                // A personal value: named by its line, never quoted.
                return Diagnostic::error(Kind::Overflow, format!(
                    "card {} ({lang}): the personal line {line:?} is too long for its line; at {min} pt it is {over:.1} mm too wide",
                    card.id
                ))
                .hint(format!("shorten the {line} line of the personal file (a name and one number fit)"));
            }
            Diagnostic::error(Kind::Overflow, format!(
                "card {} ({lang}): {name} does not fit; at the smallest legible size ({min} pt) it is {over:.1} mm too tall",
                card.id
            ))
            .in_file(display_path(&card.path))
            .hint("shorten the text of the messages in this box; the layout will not shrink it further")
        })
        .collect()
}

/// Exports a tagged PDF/UA-1 with the stable identifier `ident` and a fixed timestamp, so that
/// the same input gives the same bytes: the one PDF export of every document kind. `what`
/// names the document in errors.
fn export_pdf(
    document: &PagedDocument,
    ident: String,
    what: &str,
    project: &Project,
) -> Result<Vec<u8>, Vec<Diagnostic>> {
    let standards = PdfStandards::new(&[PdfStandard::Ua_1]).map_err(|err| {
        vec![Diagnostic::error(Kind::Internal, format!("cannot configure PDF/UA-1: {}", err.message()))]
    })?;
    let options = PdfOptions {
        ident: Smart::Custom(ident),
        timestamp: Some(Timestamp::new_utc(content_date(&project.config.info_as_of))),
        standards,
        tagged: true,
        ..PdfOptions::default()
    };
    typst_pdf::pdf(document, &options).map_err(|errors| {
        errors
            .iter()
            .map(|e| {
                Diagnostic::error(Kind::Export, format!("cannot write the PDF of {what}: {}", e.message))
                    .hints_from(e.hints.iter().map(|h| h.v.to_string()))
            })
            .collect()
    })
}

/// The PDF creation date: the first day of the content's "information as of" month.
fn content_date(info_as_of: &str) -> Datetime {
    let mut parts = info_as_of.split('-').map(|p| p.parse::<i64>().unwrap_or(1));
    let year = parts.next().unwrap_or(2017) as i32;
    let month = parts.next().unwrap_or(1).clamp(1, 12) as u8;
    Datetime::from_ymd_hms(year, month, 1, 0, 0, 0)
        .unwrap_or_else(|| Datetime::from_ymd(2017, 10, 1).expect("a valid date"))
}

/// Virtual files a layout reads: path and bytes.
pub(crate) type VirtualFiles = Vec<(String, Bytes)>;

/// The data of the duplex alignment test page for `paper` in locale `lang`: the virtual
/// files `lib/calibrate.typ` reads, and the warnings met making them.
pub(crate) fn calibration_files(
    ctx: &RenderContext,
    lang: &str,
    paper: Paper,
) -> Result<(VirtualFiles, Vec<Diagnostic>), Vec<Diagnostic>> {
    let (w, h) = paper.millimetres();
    let Some(locale) = ctx.project.localizer.locale(lang) else {
        return Err(vec![Diagnostic::error(Kind::Unknown, format!("unknown locale {lang:?}"))]);
    };
    let mut warnings = Vec::new();
    let mut text = |id: &str| resolve::print_text(ctx.project, lang, id, None, &mut warnings);
    let targets: Vec<serde_json::Value> = [(0.5, 0.55), (0.25, 0.3), (0.75, 0.3), (0.25, 0.85), (0.75, 0.85)]
        .iter()
        .enumerate()
        .map(|(i, (fx, fy))| serde_json::json!({ "number": i + 1, "x": w * fx, "y": h * fy }))
        .collect();
    let meta = &locale.meta;
    let data = serde_json::json!({
        "paper_w": w,
        "paper_h": h,
        "title": text("calibrate-title"),
        "how": text("calibrate-how"),
        "targets": targets,
        "side": { "fonts": meta.fonts, "lang": meta.lang, "region": meta.region, "dir": meta.dir },
    });
    let files = vec![("/calibration.json".to_string(), Bytes::new(serde_json::to_vec(&data).unwrap_or_default()))];
    Ok((files, warnings))
}

/// The duplex alignment test page for `paper` in locale `lang` (see `cards/lib/calibrate.typ`)
/// from its [`calibration_files`]: numbered targets at the middle and the corners of where
/// cards go, crosses behind them.
pub(crate) fn render_calibration(
    ctx: &RenderContext,
    lang: &str,
    paper: Paper,
    files: Vec<(String, Bytes)>,
    read: &mut BTreeMap<String, u128>,
) -> Result<(OutputFile, Vec<Diagnostic>), Vec<Diagnostic>> {
    let _timing = crate::rendering::budget::document(format!("the calibration page ({lang})"));
    let name = paper.name();
    let what = format!("the calibration page ({lang}, {name})");
    let (document, warnings) = compile_layout(ctx, "lib/calibrate.typ", files, &what, None, read)?;
    let bytes = export_pdf(&document, format!("pocketcard/calibration/{lang}/{name}"), &what, ctx.project)?;
    Ok((OutputFile { path: PathBuf::from(lang).join(format!("calibration-{name}.pdf")), bytes }, warnings))
}

/// The calibration page for `paper` in locale `lang`, made and rendered in one step (for a
/// caller with no manifest to consult between the two, as `serve`).
pub(crate) fn calibration_page(
    ctx: &RenderContext,
    lang: &str,
    paper: Paper,
) -> Result<(OutputFile, Vec<Diagnostic>), Vec<Diagnostic>> {
    let (files, mut warnings) = calibration_files(ctx, lang, paper)?;
    let (file, more) = render_calibration(ctx, lang, paper, files, &mut BTreeMap::new())?;
    warnings.extend(more);
    Ok((file, warnings))
}

/// The review packet of locale `lang` (`cards/lib/review-packet.typ`), from the virtual
/// files `review::packet` made: `/packet.json` and the card pictures.
pub(crate) fn render_packet(
    ctx: &RenderContext,
    lang: &str,
    files: Vec<(String, Bytes)>,
) -> Result<(Vec<u8>, Vec<Diagnostic>), Vec<Diagnostic>> {
    let _timing = crate::rendering::budget::document(format!("the review packet ({lang})"));
    let what = format!("the review packet ({lang})");
    let (document, warnings) = compile_layout(ctx, "lib/review-packet.typ", files, &what, None, &mut BTreeMap::new())?;
    let bytes = export_pdf(&document, format!("pocketcard/review/{lang}"), &what, ctx.project)?;
    Ok((bytes, warnings))
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::sync::Arc;

    use typst::foundations::Bytes;
    use typst_layout::PagedDocument;

    use crate::rendering::fonts::FontLibrary;
    use crate::rendering::world::{self, CardWorld};

    /// Compiles Typst `code` as a layout in the project's cards/ folder (so that it can import
    /// `lib/card.typ`), with empty card data; returns Typst's error messages.
    fn compile_errors(code: &str) -> Vec<String> {
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        let (fonts, problems) = FontLibrary::load(&[repo.join("fonts")]);
        assert!(problems.is_empty());
        let files = vec![
            ("/test.typ".to_string(), Bytes::new(code.as_bytes().to_vec())),
            (world::DATA_PATH.to_string(), Bytes::new(b"{}".to_vec())),
        ];
        let world =
            CardWorld::new(&repo.join("cards"), "test.typ", world::standard_library(), Arc::new(fonts), files).unwrap();
        match typst::compile::<PagedDocument>(&world).output {
            Ok(_) => Vec::new(),
            Err(errors) => errors.iter().map(|e| e.message.to_string()).collect(),
        }
    }

    #[test]
    fn the_size_search_finds_the_largest_size_on_the_grid_that_fits() {
        // Heights that grow with the size as text does: smoothly (area) and in jumps (a line
        // more). For each, the search must return exactly what trying every size on the grid
        // from the largest down would: the largest size whose height fits, `max` if that fits,
        // `min` if nothing does.
        let code = r#"
#import "/lib/card.typ": largest-fitting
#let shapes = (
  k => s => k * (s / 1pt) * (s / 1pt) * 1pt,
  k => s => calc.ceil(k * s / 1pt) * s * 1.2,
  k => s => k * calc.pow(s / 1pt, 1.5) * 1pt + 3pt,
)
#for shape in shapes {
  for k in (0.3, 1, 1.7, 3.2) {
    let h = shape(k)
    for (min, max, step) in ((6pt, 8pt, 0.25pt), (7pt, 10pt, 0.5pt), (7pt, 11pt, 0.5pt)) {
      for available in range(1, 420, step: 3).map(a => a * 1pt) {
        let n = calc.floor((max - min) / step + 0.001)
        let fitting = range(n + 1).map(i => min + i * step).filter(s => h(s) <= available)
        let expected = if h(max) <= available { max } else { fitting.last(default: min) }
        let got = largest-fitting(h, available, min, max, step)
        assert(calc.abs((got - expected) / 1pt) < 0.0001, message: repr((k: k, available: available, min: min, max: max, got: got, expected: expected)))
      }
    }
  }
}
Done.
"#;
        let errors = compile_errors(code);
        assert!(errors.is_empty(), "{errors:?}");
        // The test itself can fail: a search that always answered `min` is caught.
        let broken = code.replace("let got = largest-fitting(h, available, min, max, step)", "let got = min");
        assert!(!compile_errors(&broken).is_empty());
    }
}
