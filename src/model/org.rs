//! An organization's branding (`--org FILE`): its name, phone, web address and logo, printed
//! on every card beside (or instead of) the default contacts.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Deserialize;
use typst::foundations::Bytes;

use crate::diag::{Diagnostic, Kind, Location, display_path};
use crate::model::contacts;
use crate::model::input::{self, FileKind};
use crate::model::project::locate_value;
use crate::model::toml_file;

/// What an organization file says.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrgFile {
    /// The organization's name, printed as it is.
    pub name: String,
    /// Its phone number, e.g. `416-555-0100`.
    #[serde(default)]
    pub phone: Option<String>,
    /// Its web address.
    #[serde(default)]
    pub web: Option<String>,
    /// A logo, SVG or PNG, relative to the organization file.
    #[serde(default)]
    pub logo: Option<PathBuf>,
    /// `join`: print it beside the default contacts; `replace`: print it instead of them.
    #[serde(default)]
    pub contacts: OrgMode,
}

/// Whether an organization joins or replaces the default contacts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum OrgMode {
    #[default]
    Join,
    Replace,
}

/// A checked organization, its logo read into memory.
#[derive(Debug, Clone)]
pub struct Org {
    pub file: OrgFile,
    /// The logo's virtual path (`/org/logo.svg`) and bytes.
    pub logo: Option<(String, Bytes)>,
    /// The file it was read from and its text, for diagnostics that point into it.
    pub path: PathBuf,
    pub text: Arc<str>,
}

/// Reads and checks an organization file, reporting every problem at once.
pub(crate) fn load(path: &Path) -> Result<Org, Vec<Diagnostic>> {
    let text = toml_file::read_text_of(path, FileKind::Org).map_err(|d| vec![d])?;
    from_text(path, text, |logo_path| input::read(logo_path, FileKind::Logo))
}

/// The logo file an organization file names, beside it, when the file can be read and parsed:
/// what `watch` follows, so that a logo saved again is printed again.
pub(crate) fn logo_named(path: &Path) -> Option<PathBuf> {
    let text = toml_file::read_text_of(path, FileKind::Org).ok()?;
    let file: OrgFile = toml_file::parse(path, &text).ok()?;
    Some(path.parent().unwrap_or(Path::new(".")).join(file.logo?))
}

/// Checks an organization file's `text` as [`load`] does, `path` naming it in diagnostics;
/// `read_logo` gives the bytes of the logo it names (the path beside `path`). `serve` passes
/// the text and the uploaded logo it holds in memory, so both are checked exactly as `--org`.
pub(crate) fn from_text(
    path: &Path,
    text: Arc<str>,
    read_logo: impl FnOnce(&Path) -> Result<Vec<u8>, input::ReadError>,
) -> Result<Org, Vec<Diagnostic>> {
    let file: OrgFile = toml_file::parse(path, &text).map_err(|d| vec![d])?;
    let shown = display_path(path);
    let at = |value: &str| Location::new(&shown, text.clone(), locate_value(&text, value));
    let mut errors = Vec::new();
    if file.name.trim().is_empty() {
        errors.push(Diagnostic::error(Kind::Invalid, "the organization's name is empty").in_file(&shown));
    }
    if let Some(phone) = &file.phone
        && contacts::tel_uri(phone).is_none()
    {
        errors.push(
            Diagnostic::error(Kind::Invalid, "the organization's phone number is malformed")
                .at(at(phone))
                .hint("write a 10-digit North American number such as 416-555-0100"),
        );
    }
    if let Some(web) = &file.web
        && !contacts::is_web_address(web)
    {
        errors.push(
            Diagnostic::error(Kind::Invalid, "the organization's web address is invalid")
                .at(at(web))
                .hint("write a full address such as https://www.example.org"),
        );
    }
    let mut logo = None;
    if let Some(relative) = &file.logo {
        let logo_path = path.parent().unwrap_or(Path::new(".")).join(relative);
        let extension = relative.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
        // The name is checked before any byte is read: `logo = "/dev/zero"` reads nothing.
        let read = match extension.as_deref() {
            Some(ext @ ("svg" | "png")) => Some((ext, read_logo(&logo_path))),
            _ => None,
        };
        match read {
            Some((ext, Ok(bytes))) => match input::image_too_large(&bytes) {
                Some(why) => errors.push(
                    Diagnostic::error(
                        Kind::TooLarge,
                        format!("the logo {} is too large: {why}", display_path(&logo_path).display()),
                    )
                    .at(at(&relative.to_string_lossy()))
                    .hint("a logo prints a few millimetres tall: 600 pixels on its longer side is plenty"),
                ),
                None => logo = Some((format!("/org/logo.{ext}"), Bytes::new(bytes))),
            },
            Some((_, Err(err))) => errors.push(
                Diagnostic::error(
                    Kind::Io,
                    format!(
                        "cannot read the logo {}: {}",
                        display_path(&logo_path).display(),
                        err.describe(FileKind::Logo)
                    ),
                )
                .at(at(&relative.to_string_lossy()))
                .hint("the logo's path is relative to the organization file"),
            ),
            None => errors.push(
                Diagnostic::error(Kind::Invalid, "the logo must be an SVG or PNG file")
                    .at(at(&relative.to_string_lossy()))
                    .hint("convert it to .svg or .png"),
            ),
        }
    }
    if errors.is_empty() { Ok(Org { file, logo, path: path.to_path_buf(), text }) } else { Err(errors) }
}
