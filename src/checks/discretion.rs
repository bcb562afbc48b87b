//! Discretion: a worker card never prints a word for sex work, however it is spelled or hidden.
//!
//! Text and terms are folded the same way before they are compared (see [`fold`]), then
//! compared word by word where the script separates words, and as plain substrings in scripts
//! that do not (Thai, Chinese, Japanese, Lao, Khmer, Burmese). [`check`] runs the comparison over
//! every string a worker card prints, taken from the very data its layout reads, so that a new
//! kind of printed string cannot be forgotten here.

use std::collections::BTreeSet;
use std::path::Path;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;
use unicode_security::mixed_script::AugmentedScriptSet;

use crate::diag::{Diagnostic, Kind, Location, display_path};
use crate::model::card::{Audience, Card, Side};
use crate::model::locale::FALLBACK;
use crate::model::project::{Project, TableIndex, locate_value};
use crate::rendering::resolve::{
    self, CardData, CardInfo, ContactData, OrgData, QrData, ResolveOptions, SideData, WriteInData,
};

/// Languages whose accents tell words apart, so that a term of theirs is never compared with
/// its accents removed: Vietnamese tone marks make "điểm" (point) and "điếm" (prostitute) two
/// words.
const ACCENTS_ARE_LETTERS: &[&str] = &["vi"];

/// How many letters a word that is not the last of a term may add and still match: plural and
/// gender endings ("maisons closes" for "maison close", "trabajadoras" for "trabajador").
const INNER_ENDING: usize = 2;

/// Folds `text` for comparison: NFKC, full case folding, default-ignorable and format characters
/// removed (zero-width spaces and joiners, bidi controls, soft hyphens, word joiners, variation
/// selectors), optional Arabic and Hebrew marks and the tatweel removed, Arabic letter variants
/// unified (hamza carriers, alif wasla, alif maqsura), every space a plain space. The result is
/// composed (NFC); accents on Latin, Greek and Cyrillic letters are kept (see [`Pass::NoAccents`]).
pub(crate) fn fold(text: &str) -> String {
    let nfkc: String = text.nfkc().collect();
    let folded = caseless::default_case_fold_str(&nfkc);
    let mut out = String::with_capacity(folded.len());
    for c in folded.nfd() {
        if is_invisible(c) || is_optional_mark(c) {
            continue;
        }
        out.push(match c {
            c if c.is_whitespace() => ' ',
            '\u{0671}' => '\u{0627}',              // alif wasla -> alif
            '\u{0649}' | '\u{06CC}' => '\u{064A}', // alif maqsura, Farsi yeh -> yeh
            '\u{06A9}' => '\u{0643}',              // keheh -> kaf
            c => c,
        });
    }
    out.nfc().collect()
}

/// Default-ignorable code points (Unicode DerivedCoreProperties) and the other format
/// characters (general category Cf): nothing a reader sees, everything a term could hide behind.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}'..='\u{1160}' | '\u{17B4}'..='\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{FFA0}'
        | '\u{FFF0}'..='\u{FFFB}' | '\u{1BCA0}'..='\u{1BCA3}' | '\u{1D173}'..='\u{1D17A}'
        | '\u{E0000}'..='\u{E0FFF}'
        // Format characters that are not default-ignorable.
        | '\u{0600}'..='\u{0605}' | '\u{06DD}' | '\u{070F}' | '\u{0890}'..='\u{0891}' | '\u{08E2}'
        | '\u{110BD}' | '\u{110CD}' | '\u{13430}'..='\u{1343F}')
}

/// Marks a script may write or leave out without changing the word: Arabic harakat, hamza
/// marks (after canonical decomposition of أ إ آ ؤ ئ), Quranic annotation signs and the tatweel;
/// Hebrew points.
fn is_optional_mark(c: char) -> bool {
    matches!(c,
        '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}'
        | '\u{06D6}'..='\u{06DC}' | '\u{06DF}'..='\u{06E4}' | '\u{06E7}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}' | '\u{08D3}'..='\u{08E1}' | '\u{08E3}'..='\u{08FF}'
        | '\u{0591}'..='\u{05BD}' | '\u{05BF}' | '\u{05C1}'..='\u{05C2}' | '\u{05C4}'..='\u{05C5}'
        | '\u{05C7}')
}

