//! The full English card set: every card builds with the right pages, carries the source facts
//! it is meant to, stays discreet when a worker carries it, and takes an organization's
//! branding and a holder's own numbers without leaking them.

mod common;

use std::collections::BTreeMap;

use common::{Pdf, Scratch, fold};

/// A card as a reader checks it: id, page count, page size in mm, and the facts (a number, date
/// or term the fact turns on) its text must contain.
type Expected = (&'static str, usize, (f64, f64), Vec<&'static str>);

fn cards() -> Vec<Expected> {
    let letter = (215.9, 279.4);
    vec![
        (
            "wallet-rights",
            2,
            (85.6, 53.98),
            vec![
                "1-800-668-8258",
                "CBSA",
                "lawyer",
                "interpreter",
                "not police",
                "deportation warrant",
                "very broad powers",
                "or condition",
                "misrepresentation",
            ],
        ),
        (
            "wallet-numbers",
            2,
            (85.6, 53.98),
            vec![
                "1 800 668 8258",
                "416 977 8111",
                "collect calls",
                "Toronto Refugee Advisory Council",
                "Toronto Immigration Holding Centre",
                "My lawyer",
                "by heart",
                "Keep no list",
            ],
        ),
        (
            "plan-at-home",
            1,
            letter,
            vec![
                "Do not carry it",
                "Someone I trust",
                "Possible bondsperson",
                "Cares for my children",
                "Has my spare key",
                "My lawyer",
                "Organizations",
                "1 800 668 8258",
                "416 977 8111",
                "cannot share information about you with immigration",
            ],
        ),
        (
            "prepare",
            1,
            (171.2, 107.96),
            vec![
                "bondsperson",
                "release plan",
                "by heart",
                "spare key",
                "children",
                "Children's Aid Society",
                "hormones",
                "prescriptions",
                "ID from another country",
                "legal aid",
                "passport",
                "community support",
            ],
        ),
        (
            "flyer-detention",
            2,
            letter,
            vec![
                "not police",
                "48 hours",
                "7 days",
                "30 days",
                "1/7",
                "permanent resident",
                "interpreter",
                "designated representative",
                "1-800-668-8258",
                "416-977-8111",
                "Toronto Refugee Advisory Council",
                "danger to the public",
                "maximum security jails",
                "listened to",
                "police can call CBSA",
                "address where you will live",
                "Children's Aid Society",
                "misrepresentation",
                "own plane ticket",
                "PRRA",
                "cannot share information about you with immigration",
            ],
        ),
        (
            "flyer-providers",
            2,
            letter,
            vec![
                "permanent residence",
                "work permit",
                "sex industry",
                "Deportation order",
                "Departure order",
                "Conditional departure order",
                "6 months",
                "10 years",
                "discharge",
                "trafficking",
                "consent",
                "Temporary Resident Permit",
                "testify",
                "sanctuary",
                "Authorization to Return",
                "5 years",
                "defer removal",
                "judicial review",
                "PRRA",
                "H&C",
                "Minister's Counsel",
                "as a consequence of that conviction",
                "criminal investigation or charges against the people the victim names",
                "even where there is no exploitation",
                "not legal advice",
                "after 6 months",
                "exclusion order",
            ],
        ),
    ]
}

fn sensitive_terms() -> Vec<String> {
    let text = std::fs::read_to_string(common::repo().join("locales/en/locale.toml")).unwrap();
    let meta: toml::Table = toml::from_str(&text).unwrap();
    meta["sensitive_terms"].as_array().unwrap().iter().map(|t| t.as_str().unwrap().to_string()).collect()
}

fn audience(card: &str) -> String {
    let text = std::fs::read_to_string(common::repo().join(format!("cards/{card}.toml"))).unwrap();
    let table: toml::Table = toml::from_str(&text).unwrap();
    table["audience"].as_str().unwrap().to_string()
}

