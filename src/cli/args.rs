//! Command-line arguments. The doc comments here are the `--help` text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::commands::build::BuildRequest;
use crate::commands::serve::ServeOptions;
use crate::model::locale::Paper;
use crate::rendering::budget::Limits;
use crate::rendering::compile::Format;
use crate::rendering::session::ProjectPaths;
use crate::rendering::sheet::BackOffset;

/// Print-ready know-your-rights wallet cards and flyers, in many languages.
///
/// pocketcard reads a project (pocketcard.toml, contacts.toml, cards/, locales/, fonts/),
/// resolves every card in every language and renders it with embedded Typst.
#[derive(Debug, Parser)]
#[command(name = "pocketcard", version, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// What pocketcard does.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Render cards to PDF and PNG (every card in every language unless told otherwise).
    Build(BuildArgs),
    /// Find every problem in cards and translations before anything is printed: Fluent
    /// syntax, missing or obsolete messages, mismatched variables, untranslated text,
    /// characters without a glyph, text that does not fit, stale contacts, sensitive words on
    /// worker cards. Exits 1 when there are errors, 0 when only warnings or nothing.
    Check(CheckArgs),
    /// Show the project's cards and locales.
    List(ProjectArgs),
    /// Rebuild whenever a card, a translation or a font changes: only what the change
    /// affects, printing what was rebuilt and how long it took. Ctrl-C stops.
    Watch(WatchArgs),
    /// Time `pocketcard build` of every card in every locale (PDF and PNG) on a scratch copy of
    /// the project and print: a cold build's wall time, documents per second and peak memory;
    /// a rebuild with nothing changed and one after one message changed; one card from process
    /// start; `watch` from a saved file to the new PDF; PDF sizes. Then the same documents
    /// through the `typst` command-line compiler (one process per document, and one per core
    /// in parallel) and through typst-py with one worker process per core, each when it is
    /// installed, with the ratios.
    Bench(BenchArgs),
    /// Serve a page where outreach staff make cards in a web browser, with a live preview
    /// that translators see change as they save a card, a translation or a font. Nothing is
    /// written into the project or out/; the page's files download from the browser. Ctrl-C
    /// stops.
    Serve(ServeArgs),
    /// Start a new language: copy every English message into locales/<TAG>/, marked
    /// untranslated, with a locale.toml filled in as a draft.
    NewLocale(NewLocaleArgs),
    /// Record that messages of a locale are now translated from today's English, after a
    /// translator has brought them up to date: `check` stops reporting them as stale.
    Translated(TranslatedArgs),
    /// Write a review packet (PDF and CSV) of a locale for a fluent reader or, for English, a
    /// legal reviewer; with --sign, record their sign-off of what the packet showed.
    Review(ReviewArgs),
}

/// Options of `pocketcard translated`.
#[derive(Debug, Clone, Args)]
pub struct TranslatedArgs {
    /// The locale whose messages were updated (the name of locales/<TAG>/).
    #[arg(value_name = "TAG")]
    pub tag: String,

    /// The ids of the messages now translated from today's English (all their attributes too).
    #[arg(value_name = "ID", required_unless_present = "all")]
    pub ids: Vec<String>,

    /// Every message the locale has: only after checking each against today's English.
    #[arg(long, conflicts_with = "ids")]
    pub all: bool,

    #[command(flatten)]
    pub project: ProjectArgs,
}

/// Options of `pocketcard review`.
#[derive(Debug, Clone, Args)]
pub struct ReviewArgs {
    /// The locale to review; `en` gives the legal reviewer's packet (each message beside the
    /// source it cites).
    #[arg(long = "lang", value_name = "TAG")]
    pub lang: String,

    /// Folder the packet is written to, as review/<TAG>.pdf and review/<TAG>.csv
    /// [default: out/ in the project folder].
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,

    /// Instead of writing a packet, record that NAME reviewed what the packet shows. Refused
    /// when a text has changed since the packet was written.
    #[arg(long, value_name = "NAME", requires = "role")]
    pub sign: Option<String>,

    /// As what NAME reviewed: a fluent reader of the language, or a legal reviewer of English.
    #[arg(long = "as", value_name = "ROLE", requires = "sign")]
    pub role: Option<RoleArg>,

    /// Sign off only these messages (comma-separated ids) [default: every message in the
    /// packet].
    #[arg(long, value_name = "IDS", value_delimiter = ',', requires = "sign")]
    pub messages: Vec<String>,

    /// The packet's CSV that was reviewed [default: <out>/review/<TAG>.csv].
    #[arg(long, value_name = "FILE", requires = "sign")]
    pub packet: Option<PathBuf>,

    #[command(flatten)]
    pub project: ProjectArgs,
}

