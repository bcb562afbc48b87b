//! Loading a project folder into a typed, cross-checked model before anything renders.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Deserialize;

use crate::diag::{Diagnostic, Kind, Location, display_path};
use crate::model::card::{Card, QrLink, QrSpec};
use crate::model::contacts::{self, Contact};
use crate::model::locale::{FALLBACK, Localizer};
use crate::model::toml_file;

/// The project file at the root, `pocketcard.toml`.
pub(crate) const PROJECT_FILE: &str = "pocketcard.toml";

/// What `pocketcard.toml` says about the whole content set.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProjectConfig {
    /// The date the content's facts are as of (`YYYY-MM`), printed on every card.
    pub info_as_of: String,
    /// The document the facts come from, for reviewers.
    pub source: String,
}

/// A loaded project: cards, contacts and locales, all cross-checked.
pub struct Project {
    /// The project folder, canonical.
    pub root: PathBuf,
    pub config: ProjectConfig,
    pub contacts: BTreeMap<String, Contact>,
    pub cards: BTreeMap<String, Card>,
    pub localizer: Localizer,
    /// The text of `pocketcard.toml` and of `contacts.toml` as read when loading (each file is
    /// read once per run), for diagnostics that point into them.
    pub(crate) config_text: Arc<str>,
    pub(crate) contacts_text: Arc<str>,
    /// Each card file's text, for diagnostics that point into it.
    card_texts: BTreeMap<String, Arc<str>>,
    /// Where each quoted string first appears in each card file, so that pointing
    /// diagnostics at thousands of values does not search the file again for each.
    card_strings: BTreeMap<String, std::collections::HashMap<Box<str>, usize>>,
}

/// `YYYY-MM`, a month that exists (`2017-10`), as `info_as_of` is written: the year and month.
pub(crate) fn year_month(text: &str) -> Option<(i32, u8)> {
    let (year, month) = text.trim().split_once('-')?;
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(year, 4) || !digits(month, 2) {
        return None;
    }
    let month: u8 = month.parse().ok()?;
    (1..=12).contains(&month).then_some(())?;
    Some((year.parse().ok()?, month))
}

/// `info_as_of` must be a month: every card prints it as the date its facts are as of, and
/// the PDFs carry it as their date. "soon" or "2017-13" would print as it is.
fn check_info_as_of(path: &Path, text: &Arc<str>, value: &str, diagnostics: &mut Vec<Diagnostic>) {
    if year_month(value).is_some() {
        return;
    }
    diagnostics.push(
        Diagnostic::error(Kind::Invalid, format!("info_as_of {value:?} is not a month written YYYY-MM"))
            .at(Location::new(display_path(path), text.clone(), locate_value(text, value)))
            .hint("write the month the content's facts are as of, e.g. info_as_of = \"2017-10\""),
    );
}

/// The most sections a card may have: the largest flyer has a few dozen. A card with more is
/// refused at once rather than laid out for minutes.
pub(crate) const MAX_SECTIONS: usize = 500;

impl Project {
    /// Loads and checks the project in `root`. Every problem found is returned; the project
    /// is returned too unless an error makes it unusable.
    pub fn load(root: &Path) -> (Option<Project>, Vec<Diagnostic>) {
        Project::reload(root, None)
    }

