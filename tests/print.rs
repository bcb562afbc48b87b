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

/// Where a word sits on a page, in points from the top-left, as a PDF viewer reads it.
fn word_positions(pdf: &std::path::Path, page: usize, word: &str) -> Vec<(f64, f64)> {
    common::viewer::word_positions(pdf, page, word)
}

/// Distinct values, merged within half a point.
fn distinct(mut values: Vec<f64>) -> Vec<f64> {
    values.sort_by(f64::total_cmp);
    values.dedup_by(|a, b| (*a - *b).abs() < 0.5);
    values
}

const MM: f64 = 72.0 / 25.4;

#[test]
fn sheets_hold_ten_cards_with_backs_behind_their_fronts() {
    let scratch = Scratch::new(None);
    scratch
        .run(&[
            "build",
            "--card",
            "wallet-rights",
            "--lang",
            "en",
            "--format",
            "pdf",
            "--sheet",
            "letter",
            "--sheet",
            "a4",
        ])
        .assert_ok();
    for (paper, (w, h)) in [("letter", (215.9, 279.4)), ("a4", (210.0, 297.0))] {
        let path = scratch.out().join(format!("en/wallet-rights.sheet-{paper}.pdf"));
        let pdf = common::Pdf::open(&path);
        assert_eq!(pdf.page_count(), 3, "{paper}: fronts, backs and the printing guide");
        for (pw, ph) in pdf.page_sizes_mm() {
            assert!((pw - w).abs() < 0.2 && (ph - h).abs() < 0.2, "{paper}: page is {pw} x {ph} mm");
        }
        // Every card prints the hotline once per side: ten on the fronts, ten on the backs.
        let fronts = word_positions(&path, 1, "1-800-668-8258");
        let backs = word_positions(&path, 2, "1-800-668-8258");
        assert_eq!((fronts.len(), backs.len()), (10, 10), "{paper}");
        let columns = distinct(fronts.iter().map(|p| p.0).collect());
        let rows = distinct(fronts.iter().map(|p| p.1).collect());
        assert_eq!((columns.len(), rows.len()), (2, 5), "{paper}: {columns:?} {rows:?}");
        // Cards do not overlap: columns are more than a card apart, rows a card apart.
        assert!(columns[1] - columns[0] >= 85.6 * MM, "{paper}: columns overlap");
        for pair in rows.windows(2) {
            assert!((pair[1] - pair[0] - 53.98 * MM).abs() < 0.3, "{paper}: row pitch {}", pair[1] - pair[0]);
        }
        // All within the page, clear of a 3 mm edge no printer reaches.
        for &(x, y) in fronts.iter().chain(&backs) {
            assert!(x > 3.0 * MM && y > 3.0 * MM && x < (w - 3.0) * MM && y < (h - 3.0) * MM, "{paper}: ({x}, {y})");
        }
        // Long-edge duplex mirrors columns: the left back is behind the right front, so the
        // sums of mirrored pairs are equal; rows stay where they are.
        let back_columns = distinct(backs.iter().map(|p| p.0).collect());
        assert_eq!(back_columns.len(), 2);
        let (left_pair, right_pair) = (back_columns[0] + columns[1], back_columns[1] + columns[0]);
        assert!((left_pair - right_pair).abs() < 0.3, "{paper}: backs do not mirror the fronts");
        let back_rows = distinct(backs.iter().map(|p| p.1).collect());
        let shift = back_rows[0] - rows[0];
        for (b, f) in back_rows.iter().zip(&rows) {
            assert!((b - f - shift).abs() < 0.3, "{paper}: back rows do not follow the front rows");
        }
    }
}

