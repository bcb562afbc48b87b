//! Discretion: the sensitive-term matcher against the corpora of dodges and innocent words
//! (`tests/fixtures/discretion/`), and worker cards refused, by build and by check, for a term in
//! any string they print: messages, the officer's side, contacts, `--org`, `info_as_of` and
//! `--personal` values (never echoed).

mod common;

use common::Scratch;
use pocketcard::checks::discretion::Matcher;
use pocketcard::model::project::Project;

/// One case of a corpus: its line, the locale, the terms (`None`: the locale's list and
/// English's) and the text.
struct Case {
    line: usize,
    locale: String,
    term: Option<String>,
    text: String,
}

/// Undoes the escapes of a corpus line: `\u{..}`, `\t`, `\n`, `\\`.
fn unescape(field: &str, line: usize) -> String {
    let mut out = String::new();
    let mut chars = field.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('\\') => out.push('\\'),
            Some('u') => {
                assert_eq!(chars.next(), Some('{'), "line {line}: write \\u{{XXXX}}");
                let hex: String = chars.by_ref().take_while(|c| *c != '}').collect();
                let code = u32::from_str_radix(&hex, 16).unwrap_or_else(|_| panic!("line {line}: bad \\u{{{hex}}}"));
                out.push(char::from_u32(code).unwrap_or_else(|| panic!("line {line}: U+{hex} is no character")));
            }
            other => panic!("line {line}: unknown escape \\{}", other.map(String::from).unwrap_or_default()),
        }
    }
    out
}

fn corpus(name: &str) -> Vec<Case> {
    let path = common::repo().join("tests/fixtures/discretion").join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| {
            let fields: Vec<&str> = l.split('\t').collect();
            assert_eq!(fields.len(), 3, "{name}:{}: expected locale, terms and text separated by tabs", i + 1);
            Case {
                line: i + 1,
                locale: fields[0].to_string(),
                term: (fields[1] != "list").then(|| unescape(fields[1], i + 1)),
                text: unescape(fields[2], i + 1),
            }
        })
        .collect()
}

/// Runs every case of a corpus, returning the lines whose outcome is not `caught`.
fn failures(name: &str, caught: bool) -> Vec<String> {
    let (project, _) = Project::load(&common::repo());
    let project = project.expect("the shipped project loads");
    let shipped = Matcher::for_project(&project);
    let cases = corpus(name);
    assert!(cases.len() >= 10, "{name} has only {} cases", cases.len());
    let mut failed = Vec::new();
    for case in &cases {
        assert!(project.localizer.locale(&case.locale).is_some(), "{name}:{}: no locale {}", case.line, case.locale);
        let hit = match &case.term {
            Some(term) => {
                let terms = [term.clone()];
                Matcher::new([(case.locale.as_str(), &terms[..])]).find(&case.text, None)
            }
            None => shipped.find(&case.text, Some(&[case.locale.as_str(), "en"])),
        };
        if hit.is_some() != caught {
            let found = hit.map(|h| format!(" (by {:?} of {})", h.term, h.locale)).unwrap_or_default();
            failed.push(format!("{name}:{}: {:?} in {}{found}", case.line, case.text, case.locale));
        }
    }
    failed
}

#[test]
fn every_dodge_is_caught() {
    let failed = failures("dodges.txt", true);
    assert!(failed.is_empty(), "not caught:\n{}", failed.join("\n"));
}

#[test]
fn no_innocent_word_is_caught() {
    let failed = failures("innocent.txt", false);
    assert!(failed.is_empty(), "caught:\n{}", failed.join("\n"));
}

/// Replaces the line that defines `id` in a locale's `.ftl` file.
fn set_message(scratch: &Scratch, file: &str, id: &str, value: &str) {
    let path = scratch.root().join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    let prefix = format!("{id} = ");
    assert!(text.lines().any(|l| l.starts_with(&prefix)), "{file} has no {id}");
    let new: Vec<String> =
        text.lines().map(|l| if l.starts_with(&prefix) { format!("{prefix}{value}") } else { l.to_string() }).collect();
    std::fs::write(path, new.join("\n") + "\n").unwrap();
}

/// The line (1-based) of `file` in the scratch project whose text starts with `start`.
fn line_of(scratch: &Scratch, file: &str, start: &str) -> usize {
    let text = std::fs::read_to_string(scratch.root().join(file)).unwrap();
    text.lines().position(|l| l.starts_with(start)).expect("line") + 1
}