#[test]
fn every_card_builds_with_its_pages_and_facts() {
    let scratch = Scratch::new(None);
    scratch.run(&["build", "--lang", "en", "--format", "pdf"]).assert_ok();
    let terms = sensitive_terms();
    assert!(terms.iter().any(|t| t == "sex work"), "the English list of sensitive terms lacks \"sex work\"");
    for (card, pages, (w, h), facts) in cards() {
        let pdf = Pdf::open(&scratch.out().join(format!("en/{card}.pdf")));
        assert_eq!(pdf.page_count(), pages, "{card}: page count");
        for (pw, ph) in pdf.page_sizes_mm() {
            assert!((pw - w).abs() < 0.2 && (ph - h).abs() < 0.2, "{card}: page is {pw} x {ph} mm, not {w} x {h}");
        }
        let text = pdf.folded_text();
        let lower = text.to_lowercase();
        for fact in facts {
            assert!(lower.contains(&fact.to_lowercase()), "{card}: the fact {fact:?} is missing from:\n{text}");
        }
        for common in ["General legal information, not legal advice.", "Information as of October 2017"] {
            assert!(text.contains(common), "{card}: {common:?} missing");
        }
        assert!(text.contains("October 2017"), "{card}: who made the content is not printed");
        if audience(card) == "worker" {
            let lower = text.to_lowercase();
            for term in &terms {
                assert!(!lower.contains(term.as_str()), "worker card {card} mentions {term:?}");
            }
        }
        assert!(pdf.info(b"Title").is_some_and(|t| !t.is_empty()), "{card}: no title in the PDF metadata");
        assert!(pdf.catalog_lang().is_some_and(|l| l.starts_with("en")), "{card}: no language in the PDF");
        assert!(pdf.is_tagged(), "{card}: the PDF is not tagged");
    }
    // The provider flyer says what the worker cards must not; that is what the audience is for.
    assert_eq!(audience("flyer-providers"), "provider");
}

#[test]
fn flyers_print_on_a4_when_asked() {
    let scratch = Scratch::new(None);
    scratch
        .run(&[
            "build",
            "--lang",
            "en",
            "--card",
            "flyer-detention",
            "--card",
            "flyer-providers",
            "--card",
            "plan-at-home",
            "--format",
            "pdf",
            "--paper",
            "a4",
        ])
        .assert_ok();
    for (card, pages) in [("flyer-detention", 2), ("flyer-providers", 2), ("plan-at-home", 1)] {
        let pdf = Pdf::open(&scratch.out().join(format!("en/{card}.pdf")));
        assert_eq!(pdf.page_count(), pages);
        for (w, h) in pdf.page_sizes_mm() {
            assert!((w - 210.0).abs() < 0.2 && (h - 297.0).abs() < 0.2, "{card} on A4 is {w} x {h}");
        }
    }
}

#[test]
fn personal_numbers_go_on_the_card_and_nowhere_else() {
    let scratch = Scratch::new(Some("personal"));
    let personal: BTreeMap<String, String> =
        toml::from_str(&std::fs::read_to_string(scratch.root().join("personal.toml")).unwrap()).unwrap();
    let run = scratch.run(&[
        "build",
        "--lang",
        "en",
        "--card",
        "plan-at-home",
        "--card",
        "wallet-numbers",
        "--card",
        "wallet-rights",
        "--personal",
        "personal.toml",
    ]);
    run.assert_ok();
    let plan = Pdf::open(&scratch.out().join("en/plan-at-home.pdf"));
    let text = plan.folded_text();
    let numbers = Pdf::open(&scratch.out().join("en/wallet-numbers.pdf")).folded_text();
    assert!(numbers.contains(&personal["lawyer"]), "the lawyer is not on the numbers card:\n{numbers}");
    for (key, value) in &personal {
        assert!(text.contains(value.as_str()), "{value:?} is not on the plan:\n{text}");
        if key != "lawyer" {
            assert!(!numbers.contains(value.as_str()), "{key:?} is on the carried numbers card");
        }
        assert!(
            !run.stdout.contains(value.as_str()) && !run.stderr.contains(value.as_str()),
            "{value:?} was printed to the terminal"
        );
        assert!(!plan.metadata_text().contains(value.as_str()), "{value:?} is in the PDF metadata");
        let other = Pdf::open(&scratch.out().join("en/wallet-rights.pdf")).folded_text();
        assert!(!other.contains(value.as_str()), "{value:?} leaked onto a card without write-in lines");
    }
    // Nothing but the outputs was written: no cache, no data file beside the PDF, and of the
    // card with personal values only its PDF (PNG pages would be copies of the values).
    let mut files: Vec<String> = walk(&scratch.out());
    files.sort();
    assert_eq!(
        files,
        [
            "en/plan-at-home.pdf",
            "en/wallet-numbers.pdf",
            "en/wallet-rights-1.png",
            "en/wallet-rights-2.png",
            "en/wallet-rights.pdf"
        ]
    );
    // A key that no card has is refused, naming the key but not echoing any value.
    scratch.write("typo.toml", "lawyr = \"Jane Example 416-555-0143\"\n");
    let typo = scratch.run(&["build", "--lang", "en", "--personal", "typo.toml"]);
    assert_eq!(typo.code, 1);
    assert!(typo.stderr.contains("\"lawyr\"") && typo.stderr.contains("lawyer"), "{}", typo.stderr);
    assert!(!typo.stderr.contains("Jane Example"), "{}", typo.stderr);
}