/// Combining accents of Latin, Greek and Cyrillic letters, removed in the second pass.
fn is_accent(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// Letters of scripts written without spaces between words, where terms match anywhere.
fn is_spaceless(c: char) -> bool {
    matches!(c,
        '\u{0E00}'..='\u{0EFF}'   // Thai, Lao
        | '\u{1000}'..='\u{109F}' // Myanmar
        | '\u{1780}'..='\u{17FF}' | '\u{19E0}'..='\u{19FF}' // Khmer
        | '\u{2E80}'..='\u{2FDF}' | '\u{3005}'..='\u{3007}' | '\u{3021}'..='\u{3029}'
        | '\u{3040}'..='\u{30FF}' | '\u{3100}'..='\u{312F}' | '\u{31A0}'..='\u{31FF}'
        | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{3FFFF}')
}

fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}')
}

fn is_hangul(c: char) -> bool {
    matches!(c, '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' | '\u{AC00}'..='\u{D7AF}')
}

/// A letter of a word in a script that separates words.
fn is_word_char(c: char) -> bool {
    (c.is_alphanumeric() || is_combining_mark(c)) && !is_spaceless(c)
}

/// The two comparisons: first with accents, then without (for terms of languages whose accents
/// are optional, so that "erotique" and "séx work" are caught too).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pass {
    Accents,
    NoAccents,
}

/// The comparison key of folded text: each letter of one script that looks like a letter of
/// another replaced by that one (its Unicode TS #39 skeleton, so that a Cyrillic "е" is a Latin
/// "e"), composed, and without accents in the second pass. Look-alikes within one script (Thai
/// ช and ซ, Latin "rn" and "m") are different letters and stay apart; Hangul is left whole.
fn key(folded: &str, pass: Pass) -> String {
    let mut mapped = String::with_capacity(folded.len());
    for c in folded.chars() {
        if c.is_ascii() || is_hangul(c) {
            mapped.push(c);
            continue;
        }
        let skeleton: String = unicode_security::skeleton(c.encode_utf8(&mut [0; 4])).collect();
        let mut shared = AugmentedScriptSet::for_char(c);
        shared.intersect_with(AugmentedScriptSet::for_str(&skeleton));
        if shared.is_empty() {
            mapped.push_str(&skeleton);
        } else {
            mapped.push(c);
        }
    }
    match pass {
        Pass::Accents => mapped.nfc().collect(),
        Pass::NoAccents => mapped.nfd().filter(|c| !is_accent(*c)).nfc().collect(),
    }
}

/// The words of folded text, in order (letters of spaceless scripts are not words).
fn words(folded: &str) -> Vec<&str> {
    folded.split(|c: char| !is_word_char(c)).filter(|w| !w.is_empty()).collect()
}

/// Folded text with everything but letters removed, to search spaceless scripts.
fn letters(folded: &str) -> String {
    folded.chars().filter(|c| c.is_alphanumeric() || is_combining_mark(*c)).collect()
}

/// An Arabic word without its article, unless that would leave less than two letters.
fn without_article(word: &str) -> &str {
    word.strip_prefix("\u{0627}\u{0644}").filter(|rest| rest.chars().count() >= 2).unwrap_or(word)
}

/// The ways to read an Arabic word once its one-letter prefixes (و ف, then ب ك ل) and its
/// article are taken off: "للعاملين" reads as "عاملين" (li- plus the article, whose alif
/// drops), "والجنس" as "جنس". Each reading keeps at least two letters.
fn arabic_readings(word: &str) -> Vec<&str> {
    let mut bases = vec![word];
    if let Some(rest) = word.strip_prefix(['\u{0648}', '\u{0641}']) {
        bases.push(rest);
    }
    let mut readings = Vec::new();
    for base in bases {
        readings.push(base);
        readings.extend(base.strip_prefix(['\u{0628}', '\u{0643}']));
        readings.extend(base.strip_prefix("\u{0644}\u{0644}"));
        readings.extend(base.strip_prefix('\u{0644}'));
    }
    let mut out: Vec<&str> = Vec::new();
    for core in readings.into_iter().map(without_article) {
        if core.chars().count() >= 2 && !out.contains(&core) {
            out.push(core);
        }
    }
    out
}

