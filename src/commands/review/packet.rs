//! `pocketcard review`: the review packet of a locale (a PDF to work through on paper and the
//! same rows as CSV for a spreadsheet), and the sign-off of what a packet showed.
//!
//! Each row is one message on the locale's cards: its id, the source it cites, the English,
//! the translation, an empty column for the reviewer's own back-translation and tick boxes.
//! What needs work (missing, stale, untracked, unreviewed) comes first. The CSV carries the
//! hashes of both texts, so that a sign-off records exactly what was reviewed and is refused
//! when either text has changed since.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use typst::foundations::Bytes;

use crate::diag::{Diagnostic, Kind, display_path};
use crate::model::card::Card;
use crate::model::locale::{FALLBACK, Lookup};
use crate::model::project::Project;
use crate::model::review::records::{Role, SignOff, reviews_text};
use crate::model::review::status::{State, needed_role, state};
use crate::model::review::text::{message_hash, short};
use crate::rendering::compile::{self, Format, RenderContext};
use crate::rendering::output::write_atomic;
use crate::rendering::resolve::ResolveOptions;
use crate::rendering::session::Session;

/// One message of the packet.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub(crate) struct Row {
    /// The message id.
    pub id: String,
    /// The first card that prints it, and the others.
    pub card: String,
    pub also_on: String,
    /// Its state when the packet was made.
    pub state: State,
    /// The English message's comment: the source section it cites.
    pub source: String,
    /// The texts as printed (variables shown as `{ $name }`), each attribute on its own line.
    pub english: String,
    pub translation: String,
    /// Left empty for the reviewer.
    pub back_translation: String,
    pub meaning: String,
    pub tone: String,
    pub fits: String,
    /// SHA-256 of the whole English message and of the whole translation.
    pub english_sha256: String,
    pub translation_sha256: String,
}

/// The packet of locale `tag`: every message on its cards, what needs work first.
pub(crate) fn rows(project: &Project, tag: &str) -> Vec<Row> {
    let english = project.localizer.locale(FALLBACK);
    let locale = project.localizer.locale(tag);
    // Each message once, under the first card (in id order) that prints it, in card order.
    let mut first_card: BTreeMap<String, String> = BTreeMap::new();
    let mut cards_of: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    for card in project.cards.values() {
        for id in messages_in_card_order(card) {
            cards_of.entry(id.clone()).or_default().push(card.id.clone());
            if !first_card.contains_key(&id) {
                first_card.insert(id.clone(), card.id.clone());
                order.push(id);
            }
        }
    }
    let mut rows: Vec<Row> = order
        .into_iter()
        .map(|id| {
            let origin = english.and_then(|e| e.messages.get(&id));
            let english_sha256 = origin.map(|o| message_hash(&o.parts)).unwrap_or_default();
            let translation_sha256 =
                locale.and_then(|l| l.messages.get(&id)).map(|o| message_hash(&o.parts)).unwrap_or_default();
            let state = state(&project.localizer, tag, &id);
            let translation = if tag == FALLBACK {
                String::new()
            } else if state == State::Missing {
                "(missing: the English text prints)".to_string()
            } else {
                printed(project, tag, &id)
            };
            Row {
                card: first_card[&id].clone(),
                also_on: cards_of[&id][1..].join(" "),
                state,
                // The comment's lines are wrapped for the editor; one paragraph reads better.
                source: origin
                    .and_then(|o| o.comment.as_deref())
                    .map(|c| c.split_whitespace().collect::<Vec<_>>().join(" "))
                    .unwrap_or_default(),
                english: printed(project, FALLBACK, &id),
                translation,
                back_translation: String::new(),
                meaning: String::new(),
                tone: String::new(),
                fits: String::new(),
                english_sha256,
                translation_sha256: if tag == FALLBACK { String::new() } else { translation_sha256 },
                id,
            }
        })
        .collect();
    // What needs work first; the order within each group is the cards'.
    rows.sort_by_key(|r| r.state == State::Reviewed);
    rows
}

