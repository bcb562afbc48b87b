//! `pocketcard check`: every problem a translator or editor can fix before printing, found in
//! one run: Fluent syntax, missing and obsolete messages, mismatched variables, untranslated
//! text, characters without a glyph, text that does not fit, stale contacts, and sensitive
//! words on worker-facing cards (in every string they print: see `discretion`).

use std::collections::BTreeSet;

use crate::diag::{Diagnostic, Kind, Location, display_path};
use crate::model::contacts::Contact;
use crate::model::locale::{FALLBACK, LocaleText, Lookup};
use crate::model::plan::Documents;
use crate::model::project::Project;
use crate::rendering::compile::{self, RenderContext};
use crate::rendering::resolve::ResolveOptions;
use crate::rendering::session::Session;

/// Contacts last verified longer ago than this many months are reported by default.
pub(crate) const DEFAULT_MAX_CONTACT_AGE: u32 = 12;

/// What to check.
pub(crate) struct CheckPlan {
    pub documents: Documents,
    /// Contacts verified longer ago than this many months are reported.
    pub max_age_months: u32,
    /// Today as (year, month), to age contacts.
    pub today: (i32, u32),
    /// Whether to render every card to check fit and glyphs (slower).
    pub render: bool,
    /// What `--org` and `--personal` add to the cards, whose strings are checked too.
    pub options: ResolveOptions,
}

/// Runs every check, returning all problems found.
pub(crate) fn run(plan: &CheckPlan, session: &Session) -> Vec<Diagnostic> {
    let mut out = without_printed_strings(plan, session);
    // Each document resolved once: its data is what the discretion check searches and what
    // the layout renders, as in a build.
    let threads = crate::rendering::workers::one_per_core();
    let jobs = crate::rendering::resolve::resolve_all(&session.project, &plan.documents, &plan.options, threads);
    let all: Vec<&crate::rendering::resolve::Job> = jobs.iter().collect();
    out.extend(crate::checks::discretion::sensitive_terms(&session.project, &plan.options, &all, threads));
    if plan.render {
        out.extend(check_rendering(plan, session, &all));
    }
    out
}

/// Every check but the two that read the documents as resolved: the sensitive terms they
/// print and (with `render`) how they render. A build runs those on the documents it resolves
/// itself (src/pipeline.rs), so that each is resolved once.
pub(crate) fn without_printed_strings(plan: &CheckPlan, session: &Session) -> Vec<Diagnostic> {
    let project = &session.project;
    let mut out = Vec::new();
    let cards = &plan.documents.cards;
    for tag in &plan.documents.langs {
        let Some(locale) = project.localizer.locale(tag) else {
            continue;
        };
        let found = check_messages(project, locale, cards)
            .into_iter()
            .chain(check_glyph_coverage(session, locale))
            .chain(check_bidi_order(project, locale));
        out.extend(found.map(|d| d.or_locale(tag)));
    }
    out.extend(check_contact_ages(project, plan.today, plan.max_age_months));
    out.extend(check_qr_sizes(project, cards));
    out
}

/// Today's (year, month) from the system clock, to age contacts (warnings of `check`, and of
/// `build` before it renders) and date sign-offs. Nothing it reads ends up in an output file,
/// so the same input still gives the same bytes.
pub(crate) fn this_month() -> (i32, u32) {
    let (year, month, _) = today();
    (year, month)
}

/// Today's (year, month, day) in UTC from the system clock.
pub(crate) fn today() -> (i32, u32, u32) {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64);
    // Civil-from-days (H. Hinnant): days since 1970-01-01 to a proleptic Gregorian date.
    let z = secs.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

