//! A PDF as a viewer shows it, read with hayro (a PDF interpreter and rasterizer written in
//! Rust, independent of Typst's layout): the words on a page with their positions, and a page
//! as pixels. Nothing here looks at Typst's frames; everything comes from the PDF's content
//! streams and fonts.

use std::path::Path;
use std::sync::Arc;

use hayro::hayro_interpret::font::Glyph;
use hayro::hayro_interpret::{
    BlendMode, ClipPath, Context, Device, GlyphDrawMode, Image, InterpreterCache, InterpreterSettings, Paint,
    PathDrawMode, SoftMask, TransformExt, interpret_page,
};
use hayro::hayro_syntax::Pdf;
use hayro::hayro_syntax::content::ops::TypedInstruction;
use hayro::hayro_syntax::object::{Dict, String as PdfString};
use hayro::hayro_syntax::page::Page;
use hayro::vello_cpu::color::palette::css::WHITE;
use hayro::vello_cpu::kurbo::{Affine, BezPath, Point, Rect, Vec2};
use hayro::{RenderCache, RenderSettings};

/// A word on a page: its text and the top-left corner of its box, in points from the page's
/// top-left corner (x: the first glyph's origin; y: the top of the em box above the baseline).
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    pub text: String,
    pub x: f64,
    pub y: f64,
    /// The box's right edge: the furthest right any of its glyphs reaches with its advance.
    pub x_max: f64,
    /// Where the first glyph's baseline starts, down from the page's top.
    pub baseline: f64,
    /// The text size of the first glyph, in points.
    pub size: f64,
}

/// Loads a PDF file for hayro.
fn load(path: &Path) -> Pdf {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    Pdf::new(Arc::new(bytes)).unwrap_or_else(|e| panic!("hayro cannot read {}: {e:?}", path.display()))
}

/// Page `page` (counted from 1) of `pdf`, or a panic naming how many pages there are.
fn nth_page<'a>(pdf: &'a Pdf, path: &Path, page: usize) -> &'a Page<'a> {
    let pages = pdf.pages();
    pages
        .get(page.wrapping_sub(1))
        .unwrap_or_else(|| panic!("{} has {} pages, not {page}", path.display(), pages.len()))
}

/// The words on page `page` (from 1) of the PDF at `path`, in the order they are drawn.
///
/// Glyphs are taken as the interpreter draws them, with their text from the font's ToUnicode
/// map, or from the `/ActualText` of the marked content around them when it has one (as a
/// viewer copies text: Typst writes it where a glyph stands for other characters, such as a
/// bracket mirrored in right-to-left text), and grouped into words by where they sit (see
/// [`group_words`]). Right-to-left words come out as drawn: letters in visual order, left to
/// right.
pub fn words(path: &Path, page: usize) -> Vec<Word> {
    let pdf = load(path);
    let page = nth_page(&pdf, path, page);
    let cache = InterpreterCache::new();
    let (width, height) = page.render_dimensions();
    let mut context = Context::new(
        page.initial_transform(true).to_kurbo(),
        Rect::new(0.0, 0.0, width as f64, height as f64),
        &cache,
        page.xref(),
        InterpreterSettings::default(),
    );
    let mut glyphs = Glyphs { actual_texts: actual_texts(page), ..Glyphs::default() };
    interpret_page(page, &mut context, &mut glyphs);
    // Marked content is matched to its operator by order: that holds only if every sequence
    // the interpreter opened is one of the page's own (none from a form XObject).
    assert_eq!(
        glyphs.opened,
        glyphs.actual_texts.len(),
        "{}: marked content outside the page's content stream; its /ActualText cannot be matched",
        path.display()
    );
    group_words(glyphs.placed)
}