/// Options of `pocketcard watch`: the same as `build`.
#[derive(Debug, Clone, Args)]
pub struct WatchArgs {
    #[command(flatten)]
    pub build: BuildArgs,
}

/// Options of `pocketcard serve`.
#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub project: ProjectArgs,

    /// The port to listen on; 0 takes any free port (the address is printed).
    #[arg(long, value_name = "N", default_value_t = 8421)]
    pub port: u16,

    /// The address to listen on. Only this machine can reach the default, loopback; any other
    /// address lets the network reach the page, and a holder's personal numbers would cross it
    /// unencrypted: put a TLS proxy in front of it then.
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1")]
    pub listen: std::net::IpAddr,

    /// Open the page in the default web browser.
    #[arg(long)]
    pub open: bool,

    #[command(flatten)]
    pub budget: BudgetArgs,
}

/// Options of `pocketcard bench`.
#[derive(Debug, Clone, Args)]
pub struct BenchArgs {
    #[command(flatten)]
    pub project: ProjectArgs,

    #[command(flatten)]
    pub selection: Selection,

    /// How many documents to render at once [default: one per core].
    #[arg(long, value_name = "N", value_parser = at_least_one)]
    pub jobs: Option<usize>,

    /// How many times to time each build, each a new `pocketcard build` process with nothing
    /// cached; the median is reported and compared.
    #[arg(long, value_name = "N", default_value_t = 3, value_parser = clap::value_parser!(u16).range(1..))]
    pub runs: u16,

    /// The typst command-line compiler to compare with.
    #[arg(long, value_name = "PATH", default_value = "typst")]
    pub typst: PathBuf,

    /// Skip the comparison with the typst command-line compiler.
    #[arg(long = "no-cli")]
    pub no_cli: bool,

    /// The Python interpreter to compare typst-py with (`pip install typst==0.15.0`: the same
    /// compiler in-process, one worker process per core); skipped when it has no typst module.
    #[arg(long, value_name = "PATH", default_value = "python3")]
    pub python: PathBuf,
}

/// Options of `pocketcard new-locale`.
#[derive(Debug, Clone, Args)]
pub struct NewLocaleArgs {
    #[command(flatten)]
    pub project: ProjectArgs,

    /// The new locale's tag (BCP 47), e.g. fr, pt-BR, zh-Hant.
    #[arg(value_name = "TAG")]
    pub tag: String,
}

/// Options of `pocketcard check`.
#[derive(Debug, Clone, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub project: ProjectArgs,

    #[command(flatten)]
    pub selection: Selection,

    /// How to print the problems: `text` for people, `json` for tools.
    #[arg(long, value_name = "FORMAT", value_enum, default_value = "text")]
    pub format: ReportFormat,

    /// Warn about contacts last verified more than this many months ago.
    #[arg(long = "max-contact-age", value_name = "MONTHS", default_value_t = 12)]
    pub max_contact_age: u32,

    /// Also check the organization file `build --org` would print (its name and web address
    /// on worker cards).
    #[arg(long, value_name = "FILE")]
    pub org: Option<PathBuf>,

    /// Also check the personal file `build --personal` would print on write-in lines. Its
    /// values are never shown: a problem names the line only.
    #[arg(long, value_name = "FILE")]
    pub personal: Option<PathBuf>,

    #[command(flatten)]
    pub budget: BudgetArgs,
}

/// How long and how much memory one document may take. A layout is code: one that loops or
/// allocates without end is stopped, with an error naming the card, instead of hanging.
#[derive(Debug, Clone, Copy, Args)]
pub struct BudgetArgs {
    /// Stop when one document takes longer than this many seconds to lay out and export.
    /// pocketcard then exits with an error (files of documents already finished stay
    /// written); raise it for a very large flyer on a slow machine.
    #[arg(long = "max-seconds", value_name = "SECONDS", default_value_t = 120,
          value_parser = clap::value_parser!(u64).range(1..=86_400))]
    pub max_seconds: u64,

    /// Stop when the documents being rendered use more than this many MiB of memory each
    /// (a card needs about 100). pocketcard then exits with an error, as with --max-seconds;
    /// raise it if a large flyer needs more. Never more than three quarters of what the
    /// machine has free (or its `ulimit -v` leaves), shared by the documents rendered at once.
    #[arg(long = "max-memory-mb", value_name = "MIB", default_value_t = 2048,
          value_parser = clap::value_parser!(u64).range(64..=1_048_576))]
    pub max_memory_mb: u64,
}

/// An output format, as `--format` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FormatArg {
    /// A print-ready PDF with embedded font subsets.
    Pdf,
    /// One PNG per page: 300 dpi for cards, 150 dpi for flyers.
    Png,
}