/// Missing, obsolete and untranslated messages, and references that differ from English, for
/// the messages the given cards use (obsolete ones in the whole locale).
pub(crate) fn check_messages(project: &Project, locale: &LocaleText, cards: &[String]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let used: BTreeSet<String> =
        cards.iter().filter_map(|id| project.cards.get(id)).flat_map(Project::card_messages).collect();
    let tag = &locale.meta.tag;
    let Some(english) = project.localizer.locale(FALLBACK) else {
        return out;
    };
    let is_english = tag == FALLBACK;
    if is_english {
        for (id, origin) in &english.messages {
            let cites = origin.comment.as_deref().is_some_and(|c| c.contains("source:"));
            if !cites {
                out.push(
                    Diagnostic::error(Kind::NoSource, format!("English message {id:?} does not name its source"))
                        .at(english.location(id).expect("defined"))
                        .hint("put a comment line `# source: §N \"section title\"` above it (or `# source: none (why)` for a label)"),
                );
            }
        }
        if locale.meta.sensitive_terms.is_empty() {
            out.push(sensitive_list_missing(project, tag));
        }
        return out;
    }
    if locale.meta.sensitive_terms.is_empty() && tag != crate::model::pseudo::TAG {
        out.push(sensitive_list_missing(project, tag));
    }
    for (id, origin) in english.messages.iter().filter(|(id, _)| used.contains(*id)) {
        if !locale.messages.contains_key(id) {
            let file = english.files[origin.file]
                .path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            out.push(
                Diagnostic::warning(
                    Kind::MissingMessage,
                    format!("locale {tag} is missing message {id:?}; the English text is used"),
                )
                .at(english.location(id).expect("defined"))
                .hint(format!("translate it in locales/{tag}/{file}")),
            );
            continue;
        }
        let here = locale.location(id).expect("defined");
        let (ours, their_refs) =
            (english.message_refs(id).unwrap_or_default(), locale.message_refs(id).unwrap_or_default());
        let our_attrs: BTreeSet<&String> = ours.keys().collect();
        let their_attrs: BTreeSet<&String> = their_refs.keys().collect();
        if our_attrs != their_attrs {
            let show = |set: &BTreeSet<&String>| {
                set.iter()
                    .map(|a| if a.is_empty() { "value".to_string() } else { format!(".{a}") })
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            out.push(
                Diagnostic::error(
                    Kind::Mismatch,
                    format!(
                        "message {id:?} in locale {tag} has parts {} but English has {}",
                        show(&their_attrs),
                        show(&our_attrs)
                    ),
                )
                .at(here.clone())
                .hint("translate the same parts as English: its value and each `.attribute`"),
            );
        }
        for (part, refs) in &ours {
            let Some(theirs) = their_refs.get(part) else {
                continue;
            };
            if refs != theirs {
                let list = |s: &BTreeSet<String>| {
                    if s.is_empty() { "nothing".to_string() } else { s.iter().cloned().collect::<Vec<_>>().join(", ") }
                };
                out.push(
                    Diagnostic::error(
                        Kind::Mismatch,
                        format!(
                            "message {id:?}{} in locale {tag} refers to {} but English refers to {}",
                            if part.is_empty() { String::new() } else { format!(".{part}") },
                            list(theirs),
                            list(refs)
                        ),
                    )
                    .at(here.clone())
                    .hint("keep every { $variable } and { -term } of the English text, translated around them"),
                );
            }
        }
        let mut sink = Vec::new();
        let ours_text = project.localizer.format(FALLBACK, id, None, None, &mut sink);
        let theirs_text = project.localizer.format(tag, id, None, None, &mut sink);
        if let (Lookup::Found(a), Lookup::Found(b)) = (&ours_text, &theirs_text)
            && a == b
            && a.chars().filter(|c| c.is_alphabetic()).count() > 3
            && tag != crate::model::pseudo::TAG
        {
            out.push(
                Diagnostic::warning(
                    Kind::Untranslated,
                    format!("message {id:?} in locale {tag} is the same as English (untranslated?)"),
                )
                .at(here.clone())
                .hint("translate it, or leave it as is if the English words are right in this language"),
            );
        }
    }
    out.extend(crate::model::review::status::check_provenance(english, locale, &used));
    out.extend(check_typed_numbers(project, locale));
    for id in locale.messages.keys() {
        if !english.messages.contains_key(id) {
            out.push(
                Diagnostic::warning(
                    Kind::Obsolete,
                    format!("locale {tag} has message {id:?}, which English no longer has"),
                )
                .at(locale.location(id).expect("defined"))
                .hint("remove it (it is never printed), or rename it to the id English uses now"),
            );
        }
    }
    out
}

/// Phone numbers and web addresses come from `contacts.toml`, never typed into a message, so
/// that a number is corrected in one place and a translation cannot carry a wrong one.
pub(crate) fn check_typed_numbers(project: &Project, locale: &LocaleText) -> Vec<Diagnostic> {
    let tag = &locale.meta.tag;
    let mut out = Vec::new();
    for id in locale.messages.keys() {
        let mut sink = Vec::new();
        let Lookup::Found(text) = project.localizer.format(tag, id, None, None, &mut sink) else {
            continue;
        };
        // Invisible characters (a zero-width space in `https\u{200B}://`) hide nothing here.
        let visible: String = text.chars().filter(|c| !is_invisible_format(*c)).collect();
        let found = phone_like(&visible).or_else(|| web_like(&visible));
        if let Some(found) = found {
            out.push(
                Diagnostic::error(Kind::TypedContact, format!("message {id:?} in locale {tag} types {found:?} into its text"))
                    .at(locale.location(id).expect("defined"))
                    .hint("phone numbers and web addresses come from contacts.toml and are placed by the layout; remove it from the message"),
            );
        }
    }
    out
}

/// The first run of 7 or more digits (with the separators phone numbers use) in `text`, in
/// any script's digits (`٤١٦-٥٥٥-٠١٩٩`) and with any dash or space (`416\u{2011}555`).
fn phone_like(text: &str) -> Option<String> {
    let is_digit = |c: char| c.is_ascii_digit() || is_decimal_digit(c);
    let is_part =
        |c: char| is_digit(c) || "-. ()\u{2010}\u{2011}\u{2012}\u{2013}\u{2212}\u{00A0}\u{202F}\u{2009}".contains(c);
    let mut rest = text;
    while let Some(start) = rest.find(|c: char| is_digit(c) || c == '(') {
        let tail = &rest[start..];
        let end = tail.find(|c: char| !is_part(c)).unwrap_or(tail.len());
        let run = tail[..end].trim_end_matches(|c: char| !is_digit(c) && c != ')');
        let run = if run.starts_with('(') && !run.contains(')') { &run[1..] } else { run };
        let run = run.trim();
        if run.chars().filter(|c| is_digit(*c)).count() >= 7 {
            return Some(run.to_string());
        }
        rest = &tail[end.max(1)..];
    }
    None
}

/// Decimal digits of other scripts: Arabic-Indic, Extended Arabic-Indic, Devanagari, Bengali,
/// Thai, full-width and the like (each block of ten starts at a code point ending in 0 or 6).
fn is_decimal_digit(c: char) -> bool {
    matches!(c as u32,
        0x0660..=0x0669 | 0x06F0..=0x06F9 | 0x07C0..=0x07C9 | 0x0966..=0x096F | 0x09E6..=0x09EF
        | 0x0A66..=0x0A6F | 0x0AE6..=0x0AEF | 0x0B66..=0x0B6F | 0x0BE6..=0x0BEF | 0x0C66..=0x0C6F
        | 0x0CE6..=0x0CEF | 0x0D66..=0x0D6F | 0x0E50..=0x0E59 | 0x0ED0..=0x0ED9 | 0x0F20..=0x0F29
        | 0x1040..=0x1049 | 0x17E0..=0x17E9 | 0x1810..=0x1819 | 0xFF10..=0xFF19)
}

/// The first web address in `text`: `http://`, `https://`, `www.`, or a bare domain such as
/// `example.org` or `evil.example/aide`.
fn web_like(text: &str) -> Option<String> {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| "()[]«»\"'“”‘’,;:!?.".contains(c)))
        .find(|w| {
            let lower = w.to_ascii_lowercase();
            lower.starts_with("http://")
                || lower.starts_with("https://")
                || lower.starts_with("www.")
                || is_bare_domain(&lower)
        })
        .map(String::from)
}

