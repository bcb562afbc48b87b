//! Property tests: random and half-valid `.ftl` and `.toml` text driven through the project
//! loader and the resolve step. Whatever the input, loading reports diagnostics instead of
//! panicking, and a project that loads resolves every card in every locale.
//!
//! `PROPTEST_CASES=3000 cargo test --test fuzz_loaders` runs a longer session (3 x 3,000 cases
//! took 5.5 minutes on two busy cores).

mod common;

use pocketcard::model::project::Project;
use pocketcard::rendering::resolve::{ResolveOptions, resolve};
use proptest::prelude::*;

/// Pieces of Fluent syntax, valid and broken, mixed with arbitrary text.
fn ftl_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("rights-lawyer = ".to_string()),
        Just("common-disclaimer = ".to_string()),
        Just("\n".to_string()),
        Just("    .title = ".to_string()),
        Just("{ $date }".to_string()),
        Just("{ $other }".to_string()),
        Just("{ -term }".to_string()),
        Just("-term = ".to_string()),
        Just("{ rights-id }".to_string()),
        Just("{".to_string()),
        Just("}".to_string()),
        Just("{ $date ->\n *[one] a\n}".to_string()),
        Just("# source: none\n".to_string()),
        Just("#read(\"/etc/passwd\") $x$ ] \\".to_string()),
        // Deep nesting (the parser recurses once per level), a byte order mark, a NUL.
        Just("{ ".repeat(3000)),
        Just(" }".repeat(3000)),
        Just("\u{FEFF}".to_string()),
        Just("a\u{0}b".to_string()),
        "[a-z-]{1,12} = ".prop_map(String::from),
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..24).prop_map(|v| v.concat())
}

/// Pieces of a card definition, valid and broken, mixed with arbitrary text.
fn card_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("title = \"wallet-rights-title\"\n".to_string()),
        Just("layout = \"wallet-rights.typ\"\n".to_string()),
        Just("size = \"cr80\"\n".to_string()),
        Just("size = \"paper\"\n".to_string()),
        Just("size = 5\n".to_string()),
        Just("audience = \"worker\"\n".to_string()),
        Just("[[sections]]\nmessage = \"rights-lawyer\"\n".to_string()),
        Just("[[sections]]\nmessage = \"nope\"\nside = \"officer\"\n".to_string()),
        Just("[[qr]]\nid = \"q\"\ncaption = \"qr-call-legal-aid\"\nurl = \"https://example.org\"\n".to_string()),
        Just("[[qr]]\nid = \"q\"\ncaption = \"x\"\ncontact = \"nobody\"\nlink = \"web\"\n".to_string()),
        Just("[[contacts]]\nid = \"legal-aid-ontario\"\n".to_string()),
        Just("[[write_in]]\nid = \"lawyer\"\nlabel = \"officer-heading\"\n".to_string()),
        Just("[labels]\ndisclaimer = \"common-disclaimer\"\n".to_string()),
        Just("\"".to_string()),
        Just("[".to_string()),
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..16).prop_map(|v| v.concat())
}

/// Loads the scratch project and, when it loads cleanly, resolves every card in every locale.
fn load_and_resolve(root: &std::path::Path) {
    let (project, diagnostics) = Project::load(root);
    let Some(project) = project else { return };
    if diagnostics.iter().any(|d| d.is_error()) {
        // Errors must say something and render without panicking.
        let text = pocketcard::diag::render(&diagnostics, false);
        assert!(!text.is_empty());
        return;
    }
    for card in project.cards.values() {
        for tag in project.localizer.tags() {
            let _ = resolve(&project, card, tag, "en", &ResolveOptions::default());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn any_ftl_file_loads_or_is_reported(text in ftl_text()) {
        let scratch = common::Scratch::new(None);
        std::fs::write(scratch.root().join("locales/en/zz-random.ftl"), &text).unwrap();
        load_and_resolve(scratch.root());
    }

    #[test]
    fn any_card_file_loads_or_is_reported(text in card_text()) {
        let scratch = common::Scratch::new(None);
        std::fs::write(scratch.root().join("cards/zz-random.toml"), &text).unwrap();
        load_and_resolve(scratch.root());
    }

    #[test]
    fn any_locale_file_loads_or_is_reported(text in card_text()) {
        let scratch = common::Scratch::new(None);
        std::fs::create_dir_all(scratch.root().join("locales/zz")).unwrap();
        std::fs::write(scratch.root().join("locales/zz/locale.toml"), &text).unwrap();
        load_and_resolve(scratch.root());
    }
}
