//! `pocketcard bench`: renders the whole matrix (every card in every locale, PDF and PNG) with
//! `pocketcard build`, as a user runs it, and prints the figures the project's speed and size
//! goals are checked against, beside the same matrix rendered by the `typst` command-line
//! compiler once per document, when it is installed.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use crate::compile;
use crate::plan::Documents;
use crate::project::Project;
use crate::resolve::{self, ResolveOptions};

/// What to render and how often.
pub struct BenchOptions<'a> {
    /// The cards and languages to render.
    pub documents: Documents,
    /// Documents rendered at once.
    pub jobs: usize,
    /// Times each build is timed; medians are reported.
    pub runs: usize,
    /// The typst CLI to compare with.
    pub typst: &'a Path,
    pub skip_cli: bool,
    /// Font folders given besides the project's `fonts/`, passed on to each build.
    pub font_paths: &'a [PathBuf],
}

/// What the benchmark measured.
pub struct BenchReport {
    pub documents: usize,
    /// Wall time of each full build, from process start to exit.
    pub walls: Vec<Duration>,
    /// Peak resident memory of the largest full build, in bytes.
    pub peak_memory: Option<u64>,
    /// The one-document rebuild timed, as (card, locale), and its wall times.
    pub single: Option<(String, String, Vec<Duration>)>,
    /// Per card: (largest PDF, its locale, mean PDF size) in bytes.
    pub pdf_sizes: Vec<(String, u64, String, u64)>,
    /// The same documents through the typst CLI, one process per document, when available.
    pub typst_cli: Result<Duration, String>,
    /// Why a build failed, if one did: then the figures are incomplete.
    pub failure: Option<String>,
    /// `pocketcard serve`'s preview of one wallet card, when it could be timed.
    pub serve: Result<ServeFigures, String>,
}

/// How long `pocketcard serve` takes to answer a preview of one wallet card: the first (cold)
/// request, then the same settings again, then with the organization's name changed each time
/// (as while someone types it).
pub struct ServeFigures {
    pub card: String,
    pub lang: String,
    pub first: Duration,
    pub same: Vec<Duration>,
    pub changed: Vec<Duration>,
}

/// The median of some durations (zero for none).
pub fn median(durations: &[Duration]) -> Duration {
    let mut sorted = durations.to_vec();
    sorted.sort();
    sorted.get(sorted.len() / 2).copied().unwrap_or_default()
}