/// Whether a word is a domain name without a scheme: labels of letters, digits and hyphens
/// joined by dots, ending in a top-level domain of letters that is common or followed by a
/// path (`example.org`, `butterfly.ca`, `evil.example/aide`). Abbreviations such as `e.g.`
/// or `s. 183` are not: their last label has one letter, or there is a space.
fn is_bare_domain(word: &str) -> bool {
    let (host, has_path) = match word.split_once('/') {
        Some((host, _)) => (host, true),
        None => (word.trim_end_matches('.'), false),
    };
    let labels: Vec<&str> = host.split('.').collect();
    if labels.len() < 2
        || labels.iter().any(|l| l.is_empty() || !l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
    {
        return false;
    }
    let tld = labels[labels.len() - 1];
    let common =
        ["com", "org", "net", "ca", "info", "gov", "edu", "io", "int", "biz", "app", "example", "onion", "us", "uk"];
    tld.len() >= 2
        && tld.chars().all(|c| c.is_ascii_lowercase())
        && labels[0].chars().any(|c| c.is_ascii_alphabetic())
        && (has_path || common.contains(&tld))
}

fn sensitive_list_missing(project: &Project, tag: &str) -> Diagnostic {
    Diagnostic::error(Kind::NoSensitiveList, format!("locale {tag} has no list of sensitive terms"))
        .in_file(display_path(&project.root.join("locales").join(tag).join("locale.toml")))
        .hint("add sensitive_terms = [..] with this language's words for sex work and the like, so worker cards can be checked")
}

/// Every character of every message is covered by the fonts the locale names.
pub(crate) fn check_glyph_coverage(session: &Session, locale: &LocaleText) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let tag = &locale.meta.tag;
    let faces = session.fonts.faces_of(&locale.meta.fonts);
    // Messages share most of their characters: each is looked up once.
    let mut known: std::collections::HashMap<char, bool> = Default::default();
    let mut covered =
        |c: char| *known.entry(c).or_insert_with(|| faces.iter().any(|info| info.coverage.contains(c as u32)));
    for id in locale.messages.keys() {
        let parts: Vec<Option<String>> =
            std::iter::once(None).chain(locale.messages[id].attributes.iter().cloned().map(Some)).collect();
        for part in parts {
            let mut sink = Vec::new();
            let Lookup::Found(text) = session.project.localizer.format(tag, id, part.as_deref(), None, &mut sink)
            else {
                continue;
            };
            if let Some(c) =
                text.chars().find(|c| !c.is_whitespace() && !c.is_control() && !is_invisible_format(*c) && !covered(*c))
            {
                out.push(
                    Diagnostic::error(Kind::MissingGlyph, format!(
                        "message {id:?} in locale {tag} has a character its fonts cannot draw: {c:?} (U+{:04X})",
                        c as u32
                    ))
                    .at(locale.location(id).expect("defined"))
                    .hint(format!(
                        "the locale's fonts are {}; replace the character, or add a font that has it to fonts/ and to locales/{tag}/locale.toml",
                        locale.meta.fonts.join(", ")
                    )),
                );
            }
        }
    }
    out
}