    /// [`Project::load`], reusing the locales of `previous` (the project as last loaded, in
    /// `watch` and `serve`) whose folders are unchanged: parsing every locale again would be
    /// most of the time a save takes to answer.
    pub(crate) fn reload(root: &Path, previous: Option<&Project>) -> (Option<Project>, Vec<Diagnostic>) {
        let mut diagnostics = Vec::new();
        let root = match root.canonicalize() {
            Ok(root) => root,
            Err(err) => {
                diagnostics.push(
                    Diagnostic::error(
                        Kind::Io,
                        format!("cannot open project folder {}: {}", root.display(), toml_file::lowercase_io(&err)),
                    )
                    .hint("pass --root with the folder that holds pocketcard.toml"),
                );
                return (None, diagnostics);
            }
        };
        let config_path = root.join(PROJECT_FILE);
        if !config_path.is_file() {
            // Relative to the working folder, the working folder itself would show as nothing.
            let shown = display_path(&root);
            let shown = if shown.as_os_str().is_empty() { root.clone() } else { shown };
            diagnostics.push(
                Diagnostic::error(Kind::NotFound, format!("no {PROJECT_FILE} in {}", shown.display()))
                    .hint("run pocketcard in the project folder (the one with cards/ and locales/), or pass --root"),
            );
            return (None, diagnostics);
        }
        let config_text = toml_file::read_text(&config_path).map_err(|d| diagnostics.push(d)).ok();
        let config: Option<ProjectConfig> = config_text
            .as_ref()
            .and_then(|text| toml_file::parse(&config_path, text).map_err(|d| diagnostics.push(d)).ok());
        if let (Some(config), Some(text)) = (&config, &config_text) {
            check_info_as_of(&config_path, text, &config.info_as_of, &mut diagnostics);
        }

        let contacts_path = root.join("contacts.toml");
        let contacts_text = toml_file::read_text(&contacts_path).map_err(|d| diagnostics.push(d)).ok();
        let contacts: BTreeMap<String, Contact> = contacts_text
            .as_ref()
            .and_then(|text| toml_file::parse(&contacts_path, text).map_err(|d| diagnostics.push(d)).ok())
            .unwrap_or_default();
        if let Some(text) = &contacts_text {
            check_contacts(&contacts_path, text, &contacts, &mut diagnostics);
        }

        let (cards, card_texts) = load_cards(&root.join("cards"), &mut diagnostics);
        let previous = previous.filter(|p| p.root == root).map(|p| &p.localizer);
        let localizer = Localizer::load(&root.join("locales"), previous, &mut diagnostics);

        let Some(config) = config else {
            return (None, diagnostics);
        };
        let card_strings = card_texts.iter().map(|(id, text)| (id.clone(), quoted_strings(text))).collect();
        let project = Project {
            root,
            config,
            config_text: config_text.unwrap_or_else(|| Arc::from("")),
            contacts_text: contacts_text.unwrap_or_else(|| Arc::from("")),
            contacts,
            cards,
            localizer,
            card_texts,
            card_strings,
        };
        project.check_references(&mut diagnostics);
        // Returned even with errors, so that `check` can go on and report everything;
        // `build` refuses to render when any of these diagnostics is an error.
        (Some(project), diagnostics)
    }

    /// The folder that holds card definitions and layouts; the Typst world's root.
    pub(crate) fn cards_dir(&self) -> PathBuf {
        self.root.join("cards")
    }

    /// Points at the first quoted occurrence of `value` in a card's file.
    pub(crate) fn card_location(&self, card: &Card, value: &str) -> Location {
        let text = self.card_texts.get(&card.id).cloned().unwrap_or_else(|| Arc::from(""));
        let indexed = self.card_strings.get(&card.id).and_then(|index| index.get(value)).copied();
        let range = match indexed {
            Some(start) => start..start + value.len(),
            None => locate_value(&text, value),
        };
        Location::new(display_path(&card.path), text, range)
    }

    /// Every message id a card uses, with the attribute it needs, sorted and deduplicated.
    pub(crate) fn card_messages(card: &Card) -> Vec<String> {
        let mut ids: Vec<String> = std::iter::once(card.title.clone())
            .chain(card.sections.iter().map(|s| s.message.clone()))
            .chain(card.contacts.iter().filter_map(|c| c.note.clone()))
            .chain(card.qr.iter().map(|q| q.caption.clone()))
            .chain(card.write_in.iter().map(|w| w.label.clone()))
            .chain(card.labels.values().cloned())
            .collect();
        ids.sort();
        ids.dedup();
        ids
    }

    /// Checks that every card's layout, messages, contacts and QR codes exist.
    fn check_references(&self, diagnostics: &mut Vec<Diagnostic>) {
        let english = self.localizer.locale(FALLBACK);
        for card in self.cards.values() {
            let layout = self.cards_dir().join(&card.layout);
            if !layout.is_file() {
                diagnostics.push(
                    Diagnostic::error(Kind::Unknown, format!("card {} names a layout that does not exist", card.id))
                        .at(self.card_location(card, &card.layout))
                        .hint(format!(
                            "layouts are .typ files under cards/; looked for {}",
                            display_path(&layout).display()
                        )),
                );
            }
            if let Some(english) = english {
                for id in Self::card_messages(card) {
                    if !english.messages.contains_key(&id) {
                        diagnostics.push(
                            Diagnostic::error(
                                Kind::Unknown,
                                format!("card {} uses message {id:?}, which English does not define", card.id),
                            )
                            .at(self.card_location(card, &id))
                            .hint("define it in a locales/en/*.ftl file with a `# source:` comment, or fix the id"),
                        );
                    }
                }
            }
            for line in card.forbidden_write_ins() {
                diagnostics.push(
                    Diagnostic::error(
                        Kind::CarriedWriteIn,
                        format!(
                            "card {} is carried (a worker's card of wallet size) but has a write-in line {:?}",
                            card.id, line.id
                        ),
                    )
                    .at(self.card_location(card, &line.id))
                    .hint(format!(
                        "a carried card is taken on detention: its only write-in line may be {:?}, the \
                         holder's lawyer; put the others on a sheet kept at home (size = \"paper\")",
                        crate::model::card::HOLDER_LAWYER
                    )),
                );
            }
            for contact in &card.contacts {
                if !self.contacts.contains_key(&contact.id) {
                    diagnostics.push(self.unknown_contact(card, &contact.id));
                }
            }
            for qr in &card.qr {
                if let Some(diag) = self.check_qr(card, qr) {
                    diagnostics.push(diag);
                }
            }
        }
    }

