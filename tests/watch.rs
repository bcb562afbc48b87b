//! `pocketcard watch` rebuilds what a change affects and says how long it took.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

#[test]
fn changes_rebuild_only_what_they_affect() {
    let scratch = common::Scratch::new(None);
    let mut child = Command::new(env!("CARGO_BIN_EXE_pocketcard"))
        .args(["watch", "--card", "wallet-rights", "--card", "wallet-numbers", "--lang", "en", "--format", "pdf"])
        .current_dir(scratch.root())
        .env("NO_COLOR", "1")
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("start pocketcard watch");
    let (tx, rx) = mpsc::channel();
    let stderr = child.stderr.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let wait_for = |needle: &str| -> Result<String, String> {
        let mut seen = Vec::new();
        loop {
            match rx.recv_timeout(Duration::from_secs(60)) {
                Ok(line) if line.contains(needle) => return Ok(line),
                Ok(line) => seen.push(line),
                Err(_) => {
                    return Err(format!("no line with {needle:?}; saw:\n{}", seen.join("\n")));
                }
            }
        }
    };
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
    let _ = child.kill();
    let _ = child.wait();
    result.unwrap();
}