#[test]
fn back_offset_moves_only_the_backs() {
    let scratch = Scratch::new(None);
    let args = ["build", "--card", "wallet-rights", "--lang", "en", "--format", "pdf", "--sheet", "a4"];
    scratch.run(&[&args[..], &["--out", "a"]].concat()).assert_ok();
    scratch.run(&[&args[..], &["--out", "b", "--back-offset", "1.5,-2"]].concat()).assert_ok();
    let a = scratch.root().join("a/en/wallet-rights.sheet-a4.pdf");
    let b = scratch.root().join("b/en/wallet-rights.sheet-a4.pdf");
    let first = |path, page| {
        let mut p = word_positions(path, page, "1-800-668-8258");
        p.sort_by(|x, y| x.1.total_cmp(&y.1).then(x.0.total_cmp(&y.0)));
        p[0]
    };
    assert_eq!(first(&a, 1), first(&b, 1), "the fronts moved");
    let (pa, pb) = (first(&a, 2), first(&b, 2));
    assert!((pb.0 - pa.0 - 1.5 * MM).abs() < 0.2 && (pb.1 - pa.1 + 2.0 * MM).abs() < 0.2, "{pa:?} -> {pb:?}");
}

#[test]
fn fold_sheets_put_each_back_beside_its_front_on_one_page() {
    let scratch = Scratch::new(None);
    scratch
        .run(&["build", "--card", "wallet-numbers", "--lang", "en", "--format", "pdf", "--sheet", "letter", "--fold"])
        .assert_ok();
    let path = scratch.out().join("en/wallet-numbers.fold-letter.pdf");
    let pdf = common::Pdf::open(&path);
    assert_eq!(pdf.page_count(), 2, "one page of pairs and the printing guide");
    // The front prints the hotline, the back the write-in lines: both on page 1.
    assert_eq!(word_positions(&path, 1, "8258").len(), 5);
    assert_eq!(word_positions(&path, 1, "lawyer").len(), 5);
    let guide = common::fold(&pdf.text());
    assert!(guide.contains("fold it on the dashed line"), "{guide}");
}

