//! The pseudolocale `qps`: English with accented letters, about 40% longer, generated on
//! request and never stored. It shows which layouts will overflow in a longer language, and
//! which strings bypass translation, before anyone translates.

use std::borrow::Cow;

/// The tag of the pseudolocale.
pub(crate) const TAG: &str = "qps";

/// Whether a command's `--lang` list asks for the pseudolocale.
pub(crate) fn wanted(langs: &[String]) -> bool {
    langs.iter().any(|l| l == TAG)
}

/// How much longer pseudolocalized text is than English, in percent.
pub(crate) const GROWTH_PERCENT: usize = 40;

/// Words appended to lengthen text: accented, so they also exercise the fonts.
const FILLER: &str = "ļöŕéɱ îþšûɱ đöļöŕ šîţ åɱéţ çöñšéçţéţûŕ åđîþîšçîñĝ éļîţ šéđ đö éîûšɱöđ ţéɱþöŕ ";

/// Pseudolocalizes one text element of a Fluent pattern (placeables are left alone).
pub(crate) fn transform(text: &str) -> Cow<'_, str> {
    if !text.chars().any(char::is_alphabetic) {
        return Cow::Borrowed(text);
    }
    let mut out: String = text.chars().map(accent).collect();
    let extra = (text.chars().count() * GROWTH_PERCENT).div_ceil(100);
    if !out.ends_with(' ') {
        out.push(' ');
    }
    out.extend(FILLER.chars().cycle().take(extra));
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    if text.ends_with(' ') {
        out.push(' ');
    }
    Cow::Owned(out)
}

/// The accented form of an ASCII letter, or the character itself.
fn accent(c: char) -> char {
    match c {
        'a' => 'å',
        'c' => 'ç',
        'e' => 'é',
        'i' => 'î',
        'n' => 'ñ',
        'o' => 'ö',
        'u' => 'û',
        'y' => 'ý',
        'A' => 'Å',
        'C' => 'Ç',
        'E' => 'É',
        'I' => 'Î',
        'N' => 'Ñ',
        'O' => 'Ö',
        'U' => 'Û',
        'Y' => 'Ý',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengthens_by_about_forty_percent_and_accents() {
        let english = "Officers must say who they work for.";
        let pseudo = transform(english);
        let ratio = pseudo.chars().count() as f64 / english.chars().count() as f64;
        assert!((1.3..=1.5).contains(&ratio), "ratio {ratio}: {pseudo}");
        assert!(pseudo.starts_with("Öffîçérs mûst såý whö théý wörk för. "), "{pseudo}");
    }

    #[test]
    fn leaves_punctuation_only_text_alone() {
        assert_eq!(transform(" - "), " - ");
    }
}
