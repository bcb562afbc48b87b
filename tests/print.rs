//! Print and screen outputs beyond the single card: the phone image.

mod common;

use common::{Scratch, decode_qr, png_size};

#[test]
fn the_phone_image_is_portrait_full_hd_with_both_sides_and_a_scannable_code() {
    let scratch = Scratch::new(None);
    scratch.run(&["build", "--card", "wallet-rights", "--lang", "th", "--format", "pdf", "--phone"]).assert_ok();
    let phone = scratch.out().join("th/wallet-rights-phone.png");
    assert_eq!(png_size(&phone), (1080, 1920));
    // The officer side's QR code must scan from the phone screen too.
    let payloads = decode_qr(&phone);
    assert_eq!(payloads.len(), 1, "{payloads:?}");
    assert!(payloads[0].starts_with("tel:+1-800-668-8258"), "{payloads:?}");
    // Without --phone, no phone image.
    scratch.run(&["build", "--card", "wallet-numbers", "--lang", "th", "--format", "pdf"]).assert_ok();
    assert!(!scratch.out().join("th/wallet-numbers-phone.png").exists());
}