/// One word of a term, ready to compare.
#[derive(Debug, Clone)]
struct TermWord {
    accents: String,
    no_accents: String,
    /// Hangul words take no inflectional ending before the last word (one letter is a syllable).
    exact_inside: bool,
}

/// One way a term can be written.
#[derive(Debug, Clone)]
enum Form {
    /// Words that must follow one another, each starting a word of the text.
    Words(Vec<TermWord>),
    /// Letters to find anywhere (scripts without spaces).
    Letters { accents: String, no_accents: String },
}

/// A sensitive term of one locale's list.
#[derive(Debug, Clone)]
struct Term {
    /// As the list writes it.
    listed: String,
    locale: String,
    forms: Vec<Form>,
    /// Whether the second pass, without accents, applies.
    accents_optional: bool,
}

impl Term {
    fn new(locale: &str, listed: &str) -> Option<Term> {
        let folded = fold(listed);
        let lang = locale.split('-').next().unwrap_or(locale);
        let accents_optional = !ACCENTS_ARE_LETTERS.contains(&lang);
        let mut forms = Vec::new();
        if folded.chars().any(is_spaceless) {
            let letters = letters(&folded);
            if letters.is_empty() {
                return None;
            }
            forms.push(Form::Letters {
                accents: key(&letters, Pass::Accents),
                no_accents: key(&letters, Pass::NoAccents),
            });
        } else {
            let base: Vec<String> = words(&folded).into_iter().map(String::from).collect();
            if base.is_empty() {
                return None;
            }
            let mut variants = vec![base.clone()];
            if base.len() > 1 {
                // "sexwork", "stripclub": the words run together.
                variants.push(vec![base.concat()]);
            }
            if base.iter().any(|w| w.contains('\u{0629}')) {
                // Ta marbuta: written as ha by many, as ta before a suffix ("دعارتها").
                variants.push(base.iter().map(|w| w.replace('\u{0629}', "\u{0647}")).collect());
                let mut before_suffix = base.clone();
                if let Some(last) = before_suffix.last_mut() {
                    *last = last.replace('\u{0629}', "\u{062A}");
                }
                variants.push(before_suffix);
            }
            for variant in variants {
                let words = variant
                    .iter()
                    .map(|w| {
                        let core = if w.chars().next().is_some_and(is_arabic) { without_article(w) } else { w };
                        TermWord {
                            accents: key(core, Pass::Accents),
                            no_accents: key(core, Pass::NoAccents),
                            exact_inside: core.chars().next().is_some_and(is_hangul),
                        }
                    })
                    .collect();
                forms.push(Form::Words(words));
            }
        }
        Some(Term { listed: listed.to_string(), locale: locale.to_string(), forms, accents_optional })
    }
}

/// One word of the text, with the keys of each way to read it.
struct TextWord {
    readings: Vec<(String, String)>,
}

/// Text ready to search: its words and its letters.
struct Prepared {
    words: Vec<TextWord>,
    letters: (String, String),
}

impl Prepared {
    fn new(text: &str) -> Prepared {
        let folded = fold(text);
        let words = words(&folded)
            .into_iter()
            .map(|w| {
                let readings = if w.chars().next().is_some_and(is_arabic) { arabic_readings(w) } else { vec![w] };
                TextWord {
                    readings: readings.into_iter().map(|r| (key(r, Pass::Accents), key(r, Pass::NoAccents))).collect(),
                }
            })
            .collect();
        let letters = letters(&folded);
        Prepared { words, letters: (key(&letters, Pass::Accents), key(&letters, Pass::NoAccents)) }
    }

    fn contains(&self, term: &Term, pass: Pass) -> bool {
        term.forms.iter().any(|form| match form {
            Form::Letters { accents, no_accents } => {
                let (needle, hay) = match pass {
                    Pass::Accents => (accents, &self.letters.0),
                    Pass::NoAccents => (no_accents, &self.letters.1),
                };
                !needle.is_empty() && hay.contains(needle.as_str())
            }
            Form::Words(words) => (0..self.words.len()).any(|start| {
                words.iter().enumerate().all(|(k, word)| {
                    let Some(text) = self.words.get(start + k) else { return false };
                    let last = k + 1 == words.len();
                    let needle = match pass {
                        Pass::Accents => &word.accents,
                        Pass::NoAccents => &word.no_accents,
                    };
                    text.readings.iter().any(|reading| {
                        let hay = match pass {
                            Pass::Accents => &reading.0,
                            Pass::NoAccents => &reading.1,
                        };
                        word_fits(hay, needle, last, word.exact_inside)
                    })
                })
            }),
        })
    }
}

