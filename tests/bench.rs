//! `pocketcard bench` runs from a fresh clone and prints the figures the speed, memory and
//! size goals are read from. (The goals themselves are checked by reading these figures, not by
//! timed tests.)

mod common;

#[test]
fn the_benchmark_prints_every_figure_and_explains_a_missing_typst_cli() {
    let scratch = common::Scratch::new(None);
    let run = scratch.run(&["bench", "--runs", "1", "--typst", "/nonexistent/typst"]);
    run.assert_ok();
    let out = &run.stdout;
    for figure in [
        "55 documents (each card x each locale, PDF + PNG)",
        "wall time",
        "median of 1 builds",
        "documents per second",
        "peak memory",
        "one card rebuilt",
        "--lang zh-Hans",
    ] {
        assert!(out.contains(figure), "no {figure:?} in:\n{out}");
    }
    for card in ["wallet-rights", "wallet-numbers", "prepare", "flyer-detention", "flyer-providers"] {
        let line = out
            .lines()
            .find(|l| l.trim_start().starts_with(card))
            .unwrap_or_else(|| panic!("no size for {card}:\n{out}"));
        assert!(line.contains(" KB"), "{line}");
    }
    assert!(out.contains("not found") && out.contains("cargo install typst-cli"), "{out}");
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
    // Piped output has no progress bar.
    assert!(!run.stderr.contains("documents ("), "{}", run.stderr);
}
