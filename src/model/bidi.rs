//! Directional safety of printed text: the resolver marks every span that must read left to
//! right (phone numbers, codes and section references, web addresses, option names, the names
//! of contacts) with Unicode isolates, and isolates every value that comes from outside the
//! messages (`contacts.toml`, `--org`, `--personal`), so that no translator types an invisible
//! character and no number reorders next to Arabic letters. The layout library turns each mark
//! into layout without letting it into the PDF's text (`cards/lib/card.typ`, `side-style`).

/// LEFT-TO-RIGHT ISOLATE: opens a span laid out left to right, whatever surrounds it.
pub(crate) const LRI: char = '\u{2066}';
/// RIGHT-TO-LEFT ISOLATE.
pub(crate) const RLI: char = '\u{2067}';
/// FIRST STRONG ISOLATE: opens a span whose direction is that of its first letter.
pub(crate) const FSI: char = '\u{2068}';
/// POP DIRECTIONAL ISOLATE: closes the innermost isolate.
pub(crate) const PDI: char = '\u{2069}';

/// LEFT-TO-RIGHT OVERRIDE: every character up to the next PDF reads left to right.
pub(crate) const LRO: char = '\u{202D}';
/// POP DIRECTIONAL FORMATTING: closes an override.
pub(crate) const PDF: char = '\u{202C}';

/// Whether `c` is a directional mark pocketcard places (isolates, embeddings, overrides).
pub(crate) fn is_isolate_mark(c: char) -> bool {
    matches!(c, LRI | RLI | FSI | PDI | '\u{202A}'..='\u{202E}')
}

/// `text` as one left-to-right isolate.
pub(crate) fn ltr(text: &str) -> String {
    format!("{LRI}{text}{PDI}")
}

/// `text` as a code marked in a message with `{ LTR("..") }`: an isolate whose characters all
/// read left to right, exactly as typed. An isolate alone is not enough for Arabic-Indic
/// digits: the bidi algorithm still turns "٣٦(٢)" into "(٢)٣٦" inside one.
pub(crate) fn code(text: &str) -> String {
    format!("{LRI}{LRO}{text}{PDF}{PDI}")
}

/// `text` without isolate marks, for places that are not laid out (PDF metadata, alt text).
pub(crate) fn plain(text: &str) -> String {
    text.chars().filter(|c| !is_isolate_mark(*c)).collect()
}

/// A value from outside the messages (a contact's or organization's name, number or address,
/// a holder's own line), as printed: one isolate as a whole, so that it never mixes with the
/// text around it, in the direction of its first letter (a Latin name or a number reads left
/// to right; a holder's line that starts with an Arabic name keeps the name first), with
/// every number and address in it a left-to-right isolate of its own: "أحمد 416-555-0100"
/// must never print as 0100-555-416.
pub(crate) fn value(text: &str) -> String {
    let inner = mark(text, &[]);
    if inner.starts_with(LRI) && inner.ends_with(PDI) && inner.chars().filter(|c| is_isolate_mark(*c)).count() == 2 {
        // Already one left-to-right span (a phone number, an address).
        return inner;
    }
    format!("{FSI}{inner}{PDI}")
}

/// A message's text as printed: every phone number, code, section reference ("183(1)(b.1)"),
/// date written in digits, web address and command-line option in it, and every one of
/// `names` (contact names, spelled as in `contacts.toml`), wrapped in a left-to-right isolate,
/// unless it already lies inside an isolate (from `LTR(..)` or a value). Harmless in
/// left-to-right text, where the marks change nothing.
pub(crate) fn mark(text: &str, names: &[String]) -> String {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let inside = isolated(&chars);
    let mut spans: Vec<(usize, usize)> = Vec::new();
    spans.extend(web_spans(&chars));
    spans.extend(option_spans(&chars));
    spans.extend(code_spans(&chars));
    spans.extend(name_spans(text, &chars, names));
    // Drop spans that touch an existing isolate, then overlapping ones (first, longest wins).
    spans.retain(|&(s, e)| !(s..e).any(|i| inside[i]));
    spans.sort_by_key(|&(s, e)| (s, std::cmp::Reverse(e)));
    let mut kept: Vec<(usize, usize)> = Vec::new();
    for span in spans {
        match kept.last_mut() {
            Some(last) if span.0 < last.1 => last.1 = last.1.max(span.1),
            _ => kept.push(span),
        }
    }
    if kept.is_empty() {
        return text.to_string();
    }
    let byte = |i: usize| chars.get(i).map_or(text.len(), |c| c.0);
    let mut out = String::with_capacity(text.len() + kept.len() * 6);
    let mut at = 0;
    for (s, e) in kept {
        out.push_str(&text[byte(at)..byte(s)]);
        out.push(LRI);
        out.push_str(&text[byte(s)..byte(e)]);
        out.push(PDI);
        at = e;
    }
    out.push_str(&text[byte(at)..]);
    out
}

