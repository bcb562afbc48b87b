//! What a carried card must and must not say, read from the PDFs as a reader would: a carried
//! card names no one but the holder's lawyer (it is taken on detention), the plan kept at home
//! says not to carry it, the warnings stand beside what they warn about, the officer side names
//! the holder's language, and the numbers to learn print in their groups, in their true order.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::{Pdf, Scratch, fold};
use pocketcard::model::card::{Audience, Card, CardSize};
use pocketcard::model::locale::{FALLBACK, Lookup};
use pocketcard::model::project::Project;

fn project() -> Project {
    let (project, diagnostics) = Project::load(&common::repo());
    assert!(!diagnostics.iter().any(|d| d.is_error()), "the shipped project has errors");
    project.expect("the shipped project loads")
}

/// Carried, by what the card says it is: a worker's card of wallet size, or one that folds to it.
fn carried(card: &Card) -> bool {
    card.audience == Audience::Worker && matches!(card.size, CardSize::Cr80 | CardSize::FoldCr80)
}

/// A message in English, as printed.
fn english(project: &Project, id: &str) -> String {
    let mut errors = Vec::new();
    match project.localizer.format(FALLBACK, id, None, None, &mut errors) {
        Lookup::Found(text) => text,
        _ => panic!("English has no message {id}"),
    }
}

/// The text of one page (1-based), folded.
fn page_text(pdf: &Pdf, page: u32) -> String {
    fold(&pdf.doc.extract_text(&[page]).unwrap_or_default())
}

/// Words of one page with their left edge and top, in the order a viewer reads them
/// (tests/common/viewer.rs, a reader independent of Typst).
fn words(pdf: &Path, page: usize) -> Vec<(String, f64, f64)> {
    common::viewer::words(pdf, page).into_iter().map(|w| (w.text, w.x, w.y)).collect()
}

#[test]
fn no_carried_card_names_anyone_but_the_holders_lawyer() {
    let project = project();
    // Every write-in line of every card, each with its own value.
    let mut personal = BTreeMap::new();
    let mut labels = BTreeMap::new();
    for card in project.cards.values() {
        assert_eq!(card.is_carried(), carried(card), "{}: the model and its size and audience disagree", card.id);
        for (i, line) in card.write_in.iter().enumerate() {
            personal
                .entry(line.id.clone())
                .or_insert_with(|| format!("Person{} {}-{} 416-555-01{i:02}", line.id, card.id, i));
            labels.insert(line.label.clone(), line.id.clone());
        }
    }
    assert!(personal.len() > 1, "no card has write-in lines for anyone but the lawyer: {personal:?}");
    assert!(project.cards.values().any(carried), "no card is carried");
    let scratch = Scratch::new(None);
    let file: String = personal.iter().map(|(k, v)| format!("{k:?} = {v:?}\n")).collect();
    scratch.write("everyone.toml", &file);
    scratch.run(&["build", "--lang", "en", "--format", "pdf", "--personal", "everyone.toml"]).assert_ok();

    for card in project.cards.values() {
        let text = Pdf::open(&scratch.out().join(format!("en/{}.pdf", card.id))).folded_text();
        if carried(card) {
            for line in &card.write_in {
                assert_eq!(line.id, "lawyer", "carried card {} has a write-in line {:?}", card.id, line.id);
            }
            for (id, value) in &personal {
                let on_card = text.contains(value.as_str());
                if id == "lawyer" && card.write_in.iter().any(|w| w.id == "lawyer") {
                    assert!(on_card, "carried card {}: the holder's lawyer is not filled in:\n{text}", card.id);
                } else {
                    assert!(!on_card, "carried card {} prints the {id:?} line's value {value:?}", card.id);
                }
            }
            // Nor the label of a line for anyone else, from any card.
            for (label, id) in &labels {
                if id != "lawyer" {
                    let printed = english(&project, label);
                    assert!(!text.contains(&printed), "carried card {} prints the label {printed:?}", card.id);
                }
            }
        } else {
            for line in &card.write_in {
                let value = &personal[&line.id];
                assert!(text.contains(value.as_str()), "{}: {:?} is not filled in:\n{text}", card.id, line.id);
            }
        }
    }
}

