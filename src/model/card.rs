//! The card model: what `cards/<id>.toml` says about one card or flyer.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::model::locale::Paper;

/// One card or flyer, as its TOML file describes it. Texts are Fluent message ids, never text.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Card {
    /// The card's id: its file name without `.toml`.
    #[serde(skip)]
    pub id: String,
    /// The file it was loaded from.
    #[serde(skip)]
    pub path: PathBuf,
    /// Message id of the card's title (PDF metadata, listings).
    pub title: String,
    /// The Typst layout, relative to `cards/`.
    pub layout: String,
    /// The printed size.
    pub size: CardSize,
    /// Who the card is for; worker-facing cards must stay discreet.
    pub audience: Audience,
    /// The blocks of text, in reading order.
    pub sections: Vec<Section>,
    /// Organizations whose numbers the card prints.
    #[serde(default)]
    pub contacts: Vec<CardContact>,
    /// QR codes printed on the card.
    #[serde(default)]
    pub qr: Vec<QrSpec>,
    /// Blank lines the holder fills in by hand (or `--personal` fills in), in order.
    #[serde(default)]
    pub write_in: Vec<WriteIn>,
    /// Fixed strings the layout places (slot name -> message id), resolved on every side.
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
}

/// The id of the one write-in line a carried card may have: the holder's own lawyer.
pub(crate) const HOLDER_LAWYER: &str = "lawyer";

impl Card {
    /// Whether the holder carries this card: a worker's card of wallet size, or one that folds
    /// down to it. A carried card is taken on detention with the phone and the contact list,
    /// so it may name no one but the holder's lawyer.
    pub fn is_carried(&self) -> bool {
        self.audience == Audience::Worker && matches!(self.size, CardSize::Cr80 | CardSize::FoldCr80)
    }

    /// The write-in lines this card may not have: on a carried card, every line but the
    /// holder's lawyer; on any other card, none.
    pub(crate) fn forbidden_write_ins(&self) -> impl Iterator<Item = &WriteIn> {
        let carried = self.is_carried();
        self.write_in.iter().filter(move |w| carried && w.id != HOLDER_LAWYER)
    }
}

/// A labelled blank line, such as "My lawyer".
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WriteIn {
    /// The key a `--personal` file uses to fill it.
    pub id: String,
    /// Message id of its label.
    pub label: String,
    /// The side it is printed on.
    #[serde(default)]
    pub side: Side,
}

/// The printed size of a card.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CardSize {
    /// ISO/IEC 7810 ID-1, the size of a bank card: 85.6 x 53.98 mm.
    Cr80,
    /// One sheet of four CR80 panels (2 x 2, 171.2 x 107.96 mm) that folds down to CR80.
    FoldCr80,
    /// A full sheet of paper: the locale's default (Letter or A4) unless `--paper` says.
    Paper,
}

impl CardSize {
    /// Width and height of the trimmed page in millimetres, on `paper` for [`CardSize::Paper`].
    pub(crate) fn millimetres(self, paper: Paper) -> (f64, f64) {
        match self {
            CardSize::Cr80 => (85.6, 53.98),
            CardSize::FoldCr80 => (2.0 * 85.6, 2.0 * 53.98),
            CardSize::Paper => paper.millimetres(),
        }
    }
}

/// Who reads a card.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Audience {
    /// A migrant worker carries it: it must never mention sex work.
    Worker,
    /// Service providers and counsel.
    Provider,
}

/// Which side of the card a text belongs to, and so which language it is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Side {
    /// The holder's side, in the holder's language.
    #[default]
    Holder,
    /// The side shown to an officer, in the officer's language (English by default).
    Officer,
}

/// One block of text: a message whose value is the body and whose `.title` is the heading.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// The Fluent message id.
    pub message: String,
    /// The side it is printed on.
    #[serde(default)]
    pub side: Side,
    /// A name the layout uses to place sections together (`checklist`, `page-2`).
    #[serde(default)]
    pub group: Option<String>,
}

/// A contact printed on a card.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CardContact {
    /// The contact's id in `contacts.toml`.
    pub id: String,
    /// Message id of a short note printed beside it (who it helps, what it costs).
    #[serde(default)]
    pub note: Option<String>,
    /// The side it is printed on.
    #[serde(default)]
    pub side: Side,
}

/// A QR code: its payload comes from a contact's phone or web address, or a web address here.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QrSpec {
    /// Names the code for the layout.
    pub id: String,
    /// The side it is printed on.
    #[serde(default)]
    pub side: Side,
    /// A contact whose phone (`link = "tel"`) or web address (`link = "web"`) it encodes.
    #[serde(default)]
    pub contact: Option<String>,
    /// Which of the contact's addresses to encode.
    #[serde(default)]
    pub link: Option<QrLink>,
    /// A web address to encode directly.
    #[serde(default)]
    pub url: Option<String>,
    /// Message id of the caption printed under it, also its alt text.
    pub caption: String,
}

/// Which address of a contact a QR code encodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum QrLink {
    Tel,
    Web,
}
