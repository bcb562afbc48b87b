//! The bad-input corpus: every folder under `tests/corpus/` is laid over a scratch copy of the
//! project, `case.toml` says what to prepare, what to run and what must come out. Each case
//! must exit as it says (1 unless told), name the file (and line), never panic or crash, keep
//! private values out of everything but their PDF, stay within its time and memory, and leave
//! earlier output intact.
//!
//! Each run's wall time and peak memory (the child's maximum resident set, from `wait4`) are
//! printed; `cargo test --test robustness -- --nocapture` shows them.

mod common;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use common::Scratch;

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    args: Vec<String>,
    /// The exit status expected (1 unless given; 2 for usage errors).
    #[serde(default = "one")]
    code: i32,
    /// Text the output must contain.
    #[serde(default)]
    expect: Vec<String>,
    /// Text it must not contain (file contents).
    #[serde(default)]
    forbid: Vec<String>,
    /// Private values: in no output (stdout, stderr, any file written but a PDF), and no
    /// temporary file may be left behind.
    #[serde(default)]
    private: Vec<String>,
    /// The folder to run in, relative to the scratch project [default: the project].
    #[serde(default)]
    cwd: Option<String>,
    /// Address-space limit of the run in MiB (setrlimit RLIMIT_AS).
    #[serde(default)]
    memory_mb: Option<u64>,
    /// The run fails the case if it is still running after this many seconds.
    #[serde(default = "sixty")]
    timeout_s: u64,
    /// The run is expected to keep going (`watch`): it is stopped after this many seconds
    /// and its exit status is not checked.
    #[serde(default)]
    stop_after_s: Option<u64>,
    /// The largest peak resident memory allowed, in MiB.
    #[serde(default)]
    peak_mb: Option<u64>,
    /// Files that must not exist after the run (leftovers that must be cleaned up).
    #[serde(default)]
    absent: Vec<String>,
    #[serde(default)]
    fifo: Vec<String>,
    #[serde(default)]
    dir: Vec<String>,
    #[serde(default)]
    symlink: Vec<Link>,
    #[serde(default)]
    copy: Vec<Copy>,
    #[serde(default)]
    edit: Vec<Edit>,
    #[serde(default)]
    generate: Vec<Generate>,
    #[serde(default)]
    png: Vec<Png>,
    /// Files placed before the run that must be byte-identical after it.
    #[serde(default)]
    earlier: Vec<Earlier>,
}

fn one() -> i32 {
    1
}

fn sixty() -> u64 {
    60
}

/// A symbolic link at `path` (relative to the scratch project) to `target` (as given).
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Link {
    path: String,
    target: String,
}

/// A file of the repository copied into the scratch project.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Copy {
    from: String,
    to: String,
}

/// Text put before or after a file of the scratch project.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Edit {
    path: String,
    #[serde(default)]
    prepend: String,
    #[serde(default)]
    append: String,
}

/// A large file made of parts, each repeated `count` times with `{i}` replaced by the
/// repetition's number, written (or appended) at `path`.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Generate {
    path: String,
    #[serde(default)]
    append: bool,
    parts: Vec<(String, usize)>,
}

