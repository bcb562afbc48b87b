//! Print sheets: many wallet cards on one sheet of Letter or A4, fronts on one page and backs
//! on the next placed for long-edge duplex, with bleed and crop marks; or, for printers without
//! duplex, each front beside its back with a fold line. The geometry is computed here, in
//! millimetres from the sheet's top-left corner; `cards/lib/sheet.typ` draws it.

use serde::Serialize;

use crate::model::locale::Paper;

/// Bleed of print sheets unless `--bleed` says otherwise, in millimetres.
pub(crate) const DEFAULT_BLEED_MM: f64 = 3.0;

/// A shift of the backs of a duplex sheet, as `--back-offset X,Y` gives it (millimetres).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct BackOffset(pub (f64, f64));

impl std::str::FromStr for BackOffset {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let (x, y) = text.split_once(',').ok_or("write it as X,Y in millimetres, e.g. 0.5,-1")?;
        let parse = |v: &str| v.trim().parse::<f64>().map_err(|_| format!("{v:?} is not a number of millimetres"));
        let (x, y) = (parse(x)?, parse(y)?);
        if !x.is_finite() || !y.is_finite() {
            return Err("write it as two numbers of millimetres, e.g. 0.5,-1".into());
        }
        if x.abs() > 20.0 || y.abs() > 20.0 {
            return Err("an offset of more than 20 mm is not a printer's misalignment".into());
        }
        Ok(BackOffset((x, y)))
    }
}

/// Space kept clear at the top and bottom of a sheet, where most printers cannot print.
const MIN_MARGIN_Y: f64 = 3.0;
/// Space kept at the left and right of a sheet for crop marks.
const MIN_MARGIN_X: f64 = 10.0;
/// Clear space between the bleeds of two columns.
const COLUMN_CLEARANCE: f64 = 4.0;
/// Gap between a bleed edge and the start of a crop mark, and a mark's full length.
const MARK_OFFSET: f64 = 1.0;
const MARK_LENGTH: f64 = 5.0;
/// The smallest piece of a mark worth drawing.
const MIN_MARK: f64 = 1.5;

/// How a sheet is laid out.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SheetOptions {
    pub paper: Paper,
    /// Bleed in millimetres: each card's background extends this far past its trim.
    pub bleed: f64,
    /// Fronts and backs side by side with a fold line, for printers without duplex.
    pub fold: bool,
    /// Shift of every back, in millimetres (x right, y down), to correct a printer's duplex
    /// misalignment measured with the calibration page.
    pub back_offset: (f64, f64),
}

/// Bleed on each side of a card, in millimetres.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub(crate) struct Bleed {
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
}

/// One card side placed on a sheet page.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Placement {
    /// Which side of the card (0 front, 1 back).
    pub side: usize,
    /// Top-left corner of the trim box.
    pub x: f64,
    pub y: f64,
    pub bleed: Bleed,
}

/// A crop mark or fold line from (x1, y1) to (x2, y2).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Line {
    pub x1: f64,
    pub y1: f64,
    pub x2: f64,
    pub y2: f64,
}

/// Everything a sheet layout needs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Sheet {
    pub paper_w: f64,
    pub paper_h: f64,
    pub card_w: f64,
    pub card_h: f64,
    pub columns: usize,
    pub rows: usize,
    /// The pages of card sides: fronts then backs (duplex), or one page of pairs (fold).
    pub pages: Vec<Vec<Placement>>,
    /// Crop marks of each page.
    pub marks: Vec<Vec<Line>>,
    /// Fold lines (fold sheets only).
    pub folds: Vec<Line>,
}

impl Sheet {
    /// Lays out as many cards of `card_w` x `card_h` mm as fit. Rows abut (one cut between two
    /// rows) so that ten bank-card-sized cards fit on Letter and A4; columns are apart, each
    /// with its own bleed.
    pub(crate) fn new(card_w: f64, card_h: f64, sides: usize, options: &SheetOptions) -> Sheet {
        let (paper_w, paper_h) = options.paper.millimetres();
        let bleed = options.bleed.max(0.0);
        // A fold sheet places front and back side by side: one unit is two cards wide.
        let unit_w = if options.fold { 2.0 * card_w } else { card_w };
        let gutter = 2.0 * bleed + COLUMN_CLEARANCE;
        let columns = (((paper_w - 2.0 * (MIN_MARGIN_X + bleed) + gutter) / (unit_w + gutter)).floor() as usize).max(1);
        let rows = (((paper_h - 2.0 * MIN_MARGIN_Y) / card_h).floor() as usize).max(1);
        let grid_w = columns as f64 * unit_w + (columns - 1) as f64 * gutter;
        let grid_h = rows as f64 * card_h;
        let left = (paper_w - grid_w) / 2.0;
        let top = (paper_h - grid_h) / 2.0;
        // Top and bottom bleed take what the margin allows after room for a mark.
        let outer_bleed_y = bleed.min((top - MARK_OFFSET - MIN_MARK).max(0.0));
        let bleed_for = |row: usize| Bleed {
            left: bleed,
            right: bleed,
            top: if row == 0 { outer_bleed_y } else { 0.0 },
            bottom: if row + 1 == rows { outer_bleed_y } else { 0.0 },
        };
        let unit_x = |c: usize| left + c as f64 * (unit_w + gutter);
        let row_y = |r: usize| top + r as f64 * card_h;

        let mut pages = Vec::new();
        let mut folds = Vec::new();
        if options.fold {
            let mut page = Vec::new();
            for r in 0..rows {
                for c in 0..columns {
                    let x = unit_x(c);
                    let mut front = bleed_for(r);
                    front.right = 0.0;
                    let mut back = bleed_for(r);
                    back.left = 0.0;
                    page.push(Placement { side: 0, x, y: row_y(r), bleed: front });
                    if sides > 1 {
                        page.push(Placement { side: 1, x: x + card_w, y: row_y(r), bleed: back });
                    }
                    folds.push(Line { x1: x + card_w, y1: row_y(r), x2: x + card_w, y2: row_y(r) + card_h });
                }
            }
            pages.push(page);
        } else {
            for side in 0..sides.min(2) {
                let mut page = Vec::new();
                for r in 0..rows {
                    for c in 0..columns {
                        let x = unit_x(c);
                        let placement = if side == 0 {
                            Placement { side, x, y: row_y(r), bleed: bleed_for(r) }
                        } else {
                            // Long-edge duplex turns the sheet over about its vertical axis:
                            // a back lies behind its front at the mirrored x.
                            let (dx, dy) = options.back_offset;
                            let b = bleed_for(r);
                            Placement {
                                side,
                                x: paper_w - x - card_w + dx,
                                y: row_y(r) + dy,
                                bleed: Bleed { left: b.right, right: b.left, ..b },
                            }
                        };
                        page.push(placement);
                    }
                }
                pages.push(page);
            }
        }
        let marks = pages.iter().map(|page| crop_marks(page, card_w, card_h, paper_w, paper_h)).collect();
        Sheet { paper_w, paper_h, card_w, card_h, columns, rows, pages, marks, folds }
    }
}

