//! Reading input files within bounds: only regular files, each kind with a size limit checked
//! before a byte is read, and image dimensions checked from the header before decoding.
//!
//! pocketcard reads files it is given by others (an organization's logo, a translator's
//! `.ftl`): a FIFO must not hang it, `/dev/zero` must not fill its memory, and a small PNG that
//! decodes to gigabytes must be refused before it is decoded.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Kind, display_path};
use crate::model::toml_file::lowercase_io;

/// The kinds of file pocketcard reads, each with its own size limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FileKind {
    /// A project file: `pocketcard.toml`, `contacts.toml`, a card, a locale's `.ftl` or
    /// `locale.toml`, a layout.
    Project,
    /// An organization file (`--org`).
    Org,
    /// A personal file (`--personal`).
    Personal,
    /// An organization's logo.
    Logo,
}

impl FileKind {
    /// The largest file of this kind, in bytes.
    pub(crate) fn limit(self) -> u64 {
        match self {
            // 100,000 contacts are 8.6 MB; a locale's messages a few hundred kilobytes.
            FileKind::Project => 32 << 20,
            FileKind::Org | FileKind::Personal => 64 << 10,
            FileKind::Logo => 4 << 20,
        }
    }

    fn what(self) -> &'static str {
        match self {
            FileKind::Project => "a project file",
            FileKind::Org => "an organization file",
            FileKind::Personal => "a personal file",
            FileKind::Logo => "a logo",
        }
    }
}

/// The largest image, in pixels on each side and in all, that a logo or a layout may use:
/// 8192 x 8192 is 256 MiB decoded, far more than a card at 300 dpi needs (1011 x 638).
pub(crate) const MAX_IMAGE_SIDE: u32 = 8192;
/// The largest number of pixels of one image (16 megapixels, 64 MiB decoded).
pub(crate) const MAX_IMAGE_PIXELS: u64 = 16 << 20;

/// Why a file was not read, for callers that word their own message (the Typst world).
#[derive(Debug)]
pub(crate) enum ReadError {
    /// The file could not be opened or read.
    Io(std::io::Error),
    /// It is not a regular file: a folder, a FIFO, a device or a socket.
    NotAFile(&'static str),
    /// It is larger than the limit for its kind.
    TooLarge { size: u64, limit: u64 },
}

impl ReadError {
    /// What went wrong, lowercase, in the words of our messages.
    pub(crate) fn describe(&self, kind: FileKind) -> String {
        match self {
            ReadError::Io(err) => lowercase_io(err),
            ReadError::NotAFile(what) => format!("it is {what}, not a regular file"),
            ReadError::TooLarge { size, limit } => {
                format!("it is {}, more than the {} {} may be", size_text(*size), size_text(*limit), kind.what())
            }
        }
    }
}

fn size_text(bytes: u64) -> String {
    if bytes >= 1 << 20 {
        format!("{:.1} MiB", bytes as f64 / (1 << 20) as f64)
    } else {
        format!("{} KiB", bytes.div_ceil(1024))
    }
}

/// Reads a regular file of at most `kind.limit()` bytes. The file is opened without blocking
/// (a FIFO would otherwise wait for a writer) and checked to be a regular file of an allowed
/// size before it is read; the read stops at the limit whatever the file claims.
pub(crate) fn read(path: &Path, kind: FileKind) -> Result<Vec<u8>, ReadError> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(ReadError::Io)?;
    let meta = file.metadata().map_err(ReadError::Io)?;
    if !meta.is_file() {
        return Err(ReadError::NotAFile(file_type_name(&meta)));
    }
    let limit = kind.limit();
    if meta.len() > limit {
        return Err(ReadError::TooLarge { size: meta.len(), limit });
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(limit + 1).read_to_end(&mut bytes).map_err(ReadError::Io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge { size: bytes.len() as u64, limit });
    }
    Ok(bytes)
}

