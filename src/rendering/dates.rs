//! The information-as-of date (`info_as_of`, `YYYY-MM` in `pocketcard.toml`) as each language
//! writes a month and year: its month name, its digits and its calendar (Thai readers count
//! years in the Buddhist era), from ICU4X's CLDR data rather than a table of our own. Any
//! value or locale ICU cannot format prints as written (ISO `2017-10`), never a panic.

use icu_calendar::{AnyCalendarKind, Date};
use icu_datetime::DateTimeFormatter;
use icu_datetime::fieldsets::YM;
use icu_datetime::options::YearStyle;
use icu_datetime::unchecked::DateTimeInputUnchecked;
use icu_locale_core::Locale;
use writeable::TryWriteable;

use crate::model::pseudo;

/// `info_as_of` (`YYYY-MM`) as locale `tag` writes the month and year, without isolate
/// marks: "October 2017", "ตุลาคม พ.ศ. 2560", "2017年10月". `None` when the value is not a
/// `YYYY-MM` month or ICU has no way to write it in that locale.
pub(crate) fn format_month(info_as_of: &str, tag: &str) -> Option<String> {
    let (year, month) = parse_month(info_as_of)?;
    let locale = icu_locale(tag)?;
    // The long month name; ICU 2.4 cannot format Brazilian Portuguese's long year-month
    // ("outubro de 2017": it reports its number formatter as not loaded), so each length is
    // tried in turn, and Portuguese prints the medium "out. de 2017".
    let format = |locale: &Locale| {
        [YM::long(), YM::medium()].into_iter().find_map(|fields| format_with(locale, fields, year, month))
    };
    let text = format(&locale)?;
    // A language CLDR has no data for gets the root locale's form ("2017 M10"), which no
    // reader writes: the value as written reads better.
    let root = format(&Locale::UNKNOWN);
    (locale.id.language != Locale::UNKNOWN.id.language && Some(&text) != root.as_ref()).then_some(text)
}

/// Formats `year`-`month` with one length of the year-month field set, showing the era
/// only where the locale counts years in a calendar other than the Gregorian one.
fn format_with(locale: &Locale, fields: YM, year: i32, month: u8) -> Option<String> {
    let formatter = DateTimeFormatter::try_new(locale.clone().into(), fields.with_year_style(YearStyle::Full)).ok()?;
    let formatter = match formatter.calendar().kind() {
        AnyCalendarKind::Gregorian | AnyCalendarKind::Iso => formatter,
        _ => DateTimeFormatter::try_new(locale.clone().into(), fields.with_year_style(YearStyle::WithEra)).ok()?,
    };
    let date = Date::try_new_iso(year, month, 1).ok()?.to_calendar(formatter.calendar());
    let mut input = DateTimeInputUnchecked::default();
    // The date is in the formatter's own calendar, and a year-month needs only date fields.
    input.set_date_fields_unchecked(date);
    // Unlike `format`, which panics in debug builds when formatting fails (as Portuguese long
    // does), this returns the failure, and the caller falls back.
    let text = formatter.format_unchecked(input).try_write_to_string().ok()?.into_owned();
    Some(text).filter(|t| !t.trim().is_empty())
}

/// `YYYY-MM` as (year, month), or `None` for anything else.
fn parse_month(text: &str) -> Option<(i32, u8)> {
    crate::model::project::year_month(text)
}

/// The ICU locale for a pocketcard locale tag: Tagalog's CLDR data is filed under Filipino
/// (`fil`), and the pseudolocale is English with accents, so it writes dates as English does.
fn icu_locale(tag: &str) -> Option<Locale> {
    let (language, rest) = match tag.split_once('-') {
        Some((language, rest)) => (language, Some(rest)),
        None => (tag, None),
    };
    let language = match language {
        "tl" => "fil",
        pseudo::TAG => "en",
        other => other,
    };
    let tag = match rest {
        Some(rest) => format!("{language}-{rest}"),
        None => language.to_string(),
    };
    tag.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_only_year_and_month() {
        assert_eq!(parse_month("2017-10"), Some((2017, 10)));
        for bad in ["2017-13", "2017-00", "17-10", "2017-1", "2017/10", "October 2017", "", "2017-10-01"] {
            assert_eq!(parse_month(bad), None, "{bad}");
        }
    }

    #[test]
    fn every_shipped_locale_writes_october_2017_its_own_way() {
        let expected = [
            ("ar", "أكتوبر 2017"),
            ("en", "October 2017"),
            ("es", "octubre de 2017"),
            ("fr", "octobre 2017"),
            ("ko", "2017년 10월"),
            ("pt", "out. de 2017"),
            ("th", "ตุลาคม พ.ศ. 2560"),
            ("tl", "Oktubre 2017"),
            ("vi", "tháng 10 năm 2017"),
            ("zh-Hans", "2017年10月"),
            ("zh-Hant", "2017年10月"),
            // The pseudolocale is accented English: it writes dates as English does.
            ("qps", "October 2017"),
        ];
        let got: Vec<(&str, Option<String>)> =
            expected.iter().map(|(tag, _)| (*tag, format_month("2017-10", tag))).collect();
        let want: Vec<(&str, Option<String>)> =
            expected.iter().map(|(tag, text)| (*tag, Some(text.to_string()))).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn a_bad_value_or_unknown_tag_is_not_formatted() {
        for bad in ["2017-13", "s\u{0435}x work", "", "2017"] {
            for tag in ["en", "th", "ar"] {
                assert_eq!(format_month(bad, tag), None, "{bad:?} in {tag}");
            }
        }
        // Not a tag, and a language CLDR has no data for.
        for tag in ["not a tag!", "xx"] {
            assert_eq!(format_month("2017-10", tag), None, "{tag}");
        }
    }
}