/// Crop marks for every cut line of a page: short lines in the margins, in line with each trim
/// edge, starting outside the bleed and never over a card.
fn crop_marks(page: &[Placement], card_w: f64, card_h: f64, paper_w: f64, paper_h: f64) -> Vec<Line> {
    let mut marks = Vec::new();
    let mut xs: Vec<f64> = page.iter().flat_map(|p| [p.x, p.x + card_w]).collect();
    let mut ys: Vec<f64> = page.iter().flat_map(|p| [p.y, p.y + card_h]).collect();
    let dedup = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v.dedup_by(|a, b| (*a - *b).abs() < 0.01);
    };
    dedup(&mut xs);
    dedup(&mut ys);
    let min_x = page.iter().map(|p| p.x - p.bleed.left).fold(f64::INFINITY, f64::min);
    let max_x = page.iter().map(|p| p.x + card_w + p.bleed.right).fold(f64::NEG_INFINITY, f64::max);
    let min_y = page.iter().map(|p| p.y - p.bleed.top).fold(f64::INFINITY, f64::min);
    let max_y = page.iter().map(|p| p.y + card_h + p.bleed.bottom).fold(f64::NEG_INFINITY, f64::max);
    let mut push = |line: Line| {
        let length = (line.x2 - line.x1).abs() + (line.y2 - line.y1).abs();
        if length >= MIN_MARK {
            marks.push(line);
        }
    };
    for &y in &ys {
        let start = min_x - MARK_OFFSET;
        push(Line { x1: (start - MARK_LENGTH).max(0.5), y1: y, x2: start, y2: y });
        let start = max_x + MARK_OFFSET;
        push(Line { x1: start, y1: y, x2: (start + MARK_LENGTH).min(paper_w - 0.5), y2: y });
    }
    for &x in &xs {
        let start = min_y - MARK_OFFSET;
        push(Line { x1: x, y1: (start - MARK_LENGTH).max(0.5), x2: x, y2: start });
        let start = max_y + MARK_OFFSET;
        push(Line { x1: x, y1: start, x2: x, y2: (start + MARK_LENGTH).min(paper_h - 0.5) });
    }
    marks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(paper: Paper) -> SheetOptions {
        SheetOptions { paper, bleed: 3.0, fold: false, back_offset: (0.0, 0.0) }
    }

    #[test]
    fn ten_cr80_cards_on_letter_and_a4() {
        for paper in [Paper::Letter, Paper::A4] {
            let sheet = Sheet::new(85.6, 53.98, 2, &options(paper));
            assert_eq!(sheet.columns * sheet.rows, 10, "{paper:?}");
            assert_eq!(sheet.pages.len(), 2);
        }
    }

    #[test]
    fn backs_mirror_fronts_about_the_vertical_axis() {
        let sheet = Sheet::new(85.6, 53.98, 2, &options(Paper::Letter));
        for (front, back) in sheet.pages[0].iter().zip(&sheet.pages[1]) {
            assert!((front.x + back.x + 85.6 - sheet.paper_w).abs() < 1e-9);
            assert_eq!(front.y, back.y);
        }
    }

    #[test]
    fn marks_stay_outside_every_bleed_box() {
        let sheet = Sheet::new(85.6, 53.98, 2, &options(Paper::A4));
        for (page, marks) in sheet.pages.iter().zip(&sheet.marks) {
            assert!(!marks.is_empty());
            for m in marks {
                for p in page {
                    let (l, r) = (p.x - p.bleed.left, p.x + 85.6 + p.bleed.right);
                    let (t, b) = (p.y - p.bleed.top, p.y + 53.98 + p.bleed.bottom);
                    let inside = m.x1.max(m.x2) > l && m.x1.min(m.x2) < r && m.y1.max(m.y2) > t && m.y1.min(m.y2) < b;
                    assert!(!inside, "mark {m:?} crosses card {p:?}");
                }
            }
        }
    }
}
