//! Resolving a card for a language: every message formatted, contacts and QR codes looked up,
//! all gathered into the data a layout reads as `/data.json`.

use std::collections::BTreeMap;

use fluent_bundle::FluentArgs;
use serde::Serialize;
use typst::foundations::Bytes;

use crate::diag::{Diagnostic, Kind};
use crate::model::bidi;
use crate::model::card::{Audience, Card, CardSize, Side};
use crate::model::locale::{Direction, FALLBACK, Lookup, Paper, Status};
use crate::model::org::{Org, OrgMode};
use crate::model::project::Project;
use crate::rendering::dates;
use crate::rendering::qr;
use crate::rendering::world::DATA_PATH;

/// The data a layout reads: all text already in the right language.
#[derive(Debug, Serialize)]
pub(crate) struct CardData {
    pub card: CardInfo,
    /// The holder's side, in the holder's language.
    pub holder: SideData,
    /// The side shown to an officer, in the officer's language.
    pub officer: SideData,
    pub contacts: Vec<ContactData>,
    pub qr: Vec<QrData>,
    /// Blank lines to fill in, with what `--personal` put on them.
    pub write_in: Vec<WriteInData>,
    /// The organization that prints the card (`--org`), if any.
    pub org: Option<OrgData>,
}

/// An organization's branding as the layout places it.
#[derive(Debug, Serialize)]
pub(crate) struct OrgData {
    pub name: String,
    pub phone: Option<String>,
    pub web: Option<String>,
    /// The logo's virtual file, for `image(..)`.
    pub logo: Option<String>,
}

/// A labelled line the holder fills in.
#[derive(Debug, Serialize)]
pub(crate) struct WriteInData {
    pub id: String,
    pub side: Side,
    pub label: String,
    /// Filled in from a `--personal` file; otherwise the line is left blank to write on.
    pub value: Option<String>,
}

/// Facts about the card itself.
#[derive(Debug, Serialize)]
pub(crate) struct CardInfo {
    pub id: String,
    /// The title in the holder's language (PDF metadata).
    pub title: String,
    pub size: CardSize,
    /// The paper a `paper`-sized card is on.
    pub paper: Paper,
    pub width_mm: f64,
    pub height_mm: f64,
    /// Bleed around the trimmed page, in millimetres: the PDF gets a TrimBox inside it.
    pub bleed_mm: f64,
    pub audience: Audience,
    /// The date the facts are as of (`YYYY-MM`).
    pub info_as_of: String,
}

/// One side's language, typography and texts.
#[derive(Debug, Serialize)]
pub(crate) struct SideData {
    /// The locale tag (`en`, `zh-Hant`).
    pub locale: String,
    /// The language's name in itself (`ไทย`) and in English (`Thai`), from its locale.toml.
    pub name: String,
    pub english_name: String,
    /// Typst `lang` and `region`.
    pub lang: String,
    pub region: Option<String>,
    pub dir: Direction,
    pub fonts: Vec<String>,
    /// Whether every message this card prints is reviewed in this locale (see
    /// `review::status`).
    pub status: Status,
    /// Whether this side is in the language the content is written in (English).
    pub source: bool,
    /// Whether this side prints the draft mark: on the holder's side while anything on the
    /// card is unreviewed; on the officer's side only for an unreviewed translation. (An
    /// English officer side whose legal review is pending is the holder side's to show: a mark
    /// there would only give an officer a reason to dismiss the card.)
    pub draft: bool,
    pub sections: Vec<SectionData>,
    /// Fixed strings by slot name.
    pub labels: BTreeMap<String, String>,
    /// A regular expression matching the names and terms that must not break across lines
    /// inside (see [`unbreakable_pattern`]); the layout keeps each match whole.
    pub unbreakable: Option<String>,
}

impl SideData {
    /// A side with no text, standing in for a locale that failed to load.
    fn empty(tag: &str) -> Self {
        SideData {
            locale: tag.to_string(),
            name: tag.to_string(),
            english_name: tag.to_string(),
            lang: tag.to_string(),
            region: None,
            dir: Direction::Ltr,
            fonts: Vec::new(),
            status: Status::Draft,
            source: false,
            draft: true,
            sections: Vec::new(),
            labels: BTreeMap::new(),
            unbreakable: None,
        }
    }
}