/// The messages of a card in the order it prints them: title, sections, contacts' notes,
/// QR captions, write-in lines, labels.
fn messages_in_card_order(card: &Card) -> Vec<String> {
    let mut seen = BTreeSet::new();
    std::iter::once(card.title.clone())
        .chain(card.sections.iter().map(|s| s.message.clone()))
        .chain(card.contacts.iter().filter_map(|c| c.note.clone()))
        .chain(card.qr.iter().map(|q| q.caption.clone()))
        .chain(card.write_in.iter().map(|w| w.label.clone()))
        .chain(card.labels.values().cloned())
        .filter(|id| seen.insert(id.clone()))
        .collect()
}

/// A message as printed, each attribute on a line of its own after the value.
fn printed(project: &Project, tag: &str, id: &str) -> String {
    let mut lines = Vec::new();
    let mut sink = Vec::new();
    if let Lookup::Found(text) = project.localizer.format(tag, id, None, None, &mut sink) {
        lines.push(text);
    }
    let attributes = project.localizer.locale(tag).and_then(|l| l.messages.get(id)).map(|m| m.attributes.clone());
    for attr in attributes.unwrap_or_default() {
        if let Lookup::Found(text) = project.localizer.format(tag, id, Some(&attr), None, &mut sink) {
            lines.push(format!(".{attr}: {text}"));
        }
    }
    crate::model::bidi::plain(&lines.join("\n"))
}

/// Where the packet of `tag` goes in `out`.
pub(crate) fn packet_paths(out: &Path, tag: &str) -> (PathBuf, PathBuf) {
    let dir = out.join("review");
    (dir.join(format!("{tag}.pdf")), dir.join(format!("{tag}.csv")))
}

/// The CSV of `rows`.
pub(crate) fn to_csv(rows: &[Row]) -> Result<Vec<u8>, Diagnostic> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    for row in rows {
        writer
            .serialize(row)
            .map_err(|err| Diagnostic::error(Kind::Internal, format!("cannot write the packet's CSV: {err}")))?;
    }
    writer
        .into_inner()
        .map_err(|err| Diagnostic::error(Kind::Internal, format!("cannot write the packet's CSV: {err}")))
}

/// The rows of a packet's CSV, as a reviewer may have saved it.
fn from_csv(path: &Path) -> Result<Vec<Row>, Diagnostic> {
    let shown = display_path(path);
    let bytes = crate::model::input::read_file(path, crate::model::input::FileKind::Project)?;
    let mut reader = csv::Reader::from_reader(bytes.as_slice());
    let mut rows = Vec::new();
    for (i, row) in reader.deserialize::<Row>().enumerate() {
        rows.push(row.map_err(|err| {
            Diagnostic::error(Kind::Syntax, format!("{} is not a review packet: row {}: {err}", shown.display(), i + 1))
                .in_file(&shown)
                .hint("sign against the CSV that `pocketcard review --lang TAG` wrote; a spreadsheet may change its columns")
        })?);
    }
    Ok(rows)
}

/// What `review` wrote.
pub(crate) struct Written {
    pub pdf: PathBuf,
    pub csv: PathBuf,
    pub rows: usize,
    pub needs_work: usize,
    pub warnings: Vec<Diagnostic>,
}