/// Times `runs` full builds of the matrix, each a fresh `pocketcard build` process (project and
/// fonts loaded, nothing cached), into folders under `out`; then one card in one CJK locale
/// the same way; then (unless `skip_cli`) the same matrix through the typst CLI once.
pub fn run(project: &Project, options: &BenchOptions, out: &Path) -> BenchReport {
    let matrix = Matrix { documents: options.documents.clone(), jobs: options.jobs, out: out.join("matrix") };
    let documents = matrix.documents.len();
    let mut report = BenchReport {
        documents,
        walls: Vec::new(),
        peak_memory: None,
        single: None,
        pdf_sizes: Vec::new(),
        typst_cli: Err("not run".into()),
        failure: None,
        serve: Err("not run".into()),
    };
    let mut matrix_args: Vec<String> = Vec::new();
    for card in &matrix.documents.cards {
        matrix_args.extend(["--card".into(), card.clone()]);
    }
    for lang in &matrix.documents.langs {
        matrix_args.extend(["--lang".into(), lang.clone()]);
    }
    matrix_args.extend([
        "--officer-lang".into(),
        matrix.documents.officer.clone(),
        "--jobs".into(),
        matrix.jobs.to_string(),
    ]);
    let fonts: Vec<String> =
        options.font_paths.iter().flat_map(|dir| ["--font-path".to_string(), dir.display().to_string()]).collect();
    matrix_args.extend(fonts.iter().cloned());
    for _ in 0..options.runs.max(1) {
        match time_build(project, &matrix.out, &matrix_args) {
            Ok(wall) => report.walls.push(wall),
            Err(why) => {
                report.failure = Some(why);
                return report;
            }
        }
    }
    // Measured before any other child runs: the largest of the full builds.
    report.peak_memory = peak_memory_of_children();
    report.pdf_sizes = pdf_sizes(&matrix);

    // A translator's rebuild: a wallet card in Chinese (or another CJK language), whose fonts
    // are the largest to load.
    let card = matrix
        .documents
        .cards
        .iter()
        .find(|id| project.cards.get(*id).is_some_and(|card| card.size == crate::card::CardSize::Cr80))
        .or(matrix.documents.cards.first())
        .cloned();
    let lang = ["zh", "ja", "ko"]
        .iter()
        .find_map(|script| matrix.documents.langs.iter().find(|tag| tag.starts_with(script)))
        .or(matrix.documents.langs.first())
        .cloned();
    if let (Some(card), Some(lang)) = (card, lang) {
        let mut args = vec!["--card".to_string(), card.clone(), "--lang".into(), lang.clone()];
        args.extend(fonts.iter().cloned());
        let mut walls = Vec::new();
        for _ in 0..options.runs.max(1) {
            match time_build(project, &out.join("single"), &args) {
                Ok(wall) => walls.push(wall),
                Err(why) => {
                    report.failure = Some(why);
                    return report;
                }
            }
        }
        report.single = Some((card.clone(), lang.clone(), walls));
        // Previews in the locale asked for first, Thai by default: a complex script.
        let preview_lang = matrix.documents.langs.iter().find(|l| *l == "th").unwrap_or(&lang).clone();
        let preview_card = matrix.documents.cards.iter().find(|c| *c == "wallet-rights").unwrap_or(&card).clone();
        report.serve = time_serve_preview(project, &preview_card, &preview_lang, &fonts, 10);
    }
    report.typst_cli = if options.skip_cli {
        Err("skipped (--no-cli)".to_string())
    } else {
        typst_cli_loop(project, &matrix, options.typst, options.font_paths)
    };
    report
}

/// Runs `pocketcard build` (this very program) on the project into `out` and returns its wall
/// time from process start to exit.
fn time_build(project: &Project, out: &Path, args: &[String]) -> Result<Duration, String> {
    let exe = std::env::current_exe().map_err(|e| format!("cannot find this program to run it: {e}"))?;
    let start = Instant::now();
    let output = Command::new(exe)
        .arg("build")
        .arg("--root")
        .arg(&project.root)
        .arg("--out")
        .arg(out)
        .args(args)
        .output()
        .map_err(|e| format!("cannot run pocketcard build: {e}"))?;
    let wall = start.elapsed();
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        // The first error says what went wrong; the last line only counts the errors.
        let first_error = stderr.lines().find(|l| l.starts_with("error"));
        let why = first_error.or(stderr.lines().rev().find(|l| !l.trim().is_empty())).unwrap_or("");
        return Err(format!("`pocketcard build {}` failed: {why}", args.join(" ")));
    }
    Ok(wall)
}