/// The `/ActualText` of every marked-content sequence (BMC or BDC) of the page's content
/// stream, in order; `None` for a sequence without one.
fn actual_texts(page: &Page) -> Vec<Option<String>> {
    let mut texts = Vec::new();
    let mut ops = page.typed_operations();
    while let Some(op) = ops.next() {
        match op {
            TypedInstruction::BeginMarkedContent(_) => texts.push(None),
            TypedInstruction::BeginMarkedContentWithProperties(bdc) => {
                let props = match bdc.1.clone().into_name() {
                    Some(name) => page.resources().properties.get::<Dict<'_>>(name),
                    None => bdc.1.clone().into_dict(),
                };
                texts
                    .push(props.and_then(|p| p.get::<PdfString<'_>>(b"ActualText")).map(|s| text_string(s.as_bytes())));
            }
            _ => {}
        }
    }
    texts
}

/// A PDF text string: UTF-16BE after a byte order mark, else PDFDocEncoding (read as Latin-1,
/// which it equals for the characters Typst writes).
fn text_string(bytes: &[u8]) -> String {
    match bytes.strip_prefix(&[0xFE, 0xFF]) {
        Some(utf16) => {
            let units: Vec<u16> = utf16.chunks_exact(2).map(|c| u16::from_be_bytes([c[0], c[1]])).collect();
            String::from_utf16_lossy(&units)
        }
        None => bytes.iter().map(|&b| char::from(b)).collect(),
    }
}

/// The positions of every `word` on page `page` (from 1), as (x, y) in points from the top-left.
pub fn word_positions(path: &Path, page: usize, word: &str) -> Vec<(f64, f64)> {
    words(path, page).into_iter().filter(|w| w.text == word).map(|w| (w.x, w.y)).collect()
}

/// Page `page` (from 1) rendered as a viewer would, on white, at `px_per_pt` pixels per point:
/// (width, height, one grey level per pixel: the darkest of its red, green and blue).
pub fn grey_page(path: &Path, page: usize, px_per_pt: f32) -> (usize, usize, Vec<u8>) {
    let pdf = load(path);
    let page = nth_page(&pdf, path, page);
    let settings =
        RenderSettings { x_scale: px_per_pt, y_scale: px_per_pt, bg_color: WHITE, ..RenderSettings::default() };
    let pixmap = hayro::render(page, &RenderCache::new(), &InterpreterSettings::default(), &settings);
    let (w, h) = (pixmap.width() as usize, pixmap.height() as usize);
    // Opaque on a white background, so premultiplied values are the colours themselves.
    let grey = pixmap.data().iter().map(|px| px.r.min(px.g).min(px.b)).collect();
    (w, h, grey)
}

/// One glyph as drawn: its text, where its baseline starts and ends, and its size.
#[derive(Debug, Clone)]
struct Placed {
    text: String,
    origin: Point,
    /// The baseline's unit direction (1, 0) for ordinary horizontal text.
    direction: Vec2,
    /// How far the pen moves along the baseline.
    advance: f64,
    /// The text size, in points.
    size: f64,
}

/// A device that keeps the glyphs and ignores everything else.
#[derive(Default)]
struct Glyphs {
    placed: Vec<Placed>,
    /// The page's marked-content sequences' `/ActualText`, in order (see [`actual_texts`]).
    actual_texts: Vec<Option<String>>,
    /// How many marked-content sequences have been opened so far.
    opened: usize,
    /// The open sequences, innermost last: each one's ActualText, emptied once a glyph took it.
    open: Vec<Option<String>>,
}

impl<'a> Device<'a> for Glyphs {
    fn begin_marked_content(&mut self, _: &[u8], _: Option<i32>) {
        self.open.push(self.actual_texts.get(self.opened).cloned().flatten());
        self.opened += 1;
    }
    fn end_marked_content(&mut self) {
        self.open.pop();
    }
    fn set_soft_mask(&mut self, _: Option<SoftMask<'a>>) {}
    fn set_blend_mode(&mut self, _: BlendMode) {}
    fn draw_path(&mut self, _: &BezPath, _: Affine, _: &Paint<'a>, _: &PathDrawMode) {}
    fn push_clip_path(&mut self, _: &ClipPath) {}
    fn push_transparency_group(&mut self, _: f32, _: Option<SoftMask<'a>>, _: BlendMode) {}
    fn draw_glyph(
        &mut self,
        glyph: &Glyph<'a>,
        transform: Affine,
        glyph_transform: Affine,
        _: &Paint<'a>,
        _: &GlyphDrawMode,
    ) {
        // Glyph space has 1000 units per em; `transform * glyph_transform` takes it to the page.
        let to_page = transform * glyph_transform;
        let origin = to_page * Point::ZERO;
        let along = to_page * Point::new(1000.0, 0.0) - origin;
        let up = to_page * Point::new(0.0, 1000.0) - origin;
        let size = up.hypot();
        if size == 0.0 || along.hypot() == 0.0 {
            return;
        }
        let direction = along / along.hypot();
        let advance = match glyph {
            Glyph::Outline(outline) => outline.advance_width().map_or(0.0, |a| a as f64) / 1000.0 * along.hypot(),
            Glyph::Type3(_) => 0.0,
        };
        // Inside a sequence with ActualText, its first glyph carries all of it and the others
        // none: they still take their place in the word.
        if let Some(Some(actual)) = self.open.iter_mut().rev().find(|a| a.is_some()) {
            let text = std::mem::take(actual);
            self.placed.push(Placed { text, origin, direction, advance, size });
            return;
        }
        let text = match glyph.as_unicode() {
            Some(hayro::hayro_interpret::hayro_cmap::BfString::Char(c)) => c.to_string(),
            Some(hayro::hayro_interpret::hayro_cmap::BfString::String(s)) => s,
            None => "\u{FFFD}".to_string(),
        };
        self.placed.push(Placed { text, origin, direction, advance, size });
    }
    fn draw_image(&mut self, _: Image<'a, '_>, _: Affine) {}
    fn pop_clip_path(&mut self) {}
    fn pop_transparency_group(&mut self) {}
}

/// Groups glyphs into words in the order they are drawn, as a viewer's text selection does: a
/// glyph continues the word of the glyph drawn before it when it sits on the same baseline, in
/// the same direction and at nearly the same size, and starts where that glyph ended (up to a
/// tenth of the size after, or a fifth before). White space ends a word; a glyph whose text an
/// ActualText before it already gave (empty text) belongs to the word it touches.
fn group_words(glyphs: Vec<Placed>) -> Vec<Word> {
    let mut words = Vec::new();
    // The word being read: its text and the indices of its first and last glyphs.
    let mut current: Option<(String, usize, usize)> = None;
    for (i, glyph) in glyphs.iter().enumerate() {
        let continues = i > 0 && {
            let last = &glyphs[i - 1];
            let across = Vec2::new(-last.direction.y, last.direction.x);
            let shift = glyph.origin - (last.origin + last.direction * last.advance);
            let (gap, off_baseline) = (shift.dot(last.direction), shift.dot(across).abs());
            (glyph.direction - last.direction).hypot() < 0.01
                && (glyph.size - last.size).abs() <= 0.05 * last.size
                && off_baseline < 0.5
                && gap <= 0.1 * last.size
                && gap >= -0.2 * last.size
        };
        let blank = !glyph.text.is_empty() && glyph.text.trim().is_empty();
        if (blank || !continues)
            && let Some((text, first, end)) = current.take()
        {
            words.push(word_at(text, &glyphs[first..=end]));
        }
        if !blank {
            match &mut current {
                Some((text, _, end)) => {
                    text.push_str(&glyph.text);
                    *end = i;
                }
                None => current = Some((glyph.text.clone(), i, i)),
            }
        }
    }
    if let Some((text, first, end)) = current {
        words.push(word_at(text, &glyphs[first..=end]));
    }
    words.retain(|w| !w.text.is_empty());
    words
}

/// A word made of `glyphs` (at least one): its box's top-left corner is the em box's top above
/// the first glyph's origin (y grows downwards on the page), its right edge the furthest any
/// glyph's advance reaches.
fn word_at(text: String, glyphs: &[Placed]) -> Word {
    let first = &glyphs[0];
    let up = Vec2::new(first.direction.y, -first.direction.x);
    let corner = first.origin + up * first.size;
    let x_max =
        glyphs.iter().flat_map(|g| [g.origin.x, (g.origin + g.direction * g.advance).x]).fold(f64::MIN, f64::max);
    Word {
        text,
        x: corner.x.min(first.origin.x),
        y: corner.y.min(first.origin.y),
        x_max,
        baseline: first.origin.y,
        size: first.size,
    }
}

/// The words of a page grouped into lines, as a reader follows them: a line is a run of words
/// drawn one after another on one baseline (within a quarter of the text size), so two columns
/// side by side stay apart, each line in the order its words are drawn.
pub fn lines(words: &[Word]) -> Vec<Vec<&Word>> {
    let mut lines: Vec<Vec<&Word>> = Vec::new();
    for word in words {
        match lines.last_mut() {
            Some(line)
                if line
                    .last()
                    .is_some_and(|last| (last.baseline - word.baseline).abs() < 0.25 * last.size.min(word.size)) =>
            {
                line.push(word)
            }
            _ => lines.push(vec![word]),
        }
    }
    lines
}
