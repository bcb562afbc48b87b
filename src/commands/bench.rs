//! `pocketcard bench`: renders the whole matrix (every card in every locale, PDF and PNG) with
//! `pocketcard build`, as a user runs it, and prints the figures the project's speed and size
//! goals are checked against: a cold build, a rebuild with nothing changed, a rebuild after one
//! message changed, one card from process start, and `watch` from a saved file to the new PDF;
//! then the same documents through the peers a user could pick instead (the `typst` CLI one
//! process per document and one per core, typst-py in-process with one worker per core), each
//! skipped with the reason when it is not installed.
//!
//! Every build runs on a scratch copy of the project (its fonts linked), so that the edits the
//! benchmark makes to a message never touch the project itself.

use std::fmt::Write as _;
use std::io::{BufRead as _, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use crate::model::card::CardSize;
use crate::model::plan::Documents;
use crate::model::project::Project;
use crate::rendering::compile;
use crate::rendering::resolve::{self, ResolveOptions};

/// The typst-py peer: one `typst.Compiler` per worker process, kept in the repository and
/// written beside the benchmark's other temporary files when it runs.
const TYPST_PY: &str = include_str!("../../bench/typst_py.py");

/// What to render and how often.
pub(crate) struct BenchOptions<'a> {
    /// The cards and languages to render.
    pub documents: Documents,
    /// Documents rendered at once.
    pub jobs: usize,
    /// Times each build is timed; medians are reported.
    pub runs: usize,
    /// The typst CLI to compare with.
    pub typst: &'a Path,
    pub skip_cli: bool,
    /// The Python interpreter to run typst-py with.
    pub python: &'a Path,
    /// Font folders given besides the project's `fonts/`, passed on to each build.
    pub font_paths: &'a [PathBuf],
}

/// Wall times of one kind of run, with what the last one's summary said.
pub(crate) struct Timed {
    pub walls: Vec<Duration>,
    /// The last run's "(N documents rebuilt, M up to date)", when it printed one.
    pub counts: String,
}

/// What the benchmark measured.
pub(crate) struct BenchReport {
    pub documents: usize,
    /// Wall time of each cold full build (empty output folder), from process start to exit.
    pub walls: Vec<Duration>,
    /// Peak resident memory of the largest full build, in bytes.
    pub peak_memory: Option<u64>,
    /// Full builds again with nothing changed.
    pub no_change: Option<Timed>,
    /// Full builds after one message of one locale changed: (message, locale, runs).
    pub one_message: Result<(String, String, Timed), String>,
    /// The one-document rebuild timed, as (card, locale), and its wall times.
    pub single: Option<(String, String, Vec<Duration>)>,
    /// `watch` from a saved `.ftl` to the new PDF on disk: (card, locale, times).
    pub watch: Result<(String, String, Vec<Duration>), String>,
    /// Per card: (largest PDF, its locale, mean PDF size) in bytes.
    pub pdf_sizes: Vec<(String, u64, String, u64)>,
    /// The same documents through the typst CLI, one process per document, one at a time.
    pub typst_cli: Result<Duration, String>,
    /// The same, one process per core at a time (as `xargs -P` runs them).
    pub typst_cli_parallel: Result<Duration, String>,
    /// The same documents through typst-py, one worker process per core: (version, full
    /// matrix, one card from process start).
    pub typst_py: Result<(String, Duration, Duration), String>,
    /// Why a build failed, if one did: then the figures are incomplete.
    pub failure: Option<String>,
    /// `pocketcard serve`'s preview of one wallet card, when it could be timed.
    pub serve: Result<ServeFigures, String>,
}

/// How long `pocketcard serve` takes to answer a preview of one wallet card: the first (cold)
/// request, then the same settings again, then with the organization's name changed each time
/// (as while someone types it).
pub(crate) struct ServeFigures {
    pub card: String,
    pub lang: String,
    pub first: Duration,
    pub same: Vec<Duration>,
    pub changed: Vec<Duration>,
}

/// The median of some durations (zero for none).
pub(crate) fn median(durations: &[Duration]) -> Duration {
    let mut sorted = durations.to_vec();
    sorted.sort();
    sorted.get(sorted.len() / 2).copied().unwrap_or_default()
}

