//! The bad-input corpus: every folder under `tests/corpus/` is laid over a scratch copy of the
//! project, `case.toml` says what to run and what the error must say. Each case must fail with
//! exit 1, name the file (and line), never panic, and leave earlier output intact.

mod common;

use std::path::Path;

use common::{Run, Scratch};

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    args: Vec<String>,
    /// Text the error output must contain.
    expect: Vec<String>,
    /// Text it must not contain (private data, file contents).
    #[serde(default)]
    forbid: Vec<String>,
}

fn run_case(dir: &Path) -> Result<(), String> {
    let name = dir.file_name().unwrap().to_string_lossy().into_owned();
    let case: Case = toml::from_str(&std::fs::read_to_string(dir.join("case.toml")).unwrap())
        .map_err(|e| format!("{name}: bad case.toml: {e}"))?;

    // Earlier output that the failing run must not touch.
    let scratch = Scratch::new(None);
    let earlier = scratch.out().join("en/earlier.pdf");
    std::fs::create_dir_all(earlier.parent().unwrap()).unwrap();
    std::fs::write(&earlier, b"%PDF-1.7 earlier output").unwrap();
    copy_over(dir, scratch.root());

    let args: Vec<&str> = case.args.iter().map(String::as_str).collect();
    let run: Run = scratch.run(&args);
    let all = format!("{}{}", run.stdout, run.stderr);
    let mut problems = Vec::new();
    if run.code != 1 {
        problems.push(format!("exit code {} instead of 1", run.code));
    }
    if all.contains("panicked") || all.contains("RUST_BACKTRACE") {
        problems.push("it panicked".to_string());
    }
    for expected in &case.expect {
        if !all.contains(expected.as_str()) {
            problems.push(format!("output lacks {expected:?}"));
        }
    }
    for forbidden in &case.forbid {
        if all.contains(forbidden.as_str()) {
            problems.push(format!("output contains {forbidden:?}"));
        }
    }
    if std::fs::read(&earlier).ok().as_deref() != Some(&b"%PDF-1.7 earlier output"[..]) {
        problems.push("earlier output was changed".to_string());
    }
    if problems.is_empty() { Ok(()) } else { Err(format!("{name}: {}\n--- output ---\n{all}", problems.join("; "))) }
}

fn copy_over(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_name() == "case.toml" {
            continue;
        }
        if entry.file_type().unwrap().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_over(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn every_bad_input_gives_a_clear_error_and_no_panic() {
    let corpus = common::repo().join("tests/corpus");
    let mut dirs: Vec<_> =
        std::fs::read_dir(&corpus).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_dir()).collect();
    dirs.sort();
    assert!(dirs.len() >= 10, "the corpus has only {} cases", dirs.len());
    let failures: Vec<String> = dirs.iter().filter_map(|d| run_case(d).err()).collect();
    assert!(failures.is_empty(), "{} of {} cases failed:\n\n{}", failures.len(), dirs.len(), failures.join("\n\n"));
}