    fn unknown_contact(&self, card: &Card, id: &str) -> Diagnostic {
        let known: Vec<&str> = self.contacts.keys().map(String::as_str).collect();
        Diagnostic::error(
            Kind::Unknown,
            format!("card {} names contact {id:?}, which contacts.toml does not define", card.id),
        )
        .at(self.card_location(card, id))
        .hint(format!("known contacts: {}", known.join(", ")))
    }

    /// The payload a QR code encodes, once the card has been checked.
    pub(crate) fn qr_payload(&self, qr: &QrSpec) -> Option<String> {
        if let Some(url) = &qr.url {
            return Some(url.clone());
        }
        let contact = self.contacts.get(qr.contact.as_ref()?)?;
        match qr.link? {
            QrLink::Tel => contact.tel_uri(),
            QrLink::Web => contact.web.clone(),
        }
    }

    fn check_qr(&self, card: &Card, qr: &QrSpec) -> Option<Diagnostic> {
        let at = |value: &str| self.card_location(card, value);
        match (&qr.url, &qr.contact, qr.link) {
            (Some(url), None, None) => (!contacts::is_web_address(url)).then(|| {
                Diagnostic::error(Kind::Invalid, format!("QR code {:?} has an invalid web address", qr.id))
                    .at(at(url))
                    .hint("write a full address such as https://www.example.org/page")
            }),
            (None, Some(contact), Some(link)) => {
                let Some(found) = self.contacts.get(contact) else {
                    return Some(self.unknown_contact(card, contact));
                };
                let missing = match link {
                    QrLink::Tel => found.tel_uri().is_none().then_some("a well-formed phone number"),
                    QrLink::Web => found.web.is_none().then_some("a web address"),
                };
                missing.map(|what| {
                    Diagnostic::error(
                        Kind::Unknown,
                        format!("QR code {:?} encodes contact {contact:?}, which has no {what}", qr.id),
                    )
                    .at(at(contact))
                    .hint("add it to contacts.toml or change `link`")
                })
            }
            _ => Some(
                Diagnostic::error(
                    Kind::Invalid,
                    format!("QR code {:?} needs either `url`, or `contact` with `link`", qr.id),
                )
                .at(at(&qr.id))
                .hint("for example: contact = \"legal-aid-ontario\" and link = \"tel\""),
            ),
        }
    }
}

/// Loads `cards/*.toml`, sorted by id.
fn load_cards(dir: &Path, diagnostics: &mut Vec<Diagnostic>) -> (BTreeMap<String, Card>, BTreeMap<String, Arc<str>>) {
    let mut cards = BTreeMap::new();
    let mut texts = BTreeMap::new();
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            diagnostics.push(
                Diagnostic::error(
                    Kind::Io,
                    format!(
                        "cannot read the cards folder {}: {}",
                        display_path(dir).display(),
                        toml_file::lowercase_io(&err)
                    ),
                )
                .hint("a project keeps its card definitions as cards/<id>.toml"),
            );
            return (cards, texts);
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    for path in paths {
        let id = path.file_stem().unwrap_or_default().to_string_lossy().into_owned();
        let text = match toml_file::read_text(&path) {
            Ok(text) => text,
            Err(diag) => {
                diagnostics.push(diag);
                continue;
            }
        };
        match toml_file::parse::<Card>(&path, &text) {
            Ok(card) if card.sections.len() > MAX_SECTIONS => diagnostics.push(
                Diagnostic::error(
                    Kind::TooLarge,
                    format!(
                        "card {id} has {} sections, more than the {MAX_SECTIONS} a card can hold",
                        card.sections.len()
                    ),
                )
                .in_file(display_path(&path))
                .hint("split it into several cards; a wallet card holds a handful of sections, a flyer a few dozen"),
            ),
            Ok(mut card) => {
                card.id = id.clone();
                card.path = path.clone();
                cards.insert(id.clone(), card);
                texts.insert(id, text);
            }
            Err(diag) => diagnostics.push(diag),
        }
    }
    if cards.is_empty() && !diagnostics.iter().any(|d| d.is_error()) {
        diagnostics.push(
            Diagnostic::error(Kind::NotFound, format!("no cards in {}", display_path(dir).display()))
                .hint("add a card definition such as cards/wallet-rights.toml"),
        );
    }
    (cards, texts)
}

