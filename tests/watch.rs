//! `pocketcard watch` rebuilds what a change affects and says how long it took.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// A running `pocketcard watch` in a scratch project, with its stderr read line by line.
struct Watch {
    scratch: common::Scratch,
    child: Child,
    lines: mpsc::Receiver<String>,
}

impl Watch {
    fn start(args: &[&str]) -> Watch {
        Watch::start_with(&[], args)
    }

    /// As [`Watch::start`], with `files` (path, text) written into the project first.
    fn start_with(files: &[(&str, &str)], args: &[&str]) -> Watch {
        let scratch = common::Scratch::new(None);
        for (path, text) in files {
            std::fs::write(scratch.root().join(path), text).unwrap();
        }
        let mut child = Command::new(env!("CARGO_BIN_EXE_pocketcard"))
            .arg("watch")
            .args(args)
            .current_dir(scratch.root())
            .env("NO_COLOR", "1")
            .stderr(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .expect("start pocketcard watch");
        let (tx, lines) = mpsc::channel();
        let stderr = child.stderr.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Watch { scratch, child, lines }
    }

    /// The next line that contains one of `needles`, or what was seen instead.
    fn next(&self, needles: &[&str]) -> Result<String, String> {
        let mut seen = Vec::new();
        loop {
            match self.lines.recv_timeout(Duration::from_secs(60)) {
                Ok(line) if needles.iter().any(|n| line.contains(n)) => return Ok(line),
                Ok(line) => seen.push(line),
                Err(_) => return Err(format!("no line with any of {needles:?}; saw:\n{}", seen.join("\n"))),
            }
        }
    }

    /// Appends `text` to a file of the project, as an editor saving it would.
    fn append(&self, path: &str, text: &str) {
        let path = self.scratch.root().join(path);
        let mut source = std::fs::read_to_string(&path).unwrap();
        source.push_str(text);
        std::fs::write(&path, source).unwrap();
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// What watch prints after each change: a rebuild, or that the change touched nothing selected.
const OUTCOMES: [&str; 2] = ["rebuilt", "nothing to rebuild"];

#[test]
fn changes_rebuild_only_what_they_affect() {
    let watch =
        Watch::start(&["--card", "wallet-rights", "--card", "wallet-numbers", "--lang", "en", "--format", "pdf"]);
    let scratch = &watch.scratch;
    let wait_for = |needle: &str| watch.next(&[needle]);
    let result = (|| -> Result<(), String> {
        let first = wait_for("rebuilt")?;
        assert!(first.contains("2 cards x 1 locale"), "{first}");
        let pdf = scratch.out().join("en/wallet-rights.pdf");
        let before = std::fs::read(&pdf).map_err(|e| e.to_string())?;

        // An editor changes the disclaimer every card prints: both cards are rebuilt.
        let path = scratch.root().join("locales/en/common.ftl");
        let text = std::fs::read_to_string(&path).unwrap();
        let line = text.lines().find(|l| l.starts_with("common-disclaimer =")).expect("the disclaimer").to_string();
        std::fs::write(
            &path,
            text.replace(&line, "common-disclaimer = General legal information, edited while watching."),
        )
        .unwrap();
        let second = wait_for("rebuilt")?;
        assert!(second.contains("2 cards x 1 locale"), "{second}");
        assert!(second.contains(" ms"), "{second}");
        assert_ne!(std::fs::read(&pdf).map_err(|e| e.to_string())?, before, "the card was not rebuilt");
        let text = common::Pdf::open(&pdf).folded_text();
        assert!(text.contains("edited while watching"), "{text}");

        // A layout of one card changes: only that card is rebuilt.
        let layout = scratch.root().join("cards/wallet-numbers.typ");
        let mut source = std::fs::read_to_string(&layout).unwrap();
        source.push_str("\n// edited while watching\n");
        std::fs::write(&layout, source).unwrap();
        let third = wait_for("rebuilt")?;
        assert!(third.contains("1 card x 1 locale"), "{third}");
        Ok(())
    })();
    result.unwrap();
}

#[test]
fn changes_outside_the_selection_rebuild_nothing() {
    let watch = Watch::start(&["--card", "wallet-rights", "--lang", "en", "--format", "pdf"]);
    let first = watch.next(&OUTCOMES).unwrap();
    assert!(first.contains("rebuilt 1 card x 1 locale"), "{first}");
    // Another card, and another language's messages: neither is selected.
    watch.append("cards/prepare.toml", "\n# edited while watching\n");
    let second = watch.next(&OUTCOMES).unwrap();
    assert!(second.contains("nothing to rebuild"), "a card left out was rebuilt: {second}");
    watch.append("locales/fr/common.ftl", "\n# edited while watching\n");
    let third = watch.next(&OUTCOMES).unwrap();
    assert!(third.contains("nothing to rebuild"), "a language left out was rebuilt: {third}");
    // The selected card itself: rebuilt, in the selected language only.
    watch.append("cards/wallet-rights.typ", "\n// edited while watching\n");
    let fourth = watch.next(&OUTCOMES).unwrap();
    assert!(fourth.contains("rebuilt 1 card x 1 locale"), "{fourth}");
    let out = watch.scratch.out();
    assert!(!out.join("en/prepare.pdf").exists() && !out.join("fr").exists(), "outputs outside the selection");
}

#[test]
fn watch_builds_the_pseudolocale() {
    // qps is generated when the project is opened, for watch as for build.
    let watch = Watch::start(&["--card", "wallet-numbers", "--lang", "qps", "--format", "pdf", "--force"]);
    let first = watch.next(&["rebuilt", "unknown locale"]).unwrap();
    assert!(first.contains("rebuilt 1 card x 1 locale"), "{first}");
    assert!(watch.scratch.out().join("qps/wallet-numbers.pdf").exists());
}

#[test]
fn an_edited_personal_file_is_rebuilt_on_and_never_echoed() {
    let watch = Watch::start_with(
        &[("me.toml", "lawyer = \"Jane Example 416-555-0143\"\n")],
        &["--personal", "me.toml", "--card", "wallet-numbers", "--lang", "en"],
    );
    watch.next(&["rebuilt"]).unwrap();
    // The holder makes the line too long: the next rebuild says so, naming the line only.
    let long = "lawyer = \"Jane Example, Barrister and Solicitor, Example Legal Services, 123 Example Street West, Suite 400, Toronto, office 416-555-0143, cell 647-555-0123, after hours 905-555-0188\"\n";
    std::fs::write(watch.scratch.root().join("me.toml"), long).unwrap();
    let line = watch.next(&["too long for its line"]).unwrap();
    assert!(line.contains("the personal line \"lawyer\""), "{line}");
    let done = watch.next(&OUTCOMES).unwrap();
    assert!(done.contains("1 error"), "{done}");
    assert!(!line.contains("416-555-0143") && !done.contains("416-555-0143"), "{line}\n{done}");
}

#[test]
fn a_logo_saved_again_is_printed_again() {
    let org = include_str!("fixtures/org/org.toml");
    let logo = include_str!("fixtures/org/logo.svg");
    let watch = Watch::start_with(
        &[("org.toml", org), ("logo.svg", logo)],
        &["--org", "org.toml", "--card", "wallet-numbers", "--lang", "en", "--format", "pdf"],
    );
    watch.next(&["rebuilt"]).unwrap();
    let pdf = watch.scratch.out().join("en/wallet-numbers.pdf");
    let before = std::fs::read(&pdf).unwrap();
    // The organization's designer saves a new logo; its file is not in the project and the
    // organization file is untouched.
    let recoloured = logo.replace("#2f5d62", "#6a1b9a");
    assert_ne!(recoloured, logo);
    std::fs::write(watch.scratch.root().join("logo.svg"), &recoloured).unwrap();
    let done = watch.next(&OUTCOMES).unwrap();
    assert!(done.contains("1 rendered"), "{done}");
    assert_ne!(std::fs::read(&pdf).unwrap(), before, "the new logo is in the PDF");
}

#[test]
fn a_term_added_to_a_list_while_watching_is_found_at_the_next_save() {
    // A warm watch keeps the lists it folded while they are the same, and each locale it
    // parsed while its files are: a term added must still be searched for at once.
    let watch = Watch::start(&["--card", "wallet-numbers", "--lang", "en", "--format", "pdf"]);
    watch.next(&["rebuilt"]).unwrap();
    let path = watch.scratch.root().join("locales/en/locale.toml");
    let list = std::fs::read_to_string(&path).unwrap();
    let added = list.replacen("sensitive_terms = [", "sensitive_terms = [\n  \"by heart\",", 1);
    assert_ne!(added, list);
    std::fs::write(&path, added).unwrap();
    let found = watch.next(&["sensitive term", "rebuilt"]).unwrap();
    assert!(found.contains("sensitive term \"by heart\""), "{found}");
    let refused = watch.next(&OUTCOMES).unwrap();
    assert!(refused.contains("errors"), "{refused}");
    // The term is taken out again: the card builds.
    std::fs::write(&path, list).unwrap();
    let done = watch.next(&OUTCOMES).unwrap();
    assert!(!done.contains("error"), "{done}");
}