#[test]
fn sheets_are_refused_without_a_paper_and_only_made_for_wallet_cards() {
    let scratch = Scratch::new(None);
    let run = scratch.run(&["build", "--card", "wallet-rights", "--lang", "en", "--fold"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("--sheet letter"), "{}", run.stderr);
    assert_eq!(scratch.run(&["build", "--sheet", "legal"]).code, 2);
    scratch.run(&["build", "--card", "prepare", "--lang", "en", "--format", "pdf", "--sheet", "a4"]).assert_ok();
    assert!(!scratch.out().join("en/prepare.sheet-a4.pdf").exists());
}

#[test]
fn bleed_enlarges_a_single_card_pdf_around_a_trim_box() {
    let scratch = Scratch::new(None);
    scratch.build_card("wallet-rights", "en", "pdf");
    let plain = common::Pdf::open(&scratch.out().join("en/wallet-rights.pdf"));
    assert!(plain.page_boxes_mm(b"TrimBox").iter().all(Option::is_none), "no bleed asked, yet a TrimBox");
    scratch.run(&["build", "--card", "wallet-rights", "--lang", "en", "--format", "pdf", "--bleed", "3"]).assert_ok();
    let pdf = common::Pdf::open(&scratch.out().join("en/wallet-rights.pdf"));
    for (media, trim) in pdf.page_sizes_mm().into_iter().zip(pdf.page_boxes_mm(b"TrimBox")) {
        assert!((media.0 - 91.6).abs() < 0.1 && (media.1 - 59.98).abs() < 0.1, "media box {media:?}");
        let trim = trim.expect("a TrimBox for the print shop");
        assert!((trim[0] - 3.0).abs() < 0.05 && (trim[1] - 3.0).abs() < 0.05, "trim box {trim:?}");
        assert!(
            (trim[2] - trim[0] - 85.6).abs() < 0.05 && (trim[3] - trim[1] - 53.98).abs() < 0.05,
            "trim box {trim:?}"
        );
    }
    assert_eq!(scratch.run(&["build", "--bleed", "40"]).code, 2, "an out-of-range --bleed is a usage error");
}

#[test]
fn the_calibration_page_puts_each_back_cross_behind_its_front_target() {
    let scratch = Scratch::new(None);
    let args =
        ["build", "--card", "wallet-rights", "--lang", "en", "--format", "pdf", "--sheet", "letter", "--calibrate"];
    scratch.run(&args).assert_ok();
    let path = scratch.out().join("en/calibration-letter.pdf");
    let pdf = common::Pdf::open(&path);
    assert_eq!(pdf.page_count(), 2);
    assert!(pdf.folded_text().contains("--back-offset"), "the page says how to use what it shows");
    let width = 215.9 * MM;
    for n in 1..=5 {
        let label = n.to_string();
        let front = word_positions(&path, 1, &label);
        let back = word_positions(&path, 2, &label);
        assert_eq!(back.len(), 1, "cross {n} on the back: {back:?}");
        // The target's number sits 9 mm left of its centre, the cross's 4 mm right of it:
        // mirrored about the sheet's middle, the centres coincide.
        let front_centre =
            front.iter().map(|p| p.0 + 9.0 * MM).find(|x| (x - (width - (back[0].0 - 4.0 * MM))).abs() < 1.0);
        assert!(front_centre.is_some(), "cross {n} at {back:?} is not behind target {n} at {front:?}");
    }
    assert_eq!(scratch.run(&["build", "--calibrate"]).code, 2, "--calibrate without --sheet is a usage error");
    let fold = scratch.run(&["build", "--sheet", "a4", "--fold", "--calibrate"]);
    assert_eq!(fold.code, 1, "--calibrate with --fold is refused, not silently skipped");
    assert!(fold.stderr.contains("one side"), "{}", fold.stderr);
}

/// How many pixels per point the crop-mark test looks at: 0.3 pt marks are a pixel wide.
const PX_PER_PT: f32 = 4.0;

#[test]
fn crop_marks_lie_in_line_with_the_cuts_and_outside_every_card() {
    let scratch = Scratch::new(None);
    scratch.run(&["build", "--card", "wallet-rights", "--lang", "en", "--format", "pdf", "--sheet", "a4"]).assert_ok();
    let path = scratch.out().join("en/wallet-rights.sheet-a4.pdf");
    // The page as a viewer renders it, with its size in points.
    let (w, h, grey) = common::viewer::grey_page(&path, 1, PX_PER_PT);
    let scale = f64::from(PX_PER_PT);
    // The cards' trim boxes, from what the PDF shows: two columns as far apart as the hotline
    // numbers are, five abutting rows, the grid centred on the page.
    let columns = distinct(word_positions(&path, 1, "1-800-668-8258").iter().map(|p| p.0).collect());
    let pitch = columns[1] - columns[0];
    let (card_w, card_h) = (85.6 * MM, 53.98 * MM);
    let left = (w as f64 / scale - (card_w + pitch)) / 2.0;
    let top = (h as f64 / scale - 5.0 * card_h) / 2.0;
    let xs = [left, left + card_w, left + pitch, left + pitch + card_w];
    let ys: Vec<f64> = (0..=5).map(|r| top + r as f64 * card_h).collect();
    let bleed = 3.0 * MM;
    let in_a_card = |x: f64, y: f64| {
        let inside_x = (x > xs[0] - bleed && x < xs[1] + bleed) || (x > xs[2] - bleed && x < xs[3] + bleed);
        inside_x && y > ys[0] - bleed && y < ys[5] + bleed
    };
    let mut marks = 0;
    for y in 0..h {
        for x in 0..w {
            if grey[y * w + x] > 128 {
                continue;
            }
            let (fx, fy) = ((x as f64 + 0.5) / scale, (y as f64 + 0.5) / scale);
            if in_a_card(fx, fy) {
                continue;
            }
            // Ink outside every card and its bleed is a crop mark: it must lie on a cut line.
            let on_cut = xs.iter().any(|c| (fx - c).abs() < 1.5) || ys.iter().any(|c| (fy - c).abs() < 1.5);
            assert!(on_cut, "ink at ({fx:.1}, {fy:.1}) pt is outside the cards but on no cut line");
            marks += 1;
        }
    }
    // At 72 dpi this was more than 40 pixels; the pixels are a quarter of a point here.
    assert!(marks as f64 > 40.0 * scale, "only {marks} pixels of crop marks");
}

#[test]
fn option_names_print_left_to_right_on_right_to_left_pages() {
    // A volunteer types `--back-offset` from the printed page: on an Arabic page the name must
    // still read left to right, dashes first (it used to print as "back-offset--").
    let scratch = Scratch::new(None);
    let args = ["build", "--card", "wallet-rights", "--lang", "ar", "--format", "pdf", "--sheet", "a4", "--calibrate"];
    scratch.run(&args).assert_ok();
    let guide = scratch.out().join("ar/wallet-rights.sheet-a4.pdf");
    let calibration = scratch.out().join("ar/calibration-a4.pdf");
    for (pdf, page) in [(&guide, 3), (&calibration, 1)] {
        let words = word_positions(pdf, page, "--back-offset");
        assert_eq!(words.len(), 1, "no \"--back-offset\" as one word on page {page} of {}", pdf.display());
        assert!(word_positions(pdf, page, "--").is_empty(), "dashes apart from the name in {}", pdf.display());
    }
}

#[test]
fn every_pdf_of_a_print_run_is_tagged_with_its_language() {
    // Cards, print sheets, fold sheets and the calibration page all go out as tagged PDF/UA-1,
    // which screen readers rely on; none is written another way.
    let scratch = Scratch::new(None);
    let args = ["build", "--card", "wallet-rights", "--lang", "fr", "--format", "pdf", "--sheet", "a4", "--calibrate"];
    scratch.run(&args).assert_ok();
    scratch
        .run(&["build", "--card", "wallet-numbers", "--lang", "fr", "--format", "pdf", "--sheet", "a4", "--fold"])
        .assert_ok();
    let mut names: Vec<String> = std::fs::read_dir(scratch.out().join("fr"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".pdf"))
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "calibration-a4.pdf",
            "wallet-numbers.fold-a4.pdf",
            "wallet-numbers.pdf",
            "wallet-rights.pdf",
            "wallet-rights.sheet-a4.pdf"
        ]
    );
    for name in &names {
        let pdf = common::Pdf::open(&scratch.out().join("fr").join(name));
        assert!(pdf.is_tagged(), "{name} is not tagged");
        assert!(pdf.metadata_text().contains("<pdfuaid:part>1</pdfuaid:part>"), "{name} does not claim PDF/UA-1");
        assert!(pdf.catalog_lang().is_some_and(|l| l.starts_with("fr")), "{name}: no French /Lang");
    }
}

