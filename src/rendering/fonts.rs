//! Fonts: every font file in the project's `fonts/` (and `--font-path`), read once, parsed lazily.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use typst::foundations::Bytes;
use typst::text::{Font, FontBook, FontInfo};
use typst::utils::LazyHash;
use typst_kit::fonts::{FontSource, FontStore};

use crate::diag::{Diagnostic, Kind, display_path};
use crate::model::toml_file::lowercase_io;

/// All fonts a build may use, shared by every document it renders.
pub struct FontLibrary {
    store: FontStore,
    /// The file each face came from, for diagnostics.
    files: Vec<PathBuf>,
    /// Whether each face has been parsed, to show that unused faces never are.
    parsed: Vec<Arc<AtomicBool>>,
}

/// One face of a memory-mapped font file, parsed the first time a document uses it.
struct MappedFace {
    data: Bytes,
    index: u32,
    parsed: Arc<AtomicBool>,
}

impl FontSource for MappedFace {
    fn load(&self) -> Option<Font> {
        self.parsed.store(true, Ordering::Relaxed);
        Font::new(self.data.clone(), self.index)
    }
}

impl FontLibrary {
    /// Finds the fonts in `dirs` (files ending in .ttf, .otf, .ttc, .otc), in sorted order so
    /// that the same fonts always get the same indices. System fonts are never used.
    pub(crate) fn load(dirs: &[PathBuf]) -> (FontLibrary, Vec<Diagnostic>) {
        let mut diagnostics = Vec::new();
        let mut store = FontStore::new();
        let mut files = Vec::new();
        let mut parsed = Vec::new();
        for dir in dirs {
            let shown = display_path(dir);
            let mut paths: Vec<PathBuf> = match std::fs::read_dir(dir) {
                Ok(entries) => entries.filter_map(Result::ok).map(|e| e.path()).filter(|p| is_font_file(p)).collect(),
                Err(err) => {
                    diagnostics.push(
                        Diagnostic::error(
                            Kind::Io,
                            format!("cannot read font folder {}: {}", shown.display(), lowercase_io(&err)),
                        )
                        .hint("the project's fonts/ folder ships with pocketcard; --font-path adds another folder"),
                    );
                    continue;
                }
            };
            paths.sort();
            // Reading a face's metadata (its character coverage above all) is most of opening
            // a session: the files are read in parallel, and added in their sorted order.
            let read = crate::rendering::workers::map(crate::rendering::workers::one_per_core(), &paths, |path| {
                map_file(path).map(|data| {
                    // A collection (.ttc) holds several faces; stop at the first index that is not one.
                    let infos: Vec<FontInfo> = (0u32..).map_while(|index| FontInfo::new(&data, index)).collect();
                    (data, infos)
                })
            });
            for (path, read) in paths.into_iter().zip(read) {
                match read {
                    Ok((data, infos)) => {
                        let mut faces = 0;
                        for (index, info) in (0u32..).zip(infos) {
                            let flag = Arc::new(AtomicBool::new(false));
                            store.push((MappedFace { data: data.clone(), index, parsed: flag.clone() }, info));
                            files.push(path.clone());
                            parsed.push(flag);
                            faces += 1;
                        }
                        if faces == 0 {
                            diagnostics.push(
                                Diagnostic::error(
                                    Kind::Invalid,
                                    format!("{} is not a font pocketcard can read", display_path(&path).display()),
                                )
                                .in_file(display_path(&path))
                                .hint("replace it with an OpenType or TrueType font (.ttf, .otf, .ttc), or remove it"),
                            );
                        }
                    }
                    Err(err) => diagnostics.push(
                        Diagnostic::error(
                            Kind::Io,
                            format!("cannot read font {}: {}", display_path(&path).display(), lowercase_io(&err)),
                        )
                        .in_file(display_path(&path)),
                    ),
                }
            }
        }
        (FontLibrary { store, files, parsed }, diagnostics)
    }

    /// Metadata about every face, for the Typst world.
    pub(crate) fn book(&self) -> &LazyHash<FontBook> {
        self.store.book()
    }

    /// The face at `index`, parsed on first use.
    pub(crate) fn font(&self, index: usize) -> Option<Font> {
        self.store.font(index)
    }

    /// Whether a family with this name is loaded (names compare case-insensitively).
    pub(crate) fn has_family(&self, family: &str) -> bool {
        self.book().contains_family(&family.to_lowercase())
    }

    /// The metadata of every face of `families`, looked up once for a caller that asks about
    /// many characters (the glyph check asks about every character of a locale).
    pub(crate) fn faces_of(&self, families: &[String]) -> Vec<&FontInfo> {
        let book = self.book();
        let mut faces = Vec::new();
        for family in families {
            faces.extend(book.select_family(&family.to_lowercase()).filter_map(|i| book.info(i)));
        }
        faces
    }

    /// The files of the faces parsed so far (a collection appears once per face parsed).
    pub fn parsed_files(&self) -> Vec<&Path> {
        self.parsed
            .iter()
            .zip(&self.files)
            .filter(|(flag, _)| flag.load(Ordering::Relaxed))
            .map(|(_, file)| file.as_path())
            .collect()
    }

    /// The file of every face, in the order of their indices (a collection once per face).
    pub(crate) fn files(&self) -> &[PathBuf] {
        &self.files
    }

    /// The file a face was loaded from.
    pub(crate) fn file(&self, index: usize) -> Option<&Path> {
        self.files.get(index).map(PathBuf::as_path)
    }
}

fn is_font_file(path: &Path) -> bool {
    path.is_file()
        && path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "ttf" | "otf" | "ttc" | "otc"))
}

/// Maps a font file into memory, so that a collection is read once and only the pages a
/// document uses are ever loaded.
fn map_file(path: &Path) -> std::io::Result<Bytes> {
    let file = std::fs::File::open(path)?;
    if file.metadata()?.len() == 0 {
        return Ok(Bytes::new(Vec::<u8>::new()));
    }
    // SAFETY: font files are read-only inputs that pocketcard never writes; a font replaced
    // while a build runs is the same hazard every font loader that maps files accepts.
    let map = unsafe { memmap2::Mmap::map(&file)? };
    Ok(Bytes::new(map))
}