/// A resolved block of text.
#[derive(Debug, Serialize)]
pub(crate) struct SectionData {
    pub id: String,
    pub group: Option<String>,
    pub title: Option<String>,
    pub body: String,
}

/// A contact as printed.
#[derive(Debug, Serialize)]
pub(crate) struct ContactData {
    pub id: String,
    pub side: Side,
    pub name: String,
    pub phone: Option<String>,
    /// The phone number's digits in the groups it is written in ("1-800-668-8258" gives
    /// 1, 800, 668, 8258), for layouts that print a number to learn by heart in groups.
    pub groups: Vec<String>,
    pub web: Option<String>,
    pub note: Option<String>,
}

/// The digit groups of a phone number, in order: runs of digits (and a leading `+`), split at
/// anything else. Every digit is kept, none is moved.
pub(crate) fn digit_groups(phone: &str) -> Vec<String> {
    phone.split(|c: char| !(c.is_ascii_digit() || c == '+')).filter(|g| !g.is_empty()).map(str::to_string).collect()
}

/// A QR code as the layout places it.
#[derive(Debug, Serialize)]
pub(crate) struct QrData {
    pub id: String,
    pub side: Side,
    /// The virtual SVG file to pass to `image(..)`.
    pub file: String,
    pub payload: String,
    /// Modules across, quiet zone included.
    pub modules: usize,
    /// The smallest width that keeps modules at 0.4 mm.
    pub min_width_mm: f64,
    /// Caption and alt text, in the side's language.
    pub caption: String,
}

/// A card resolved for one language, with the virtual files its layout reads.
pub struct ResolvedCard {
    /// What the layout reads as `/data.json`: written for Typst, and read back in Rust only by
    /// the discretion check, which must see every string exactly as it will be printed.
    pub(crate) data: CardData,
    pub(crate) files: Vec<(String, Bytes)>,
    /// The paper the card was resolved for (a flyer's; a wallet card's size does not depend
    /// on it).
    pub(crate) paper: Paper,
    /// The card's title in the holder's language, without isolate marks (for metadata).
    pub(crate) title: String,
    /// Fallbacks to English and formatting problems.
    pub warnings: Vec<Diagnostic>,
}

/// How one document is to be resolved: its languages, paper and personal data.
#[derive(Debug, Clone, Default)]
pub struct ResolveOptions {
    /// Paper for `paper`-sized cards; `None` takes the holder locale's default.
    pub paper: Option<Paper>,
    /// Values for write-in lines, by id (from `--personal`).
    pub personal: BTreeMap<String, String>,
    /// The `--personal` file, so that a diagnostic names a line of it without showing it.
    pub personal_path: Option<std::path::PathBuf>,
    /// An organization's branding (from `--org`).
    pub org: Option<Org>,
    /// Bleed of single-card PDFs in millimetres (`--bleed`; 0 unless asked).
    pub bleed_mm: f64,
}