#[test]
fn an_organization_replaces_the_default_contacts_on_every_card() {
    let scratch = Scratch::new(Some("org"));
    scratch.run(&["build", "--lang", "en", "--format", "pdf", "--org", "org.toml"]).assert_ok();
    for (card, ..) in cards() {
        let pdf = Pdf::open(&scratch.out().join(format!("en/{card}.pdf")));
        let text = pdf.folded_text();
        assert!(text.contains("Example Outreach Collective"), "{card}: the organization's name is missing:\n{text}");
        let alts = pdf.figure_alts();
        assert!(
            alts.iter().any(|a| a == "Example Outreach Collective"),
            "{card}: the organization's logo is missing: {alts:?}"
        );
    }
    let numbers = fold(&Pdf::open(&scratch.out().join("en/wallet-numbers.pdf")).text());
    assert!(numbers.contains("416 555 0142"), "{numbers}");
    assert!(!numbers.contains("1 800 668 8258"), "contacts = \"replace\" kept the default contacts: {numbers}");
}

#[test]
fn the_sample_organization_joins_the_default_contacts() {
    let scratch = Scratch::new(None);
    let org = common::repo().join("examples/org.toml");
    scratch
        .run(&["build", "--lang", "en", "--card", "wallet-numbers", "--format", "pdf", "--org", org.to_str().unwrap()])
        .assert_ok();
    let text = Pdf::open(&scratch.out().join("en/wallet-numbers.pdf")).folded_text();
    assert!(text.contains("Southeast Asian Legal Clinic"), "{text}");
    assert!(text.contains("1 800 668 8258"), "contacts = \"join\" dropped the default contacts: {text}");
}

#[test]
fn two_builds_of_everything_are_byte_identical() {
    let scratch = Scratch::new(None);
    scratch.run(&["build", "--lang", "en", "--out", "a"]).assert_ok();
    scratch.run(&["build", "--lang", "en", "--out", "b", "--jobs", "1"]).assert_ok();
    let a = walk(&scratch.root().join("a"));
    assert_eq!(a, walk(&scratch.root().join("b")));
    assert!(a.len() >= 13, "{a:?}");
    for file in a {
        let x = std::fs::read(scratch.root().join("a").join(&file)).unwrap();
        let y = std::fs::read(scratch.root().join("b").join(&file)).unwrap();
        assert!(x == y, "{file} differs between two builds");
    }
}

/// Files below `dir`, relative to it, sorted, without the build manifest: it records when and
/// where the outputs were written, not what they are.
fn walk(dir: &std::path::Path) -> Vec<String> {
    common::files_below(dir)
        .into_iter()
        .filter(|path| !path.ends_with("pocketcard-manifest.json"))
        .map(|path| path.to_string_lossy().into_owned())
        .collect()
}
