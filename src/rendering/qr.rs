//! QR codes as vector SVG, sized by their module count so layouts can keep modules >= 0.4 mm.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// The smallest printed module that phone cameras read reliably, in millimetres.
pub(crate) const MIN_MODULE_MM: f64 = 0.4;

/// Modules of quiet zone on each side, as the QR standard asks.
pub(crate) const QUIET_ZONE: usize = 4;

/// A QR code drawn as SVG.
#[derive(Debug, Clone)]
pub(crate) struct QrSvg {
    /// The SVG document, one user unit per module, quiet zone included.
    pub svg: String,
    /// Modules across, quiet zone included: the printed width is this times the module size.
    pub modules: usize,
}

impl QrSvg {
    /// The smallest width the code may be printed at, in millimetres.
    pub(crate) fn min_width_mm(&self) -> f64 {
        self.modules as f64 * MIN_MODULE_MM
    }
}

/// Encodes `payload` (a web address or `tel:` URI) at error correction level M, which
/// survives the wear of a card carried in a wallet.
pub(crate) fn encode(payload: &str) -> Result<QrSvg, String> {
    // Every language of a card links the same numbers and addresses: each is encoded once per
    // process (choosing the best mask is most of a no-change build's resolving).
    static ENCODED: std::sync::Mutex<Option<std::collections::HashMap<String, Result<QrSvg, String>>>> =
        std::sync::Mutex::new(None);
    let mut cache = ENCODED.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let cache = cache.get_or_insert_with(Default::default);
    if let Some(known) = cache.get(payload) {
        return known.clone();
    }
    if cache.len() >= 256 {
        cache.clear();
    }
    let encoded = encode_uncached(payload);
    cache.insert(payload.to_string(), encoded.clone());
    encoded
}

fn encode_uncached(payload: &str) -> Result<QrSvg, String> {
    let code = QrCode::with_error_correction_level(payload.as_bytes(), EcLevel::M)
        .map_err(|err| format!("cannot encode {payload:?} as a QR code: {err}"))?;
    let svg = code.render::<svg::Color>().quiet_zone(true).module_dimensions(1, 1).build();
    Ok(QrSvg { svg, modules: code.width() + 2 * QUIET_ZONE })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_modules_with_quiet_zone() {
        let qr = encode("tel:+1-800-668-8258").unwrap();
        // A short payload fits in version 1 or 2 (21 or 25 modules) plus 8 of quiet zone.
        assert!(qr.modules == 29 || qr.modules == 33, "{}", qr.modules);
        assert!(qr.svg.starts_with("<?xml") || qr.svg.starts_with("<svg"));
        assert!(
            qr.svg.contains(&format!("viewBox=\"0 0 {} {}\"", qr.modules, qr.modules))
                || qr.svg.contains(&format!("width=\"{}\"", qr.modules))
        );
    }
}
