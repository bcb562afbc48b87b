//! Numbers, codes, addresses and dates print in their true order in right-to-left scripts;
//! dates are written as each language writes them; names do not split across Thai lines; and
//! `check` warns about right-to-left text that would reorder a code. Everything is read back
//! from the PDF: words with their positions (tests/common/viewer.rs, a reader independent of Typst).

mod common;

use std::path::Path;

use common::viewer::{self, Word};
use common::{Pdf, Scratch};

/// Every word of page `page` (1-based), in the order a viewer reads them, with their lines:
/// (line number, word).
fn words(pdf: &Path, page: usize) -> Vec<(usize, Word)> {
    let words = viewer::words(pdf, page);
    viewer::lines(&words)
        .into_iter()
        .enumerate()
        .flat_map(|(n, line)| line.into_iter().map(move |w| (n, w.clone())))
        .collect()
}

/// The first word whose text contains `part`. The viewer gives right-to-left words with their
/// letters in visual order (left to right), so a word of Arabic letters is also looked for
/// reversed; digits and Latin letters are looked for only as written.
fn word_with<'a>(words: &'a [(usize, Word)], part: &str) -> Option<&'a Word> {
    let rtl = part.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
    let reversed: String = part.chars().rev().collect();
    words.iter().map(|(_, w)| w).find(|w| w.text.contains(part) || rtl && w.text.contains(&reversed))
}

/// Whether `number` (groups joined by '-') is printed in its true order: as one word, or (on the
/// cards that print numbers to learn in groups) as its groups, one word each, drawn one after
/// another left to right on one line.
fn number_in_order(words: &[(usize, Word)], number: &str) -> bool {
    let groups: Vec<&str> = number.split('-').collect();
    word_with(words, number).is_some()
        || words.windows(groups.len()).any(|w| {
            w.iter().map(|(_, word)| word.text.as_str()).eq(groups.iter().copied())
                && w.windows(2).all(|p| p[0].0 == p[1].0 && p[1].1.x >= p[0].1.x_max)
        })
}

/// The words of the page as one string per line, as a reader sees each line.
fn lines(words: &[(usize, Word)]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut last = usize::MAX;
    for (line, word) in words {
        if *line != last {
            out.push(String::new());
            last = *line;
        }
        out.last_mut().unwrap().push_str(&word.text);
    }
    out
}

/// Asserts that `after` is read after `before` in a right-to-left line: on the same line, to
/// its left.
fn reads_after_rtl(before: &Word, after: &Word) {
    assert!((before.y - after.y).abs() < 2.0, "not on one line: {before:?} {after:?}");
    assert!(after.x_max <= before.x + 0.5, "{after:?} should stand left of {before:?}");
}

#[test]
fn an_arabic_name_before_a_personal_number_keeps_the_number_in_order() {
    let scratch = Scratch::new(Some("bidi-arabic"));
    scratch
        .run(&["build", "--card", "wallet-numbers", "--lang", "ar", "--format", "pdf", "--personal", "personal.toml"])
        .assert_ok();
    let pdf = scratch.out().join("ar/wallet-numbers.pdf");
    let pages = Pdf::open(&pdf).page_count();
    let all: Vec<(usize, Word)> = (1..=pages).flat_map(|p| words(&pdf, p)).collect();
    let texts: Vec<&str> = all.iter().map(|(_, w)| w.text.as_str()).collect();
    assert!(!texts.iter().any(|t| t.contains("0100-555-416")), "the number printed reversed: {texts:?}");
    let number = word_with(&all, "416-555-0100").unwrap_or_else(|| panic!("no 416-555-0100 in {texts:?}"));
    // The holder wrote the name first: in Arabic it is read first, right of the number.
    let name = word_with(&all, "أحمد").unwrap_or_else(|| panic!("no name in {texts:?}"));
    reads_after_rtl(name, number);
    // The marks that order the line are laid out, never carried into the PDF's text.
    let text = Pdf::open(&pdf).text();
    let marks = |c: char| ('\u{202A}'..='\u{202E}').contains(&c) || ('\u{2066}'..='\u{2069}').contains(&c);
    assert!(text.contains("416-555-0100") && !text.chars().any(marks), "{text:?}");
}