/// A black-and-white PNG of the given size (small on disk, large decoded).
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Png {
    path: String,
    width: u32,
    height: u32,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Earlier {
    path: String,
    text: String,
}

/// What a run did: its exit status, output, time and peak memory.
struct Outcome {
    /// The exit status, or 128 + the signal that ended it, or -1 when stopped by the harness.
    code: i32,
    output: String,
    seconds: f64,
    peak_mb: f64,
    timed_out: bool,
}

/// Runs pocketcard with `args` in `cwd`, under an address-space limit, stopping it after
/// `timeout`; the peak memory comes from `wait4`.
fn run(args: &[String], cwd: &Path, memory_mb: Option<u64>, timeout: Duration) -> Outcome {
    use std::os::unix::process::CommandExt;
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_pocketcard"));
    command
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .env("RUST_BACKTRACE", "1")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    if let Some(mb) = memory_mb {
        // SAFETY: setrlimit is async-signal-safe and touches only the child.
        unsafe {
            command.pre_exec(move || {
                let limit = libc::rlimit { rlim_cur: mb << 20, rlim_max: mb << 20 };
                if libc::setrlimit(libc::RLIMIT_AS, &limit) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
    }
    let start = Instant::now();
    let mut child = command.spawn().expect("run pocketcard");
    let pid = child.id() as libc::pid_t;
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out_reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = stdout.read_to_end(&mut s);
        s
    });
    let err_reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = stderr.read_to_end(&mut s);
        s
    });
    let mut status = 0;
    // SAFETY: rusage is plain data, zeroed is a valid value.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let mut timed_out = false;
    loop {
        // SAFETY: waits for our own child; the pointers are valid.
        let done = unsafe { libc::wait4(pid, &mut status, libc::WNOHANG, &mut usage) };
        if done == pid {
            break;
        }
        if start.elapsed() > timeout && !timed_out {
            timed_out = true;
            // SAFETY: signals our own child, not yet reaped.
            unsafe { libc::kill(pid, libc::SIGKILL) };
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let seconds = start.elapsed().as_secs_f64();
    // The child is reaped; dropping `child` does not wait again.
    drop(child);
    let output = format!(
        "{}{}",
        String::from_utf8_lossy(&out_reader.join().unwrap()),
        String::from_utf8_lossy(&err_reader.join().unwrap())
    );
    let code = if timed_out {
        -1
    } else if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else {
        128 + libc::WTERMSIG(status)
    };
    Outcome { code, output, seconds, peak_mb: usage.ru_maxrss as f64 / 1024.0, timed_out }
}

fn prepare(case: &Case, dir: &Path, root: &Path) {
    copy_over(dir, root);
    for d in &case.dir {
        std::fs::create_dir_all(root.join(d)).unwrap();
    }
    for c in &case.copy {
        let to = root.join(&c.to);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(common::repo().join(&c.from), to).unwrap();
    }
    for e in &case.edit {
        let path = root.join(&e.path);
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, format!("{}{text}{}", e.prepend, e.append)).unwrap();
    }
    for g in &case.generate {
        let mut text = String::new();
        for (part, count) in &g.parts {
            for i in 0..*count {
                text.push_str(&part.replace("{i}", &i.to_string()));
            }
        }
        let path = root.join(&g.path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        let mut bytes = if g.append { std::fs::read(&path).unwrap() } else { Vec::new() };
        bytes.extend(text.as_bytes());
        std::fs::write(&path, bytes).unwrap();
    }
    for p in &case.png {
        write_png(&root.join(&p.path), p.width, p.height);
    }
    for f in &case.fifo {
        let path = std::ffi::CString::new(root.join(f).to_string_lossy().as_bytes()).unwrap();
        // SAFETY: a valid C string.
        assert_eq!(unsafe { libc::mkfifo(path.as_ptr(), 0o644) }, 0, "mkfifo {f}");
    }
    for l in &case.symlink {
        std::os::unix::fs::symlink(&l.target, root.join(&l.path)).unwrap();
    }
    for e in &case.earlier {
        let path = root.join(&e.path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, &e.text).unwrap();
    }
}

fn write_png(path: &Path, width: u32, height: u32) {
    let file = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let mut encoder = png::Encoder::new(file, width, height);
    encoder.set_color(png::ColorType::Grayscale);
    encoder.set_depth(png::BitDepth::One);
    encoder.set_compression(png::Compression::Fastest);
    let mut writer = encoder.write_header().unwrap().into_stream_writer().unwrap();
    let row = vec![0u8; width.div_ceil(8) as usize];
    for _ in 0..height {
        std::io::Write::write_all(&mut writer, &row).unwrap();
    }
    writer.finish().unwrap();
}

fn run_case(dir: &Path) -> Result<String, String> {
    let name = dir.file_name().unwrap().to_string_lossy().into_owned();
    let case: Case = toml::from_str(&std::fs::read_to_string(dir.join("case.toml")).unwrap())
        .map_err(|e| format!("{name}: bad case.toml: {e}"))?;

    // Earlier output that the run must not touch.
    let scratch = Scratch::new(None);
    let earlier = scratch.out().join("en/earlier.pdf");
    std::fs::create_dir_all(earlier.parent().unwrap()).unwrap();
    std::fs::write(&earlier, b"%PDF-1.7 earlier output").unwrap();
    prepare(&case, dir, scratch.root());

    let cwd = case.cwd.as_ref().map_or_else(|| scratch.root().to_path_buf(), |c| scratch.root().join(c));
    let timeout = Duration::from_secs(case.stop_after_s.unwrap_or(case.timeout_s));
    let run = run(&case.args, &cwd, case.memory_mb, timeout);
    let all = &run.output;
    let mut problems = Vec::new();
    if case.stop_after_s.is_none() {
        if run.timed_out {
            problems.push(format!("still running after {} s", case.timeout_s));
        } else if run.code != case.code {
            problems.push(format!("exit code {} instead of {}", run.code, case.code));
        }
    }
    for sign in ["panicked", "RUST_BACKTRACE", "overflowed its stack", "memory allocation of", "fatal runtime error"] {
        if all.contains(sign) {
            problems.push(format!("it crashed ({sign:?})"));
        }
    }
    for expected in &case.expect {
        if !all.contains(expected.as_str()) {
            problems.push(format!("output lacks {expected:?}"));
        }
    }
    for forbidden in case.forbid.iter().chain(&case.private) {
        if all.contains(forbidden.as_str()) {
            problems.push(format!("output contains {forbidden:?}"));
        }
    }
    for file in files_under(&scratch.out()) {
        let file_name = file.file_name().unwrap().to_string_lossy().into_owned();
        if file_name.starts_with(".pocketcard-") && case.stop_after_s.is_none() {
            problems.push(format!("a temporary file was left: {}", file.display()));
        }
        if !case.private.is_empty() {
            if file.extension().is_some_and(|e| e == "pdf") && !file_name.starts_with('.') {
                continue;
            }
            let bytes = std::fs::read(&file).unwrap_or_default();
            for value in &case.private {
                if bytes.windows(value.len()).any(|w| w == value.as_bytes()) {
                    problems.push(format!("{} contains the private value {value:?}", file.display()));
                }
            }
        }
    }
    for path in &case.absent {
        if scratch.root().join(path).exists() {
            problems.push(format!("{path} is still there"));
        }
    }
    if let Some(max) = case.peak_mb
        && run.peak_mb > max as f64
    {
        problems.push(format!("peak memory {:.0} MiB, more than {max} MiB", run.peak_mb));
    }
    if std::fs::read(&earlier).ok().as_deref() != Some(&b"%PDF-1.7 earlier output"[..]) {
        problems.push("earlier output was changed".to_string());
    }
    for e in &case.earlier {
        if std::fs::read(scratch.root().join(&e.path)).ok().as_deref() != Some(e.text.as_bytes()) {
            problems.push(format!("earlier file {} was changed", e.path));
        }
    }
    let figures = format!(
        "{name}: exit {}, {:.2} s, peak {:.0} MiB{}",
        run.code,
        run.seconds,
        run.peak_mb,
        case.memory_mb.map_or(String::new(), |mb| format!(" (under a {mb} MiB address-space limit)"))
    );
    if problems.is_empty() {
        Ok(figures)
    } else {
        Err(format!("{name}: {}\n({figures})\n--- output ---\n{all}", problems.join("; ")))
    }
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                stack.push(path);
            } else if entry.file_type().is_ok_and(|t| t.is_file()) {
                out.push(path);
            }
        }
    }
    out
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

/// Runs the cases whose names contain `POCKETCARD_CASE` (all when it is unset).
#[test]
fn every_bad_input_gives_a_clear_error_and_no_panic() {
    let corpus = common::repo().join("tests/corpus");
    let only = std::env::var("POCKETCARD_CASE").unwrap_or_default();
    let mut dirs: Vec<_> =
        std::fs::read_dir(&corpus).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_dir()).collect();
    dirs.sort();
    assert!(dirs.len() >= 10, "the corpus has only {} cases", dirs.len());
    dirs.retain(|d| d.file_name().unwrap().to_string_lossy().contains(&only));
    let mut failures = Vec::new();
    for dir in &dirs {
        match run_case(dir) {
            Ok(figures) => println!("{figures}"),
            Err(failure) => failures.push(failure),
        }
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n\n{}", failures.len(), dirs.len(), failures.join("\n\n"));
}
