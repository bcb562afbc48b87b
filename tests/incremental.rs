//! Incremental builds: a build renders only the documents whose inputs changed or whose
//! outputs on disk are not the ones it wrote, and what it writes is what a clean build writes.

mod common;

use std::collections::BTreeMap;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use common::{Run, Scratch};

/// The manifest in the output folder.
const MANIFEST: &str = "pocketcard-manifest.json";

/// Two wallet cards in two languages, PDF and PNG: four documents.
const BUILD: [&str; 9] =
    ["build", "--card", "wallet-rights", "--card", "wallet-numbers", "--lang", "en", "--lang", "fr"];

/// Every file under `dir` (relative path) with its inode, modification time and bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, (u64, i64, i64, Vec<u8>)> {
    common::files_below(dir)
        .into_iter()
        .map(|relative| {
            let path = dir.join(&relative);
            let meta = std::fs::metadata(&path).unwrap();
            let bytes = std::fs::read(&path).unwrap();
            (relative, (meta.ino(), meta.mtime(), meta.mtime_nsec(), bytes))
        })
        .collect()
}

/// The files that differ between two snapshots (added, removed, or another inode, time or
/// bytes), sorted.
fn changed(
    before: &BTreeMap<PathBuf, (u64, i64, i64, Vec<u8>)>,
    after: &BTreeMap<PathBuf, (u64, i64, i64, Vec<u8>)>,
) -> Vec<String> {
    let mut names: Vec<&PathBuf> = before.keys().chain(after.keys()).collect();
    names.sort();
    names.dedup();
    names.into_iter().filter(|n| before.get(*n) != after.get(*n)).map(|n| n.display().to_string()).collect()
}

/// The "(N documents rebuilt, M up to date)" of a build's summary line.
fn counts(run: &Run) -> (usize, usize) {
    let summary = run.stderr.lines().rev().find(|l| l.starts_with("wrote ")).expect("a summary line");
    let inside = summary.split('(').nth(1).and_then(|r| r.split(')').next()).expect("counts in the summary");
    let numbers: Vec<usize> =
        inside.split(|c: char| !c.is_ascii_digit()).filter(|s| !s.is_empty()).map(|s| s.parse().unwrap()).collect();
    assert_eq!(numbers.len(), 2, "{summary}");
    (numbers[0], numbers[1])
}

fn build(scratch: &Scratch, extra: &[&str]) -> Run {
    let args: Vec<&str> = BUILD.iter().chain(extra).copied().collect();
    let run = scratch.run(&args);
    run.assert_ok();
    run
}

/// Replaces the value of message `id` in a locale's file, keeping the rest of the file.
fn set_message(scratch: &Scratch, file: &str, id: &str, value: &str) {
    let path = scratch.root().join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    let line = text.lines().find(|l| l.starts_with(&format!("{id} ="))).unwrap_or_else(|| panic!("no {id} in {file}"));
    let edited = text.replace(line, &format!("{id} = {value}"));
    assert_ne!(edited, text);
    std::fs::write(&path, edited).unwrap();
}

#[test]
fn an_unchanged_rebuild_writes_nothing() {
    let scratch = Scratch::new(None);
    let first = build(&scratch, &[]);
    assert_eq!(counts(&first), (4, 0), "{}", first.stderr);
    assert!(scratch.out().join(MANIFEST).is_file());
    let before = snapshot(&scratch.out());
    let second = build(&scratch, &[]);
    assert_eq!(counts(&second), (0, 4), "{}", second.stderr);
    assert!(second.stderr.contains("wrote 0 files"), "{}", second.stderr);
    assert_eq!(changed(&before, &snapshot(&scratch.out())), Vec::<String>::new(), "an unchanged rebuild wrote files");
    // Asking for less is no change either: the other documents' records are kept.
    let one = scratch.run(&["build", "--card", "wallet-rights", "--lang", "fr"]);
    one.assert_ok();
    assert_eq!(counts(&one), (0, 1), "{}", one.stderr);
    assert_eq!(changed(&before, &snapshot(&scratch.out())), Vec::<String>::new());
}