/// Writes the packet of locale `tag` into `out/review/`.
pub(crate) fn write(session: &Session, tag: &str, out: &Path) -> Result<Written, Vec<Diagnostic>> {
    let project = &session.project;
    let Some(locale) = project.localizer.locale(tag) else {
        let tags: Vec<&str> = project.localizer.tags().collect();
        return Err(vec![
            Diagnostic::error(Kind::Unknown, format!("unknown locale {tag:?}"))
                .hint(format!("the locales are: {}", tags.join(", "))),
        ]);
    };
    let rows = rows(project, tag);
    let ctx = RenderContext {
        project,
        options: ResolveOptions::default(),
        // A card that does not fit is shown as it would print: the reviewer should see it.
        force: true,
        phone: false,
        sheets: Vec::new(),
        fonts: Arc::clone(&session.fonts),
        library: Arc::clone(&session.library),
    };
    let mut warnings = Vec::new();
    let mut files: Vec<(String, Bytes)> = Vec::new();
    let mut pictures: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let needed: BTreeSet<&str> = rows.iter().map(|r| r.card.as_str()).collect();
    for card in project.cards.values().filter(|c| needed.contains(c.id.as_str())) {
        let outcome = compile::render_document(&ctx, card, tag, FALLBACK, &[Format::Png]);
        if !outcome.errors.is_empty() {
            warnings.push(
                Diagnostic::warning(
                    Kind::Layout,
                    format!("card {} ({tag}) could not be rendered for the packet", card.id),
                )
                .hint(format!("`pocketcard check --lang {tag} --card {}` says why", card.id)),
            );
        }
        for (i, file) in outcome.files.into_iter().enumerate() {
            let path = format!("/pictures/{}-{}.png", card.id, i + 1);
            pictures.entry(card.id.clone()).or_default().push(path.clone());
            files.push((path, Bytes::new(file.bytes)));
        }
    }
    let meta = &locale.meta;
    let english = project.localizer.locale(FALLBACK).map(|l| l.meta.clone());
    let cards: Vec<serde_json::Value> = project
        .cards
        .values()
        .filter(|c| needed.contains(c.id.as_str()))
        .map(|c| {
            let mut sink = Vec::new();
            let title = match project.localizer.format(FALLBACK, &c.title, None, None, &mut sink) {
                Lookup::Found(t) | Lookup::FellBack(t) => t,
                Lookup::Missing => c.id.clone(),
            };
            serde_json::json!({ "id": c.id, "title": title, "pictures": pictures.get(&c.id).cloned().unwrap_or_default(),
                "paper": c.size == crate::model::card::CardSize::Paper })
        })
        .collect();
    let needs_work = rows.iter().filter(|r| r.state != State::Reviewed).count();
    let legal = tag == FALLBACK;
    let data = serde_json::json!({
        "tag": tag,
        "name": meta.name,
        "english_name": meta.english_name,
        "legal": legal,
        "role": needed_role(tag).name(),
        "side": { "fonts": meta.fonts, "lang": meta.lang, "region": meta.region, "dir": meta.dir },
        "english": english.map(|m| serde_json::json!({ "fonts": m.fonts, "lang": m.lang })),
        "source": project.config.source,
        "info_as_of": project.config.info_as_of,
        "needs_work": needs_work,
        "cards": cards,
        "rows": rows.iter().map(|r| serde_json::json!({
            "id": r.id, "card": r.card, "also_on": r.also_on, "state": r.state.name(), "source": r.source,
            "english": r.english, "translation": r.translation,
            "english_sha": short(&r.english_sha256), "translation_sha": short(&r.translation_sha256),
        })).collect::<Vec<_>>(),
    });
    files.push(("/packet.json".to_string(), Bytes::new(serde_json::to_vec(&data).unwrap_or_default())));
    let (pdf, compile_warnings) = compile::render_packet(&ctx, tag, files)?;
    warnings.extend(compile_warnings);
    let csv = to_csv(&rows).map_err(|d| vec![d])?;
    let (pdf_path, csv_path) = packet_paths(out, tag);
    write_atomic(&pdf_path, &pdf).map_err(|d| vec![d])?;
    write_atomic(&csv_path, &csv).map_err(|d| vec![d])?;
    Ok(Written { pdf: display_path(&pdf_path), csv: display_path(&csv_path), rows: rows.len(), needs_work, warnings })
}

/// What a sign-off recorded.
pub(crate) struct Signed {
    pub messages: Vec<String>,
    pub path: PathBuf,
}