/// Asserts a refused build wrote nothing and said why.
fn assert_refused(scratch: &Scratch, args: &[&str], expect: &[&str]) -> String {
    let run = scratch.run(args);
    assert_eq!(run.code, 1, "{:?} was not refused:\n{}", args, run.stderr);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    for e in expect {
        assert!(run.stderr.contains(e), "{:?}: stderr lacks {e:?}:\n{}", args, run.stderr);
    }
    run.stderr
}

#[test]
fn a_hidden_term_in_a_message_is_refused_by_build_and_check() {
    let scratch = Scratch::new(None);
    set_message(&scratch, "locales/fr/wallet-rights.ftl", "rights-id", "Appelez \u{202E}krow xes\u{202C} maintenant.");
    let line = line_of(&scratch, "locales/fr/wallet-rights.ftl", "rights-id = ");
    let at = format!("locales/fr/wallet-rights.ftl:{line}:1");
    let expect = ["sensitive term \"sex work\"", "message \"rights-id\", locale fr", at.as_str()];
    assert_refused(&scratch, &["build", "--card", "wallet-rights", "--lang", "fr", "--format", "pdf"], &expect);
    assert!(!scratch.out().join("fr/wallet-rights.pdf").exists(), "a refused card was written");
    assert_refused(&scratch, &["check", "--card", "wallet-rights", "--lang", "fr"], &expect);

    // Tools tell it apart by its kind, not its text.
    let run = scratch.run(&["check", "--card", "wallet-rights", "--lang", "fr", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    let found = report["problems"].as_array().unwrap().iter().find(|p| p["kind"] == "sensitive-term");
    let found = found.unwrap_or_else(|| panic!("no sensitive-term problem in {report}"));
    assert_eq!(found["file"], "locales/fr/wallet-rights.ftl", "{found}");
    assert_eq!(found["line"], line, "{found}");
}

#[test]
fn the_officer_side_is_checked_in_the_officers_language() {
    let scratch = Scratch::new(None);
    set_message(&scratch, "locales/es/wallet-rights.ftl", "officer-statement", "Soy trabajadora sexual.");
    let line = line_of(&scratch, "locales/es/wallet-rights.ftl", "officer-statement = ");
    let at = format!("locales/es/wallet-rights.ftl:{line}:1");
    let expect = ["sensitive term \"trabajador", "of locales/es/locale.toml", "locale es", at.as_str()];
    let args = ["--card", "wallet-rights", "--lang", "fr", "--officer-lang", "es"];
    let build: Vec<&str> = ["build"].iter().chain(&args).chain(&["--format", "pdf"]).copied().collect();
    assert_refused(&scratch, &build, &expect);
    let check: Vec<&str> = ["check"].iter().chain(&args).copied().collect();
    assert_refused(&scratch, &check, &expect);
    // With the officer's side in French, the Spanish message is not printed.
    scratch.run(&["build", "--card", "wallet-rights", "--lang", "fr", "--format", "pdf"]).assert_ok();
}

#[test]
fn contact_names_are_checked_in_every_language() {
    let scratch = Scratch::new(None);
    let path = scratch.root().join("contacts.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("name = \"Legal Aid Ontario\""), "contacts.toml changed");
    std::fs::write(
        &path,
        text.replacen("name = \"Legal Aid Ontario\"", "name = \"Sex\u{00A0}Work Legal Aid Ontario\"", 1),
    )
    .unwrap();
    let line = line_of(&scratch, "contacts.toml", "name = \"Sex");
    let at = format!("contacts.toml:{line}:9");
    let expect = ["contact \"legal-aid-ontario\"", "sensitive term \"sex work\"", at.as_str()];
    assert_refused(&scratch, &["build", "--card", "wallet-rights", "--lang", "fr", "--format", "pdf"], &expect);
    assert_refused(&scratch, &["check", "--card", "wallet-rights", "--lang", "fr"], &expect);
}

#[test]
fn the_org_name_and_web_address_are_checked() {
    let scratch = Scratch::new(None);
    scratch.write("org.toml", "name = \"Sex Work Outreach Collective\"\nweb = \"https://butterflysw.org\"\n");
    let expect = [
        "organization's name \"Sex Work Outreach Collective\"",
        "org.toml:1:9",
        "organization's web \"https://butterflysw.org\"",
        "org.toml:2:8",
    ];
    let build = ["build", "--card", "wallet-numbers", "--lang", "fr", "--format", "pdf", "--org", "org.toml"];
    assert_refused(&scratch, &build, &expect);
    assert!(!scratch.out().join("fr/wallet-numbers.pdf").exists());
    assert_refused(&scratch, &["check", "--card", "wallet-numbers", "--lang", "fr", "--org", "org.toml"], &expect);
}

#[test]
fn info_as_of_is_checked() {
    let scratch = Scratch::new(None);
    let path = scratch.root().join("pocketcard.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replacen("info_as_of = \"2017-10\"", "info_as_of = \"s\u{0435}x work\"", 1)).unwrap();
    let line = line_of(&scratch, "pocketcard.toml", "info_as_of");
    let at = format!("pocketcard.toml:{line}:15");
    // A build is refused before anything else: info_as_of must be a month.
    assert_refused(
        &scratch,
        &["build", "--card", "wallet-rights", "--lang", "en", "--format", "pdf"],
        &["is not a month written YYYY-MM", at.as_str()],
    );
    // `check` reports everything, the sensitive term too.
    let stderr = assert_refused(
        &scratch,
        &["check", "--card", "wallet-rights", "--lang", "en"],
        &["info_as_of", "sensitive term \"sex work\"", at.as_str()],
    );
    // Reported once, as itself, not again for each message that prints the date.
    assert!(!stderr.contains("common-info-as-of"), "{stderr}");
}

