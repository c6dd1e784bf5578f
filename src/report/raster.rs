//! The report's charts as PNG pictures, for documents that cannot take the PDF's vector
//! drawing (the Word report).
//!
//! A chart is drawn by [`super::charts`] into the same items the PDF gets (lines, filled
//! polygons and text in millimetres), and those items are painted here with `vello_cpu` on a
//! white page at print resolution; text is filled from the glyph outlines of the bundled
//! fonts (read with `skrifa`), so the picture says exactly what the PDF's chart says.

use skrifa::instance::{LocationRef, Size};
use skrifa::outline::{DrawSettings, OutlinePen};
use skrifa::{FontRef, MetadataProvider};
use vello_cpu::color::{AlphaColor, Srgb};
use vello_cpu::kurbo::{Affine, BezPath, Rect, Stroke};
use vello_cpu::{Pixmap, RenderContext, Resources};

use super::ReportError;
use super::charts;
use super::layout::{Fonts, Item, Rgb, text::MM_PER_PT};
use super::model::Chart;

/// Print resolution: dots per inch.
pub const DPI: f32 = 300.0;

/// A chart as a PNG picture.
#[derive(Clone, Debug, PartialEq)]
pub struct Picture {
    /// The PNG bytes.
    pub png: Vec<u8>,
    /// Width in pixels.
    pub width_px: u32,
    /// Height in pixels.
    pub height_px: u32,
    /// Width on paper, in millimetres.
    pub width_mm: f32,
    /// Height on paper, in millimetres.
    pub height_mm: f32,
}

/// Draws `chart` `width_mm` wide, as the PDF would, into a PNG at [`DPI`].
pub fn chart_png(
    chart: &Chart,
    fonts: &Fonts,
    faces: (&[u8], &[u8]),
    width_mm: f32,
) -> Result<Picture, ReportError> {
    let height_mm = charts::height(chart);
    let scale = DPI / 25.4;
    let to_px = |mm: f32| (mm * scale).ceil().clamp(1.0, f32::from(u16::MAX));
    let (w, h) = (to_px(width_mm) as u16, to_px(height_mm) as u16);
    let regular = FontRef::new(faces.0).map_err(|_| ReportError::Font)?;
    let bold = FontRef::new(faces.1).map_err(|_| ReportError::Font)?;

    let mut ctx = RenderContext::new(w, h);
    ctx.set_paint(AlphaColor::<Srgb>::WHITE);
    ctx.fill_rect(&Rect::new(0.0, 0.0, f64::from(w), f64::from(h)));
    ctx.set_transform(Affine::scale(f64::from(scale)));
    for item in charts::draw(chart, fonts, 0.0, 0.0, width_mm) {
        match item {
            Item::Fill { points, color } => {
                ctx.set_paint(paint(color));
                ctx.fill_path(&polygon(&points, true));
            }
            Item::Line {
                points,
                width,
                color,
                closed,
            } => {
                ctx.set_paint(paint(color));
                ctx.set_stroke(Stroke::new(f64::from(width * MM_PER_PT)));
                ctx.stroke_path(&polygon(&points, closed));
            }
            Item::Text {
                x,
                y,
                size,
                bold: is_bold,
                color,
                text,
            } => {
                let face = if is_bold { &bold } else { &regular };
                ctx.set_paint(paint(color));
                ctx.fill_path(&text_path(face, &text, x, y, size * MM_PER_PT));
            }
        }
    }
    let mut pixmap = Pixmap::new(w, h);
    ctx.flush();
    ctx.render(&mut pixmap, &mut Resources::new());
    let png = pixmap
        .into_png()
        .map_err(|err| ReportError::Encode(err.to_string()))?;
    Ok(Picture {
        png,
        width_px: u32::from(w),
        height_px: u32::from(h),
        width_mm,
        height_mm,
    })
}

fn paint((r, g, b): Rgb) -> AlphaColor<Srgb> {
    AlphaColor::new([r, g, b, 1.0])
}

fn polygon(points: &[(f32, f32)], closed: bool) -> BezPath {
    let mut path = BezPath::new();
    for (i, &(x, y)) in points.iter().enumerate() {
        let p = (f64::from(x), f64::from(y));
        if i == 0 {
            path.move_to(p);
        } else {
            path.line_to(p);
        }
    }
    if closed {
        path.close_path();
    }
    path
}

/// The outlines of one line of text, its baseline starting at (`x`, `y`), `em` millimetres
/// high; characters the face lacks are left out.
fn text_path(face: &FontRef<'_>, text: &str, x: f32, y: f32, em: f32) -> BezPath {
    let outlines = face.outline_glyphs();
    let charmap = face.charmap();
    let metrics = face.glyph_metrics(Size::new(em), LocationRef::default());
    let mut pen = Pen {
        path: BezPath::new(),
        x,
        y,
    };
    for c in text.chars() {
        let Some(glyph) = charmap.map(c) else {
            continue;
        };
        if let Some(outline) = outlines.get(glyph) {
            // A glyph that cannot be drawn is left out; the line goes on.
            let _ = outline.draw(
                DrawSettings::unhinted(Size::new(em), LocationRef::default()),
                &mut pen,
            );
        }
        pen.x += metrics.advance_width(glyph).unwrap_or(0.0);
    }
    pen.path
}

/// Collects glyph outlines (font units scaled to millimetres, y up) into a page path (y
/// down) at the pen's position.
struct Pen {
    path: BezPath,
    x: f32,
    y: f32,
}

impl Pen {
    fn at(&self, x: f32, y: f32) -> (f64, f64) {
        (f64::from(self.x + x), f64::from(self.y - y))
    }
}

impl OutlinePen for Pen {
    fn move_to(&mut self, x: f32, y: f32) {
        let p = self.at(x, y);
        self.path.move_to(p);
    }

    fn line_to(&mut self, x: f32, y: f32) {
        let p = self.at(x, y);
        self.path.line_to(p);
    }

    fn quad_to(&mut self, cx0: f32, cy0: f32, x: f32, y: f32) {
        let (c, p) = (self.at(cx0, cy0), self.at(x, y));
        self.path.quad_to(c, p);
    }

    fn curve_to(&mut self, cx0: f32, cy0: f32, cx1: f32, cy1: f32, x: f32, y: f32) {
        let (c0, c1, p) = (self.at(cx0, cy0), self.at(cx1, cy1), self.at(x, y));
        self.path.curve_to(c0, c1, p);
    }

    fn close(&mut self) {
        self.path.close_path();
    }
}