/// Records that `by` reviewed, as `role`, the messages `only` (all when empty) of the packet
/// at `csv` for locale `tag`. Refused, with nothing written, when a message's English or
/// translation has changed since the packet was made, or the packet does not list it.
pub(crate) fn sign(
    project: &Project,
    tag: &str,
    csv: &Path,
    by: &str,
    role: Role,
    only: &[String],
    today: &str,
) -> Result<Signed, Vec<Diagnostic>> {
    let Some(locale) = project.localizer.locale(tag) else {
        let tags: Vec<&str> = project.localizer.tags().collect();
        return Err(vec![
            Diagnostic::error(Kind::Unknown, format!("unknown locale {tag:?}"))
                .hint(format!("the locales are: {}", tags.join(", "))),
        ]);
    };
    if tag == crate::model::pseudo::TAG {
        return Err(vec![Diagnostic::error(
            Kind::Usage,
            "the pseudolocale is generated; there is nothing to sign off",
        )]);
    }
    if role != needed_role(tag) {
        return Err(vec![
            Diagnostic::error(
                Kind::Usage,
                format!(
                    "locale {tag} is signed off by a {} reviewer, not a {} one",
                    needed_role(tag).name(),
                    role.name()
                ),
            )
            .hint(if tag == FALLBACK {
                "English is checked against the source by a legal reviewer: --as legal"
            } else {
                "a translation is checked against the English by a fluent reader: --as fluent"
            }),
        ]);
    }
    let by = by.trim();
    if by.is_empty() || by.chars().any(char::is_control) {
        return Err(vec![
            Diagnostic::error(Kind::Usage, "--sign needs the reviewer's name").hint("e.g. --sign \"A. Reader\""),
        ]);
    }
    let packet = match from_csv(csv) {
        Ok(rows) => rows,
        Err(diag) => {
            return Err(vec![diag.hint(format!("write the packet first: `pocketcard review --lang {tag}`"))]);
        }
    };
    let current: BTreeMap<String, Row> = rows(project, tag).into_iter().map(|r| (r.id.clone(), r)).collect();
    let chosen: Vec<&Row> = if only.is_empty() {
        packet.iter().collect()
    } else {
        packet.iter().filter(|r| only.contains(&r.id)).collect()
    };
    let mut errors = Vec::new();
    for id in only.iter().filter(|id| !packet.iter().any(|r| &r.id == *id)) {
        errors.push(
            Diagnostic::error(
                Kind::SignOff,
                format!("the packet {} does not list message {id:?}", display_path(csv).display()),
            )
            .hint("sign only what the packet showed; a new packet lists every message on the cards"),
        );
    }
    for row in &chosen {
        let Some(now) = current.get(&row.id) else {
            errors.push(
                Diagnostic::error(
                    Kind::SignOff,
                    format!("message {:?} is no longer on any card of locale {tag}", row.id),
                )
                .hint("make a new packet: `pocketcard review --lang TAG`"),
            );
            continue;
        };
        if now.state == State::Missing {
            errors.push(
                Diagnostic::error(
                    Kind::SignOff,
                    format!("message {:?} is missing in locale {tag}: there is no translation to sign off", row.id),
                )
                .hint("translate it, make a new packet, and review it"),
            );
        } else if now.english_sha256 != row.english_sha256 || now.translation_sha256 != row.translation_sha256 {
            let what = if now.english_sha256 != row.english_sha256 { "English" } else { "translation" };
            errors.push(
                Diagnostic::error(
                    Kind::SignOff,
                    format!(
                        "message {:?} changed since the packet was made (its {what} is not the text reviewed)",
                        row.id
                    ),
                )
                .hint(format!("make a new packet (`pocketcard review --lang {tag}`) and review the message again")),
            );
        } else if matches!(now.state, State::Stale | State::Untracked) {
            errors.push(
                Diagnostic::error(
                    Kind::SignOff,
                    format!(
                        "message {:?} of locale {tag} is {}: it is not yet a translation of today's English",
                        row.id,
                        now.state.name()
                    ),
                )
                .hint(format!("update it, run `pocketcard translated {tag} {}`, then make a new packet", row.id)),
            );
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut signoffs = locale.records.signoffs.clone();
    for row in &chosen {
        let record = SignOff {
            message: row.id.clone(),
            role,
            by: by.to_string(),
            date: today.to_string(),
            english: row.english_sha256.clone(),
            translation: if tag == FALLBACK { row.english_sha256.clone() } else { row.translation_sha256.clone() },
        };
        if !signoffs.contains(&record) {
            signoffs.push(record);
        }
    }
    let path = locale.dir.join(crate::model::review::records::REVIEWS);
    write_atomic(&path, reviews_text(&signoffs).map_err(|d| vec![d])?.as_bytes()).map_err(|d| vec![d])?;
    Ok(Signed { messages: chosen.iter().map(|r| r.id.clone()).collect(), path: display_path(&path) })
}