#[test]
fn a_changed_message_rebuilds_exactly_the_documents_that_print_it() {
    let scratch = Scratch::new(None);
    build(&scratch, &[]);
    let before = snapshot(&scratch.out());

    // A message only the French rights card prints.
    set_message(
        &scratch,
        "locales/fr/wallet-rights.ftl",
        "rights-id",
        "L'ASFC peut demander vos papiers dans certains cas.",
    );
    let run = build(&scratch, &[]);
    assert_eq!(counts(&run), (1, 3), "{}", run.stderr);
    let after = snapshot(&scratch.out());
    let rebuilt: Vec<String> = changed(&before, &after).into_iter().filter(|f| f != MANIFEST).collect();
    assert_eq!(rebuilt, ["fr/wallet-rights-1.png", "fr/wallet-rights-2.png", "fr/wallet-rights.pdf"]);
    let text = common::Pdf::open(&scratch.out().join("fr/wallet-rights.pdf")).folded_text();
    assert!(text.contains("dans certains cas"), "{text}");

    // A message both French cards print: both, and no English one.
    set_message(
        &scratch,
        "locales/fr/common.ftl",
        "common-disclaimer",
        "Information juridique générale, jamais un avis juridique.",
    );
    let run = build(&scratch, &[]);
    assert_eq!(counts(&run), (2, 2), "{}", run.stderr);
    let rebuilt: Vec<String> = changed(&after, &snapshot(&scratch.out()))
        .into_iter()
        .filter(|f| f != MANIFEST && f.ends_with(".pdf"))
        .collect();
    assert_eq!(rebuilt, ["fr/wallet-numbers.pdf", "fr/wallet-rights.pdf"]);

    // What the incremental builds left is what a clean build writes, byte for byte.
    scratch
        .run(&[
            "build",
            "--card",
            "wallet-rights",
            "--card",
            "wallet-numbers",
            "--lang",
            "en",
            "--lang",
            "fr",
            "--out",
            "clean",
        ])
        .assert_ok();
    let incremental = snapshot(&scratch.out());
    let clean = snapshot(&scratch.root().join("clean"));
    let bytes = |files: &BTreeMap<PathBuf, (u64, i64, i64, Vec<u8>)>| -> BTreeMap<PathBuf, Vec<u8>> {
        files.iter().filter(|(p, _)| !p.ends_with(MANIFEST)).map(|(p, v)| (p.clone(), v.3.clone())).collect()
    };
    assert_eq!(bytes(&incremental).keys().collect::<Vec<_>>(), bytes(&clean).keys().collect::<Vec<_>>());
    for (path, content) in bytes(&incremental) {
        assert!(bytes(&clean)[&path] == content, "{} differs from a clean build's", path.display());
    }
}

#[test]
fn a_deleted_or_edited_output_is_rebuilt() {
    let scratch = Scratch::new(None);
    build(&scratch, &[]);
    let before = snapshot(&scratch.out());

    std::fs::remove_file(scratch.out().join("fr/wallet-numbers-2.png")).unwrap();
    let run = build(&scratch, &[]);
    assert_eq!(counts(&run), (1, 3), "{}", run.stderr);
    let png = std::fs::read(scratch.out().join("fr/wallet-numbers-2.png")).unwrap();
    assert_eq!(png, before[Path::new("fr/wallet-numbers-2.png")].3);

    // Edited in place, even with its modification time put back.
    let pdf = scratch.out().join("en/wallet-rights.pdf");
    let mtime = std::fs::metadata(&pdf).unwrap().modified().unwrap();
    let mut bytes = std::fs::read(&pdf).unwrap();
    let last = bytes.len() - 3;
    bytes[last] ^= 1;
    std::fs::write(&pdf, &bytes).unwrap();
    std::fs::File::options().write(true).open(&pdf).unwrap().set_modified(mtime).unwrap();
    let run = build(&scratch, &[]);
    assert_eq!(counts(&run), (1, 3), "{}", run.stderr);
    assert_eq!(std::fs::read(&pdf).unwrap(), before[Path::new("en/wallet-rights.pdf")].3);

    // The same bytes written again (a copy back from a backup) are still the output.
    std::fs::write(&pdf, &before[Path::new("en/wallet-rights.pdf")].3).unwrap();
    let run = build(&scratch, &[]);
    assert_eq!(counts(&run), (0, 4), "{}", run.stderr);
}

#[test]
fn force_rebuild_and_changed_options_render_everything_again() {
    let scratch = Scratch::new(None);
    build(&scratch, &[]);
    let run = build(&scratch, &["--force-rebuild"]);
    assert_eq!(counts(&run), (4, 0), "{}", run.stderr);
    // Another option shapes every output: nothing is up to date.
    let run = build(&scratch, &["--phone"]);
    assert_eq!(counts(&run), (4, 0), "{}", run.stderr);
    let run = build(&scratch, &["--phone"]);
    assert_eq!(counts(&run), (0, 4), "{}", run.stderr);
    // A changed layout file renders the cards that read it.
    let layout = scratch.root().join("cards/wallet-numbers.typ");
    let mut source = std::fs::read_to_string(&layout).unwrap();
    source.push_str("\n// edited\n");
    std::fs::write(&layout, source).unwrap();
    let run = build(&scratch, &["--phone"]);
    assert_eq!(counts(&run), (2, 2), "{}", run.stderr);
    // A shared library file every layout imports: every card, including those whose compile
    // took its evaluation from Typst's memoization of an earlier document.
    let library = scratch.root().join("cards/lib/card.typ");
    let mut source = std::fs::read_to_string(&library).unwrap();
    source.push_str("\n// edited\n");
    std::fs::write(&library, source).unwrap();
    let run = build(&scratch, &["--phone"]);
    assert_eq!(counts(&run), (4, 0), "{}", run.stderr);
}

