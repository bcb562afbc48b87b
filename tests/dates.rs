//! "Information as of" prints the month and year as the card's language writes them: its month
//! name, its digits, its calendar (the Buddhist era in Thai), in order in right-to-left text;
//! the officer's side, in English, prints the English form. Read back from the PDF as a viewer
//! reads it (tests/common/viewer.rs).

mod common;

use common::Scratch;
use common::viewer::{self, Word};

/// The words of page `page` of the card built in `lang`.
fn wallet_rights_words(scratch: &Scratch, lang: &str, page: usize) -> Vec<Word> {
    scratch.run(&["build", "--card", "wallet-rights", "--lang", lang, "--format", "pdf"]).assert_ok();
    viewer::words(&scratch.out().join(format!("{lang}/wallet-rights.pdf")), page)
}

/// The text of the words, each line's words joined without spaces (Thai and Chinese lines
/// have none between words), lines joined by newlines.
fn squeezed_lines(words: &[Word]) -> String {
    viewer::lines(words)
        .iter()
        .map(|line| line.iter().map(|w| w.text.as_str()).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

fn texts(words: &[Word]) -> Vec<&str> {
    words.iter().map(|w| w.text.as_str()).collect()
}

#[test]
fn english_prints_the_month_name_and_year() {
    let scratch = Scratch::new(None);
    let words = wallet_rights_words(&scratch, "en", 1);
    let at = words.iter().position(|w| w.text == "October").unwrap_or_else(|| panic!("{:?}", texts(&words)));
    let year = &words[at + 1];
    assert_eq!(year.text, "2017", "{:?}", texts(&words));
    assert!(year.x >= words[at].x_max, "the year stands left of the month: {:?}", texts(&words));
    assert!(!texts(&words).iter().any(|t| t.contains("2017-10")), "{:?}", texts(&words));
}

#[test]
fn thai_counts_the_year_in_the_buddhist_era_and_the_officer_side_reads_english() {
    let scratch = Scratch::new(None);
    let holder = squeezed_lines(&wallet_rights_words(&scratch, "th", 1));
    // "ข้อมูล ณ { $date }": the month name, the era, the Buddhist year, never 2017.
    let line = holder.lines().find(|l| l.contains("ข้อมูลณ")).unwrap_or_else(|| panic!("{holder}"));
    assert!(line.contains("ข้อมูลณตุลาคมพ.ศ.2560"), "{line}");
    assert!(!line.contains("2017"), "{line}");
    let officer = squeezed_lines(&viewer::words(&scratch.out().join("th/wallet-rights.pdf"), 2));
    assert!(officer.contains("InformationasofOctober2017"), "{officer}");
}

#[test]
fn chinese_writes_year_then_month() {
    let scratch = Scratch::new(None);
    let holder = squeezed_lines(&wallet_rights_words(&scratch, "zh-Hans", 1));
    assert!(holder.contains("信息截至2017年10月"), "{holder}");
}

#[test]
fn arabic_reads_the_month_then_the_year_right_to_left() {
    let scratch = Scratch::new(None);
    let words = wallet_rights_words(&scratch, "ar", 1);
    let texts = texts(&words);
    // Right-to-left words come out letters in visual order: "أكتوبر" reversed.
    let reversed = |s: &str| s.chars().rev().collect::<String>();
    let find = |part: &str| {
        words
            .iter()
            .find(|w| w.text.contains(part) || w.text.contains(&reversed(part)))
            .unwrap_or_else(|| panic!("no {part} in {texts:?}"))
    };
    let month = find("أكتوبر");
    // The words of the month's line: the date and the words before it.
    let on_line = |part: &str| {
        words
            .iter()
            .filter(|w| (w.y - month.y).abs() < 2.0)
            .find(|w| w.text.contains(part) || w.text.contains(&reversed(part)))
            .unwrap_or_else(|| panic!("no {part} on the line of {month:?}: {texts:?}"))
    };
    let until = on_line("حتى");
    let year = on_line("2017");
    // Read right to left: "... حتى", then the month, then the year, on one line.
    for (before, after) in [(until, month), (month, year)] {
        assert!((before.y - after.y).abs() < 2.0, "not on one line: {before:?} {after:?}");
        assert!(after.x_max <= before.x + 0.5, "{after:?} should stand left of {before:?}: {texts:?}");
    }
}

#[test]
fn a_month_written_out_keeps_the_fine_print_on_one_line_and_the_card_fits() {
    // Tagalog's "Impormasyon noong Oktubre 2017" is too long for one line of 5 pt fine print
    // on the wallet card, and a second line would push the six rights off the card (the build
    // fails for the overflow): the line is set smaller instead, whole, on one line.
    let scratch = Scratch::new(None);
    for (lang, expected) in [
        ("tl", "Pangkalahatangimpormasyonglegal,hindilegalnapayo.ImpormasyonnoongOktubre2017"),
        ("es", "Informaciónlegalgeneral,noasesoríalegal.Informaciónactualizadaaoctubrede2017"),
    ] {
        let holder = squeezed_lines(&wallet_rights_words(&scratch, lang, 1));
        assert!(holder.lines().any(|l| l == expected), "{lang}: no line {expected:?} in\n{holder}");
    }
}