/// Resolves `card` with the holder's side in `holder` and the officer's side in `officer`.
pub fn resolve(
    project: &Project,
    card: &Card,
    holder: &str,
    officer: &str,
    options: &ResolveOptions,
) -> Result<ResolvedCard, Vec<Diagnostic>> {
    let mut names: Vec<String> = project.contacts.values().map(|c| c.name.clone()).collect();
    names.extend(options.org.as_ref().map(|o| o.file.name.clone()));
    // Longer names first, so that a name inside another is marked as part of the longer one.
    names.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    names.dedup();
    let mut resolver =
        Resolver { project, card, holder, names, dates: BTreeMap::new(), warnings: Vec::new(), errors: Vec::new() };
    let holder_side = resolver.side(Side::Holder, holder);
    let officer_side = resolver.side(Side::Officer, officer);
    let mut files = Vec::new();

    let replaced = options.org.as_ref().is_some_and(|o| o.file.contacts == OrgMode::Replace);
    let contacts = card
        .contacts
        .iter()
        .filter(|_| !replaced)
        .filter_map(|c| {
            let contact = project.contacts.get(&c.id)?;
            let tag = if c.side == Side::Officer { officer } else { holder };
            Some(ContactData {
                id: c.id.clone(),
                side: c.side,
                name: bidi::value(&contact.name),
                phone: contact.phone.as_deref().map(bidi::value),
                groups: contact.phone.as_deref().map(digit_groups).unwrap_or_default(),
                web: contact.web.as_deref().map(bidi::value),
                note: c.note.as_ref().map(|id| resolver.text(tag, id, None)),
            })
        })
        .collect();

    let mut codes = Vec::new();
    for spec in &card.qr {
        let Some(payload) = project.qr_payload(spec) else {
            continue;
        };
        match qr::encode(&payload) {
            Ok(code) => {
                let file = format!("/qr/{}.svg", spec.id);
                files.push((file.clone(), Bytes::from_string(code.svg.clone())));
                let tag = if spec.side == Side::Officer { officer } else { holder };
                codes.push(QrData {
                    id: spec.id.clone(),
                    side: spec.side,
                    file,
                    payload: bidi::value(&payload),
                    modules: code.modules,
                    min_width_mm: code.min_width_mm(),
                    caption: resolver.text(tag, &spec.caption, None),
                });
            }
            Err(message) => resolver.errors.push(
                Diagnostic::error(Kind::TooLarge, format!("card {}: {message}", card.id))
                    .at(project.card_location(card, &spec.id))
                    .hint("QR payloads must be short enough for a printable code; use a shorter address"),
            ),
        }
    }

    let write_in = card
        .write_in
        .iter()
        .map(|w| {
            let tag = if w.side == Side::Officer { officer } else { holder };
            WriteInData {
                id: w.id.clone(),
                side: w.side,
                label: resolver.text(tag, &w.label, None),
                value: options.personal.get(&w.id).map(|v| bidi::value(v)),
            }
        })
        .collect();

    let org = options.org.as_ref().map(|org| {
        if let Some((path, bytes)) = &org.logo {
            files.push((path.clone(), bytes.clone()));
        }
        OrgData {
            name: bidi::value(&org.file.name),
            phone: org.file.phone.as_deref().map(bidi::value),
            web: org.file.web.as_deref().map(bidi::value),
            logo: org.logo.as_ref().map(|(path, _)| path.clone()),
        }
    });

    let paper = options.paper.or_else(|| project.localizer.locale(holder).map(|l| l.meta.paper)).unwrap_or_default();
    let (width_mm, height_mm) = card.size.millimetres(paper);
    // The title goes into the PDF's metadata, which is not laid out: no isolate marks.
    let title = bidi::plain(&resolver.text(holder, &card.title, None));
    if !resolver.errors.is_empty() {
        return Err(resolver.errors);
    }
    let data = CardData {
        card: CardInfo {
            id: card.id.clone(),
            title: title.clone(),
            size: card.size,
            paper,
            width_mm,
            height_mm,
            bleed_mm: options.bleed_mm,
            audience: card.audience,
            info_as_of: project.config.info_as_of.clone(),
        },
        holder: holder_side,
        officer: officer_side,
        contacts,
        qr: codes,
        write_in,
        org,
    };
    let json = serde_json::to_vec_pretty(&data)
        .map_err(|err| vec![Diagnostic::error(Kind::Internal, format!("cannot serialize card data: {err}"))])?;
    files.push((DATA_PATH.to_string(), Bytes::new(json)));
    Ok(ResolvedCard { data, files, paper, title, warnings: resolver.warnings })
}

/// The message of the draft mark on an English side, where nothing is a translation and the
/// mark means that the legal review is pending.
pub(crate) const SOURCE_DRAFT_LABEL: &str = "common-draft-unreviewed";

struct Resolver<'a> {
    project: &'a Project,
    card: &'a Card,
    /// Names of contacts and of the organization, isolated wherever a message prints them.
    names: Vec<String>,
    /// The information-as-of date as each locale writes it, by locale tag.
    dates: BTreeMap<String, String>,
    /// The holder's locale: its names fill `$language` and `$own-name` on either side.
    holder: &'a str,
    warnings: Vec<Diagnostic>,
    errors: Vec<Diagnostic>,
}

