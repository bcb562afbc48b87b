//! Contacts: organizations, their phone numbers and web addresses, with where each came from.

use serde::{Deserialize, Serialize};

/// One organization a card can print, as `contacts.toml` holds it.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// The organization's name, printed as it is (names are not translated).
    pub name: String,
    /// Phone number as printed, e.g. `1-800-668-8258`.
    #[serde(default)]
    pub phone: Option<String>,
    /// Web address, e.g. `https://www.example.org/page`.
    #[serde(default)]
    pub web: Option<String>,
    /// Where the facts come from: the source document's section.
    pub source: String,
    /// When the number and address were last checked (`YYYY-MM` or `YYYY-MM-DD`).
    pub verified: String,
}

impl Contact {
    /// The phone number as a `tel:` URI (RFC 3966), for QR codes and links.
    pub(crate) fn tel_uri(&self) -> Option<String> {
        self.phone.as_deref().and_then(tel_uri)
    }
}

/// Turns a printed North American number (`1-800-668-8258`, `416-977-8111`) into a global
/// `tel:` URI, or `None` when the number is not well formed.
pub(crate) fn tel_uri(phone: &str) -> Option<String> {
    if !phone.chars().all(|c| c.is_ascii_digit() || " -+().".contains(c)) {
        return None;
    }
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    let national = match digits.len() {
        10 => digits.as_str(),
        11 if digits.starts_with('1') => &digits[1..],
        _ => return None,
    };
    // NANP area codes and exchanges never start with 0 or 1.
    if national.starts_with(['0', '1']) || national[3..].starts_with(['0', '1']) {
        return None;
    }
    Some(format!("tel:+1-{}-{}-{}", &national[..3], &national[3..6], &national[6..]))
}

/// Whether a web address is an absolute `http(s)` URL with a host that has a dot.
pub(crate) fn is_web_address(url: &str) -> bool {
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
    let Some(rest) = rest else { return false };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    !host.is_empty()
        && host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && host.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
        && !url.chars().any(char::is_whitespace)
}

/// Whether a verification date is `YYYY-MM` or `YYYY-MM-DD` with a real month and day.
pub(crate) fn is_verified_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let num = |s: &str, len: usize| s.len() == len && s.chars().all(|c| c.is_ascii_digit());
    match parts.as_slice() {
        [y, m] => num(y, 4) && num(m, 2) && (1..=12).contains(&m.parse::<u32>().unwrap_or(0)),
        [y, m, d] => {
            num(y, 4)
                && num(m, 2)
                && num(d, 2)
                && (1..=12).contains(&m.parse::<u32>().unwrap_or(0))
                && (1..=31).contains(&d.parse::<u32>().unwrap_or(0))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tel_uris_from_printed_numbers() {
        assert_eq!(tel_uri("1-800-668-8258").as_deref(), Some("tel:+1-800-668-8258"));
        assert_eq!(tel_uri("416-977-8111").as_deref(), Some("tel:+1-416-977-8111"));
        assert_eq!(tel_uri("(416) 977 8111").as_deref(), Some("tel:+1-416-977-8111"));
        assert_eq!(tel_uri("416-977-811"), None);
        assert_eq!(tel_uri("016-977-8111"), None);
        assert_eq!(tel_uri("call 416-977-8111"), None);
    }

    #[test]
    fn web_addresses() {
        assert!(is_web_address("https://www.butterflysw.org/legal-information-for-services-prov"));
        assert!(is_web_address("http://toronto.nooneisillegal.org/knowyourrights"));
        assert!(!is_web_address("www.example.org"));
        assert!(!is_web_address("https://localhost/x"));
        assert!(!is_web_address("https://exa mple.org"));
    }

    #[test]
    fn verified_dates() {
        assert!(is_verified_date("2017-10"));
        assert!(is_verified_date("2026-11-29"));
        assert!(!is_verified_date("2017-13"));
        assert!(!is_verified_date("October 2017"));
    }
}