/// Checks each contact's phone, web address and verification date.
fn check_contacts(
    path: &Path,
    text: &Arc<str>,
    contacts: &BTreeMap<String, Contact>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let shown = display_path(path);
    let tables = TableIndex::new(text);
    for (id, contact) in contacts {
        let at = |value: &str| Location::new(&shown, text.clone(), tables.locate(id, value));
        if let Some(phone) = &contact.phone
            && contacts::tel_uri(phone).is_none()
        {
            diagnostics.push(
                Diagnostic::error(Kind::Invalid, format!("contact {id:?} has a malformed phone number"))
                    .at(at(phone))
                    .hint("write a 10-digit North American number such as 416-977-8111 or 1-800-668-8258"),
            );
        }
        if let Some(web) = &contact.web
            && !contacts::is_web_address(web)
        {
            diagnostics.push(
                Diagnostic::error(Kind::Invalid, format!("contact {id:?} has an invalid web address"))
                    .at(at(web))
                    .hint("write a full address such as https://www.example.org/page"),
            );
        }
        if !contacts::is_verified_date(&contact.verified) {
            diagnostics.push(
                Diagnostic::error(Kind::Invalid, format!("contact {id:?} has an invalid `verified` date"))
                    .at(at(&contact.verified))
                    .hint("write the date the number was last checked as YYYY-MM or YYYY-MM-DD"),
            );
        }
    }
}

/// Where each quoted string (`"..."`) first appears in a TOML text: the offset just after the
/// opening quote, keyed by the string's raw text.
fn quoted_strings(text: &str) -> std::collections::HashMap<Box<str>, usize> {
    let mut found = std::collections::HashMap::new();
    for line_start in std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)) {
        let line = &text[line_start..];
        let line = &line[..line.find('\n').unwrap_or(line.len())];
        let mut rest = line;
        let mut offset = line_start;
        while let Some(open) = rest.find('"') {
            let after = &rest[open + 1..];
            let Some(close) = after.find('"') else { break };
            found.entry(after[..close].into()).or_insert(offset + open + 1);
            offset += open + close + 2;
            rest = &after[close + 1..];
        }
    }
    found
}

/// The tables of a TOML text (`[name]` headers) and the byte range each spans, found once so
/// that locating values in thousands of tables stays linear.
pub(crate) struct TableIndex<'a> {
    text: &'a str,
    tables: std::collections::HashMap<&'a str, std::ops::Range<usize>>,
}

impl<'a> TableIndex<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        let mut tables = std::collections::HashMap::new();
        let mut current: Option<(&str, usize)> = None;
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            let trimmed = line.trim();
            if let Some(name) = trimmed.strip_prefix('[').and_then(|t| t.strip_suffix(']')) {
                if let Some((table, start)) = current.take() {
                    tables.entry(table).or_insert(start..offset);
                }
                current = Some((name.trim().trim_matches('"'), offset));
            }
            offset += line.len();
        }
        if let Some((table, start)) = current {
            tables.entry(table).or_insert(start..text.len());
        }
        TableIndex { text, tables }
    }

    /// Byte range of the first `"value"` in table `[table]`, or anywhere when the table or the
    /// value in it is not found.
    pub(crate) fn locate(&self, table: &str, value: &str) -> std::ops::Range<usize> {
        if let Some(span) = self.tables.get(table) {
            let found = locate_value(&self.text[span.clone()], value);
            if !found.is_empty() {
                return found.start + span.start..found.end + span.start;
            }
        }
        locate_value(self.text, value)
    }
}

/// Byte range of the first `"value"` in a TOML text (or of its bare occurrence).
pub(crate) fn locate_value(text: &str, value: &str) -> std::ops::Range<usize> {
    let quoted = format!("\"{value}\"");
    if let Some(i) = text.find(&quoted) {
        return i + 1..i + 1 + value.len();
    }
    match text.find(value) {
        Some(i) if !value.is_empty() => i..i + value.len(),
        _ => 0..0,
    }
}