impl Resolver<'_> {
    /// Resolves the sections and labels of one side in locale `tag`.
    fn side(&mut self, side: Side, tag: &str) -> SideData {
        let Some(meta) = self.project.localizer.locale(tag).map(|l| l.meta.clone()) else {
            self.errors.push(
                Diagnostic::error(Kind::Unknown, format!("unknown locale {tag:?}"))
                    .hint("`pocketcard list` shows the locales"),
            );
            return SideData::empty(tag);
        };
        let sections = self
            .card
            .sections
            .iter()
            .filter(|s| s.side == side)
            .map(|s| {
                let has_title = self
                    .project
                    .localizer
                    .locale(FALLBACK)
                    .and_then(|l| l.messages.get(&s.message))
                    .is_some_and(|m| m.attributes.iter().any(|a| a == "title"));
                SectionData {
                    id: s.message.clone(),
                    group: s.group.clone(),
                    title: has_title.then(|| self.text(tag, &s.message, Some("title"))),
                    body: self.text(tag, &s.message, None),
                }
            })
            .collect();
        let mut labels: BTreeMap<String, String> =
            self.card.labels.iter().map(|(slot, id)| (slot.clone(), self.text(tag, id, None))).collect();
        let source = tag == FALLBACK;
        let has_source_label =
            self.project.localizer.locale(FALLBACK).is_some_and(|l| l.messages.contains_key(SOURCE_DRAFT_LABEL));
        if source && has_source_label && labels.contains_key("draft") {
            // Nothing on an English side is translated: its draft mark says what is pending.
            let text = self.text(tag, SOURCE_DRAFT_LABEL, None);
            labels.insert("draft".to_string(), text);
        }
        let status = crate::model::review::status::card_status(&self.project.localizer, self.card, tag);
        let draft = status == Status::Draft && (side == Side::Holder || !source);
        let unbreakable = unbreakable_pattern(meta.unbreakable.iter().chain(&self.names));
        SideData {
            locale: tag.to_string(),
            name: meta.name.clone(),
            english_name: meta.english_name.clone(),
            lang: meta.lang.clone(),
            region: meta.region.clone(),
            dir: meta.dir,
            fonts: meta.fonts.clone(),
            status,
            source,
            draft,
            sections,
            labels,
            unbreakable,
        }
    }

    /// Formats one message, noting a fallback to English as a warning.
    fn text(&mut self, tag: &str, id: &str, attr: Option<&str>) -> String {
        let date = self.dates.entry(tag.to_string()).or_insert_with(|| info_as_of(self.project, tag)).clone();
        let mut args = FluentArgs::new();
        args.set("date", date);
        // The holder's language, for the officer side's interpreter request.
        if let Some(meta) = self.project.localizer.locale(self.holder).map(|l| &l.meta) {
            let (english, own) = meta.interpreter_names();
            args.set("language", english);
            args.set("own-name", own);
        }
        let mut problems = Vec::new();
        let lookup = self.project.localizer.format(tag, id, attr, Some(&args), &mut problems);
        let localizer = &self.project.localizer;
        let location = || {
            localizer
                .locale(tag)
                .and_then(|l| l.location(id))
                .or_else(|| localizer.locale(FALLBACK).and_then(|l| l.location(id)))
        };
        for problem in problems {
            let mut diag = Diagnostic::warning(
                Kind::Format,
                format!("message {id:?} in locale {tag}: {}", problem.to_lowercase()),
            )
            .hint(
                "a message may use only the variables $date (the information-as-of date), \
                     $language and $own-name (the holder's language in English and in itself)",
            );
            if let Some(loc) = location() {
                diag = diag.at(loc);
            }
            self.warnings.push(diag);
        }
        let shown = match &attr {
            Some(a) => format!("{id}.{a}"),
            None => id.to_string(),
        };
        let names = &self.names;
        let lookup = match lookup {
            Lookup::Found(text) => Lookup::Found(bidi::mark(&text, names)),
            Lookup::FellBack(text) => Lookup::FellBack(bidi::mark(&text, names)),
            Lookup::Missing => Lookup::Missing,
        };
        match lookup {
            Lookup::Found(text) => text,
            Lookup::FellBack(text) => {
                let english_file =
                    localizer.locale(FALLBACK).and_then(|l| l.messages.get(id).map(|m| l.files[m.file].path.clone()));
                let file_name = english_file
                    .as_ref()
                    .and_then(|p| p.file_name())
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_else(|| "messages.ftl".into());
                let mut diag = Diagnostic::warning(
                    Kind::MissingMessage,
                    format!("locale {tag} has no message {shown:?}; the English text is used"),
                )
                .hint(format!("translate it in locales/{tag}/{file_name}"));
                if let Some(path) = english_file {
                    diag = diag.in_file(path);
                }
                self.warnings.push(diag);
                text
            }
            Lookup::Missing => {
                let mut diag = Diagnostic::error(
                    Kind::Unknown,
                    format!("no locale defines message {shown:?}, used by card {}", self.card.id),
                )
                .hint("define it in locales/en/ (English is every locale's fallback)");
                diag = diag.at(self.project.card_location(self.card, id));
                self.errors.push(diag);
                String::new()
            }
        }
    }
}

