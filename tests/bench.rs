//! `pocketcard bench` runs from a fresh clone and prints the figures the speed, memory and
//! size goals are read from. (The goals themselves are checked by reading these figures, not by
//! timed tests.)

mod common;

#[test]
fn the_benchmark_prints_every_figure_and_explains_a_missing_typst_cli() {
    let scratch = common::Scratch::new(None);
    let run = scratch.run(&["bench", "--typst", "/nonexistent/typst"]);
    run.assert_ok();
    let out = &run.stdout;
    for figure in ["documents (each card x each locale, PDF + PNG)", "wall time", "documents per second", "peak memory"]
    {
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
    // Piped output has no progress bar.
    assert!(!run.stderr.contains("documents ("), "{}", run.stderr);
}