/// Like [`read`], with the error as a diagnostic naming the file.
pub(crate) fn read_file(path: &Path, kind: FileKind) -> Result<Vec<u8>, Diagnostic> {
    read(path, kind).map_err(|err| {
        let shown = display_path(path);
        let what = match err {
            ReadError::Io(_) => Kind::Io,
            ReadError::NotAFile(_) => Kind::Invalid,
            ReadError::TooLarge { .. } => Kind::TooLarge,
        };
        let mut diag =
            Diagnostic::error(what, format!("cannot read {}: {}", shown.display(), err.describe(kind))).in_file(&shown);
        match err {
            ReadError::NotAFile(_) => diag = diag.hint("name an ordinary file saved on disk"),
            ReadError::TooLarge { .. } => {
                diag = diag.hint("this is far larger than such a file ever is; check that the right file was named")
            }
            ReadError::Io(_) => {}
        }
        diag
    })
}

fn file_type_name(meta: &std::fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = meta.file_type();
        if kind.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "a device";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    if meta.is_dir() { "a folder" } else { "not an ordinary file" }
}

/// An image's format and its width and height in pixels, read from its header alone (PNG,
/// JPEG, GIF, WebP and the other formats `imagesize` knows, which covers every raster format
/// Typst decodes); `None` for anything else, such as SVG.
pub(crate) fn image_dimensions(bytes: &[u8]) -> Option<(&'static str, u64, u64)> {
    let format = match imagesize::image_type(bytes).ok()? {
        imagesize::ImageType::Png => "PNG",
        imagesize::ImageType::Jpeg => "JPEG",
        imagesize::ImageType::Gif => "GIF",
        imagesize::ImageType::Webp => "WebP",
        _ => "raster",
    };
    let size = imagesize::blob_size(bytes).ok()?;
    Some((format, size.width as u64, size.height as u64))
}

/// Why an image is too large to decode, if it is: checked from the header alone, before a
/// decoder allocates for it (a 4.6 MB PNG claiming 40,000 x 40,000 pixels took 4.6 GiB).
pub(crate) fn image_too_large(bytes: &[u8]) -> Option<String> {
    let (format, width, height) = image_dimensions(bytes)?;
    let side = u64::from(MAX_IMAGE_SIDE);
    (width > side || height > side || width.saturating_mul(height) > MAX_IMAGE_PIXELS).then(|| {
        format!(
            "the {format} image is {width} x {height} pixels, more than the {MAX_IMAGE_SIDE} x {MAX_IMAGE_SIDE} (and {} megapixels) pocketcard decodes",
            MAX_IMAGE_PIXELS >> 20
        )
    })
}

/// Whether a file is reached through a symbolic link (the file itself or any folder on its
/// path) that points out of the folder the link is in: its contents may be anything readable
/// (`/etc/passwd`, or `locales/fr -> /etc`), so diagnostics show its position but never its
/// text.
pub(crate) fn hides_contents(path: &Path) -> bool {
    let mut prefix = PathBuf::new();
    for component in path.components() {
        prefix.push(component);
        if leaves_its_folder(&prefix) {
            return true;
        }
    }
    false
}

