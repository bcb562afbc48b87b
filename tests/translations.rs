//! Translations that know when English changed, and sign-offs per message: a change to one
//! English message makes exactly that message stale in every locale and puts the draft mark on
//! exactly the cards that print it; `translated` clears the staleness; a sign-off clears the
//! mark only while both texts are unchanged; the review packet shows every message.

mod common;

use std::path::Path;

use common::{Pdf, Scratch};
use serde_json::Value;

/// Every translated locale of the shipped project.
const TRANSLATIONS: [&str; 10] = ["ar", "es", "fr", "ko", "pt", "th", "tl", "vi", "zh-Hans", "zh-Hant"];

/// `check --format json` of the scratch project: its problems.
fn problems(scratch: &Scratch, args: &[&str]) -> Vec<Value> {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    let run = scratch.run(&all);
    let report: Value = serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout));
    report["problems"].as_array().cloned().unwrap_or_default()
}

fn of_kind<'a>(problems: &'a [Value], kind: &str) -> Vec<&'a Value> {
    problems.iter().filter(|p| p["kind"] == kind).collect()
}

/// Replaces `old` by `new` in a project file, which must contain it.
fn edit(scratch: &Scratch, path: &str, old: &str, new: &str) {
    let file = scratch.root().join(path);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains(old), "{path} does not contain {old:?}");
    std::fs::write(&file, text.replacen(old, new, 1)).unwrap();
}

/// The text of message `id` in an `.ftl` file (its value, on the line that defines it).
fn message_text(scratch: &Scratch, path: &str, id: &str) -> String {
    let text = std::fs::read_to_string(scratch.root().join(path)).unwrap();
    let line = text.lines().find(|l| l.starts_with(&format!("{id} ="))).unwrap_or_else(|| panic!("no {id} in {path}"));
    line.split_once(" = ").unwrap().1.to_string()
}

/// The words of every page, as a viewer reads them (Thai included, which lopdf's text
/// extraction garbles), separated by spaces.
fn pdf_text(path: &Path) -> String {
    let pages = Pdf::open(path).page_count();
    (1..=pages).flat_map(|page| common::viewer::words(path, page)).map(|w| w.text).collect::<Vec<_>>().join(" ")
}

/// The same without any white space, to find text across line breaks.
fn squeezed_text(path: &Path) -> String {
    pdf_text(path).chars().filter(|c| !c.is_whitespace()).collect()
}

const OLD_ENGLISH: &str = "you have the right to contact a lawyer before you answer questions.";
const NEW_ENGLISH: &str = "you have the right to contact a lawyer before you answer any question.";

#[test]
fn the_shipped_translations_are_tracked_and_current() {
    let scratch = Scratch::new(None);
    let found = problems(&scratch, &[]);
    assert!(of_kind(&found, "stale").is_empty(), "{:#?}", of_kind(&found, "stale"));
    assert!(of_kind(&found, "untracked").is_empty(), "{:#?}", of_kind(&found, "untracked"));
}

