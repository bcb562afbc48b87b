//! The wallet rights card, built by the real binary and read back as a person would.

mod common;

use common::{Pdf, Scratch, decode_qr, fold, png_size};

/// The hotline number as contacts.toml holds it, so the test follows the data.
fn legal_aid_phone() -> String {
    let text = std::fs::read_to_string(common::repo().join("contacts.toml")).unwrap();
    let table: toml::Table = toml::from_str(&text).unwrap();
    table["legal-aid-ontario"]["phone"].as_str().unwrap().to_string()
}

#[test]
fn builds_a_two_page_cr80_pdf_with_the_hotline_and_the_officer_statement() {
    let scratch = Scratch::new(None);
    scratch.run(&["build", "--card", "wallet-rights", "--lang", "en"]).assert_ok();

    let pdf = Pdf::open(&scratch.out().join("en/wallet-rights.pdf"));
    assert_eq!(pdf.page_count(), 2);
    for (w, h) in pdf.page_sizes_mm() {
        assert!((w - 85.6).abs() < 0.1 && (h - 53.98).abs() < 0.1, "page is {w} x {h} mm");
    }
    let text = pdf.folded_text();
    let phone = legal_aid_phone();
    assert!(text.contains(&phone), "no hotline {phone} in: {text}");
    assert!(text.contains("I want to contact a lawyer before I answer any questions."), "{text}");
    assert!(text.contains("I need an interpreter in my language."), "{text}");
    assert!(text.contains("not legal advice"), "{text}");
    assert!(text.contains("Information as of October 2017"), "{text}");
    // Discreet: a worker's card never names sex work.
    let lower = text.to_lowercase();
    for term in ["sex work", "sex worker", "sex industry", "escort", "erotic"] {
        assert!(!lower.contains(term), "worker card mentions {term:?}");
    }
}

#[test]
fn embeds_every_font_it_uses() {
    let scratch = Scratch::new(None);
    scratch.build_card("wallet-rights", "en", "pdf");
    let pdf = Pdf::open(&scratch.out().join("en/wallet-rights.pdf"));
    let fonts = pdf.fonts();
    assert!(!fonts.is_empty(), "no fonts in the PDF");
    for (name, embedded) in &fonts {
        assert!(embedded, "font {name} is not embedded");
        // Subsets are named with a six-letter tag: ABCDEF+NotoSans-Regular.
        assert!(name.contains("NotoSans"), "unexpected font {name}");
        assert!(name.chars().nth(6) == Some('+'), "font {name} is not a subset");
    }
    assert_eq!(pdf.info(b"Title").as_deref(), Some("Your rights with immigration officers"));
}

#[test]
fn its_qr_code_scans_to_the_hotline() {
    let scratch = Scratch::new(None);
    scratch.build_card("wallet-rights", "en", "png");
    let out = scratch.out().join("en");
    let front = out.join("wallet-rights-1.png");
    let back = out.join("wallet-rights-2.png");
    // 300 dpi: 85.6 mm is 1011 px, 53.98 mm is 638 px.
    assert_eq!(png_size(&front), (1011, 638));
    assert!(decode_qr(&front).is_empty(), "the holder side has no QR code");
    let digits: String = legal_aid_phone().chars().filter(char::is_ascii_digit).collect();
    let payloads = decode_qr(&back);
    assert_eq!(payloads.len(), 1, "{payloads:?}");
    let scanned: String = payloads[0].chars().filter(char::is_ascii_digit).collect();
    assert!(payloads[0].starts_with("tel:+"), "{payloads:?}");
    assert_eq!(scanned, digits, "QR code dials {} instead", payloads[0]);
    assert!(!out.join("wallet-rights.pdf").exists(), "--format png wrote a PDF");
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    let scratch = Scratch::new(None);
    scratch.run(&["build", "--card", "wallet-rights", "--lang", "en", "--format", "pdf", "--out", "a"]).assert_ok();
    scratch
        .run(&["build", "--card", "wallet-rights", "--lang", "en", "--format", "pdf", "--out", "b", "--jobs", "1"])
        .assert_ok();
    let a = std::fs::read(scratch.root().join("a/en/wallet-rights.pdf")).unwrap();
    let b = std::fs::read(scratch.root().join("b/en/wallet-rights.pdf")).unwrap();
    assert!(a == b, "two builds of the same input differ");
}

#[test]
fn typst_markup_in_a_translation_prints_literally() {
    let scratch = Scratch::new(Some("hostile-text"));
    scratch.build_card("wallet-rights", "en", "pdf");
    let text = fold(&Pdf::open(&scratch.out().join("en/wallet-rights.pdf")).text());
    for literal in ["#read(\"/etc/passwd\")", "$x$", "]", "\\", "*not bold*", "<label>"] {
        assert!(text.contains(literal), "{literal:?} was not printed literally in: {text}");
    }
    assert!(!text.contains("root:"), "a layout read a file outside the project");
}

#[test]
fn list_shows_cards_and_locales() {
    let scratch = Scratch::new(None);
    let run = scratch.run(&["list"]);
    run.assert_ok();
    assert!(run.stdout.contains("wallet-rights"), "{}", run.stdout);
    assert!(run.stdout.contains("Your rights with immigration officers"), "{}", run.stdout);
    assert!(run.stdout.contains("en ") && run.stdout.contains("English"), "{}", run.stdout);
    assert!(run.stdout.contains("Noto Sans CJK TC"), "{}", run.stdout);
}
