//! Helpers for integration tests: a scratch copy of the project with a fixture laid over it,
//! the real `pocketcard` binary, and readers that look at outputs as a person would.

#![allow(dead_code)]

pub mod serve;
pub mod viewer;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root, where the shipped project lives.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A scratch project: a copy of the shipped one, with `tests/fixtures/<fixture>/` copied over
/// it when a fixture is named. Fonts are linked, not copied.
pub struct Scratch {
    pub dir: tempfile::TempDir,
}

impl Scratch {
    pub fn new(fixture: Option<&str>) -> Scratch {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = repo();
        for name in ["pocketcard.toml", "contacts.toml"] {
            std::fs::copy(root.join(name), dir.path().join(name)).expect("copy project file");
        }
        for name in ["cards", "locales"] {
            copy_tree(&root.join(name), &dir.path().join(name));
        }
        std::os::unix::fs::symlink(root.join("fonts"), dir.path().join("fonts")).expect("link fonts");
        if let Some(fixture) = fixture {
            let fixture_dir = root.join("tests/fixtures").join(fixture);
            assert!(fixture_dir.is_dir(), "no fixture {}", fixture_dir.display());
            copy_tree(&fixture_dir, dir.path());
        }
        Scratch { dir }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn out(&self) -> PathBuf {
        self.dir.path().join("out")
    }

    /// Runs `pocketcard ARGS` in the scratch project.
    pub fn run(&self, args: &[&str]) -> Run {
        let output = Command::new(env!("CARGO_BIN_EXE_pocketcard"))
            .args(args)
            .current_dir(self.root())
            .env("NO_COLOR", "1")
            .output()
            .expect("run pocketcard");
        Run::from(output)
    }

    /// Builds one card in one language in the given format, expecting success.
    pub fn build_card(&self, card: &str, lang: &str, format: &str) {
        self.run(&["build", "--card", card, "--lang", lang, "--format", format]).assert_ok();
    }

    /// Writes a file into the scratch project.
    pub fn write(&self, path: &str, text: &str) {
        let path = self.root().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
}

/// What a run of the binary printed and how it exited.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(output: Output) -> Run {
        Run {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }
}

impl Run {
    pub fn assert_ok(&self) -> &Self {
        assert_eq!(self.code, 0, "pocketcard failed:\n{}\n{}", self.stdout, self.stderr);
        self
    }
}

/// Every file below `dir` (not the folders), as paths relative to it, sorted.
pub fn files_below(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push(path.strip_prefix(dir).unwrap().to_path_buf());
            }
        }
    }
    out.sort();
    out
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A PDF read back with lopdf.
pub struct Pdf {
    pub doc: lopdf::Document,
}

impl Pdf {
    pub fn open(path: &Path) -> Pdf {
        Pdf { doc: lopdf::Document::load(path).unwrap_or_else(|e| panic!("cannot open {}: {e}", path.display())) }
    }

    pub fn page_count(&self) -> usize {
        self.doc.get_pages().len()
    }

    /// Each page's MediaBox width and height, in millimetres.
    pub fn page_sizes_mm(&self) -> Vec<(f64, f64)> {
        self.doc
            .get_pages()
            .values()
            .map(|&id| {
                let page = self.doc.get_dictionary(id).unwrap();
                let media = page.get(b"MediaBox").unwrap().as_array().unwrap();
                let n: Vec<f64> = media
                    .iter()
                    .map(|o| o.as_float().map(f64::from).or_else(|_| o.as_i64().map(|i| i as f64)).unwrap())
                    .collect();
                let pt = 25.4 / 72.0;
                ((n[2] - n[0]) * pt, (n[3] - n[1]) * pt)
            })
            .collect()
    }

    /// Each page's box `name` (e.g. TrimBox) as [x0, y0, x1, y1] in millimetres, if it has one.
    pub fn page_boxes_mm(&self, name: &[u8]) -> Vec<Option<[f64; 4]>> {
        self.doc
            .get_pages()
            .values()
            .map(|&id| {
                let page = self.doc.get_dictionary(id).ok()?;
                let values = page.get(name).ok()?.as_array().ok()?;
                let n: Vec<f64> = values
                    .iter()
                    .map(|o| o.as_float().map(f64::from).or_else(|_| o.as_i64().map(|i| i as f64)).unwrap_or(0.0))
                    .collect();
                let mm = 25.4 / 72.0;
                Some([n[0] * mm, n[1] * mm, n[2] * mm, n[3] * mm])
            })
            .collect()
    }

    /// The text of all pages, as a reader copying it out would get it.
    pub fn text(&self) -> String {
        let pages: Vec<u32> = self.doc.get_pages().keys().copied().collect();
        self.doc.extract_text(&pages).unwrap_or_default()
    }

    /// The text with all white space folded, for matching sentences across line breaks.
    pub fn folded_text(&self) -> String {
        fold(&self.text())
    }