#[test]
fn bleed_enlarges_every_single_card_and_flyer_pdf_around_its_trim_box() {
    // --bleed applies to every layout, not only the wallet cards: the same page setup for all.
    let scratch = Scratch::new(None);
    let cards = ["prepare", "flyer-detention", "flyer-providers", "wallet-numbers", "plan-at-home"];
    let build = |out: &str, bleed: &[&str]| {
        for card in cards {
            let args =
                [&["build", "--card", card, "--lang", "en", "--format", "pdf", "--out", out][..], bleed].concat();
            scratch.run(&args).assert_ok();
        }
    };
    build("plain", &[]);
    build("bled", &["--bleed", "3"]);
    for card in cards {
        let plain = common::Pdf::open(&scratch.root().join(format!("plain/en/{card}.pdf")));
        let bled = common::Pdf::open(&scratch.root().join(format!("bled/en/{card}.pdf")));
        assert_eq!(plain.page_count(), bled.page_count(), "{card}");
        let trims = bled.page_boxes_mm(b"TrimBox");
        for ((size, media), trim) in plain.page_sizes_mm().into_iter().zip(bled.page_sizes_mm()).zip(trims) {
            assert!(
                (media.0 - size.0 - 6.0).abs() < 0.05 && (media.1 - size.1 - 6.0).abs() < 0.05,
                "{card}: media box {media:?} is not {size:?} plus 3 mm on every side"
            );
            let trim = trim.unwrap_or_else(|| panic!("{card}: no TrimBox for the print shop"));
            assert!((trim[0] - 3.0).abs() < 0.05 && (trim[1] - 3.0).abs() < 0.05, "{card}: trim box {trim:?}");
            assert!(
                (trim[2] - trim[0] - size.0).abs() < 0.05 && (trim[3] - trim[1] - size.1).abs() < 0.05,
                "{card}: trim box {trim:?} is not the {size:?} page"
            );
        }
    }
}