/// Starts `pocketcard serve` (this very program) on the project and times its answers to
/// previews of `card` in `lang` over HTTP, as the page asks for them.
fn time_serve_preview(
    project: &Project,
    card: &str,
    lang: &str,
    fonts: &[String],
    times: usize,
) -> Result<ServeFigures, String> {
    use std::io::{BufRead as _, Read as _, Write as _};
    let exe = std::env::current_exe().map_err(|e| format!("cannot find this program to run it: {e}"))?;
    let mut child = Command::new(exe)
        .args(["serve", "--port", "0", "--root"])
        .arg(&project.root)
        .args(fonts)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot run pocketcard serve: {e}"))?;
    let mut line = String::new();
    if let Some(stdout) = child.stdout.take() {
        let _ = std::io::BufReader::new(stdout).read_line(&mut line);
    }
    let address = line.trim().strip_prefix("serving http://").map(|a| a.trim_end_matches('/').to_string());
    let result = (|| {
        let address = address.ok_or_else(|| format!("pocketcard serve did not start (it said {line:?})"))?;
        let preview = |org: &str| -> Result<Duration, String> {
            let body = serde_json::json!({
                "cards": [card], "langs": [lang],
                "preview": { "card": card, "lang": lang },
                "org": { "name": org },
            })
            .to_string();
            let start = Instant::now();
            let mut stream =
                std::net::TcpStream::connect(&address).map_err(|e| format!("cannot reach pocketcard serve: {e}"))?;
            write!(
                stream,
                "POST /api/preview HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            )
            .map_err(|e| e.to_string())?;
            let mut answer = Vec::new();
            stream.read_to_end(&mut answer).map_err(|e| e.to_string())?;
            let elapsed = start.elapsed();
            if !answer.starts_with(b"HTTP/1.1 200") {
                let head = String::from_utf8_lossy(&answer[..answer.len().min(300)]).into_owned();
                return Err(format!("the preview of {card} ({lang}) failed: {head}"));
            }
            Ok(elapsed)
        };
        let first = preview("")?;
        let same = (0..times).map(|_| preview("")).collect::<Result<Vec<_>, _>>()?;
        let changed = (0..times).map(|i| preview(&format!("Collective {i}"))).collect::<Result<Vec<_>, _>>()?;
        Ok(ServeFigures { card: card.to_string(), lang: lang.to_string(), first, same, changed })
    })();
    let _ = child.kill();
    let _ = child.wait();
    result
}

/// Per card: its largest PDF (with the locale) and the mean size over the locales.
fn pdf_sizes(matrix: &Matrix) -> Vec<(String, u64, String, u64)> {
    let mut sizes_by_card = Vec::new();
    for card in &matrix.documents.cards {
        let sizes: Vec<(u64, &String)> = matrix
            .documents
            .langs
            .iter()
            .filter_map(|lang| {
                std::fs::metadata(matrix.out.join(lang).join(format!("{card}.pdf"))).ok().map(|m| (m.len(), lang))
            })
            .collect();
        if let Some((max, lang)) = sizes.iter().max() {
            let mean = sizes.iter().map(|(s, _)| s).sum::<u64>() / sizes.len() as u64;
            sizes_by_card.push((card.clone(), *max, (*lang).clone(), mean));
        }
    }
    sizes_by_card
}

/// The documents a benchmark renders: every selected card in every selected locale.
struct Matrix {
    documents: Documents,
    jobs: usize,
    /// Where the timed builds write.
    out: PathBuf,
}

impl BenchReport {
    /// The figures as the benchmark prints them.
    pub fn render(&self) -> String {
        let mut s = String::new();
        let wall = median(&self.walls).as_secs_f64();
        let seconds = |walls: &[Duration]| {
            let mut all: Vec<Duration> = walls.to_vec();
            all.sort();
            all.iter().map(|w| format!("{:.2}", w.as_secs_f64())).collect::<Vec<_>>().join(", ")
        };
        let _ = writeln!(s, "pocketcard bench: {} documents (each card x each locale, PDF + PNG)", self.documents);
        if self.walls.is_empty() {
            let why = self.failure.as_deref().unwrap_or("no build was run");
            let _ = writeln!(s, "  no figures: {why}");
            return s;
        }
        let _ = writeln!(
            s,
            "  wall time            {wall:.2} s (median of {} builds, each `pocketcard build` from process start: {} s)",
            self.walls.len(),
            seconds(&self.walls)
        );
        if wall > 0.0 {
            let _ = writeln!(s, "  documents per second {:.1}", self.documents as f64 / wall);
        }
        match self.peak_memory {
            Some(bytes) => {
                let _ = writeln!(s, "  peak memory          {:.0} MB (largest full build)", bytes as f64 / 1e6);
            }
            None => {
                let _ = writeln!(s, "  peak memory          unknown on this system");
            }
        }
        if let Some((card, lang, walls)) = &self.single {
            let _ = writeln!(
                s,
                "  one card rebuilt     {:.2} s (--card {card} --lang {lang}, median of {}: {} s)",
                median(walls).as_secs_f64(),
                walls.len(),
                seconds(walls)
            );
        }
        match &self.serve {
            Ok(serve) => {
                let ms = |d: Duration| d.as_secs_f64() * 1000.0;
                let _ = writeln!(
                    s,
                    "  serve preview        {:.0} ms median after the first ({} {}, same settings; first {:.0} ms); \
                     {:.0} ms median with the organization's name changed each time (goal: under 150 ms)",
                    ms(median(&serve.same)),
                    serve.card,
                    serve.lang,
                    ms(serve.first),
                    ms(median(&serve.changed))
                );
            }
            Err(why) => {
                let _ = writeln!(s, "  serve preview        not timed: {why}");
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
            Ok(cli) if wall > 0.0 => {
                let _ = writeln!(
                    s,
                    "  typst CLI, one process per document: {:.2} s; pocketcard is {:.1}x faster",
                    cli.as_secs_f64(),
                    cli.as_secs_f64() / wall
                );
            }
            Ok(_) => {}
            Err(why) => {
                let _ = writeln!(s, "  typst CLI: {why}");
            }
        }
        if let Some(why) = &self.failure {
            let _ = writeln!(s, "  a build failed, so the figures are incomplete: {why}");
        }
        s
    }
}

/// Peak resident set size of the largest child process waited for so far.
#[cfg(unix)]
fn peak_memory_of_children() -> Option<u64> {
    // SAFETY: getrusage only writes the struct it is given.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let status = unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) };
    // Linux reports ru_maxrss in kilobytes.
    (status == 0 && usage.ru_maxrss > 0).then(|| usage.ru_maxrss as u64 * 1024)
}

#[cfg(not(unix))]
fn peak_memory_of_children() -> Option<u64> {
    None
}

/// Renders every document of `matrix` with the typst CLI, one process for the PDF and one for
/// the PNGs of each, as a shell loop would: same layouts, same fonts (the project's and
/// `font_paths`), same data.
fn typst_cli_loop(
    project: &Project,
    matrix: &Matrix,
    typst: &Path,
    font_paths: &[PathBuf],
) -> Result<Duration, String> {
    let version = Command::new(typst).arg("--version").output();
    if !version.as_ref().is_ok_and(|o| o.status.success()) {
        return Err(format!(
            "not found ({}); install it with `cargo install typst-cli --locked` (or put it on PATH, or pass --typst PATH) to compare",
            typst.display()
        ));
    }
    let work = tempfile::tempdir().map_err(|e| format!("cannot make a temporary folder: {e}"))?;
    let mut total = Duration::ZERO;
    for card_id in &matrix.documents.cards {
        let card = &project.cards[card_id];
        for lang in &matrix.documents.langs {
            // Each document gets its own copy of cards/ with its data written as real files,
            // which is what a user driving the CLI would have to do.
            let dir = work.path().join(format!("{card_id}-{lang}"));
            copy_dir(&project.cards_dir(), &dir).map_err(|e| format!("cannot copy cards/: {e}"))?;
            let resolved = resolve::resolve(project, card, lang, &matrix.documents.officer, &ResolveOptions::default())
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
                    // The folders given with --font-path, as each `pocketcard build` gets them.
                    .args(font_paths.iter().flat_map(|dir| [std::ffi::OsStr::new("--font-path"), dir.as_os_str()]))
                    .arg("--ignore-system-fonts")
                    // The same output as pocketcard's: PNGs at its resolutions, PDFs tagged
                    // PDF/UA-1.
                    .args(if output.ends_with(".png") {
                        vec!["--ppi", ppi.as_str()]
                    } else {
                        vec!["--pdf-standard", "ua-1"]
                    })
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