    /// The BaseFont names of fonts, and whether each descriptor embeds a font program.
    pub fn fonts(&self) -> Vec<(String, bool)> {
        let mut fonts = Vec::new();
        for object in self.doc.objects.values() {
            let Ok(dict) = object.as_dict() else { continue };
            if dict.get(b"Type").ok().and_then(|t| t.as_name().ok()) != Some(b"FontDescriptor") {
                continue;
            }
            let name = dict
                .get(b"FontName")
                .ok()
                .and_then(|n| n.as_name().ok())
                .map(|n| String::from_utf8_lossy(n).into_owned())
                .unwrap_or_default();
            let embedded = [&b"FontFile"[..], b"FontFile2", b"FontFile3"].iter().any(|k| dict.has(k));
            fonts.push((name, embedded));
        }
        fonts.sort();
        fonts
    }

    /// The document information dictionary's entry `key`, if any.
    pub fn info(&self, key: &[u8]) -> Option<String> {
        let info = self.doc.trailer.get(b"Info").ok()?.as_reference().ok()?;
        let dict = self.doc.get_dictionary(info).ok()?;
        let value = dict.get(key).ok()?;
        lopdf::decode_text_string(value).ok()
    }
}

impl Pdf {
    /// The catalog's /Lang entry.
    pub fn catalog_lang(&self) -> Option<String> {
        let catalog = self.doc.catalog().ok()?;
        lopdf::decode_text_string(catalog.get(b"Lang").ok()?).ok()
    }

    /// Whether the PDF is tagged: /MarkInfo /Marked true and a structure tree.
    pub fn is_tagged(&self) -> bool {
        let Ok(catalog) = self.doc.catalog() else {
            return false;
        };
        let marked = catalog
            .get(b"MarkInfo")
            .ok()
            .and_then(|m| match m {
                lopdf::Object::Reference(id) => self.doc.get_dictionary(*id).ok(),
                lopdf::Object::Dictionary(d) => Some(d),
                _ => None,
            })
            .and_then(|d| d.get(b"Marked").ok())
            .and_then(|m| m.as_bool().ok())
            .unwrap_or(false);
        marked && catalog.has(b"StructTreeRoot")
    }

    /// Everything in the document information dictionary and the XMP metadata stream.
    pub fn metadata_text(&self) -> String {
        let mut out = String::new();
        if let Ok(info) = self.doc.trailer.get(b"Info").and_then(|i| i.as_reference())
            && let Ok(dict) = self.doc.get_dictionary(info)
        {
            for (_, value) in dict.iter() {
                if let Ok(text) = lopdf::decode_text_string(value) {
                    out.push_str(&text);
                    out.push('\n');
                }
            }
        }
        if let Ok(catalog) = self.doc.catalog()
            && let Ok(id) = catalog.get(b"Metadata").and_then(|m| m.as_reference())
            && let Ok(stream) = self.doc.get_object(id).and_then(|o| o.as_stream())
        {
            let bytes = stream.decompressed_content().unwrap_or_else(|_| stream.content.clone());
            out.push_str(&String::from_utf8_lossy(&bytes));
        }
        out
    }

    /// The alt texts of the figures (images, QR codes, logos) in the structure tree.
    pub fn figure_alts(&self) -> Vec<String> {
        let mut alts: Vec<String> = self
            .doc
            .objects
            .values()
            .filter_map(|o| o.as_dict().ok())
            .filter(|d| d.get(b"S").ok().and_then(|s| s.as_name().ok()) == Some(b"Figure"))
            .filter_map(|d| lopdf::decode_text_string(d.get(b"Alt").ok()?).ok())
            .collect();
        alts.sort();
        alts
    }
}

/// Folds runs of white space into single spaces.
pub fn fold(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Decodes every QR code in a PNG file.
pub fn decode_qr(path: &Path) -> Vec<String> {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let channels = info.color_type.samples();
    let (w, h) = (info.width as usize, info.height as usize);
    let luma = |x: usize, y: usize| -> u8 {
        let i = (y * w + x) * channels;
        let px = &buf[i..i + channels];
        match channels {
            1 | 2 => px[0],
            _ => {
                // Composite on white: transparent pixels are paper.
                let a = if channels == 4 { px[3] as u32 } else { 255 };
                let l = (px[0] as u32 * 299 + px[1] as u32 * 587 + px[2] as u32 * 114) / 1000;
                ((l * a + 255 * (255 - a)) / 255) as u8
            }
        }
    };
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, luma);
    img.detect_grids().into_iter().filter_map(|g| g.decode().ok().map(|(_, content)| content)).collect()
}

/// The PNG's width and height in pixels.
pub fn png_size(path: &Path) -> (u32, u32) {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).unwrap()));
    let reader = decoder.read_info().unwrap();
    let info = reader.info();
    (info.width, info.height)
}