/// Whether a text word starts with a term word: any ending for the term's last word (plurals,
/// suffixes, particles: "prostitu" catches "prostitution"), a short one for the others.
fn word_fits(text: &str, term: &str, last: bool, exact_inside: bool) -> bool {
    let Some(ending) = text.strip_prefix(term) else { return false };
    !term.is_empty() && (last || ending.is_empty() || (!exact_inside && ending.chars().count() <= INNER_ENDING))
}

/// A term found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// The term as its list writes it.
    pub term: String,
    /// The locale whose list has it.
    pub locale: String,
}

/// Every locale's list of sensitive terms, folded once, to search any number of texts.
#[derive(Debug, Clone, Default)]
pub struct Matcher {
    terms: Vec<Term>,
}

impl Matcher {
    /// A matcher over lists given as (locale tag, terms).
    pub fn new<'a>(lists: impl IntoIterator<Item = (&'a str, &'a [String])>) -> Matcher {
        let terms = lists
            .into_iter()
            .flat_map(|(locale, terms)| terms.iter().filter_map(move |t| Term::new(locale, t)))
            .collect();
        Matcher { terms }
    }

    /// A matcher over the lists of every locale of the project.
    pub fn for_project(project: &Project) -> Matcher {
        Matcher::new(project_lists(project))
    }

    /// [`Matcher::for_project`], shared: a warm process (`watch`, `serve`) checks with the
    /// matcher it folded last while the lists are the same, as folding every list (some
    /// 10 ms) costs more than checking the document that changed.
    fn shared_for_project(project: &Project) -> std::sync::Arc<Matcher> {
        use std::sync::{Arc, Mutex};
        static LAST: Mutex<Option<(u128, Arc<Matcher>)>> = Mutex::new(None);
        let key = crate::rendering::incremental::lists_key(project_lists(project));
        let mut last = LAST.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        match &*last {
            Some((known, matcher)) if *known == key => Arc::clone(matcher),
            _ => {
                let matcher = Arc::new(Matcher::for_project(project));
                *last = Some((key, Arc::clone(&matcher)));
                matcher
            }
        }
    }

    /// The first term of the lists of `locales` (all lists when `None`) that `text` contains,
    /// as stored or as displayed (a span under a bidi override is shown reversed).
    pub fn find(&self, text: &str, locales: Option<&[&str]>) -> Option<Hit> {
        let readings: Vec<Prepared> =
            std::iter::once(Prepared::new(text)).chain(overrides_reversed(text).map(|t| Prepared::new(&t))).collect();
        let wanted = |t: &&Term| locales.is_none_or(|l| l.contains(&t.locale.as_str()));
        for pass in [Pass::Accents, Pass::NoAccents] {
            if let Some(term) = self
                .terms
                .iter()
                .filter(wanted)
                .filter(|t| pass == Pass::Accents || t.accents_optional)
                .find(|t| readings.iter().any(|r| r.contains(t, pass)))
            {
                return Some(Hit { term: term.listed.clone(), locale: term.locale.clone() });
            }
        }
        None
    }
}

/// Every locale's list of sensitive terms, as (tag, terms), in tag order.
pub(crate) fn project_lists(project: &Project) -> impl Iterator<Item = (&str, &[String])> {
    let localizer = &project.localizer;
    localizer.tags().filter_map(|tag| localizer.locale(tag).map(|l| (tag, l.meta.sensitive_terms.as_slice())))
}

