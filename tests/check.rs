//! `pocketcard check`: each check fires on a fixture built to trip it, and stays quiet on the
//! shipped cards and locales.

mod common;

use common::Scratch;

#[test]
fn the_shipped_project_passes() {
    let run = Scratch::new(None).run(&["check"]);
    assert_eq!(run.code, 0, "pocketcard check failed on the shipped project:\n{}", run.stderr);
    assert!(run.stderr.contains(" 0 errors"), "{}", run.stderr);
}

#[test]
fn reports_every_problem_of_a_locale_in_one_run() {
    let scratch = Scratch::new(Some("de-problems"));
    let run = scratch.run(&["check", "--lang", "de", "--card", "wallet-rights"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let err = &run.stderr;
    assert!(!err.contains("panicked"), "{err}");
    // Variables that differ from English.
    assert!(err.contains("refers to $datum but English refers to nothing"), "{err}");
    assert!(err.contains("locales/de/wallet-rights.ftl:2:1"), "{err}");
    // A sensitive term on a worker card.
    assert!(err.contains("sensitive term \"sexarbeit\""), "{err}");
    // Untranslated.
    assert!(err.contains("message \"rights-detain\" in locale de is the same as English"), "{err}");
    // A character the locale's fonts lack, named with its code point.
    assert!(err.contains("U+0E01"), "{err}");
    // Text that does not fit, naming card, locale and how much is over.
    assert!(err.contains("card wallet-rights (de): the holder side's rights does not fit"), "{err}");
    assert!(err.contains("mm too tall"), "{err}");
    // Missing and obsolete messages.
    assert!(err.contains("locale de is missing message \"officer-statement\""), "{err}");
    assert!(err.contains("locale de has message \"obsolete-message\", which English no longer has"), "{err}");
}

#[test]
fn build_refuses_a_card_with_errors_unless_forced() {
    let scratch = Scratch::new(Some("de-problems"));
    let run = scratch.run(&["build", "--lang", "de", "--card", "wallet-rights", "--format", "pdf"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("--force"), "{}", run.stderr);
    assert!(!scratch.out().join("de/wallet-rights.pdf").exists());

    let forced = scratch.run(&["build", "--lang", "de", "--card", "wallet-rights", "--format", "pdf", "--force"]);
    assert_eq!(forced.code, 0, "{}", forced.stderr);
    assert!(scratch.out().join("de/wallet-rights.pdf").exists());
    let pdf = common::Pdf::open(&scratch.out().join("de/wallet-rights.pdf"));
    assert_eq!(pdf.page_count(), 2, "overflowing text spilled onto another page");
}

#[test]
fn json_output_lists_problems_with_positions() {
    let scratch = Scratch::new(Some("de-problems"));
    let run = scratch.run(&["check", "--lang", "de", "--card", "wallet-rights", "--format", "json"]);
    assert_eq!(run.code, 1);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).expect("check --format json prints JSON");
    assert!(report["errors"].as_u64().unwrap() >= 4, "{report}");
    let problems = report["problems"].as_array().unwrap();
    let variable = problems
        .iter()
        .find(|p| p["message"].as_str().unwrap().contains("$datum"))
        .expect("the variable problem is listed");
    assert_eq!(variable["line"], 2);
    assert_eq!(variable["column"], 1);
    assert!(variable["file"].as_str().unwrap().ends_with("locales/de/wallet-rights.ftl"));
    assert_eq!(variable["severity"], "error");
    assert!(!variable["hints"].as_array().unwrap().is_empty());
}

#[test]
fn stale_contacts_are_warnings_that_say_when_they_were_checked() {
    let run = Scratch::new(None).run(&["check", "--lang", "en", "--max-contact-age", "1"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("was last checked 2017-10"), "{}", run.stderr);
}

#[test]
fn the_pseudolocale_is_generated_accented_and_longer() {
    let scratch = Scratch::new(None);
    let run = scratch.run(&["build", "--lang", "qps", "--card", "wallet-rights", "--format", "pdf", "--force"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = common::Pdf::open(&scratch.out().join("qps/wallet-rights.pdf")).folded_text();
    assert!(text.contains("Öffîçérs"), "{text}");
    assert!(!scratch.root().join("locales/qps").exists(), "the pseudolocale must never be stored");
}

#[test]
fn each_problem_of_the_json_report_names_its_kind() {
    let scratch = Scratch::new(Some("de-problems"));
    let run = scratch.run(&["check", "--lang", "de", "--card", "wallet-rights", "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).expect("a JSON report");
    let problems = report["problems"].as_array().expect("problems");
    let kind_of = |part: &str| -> Vec<&str> {
        problems
            .iter()
            .filter(|p| p["message"].as_str().unwrap_or("").contains(part))
            .map(|p| p["kind"].as_str().unwrap_or(""))
            .collect()
    };
    // A tool tells the problems apart by kind, never by the English of the message.
    assert_eq!(kind_of("does not fit"), ["overflow"], "{problems:#?}");
    assert_eq!(kind_of("U+0E01"), ["missing-glyph"], "{problems:#?}");
    assert!(kind_of("sensitive term").iter().all(|k| *k == "sensitive-term"), "{problems:#?}");
    let stale: Vec<&str> = kind_of("was last checked");
    assert!(!stale.is_empty() && stale.iter().all(|k| *k == "stale-contact"), "{problems:#?}");
}

#[test]
fn problems_of_each_sort_have_their_own_kind() {
    // (fixture, part of the error's message, the kind a tool sees)
    let cases = [
        ("broken-ftl", "fluent syntax error", "syntax"),
        ("bad-card-toml", "unknown field", "syntax"),
        ("missing-message", "which English does not define", "unknown"),
        ("missing-message", "no locale defines message", "unknown"),
    ];
    for (fixture, part, kind) in cases {
        let scratch = Scratch::new(Some(fixture));
        let run = scratch.run(&["check", "--format", "json"]);
        assert_eq!(run.code, 1, "{fixture}: {}", run.stderr);
        let report: serde_json::Value = serde_json::from_str(&run.stdout).expect("a JSON report");
        let problems = report["problems"].as_array().expect("problems");
        let errors: Vec<&serde_json::Value> = problems.iter().filter(|p| p["severity"] == "error").collect();
        let matching: Vec<&&serde_json::Value> =
            errors.iter().filter(|p| p["message"].as_str().unwrap_or("").contains(part)).collect();
        assert!(!matching.is_empty() && matching.iter().all(|p| p["kind"] == kind), "{fixture}: {errors:#?}");
        assert!(problems.iter().all(|p| p["kind"].as_str().is_some_and(|k| !k.is_empty())), "{problems:#?}");
    }
}