#[test]
fn a_carried_card_with_a_line_for_someone_else_is_refused() {
    let scratch = Scratch::new(Some("carried-write-in"));
    for args in
        [&["check", "--lang", "en"][..], &["build", "--lang", "en", "--card", "carried-list", "--format", "pdf"]]
    {
        let run = scratch.run(args);
        assert_eq!(run.code, 1, "{args:?} accepted a carried card with a \"trusted\" line:\n{}", run.stderr);
        assert!(
            run.stderr.contains("carried-list") && run.stderr.contains("\"trusted\"") && run.stderr.contains("lawyer"),
            "{}",
            run.stderr
        );
        assert!(run.stderr.contains("cards/carried-list.toml"), "the error does not name the file:\n{}", run.stderr);
    }
    assert!(!scratch.out().join("en/carried-list.pdf").exists());
}

#[test]
fn the_plan_at_home_says_not_to_carry_it_and_holds_the_holders_people() {
    let scratch = Scratch::new(Some("plan-personal"));
    let personal: BTreeMap<String, String> =
        toml::from_str(&std::fs::read_to_string(scratch.root().join("personal.toml")).unwrap()).unwrap();
    // --personal fills in one holder's cards: one language a build.
    scratch
        .run(&["build", "--lang", "th", "--card", "plan-at-home", "--format", "pdf", "--personal", "personal.toml"])
        .assert_ok();
    let run = scratch.run(&[
        "build",
        "--lang",
        "en",
        "--card",
        "plan-at-home",
        "--card",
        "wallet-numbers",
        "--format",
        "pdf",
        "--personal",
        "personal.toml",
    ]);
    run.assert_ok();
    let path = scratch.out().join("en/plan-at-home.pdf");
    let plan = Pdf::open(&path);
    assert_eq!(plan.page_count(), 1);
    let (w, h) = plan.page_sizes_mm()[0];
    assert!((w - 215.9).abs() < 0.2 && (h - 279.4).abs() < 0.2, "English plan is {w} x {h} mm, not Letter");
    let (w, h) = Pdf::open(&scratch.out().join("th/plan-at-home.pdf")).page_sizes_mm()[0];
    assert!((w - 210.0).abs() < 0.2 && (h - 297.0).abs() < 0.2, "Thai plan is {w} x {h} mm, not A4");

    // The first thing on the page: keep it at home.
    // (The draft mark of a plan whose English is not yet signed off sits in the top margin,
    // above the page's text: it is not part of it.)
    let line = "Keep this at home or with someone you trust. Do not carry it.";
    let mark = "Draft, not yet reviewed";
    let text = plan.folded_text();
    let body = text.strip_prefix(mark).map_or(text.as_str(), str::trim_start);
    assert!(body.starts_with(line), "the plan does not open with {line:?}:\n{text}");
    let mark_words: Vec<&str> = mark.split(' ').collect();
    let top = words(&path, 1)
        .iter()
        .filter(|(w, ..)| !mark_words.contains(&w.as_str()))
        .map(|(_, _, y)| *y)
        .fold(f64::MAX, f64::min);
    let keep = words(&path, 1).into_iter().find(|(w, ..)| w == "Keep").expect("the word Keep");
    assert!((keep.2 - top).abs() < 0.5, "\"Keep\" is at y={}, the top line at y={top}", keep.2);

    // Every person's line is filled in on the plan; on the carried card, only the lawyer.
    let numbers = Pdf::open(&scratch.out().join("en/wallet-numbers.pdf")).folded_text();
    for (id, value) in &personal {
        assert!(text.contains(value.as_str()), "{id} ({value:?}) is not on the plan:\n{text}");
        assert_eq!(numbers.contains(value.as_str()), id == "lawyer", "wallet-numbers and {id}:\n{numbers}");
        assert!(!run.stdout.contains(value.as_str()) && !run.stderr.contains(value.as_str()), "{value:?} printed");
        assert!(!plan.metadata_text().contains(value.as_str()), "{value:?} is in the PDF metadata");
    }
    // A practice row for every line and public number, with the days to tick.
    for label in ["Possible bondsperson", "Cares for my children", "Has my spare key", "Legal Aid Ontario"] {
        assert!(text.contains(label), "{label:?} is missing from the plan:\n{text}");
    }
    // The days head the tick columns: one line of numbers, left to right.
    let page = words(&path, 1);
    let days = ["1", "2", "4", "7", "14", "30"];
    let in_a_line = page.iter().any(|(_, _, y)| {
        let mut line: Vec<&(String, f64, f64)> = page
            .iter()
            .filter(|(t, _, wy)| (wy - y).abs() < 1.0 && !t.is_empty() && t.chars().all(|c| c.is_ascii_digit()))
            .collect();
        line.sort_by(|a, b| a.1.total_cmp(&b.1));
        line.iter().map(|(t, ..)| t.as_str()).eq(days)
    });
    assert!(in_a_line, "the days to tick ({days:?}) are not printed in a line, in order");
}

