//! Bad input: each case gives a clear error naming file, line and column, exits 1 (2 for
//! usage), never panics, and leaves earlier output intact.

mod common;

use common::{Pdf, Scratch};

fn assert_clean_failure(run: &common::Run) {
    assert_eq!(run.code, 1, "expected exit 1:\n{}", run.stderr);
    assert!(!run.stderr.contains("panicked"), "pocketcard panicked:\n{}", run.stderr);
}

#[test]
fn a_fluent_syntax_error_names_file_and_line() {
    let scratch = Scratch::new(Some("broken-ftl"));
    let run = scratch.run(&["build", "--lang", "en"]);
    assert_clean_failure(&run);
    assert!(run.stderr.contains("fluent syntax error"), "{}", run.stderr);
    assert!(run.stderr.contains("locales/en/broken.ftl:5:"), "no file:line in:\n{}", run.stderr);
    assert!(run.stderr.contains("hint:"), "{}", run.stderr);
}

#[test]
fn an_unknown_key_in_a_card_names_file_line_and_column() {
    let scratch = Scratch::new(Some("bad-card-toml"));
    let run = scratch.run(&["build"]);
    assert_clean_failure(&run);
    assert!(run.stderr.contains("cards/broken.toml:3:1"), "{}", run.stderr);
    assert!(run.stderr.contains("unknown field `tittle`"), "{}", run.stderr);
}

#[test]
fn a_typst_error_names_the_layout_line_and_column() {
    let scratch = Scratch::new(Some("layout-error"));
    let run = scratch.run(&["build", "--card", "broken-layout", "--lang", "en"]);
    assert_clean_failure(&run);
    assert!(run.stderr.contains("cards/broken-layout.typ:6:2"), "{}", run.stderr);
    assert!(run.stderr.contains("unknown variable: undefined-function"), "{}", run.stderr);
}

#[test]
fn a_missing_font_family_names_the_locale_file() {
    let scratch = Scratch::new(Some("missing-font"));
    let run = scratch.run(&["build", "--lang", "en"]);
    assert_clean_failure(&run);
    assert!(run.stderr.contains("Noto Sans Missing"), "{}", run.stderr);
    assert!(run.stderr.contains("locales/en/locale.toml:5:"), "{}", run.stderr);
}

#[test]
fn a_message_no_locale_defines_is_an_error_at_the_card() {
    let scratch = Scratch::new(Some("missing-message"));
    let run = scratch.run(&["build"]);
    assert_clean_failure(&run);
    assert!(run.stderr.contains("rights-that-nobody-wrote"), "{}", run.stderr);
    assert!(run.stderr.contains("cards/extra.toml:8:"), "{}", run.stderr);
}

#[test]
fn unknown_cards_and_locales_are_all_reported_with_the_known_ones() {
    // The same selection, resolved the same way, by every command that takes one.
    let scratch = Scratch::new(None);
    for command in ["build", "check", "bench"] {
        let run = scratch.run(&[command, "--card", "nope", "--lang", "xx", "--officer-lang", "yy"]);
        assert_clean_failure(&run);
        for expected in ["unknown card \"nope\"", "unknown locale \"xx\"", "unknown locale \"yy\""] {
            assert!(run.stderr.contains(expected), "{command}: no {expected:?} in {}", run.stderr);
        }
        assert!(run.stderr.contains("the cards are: ") && run.stderr.contains("wallet-rights"), "{}", run.stderr);
        assert!(run.stderr.contains("the locales are: ") && run.stderr.contains(" en"), "{}", run.stderr);
    }
}

#[test]
fn usage_errors_exit_2() {
    let scratch = Scratch::new(None);
    assert_eq!(scratch.run(&["build", "--format", "docx"]).code, 2);
    assert_eq!(scratch.run(&["frobnicate"]).code, 2);
}

#[test]
fn not_a_project_folder_is_explained() {
    let empty = tempfile::tempdir().unwrap();
    let run = Scratch::new(None).run(&["build", "--root", empty.path().to_str().unwrap()]);
    assert_clean_failure(&run);
    assert!(run.stderr.contains("no pocketcard.toml"), "{}", run.stderr);
    assert!(run.stderr.contains("hint:"), "{}", run.stderr);
}

#[test]
fn a_failed_build_leaves_the_previous_output_intact() {
    let scratch = Scratch::new(None);
    scratch.build_card("wallet-rights", "en", "pdf");
    let path = scratch.out().join("en/wallet-rights.pdf");
    let before = std::fs::read(&path).unwrap();

    // Break the layout the card uses, and build again.
    let layout = scratch.root().join("cards/wallet-rights.typ");
    let text = std::fs::read_to_string(&layout).unwrap();
    std::fs::write(&layout, format!("{text}\n#nonsense(")).unwrap();
    let run = scratch.run(&["build", "--card", "wallet-rights", "--lang", "en", "--format", "pdf"]);
    assert_clean_failure(&run);
    assert_eq!(std::fs::read(&path).unwrap(), before, "the earlier PDF was changed");
    let leftovers: Vec<_> =
        std::fs::read_dir(scratch.out().join("en")).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(leftovers.len(), 1, "temporary files were left behind: {leftovers:?}");
}

#[test]
fn a_missing_message_falls_back_to_english_and_says_so() {
    let scratch = Scratch::new(Some("fallback"));
    let run = scratch.run(&["build", "--card", "wallet-rights", "--lang", "de", "--format", "pdf"]);
    run.assert_ok();
    assert!(run.stderr.contains("locale de has no message \"rights-lawyer\""), "no fallback warning:\n{}", run.stderr);
    assert!(run.stderr.contains("locales/de/wallet-rights.ftl"), "{}", run.stderr);
    let text = Pdf::open(&scratch.out().join("de/wallet-rights.pdf")).folded_text();
    assert!(text.contains("keine Rechtsberatung"), "{text}");
    assert!(text.contains("before you answer questions"), "English fallback missing: {text}");
    assert!(text.contains("Draft translation"), "a draft locale must be marked: {text}");
}