/// The text as a reader sees it where bidi overrides (U+202D, U+202E) force an order: each
/// overridden span, up to its U+202C or the end of the paragraph, reversed by grapheme, so that
/// "\u{202E}krow xes\u{202C}" reads "sex work". `None` when the text has no override.
fn overrides_reversed(text: &str) -> Option<String> {
    use unicode_segmentation::UnicodeSegmentation;
    if !text.contains(['\u{202D}', '\u{202E}']) {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut span = String::new();
    let mut depth = 0usize;
    let flush = |span: &mut String, out: &mut String| {
        out.extend(span.graphemes(true).rev());
        span.clear();
    };
    for c in text.chars() {
        match c {
            '\u{202D}' | '\u{202E}' => depth += 1,
            '\u{202C}' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    flush(&mut span, &mut out);
                }
            }
            '\n' | '\u{2029}' => {
                depth = 0;
                flush(&mut span, &mut out);
                out.push(c);
            }
            c if depth > 0 => span.push(c),
            c => out.push(c),
        }
    }
    flush(&mut span, &mut out);
    Some(out)
}

/// Where a printed string comes from, to say where to change it.
enum Origin<'a> {
    /// A message (or its attribute) of a locale.
    Message { tag: &'a str, id: &'a str, attr: Option<&'a str> },
    /// A field of an organization in `contacts.toml`.
    Contact { id: &'a str, value: &'a str },
    /// A QR code's payload.
    Qr { id: &'a str },
    /// The `--org` file's name, phone or web address.
    Org { field: &'static str, value: &'a str },
    /// `info_as_of` in `pocketcard.toml`.
    InfoAsOf,
    /// A value of the `--personal` file, which is never shown.
    Personal { id: &'a str },
}

/// One string a worker card prints, the lists it is checked against, and where it comes from.
struct Printed<'a> {
    text: &'a str,
    /// The side's locale (with English) for text in a language; `None`, every list, for names,
    /// addresses and values, which are in no one language.
    locale: Option<&'a str>,
    origin: Origin<'a>,
}

/// Every string of a resolved card, from the data its layout reads. The data is taken apart
/// field by field without `..`, so a field added to it does not compile until it is sorted here.
fn printed<'a>(card: &'a Card, data: &'a CardData) -> Vec<Printed<'a>> {
    let CardData { card: info, holder, officer, contacts, qr, write_in, org } = data;
    let CardInfo { id: _, title, size: _, paper: _, width_mm: _, height_mm: _, bleed_mm: _, audience: _, info_as_of } =
        info;
    let mut out = vec![
        Printed { text: title, locale: Some(&holder.locale), origin: message(&holder.locale, &card.title, None) },
        Printed { text: info_as_of, locale: None, origin: Origin::InfoAsOf },
    ];
    let side_tag = |side: Side| if side == Side::Officer { officer.locale.as_str() } else { holder.locale.as_str() };
    for side in [holder, officer] {
        // The language names are printed only inside the interpreter request, a label checked
        // below as the message it is formatted into.
        let SideData {
            locale,
            name: _,
            english_name: _,
            lang: _,
            region: _,
            dir: _,
            fonts: _,
            status: _,
            source: _,
            draft: _,
            sections,
            labels,
            unbreakable: _,
        } = side;
        for section in sections {
            let resolve::SectionData { id, group: _, title, body } = section;
            if let Some(title) = title {
                out.push(Printed { text: title, locale: Some(locale), origin: message(locale, id, Some("title")) });
            }
            out.push(Printed { text: body, locale: Some(locale), origin: message(locale, id, None) });
        }
        for (slot, text) in labels {
            if let Some(id) = card.labels.get(slot) {
                out.push(Printed { text, locale: Some(locale), origin: message(locale, id, None) });
            }
        }
    }
    for contact in contacts {
        // The digit groups are the phone number's own digits, checked as the number.
        let ContactData { id, side, name, phone, groups: _, web, note } = contact;
        for value in std::iter::once(name).chain(phone).chain(web) {
            out.push(Printed { text: value, locale: None, origin: Origin::Contact { id, value } });
        }
        let note_id = card.contacts.iter().find(|c| &c.id == id && c.side == *side).and_then(|c| c.note.as_deref());
        if let (Some(note), Some(note_id)) = (note, note_id) {
            let tag = side_tag(*side);
            out.push(Printed { text: note, locale: Some(tag), origin: message(tag, note_id, None) });
        }
    }
    for code in qr {
        let QrData { id, side, file: _, payload, modules: _, min_width_mm: _, caption } = code;
        out.push(Printed { text: payload, locale: None, origin: Origin::Qr { id } });
        if let Some(spec) = card.qr.iter().find(|q| &q.id == id) {
            let tag = side_tag(*side);
            out.push(Printed { text: caption, locale: Some(tag), origin: message(tag, &spec.caption, None) });
        }
    }
    for line in write_in {
        let WriteInData { id, side, label, value } = line;
        if let Some(spec) = card.write_in.iter().find(|w| &w.id == id) {
            let tag = side_tag(*side);
            out.push(Printed { text: label, locale: Some(tag), origin: message(tag, &spec.label, None) });
        }
        if let Some(value) = value {
            out.push(Printed { text: value, locale: None, origin: Origin::Personal { id } });
        }
    }
    if let Some(org) = org {
        let OrgData { name, phone, web, logo: _ } = org;
        out.push(Printed { text: name, locale: None, origin: Origin::Org { field: "name", value: name } });
        for (field, value) in [("phone", phone), ("web", web)] {
            if let Some(value) = value {
                out.push(Printed { text: value, locale: None, origin: Origin::Org { field, value } });
            }
        }
    }
    out
}

fn message<'a>(tag: &'a str, id: &'a str, attr: Option<&'a str>) -> Origin<'a> {
    Origin::Message { tag, id, attr }
}

