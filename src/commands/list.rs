//! `pocketcard list`: the project's cards, locales and font families.

use std::fmt::Write as _;

use crate::model::card::CardSize;
use crate::model::locale::{FALLBACK, Lookup, Paper, Status};
use crate::model::review::LocaleSummary;
use crate::rendering::session::Session;

/// The listing as text, one card or locale a line.
pub(crate) fn listing(session: &Session) -> String {
    let project = &session.project;
    let mut out = String::new();
    let _ = writeln!(out, "cards:");
    for card in project.cards.values() {
        let mut errors = Vec::new();
        let title = match project.localizer.format(FALLBACK, &card.title, None, None, &mut errors) {
            Lookup::Found(t) | Lookup::FellBack(t) => t,
            Lookup::Missing => String::new(),
        };
        let size = match card.size {
            CardSize::Paper => "Letter or A4".to_string(),
            size => {
                let (w, h) = size.millimetres(Paper::Letter);
                format!("{w} x {h} mm")
            }
        };
        let _ = writeln!(
            out,
            "  {:<18} {:<40} {size}, for {:?}, layout cards/{}",
            card.id, title, card.audience, card.layout
        );
    }
    let _ = writeln!(out, "locales:");
    for tag in project.localizer.tags() {
        let Some(locale) = project.localizer.locale(tag) else {
            continue;
        };
        let meta = &locale.meta;
        // Computed from the sign-offs, never typed: see `review::status`.
        let summary = LocaleSummary::of(project, tag);
        let status = match (summary.status(), tag == FALLBACK) {
            (Status::Reviewed, _) => "reviewed",
            (Status::Draft, true) => "source, unreviewed",
            (Status::Draft, false) => "draft",
        };
        let _ = writeln!(
            out,
            "  {:<8} {:<12} {:<4} {:<19} {} messages: {} missing, {} stale, {} untracked, {} unreviewed; fonts: {}",
            tag,
            meta.name,
            format!("{:?}", meta.dir).to_lowercase(),
            status,
            summary.messages,
            summary.missing,
            summary.stale,
            summary.untracked,
            summary.unreviewed,
            meta.fonts.join(", ")
        );
    }
    let mut families: Vec<String> = session.fonts.book().families().map(|(family, _)| family.to_string()).collect();
    families.dedup();
    let _ = writeln!(out, "font families: {}", families.join(", "));
    out
}