/// The printing guide of a print sheet, in locale `tag`, with steps for a duplex or a fold
/// sheet. English stands in for what the locale has not translated, and the warnings say so.
pub(crate) fn printing_guide(project: &Project, tag: &str, fold: bool) -> (Guide, Vec<Diagnostic>) {
    let mut warnings = Vec::new();
    let mut text = |id: &str, attr: Option<&str>| print_text(project, tag, id, attr, &mut warnings);
    let steps: &[&str] = if fold {
        &["guide-paper", "guide-settings-fold", "guide-cut", "guide-fold", "guide-laminate"]
    } else {
        &["guide-paper", "guide-settings", "guide-alignment", "guide-cut", "guide-laminate"]
    };
    let guide = Guide {
        title: text("guide-title", None),
        steps: steps.iter().map(|id| GuideStep { title: text(id, Some("title")), body: text(id, None) }).collect(),
    };
    warnings.dedup_by(|a, b| a.message == b.message);
    (guide, warnings)
}

/// A message of the printing pages (`print-guide.ftl`) in locale `tag`, with English standing
/// in, and a warning saying so, where the locale lacks it.
pub(crate) fn print_text(
    project: &Project,
    tag: &str,
    id: &str,
    attr: Option<&str>,
    warnings: &mut Vec<Diagnostic>,
) -> String {
    let mut problems = Vec::new();
    match project.localizer.format(tag, id, attr, None, &mut problems) {
        Lookup::Found(text) => bidi::mark(&text, &[]),
        Lookup::FellBack(text) => {
            let text = bidi::mark(&text, &[]);
            warnings.push(
                Diagnostic::warning(
                    Kind::MissingMessage,
                    format!("locale {tag} has no message {id:?}; the English text is used"),
                )
                .hint(format!("translate it in locales/{tag}/print-guide.ftl")),
            );
            text
        }
        Lookup::Missing => String::new(),
    }
}

/// The printing guide of a sheet.
#[derive(Debug, Serialize)]
pub(crate) struct Guide {
    pub title: String,
    pub steps: Vec<GuideStep>,
}

/// One step of the printing guide.
#[derive(Debug, Serialize)]
pub(crate) struct GuideStep {
    pub title: String,
    pub body: String,
}

/// The information-as-of date (`info_as_of`, `YYYY-MM`) as printed in locale `tag`: the month
/// and year as the language writes them (src/dates.rs), or the value as written when ICU
/// cannot write it, as one isolate, so that the text around it never reorders it: left to
/// right for a date that starts left to right ("October 2017", "2017-10", never 10-2017), and
/// for an Arabic month name and year an isolate in its own direction, whose year keeps its
/// digits in order.
pub(crate) fn info_as_of(project: &Project, tag: &str) -> String {
    let raw = &project.config.info_as_of;
    match dates::format_month(raw, tag) {
        Some(date) if unicode_bidi::get_base_direction(date.as_str()) == unicode_bidi::Direction::Rtl => {
            bidi::value(&date)
        }
        Some(date) => bidi::ltr(&date),
        None => bidi::ltr(raw),
    }
}

