//! The page's settings as it sends them (JSON), checked the way `build`'s arguments are and
//! turned into a [`BuildPlan`]: the organization through `org::from_text` and the holder's
//! values through `personal::from_text`, from memory, exactly as `--org` and `--personal`
//! check their files.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use base64::Engine as _;
use serde::Deserialize;

use crate::commands::build::{BuildPlan, BuildRequest};
use crate::diag::{Diagnostic, Kind};
use crate::model::locale::Paper;
use crate::model::org::{self, Org};
use crate::rendering::compile::Format;
use crate::rendering::session::Session;
use crate::rendering::sheet::BackOffset;

/// The name the organization's settings go by in diagnostics, and as the page saves them.
pub(crate) const ORG_FILE: &str = "org.toml";

/// The name the holder's values go by in diagnostics (they are never a file).
const PERSONAL_FIELDS: &str = "the personal fields";

/// Everything the page's controls say.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub(crate) struct Settings {
    pub cards: Vec<String>,
    pub langs: Vec<String>,
    pub officer_lang: Option<String>,
    pub paper: Option<Paper>,
    pub sheets: Vec<Paper>,
    pub fold: bool,
    pub calibrate: bool,
    pub phone: bool,
    pub bleed: Option<f64>,
    /// `X,Y` in millimetres, as `--back-offset` takes it; empty for none.
    pub back_offset: String,
    pub org: Option<OrgSettings>,
    /// The card and language the preview shows and the PDF download makes.
    pub preview: Option<Pick>,
    /// The holder's values by write-in line: only in a PDF download.
    pub personal: BTreeMap<String, String>,
}

/// The organization's fields.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub(crate) struct OrgSettings {
    pub name: String,
    pub phone: String,
    pub web: String,
    /// `join` or `replace`.
    pub contacts: String,
    pub logo: Option<Logo>,
}

/// An uploaded logo: its file name (for its kind) and its bytes, base64-encoded.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Logo {
    pub name: String,
    pub data: String,
}

/// One card in one language.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Pick {
    pub card: String,
    pub lang: String,
}

/// A request that cannot be carried out: a message for the page, and the problems behind it.
#[derive(Debug)]
pub(crate) struct Refused {
    pub message: String,
    pub problems: Vec<Diagnostic>,
}

impl Refused {
    pub(crate) fn new(message: impl Into<String>, problems: Vec<Diagnostic>) -> Refused {
        Refused { message: message.into(), problems }
    }
}

/// Parses a request body. serde's messages may quote what they read, which may be a
/// holder's number, so only the place and the kind of mistake are kept.
pub(crate) fn parse(body: &[u8]) -> Result<Settings, Refused> {
    serde_json::from_slice(body).map_err(|err| {
        let what = match err.classify() {
            serde_json::error::Category::Syntax | serde_json::error::Category::Eof => "is not valid JSON",
            serde_json::error::Category::Data => "has a setting of the wrong kind or an unknown setting",
            serde_json::error::Category::Io => "could not be read",
        };
        Refused::new(
            format!("the request {what} (line {}, column {})", err.line(), err.column()),
            vec![Diagnostic::error(Kind::Invalid, format!("the settings sent {what}")).hint(
                "the page sends cards, langs, officer_lang, paper, sheets, fold, calibrate, phone, bleed, \
                 back_offset, org, preview and personal",
            )],
        )
    })
}

impl Settings {
    /// The build these settings ask for, without `--org` and `--personal`
    /// (which are added from memory by [`Settings::plan`]).
    fn build_request(&self, cards: Vec<String>, langs: Vec<String>) -> Result<BuildRequest, Refused> {
        let back_offset = match self.back_offset.trim() {
            "" => None,
            text => Some(text.parse::<BackOffset>().map_err(|why| {
                Refused::new(
                    format!("the back offset {text:?} is not usable: {why}"),
                    vec![Diagnostic::error(Kind::Invalid, format!("the back offset {text:?} is not usable: {why}"))],
                )
            })?),
        };
        if let Some(bleed) = self.bleed
            && !(0.0..=10.0).contains(&bleed)
        {
            let message = format!("a bleed of {bleed} mm is out of range");
            return Err(Refused::new(
                &message,
                vec![
                    Diagnostic::error(Kind::Invalid, message.clone())
                        .hint("bleed is from 0 to 10 millimetres; 3 is usual"),
                ],
            ));
        }
        Ok(BuildRequest {
            cards,
            langs,
            officer_lang: self.officer_lang.clone().filter(|l| !l.is_empty()).unwrap_or_else(|| "en".into()),
            formats: vec![Format::Pdf, Format::Png],
            out: None,
            paper: self.paper,
            personal: None,
            org: None,
            sheets: self.sheets.clone(),
            bleed: self.bleed,
            fold: self.fold,
            calibrate: self.calibrate,
            back_offset,
            phone: self.phone,
            force: false,
            // serve renders in memory: there is no output folder, so no manifest.
            force_rebuild: true,
            jobs: Some(1),
        })
    }

