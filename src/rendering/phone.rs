//! Phone images: every side of a card on one portrait picture sized for a phone screen, so a
//! worker can keep it in a photo album and an outreach worker can send it by message.

use tiny_skia::{Color, Pixmap, PixmapPaint, Transform};
use typst::utils::Scalar;
use typst_layout::PagedDocument;
use typst_render::RenderOptions;

/// The picture's size in pixels: portrait Full HD, what most phones show edge to edge.
pub(crate) const WIDTH: u32 = 1080;
pub(crate) const HEIGHT: u32 = 1920;

/// Space around and between the sides, in pixels.
const MARGIN: f64 = 60.0;
const GAP: f64 = 60.0;

/// Renders all pages of `document`, stacked top to bottom and centred, as large as fits, on a
/// light grey background that shows the card's edges.
pub(crate) fn render(document: &PagedDocument) -> Result<Vec<u8>, String> {
    let pages = document.pages();
    if pages.is_empty() {
        return Err("the document has no pages".into());
    }
    let widest = pages.iter().map(|p| p.frame.width().to_pt()).fold(0.0, f64::max);
    let total_height: f64 = pages.iter().map(|p| p.frame.height().to_pt()).sum();
    let available_w = f64::from(WIDTH) - 2.0 * MARGIN;
    let available_h = f64::from(HEIGHT) - 2.0 * MARGIN - GAP * (pages.len() as f64 - 1.0);
    let scale = (available_w / widest).min(available_h / total_height);

    let mut canvas = Pixmap::new(WIDTH, HEIGHT).ok_or("cannot allocate the phone image")?;
    canvas.fill(Color::from_rgba8(0xee, 0xee, 0xee, 0xff));
    let used = total_height * scale + GAP * (pages.len() as f64 - 1.0);
    let mut y = (f64::from(HEIGHT) - used) / 2.0;
    for page in pages {
        let options = RenderOptions { pixel_per_pt: Scalar::new(scale), render_bleed: false };
        let side = typst_render::render(page, &options);
        let x = (f64::from(WIDTH) - f64::from(side.width())) / 2.0;
        canvas.draw_pixmap(
            x.round() as i32,
            y.round() as i32,
            side.as_ref(),
            &PixmapPaint::default(),
            Transform::identity(),
            None,
        );
        y += f64::from(side.height()) + GAP;
    }
    crate::rendering::raster::encode_png(&canvas).map_err(|err| format!("cannot encode the phone image: {err}"))
}