/// The discretion check of the resolved `jobs` (worker cards only; a job that did not resolve
/// prints nothing), each printed string searched once, on `threads` threads. Each finding is
/// reported once, however many documents print it.
pub(crate) fn sensitive_terms(
    project: &Project,
    options: &ResolveOptions,
    jobs: &[&crate::rendering::resolve::Job],
    threads: usize,
) -> Vec<Diagnostic> {
    let checker = Checker::new(project, options);
    let found = crate::rendering::workers::map(threads, jobs, |job| match &job.resolved {
        Ok(resolved) => checker.document(job.card, &resolved.data),
        Err(_) => Vec::new(),
    });
    once_each(found.into_iter().flatten())
}

/// The same finding printed in several languages, reported once, in the order found.
pub(crate) fn once_each(found: impl IntoIterator<Item = Diagnostic>) -> Vec<Diagnostic> {
    let mut seen = BTreeSet::new();
    found.into_iter().filter(|diag| seen.insert((diag.message.clone(), diag.position()))).collect()
}

/// The discretion check of one run: the project's lists folded once, and each printed string
/// searched once, however many documents print it (the officer's side in every language,
/// contacts, shared labels).
pub(crate) struct Checker<'a> {
    project: &'a Project,
    options: &'a ResolveOptions,
    matcher: std::sync::Arc<Matcher>,
    info_as_of_hit: bool,
    searched: std::sync::Mutex<Searched>,
}

/// What each (text, lists searched) was found to contain.
type Searched = std::collections::HashMap<(String, Option<Vec<String>>), Option<Hit>>;

impl<'a> Checker<'a> {
    /// A checker over the lists of every locale of `project`, for documents resolved with
    /// `options` (whose `--org` and `--personal` files its errors point into).
    pub(crate) fn new(project: &'a Project, options: &'a ResolveOptions) -> Checker<'a> {
        let matcher = Matcher::shared_for_project(project);
        let info_as_of_hit = matcher.find(&project.config.info_as_of, None).is_some();
        Checker { project, options, matcher, info_as_of_hit, searched: Default::default() }
    }

    /// The errors for every sensitive term that `card`, resolved as `data`, would print;
    /// nothing for a card that is not a worker card.
    pub(crate) fn document(&self, card: &Card, data: &CardData) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        if card.audience != Audience::Worker {
            return out;
        }
        for item in printed(card, data) {
            let lists: Vec<&str>;
            let locales = match item.locale {
                Some(tag) => {
                    lists = vec![tag, FALLBACK];
                    Some(lists.as_slice())
                }
                None => None,
            };
            let Some(hit) = self.find(item.text, locales) else { continue };
            // The date is printed inside a message; it is reported once, as itself.
            if matches!(item.origin, Origin::Message { .. })
                && self.info_as_of_hit
                && item.text.contains(self.project.config.info_as_of.as_str())
            {
                continue;
            }
            out.push(diagnostic(self.project, card, &item, &hit, self.options));
        }
        out
    }

    /// [`Matcher::find`], remembered for the texts already searched.
    fn find(&self, text: &str, locales: Option<&[&str]>) -> Option<Hit> {
        let lock = || self.searched.lock().unwrap_or_else(|p| p.into_inner());
        let memo_key = (text.to_string(), locales.map(|l| l.iter().map(|t| t.to_string()).collect()));
        if let Some(known) = lock().get(&memo_key) {
            return known.clone();
        }
        let found = self.matcher.find(text, locales);
        lock().insert(memo_key, found.clone());
        found
    }
}