#[test]
fn a_personal_value_with_a_term_is_refused_without_being_shown() {
    let scratch = Scratch::new(None);
    scratch.write(
        "me.toml",
        "# mine\ntrusted = \"Ana 647-555-0123\"\nlawyer = \"Jo Smith, s\u{0435}x-work advocate 416-555-0100\"\n",
    );
    let expect = ["personal line \"lawyer\"", "me.toml:3:1"];
    let build = [
        "build",
        "--card",
        "wallet-numbers",
        "--card",
        "plan-at-home",
        "--lang",
        "en",
        "--format",
        "pdf",
        "--personal",
        "me.toml",
    ];
    let check =
        ["check", "--card", "wallet-numbers", "--card", "plan-at-home", "--lang", "en", "--personal", "me.toml"];
    for args in [&build[..], &check[..]] {
        let stderr = assert_refused(&scratch, args, &expect);
        for secret in ["Jo Smith", "416-555-0100", "advocate", "Ana", "647-555-0123", "sex work", "s\u{0435}x"] {
            assert!(!stderr.contains(secret), "{args:?} showed {secret:?}:\n{stderr}");
        }
    }
    assert!(!scratch.out().join("en/wallet-numbers.pdf").exists());
    // The same file without the term builds, and the PDF has the value.
    scratch.write("me.toml", "lawyer = \"Jo Smith 416-555-0100\"\n");
    scratch.run(&build).assert_ok();
    let pdf = common::Pdf::open(&scratch.out().join("en/wallet-numbers.pdf"));
    assert!(pdf.folded_text().contains("Jo Smith"), "{}", pdf.folded_text());
}

#[test]
fn the_shipped_worker_cards_pass_in_every_language() {
    let scratch = Scratch::new(None);
    for officer in ["en", "ar", "th", "zh-Hans"] {
        let run = scratch.run(&["check", "--officer-lang", officer, "--format", "json"]);
        let report: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
        let sensitive: Vec<&serde_json::Value> =
            report["problems"].as_array().unwrap().iter().filter(|p| p["kind"] == "sensitive-term").collect();
        assert!(sensitive.is_empty(), "officer side {officer}: {sensitive:#?}");
    }
}

#[test]
fn a_qr_code_whose_address_names_a_term_is_refused() {
    let scratch = Scratch::new(None);
    let path = scratch.root().join("contacts.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let old = "web = \"http://toronto.nooneisillegal.org/knowyourrights\"";
    assert!(text.contains(old), "contacts.toml changed");
    std::fs::write(&path, text.replacen(old, "web = \"https://www.butterflysw.org/know-your-rights\"", 1)).unwrap();
    let line = line_of(&scratch, "cards/flyer-detention.toml", "contact = \"migrants-know-your-rights\"");
    let at = format!("cards/flyer-detention.toml:{line}:12");
    let expect = [
        "would print QR code \"know-your-rights\" encoding \"https://www.butterflysw.org/know-your-rights\"",
        "sensitive term \"butterflysw\"",
        at.as_str(),
    ];
    assert_refused(&scratch, &["check", "--card", "flyer-detention", "--lang", "en"], &expect);
}