#[test]
fn arabic_dates_section_references_addresses_and_names_read_in_order() {
    let scratch = Scratch::new(None);
    scratch.run(&["build", "--card", "flyer-providers", "--lang", "ar", "--format", "pdf"]).assert_ok();
    let providers = scratch.out().join("ar/flyer-providers.pdf");
    let page = words(&providers, 1);
    let texts: Vec<&str> = page.iter().map(|(_, w)| w.text.as_str()).collect();
    for reference in ["183(1)(b.1)", "196.1(a)", "36(2)", "36(1)"] {
        assert!(word_with(&page, reference).is_some(), "{reference} is not printed in order: {texts:?}");
    }
    assert!(word_with(&page, "(b.1)(1)183").is_none() && word_with(&page, "(a)196.1").is_none(), "{texts:?}");
    // "Information as of" October 2017 ("المعلومات محدّثة حتى أكتوبر 2017"), as Arabic writes
    // it: "حتى" (as of), then the month, then the year with its digits in order, read right to
    // left on one line. (The flyer's text names October 2017 too, where the line may wrap.)
    let on_line_of = |of: &Word, part: &str| {
        let only: Vec<(usize, Word)> = page.iter().filter(|(_, w)| (w.y - of.y).abs() < 2.0).cloned().collect();
        word_with(&only, part).cloned()
    };
    let (until, month, year) = page
        .iter()
        .map(|(_, w)| w)
        .filter(|w| w.text.contains("حتى") || w.text.contains(&"حتى".chars().rev().collect::<String>()))
        .find_map(|until| Some((until.clone(), on_line_of(until, "أكتوبر")?, on_line_of(until, "2017")?)))
        .unwrap_or_else(|| panic!("no line with the information-as-of date in {texts:?}"));
    reads_after_rtl(&until, &month);
    reads_after_rtl(&month, &year);
    assert!(!texts.iter().any(|t| t.contains("7102")), "{texts:?}");

    scratch.run(&["build", "--card", "flyer-detention", "--lang", "ar", "--format", "pdf"]).assert_ok();
    let detention = words(&scratch.out().join("ar/flyer-detention.pdf"), 1);
    let texts: Vec<&str> = detention.iter().map(|(_, w)| w.text.as_str()).collect();
    // The QR code's address, and the name in its caption, each left to right.
    assert!(word_with(&detention, "http://toronto.").is_some(), "{texts:?}");
    let (know, your) = (word_with(&detention, "Know").unwrap(), word_with(&detention, "Your").unwrap());
    // On one line, "Know" stands left of "Your"; a caption that wraps inside the name goes on
    // with "Your" on the next line.
    let in_order = if (know.baseline - your.baseline).abs() < 2.0 {
        know.x_max <= your.x + 0.5
    } else {
        your.baseline > know.baseline
    };
    assert!(in_order, "the caption's name is out of order: {know:?} {your:?} {texts:?}");
    assert!(word_with(&detention, "Rights!").is_some(), "the name lost its \"!\": {texts:?}");
}

#[test]
fn a_right_to_left_locale_of_its_own_gets_the_same_protection() {
    let scratch = Scratch::new(Some("rtl-locale"));
    scratch
        .run(&[
            "build",
            "--card",
            "wallet-numbers",
            "--lang",
            "fa",
            "--format",
            "pdf",
            "--personal",
            "personal.toml",
            "--org",
            "org.toml",
        ])
        .assert_ok();
    let pdf = scratch.out().join("fa/wallet-numbers.pdf");
    let pages = Pdf::open(&pdf).page_count();
    let all: Vec<(usize, Word)> = (1..=pages).flat_map(|p| words(&pdf, p)).collect();
    let texts: Vec<&str> = all.iter().map(|(_, w)| w.text.as_str()).collect();
    let number = word_with(&all, "416-555-0100").unwrap_or_else(|| panic!("{texts:?}"));
    reads_after_rtl(word_with(&all, "أحمد").unwrap(), number);
    assert!(word_with(&all, "183(1)(b.1)").is_some(), "{texts:?}");
    assert!(word_with(&all, "https://outreach.example.org/fa").is_some(), "{texts:?}");
    // The organization's number prints in groups, as numbers to learn do.
    assert!(number_in_order(&all, "416-555-0142"), "{texts:?}");
    // Persian counts years in the Solar Hijri calendar, in its own digits: October 2017 is
    // مهر ۱۳۹۶, the month read first (right), then the year with its digits in order.
    let month = word_with(&all, "مهر").unwrap_or_else(|| panic!("no month in {texts:?}"));
    let year = all
        .iter()
        .map(|(_, w)| w)
        .find(|w| (w.y - month.y).abs() < 2.0 && w.text.contains("۱۳۹۶"))
        .unwrap_or_else(|| panic!("{texts:?}"));
    reads_after_rtl(month, year);
}

#[test]
fn thai_names_and_terms_never_break_across_lines() {
    let scratch = Scratch::new(None);
    scratch.run(&["build", "--card", "flyer-detention", "--lang", "th", "--format", "pdf"]).assert_ok();
    let page = words(&scratch.out().join("th/flyer-detention.pdf"), 1);
    let lines = lines(&page);
    for term in ["โตรอนโต", "ผู้ค้ำประกัน"] {
        let joined: String = lines.concat();
        let total = joined.matches(term).count();
        let whole: usize = lines.iter().map(|l| l.matches(term).count()).sum();
        assert!(total >= 2, "{term} is printed {total} times: {lines:#?}");
        assert_eq!(whole, total, "{term} breaks across a line: {lines:#?}");
    }
}

#[test]
fn check_warns_about_right_to_left_text_that_reorders_a_code() {
    let scratch = Scratch::new(Some("bidi-lint"));
    let run = scratch.run(&["check", "--lang", "ar", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).expect("check --format json prints JSON");
    let problems = report["problems"].as_array().unwrap();
    let bidi: Vec<&serde_json::Value> = problems.iter().filter(|p| p["kind"] == "bidi-order").collect();
    assert_eq!(bidi.len(), 1, "{bidi:#?}");
    let warning = bidi[0];
    assert_eq!(warning["severity"], "warning");
    assert!(warning["file"].as_str().unwrap().ends_with("locales/ar/common.ftl"), "{warning}");
    assert_eq!(warning["line"], 6, "{warning}");
    // The message shows how the code would print: its digit groups the other way round.
    let message = warning["message"].as_str().unwrap();
    assert!(message.contains("\"٣٦(٢)\"") && message.contains("\"(٢)٣٦\""), "{message}");
    // The shipped Arabic texts, isolated by pocketcard, give no such warning.
    let shipped = Scratch::new(None).run(&["check", "--lang", "ar", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&shipped.stdout).unwrap();
    let kinds: Vec<&serde_json::Value> =
        report["problems"].as_array().unwrap().iter().filter(|p| p["kind"] == "bidi-order").collect();
    assert!(kinds.is_empty(), "{kinds:#?}");
}