#[test]
fn one_changed_english_message_is_stale_in_every_locale_until_marked_translated() {
    let scratch = Scratch::new(None);
    edit(&scratch, "locales/en/wallet-rights.ftl", OLD_ENGLISH, NEW_ENGLISH);
    let found = problems(&scratch, &[]);
    let stale = of_kind(&found, "stale");
    let mut tags: Vec<String> = stale
        .iter()
        .map(|p| {
            assert!(p["message"].as_str().unwrap().contains("\"rights-lawyer\""), "{p:#}");
            let file = p["file"].as_str().unwrap();
            assert!(file.ends_with("/wallet-rights.ftl"), "{file}");
            assert!(p["line"].as_u64().unwrap() > 0);
            let hints: Vec<&str> = p["hints"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
            assert!(hints.iter().any(|h| h.starts_with("English then:") && h.contains(OLD_ENGLISH)), "{hints:?}");
            assert!(hints.iter().any(|h| h.starts_with("English now:") && h.contains(NEW_ENGLISH)), "{hints:?}");
            let tag = file.split('/').nth(1).unwrap().to_string();
            assert_eq!(p["locale"], tag.as_str(), "the diagnostic names its locale");
            tag
        })
        .collect();
    tags.sort();
    assert_eq!(tags, TRANSLATIONS, "exactly one stale message in each translation");
    // The summary counts warnings by the locale each names, not by reading its text.
    let summary = scratch.run(&["check", "--card", "wallet-rights"]).stderr;
    assert!(summary.contains("th: 1") && summary.contains("zh-Hant: 1"), "{summary}");
    // The translator has updated the Thai text: recording it clears Thai, and only Thai.
    scratch.run(&["translated", "th", "rights-lawyer"]).assert_ok();
    let found = problems(&scratch, &[]);
    let stale: Vec<&str> = of_kind(&found, "stale").iter().map(|p| p["file"].as_str().unwrap()).collect();
    assert_eq!(stale.len(), 9, "{stale:?}");
    assert!(stale.iter().all(|f| !f.contains("/th/")), "{stale:?}");
    // Unknown or untranslated ids are refused with what exists, and nothing is written.
    let before = std::fs::read(scratch.root().join("locales/th/translated-from.toml")).unwrap();
    let refused = scratch.run(&["translated", "th", "rights-lawyr"]);
    assert_eq!(refused.code, 1, "{}", refused.stderr);
    assert!(refused.stderr.contains("English has no message \"rights-lawyr\""), "{}", refused.stderr);
    assert!(refused.stderr.contains("no message of locale th is stale"), "{}", refused.stderr);
    assert_eq!(std::fs::read(scratch.root().join("locales/th/translated-from.toml")).unwrap(), before);
    let refused = scratch.run(&["translated", "fr", "rights-lawyr", "rights-id"]);
    assert!(
        refused.stderr.contains("the stale or untracked messages of locale fr are: rights-lawyer"),
        "{}",
        refused.stderr
    );
    assert_eq!(scratch.run(&["translated", "en", "rights-lawyer"]).code, 1);
    assert_eq!(scratch.run(&["translated", "th"]).code, 2, "no id and no --all is a usage error");
}

#[test]
fn a_signoff_clears_the_draft_mark_only_while_both_texts_are_unchanged() {
    let scratch = Scratch::new(None);
    let out = scratch.out();
    let thai_mark = message_text(&scratch, "locales/th/common.ftl", "common-draft-translation");
    let english_mark = message_text(&scratch, "locales/en/common.ftl", "common-draft-unreviewed");
    let cards = ["wallet-rights", "prepare", "flyer-detention"];
    let build = |lang: &str| {
        for card in cards {
            scratch.run(&["build", "--card", card, "--lang", lang, "--format", "pdf"]).assert_ok();
        }
    };
    let marked = |lang: &str, mark: &str| -> Vec<&str> {
        cards.iter().copied().filter(|c| pdf_text(&out.join(lang).join(format!("{c}.pdf"))).contains(mark)).collect()
    };
    // Nothing is signed off yet: every card carries its mark.
    build("th");
    build("en");
    assert_eq!(marked("th", &thai_mark), cards);
    assert_eq!(marked("en", &english_mark), cards);
    // The legal reviewer signs the English, the fluent reader the Thai, each from a packet.
    scratch.run(&["review", "--lang", "en"]).assert_ok();
    scratch.run(&["review", "--lang", "en", "--sign", "L. Reviewer", "--as", "legal"]).assert_ok();
    scratch.run(&["review", "--lang", "th"]).assert_ok();
    scratch.run(&["review", "--lang", "th", "--sign", "F. Reader", "--as", "fluent"]).assert_ok();
    let listing = scratch.run(&["list"]);
    let th_line = listing.stdout.lines().find(|l| l.trim_start().starts_with("th ")).unwrap().to_string();
    assert!(th_line.contains("reviewed") && th_line.contains(" 0 unreviewed"), "{th_line}");
    build("th");
    build("en");
    assert!(marked("th", &thai_mark).is_empty(), "signed off: no mark");
    assert!(marked("en", &english_mark).is_empty(), "signed off: no mark");
    // A changed Thai text on the prepare sheet: only that card is draft again.
    let thai = message_text(&scratch, "locales/th/prepare.ftl", "prepare-numbers");
    edit(&scratch, "locales/th/prepare.ftl", &thai, &format!("{thai} ฯ"));
    build("th");
    assert_eq!(marked("th", &thai_mark), ["prepare"]);
    // A changed English message of the wallet card: stale in Thai, unreviewed in English;
    // exactly the card that prints it is marked.
    edit(&scratch, "locales/en/wallet-rights.ftl", OLD_ENGLISH, NEW_ENGLISH);
    build("th");
    build("en");
    assert_eq!(marked("th", &thai_mark), ["wallet-rights", "prepare"]);
    assert_eq!(marked("en", &english_mark), ["wallet-rights"]);
    let listing = scratch.run(&["list"]);
    let th_line = listing.stdout.lines().find(|l| l.trim_start().starts_with("th ")).unwrap().to_string();
    assert!(
        th_line.contains(" 1 stale") && th_line.contains(" 1 unreviewed") && th_line.contains("draft"),
        "{th_line}"
    );
}

#[test]
fn a_signoff_is_refused_when_a_text_changed_since_the_packet() {
    let scratch = Scratch::new(None);
    scratch.run(&["review", "--lang", "fr"]).assert_ok();
    let reviews = scratch.root().join("locales/fr/reviews.toml");
    let french = message_text(&scratch, "locales/fr/wallet-rights.ftl", "rights-lawyer");
    edit(&scratch, "locales/fr/wallet-rights.ftl", &french, &format!("{french} !"));
    let refused = scratch.run(&["review", "--lang", "fr", "--sign", "F. Reader", "--as", "fluent"]);
    assert_eq!(refused.code, 1, "{}", refused.stderr);
    assert!(refused.stderr.contains("\"rights-lawyer\" changed since the packet was made"), "{}", refused.stderr);
    assert!(!reviews.exists(), "a refused sign-off writes nothing");
    // Signing only the messages that did not change is accepted, and records exactly them.
    scratch
        .run(&[
            "review",
            "--lang",
            "fr",
            "--sign",
            "F. Reader",
            "--as",
            "fluent",
            "--messages",
            "rights-id,rights-detain",
        ])
        .assert_ok();
    let text = std::fs::read_to_string(&reviews).unwrap();
    assert_eq!(text.matches("[[signoff]]").count(), 2, "{text}");
    assert!(text.contains("message = \"rights-id\"") && text.contains("role = \"fluent\""), "{text}");
    // The wrong role for the locale is refused.
    assert_eq!(scratch.run(&["review", "--lang", "fr", "--sign", "X", "--as", "legal"]).code, 1);
}

#[test]
fn the_thai_packet_shows_every_message_with_its_english_and_its_card() {
    let scratch = Scratch::new(None);
    scratch.run(&["review", "--lang", "th"]).assert_ok();
    let review = scratch.out().join("review");
    let mut reader = csv::Reader::from_path(review.join("th.csv")).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let headers = reader.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    // Every message that a card prints, once.
    let listing = scratch.run(&["list"]);
    let th_line = listing.stdout.lines().find(|l| l.trim_start().starts_with("th ")).unwrap();
    let count: usize = th_line.split(" messages:").next().unwrap().rsplit(' ').next().unwrap().parse().unwrap();
    assert_eq!(rows.len(), count);
    let pdf = Pdf::open(&review.join("th.pdf"));
    let squeezed = squeezed_text(&review.join("th.pdf"));
    for row in &rows {
        let id = &row[col("id")];
        assert!(squeezed.contains(id), "the packet PDF lacks {id}");
        assert!(!row[col("english")].is_empty() && !row[col("translation")].is_empty(), "{row:?}");
        assert!(!row[col("card")].is_empty());
        assert_eq!(row[col("english_sha256")].len(), 64);
    }
    // A Thai text and its English, as the reviewer reads them.
    let lawyer = rows.iter().find(|r| &r[col("id")] == "rights-lawyer").unwrap();
    assert_eq!(&lawyer[col("card")], "wallet-rights");
    let english_words: String = lawyer[col("english")].chars().filter(|c| !c.is_whitespace()).collect();
    assert!(squeezed.contains(&english_words), "English of rights-lawyer in the PDF");
    let thai = message_text(&scratch, "locales/th/wallet-rights.ftl", "rights-lawyer");
    let first_thai: String = thai.chars().filter(|c| !c.is_whitespace()).take(8).collect();
    assert!(squeezed.contains(&first_thai), "Thai of rights-lawyer in the PDF ({first_thai})");
    // Each card is pictured: one image per page of each card as it prints.
    scratch.run(&["build", "--lang", "th", "--format", "pdf"]).assert_ok();
    let pages: usize =
        ["flyer-detention", "flyer-providers", "plan-at-home", "prepare", "wallet-numbers", "wallet-rights"]
            .iter()
            .map(|card| Pdf::open(&scratch.out().join(format!("th/{card}.pdf"))).page_count())
            .sum();
    let images = pdf
        .doc
        .objects
        .values()
        .filter(|o| {
            o.as_stream().is_ok_and(|s| s.dict.get(b"Subtype").is_ok_and(|t| t.as_name().is_ok_and(|n| n == b"Image")))
        })
        .count();
    assert_eq!(images, pages, "card pictures in the packet");
    // Nothing is reviewed: everything is listed first, as to review.
    assert!(rows.iter().all(|r| &r[col("state")] == "unreviewed"));
}

#[test]
fn the_english_packet_shows_each_message_beside_its_source() {
    let scratch = Scratch::new(None);
    scratch.run(&["review", "--lang", "en"]).assert_ok();
    let squeezed = squeezed_text(&scratch.out().join("review/en.pdf"));
    assert!(squeezed.contains("legalreviewer"));
    // The source quote of rights-no-silence, from its comment.
    let ftl = std::fs::read_to_string(scratch.root().join("locales/en/wallet-rights.ftl")).unwrap();
    let source_line = ftl
        .lines()
        .take_while(|l| !l.starts_with("rights-no-silence ="))
        .filter(|l| l.starts_with("# source:"))
        .last()
        .unwrap();
    let quote: String = source_line.trim_start_matches("# ").chars().filter(|c| !c.is_whitespace()).take(40).collect();
    assert!(squeezed.contains(&quote), "{quote}");
}

#[test]
fn a_new_locale_records_what_it_was_copied_from() {
    let scratch = Scratch::new(None);
    scratch.run(&["new-locale", "de"]).assert_ok();
    let records = std::fs::read_to_string(scratch.root().join("locales/de/translated-from.toml")).unwrap();
    assert!(records.contains("[rights-lawyer]") && records.contains("[\"rights-lawyer.title\"]"), "{records}");
    let found = problems(&scratch, &["--lang", "de"]);
    assert!(of_kind(&found, "stale").is_empty() && of_kind(&found, "untracked").is_empty());
    edit(&scratch, "locales/en/wallet-rights.ftl", OLD_ENGLISH, NEW_ENGLISH);
    let found = problems(&scratch, &["--lang", "de"]);
    assert_eq!(of_kind(&found, "stale").len(), 1);
}

#[test]
fn a_typed_status_is_reported_and_not_believed() {
    let scratch = Scratch::new(None);
    let meta = scratch.root().join("locales/vi/locale.toml");
    let text = std::fs::read_to_string(&meta).unwrap();
    std::fs::write(&meta, format!("{text}\nstatus = \"reviewed\"\n")).unwrap();
    let found = problems(&scratch, &["--lang", "vi"]);
    assert!(found.iter().any(|p| p["message"].as_str().unwrap().contains("sets status")), "{found:#?}");
    scratch.run(&["build", "--card", "wallet-rights", "--lang", "vi", "--format", "pdf"]).assert_ok();
    let mark = message_text(&scratch, "locales/vi/common.ftl", "common-draft-translation");
    assert!(pdf_text(&scratch.out().join("vi/wallet-rights.pdf")).contains(&mark));
}