/// For a right-to-left locale, every message whose visual order (the Unicode bidi algorithm
/// of `unicode-bidi`, the crate and version Typst lays text out with, in a right-to-left
/// paragraph, after pocketcard has isolated the numbers, codes, addresses and names it knows)
/// would reorder a code, a number's digit groups or a run of Latin words against the order in
/// which they are written: "183(1)(b.1)" printed as "(b.1)(1)183" is a wrong reference.
pub(crate) fn check_bidi_order(project: &Project, locale: &LocaleText) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if locale.meta.dir != crate::model::locale::Direction::Rtl {
        return out;
    }
    let tag = &locale.meta.tag;
    let args = crate::rendering::resolve::message_args(project, tag);
    let mut names: Vec<String> = project.contacts.values().map(|c| c.name.clone()).collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    for (id, origin) in &locale.messages {
        let parts = std::iter::once(None).chain(origin.attributes.iter().map(|a| Some(a.as_str())));
        for part in parts {
            let mut sink = Vec::new();
            let Lookup::Found(text) = project.localizer.format(tag, id, part, Some(&args), &mut sink) else {
                continue;
            };
            let printed = crate::model::bidi::mark(&text, &names);
            for (logical, visual) in misordered(&printed) {
                let file = &locale.files[origin.file];
                // Point at the span in the message's own lines where it can be found there.
                let range = file.text[origin.offset..]
                    .find(&logical)
                    .map(|i| origin.offset + i..origin.offset + i + logical.len())
                    .unwrap_or(origin.offset..origin.offset + id.len());
                let shown = match part {
                    Some(a) => format!("{id}.{a}"),
                    None => id.clone(),
                };
                out.push(
                    Diagnostic::warning(Kind::BidiOrder, format!(
                        "message {shown:?} in locale {tag} would print {logical:?} as {visual:?} (visual order, left to right): right-to-left text reorders it"
                    ))
                    .at(Location::new(&file.path, file.text.clone(), range))
                    .hint(format!(
                        "mark it as a code that reads left to right: {{ LTR(\"{logical}\") }}, or reword the sentence around it"
                    )),
                );
            }
        }
    }
    out
}