impl From<FormatArg> for Format {
    fn from(format: FormatArg) -> Self {
        match format {
            FormatArg::Pdf => Format::Pdf,
            FormatArg::Png => Format::Png,
        }
    }
}

/// A paper, as `--paper` and `--sheet` name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PaperArg {
    Letter,
    A4,
}

impl From<PaperArg> for Paper {
    fn from(paper: PaperArg) -> Self {
        match paper {
            PaperArg::Letter => Paper::Letter,
            PaperArg::A4 => Paper::A4,
        }
    }
}

/// What a reviewer signs as, as `review --as` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum RoleArg {
    /// A fluent reader of the language, who checked the translation against the English.
    Fluent,
    /// A legal reviewer, who checked the English against the source it cites.
    Legal,
}

impl From<RoleArg> for crate::model::review::Role {
    fn from(role: RoleArg) -> Self {
        match role {
            RoleArg::Fluent => crate::model::review::Role::Fluent,
            RoleArg::Legal => crate::model::review::Role::Legal,
        }
    }
}

/// How `check` prints its findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    Text,
    Json,
}

/// Where the project is and which fonts it may use.
#[derive(Debug, Clone, Args)]
pub struct ProjectArgs {
    /// The project folder, the one holding pocketcard.toml [default: the current folder].
    #[arg(long, value_name = "DIR", default_value = ".", hide_default_value = true)]
    pub root: PathBuf,

    /// Another folder of fonts to use besides the project's fonts/ (repeatable).
    /// System fonts are never used, so a build looks the same on every machine.
    #[arg(long = "font-path", value_name = "DIR")]
    pub font_paths: Vec<PathBuf>,
}

/// Which cards and languages a command works on.
#[derive(Debug, Clone, Args)]
pub struct Selection {
    /// Only this card, by id (the name of cards/<ID>.toml); repeatable [default: all].
    #[arg(long = "card", value_name = "ID")]
    pub cards: Vec<String>,

    /// Only this locale, by tag (the name of locales/<TAG>/); repeatable [default: all].
    /// `qps` is a generated pseudolocale (accented, 40% longer) that finds layouts that will
    /// overflow before anyone translates.
    #[arg(long = "lang", value_name = "TAG")]
    pub langs: Vec<String>,

    /// Language of the side shown to an officer.
    #[arg(long = "officer-lang", value_name = "TAG", default_value = "en")]
    pub officer_lang: String,
}

/// Options of `pocketcard build`.
#[derive(Debug, Clone, Args)]
pub struct BuildArgs {
    #[command(flatten)]
    pub project: ProjectArgs,

    #[command(flatten)]
    pub selection: Selection,

    /// Which files to write; repeatable [default: pdf and png].
    #[arg(long = "format", value_name = "FORMAT", value_enum)]
    pub formats: Vec<FormatArg>,

    /// Output folder: files go to <DIR>/<lang>/<card>.pdf and <DIR>/<lang>/<card>-<page>.png
    /// [default: out/ in the project folder].
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,

    /// Paper for flyers [default: each language's own, from its locale.toml].
    #[arg(long, value_name = "PAPER", value_enum)]
    pub paper: Option<PaperArg>,

    /// A TOML file of the holder's own contacts (`lawyer = "..."`, `trusted = "..."`) to print
    /// on the write-in lines of the cards built: every line of plan-at-home (kept at home), only
    /// `lawyer` on the carried wallet-numbers. A line that no card being built has is refused.
    /// It goes into those PDFs' page content only: never into metadata, logs or any other file.
    /// Needs exactly one --lang: it is one person's card, in the language they read.
    #[arg(long, value_name = "FILE")]
    pub personal: Option<PathBuf>,

    /// An organization file (TOML: name, phone, web, logo, contacts = "join" or "replace")
    /// whose name and number every card prints, beside or instead of the default contacts.
    #[arg(long, value_name = "FILE")]
    pub org: Option<PathBuf>,

    /// Also write print sheets on this paper (repeatable): <card>.sheet-<paper>.pdf with ten
    /// wallet cards, fronts on page 1 and backs on page 2 for long-edge duplex, crop marks, and
    /// a printing guide. Only wallet-sized (CR80) cards are put on sheets.
    #[arg(long = "sheet", value_name = "PAPER", value_enum)]
    pub sheets: Vec<PaperArg>,

    /// Bleed in millimetres: how far each card's background reaches past the cut [default: 3
    /// on print sheets, 0 on single-card PDFs]. Given, it also enlarges the PDF of every card
    /// and flyer, which then carries a TrimBox for print shops.
    #[arg(long, value_name = "MM", value_parser = parse_bleed)]
    pub bleed: Option<f64>,

