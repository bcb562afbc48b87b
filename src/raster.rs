//! PNG encoding of rendered pages, tuned for many documents: fast DEFLATE, and RGB without an
//! alpha channel when the page is opaque (as printed pages are).

use tiny_skia::Pixmap;

/// Encodes a rendered page or picture as PNG.
pub fn encode_png(pixmap: &Pixmap) -> Result<Vec<u8>, String> {
    let opaque = pixmap.pixels().iter().all(|p| p.alpha() == 255);
    let data: Vec<u8> = if opaque {
        pixmap.pixels().iter().flat_map(|p| [p.red(), p.green(), p.blue()]).collect()
    } else {
        pixmap
            .pixels()
            .iter()
            .flat_map(|p| {
                let c = p.demultiply();
                [c.red(), c.green(), c.blue(), c.alpha()]
            })
            .collect()
    };
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
    encoder.set_color(if opaque { png::ColorType::Rgb } else { png::ColorType::Rgba });
    encoder.set_depth(png::BitDepth::Eight);
    // fdeflate's PNG-tuned mode: several times faster than the default at a similar size for
    // pages that are mostly white.
    encoder.set_compression(png::Compression::Fast);
    let mut writer = encoder.write_header().map_err(|e| e.to_string())?;
    writer.write_image_data(&data).map_err(|e| e.to_string())?;
    writer.finish().map_err(|e| e.to_string())?;
    Ok(out)
}
