//! `pocketcard bench`: renders the whole matrix (every card in every locale, PDF and PNG) and
//! prints the figures the project's speed and size goals are checked against, beside the same
//! matrix rendered by the `typst` command-line compiler once per document, when it is installed.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use crate::args::Selection;
use crate::build::{self, BuildPlan};
use crate::compile::{self, Format};
use crate::project::Project;
use crate::resolve::{self, ResolveOptions};
use crate::session::Session;

/// What one benchmark run measured.
pub struct BenchReport {
    pub documents: usize,
    pub wall: Duration,
    /// Peak resident memory of this process, in bytes (Linux `VmHWM`).
    pub peak_memory: Option<u64>,
    /// Per card: (largest PDF, its locale, mean PDF size) in bytes.
    pub pdf_sizes: Vec<(String, u64, String, u64)>,
    /// The same documents through the typst CLI, one process per document, when available.
    pub typst_cli: Result<Duration, String>,
    pub errors: usize,
}

/// Renders the matrix into `out` with `jobs` threads, then (unless `skip_cli`) runs the typst CLI
/// over the same documents.
pub fn run(
    session: &Session,
    selection: &Selection,
    out: &Path,
    jobs: usize,
    typst: &Path,
    skip_cli: bool,
) -> BenchReport {
    let project = &session.project;
    let pick = |given: &[String], all: Vec<String>| if given.is_empty() { all } else { given.to_vec() };
    let plan = BuildPlan {
        options: ResolveOptions::default(),
        force: false,
        phone: false,
        sheets: Vec::new(),
        calibrate: false,
        cards: pick(&selection.cards, project.cards.keys().cloned().collect()),
        langs: pick(&selection.langs, project.localizer.tags().map(String::from).collect()),
        officer_lang: selection.officer_lang.clone(),
        formats: vec![Format::Pdf, Format::Png],
        out: out.to_path_buf(),
        jobs,
    };
    let documents = plan.cards.len() * plan.langs.len();
    let start = Instant::now();
    let result = build::run(&plan, session);
    let wall = start.elapsed();
    let errors = result.diagnostics.iter().filter(|d| d.is_error()).count();

    let mut pdf_sizes = Vec::new();
    for card in &plan.cards {
        let sizes: Vec<(u64, &String)> = plan
            .langs
            .iter()
            .filter_map(|lang| {
                std::fs::metadata(out.join(lang).join(format!("{card}.pdf"))).ok().map(|m| (m.len(), lang))
            })
            .collect();
        if let Some((max, lang)) = sizes.iter().max() {
            let mean = sizes.iter().map(|(s, _)| s).sum::<u64>() / sizes.len() as u64;
            pdf_sizes.push((card.clone(), *max, (*lang).clone(), mean));
        }
    }
    let peak_memory = peak_memory();
    let typst_cli =
        if skip_cli { Err("skipped (--no-cli)".to_string()) } else { typst_cli_loop(project, &plan, typst) };
    BenchReport { documents, wall, peak_memory, pdf_sizes, typst_cli, errors }
}

impl BenchReport {
    /// The figures as the benchmark prints them.
    pub fn render(&self) -> String {
        let mut s = String::new();
        let secs = self.wall.as_secs_f64();
        let _ = writeln!(s, "pocketcard bench: {} documents (each card x each locale, PDF + PNG)", self.documents);
        let _ = writeln!(s, "  wall time            {secs:.2} s");
        let _ = writeln!(s, "  documents per second {:.1}", self.documents as f64 / secs);
        match self.peak_memory {
            Some(bytes) => {
                let _ = writeln!(s, "  peak memory          {:.0} MB", bytes as f64 / 1e6);
            }
            None => {
                let _ = writeln!(s, "  peak memory          unknown (no /proc/self/status)");
            }
        }
        let _ = writeln!(s, "  PDF sizes (largest, its locale, mean):");
        for (card, max, lang, mean) in &self.pdf_sizes {
            let _ = writeln!(
                s,
                "    {card:<18} {:>6.1} KB ({lang:<7}) mean {:>6.1} KB",
                *max as f64 / 1e3,
                *mean as f64 / 1e3
            );
        }
        match &self.typst_cli {
            Ok(cli) => {
                let _ = writeln!(
                    s,
                    "  typst CLI, one process per document: {:.2} s; pocketcard is {:.1}x faster",
                    cli.as_secs_f64(),
                    cli.as_secs_f64() / secs
                );
            }
            Err(why) => {
                let _ = writeln!(s, "  typst CLI: {why}");
            }
        }
        if self.errors > 0 {
            let _ = writeln!(s, "  {} documents failed; the figures are incomplete", self.errors);
        }
        s
    }
}

/// Peak resident set size of this process.
fn peak_memory() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// Renders every document of `plan` with the typst CLI, one process for the PDF and one for
/// the PNGs of each, as a shell loop would: same layouts, same fonts, same data.
fn typst_cli_loop(project: &Project, plan: &BuildPlan, typst: &Path) -> Result<Duration, String> {
    let version = Command::new(typst).arg("--version").output();
    if !version.as_ref().is_ok_and(|o| o.status.success()) {
        return Err(format!(
            "not found ({}); install it with `cargo install typst-cli --locked` (or put it on PATH, or pass --typst PATH) to compare",
            typst.display()
        ));
    }
    let work = tempfile::tempdir().map_err(|e| format!("cannot make a temporary folder: {e}"))?;
    let mut total = Duration::ZERO;
    for card_id in &plan.cards {
        let card = &project.cards[card_id];
        for lang in &plan.langs {
            // Each document gets its own copy of cards/ with its data written as real files,
            // which is what a user driving the CLI would have to do.
            let dir = work.path().join(format!("{card_id}-{lang}"));
            copy_dir(&project.cards_dir(), &dir).map_err(|e| format!("cannot copy cards/: {e}"))?;
            let resolved = resolve::resolve(project, card, lang, &plan.officer_lang, &ResolveOptions::default())
                .map_err(|_| format!("cannot resolve {card_id} ({lang})"))?;
            for (path, bytes) in &resolved.files {
                let target = dir.join(path.trim_start_matches('/'));
                std::fs::create_dir_all(target.parent().unwrap_or(&dir)).map_err(|e| e.to_string())?;
                std::fs::write(&target, bytes.as_slice()).map_err(|e| e.to_string())?;
            }
            // The same resolutions pocketcard renders at: 300 dpi for cards, 150 for flyers.
            let dpi = if card.size == crate::card::CardSize::Paper { compile::FLYER_PNG_DPI } else { compile::PNG_DPI };
            let ppi = dpi.to_string();
            for output in ["out.pdf", "out-{p}.png"] {
                let start = Instant::now();
                let status = Command::new(typst)
                    .arg("compile")
                    .arg("--root")
                    .arg(&dir)
                    .arg("--font-path")
                    .arg(project.root.join("fonts"))
                    .arg("--ignore-system-fonts")
                    .args(if output.ends_with(".png") { vec!["--ppi", ppi.as_str()] } else { Vec::new() })
                    .arg(dir.join(&card.layout))
                    .arg(dir.join(output))
                    .output()
                    .map_err(|e| format!("cannot run typst: {e}"))?;
                total += start.elapsed();
                if !status.status.success() {
                    return Err(format!(
                        "typst failed on {card_id} ({lang}): {}",
                        String::from_utf8_lossy(&status.stderr).lines().next().unwrap_or("")
                    ));
                }
            }
        }
    }
    Ok(total)
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target: PathBuf = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}