/// The error for a sensitive term in a printed string, pointing at where the string comes from.
fn diagnostic(project: &Project, card: &Card, item: &Printed, hit: &Hit, options: &ResolveOptions) -> Diagnostic {
    let term = &hit.term;
    let list = format!("locales/{}/locale.toml", hit.locale);
    let hint = "a card found on a worker can be used against them: reword it so it does not say this";
    if let Origin::Personal { id } = &item.origin {
        return personal_diagnostic(card, id, options);
    }
    // Values from files (contacts, QR payloads, the org, info_as_of) are shown and located
    // as written there, without the isolates the resolver put around them for printing; a
    // message is shown as printed, its invisible characters written out.
    let shown = match &item.origin {
        Origin::Message { .. } => visible(item.text),
        _ => visible(&crate::model::bidi::plain(item.text)),
    };
    let base = match &item.origin {
        Origin::Message { tag, id, attr } => {
            let shown_id = attr.map_or_else(|| id.to_string(), |a| format!("{id}.{a}"));
            let mut diag = Diagnostic::error(Kind::SensitiveTerm, format!(
                "worker card {} would print the sensitive term {term:?} of {list} (message {shown_id:?}, locale {tag})",
                card.id
            ))
            .hint(hint);
            let localizer = &project.localizer;
            let location = localizer
                .locale(tag)
                .and_then(|l| l.location(id))
                .or_else(|| localizer.locale(FALLBACK).and_then(|l| l.location(id)));
            if let Some(location) = location {
                diag = diag.at(location);
            }
            if item.text.chars().any(|c| is_invisible(c) || (c.is_whitespace() && c != ' ')) {
                diag = diag.hint(format!("as printed, with invisible characters written out: {shown}"));
            }
            diag
        }
        Origin::Contact { id, value } => {
            let path = project.root.join("contacts.toml");
            let mut diag = Diagnostic::error(Kind::SensitiveTerm, format!(
                "worker card {} would print contact {id:?}, {shown}, which contains the sensitive term {term:?} of {list}",
                card.id
            ))
            .hint("use a contact whose name and address do not reveal it, or take it off the card");
            let text = project.contacts_text.clone();
            let range = TableIndex::new(&text).locate(id, &crate::model::bidi::plain(value));
            diag = diag.at(Location::new(display_path(&path), text, range));
            diag
        }
        Origin::Qr { id } => {
            let spec = card.qr.iter().find(|q| &q.id == id);
            let diag = Diagnostic::error(Kind::SensitiveTerm, format!(
                "worker card {} would print QR code {id:?} encoding {shown}, which contains the sensitive term {term:?} of {list}",
                card.id
            ))
            .hint("a phone that scans the code shows the address: use one that does not reveal it");
            let value = spec.and_then(|s| s.url.as_deref().or(s.contact.as_deref())).unwrap_or(*id);
            diag.at(project.card_location(card, value))
        }
        Origin::Org { field, value } => {
            let mut diag = Diagnostic::error(Kind::SensitiveTerm, format!(
                "worker card {} would print the organization's {field} {shown}, which contains the sensitive term {term:?} of {list}",
                card.id
            ))
            .hint("worker cards print the --org name and web address: use a name and address that do not reveal it, or leave --org out of worker cards");
            if let Some(org) = &options.org {
                let range = locate_value(&org.text, &crate::model::bidi::plain(value));
                diag = diag.at(Location::new(display_path(&org.path), org.text.clone(), range));
            }
            diag
        }
        Origin::InfoAsOf => {
            let path = project.root.join(crate::model::project::PROJECT_FILE);
            let mut diag = Diagnostic::error(
                Kind::SensitiveTerm,
                format!(
                    "every card would print info_as_of {shown}, which contains the sensitive term {term:?} of {list}"
                ),
            )
            .hint("info_as_of is the month the content's facts are as of, written YYYY-MM (e.g. 2017-10)");
            let text = project.config_text.clone();
            let range = TableIndex::new(&text).locate("", &project.config.info_as_of);
            diag = diag.at(Location::new(display_path(&path), text, range));
            diag
        }
        Origin::Personal { id } => personal_diagnostic(card, id, options),
    };
    base.in_locale(hit.locale.to_string())
}