/// Runs the whole benchmark in `out` (a scratch folder): see the module's documentation.
pub(crate) fn run(project: &Project, options: &BenchOptions, out: &Path) -> BenchReport {
    let mut report = BenchReport {
        documents: options.documents.len(),
        walls: Vec::new(),
        peak_memory: None,
        no_change: None,
        one_message: Err("not run".into()),
        single: None,
        watch: Err("not run".into()),
        pdf_sizes: Vec::new(),
        typst_cli: Err("not run".into()),
        typst_cli_parallel: Err("not run".into()),
        typst_py: Err("not run".into()),
        failure: None,
        serve: Err("not run".into()),
    };
    let root = out.join("project");
    if let Err(err) = scratch_copy(&project.root, &root) {
        report.failure = Some(format!("cannot copy the project to a scratch folder: {err}"));
        return report;
    }
    let matrix = Matrix { documents: options.documents.clone(), jobs: options.jobs, out: out.join("matrix") };
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
    let runs = options.runs.max(1);

    // Cold: each build into an empty folder, so that nothing is up to date.
    for _ in 0..runs {
        let _ = std::fs::remove_dir_all(&matrix.out);
        match time_build(&root, &matrix.out, &matrix_args) {
            Ok((wall, _)) => report.walls.push(wall),
            Err(why) => {
                report.failure = Some(why);
                return report;
            }
        }
    }
    // Measured before any other child runs: the largest of the full builds.
    report.peak_memory = peak_memory_of_children();
    report.pdf_sizes = pdf_sizes(&matrix);

    // Nothing changed: every document is up to date.
    match time_runs(runs, || time_build(&root, &matrix.out, &matrix_args)) {
        Ok(timed) => report.no_change = Some(timed),
        Err(why) => {
            report.failure = Some(why);
            return report;
        }
    }

    // A translator's edit: one message of a wallet card in one locale other than English.
    let card = matrix
        .documents
        .cards
        .iter()
        .find(|id| project.cards.get(*id).is_some_and(|card| card.size == CardSize::Cr80))
        .or(matrix.documents.cards.first())
        .cloned();
    let edited_lang = matrix
        .documents
        .langs
        .iter()
        .find(|tag| *tag != crate::model::locale::FALLBACK && **tag != matrix.documents.officer && *tag != "qps")
        .or(matrix.documents.langs.first())
        .cloned();
    let edit = match (&card, &edited_lang) {
        (Some(card), Some(lang)) => MessageEdit::find(project, &root, card, lang),
        _ => Err("no card or locale selected".into()),
    };
    report.one_message = edit.as_ref().map_err(Clone::clone).and_then(|edit| {
        let timed = time_runs(runs, || {
            edit.apply()?;
            time_build(&root, &matrix.out, &matrix_args)
        })?;
        Ok((edit.id.clone(), edit.lang.clone(), timed))
    });

    // One card from process start: a wallet card in Chinese (or another CJK language), whose
    // fonts are the largest to load, rendered again each time.
    let cjk = ["zh", "ja", "ko"]
        .iter()
        .find_map(|script| matrix.documents.langs.iter().find(|tag| tag.starts_with(script)))
        .or(matrix.documents.langs.first())
        .cloned();
    if let (Some(card), Some(lang)) = (card.clone(), cjk) {
        let mut args =
            vec!["--card".to_string(), card.clone(), "--lang".into(), lang.clone(), "--force-rebuild".into()];
        args.extend(fonts.iter().cloned());
        match time_runs(runs, || time_build(&root, &out.join("single"), &args)) {
            Ok(timed) => {
                // Previews in the locale asked for first, Thai by default: a complex script.
                let preview_lang = matrix.documents.langs.iter().find(|l| *l == "th").unwrap_or(&lang).clone();
                let preview_card =
                    matrix.documents.cards.iter().find(|c| *c == "wallet-rights").unwrap_or(&card).clone();
                report.serve = time_serve_preview(project, &preview_card, &preview_lang, &fonts, 10);
                report.single = Some((card, lang, timed.walls));
            }
            Err(why) => {
                report.failure = Some(why);
                return report;
            }
        }
    }

    report.watch = match (&card, &edit) {
        (Some(card), Ok(edit)) => time_watch(&root, &out.join("watch"), card, edit, runs.max(5), &fonts)
            .map(|walls| (card.clone(), edit.lang.clone(), walls)),
        (_, Err(why)) => Err(why.clone()),
        (None, _) => Err("no card selected".into()),
    };

    // The peers, on the same documents: the original project's text, not the edited copy.
    let peers = out.join("peers");
    let inputs = match peer_inputs(project, &matrix, &peers) {
        Ok(inputs) => inputs,
        Err(why) => {
            report.typst_cli = Err(why.clone());
            report.typst_cli_parallel = Err(why.clone());
            report.typst_py = Err(why);
            return report;
        }
    };
    let mut font_dirs = vec![project.root.join("fonts")];
    font_dirs.extend(options.font_paths.iter().cloned());
    if options.skip_cli {
        report.typst_cli = Err("skipped (--no-cli)".to_string());
        report.typst_cli_parallel = Err("skipped (--no-cli)".to_string());
    } else if let Err(why) = typst_cli_available(options.typst) {
        report.typst_cli = Err(why.clone());
        report.typst_cli_parallel = Err(why);
    } else {
        report.typst_cli = typst_cli_run(&inputs, options.typst, &font_dirs, 1);
        report.typst_cli_parallel = typst_cli_run(&inputs, options.typst, &font_dirs, options.jobs);
    }
    report.typst_py = typst_py_run(&inputs, options.python, &font_dirs, options.jobs, &peers, card.as_deref());
    report
}