#[test]
fn a_personal_file_for_the_numbers_card_fills_only_the_lawyer() {
    let scratch = Scratch::new(Some("plan-personal"));
    let run = scratch.run(&["build", "--lang", "en", "--card", "wallet-numbers", "--personal", "personal.toml"]);
    assert_eq!(run.code, 1, "a build of the carried card took lines for other people:\n{}", run.stderr);
    for key in ["\"trusted\"", "\"bondsperson\"", "\"children\"", "\"spare-key\"", "plan-at-home"] {
        assert!(run.stderr.contains(key), "the refusal does not name {key}:\n{}", run.stderr);
    }
    for value in ["Ana Sample", "416-555-0144", "Bo Placeholder", "Jane Example"] {
        assert!(!run.stderr.contains(value) && !run.stdout.contains(value), "{value:?} was echoed:\n{}", run.stderr);
    }
    assert!(!scratch.out().join("en/wallet-numbers.pdf").exists(), "a refused build wrote the card");
    // The lawyer alone is taken.
    scratch.write("lawyer.toml", "lawyer = \"Jane Example 416-555-0143\"\n");
    scratch
        .run(&["build", "--lang", "en", "--card", "wallet-numbers", "--format", "pdf", "--personal", "lawyer.toml"])
        .assert_ok();
    let text = Pdf::open(&scratch.out().join("en/wallet-numbers.pdf")).folded_text();
    assert!(text.contains("My lawyer Jane Example 416-555-0143"), "{text}");
}

#[test]
fn the_numbers_card_says_to_keep_no_list() {
    let project = project();
    let scratch = Scratch::new(None);
    scratch.build_card("wallet-numbers", "en", "pdf");
    let pdf = Pdf::open(&scratch.out().join("en/wallet-numbers.pdf"));
    let back = page_text(&pdf, 2);
    let no_list = english(&project, "numbers-no-list");
    assert!(back.contains(&no_list), "page 2 lacks {no_list:?}:\n{back}");
    assert!(back.contains("Keep no list of names or numbers in your wallet"), "{back}");
}

#[test]
fn every_mention_of_mental_health_on_a_worker_card_has_the_lawyer_first_warning_beside_it() {
    let project = project();
    let scratch = Scratch::new(None);
    scratch.run(&["build", "--lang", "en", "--format", "pdf"]).assert_ok();
    let warning = "talk to your lawyer first: some people have been moved from immigration holding centres to maximum security jails";
    let mut mentions = 0;
    for card in project.cards.values().filter(|c| c.audience == Audience::Worker) {
        let text = Pdf::open(&scratch.out().join(format!("en/{}.pdf", card.id))).folded_text();
        let lower = text.to_lowercase();
        for (at, _) in lower.match_indices("mental health") {
            mentions += 1;
            // Within the same block of text: the warning follows within a few sentences.
            let window = &lower[at..(at + 600).min(lower.len())];
            assert!(window.contains(warning), "{}: \"mental health\" without the warning after it:\n{window}", card.id);
        }
    }
    assert!(mentions > 0, "no worker card mentions mental health: the detention flyer should");
    let flyer = Pdf::open(&scratch.out().join("en/flyer-detention.pdf")).folded_text().to_lowercase();
    let help = flyer.find("designated representative").expect("the designated representative");
    let warned = flyer.find(warning).expect("the warning");
    assert!(warned > help && warned - help < 400, "the warning is not beside the designated representative");
}