    /// The plan of what to render: every chosen card in every chosen language (`pick` narrows
    /// it to one card in one language), with the organization and, when `personal`, the
    /// holder's values. Names are checked against the project, every problem reported at once.
    pub(crate) fn plan(&self, session: &Session, pick: Option<&Pick>, personal: bool) -> Result<BuildPlan, Refused> {
        let (cards, langs) = match pick {
            Some(pick) => (vec![pick.card.clone()], vec![pick.lang.clone()]),
            None => (self.cards.clone(), self.langs.clone()),
        };
        if cards.is_empty() || langs.is_empty() {
            return Err(Refused::new("choose at least one card and one language", Vec::new()));
        }
        let mut args = self.build_request(cards, langs)?;
        if pick.is_some() {
            // One card in one language: its own PDF and pages only.
            args.sheets.clear();
            args.calibrate = false;
            args.fold = false;
            args.phone = false;
        }
        let mut plan = BuildPlan::new(&args, session)
            .map_err(|problems| Refused::new("these settings cannot make cards", problems))?;
        plan.options.org = self.checked_org()?;
        if personal && self.personal.values().any(|v| !v.trim().is_empty()) {
            if plan.documents.langs.len() != 1 {
                return Err(Refused::new(
                    "the holder's own numbers fill in one person's card, so they need exactly one language",
                    Vec::new(),
                ));
            }
            let mut table = toml::Table::new();
            for (key, value) in self.personal.iter().filter(|(_, v)| !v.trim().is_empty()) {
                table.insert(key.clone(), toml::Value::String(value.trim().to_string()));
            }
            // In memory only, and checked as a personal file is.
            let text: Arc<str> = toml::to_string(&table).unwrap_or_default().into();
            plan.options.personal = crate::model::personal::from_text(
                Path::new(PERSONAL_FIELDS),
                text,
                &session.project,
                &plan.documents.cards,
            )
            .map_err(|problems| Refused::new("the holder's own numbers cannot go on this card", problems))?;
            plan.formats = vec![Format::Pdf];
        }
        Ok(plan)
    }

    /// The organization file these settings amount to, as its text: what "Save as org.toml"
    /// downloads, and what is checked.
    pub(crate) fn org_toml(&self) -> Option<String> {
        let org = self.org.as_ref()?;
        let given = |s: &str| !s.trim().is_empty();
        if !given(&org.name) && !given(&org.phone) && !given(&org.web) && org.logo.is_none() {
            return None;
        }
        let mut table = toml::Table::new();
        table.insert("name".into(), toml::Value::String(org.name.trim().into()));
        for (key, value) in [("phone", &org.phone), ("web", &org.web)] {
            if given(value) {
                table.insert(key.into(), toml::Value::String(value.trim().into()));
            }
        }
        if let Some(logo) = &org.logo {
            table.insert("logo".into(), toml::Value::String(logo_name(&logo.name)));
        }
        let mode = if org.contacts == "replace" { "replace" } else { "join" };
        table.insert("contacts".into(), toml::Value::String(mode.into()));
        Some(toml::to_string(&table).unwrap_or_default())
    }

    /// The organization, checked by `org::from_text` as `--org` checks its file.
    pub(crate) fn checked_org(&self) -> Result<Option<Org>, Refused> {
        let Some(text) = self.org_toml() else {
            return Ok(None);
        };
        let logo = match self.org.as_ref().and_then(|o| o.logo.as_ref()) {
            Some(logo) => Some(base64::engine::general_purpose::STANDARD.decode(logo.data.trim()).map_err(|_| {
                Refused::new(
                    "the logo did not arrive whole",
                    vec![
                        Diagnostic::error(Kind::Invalid, "the uploaded logo is not base64 data")
                            .hint("choose the logo file again"),
                    ],
                )
            })?),
            None => None,
        };
        let read_logo = move |_: &Path| -> Result<Vec<u8>, crate::model::input::ReadError> {
            let bytes = logo.unwrap_or_default();
            let limit = crate::model::input::FileKind::Logo.limit();
            if bytes.len() as u64 > limit {
                return Err(crate::model::input::ReadError::TooLarge { size: bytes.len() as u64, limit });
            }
            Ok(bytes)
        };
        org::from_text(Path::new(ORG_FILE), text.into(), read_logo)
            .map(Some)
            .map_err(|problems| Refused::new("the organization cannot go on the cards", problems))
    }
}

/// The logo's name in `org.toml`: `logo.` and the uploaded file's own extension, so that a
/// logo that is neither SVG nor PNG is refused by the organization check, naming it.
fn logo_name(uploaded: &str) -> String {
    let extension: String = Path::new(uploaded)
        .extension()
        .map(|e| e.to_string_lossy().chars().filter(|c| c.is_ascii_alphanumeric()).take(8).collect())
        .unwrap_or_default();
    if extension.is_empty() { "logo".into() } else { format!("logo.{}", extension.to_ascii_lowercase()) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_malformed_request_names_its_place_never_its_values() {
        let err = parse(br#"{"personal": {"lawyer": 4165550199}}"#).unwrap_err();
        assert!(err.message.contains("wrong kind"), "{}", err.message);
        assert!(!format!("{err:?}").contains("4165550199"));
        assert!(parse(b"{").unwrap_err().message.contains("not valid JSON"));
        assert!(parse(br#"{"cards": [], "shoe": 1}"#).is_err());
        assert!(parse(br#"{"cards": ["wallet-rights"], "langs": ["th"]}"#).is_ok());
    }

    #[test]
    fn the_org_fields_make_an_org_file() {
        let settings = Settings {
            org: Some(OrgSettings {
                name: "Our \"Collective\"".into(),
                phone: "416-555-0100".into(),
                web: String::new(),
                contacts: "replace".into(),
                logo: Some(Logo { name: "My Logo.PNG".into(), data: String::new() }),
            }),
            ..Settings::default()
        };
        let text = settings.org_toml().unwrap();
        let table: toml::Table = toml::from_str(&text).unwrap();
        assert_eq!(table["name"].as_str(), Some("Our \"Collective\""));
        assert_eq!(table["logo"].as_str(), Some("logo.png"));
        assert_eq!(table["contacts"].as_str(), Some("replace"));
        assert!(!table.contains_key("web"));
        assert_eq!(Settings::default().org_toml(), None);
    }
}