/// Whether `path` is a symbolic link to somewhere outside the folder holding it (or to
/// somewhere that cannot be resolved).
fn leaves_its_folder(path: &Path) -> bool {
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return false;
    };
    if !meta.file_type().is_symlink() {
        return false;
    }
    let parent = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    match (path.canonicalize(), parent.canonicalize()) {
        (Ok(target), Ok(folder)) => !target.starts_with(folder),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_small_files_and_refuses_large_ones_and_non_files() {
        let dir = tempfile::tempdir().unwrap();
        let small = dir.path().join("a.toml");
        std::fs::write(&small, "x = 1").unwrap();
        assert_eq!(read(&small, FileKind::Org).unwrap(), b"x = 1");
        let big = dir.path().join("b.toml");
        std::fs::write(&big, vec![b'x'; (FileKind::Org.limit() + 1) as usize]).unwrap();
        assert!(matches!(read(&big, FileKind::Org), Err(ReadError::TooLarge { .. })));
        assert!(matches!(read(dir.path(), FileKind::Org), Err(ReadError::NotAFile(_))));
        assert!(matches!(read(Path::new("/dev/zero"), FileKind::Personal), Err(ReadError::NotAFile("a device"))));
    }

    #[test]
    fn contents_reached_through_a_link_out_of_its_folder_are_hidden() {
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("secret.ftl"), "x = private").unwrap();
        let project = tempfile::tempdir().unwrap();
        let locales = project.path().join("locales");
        std::fs::create_dir_all(locales.join("en")).unwrap();
        std::fs::write(locales.join("en/plain.ftl"), "x = y").unwrap();
        // A folder on the path links out of the project: everything under it is hidden.
        std::os::unix::fs::symlink(outside.path(), locales.join("fr")).unwrap();
        assert!(hides_contents(&locales.join("fr/secret.ftl")));
        // The file itself links out.
        std::os::unix::fs::symlink(outside.path().join("secret.ftl"), locales.join("en/linked.ftl")).unwrap();
        assert!(hides_contents(&locales.join("en/linked.ftl")));
        // A link within its own folder, and an ordinary file, are shown.
        std::os::unix::fs::symlink("plain.ftl", locales.join("en/alias.ftl")).unwrap();
        assert!(!hides_contents(&locales.join("en/alias.ftl")));
        assert!(!hides_contents(&locales.join("en/plain.ftl")));
    }

    /// A PNG header claiming `width` x `height` pixels.
    fn png(width: u32, height: u32) -> Vec<u8> {
        let mut header = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        header.extend(width.to_be_bytes());
        header.extend(height.to_be_bytes());
        header.extend([8, 6, 0, 0, 0]);
        header
    }

    /// A GIF header (logical screen) claiming `width` x `height` pixels.
    fn gif(width: u16, height: u16) -> Vec<u8> {
        let mut header = b"GIF89a".to_vec();
        header.extend(width.to_le_bytes());
        header.extend(height.to_le_bytes());
        header.extend([0, 0, 0]);
        header
    }

    /// A JPEG start and baseline frame header claiming `width` x `height` pixels.
    fn jpeg(width: u16, height: u16) -> Vec<u8> {
        let mut header = vec![0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10];
        header.extend(b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0");
        header.extend([0xFF, 0xC0, 0x00, 0x11, 0x08]);
        header.extend(height.to_be_bytes());
        header.extend(width.to_be_bytes());
        header.extend([0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01]);
        header
    }

    /// An extended WebP header (VP8X) claiming `width` x `height` pixels.
    fn webp(width: u32, height: u32) -> Vec<u8> {
        let mut header = b"RIFF\0\0\0\0WEBPVP8X\x0a\0\0\0\0\0\0\0".to_vec();
        header.extend(&(width - 1).to_le_bytes()[..3]);
        header.extend(&(height - 1).to_le_bytes()[..3]);
        header
    }

    #[test]
    fn image_dimensions_come_from_the_header() {
        assert_eq!(image_dimensions(&png(40_000, 20)), Some(("PNG", 40_000, 20)));
        assert_eq!(image_dimensions(&gif(640, 480)), Some(("GIF", 640, 480)));
        assert_eq!(image_dimensions(&jpeg(1200, 800)), Some(("JPEG", 1200, 800)));
        assert_eq!(image_dimensions(&webp(300, 200)), Some(("WebP", 300, 200)));
        assert_eq!(image_dimensions(b"<svg xmlns='http://www.w3.org/2000/svg'/>"), None);
        assert_eq!(image_dimensions(b""), None);
    }

    #[test]
    fn images_too_large_to_decode_are_refused_in_every_format() {
        for (bytes, format) in [
            (png(40_000, 20), "PNG"),
            (gif(60_000, 60_000), "GIF"),
            (jpeg(65_000, 65_000), "JPEG"),
            (webp(20_000, 20_000), "WebP"),
        ] {
            let why = image_too_large(&bytes).unwrap_or_else(|| panic!("{format} passed"));
            assert!(why.starts_with(&format!("the {format} image is ")), "{why}");
        }
        for small in [png(512, 512), gif(640, 480), jpeg(1200, 800), webp(300, 200)] {
            assert_eq!(image_too_large(&small), None);
        }
    }
}