/// Copies the project's own files into `to`, linking its fonts.
fn scratch_copy(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for name in [crate::model::project::PROJECT_FILE, "contacts.toml"] {
        if from.join(name).is_file() {
            std::fs::copy(from.join(name), to.join(name))?;
        }
    }
    for dir in ["cards", "locales"] {
        copy_dir(&from.join(dir), &to.join(dir))?;
    }
    let fonts = from.join("fonts").canonicalize()?;
    std::os::unix::fs::symlink(fonts, to.join("fonts"))
}

/// Times `runs` runs of `once`, keeping the last one's counts.
fn time_runs(runs: usize, mut once: impl FnMut() -> Result<(Duration, String), String>) -> Result<Timed, String> {
    let mut timed = Timed { walls: Vec::new(), counts: String::new() };
    for _ in 0..runs {
        let (wall, counts) = once()?;
        timed.walls.push(wall);
        timed.counts = counts;
    }
    Ok(timed)
}

/// Runs `pocketcard build` (this very program) on the project in `root` into `out` and
/// returns its wall time from process start to exit, with the counts its summary line gave.
fn time_build(root: &Path, out: &Path, args: &[String]) -> Result<(Duration, String), String> {
    let exe = std::env::current_exe().map_err(|e| format!("cannot find this program to run it: {e}"))?;
    let start = Instant::now();
    let output = Command::new(exe)
        .arg("build")
        .arg("--root")
        .arg(root)
        .arg("--out")
        .arg(out)
        .args(args)
        .output()
        .map_err(|e| format!("cannot run pocketcard build: {e}"))?;
    let wall = start.elapsed();
    let stderr = String::from_utf8_lossy(&output.stderr);
    if !output.status.success() {
        // The first error says what went wrong; the last line only counts the errors.
        let first_error = stderr.lines().find(|l| l.starts_with("error"));
        let why = first_error.or(stderr.lines().rev().find(|l| !l.trim().is_empty())).unwrap_or("");
        return Err(format!("`pocketcard build {}` failed: {why}", args.join(" ")));
    }
    let summary = stderr.lines().rev().find(|l| l.starts_with("wrote ")).unwrap_or("");
    let counts = summary.split_once('(').and_then(|(_, r)| r.split_once(')')).map(|(c, _)| c.to_string());
    Ok((wall, counts.unwrap_or_default()))
}

/// A message of a card in one locale that the benchmark edits, in its scratch copy.
struct MessageEdit {
    id: String,
    lang: String,
    file: PathBuf,
}