/// The spans of `text` that a right-to-left paragraph would show out of their logical order,
/// each as (the span as written, the span as shown from left to right). A span is a word's
/// core of digits and Latin letters with what joins them ("183(1)(b.1)", "2017-10"), or a run
/// of Latin words separated by single spaces; it must be shown left to right, in order.
fn misordered(text: &str) -> Vec<(String, String)> {
    use unicode_bidi::{BidiClass, BidiInfo, Level, bidi_class};
    let info = BidiInfo::new(text, Some(Level::rtl()));
    // Visual position of each character (by byte offset), line by line as paragraphs go.
    let mut position = std::collections::HashMap::new();
    let mut next = 0usize;
    for para in &info.paragraphs {
        let (levels, runs) = info.visual_runs(para, para.range.clone());
        for run in runs {
            let chars: Vec<usize> = text[run.clone()].char_indices().map(|(i, _)| run.start + i).collect();
            let ordered: Box<dyn Iterator<Item = &usize>> =
                if levels[run.start].is_rtl() { Box::new(chars.iter().rev()) } else { Box::new(chars.iter()) };
            for &i in ordered {
                position.insert(i, next);
                next += 1;
            }
        }
    }
    let strong_rtl = |c: char| matches!(bidi_class(c), BidiClass::R | BidiClass::AL);
    let core = |c: char| c.is_alphanumeric();
    let mut spans: Vec<Vec<(usize, char)>> = Vec::new();
    // Words: their cores, from the first letter or digit to the last.
    let mut words: Vec<Vec<(usize, char)>> = Vec::new();
    let mut word: Vec<(usize, char)> = Vec::new();
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        if c.is_whitespace() {
            if !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
        } else if !crate::model::bidi::is_isolate_mark(c) {
            word.push((i, c));
        }
    }
    // The current run of Latin words one space apart (their letters) and how many words.
    let mut run: (Vec<(usize, char)>, usize) = (Vec::new(), 0);
    let mut last_end: Option<usize> = None;
    for w in &words {
        let (Some(s), Some(e)) = (w.iter().position(|x| core(x.1)), w.iter().rposition(|x| core(x.1))) else {
            continue;
        };
        // A closing bracket that the core opened belongs to it: "٣٦(٢)".
        let mut e = e;
        while e + 1 < w.len()
            && w[e + 1].1 == ')'
            && w[s..=e].iter().filter(|x| x.1 == '(').count() > w[s..=e].iter().filter(|x| x.1 == ')').count()
        {
            e += 1;
        }
        let body = &w[s..=e];
        let start = body[0].0;
        let end = body[body.len() - 1].0 + body[body.len() - 1].1.len_utf8();
        let rtl = body.iter().any(|x| strong_rtl(x.1));
        if !rtl && body.len() > 1 {
            spans.push(body.to_vec());
        }
        let latin = !rtl && body.iter().all(|x| x.1.is_ascii_alphabetic());
        let adjacent = last_end.is_some_and(|end| text[end..start].chars().all(char::is_whitespace));
        if !(latin && adjacent) {
            if run.1 > 1 {
                spans.push(std::mem::take(&mut run.0));
            }
            run = (Vec::new(), 0);
        }
        if latin {
            run.0.extend_from_slice(body);
            run.1 += 1;
        }
        last_end = Some(end);
    }
    if run.1 > 1 {
        spans.push(run.0);
    }
    let mut out = Vec::new();
    for span in spans {
        let visual: Vec<usize> = span.iter().filter_map(|x| position.get(&x.0).copied()).collect();
        if visual.windows(2).all(|p| p[0] < p[1]) {
            continue;
        }
        let (start, end) = (span[0].0, span[span.len() - 1].0 + span[span.len() - 1].1.len_utf8());
        let logical = text[start..end].to_string();
        let mut shown: Vec<(usize, char)> = text[start..end]
            .char_indices()
            .filter(|(_, c)| !crate::model::bidi::is_isolate_mark(*c))
            .filter_map(|(i, c)| position.get(&(start + i)).map(|p| (*p, mirrored(c, info.levels[start + i].is_rtl()))))
            .collect();
        shown.sort();
        let visual: String = shown.into_iter().map(|(_, c)| c).collect();
        out.push((crate::model::bidi::plain(&logical), visual));
    }
    out
}

