//! Every locale, every card: the locale's own words and the hotline numbers are in each PDF,
//! pages match English (nothing overflows onto another page), Traditional Chinese uses the TC
//! face, Arabic runs right to left, and no character is drawn without a glyph (the build
//! fails on one, so a passing build is the proof).

mod common;

use std::collections::BTreeMap;

use common::{Pdf, Scratch};
use pocketcard::model::locale::{FALLBACK, Lookup};
use pocketcard::model::project::Project;

/// Text with all white space removed: line breaks in CJK and Thai fall between any characters.
fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Messages whose translation must appear on a card, by card.
const KEY_MESSAGES: &[(&str, &str, Option<&str>)] = &[
    ("wallet-rights", "rights-lawyer", Some("title")),
    ("wallet-rights", "common-disclaimer", None),
    ("wallet-numbers", "numbers-write-lawyer", None),
    ("prepare", "prepare-passport", Some("title")),
    ("flyer-detention", "det-interpreter", Some("title")),
    ("flyer-providers", "p-trp", Some("title")),
];

#[test]
fn every_locale_builds_every_card_in_its_own_words() {
    let (project, diagnostics) = Project::load(&common::repo());
    let project = project.expect("the shipped project loads");
    assert!(!diagnostics.iter().any(|d| d.is_error()));
    let tags: Vec<String> = project.localizer.tags().map(String::from).collect();
    assert!(tags.len() >= 11, "only {} locales: {tags:?}", tags.len());

    let scratch = Scratch::new(None);
    scratch.run(&["build", "--format", "pdf"]).assert_ok();

    let mut english_pages = BTreeMap::new();
    for card in project.cards.keys() {
        english_pages.insert(card.clone(), Pdf::open(&scratch.out().join(format!("en/{card}.pdf"))).page_count());
    }
    let mut failures = Vec::new();
    for tag in &tags {
        for (card, pages) in &english_pages {
            let pdf = Pdf::open(&scratch.out().join(format!("{tag}/{card}.pdf")));
            if pdf.page_count() != *pages {
                failures.push(format!("{tag}/{card}: {} pages, English has {pages}", pdf.page_count()));
            }
            let text = squeeze(&pdf.text());
            for (key_card, id, attr) in KEY_MESSAGES.iter().filter(|(c, ..)| c == card) {
                let mut errors = Vec::new();
                let Lookup::Found(expected) = project.localizer.format(tag, id, *attr, None, &mut errors) else {
                    failures.push(format!("{tag}: message {id} is not translated"));
                    continue;
                };
                if tag != FALLBACK
                    && !text.contains(&squeeze(&expected))
                    && !complex_script_present(tag, &text, &expected)
                {
                    failures.push(format!("{tag}/{key_card}: {id} ({expected:?}) is not in the PDF"));
                }
            }
            let numbers: &[&str] = match card.as_str() {
                "wallet-rights" => &["1-800-668-8258"],
                "flyer-detention" => &["1-800-668-8258", "416-977-8111"],
                // The numbers to learn by heart print in their digit groups.
                "wallet-numbers" | "plan-at-home" => &["18006688258", "4169778111"],
                _ => &[],
            };
            for number in numbers {
                if !text.contains(number) {
                    failures.push(format!("{tag}/{card}: the hotline {number} is missing"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Text extracted from a PDF in a script that is shaped into clusters (Arabic, Thai) comes out
/// in presentation forms, or with marks detached and letters repeated; accept the card when
/// every letter of the expected text in that script occurs in it.
fn complex_script_present(tag: &str, text: &str, expected: &str) -> bool {
    let range = match tag {
        "ar" => '\u{0600}'..='\u{06FF}',
        "th" => '\u{0E00}'..='\u{0E7F}',
        _ => return false,
    };
    let letters: Vec<char> = expected.chars().filter(|c| range.contains(c)).collect();
    !letters.is_empty() && letters.iter().all(|c| text.contains(*c))
}

#[test]
fn traditional_chinese_uses_the_traditional_face() {
    let scratch = Scratch::new(None);
    scratch
        .run(&["build", "--lang", "zh-Hant", "--lang", "zh-Hans", "--card", "wallet-rights", "--format", "pdf"])
        .assert_ok();
    let face = |tag: &str| -> Vec<String> {
        Pdf::open(&scratch.out().join(format!("{tag}/wallet-rights.pdf")))
            .fonts()
            .into_iter()
            .map(|(name, _)| name)
            .collect()
    };
    let tc = face("zh-Hant");
    assert!(tc.iter().any(|n| n.contains("CJKtc") || n.contains("CJK TC")), "zh-Hant fonts: {tc:?}");
    assert!(!tc.iter().any(|n| n.contains("CJKsc")), "zh-Hant uses the Simplified face: {tc:?}");
    let sc = face("zh-Hans");
    assert!(sc.iter().any(|n| n.contains("CJKsc")), "zh-Hans fonts: {sc:?}");
}

#[test]
fn arabic_runs_right_to_left() {
    let scratch = Scratch::new(None);
    // The numbers card opens with a heading across one column (the rights card's holder side
    // has two columns from its first line).
    scratch.run(&["build", "--lang", "ar", "--lang", "en", "--card", "wallet-numbers", "--format", "png"]).assert_ok();
    let (en_left, en_right) = heading_extent(&scratch.out().join("en/wallet-numbers-1.png"));
    let (ar_left, ar_right) = heading_extent(&scratch.out().join("ar/wallet-numbers-1.png"));
    // English headings start at the left margin; Arabic ones end at the right margin.
    assert!(en_left < 60, "English heading starts at x={en_left}");
    assert!(ar_right > 1011 - 60, "Arabic heading ends at x={ar_right}, not at the right margin");
    assert!(ar_left > en_left + 40, "Arabic heading starts at the left margin (x={ar_left}): not right-aligned");
    let _ = en_right;
}

/// The horizontal extent of the ink in the card's first text line (its heading).
fn heading_extent(path: &std::path::Path) -> (usize, usize) {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let (w, h, ch) = (info.width as usize, info.height as usize, info.color_type.samples());
    // Headings are in the accent colour (a dark teal, bluer than it is red); body text is
    // grey and the draft mark brown on yellow, so neither counts.
    let dark = |x: usize, y: usize| {
        let i = (y * w + x) * ch;
        let a = if ch == 4 { buf[i + 3] } else { 255 };
        let (r, b) = (buf[i], buf[i + 2]);
        a > 128 && r < 160 && b > 70 && b > r
    };
    // The first band of rows with accent ink, top down: the heading.
    let rows_with_ink: Vec<usize> = (0..h / 3).filter(|&y| (0..w).any(|x| dark(x, y))).collect();
    let first = *rows_with_ink.first().expect("ink on the card");
    let band: Vec<usize> = rows_with_ink.iter().copied().take_while(|&y| y < first + 40).collect();
    let xs: Vec<usize> = band.iter().flat_map(|&y| (0..w).filter(move |&x| dark(x, y))).collect();
    (*xs.iter().min().unwrap(), *xs.iter().max().unwrap())
}
