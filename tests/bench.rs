//! `pocketcard bench` runs from a fresh clone and prints the figures the speed, memory and
//! size goals are read from. (The goals themselves are checked by reading these figures, not by
//! timed tests.)

mod common;

#[test]
fn the_benchmark_prints_every_figure_and_explains_a_missing_typst_cli() {
    let scratch = common::Scratch::new(None);
    let run =
        scratch.run(&["bench", "--runs", "1", "--typst", "/nonexistent/typst", "--python", "/nonexistent/python3"]);
    run.assert_ok();
    let out = &run.stdout;
    // Every card in every locale, as the project has them.
    let (project, _) = pocketcard::model::project::Project::load(&common::repo());
    let project = project.expect("the shipped project loads");
    let documents = format!(
        "{} documents (each card x each locale, PDF + PNG)",
        project.cards.len() * project.localizer.tags().count()
    );
    for figure in [
        documents.as_str(),
        "wall time",
        "median of 1 cold builds",
        "documents per second",
        "peak memory",
        "one card rebuilt",
        "--lang zh-Hans",
        "no-change rebuild",
        "0 documents rebuilt",
        "one-message rebuild",
        "1 document rebuilt",
        "watch save-to-PDF",
        "serve preview",
        "ms median after the first (wallet-rights th, same settings",
        "with the organization's name changed each time",
    ] {
        assert!(out.contains(figure), "no {figure:?} in:\n{out}");
    }
    for card in ["wallet-rights", "wallet-numbers", "plan-at-home", "prepare", "flyer-detention", "flyer-providers"] {
        let line = out
            .lines()
            .find(|l| l.trim_start().starts_with(card))
            .unwrap_or_else(|| panic!("no size for {card}:\n{out}"));
        assert!(line.contains(" KB"), "{line}");
    }
    assert!(out.contains("not found") && out.contains("cargo install typst-cli"), "{out}");
    assert!(out.contains("typst-py: no Python") && out.contains("pip install typst==0.15.0"), "{out}");
    // Every figure is a measurement, not a placeholder.
    let number_after = |label: &str| -> f64 {
        let line = out.lines().find(|l| l.trim_start().starts_with(label)).unwrap_or_else(|| panic!("{label}"));
        line[line.find(label).unwrap() + label.len()..]
            .split_whitespace()
            .next()
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("no number in {line:?}"))
    };
    assert!(number_after("wall time") > 0.0);
    assert!(number_after("peak memory") > 10.0, "a build needs more than 10 MB:\n{out}");
    assert!(number_after("one card rebuilt") > 0.0);
    assert!(number_after("no-change rebuild") > 0.0);
    assert!(number_after("one-message rebuild") > 0.0);
    assert!(number_after("watch save-to-PDF") > 0.0);
    // A preview answered over HTTP takes some time, and is measured, not assumed.
    assert!(number_after("serve preview") > 0.0, "{out}");
    // Piped output has no progress bar.
    assert!(!run.stderr.contains("documents ("), "{}", run.stderr);
}

/// Builds `card` in `lang` in this process (through the library, as `pocketcard build` does) and
/// returns the font files whose faces were parsed.
fn fonts_parsed_by(card: &str, lang: &str) -> Vec<String> {
    let scratch = common::Scratch::new(None);
    let paths =
        pocketcard::rendering::session::ProjectPaths { root: scratch.root().to_path_buf(), font_paths: Vec::new() };
    let request = pocketcard::commands::build::BuildRequest {
        cards: vec![card.to_string()],
        langs: vec![lang.to_string()],
        officer_lang: "en".to_string(),
        out: Some(scratch.out().to_path_buf()),
        ..Default::default()
    };
    let (session, problems) = pocketcard::rendering::session::Session::open(&paths, false);
    assert!(problems.is_empty(), "{problems:?}");
    let session = session.expect("the project opens");
    let plan = pocketcard::commands::build::BuildPlan::new(&request, &session).unwrap_or_else(|e| panic!("{e:?}"));
    let report = pocketcard::commands::build::run(&plan, &session);
    assert!(!report.written.is_empty(), "nothing written: {:?}", report.diagnostics);
    let mut files: Vec<String> =
        session.fonts.parsed_files().iter().map(|p| p.file_name().unwrap().to_string_lossy().into_owned()).collect();
    files.dedup();
    files
}