/// The error for a personal value with a sensitive term. Neither the value nor the term is
/// shown: either would put the holder's words on a terminal or in a log.
fn personal_diagnostic(card: &Card, id: &str, options: &ResolveOptions) -> Diagnostic {
    let mut diag = Diagnostic::error(
        Kind::SensitiveTerm,
        format!("worker card {} would print the personal line {id:?}, whose value names a sensitive term", card.id),
    )
    .hint("a card found on a worker can be used against them: write that line without it, or by hand");
    if let Some(path) = &options.personal_path {
        diag = diag.in_file(personal_position(path, id));
    }
    diag
}

/// `file:line:column` of the key `id` in a personal file, found without keeping or showing a
/// value.
fn personal_position(path: &Path, id: &str) -> String {
    let shown = display_path(path);
    let Ok(text) = crate::model::toml_file::read_text(path) else {
        return shown.display().to_string();
    };
    for (n, line) in text.lines().enumerate() {
        let trimmed = line.trim_start();
        let key = trimmed.split('=').next().unwrap_or("").trim().trim_matches(['"', '\'']);
        if key == id && trimmed.contains('=') {
            let column = line.len() - trimmed.len() + 1;
            return format!("{}:{}:{column}", shown.display(), n + 1);
        }
    }
    shown.display().to_string()
}

/// A string quoted with its invisible characters written as `\u{..}`, so that a reader sees
/// what hides a term.
fn visible(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        if is_invisible(c) || (c.is_whitespace() && c != ' ') || c == '"' {
            out.push_str(&format!("\\u{{{:04X}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overridden_spans_read_as_displayed() {
        assert_eq!(overrides_reversed("a \u{202E}krow xes\u{202C} b").as_deref(), Some("a sex work b"));
        // Unclosed, up to the end of the paragraph; accents stay on their letters.
        assert_eq!(overrides_reversed("\u{202E}e\u{301}x\nyz").as_deref(), Some("xe\u{301}\nyz"));
        assert_eq!(overrides_reversed("no override"), None);
    }

    #[test]
    fn arabic_words_are_read_without_their_prefixes() {
        assert_eq!(arabic_readings("للعاملين"), ["للعاملين", "عاملين", "لعاملين"]);
        assert_eq!(arabic_readings("والجنس"), ["والجنس", "جنس"]);
        // Nothing shorter than two letters, and the article of a word that is only an article stays.
        assert_eq!(arabic_readings("في"), ["في"]);
    }

    #[test]
    fn folding_removes_what_a_reader_does_not_see() {
        assert_eq!(fold("Sex\u{00AD}W\u{200B}ork\u{00A0}Straße"), "sexwork strasse");
        assert_eq!(fold("الدِّعارة"), "الدعارة");
        assert_eq!(fold("إباحي"), "اباحي");
    }

    #[test]
    fn visible_text_writes_out_invisible_characters() {
        assert_eq!(visible("sex w\u{200B}ork\u{00A0}x"), "\"sex w\\u{200B}ork\\u{00A0}x\"");
    }

    #[test]
    fn personal_positions_name_the_line_of_a_key() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("me.toml");
        std::fs::write(&path, "# mine\ntrusted = \"x\"\n  lawyer = \"y\"\n").unwrap();
        let shown = display_path(&path).display().to_string();
        assert_eq!(personal_position(&path, "lawyer"), format!("{shown}:3:3"));
        assert_eq!(personal_position(&path, "bondsperson"), shown);
    }
}