/// For each character, whether it lies inside an isolate (marks included).
fn isolated(chars: &[(usize, char)]) -> Vec<bool> {
    let mut depth = 0usize;
    chars
        .iter()
        .map(|&(_, c)| match c {
            LRI | RLI | FSI => {
                depth += 1;
                true
            }
            PDI => {
                let was = depth > 0;
                depth = depth.saturating_sub(1);
                was
            }
            _ => depth > 0,
        })
        .collect()
}

/// Whether a span may start at `i`: at the start of the text or after a character that does
/// not continue a word.
fn starts_word(chars: &[(usize, char)], i: usize) -> bool {
    i == 0 || !chars[i - 1].1.is_alphanumeric()
}

/// Web addresses: `http://`, `https://` or `www.`, up to white space or a letter outside
/// ASCII, without the punctuation that ends a sentence.
fn web_spans(chars: &[(usize, char)]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let starts = ["https://", "http://", "www."].iter().any(|p| {
            p.chars().enumerate().all(|(k, pc)| chars.get(i + k).is_some_and(|c| c.1.eq_ignore_ascii_case(&pc)))
        });
        if starts && starts_word(chars, i) {
            let mut e = i;
            while e < chars.len() && chars[e].1.is_ascii_graphic() {
                e += 1;
            }
            while e > i && ".,;:!?)]}'\"".contains(chars[e - 1].1) {
                e -= 1;
            }
            out.push((i, e));
            i = e.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

/// Command-line options (`--back-offset`), with one argument written in ASCII after a space
/// (`--back-offset across,down`): typed as printed, so printed as typed.
fn option_spans(chars: &[(usize, char)]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i + 2 < chars.len() {
        let is_option = chars[i].1 == '-'
            && chars[i + 1].1 == '-'
            && chars[i + 2].1.is_ascii_lowercase()
            && (i == 0 || !(chars[i - 1].1.is_alphanumeric() || chars[i - 1].1 == '-'));
        if !is_option {
            i += 1;
            continue;
        }
        let mut e = i + 2;
        while e < chars.len() && (chars[e].1.is_ascii_lowercase() || chars[e].1.is_ascii_digit() || chars[e].1 == '-') {
            e += 1;
        }
        let is_arg = |c: char| c.is_ascii_alphanumeric() || ".,:+-".contains(c);
        if e + 1 < chars.len() && chars[e].1 == ' ' && chars[e + 1].1.is_ascii_alphanumeric() {
            let mut a = e + 1;
            while a < chars.len() && is_arg(chars[a].1) {
                a += 1;
            }
            while a > e + 1 && ".,:".contains(chars[a - 1].1) {
                a -= 1;
            }
            // An argument ends at white space or the end of the text; a word running on into
            // other letters is prose, not an argument.
            if a == chars.len() || chars[a].1.is_whitespace() || ".,;:)".contains(chars[a].1) {
                e = a;
            }
        }
        out.push((i, e));
        i = e;
    }
    out
}

/// Codes that a reader reads as one left-to-right unit: digits with letters or with other
/// digit groups, joined by `-`, `.`, `/`, `+` or brackets ("183(1)(b.1)", "196.1(a)",
/// "2017-10", "1-800-668-8258", "(416) 977-8111"). A lone number needs nothing.
fn code_spans(chars: &[(usize, char)]) -> Vec<(usize, usize)> {
    let part = |c: char| c.is_ascii_alphanumeric() || "-./()+".contains(c);
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !part(chars[i].1) || (i > 0 && chars[i - 1].1.is_alphanumeric()) {
            i += 1;
            continue;
        }
        let mut e = i;
        loop {
            while e < chars.len() && part(chars[e].1) {
                e += 1;
            }
            // Digit groups separated by one space belong together: "(416) 977-8111".
            let joins = e + 1 < chars.len()
                && chars[e].1 == ' '
                && (chars[e - 1].1.is_ascii_digit() || chars[e - 1].1 == ')')
                && (chars[e + 1].1.is_ascii_digit()
                    || (chars[e + 1].1 == '(' && chars.get(e + 2).is_some_and(|c| c.1.is_ascii_digit())));
            if !joins {
                break;
            }
            e += 1;
        }
        let end = e;
        // A run of letters that goes on outside ASCII is a word, not a code.
        if end < chars.len() && chars[end].1.is_alphanumeric() {
            i = end + 1;
            continue;
        }
        let (mut s, mut t) = (i, end);
        while s < t && !(chars[s].1.is_ascii_alphanumeric() || "(+".contains(chars[s].1)) {
            s += 1;
        }
        while t > s && !(chars[t - 1].1.is_ascii_alphanumeric() || chars[t - 1].1 == ')') {
            t -= 1;
        }
        // Brackets of the sentence around the code stay outside it.
        loop {
            let span = &chars[s..t];
            let opens = span.iter().filter(|c| c.1 == '(').count();
            let closes = span.iter().filter(|c| c.1 == ')').count();
            if closes > opens && t > s && chars[t - 1].1 == ')' {
                t -= 1;
            } else if opens > closes && t > s && chars[s].1 == '(' {
                s += 1;
            } else {
                break;
            }
        }
        let span = &chars[s..t];
        let digits = span.iter().any(|c| c.1.is_ascii_digit());
        let more = span.iter().any(|c| !c.1.is_ascii_digit());
        if digits && more {
            out.push((s, t));
        }
        i = end.max(i + 1);
    }
    out
}

/// Occurrences of `names` as whole words.
fn name_spans(text: &str, chars: &[(usize, char)], names: &[String]) -> Vec<(usize, usize)> {
    let index_of = |byte: usize| chars.partition_point(|c| c.0 < byte);
    let mut out = Vec::new();
    for name in names.iter().filter(|n| !n.trim().is_empty()) {
        for (byte, _) in text.match_indices(name.as_str()) {
            let s = index_of(byte);
            let e = index_of(byte + name.len());
            let before = s == 0 || !chars[s - 1].1.is_alphanumeric();
            let after = e >= chars.len() || !chars[e].1.is_alphanumeric();
            if before && after {
                out.push((s, e));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text with isolates shown as ⟨ ⟩ (left to right) and « » (first strong).
    fn shown(text: &str) -> String {
        text.chars()
            .map(|c| match c {
                LRI => '⟨',
                FSI => '«',
                PDI => '⟩',
                c => c,
            })
            .collect()
    }

    #[test]
    fn marks_codes_references_and_dates() {
        let names = Vec::new();
        assert_eq!(shown(&mark("المادتان 183(1)(b.1) و 196.1(a).", &names)), "المادتان ⟨183(1)(b.1)⟩ و ⟨196.1(a)⟩.");
        assert_eq!(shown(&mark("(IRPA، المادة 36(2)).", &names)), "(IRPA، المادة ⟨36(2)⟩).");
        assert_eq!(
            shown(&mark("as of 2017-10, call (416) 977-8111.", &names)),
            "as of ⟨2017-10⟩, call ⟨(416) 977-8111⟩."
        );
        assert_eq!(shown(&mark("within 48 hours, then 7 days", &names)), "within 48 hours, then 7 days");
        assert_eq!(shown(&mark("100% و 1/7", &names)), "100% و ⟨1/7⟩");
        assert_eq!(shown(&mark("CBSA ليست شرطة", &names)), "CBSA ليست شرطة");
    }

    #[test]
    fn marks_web_addresses_and_options() {
        let names = Vec::new();
        assert_eq!(
            shown(&mark("راجع http://toronto.nooneisillegal.org/knowyourrights، ثم", &names)),
            "راجع ⟨http://toronto.nooneisillegal.org/knowyourrights⟩، ثم"
        );
        assert_eq!(shown(&mark("مع --back-offset (أفقيًا).", &names)), "مع ⟨--back-offset⟩ (أفقيًا).");
        assert_eq!(shown(&mark("مع --back-offset across,down.", &names)), "مع ⟨--back-offset across,down⟩.");
        assert_eq!(shown(&mark("use --sheet a4", &names)), "use ⟨--sheet a4⟩");
    }

    #[test]
    fn marks_names_as_whole_words_and_leaves_isolates_alone() {
        let names = vec!["Migrants Know Your Rights!".to_string(), "CBSA".to_string()];
        assert_eq!(
            shown(&mark("مع CBSA: «Migrants Know Your Rights!»", &names)),
            "مع ⟨CBSA⟩: «⟨Migrants Know Your Rights!⟩»"
        );
        assert_eq!(shown(&mark("CBSAX", &names)), "CBSAX");
        let already = format!("see {}", ltr("183(1)(b.1)"));
        assert_eq!(mark(&already, &names), already);
    }

    #[test]
    fn values_are_isolated_whole_with_their_numbers_left_to_right() {
        assert_eq!(shown(&value("أحمد 416-555-0100")), "«أحمد ⟨416-555-0100⟩⟩");
        assert_eq!(shown(&value("1-800-668-8258")), "⟨1-800-668-8258⟩");
        assert_eq!(shown(&value("https://www.example.org")), "⟨https://www.example.org⟩");
        assert_eq!(shown(&value("Legal Aid Ontario")), "«Legal Aid Ontario⟩");
        assert_eq!(plain(&value("أحمد 416-555-0100")), "أحمد 416-555-0100");
    }
}