/// A bracket as a right-to-left run draws it (mirrored), or `c` itself.
fn mirrored(c: char, rtl: bool) -> char {
    if !rtl {
        return c;
    }
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        c => c,
    }
}

/// Invisible formatting characters (bidirectional marks and isolates, joiners) that shaping
/// consumes without drawing a glyph.
fn is_invisible_format(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

/// Contacts whose `verified` date is older than the allowed age.
pub(crate) fn check_contact_ages(project: &Project, today: (i32, u32), max_months: u32) -> Vec<Diagnostic> {
    let path = project.root.join("contacts.toml");
    let text = project.contacts_text.clone();
    let tables = crate::model::project::TableIndex::new(&text);
    project
        .contacts
        .iter()
        .filter_map(|(id, contact): (&String, &Contact)| {
            let mut parts = contact.verified.split('-');
            let year: i32 = parts.next()?.parse().ok()?;
            let month: u32 = parts.next()?.parse().ok()?;
            let age = (today.0 - year) * 12 + today.1 as i32 - month as i32;
            (age > max_months as i32).then(|| {
                let range = tables.locate(id, &contact.verified);
                Diagnostic::warning(
                    Kind::StaleContact,
                    format!(
                        "contact {id:?} ({}) was last checked {} ({age} months ago)",
                        contact.name, contact.verified
                    ),
                )
                .at(Location::new(display_path(&path), text.clone(), range))
                .hint("call the number and open the address, then set `verified` to today's date")
            })
        })
        .collect()
}

/// QR payloads small enough that modules stay at 0.4 mm within the space a card gives them.
pub(crate) fn check_qr_sizes(project: &Project, cards: &[String]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for card in cards.iter().filter_map(|id| project.cards.get(id)) {
        let max_mm = match card.size {
            crate::model::card::CardSize::Cr80 | crate::model::card::CardSize::FoldCr80 => 22.0,
            crate::model::card::CardSize::Paper => 45.0,
        };
        for spec in &card.qr {
            let Some(payload) = project.qr_payload(spec) else {
                continue;
            };
            match crate::rendering::qr::encode(&payload) {
                Ok(code) if code.min_width_mm() <= max_mm => {}
                Ok(code) => out.push(
                    Diagnostic::error(Kind::Overflow, format!(
                        "QR code {:?} of card {} needs {:.1} mm at 0.4 mm modules, more than the {max_mm} mm the card allows",
                        spec.id,
                        card.id,
                        code.min_width_mm()
                    ))
                    .at(project.card_location(card, &spec.id))
                    .hint(format!("shorten the address ({} characters now)", payload.len())),
                ),
                Err(message) => out.push(Diagnostic::error(Kind::TooLarge, message).at(project.card_location(card, &spec.id))),
            }
        }
    }
    out
}

/// Renders every resolved document (without writing anything) to find text that does not fit
/// and characters drawn without a glyph; a document that did not resolve says why.
fn check_rendering(plan: &CheckPlan, session: &Session, jobs: &[&crate::rendering::resolve::Job]) -> Vec<Diagnostic> {
    let ctx = RenderContext {
        project: &session.project,
        // With the organization and the holder's values `build` would print, so that a line
        // they make too long is found here too.
        options: plan.options.clone(),
        force: false,
        phone: false,
        sheets: Vec::new(),
        fonts: session.fonts.clone(),
        library: session.library.clone(),
    };
    // In the same order as a build (the costliest first), on every core.
    let outcomes =
        crate::rendering::workers::map(crate::rendering::workers::one_per_core(), jobs, |job| match &job.resolved {
            Ok(resolved) => compile::render_resolved(&ctx, job.card, job.lang, resolved, &[], None).errors,
            Err(errors) => errors.clone(),
        });
    // Fallback warnings were reported per message above; keep only the errors here.
    outcomes.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn finds_typed_phone_numbers_and_addresses() {
        assert_eq!(super::phone_like("Call 1-800-668-8258 now").as_deref(), Some("1-800-668-8258"));
        assert_eq!(super::phone_like("Call (416) 977-8111.").as_deref(), Some("(416) 977-8111"));
        assert_eq!(super::phone_like("within 48 hours, then 7 days, then every 30 days"), None);
        assert_eq!(super::phone_like("ss. 183(1)(b.1) and 196.1(a), 2017-10"), None);
        assert_eq!(super::web_like("see www.example.org").as_deref(), Some("www.example.org"));
        assert_eq!(super::web_like("no address here"), None);
        assert_eq!(
            super::phone_like("Appelez 416\u{2011}555\u{2011}0199").as_deref(),
            Some("416\u{2011}555\u{2011}0199")
        );
        assert_eq!(super::phone_like("اتصل ٤١٦-٥٥٥-٠١٩٩").as_deref(), Some("٤١٦-٥٥٥-٠١٩٩"));
        assert_eq!(super::web_like("voir evil.example/aide").as_deref(), Some("evil.example/aide"));
        assert_eq!(super::web_like("visit butterflysw.org today").as_deref(), Some("butterflysw.org"));
        assert_eq!(super::web_like("e.g. a lawyer, i.e. someone; s. 183 and U.S. law"), None);
    }

    #[test]
    fn finds_codes_that_right_to_left_text_reorders() {
        let found = super::misordered("المادتان 183(1)(b.1) و 196.1(a) حتى 10-2017 ثم 1/7");
        let shown: Vec<(&str, &str)> = found.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(shown, [("183(1)(b.1)", "(b.1)(1)183"), ("196.1(a)", "(a)196.1"), ("10-2017", "2017-10")]);
        // Isolated, they read as written; so do Latin names and a lone fraction.
        let isolated = crate::model::bidi::mark("المادتان 183(1)(b.1) و 196.1(a)، Legal Aid Ontario و 1/7", &[]);
        assert_eq!(super::misordered(&isolated), []);
        // A holder's number after an Arabic name, not isolated: its groups come out reversed.
        let found = super::misordered("أحمد 416-555-0100");
        assert_eq!(found, [("416-555-0100".to_string(), "0100-555-416".to_string())]);
    }

    #[test]
    fn this_month_is_plausible() {
        let (year, month) = super::this_month();
        assert!(year >= 2025 && (1..=12).contains(&month), "{year}-{month}");
    }
}