#[test]
fn fonts_are_parsed_only_when_a_document_uses_them() {
    // The CJK collections are the largest files; an English build must not parse them.
    let english = fonts_parsed_by("wallet-rights", "en");
    assert!(english.iter().any(|f| f.starts_with("NotoSans-")), "{english:?}");
    assert!(!english.iter().any(|f| f.contains("CJK") || f.contains("Thai") || f.contains("Arabic")), "{english:?}");
    let chinese = fonts_parsed_by("wallet-rights", "zh-Hans");
    assert!(chinese.iter().any(|f| f.contains("CJK")), "{chinese:?}");
}

#[test]
fn a_failing_build_gives_no_figures_and_says_why() {
    // The pseudolocale is 40% longer than English: the wallet card overflows, so the build fails.
    let scratch = common::Scratch::new(None);
    let run = scratch.run(&["bench", "--runs", "1", "--no-cli", "--card", "wallet-rights", "--lang", "qps"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(run.stdout.contains("no figures"), "{}", run.stdout);
    assert!(run.stdout.contains("does not fit"), "the build's own error is shown: {}", run.stdout);
    assert!(!run.stdout.contains("wall time"), "{}", run.stdout);
}

#[test]
fn jobs_below_one_is_a_usage_error_before_anything_runs() {
    let scratch = common::Scratch::new(None);
    for args in
        [&["bench", "--no-cli", "--runs", "1", "--jobs", "0"][..], &["build", "--jobs", "0"], &["watch", "--jobs", "0"]]
    {
        let command = args[0];
        let run = scratch.run(args);
        assert_eq!(run.code, 2, "{command} --jobs 0: {}{}", run.stdout, run.stderr);
        assert!(run.stderr.contains("--jobs"), "{command}: {}", run.stderr);
        assert!(run.stdout.is_empty(), "{command} ran before refusing: {}", run.stdout);
    }
    assert!(!scratch.out().exists(), "something was built");
}

#[test]
fn the_typst_cli_comparison_gets_the_same_font_folders_as_the_builds() {
    // A stand-in for the typst CLI that records how it was called.
    let scratch = common::Scratch::new(None);
    let log = scratch.root().join("typst-calls.log");
    scratch.write(
        "fake-typst",
        &format!("#!/bin/sh\n[ \"$1\" = --version ] && exit 0\necho \"$@\" >> '{}'\nexit 0\n", log.display()),
    );
    let fake = scratch.root().join("fake-typst");
    std::fs::set_permissions(&fake, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    std::fs::create_dir(scratch.root().join("more-fonts")).unwrap();
    let more = scratch.root().join("more-fonts").display().to_string();
    let typst = fake.display().to_string();
    let args = [
        "bench",
        "--runs",
        "1",
        "--card",
        "wallet-numbers",
        "--lang",
        "en",
        "--typst",
        &typst,
        "--font-path",
        &more,
        "--python",
        "/nonexistent/python3",
    ];
    let run = scratch.run(&args);
    run.assert_ok();
    let calls = std::fs::read_to_string(&log).expect("the typst CLI was run");
    let compiles: Vec<&str> = calls.lines().filter(|l| l.starts_with("compile")).collect();
    // One PDF and one PNG compile, one after the other and then in parallel.
    assert_eq!(compiles.len(), 4, "one PDF and one PNG compile per run of the CLI: {calls}");
    for call in compiles {
        assert!(call.contains(&format!("--font-path {more}")), "the CLI was not given --font-path: {call}");
    }
}