impl MessageEdit {
    /// The first section message of `card` that `lang` translates on a line of its own
    /// (`id = text`), in the scratch project `root`.
    fn find(project: &Project, root: &Path, card: &str, lang: &str) -> Result<MessageEdit, String> {
        let card = project.cards.get(card).ok_or_else(|| format!("no card {card}"))?;
        let dir = root.join("locales").join(lang);
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .collect();
        files.sort();
        for section in &card.sections {
            let prefix = format!("{} =", section.message);
            for file in &files {
                let text = std::fs::read_to_string(file).unwrap_or_default();
                let found =
                    text.lines().any(|l| l.starts_with(&prefix) && l[prefix.len()..].trim().chars().count() > 8);
                if found {
                    return Ok(MessageEdit { id: section.message.clone(), lang: lang.to_string(), file: file.clone() });
                }
            }
        }
        Err(format!("no message of card {} is translated on one line in locale {lang}", card.id))
    }

    /// Changes the message's text: its last letter outside a placeable (`{ ... }`) is dropped,
    /// so that it still parses and always fits.
    fn apply(&self) -> Result<(), String> {
        let text = std::fs::read_to_string(&self.file).map_err(|e| e.to_string())?;
        let prefix = format!("{} =", self.id);
        let edited: Vec<String> = text
            .lines()
            .map(|line| {
                if line.starts_with(&prefix) {
                    let mut chars: Vec<char> = line.chars().collect();
                    let mut depth = 0usize;
                    let mut last_letter = None;
                    for (i, c) in chars.iter().enumerate().skip(prefix.chars().count()) {
                        match c {
                            '{' => depth += 1,
                            '}' => depth = depth.saturating_sub(1),
                            c if depth == 0 && c.is_alphabetic() => last_letter = Some(i),
                            _ => {}
                        }
                    }
                    if let Some(i) = last_letter {
                        chars.remove(i);
                    }
                    chars.into_iter().collect()
                } else {
                    line.to_string()
                }
            })
            .collect();
        std::fs::write(&self.file, edited.join("\n") + "\n").map_err(|e| e.to_string())
    }
}