    /// For printers without duplex: put each front beside its back with a fold line, as
    /// <card>.fold-<paper>.pdf.
    #[arg(long)]
    pub fold: bool,

    /// Also write <lang>/calibration-<paper>.pdf for each --sheet paper: a duplex alignment
    /// test page whose scales show the --back-offset a printer needs.
    #[arg(long, requires = "sheets")]
    pub calibrate: bool,

    /// Shift every back of a duplex sheet by X,Y millimetres (right, down) to correct a
    /// printer that does not line the backs up with the fronts.
    #[arg(long = "back-offset", value_name = "X,Y", allow_hyphen_values = true)]
    pub back_offset: Option<BackOffset>,

    /// Also write <card>-phone.png: every side on one 1080 x 1920 portrait picture, to keep
    /// in a phone's photo album or send by message.
    #[arg(long)]
    pub phone: bool,

    /// Write cards even when checks find errors in them (text that does not fit, a missing
    /// glyph, a sensitive term). The errors are still reported.
    #[arg(long)]
    pub force: bool,

    /// How many documents to render at once [default: one per core].
    #[arg(long, value_name = "N", value_parser = at_least_one)]
    pub jobs: Option<usize>,

    /// Render every document again, even those whose outputs are up to date. A build
    /// otherwise skips each document whose inputs (its resolved text and data, the layout
    /// files it reads, the fonts, the options and pocketcard itself) are unchanged since its
    /// files in the output folder were written, as recorded in
    /// <DIR>/pocketcard-manifest.json, and whose files are still as written. A build with
    /// --personal always renders everything and records nothing.
    #[arg(long = "force-rebuild")]
    pub force_rebuild: bool,

    #[command(flatten)]
    pub budget: BudgetArgs,
}

impl From<BudgetArgs> for Limits {
    fn from(args: BudgetArgs) -> Self {
        Limits { seconds: args.max_seconds, memory_mb: args.max_memory_mb }
    }
}

impl ProjectArgs {
    /// The project folder and font folders given.
    pub fn paths(&self) -> ProjectPaths {
        ProjectPaths { root: self.root.clone(), font_paths: self.font_paths.clone() }
    }
}

impl ServeArgs {
    /// The server's options.
    pub fn options(&self) -> ServeOptions {
        ServeOptions {
            project: self.project.paths(),
            port: self.port,
            listen: self.listen,
            open: self.open,
            limits: self.budget.into(),
        }
    }
}

impl BuildArgs {
    /// What these arguments ask to build.
    pub fn request(&self) -> BuildRequest {
        BuildRequest {
            cards: self.selection.cards.clone(),
            langs: self.selection.langs.clone(),
            officer_lang: self.selection.officer_lang.clone(),
            formats: self.formats.iter().map(|&f| f.into()).collect(),
            out: self.out.clone(),
            paper: self.paper.map(Into::into),
            personal: self.personal.clone(),
            org: self.org.clone(),
            sheets: self.sheets.iter().map(|&p| p.into()).collect(),
            bleed: self.bleed,
            fold: self.fold,
            calibrate: self.calibrate,
            back_offset: self.back_offset,
            phone: self.phone,
            force: self.force,
            jobs: self.jobs,
            force_rebuild: self.force_rebuild,
        }
    }

    /// Problems with the combination of arguments that clap cannot express, as the message
    /// of a usage error (exit status 2).
    pub fn usage_problem(&self) -> Option<String> {
        if self.personal.is_some() && self.selection.langs.len() != 1 {
            return Some(format!(
                "--personal fills in one person's card, so it needs exactly one --lang (given {})\n\n  \
                 hint: add the language the holder reads, e.g. --personal me.toml --lang fr",
                self.selection.langs.len()
            ));
        }
        None
    }
}

/// `--bleed`: a number of millimetres from 0 to 10 (not NaN, not infinite).
fn parse_bleed(text: &str) -> Result<f64, String> {
    let value: f64 = text.trim().parse().map_err(|_| format!("{text:?} is not a number of millimetres"))?;
    if !(0.0..=10.0).contains(&value) {
        return Err(format!("{text} is out of range: bleed is from 0 to 10 millimetres; 3 is usual"));
    }
    Ok(value)
}

/// Parses a count that must be 1 or more, such as `--jobs`: 0 is a usage error at once rather
/// than a failure deep inside a build.
fn at_least_one(value: &str) -> Result<usize, String> {
    match value.parse::<usize>() {
        Ok(0) => Err("must be at least 1 (leave the option out to use one per core)".into()),
        Ok(n) => Ok(n),
        Err(err) => Err(err.to_string()),
    }
}