#[test]
fn the_wallet_rights_card_warns_against_lying_beside_no_right_to_silence() {
    let scratch = Scratch::new(None);
    scratch.build_card("wallet-rights", "en", "pdf");
    let holder = page_text(&Pdf::open(&scratch.out().join("en/wallet-rights.pdf")), 1);
    let silence = holder.find("No right to silence").unwrap_or_else(|| panic!("no \"No right to silence\":\n{holder}"));
    let lying = "Lying to CBSA or IRCC may lead to an immigration offence (misrepresentation).";
    let lie = holder.find(lying).unwrap_or_else(|| panic!("no lying warning on the holder side:\n{holder}"));
    assert!(lie > silence && lie - silence < 260, "the lying warning is not beside \"No right to silence\":\n{holder}");
    assert!(holder.contains("will be used at your detention review"), "silence: \"will\" softened:\n{holder}");
}

#[test]
fn the_officer_side_names_the_holders_language() {
    let project = project();
    let scratch = Scratch::new(None);
    scratch.run(&["build", "--card", "wallet-rights", "--format", "pdf"]).assert_ok();
    let english_side = page_text(&Pdf::open(&scratch.out().join("en/wallet-rights.pdf")), 2);
    assert!(english_side.contains("I need an interpreter in my language."), "{english_side}");
    assert!(english_side.contains("My language:"), "the English card lost its blank line:\n{english_side}");
    let mut named = 0;
    for locale in project.localizer.tags().filter(|t| *t != FALLBACK) {
        let meta = &project.localizer.locale(locale).unwrap().meta;
        let officer = page_text(&Pdf::open(&scratch.out().join(format!("{locale}/wallet-rights.pdf"))), 2);
        let (language, own_name) = meta.interpreter_names();
        let expected = format!("I need an interpreter in {language}");
        assert!(officer.contains(&expected), "{locale}: no {expected:?} on the officer side:\n{officer}");
        // A spoken language to find an interpreter for, named once: not a script, not twice.
        assert!(!officer.contains("Simplified") && !officer.contains("Traditional"), "{locale}: a script:\n{officer}");
        assert_ne!(language, own_name, "{locale}: the officer side names the same language twice");
        assert!(!officer.contains("My language:"), "{locale}: the officer side still has a blank language line");
        // The language's own name, after its English name: whole, or (for scripts shaped into
        // clusters, whose extracted text comes out in presentation forms) letter by letter.
        let squeezed: String = officer.chars().filter(|c| !c.is_whitespace()).collect();
        let own: String = own_name.chars().filter(|c| !c.is_whitespace()).collect();
        let letters_present = own.chars().filter(|c| !c.is_ascii()).all(|c| squeezed.contains(c)) && !own.is_ascii();
        assert!(
            squeezed.contains(&own) || letters_present,
            "{locale}: its own name {own_name:?} is missing:\n{officer}"
        );
        named += 1;
    }
    assert!(named >= 10, "only {named} locales besides English");
}

#[test]
fn numbers_to_learn_print_in_groups_in_their_true_order() {
    let text = std::fs::read_to_string(common::repo().join("contacts.toml")).unwrap();
    let contacts: toml::Table = toml::from_str(&text).unwrap();
    let phones: Vec<String> =
        contacts.values().filter_map(|c| c.get("phone").and_then(|p| p.as_str()).map(String::from)).collect();
    assert!(phones.len() >= 2, "{phones:?}");
    let scratch = Scratch::new(None);
    for lang in ["en", "ar"] {
        scratch
            .run(&["build", "--card", "wallet-numbers", "--card", "plan-at-home", "--lang", lang, "--format", "pdf"])
            .assert_ok();
        for card in ["wallet-numbers", "plan-at-home"] {
            let path = scratch.out().join(format!("{lang}/{card}.pdf"));
            let page = words(&path, 1);
            for phone in &phones {
                let groups: Vec<&str> = phone.split('-').collect();
                // The groups as separate words, left to right on one line, in the number's order.
                let found = page.windows(groups.len()).any(|w| {
                    w.iter().map(|(t, ..)| t.as_str()).eq(groups.iter().copied())
                        && w.windows(2).all(|p| p[1].1 > p[0].1 && (p[1].2 - p[0].2).abs() < 1.0)
                });
                assert!(found, "{lang}/{card}: {phone} is not printed as {groups:?}, left to right");
            }
        }
    }
}