/// Starts `pocketcard watch` for one card in the edited locale and times, `runs` times, how
/// long after the message is saved the new PDF is on disk.
fn time_watch(
    root: &Path,
    out: &Path,
    card: &str,
    edit: &MessageEdit,
    runs: usize,
    fonts: &[String],
) -> Result<Vec<Duration>, String> {
    let exe = std::env::current_exe().map_err(|e| format!("cannot find this program to run it: {e}"))?;
    let mut child = Command::new(exe)
        .arg("watch")
        .arg("--root")
        .arg(root)
        .arg("--out")
        .arg(out)
        .args(["--card", card, "--lang", &edit.lang])
        .args(fonts)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run pocketcard watch: {e}"))?;
    let (tx, lines) = std::sync::mpsc::channel();
    let stderr = child.stderr.take();
    std::thread::spawn(move || {
        for line in stderr.map(BufReader::new).into_iter().flat_map(|r| r.lines().map_while(Result::ok)) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let wait_rebuilt = || -> Result<(), String> {
        loop {
            match lines.recv_timeout(Duration::from_secs(120)) {
                Ok(line) if line.starts_with("rebuilt") => return Ok(()),
                Ok(line) if line.starts_with("error") || line.starts_with("not rebuilt") => {
                    return Err(format!("watch failed: {line}"));
                }
                Ok(_) => {}
                Err(_) => return Err("watch did not answer within 120 s".into()),
            }
        }
    };
    let pdf = out.join(&edit.lang).join(format!("{card}.pdf"));
    let stamp = |path: &Path| {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata(path).ok().map(|m| (m.ino(), m.mtime(), m.mtime_nsec()))
    };
    let result = (|| {
        wait_rebuilt()?;
        let mut walls = Vec::new();
        for _ in 0..runs {
            let before = stamp(&pdf);
            let start = Instant::now();
            edit.apply()?;
            while stamp(&pdf) == before {
                if let Ok(line) = lines.try_recv()
                    && (line.starts_with("error") || line.starts_with("not rebuilt"))
                {
                    return Err(format!("watch failed: {line}"));
                }
                if start.elapsed() > Duration::from_secs(60) {
                    return Err("the PDF did not change within 60 s of the save".to_string());
                }
                std::thread::sleep(Duration::from_micros(500));
            }
            walls.push(start.elapsed());
            wait_rebuilt()?;
            // The file system's events of one save are over before the next.
            std::thread::sleep(Duration::from_millis(200));
        }
        Ok(walls)
    })();
    let _ = child.kill();
    let _ = child.wait();
    result
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
    pub(crate) fn render(&self) -> String {
        let mut s = String::new();
        let wall = median(&self.walls).as_secs_f64();
        let seconds = |walls: &[Duration]| {
            let mut all: Vec<Duration> = walls.to_vec();
            all.sort();
            all.iter().map(|w| format!("{:.3}", w.as_secs_f64())).collect::<Vec<_>>().join(", ")
        };
        let _ = writeln!(s, "pocketcard bench: {} documents (each card x each locale, PDF + PNG)", self.documents);
        if self.walls.is_empty() {
            let why = self.failure.as_deref().unwrap_or("no build was run");
            let _ = writeln!(s, "  no figures: {why}");
            return s;
        }
        let _ = writeln!(
            s,
            "  wall time            {wall:.2} s (median of {} cold builds, each `pocketcard build` from process start into an empty folder: {} s)",
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
        let no_change = self.no_change.as_ref().map(|t| median(&t.walls).as_secs_f64());
        if let Some(timed) = &self.no_change {
            let _ = writeln!(
                s,
                "  no-change rebuild    {:.3} s (the full build again, nothing changed: {}; median of {}: {} s)",
                median(&timed.walls).as_secs_f64(),
                timed.counts,
                timed.walls.len(),
                seconds(&timed.walls)
            );
        }
        let one_message = self.one_message.as_ref().ok().map(|(_, _, t)| median(&t.walls).as_secs_f64());
        match &self.one_message {
            Ok((id, lang, timed)) => {
                let _ = writeln!(
                    s,
                    "  one-message rebuild  {:.3} s (the full build after message {id} changed in {lang}: {}; median of {}: {} s)",
                    median(&timed.walls).as_secs_f64(),
                    timed.counts,
                    timed.walls.len(),
                    seconds(&timed.walls)
                );
            }
            Err(why) => {
                let _ = writeln!(s, "  one-message rebuild  not measured: {why}");
            }
        }
        let single = self.single.as_ref().map(|(_, _, walls)| median(walls).as_secs_f64());
        if let Some((card, lang, walls)) = &self.single {
            let _ = writeln!(
                s,
                "  one card rebuilt     {:.3} s (--card {card} --lang {lang} --force-rebuild, from process start, median of {}: {} s)",
                median(walls).as_secs_f64(),
                walls.len(),
                seconds(walls)
            );
        }
        match &self.watch {
            Ok((card, lang, walls)) => {
                let _ = writeln!(
                    s,
                    "  watch save-to-PDF    {:.3} s (`watch --card {card} --lang {lang}`: from a saved .ftl to the new PDF on disk, median of {}: {} s)",
                    median(walls).as_secs_f64(),
                    walls.len(),
                    seconds(walls)
                );
            }
            Err(why) => {
                let _ = writeln!(s, "  watch save-to-PDF    not measured: {why}");
            }
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
        let _ =
            writeln!(s, "  peers, on the same documents, layouts, data and fonts (PDF/UA-1 and PNG pages written):");
        // How many times faster pocketcard's cold build, no-change and one-message rebuilds
        // are than a peer's full run (a peer has no incremental build).
        let ratios = |peer: f64| {
            let ratio =
                |ours: Option<f64>| ours.filter(|t| *t > 0.0).map_or("-".to_string(), |t| format!("{:.1}x", peer / t));
            format!(
                "pocketcard is {} faster cold, {} with nothing changed, {} after one message",
                ratio(Some(wall)),
                ratio(no_change),
                ratio(one_message)
            )
        };
        match &self.typst_cli {
            Ok(cli) => {
                let _ = writeln!(
                    s,
                    "    typst CLI, one process per document: {:.2} s; {}",
                    cli.as_secs_f64(),
                    ratios(cli.as_secs_f64())
                );
            }
            Err(why) => {
                let _ = writeln!(s, "    typst CLI: {why}");
            }
        }
        match &self.typst_cli_parallel {
            Ok(cli) => {
                let _ = writeln!(
                    s,
                    "    typst CLI, one process per core in parallel: {:.2} s; {}",
                    cli.as_secs_f64(),
                    ratios(cli.as_secs_f64())
                );
            }
            Err(why) if self.typst_cli.is_ok() => {
                let _ = writeln!(s, "    typst CLI in parallel: {why}");
            }
            Err(_) => {}
        }
        match &self.typst_py {
            Ok((version, full, one)) => {
                let _ = writeln!(
                    s,
                    "    typst-py {version}, one worker process per core: {:.2} s; {}",
                    full.as_secs_f64(),
                    ratios(full.as_secs_f64())
                );
                let one = one.as_secs_f64();
                let faster = single.filter(|t| *t > 0.0).map_or("-".to_string(), |t| format!("{:.1}x", one / t));
                let _ =
                    writeln!(s, "    typst-py, one card from process start: {one:.3} s; pocketcard is {faster} faster");
            }
            Err(why) => {
                let _ = writeln!(s, "    typst-py: {why}");
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

/// One document as a peer gets it: a folder with the layouts and the document's data written
/// as real files, which is what a user driving Typst from outside would have to do.
struct PeerInput {
    card: String,
    lang: String,
    dir: PathBuf,
    layout: String,
    dpi: f64,
}

/// Prepares every document of `matrix` for the peers, in `work` (not timed).
fn peer_inputs(project: &Project, matrix: &Matrix, work: &Path) -> Result<Vec<PeerInput>, String> {
    let mut inputs = Vec::new();
    for card_id in &matrix.documents.cards {
        let card = &project.cards[card_id];
        for lang in &matrix.documents.langs {
            let dir = work.join(format!("{card_id}-{lang}"));
            copy_dir(&project.cards_dir(), &dir).map_err(|e| format!("cannot copy cards/: {e}"))?;
            let resolved = resolve::resolve(project, card, lang, &matrix.documents.officer, &ResolveOptions::default())
                .map_err(|_| format!("cannot resolve {card_id} ({lang})"))?;
            for (path, bytes) in &resolved.files {
                let target = dir.join(path.trim_start_matches('/'));
                std::fs::create_dir_all(target.parent().unwrap_or(&dir)).map_err(|e| e.to_string())?;
                std::fs::write(&target, bytes.as_slice()).map_err(|e| e.to_string())?;
            }
            // No sizes remembered from an earlier build, as in pocketcard's cold build.
            let fits = dir.join(compile::FITS_FILE.trim_start_matches('/'));
            std::fs::write(&fits, "{}").map_err(|e| e.to_string())?;
            // The same resolutions pocketcard renders at: 300 dpi for cards, 150 for flyers.
            let dpi = if card.size == CardSize::Paper { compile::FLYER_PNG_DPI } else { compile::PNG_DPI };
            inputs.push(PeerInput { card: card_id.clone(), lang: lang.clone(), dir, layout: card.layout.clone(), dpi });
        }
    }
    Ok(inputs)
}

/// Whether the typst CLI runs, or why not.
fn typst_cli_available(typst: &Path) -> Result<(), String> {
    let version = Command::new(typst).arg("--version").output();
    if version.as_ref().is_ok_and(|o| o.status.success()) {
        Ok(())
    } else {
        Err(format!(
            "not found ({}); install it with `cargo install typst-cli --locked` (or put it on PATH, or pass --typst PATH) to compare",
            typst.display()
        ))
    }
}

/// Renders every input with the typst CLI, one process for the PDF and one for the PNGs of
/// each, `parallel` documents at a time, and returns the wall time of the whole.
fn typst_cli_run(
    inputs: &[PeerInput],
    typst: &Path,
    font_dirs: &[PathBuf],
    parallel: usize,
) -> Result<Duration, String> {
    let next = AtomicUsize::new(0);
    let start = Instant::now();
    let results: Vec<Result<(), String>> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..parallel.max(1))
            .map(|_| {
                scope.spawn(|| {
                    while let Some(input) = inputs.get(next.fetch_add(1, Ordering::Relaxed)) {
                        typst_cli_document(input, typst, font_dirs)?;
                    }
                    Ok(())
                })
            })
            .collect();
        workers.into_iter().map(|w| w.join().unwrap_or_else(|_| Err("a CLI worker panicked".into()))).collect()
    });
    let wall = start.elapsed();
    results.into_iter().collect::<Result<Vec<()>, String>>()?;
    Ok(wall)
}

/// One document through the typst CLI: same layouts, same fonts, same data.
fn typst_cli_document(input: &PeerInput, typst: &Path, font_dirs: &[PathBuf]) -> Result<(), String> {
    let ppi = input.dpi.to_string();
    for output in ["out.pdf", "out-{p}.png"] {
        let status = Command::new(typst)
            .arg("compile")
            .arg("--root")
            .arg(&input.dir)
            .args(font_dirs.iter().flat_map(|dir| [std::ffi::OsStr::new("--font-path"), dir.as_os_str()]))
            .arg("--ignore-system-fonts")
            // The same output as pocketcard's: PNGs at its resolutions, PDFs tagged PDF/UA-1.
            .args(if output.ends_with(".png") { vec!["--ppi", ppi.as_str()] } else { vec!["--pdf-standard", "ua-1"] })
            .arg(input.dir.join(&input.layout))
            .arg(input.dir.join(output))
            .output()
            .map_err(|e| format!("cannot run typst: {e}"))?;
        if !status.status.success() {
            return Err(format!(
                "typst failed on {}: {}",
                input.dir.display(),
                String::from_utf8_lossy(&status.stderr).lines().next().unwrap_or("")
            ));
        }
    }
    Ok(())
}

/// Renders every input with typst-py (`bench/typst_py.py`), `workers` processes, timed from
/// the Python process's start to its exit; then one card alone, the same way. Returns the
/// typst-py version and both times.
fn typst_py_run(
    inputs: &[PeerInput],
    python: &Path,
    font_dirs: &[PathBuf],
    workers: usize,
    work: &Path,
    card: Option<&str>,
) -> Result<(String, Duration, Duration), String> {
    let install = "install it with `pip install typst==0.15.0` to compare";
    let version = Command::new(python).args(["-c", "import typst; print(typst.__version__)"]).output();
    let version = match version {
        Ok(out) if out.status.success() => String::from_utf8_lossy(&out.stdout).trim().to_string(),
        Ok(_) => return Err(format!("not installed for {}; {install}", python.display())),
        Err(_) => return Err(format!("no Python ({} not found); {install}", python.display())),
    };
    let script = work.join("typst_py.py");
    std::fs::write(&script, TYPST_PY).map_err(|e| format!("cannot write {}: {e}", script.display()))?;
    let run = |inputs: &[&PeerInput], name: &str, workers: usize| -> Result<Duration, String> {
        let jobs: Vec<serde_json::Value> = inputs
            .iter()
            .map(|input| {
                serde_json::json!({
                    "root": input.dir,
                    "input": input.dir.join(&input.layout),
                    "pdf": input.dir.join("py.pdf"),
                    "png": input.dir.join("py-{p}.png"),
                    "ppi": input.dpi,
                })
            })
            .collect();
        let spec = serde_json::json!({ "fonts": font_dirs, "jobs": jobs });
        let path = work.join(name);
        std::fs::write(&path, serde_json::to_vec(&spec).unwrap_or_default()).map_err(|e| e.to_string())?;
        let start = Instant::now();
        let output = Command::new(python)
            .arg(&script)
            .arg(&path)
            .arg(workers.to_string())
            .output()
            .map_err(|e| format!("cannot run {}: {e}", python.display()))?;
        let wall = start.elapsed();
        if !output.status.success() {
            let stderr = String::from_utf8_lossy(&output.stderr);
            return Err(format!(
                "typst-py failed: {}",
                stderr.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("")
            ));
        }
        Ok(wall)
    };
    let all: Vec<&PeerInput> = inputs.iter().collect();
    let full = run(&all, "typst-py-matrix.json", workers)?;
    // One card, as a translator rebuilds it: the same card and CJK locale as pocketcard's figure.
    let one: Vec<&PeerInput> = ["zh", "ja", "ko"]
        .iter()
        .find_map(|script| inputs.iter().find(|i| Some(i.card.as_str()) == card && i.lang.starts_with(script)))
        .or(inputs.first())
        .into_iter()
        .collect();
    let single = run(&one, "typst-py-one.json", 1)?;
    Ok((version, full, single))
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