/// The arguments every message is formatted with, as a build formats it in locale `tag`.
pub(crate) fn message_args(project: &Project, tag: &str) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    args.set("date", info_as_of(project, tag));
    if let Some(meta) = project.localizer.locale(tag).map(|l| &l.meta) {
        let (english, own) = meta.interpreter_names();
        args.set("language", english);
        args.set("own-name", own);
    }
    args
}

/// A regular expression (Rust `regex` syntax, as Typst's `regex(..)` reads it) that matches
/// every piece of `terms` that must be kept on one line: each word of a term (terms may break
/// at their spaces) that is written in a script without spaces between words (Thai, Lao,
/// Khmer, Burmese and the Tai scripts), where a line could otherwise break inside it. Longer
/// pieces first, so that they win over pieces they contain. `None` when there is none.
pub(crate) fn unbreakable_pattern<'a>(terms: impl Iterator<Item = &'a String>) -> Option<String> {
    let mut pieces: Vec<String> = terms
        .flat_map(|t| bidi::plain(t).split_whitespace().map(String::from).collect::<Vec<_>>())
        .filter(|p| p.chars().any(written_without_spaces))
        .collect();
    pieces.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
    pieces.dedup();
    if pieces.is_empty() {
        return None;
    }
    let escaped: Vec<String> = pieces
        .iter()
        .map(|p| {
            p.chars().fold(String::new(), |mut out, c| {
                if "\\.+*?()|[]{}^$#&-~".contains(c) {
                    out.push('\\');
                }
                out.push(c);
                out
            })
        })
        .collect();
    Some(escaped.join("|"))
}

/// Whether `c` belongs to a script whose lines break between words that no space separates.
fn written_without_spaces(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0EFF // Thai, Lao
        | 0x1000..=0x109F | 0xA9E0..=0xA9FF | 0xAA60..=0xAA7F // Myanmar
        | 0x1780..=0x17FF | 0x19E0..=0x19FF // Khmer
        | 0x1950..=0x19DF | 0x1A20..=0x1AAF | 0xAA80..=0xAADF // Tai Le, New Tai Lue, Tai Tham, Tai Viet
    )
}

/// One document of a plan: a card with its holder's side in one language, resolved once.
pub(crate) struct Job<'p> {
    pub(crate) card: &'p Card,
    pub(crate) lang: &'p str,
    /// Its outputs' stem and its name in the manifest: `fr/wallet-rights`.
    pub(crate) name: String,
    /// The card as its layout will read it, or why it cannot be made (in its locale).
    pub(crate) resolved: Result<ResolvedCard, Vec<Diagnostic>>,
}

/// Every document of `documents`, the costliest first (so that two cores finish together),
/// each resolved once, on `threads` threads.
pub(crate) fn resolve_all<'p>(
    project: &'p Project,
    documents: &'p crate::model::plan::Documents,
    options: &ResolveOptions,
    threads: usize,
) -> Vec<Job<'p>> {
    let order = documents.costliest_first(project);
    let resolved = crate::rendering::workers::map(threads, &order, |(card_id, lang)| {
        let card = &project.cards[*card_id];
        resolve(project, card, lang, &documents.officer, options)
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

#[cfg(test)]
mod tests {
    use super::{digit_groups, unbreakable_pattern};

    #[test]
    fn unbreakable_pieces_are_words_of_scripts_without_spaces() {
        let terms = [
            "โตรอนโต".to_string(),
            "ผู้ค้ำประกัน (bondsperson)".to_string(),
            "Legal Aid Ontario".to_string(),
            "ศูนย์ ก.ข.".to_string(),
        ];
        assert_eq!(unbreakable_pattern(terms.iter()).as_deref(), Some("ผู้ค้ำประกัน|โตรอนโต|ศูนย์|ก\\.ข\\."));
        assert_eq!(unbreakable_pattern(["Legal Aid Ontario".to_string()].iter()), None);
    }

    #[test]
    fn digit_groups_keep_every_digit_in_order() {
        assert_eq!(digit_groups("1-800-668-8258"), ["1", "800", "668", "8258"]);
        assert_eq!(digit_groups("(416) 555-0100"), ["416", "555", "0100"]);
        assert_eq!(digit_groups("+1 416 977 8111"), ["+1", "416", "977", "8111"]);
        assert!(digit_groups("").is_empty());
    }
}