#[test]
fn a_personal_build_is_neither_skipped_nor_recorded() {
    let scratch = Scratch::new(Some("personal"));
    let args = ["build", "--card", "plan-at-home", "--lang", "en", "--format", "pdf"];
    scratch.run(&args).assert_ok();
    let manifest = std::fs::read(scratch.out().join(MANIFEST)).unwrap();
    let personal: Vec<&str> = args.iter().copied().chain(["--personal", "personal.toml"]).collect();
    for _ in 0..2 {
        let run = scratch.run(&personal);
        run.assert_ok();
        assert_eq!(counts(&run), (1, 0), "{}", run.stderr);
        assert_eq!(std::fs::read(scratch.out().join(MANIFEST)).unwrap(), manifest, "a personal build was recorded");
    }
    let pdf = scratch.out().join("en/plan-at-home.pdf");
    assert!(common::Pdf::open(&pdf).folded_text().contains("Jane Example"));
    // The ordinary build that follows does not keep the personal card: its bytes are not the
    // ones recorded.
    let run = scratch.run(&args);
    run.assert_ok();
    assert_eq!(counts(&run), (1, 0), "{}", run.stderr);
    assert!(!common::Pdf::open(&pdf).folded_text().contains("Jane Example"));
}

#[test]
fn a_term_added_to_a_list_stops_a_card_whose_outputs_are_up_to_date() {
    // An up-to-date document's strings are not searched again while they and the lists are
    // the same; a term added to a list must still stop every card that prints it, even after
    // a build of other cards that already checked against the new list.
    let scratch = Scratch::new(None);
    build(&scratch, &[]);
    let list = scratch.root().join("locales/fr/locale.toml");
    let original = std::fs::read_to_string(&list).unwrap();
    // "avocat" (lawyer) is printed by the French wallet-rights card.
    let edited = original.replacen("sensitive_terms = [", "sensitive_terms = [\n    \"avocat\",", 1);
    assert_ne!(edited, original);
    std::fs::write(&list, &edited).unwrap();
    let other = scratch.run(&["build", "--card", "wallet-rights", "--lang", "en"]);
    other.assert_ok();
    let before = snapshot(&scratch.out());
    let all = scratch.run(&BUILD);
    assert_eq!(all.code, 1, "{}", all.stderr);
    assert!(all.stderr.contains("\"avocat\"") && all.stderr.contains("wallet-rights"), "{}", all.stderr);
    assert_eq!(changed(&before, &snapshot(&scratch.out())), Vec::<String>::new(), "a refused build wrote files");
    // With the list as it was, nothing is rendered again.
    std::fs::write(&list, &original).unwrap();
    let again = build(&scratch, &[]);
    assert_eq!(counts(&again), (0, 4), "{}", again.stderr);
}

/// Builds `card` in `lang` into the scratch project's `out/` through the library, as
/// `pocketcard build` does, and returns its report.
fn build_in_process(scratch: &Scratch, card: &str, lang: &str) -> pocketcard::commands::build::BuildReport {
    let paths =
        pocketcard::rendering::session::ProjectPaths { root: scratch.root().to_path_buf(), font_paths: Vec::new() };
    let request = pocketcard::commands::build::BuildRequest {
        cards: vec![card.to_string()],
        langs: vec![lang.to_string()],
        ..Default::default()
    };
    let (session, problems) = pocketcard::rendering::session::Session::open(&paths, false);
    let session = session.unwrap_or_else(|| panic!("{problems:?}"));
    let plan = pocketcard::commands::build::BuildPlan::new(&request, &session).unwrap_or_else(|e| panic!("{e:?}"));
    let report = pocketcard::commands::build::run(&plan, &session);
    assert!(!report.diagnostics.iter().any(|d| d.is_error()), "{:?}", report.diagnostics);
    report
}

#[test]
fn a_box_whose_text_did_not_change_keeps_its_size_without_a_search() {
    let scratch = Scratch::new(None);
    let first = build_in_process(&scratch, "wallet-rights", "fr");
    assert_eq!((first.rebuilt, first.fits_remembered), (1, 0), "a first build has nothing to remember");
    // The holder side's box changes; the officer side's box does not.
    set_message(&scratch, "locales/fr/wallet-rights.ftl", "rights-id", "L'ASFC peut demander vos papiers.");
    let second = build_in_process(&scratch, "wallet-rights", "fr");
    assert_eq!((second.rebuilt, second.fits_remembered), (1, 1), "only the officer side's size is remembered");
    // The remembered size gives the bytes a search gives.
    let incremental = std::fs::read(scratch.out().join("fr/wallet-rights.pdf")).unwrap();
    let clean = scratch.run(&["build", "--card", "wallet-rights", "--lang", "fr", "--out", "clean", "--format", "pdf"]);
    clean.assert_ok();
    assert!(incremental == std::fs::read(scratch.root().join("clean/fr/wallet-rights.pdf")).unwrap());
    // A layout changed: no size is trusted, every box is searched again.
    let lib = scratch.root().join("cards/lib/components.typ");
    let text = std::fs::read_to_string(&lib).unwrap();
    std::fs::write(&lib, format!("{text}\n// edited\n")).unwrap();
    let third = build_in_process(&scratch, "wallet-rights", "fr");
    assert_eq!((third.rebuilt, third.fits_remembered), (1, 0));
}
