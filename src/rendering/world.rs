//! The Typst world for one document: the project's layout files, virtual data files, the
//! shared fonts and a fixed clock. It serves nothing outside the project's `cards/` folder.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

use crate::model::input::{FileKind, ReadError};
use crate::rendering::fonts::FontLibrary;

/// The path at which a layout reads its card's resolved data with `json(..)`.
pub(crate) const DATA_PATH: &str = "/data.json";

/// The standard library, built once: inputs travel as a virtual file, so one library serves all.
pub(crate) fn standard_library() -> Arc<LazyHash<Library>> {
    Arc::new(LazyHash::new(Library::builder().build()))
}

/// Everything one compilation may see.
pub(crate) struct CardWorld {
    /// The folder layouts live in; the world's `/`.
    root: PathBuf,
    main: FileId,
    library: Arc<LazyHash<Library>>,
    fonts: Arc<FontLibrary>,
    /// Files that exist only in memory: the data JSON and QR code images.
    virtual_files: HashMap<FileId, Bytes>,
    /// Layout sources read so far, so each is read once per document.
    sources: Mutex<HashMap<FileId, FileResult<Source>>>,
    /// Every file read from disk, by its path under the root, with the hash of the bytes
    /// served: what an incremental build checks again before it keeps an output.
    served: Mutex<BTreeMap<String, u128>>,
}

impl CardWorld {
    /// A world whose main file is `layout` (relative to `root`), with `virtual_files`
    /// (path -> bytes) served before anything on disk.
    pub(crate) fn new(
        root: &Path,
        layout: &str,
        library: Arc<LazyHash<Library>>,
        fonts: Arc<FontLibrary>,
        virtual_files: Vec<(String, Bytes)>,
    ) -> Result<Self, String> {
        let main = file_id(&format!("/{layout}")).ok_or_else(|| format!("invalid layout path {layout:?}"))?;
        let mut files = HashMap::new();
        for (path, bytes) in virtual_files {
            let id = file_id(&path).ok_or_else(|| format!("invalid virtual path {path:?}"))?;
            files.insert(id, bytes);
        }
        Ok(Self {
            root: root.to_path_buf(),
            main,
            library,
            fonts,
            virtual_files: files,
            sources: Mutex::new(HashMap::new()),
            served: Mutex::new(BTreeMap::new()),
        })
    }

    /// The files read from disk so far (paths relative to the root) with the hash of each.
    pub(crate) fn served(&self) -> BTreeMap<String, u128> {
        self.served.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).clone()
    }

    /// The file on disk behind an id, if it lies inside the root.
    pub(crate) fn real_path(&self, id: FileId) -> Option<PathBuf> {
        if !matches!(id.root(), VirtualRoot::Project) || self.virtual_files.contains_key(&id) {
            return None;
        }
        id.vpath().realize(&self.root).ok()
    }

    /// Reads a file of the project, refusing anything that resolves outside the root
    /// (a `..` path or a symbolic link pointing elsewhere) and any package import.
    fn read(&self, id: FileId) -> FileResult<Bytes> {
        if let Some(bytes) = self.virtual_files.get(&id) {
            return Ok(bytes.clone());
        }
        if !matches!(id.root(), VirtualRoot::Project) {
            return Err(FileError::Other(Some(
                "pocketcard layouts cannot import packages; keep shared code in cards/".into(),
            )));
        }
        let path = id.vpath().realize(&self.root).map_err(FileError::Realize)?;
        let canonical = path.canonicalize().map_err(|err| FileError::from_io(err, &path))?;
        let root = self.root.canonicalize().map_err(|err| FileError::from_io(err, &self.root))?;
        if !canonical.starts_with(&root) {
            return Err(FileError::AccessDenied);
        }
        if canonical.is_dir() {
            return Err(FileError::IsDirectory);
        }
        let bytes = match crate::model::input::read(&canonical, FileKind::Project) {
            Ok(bytes) => bytes,
            Err(ReadError::Io(err)) => return Err(FileError::from_io(err, &path)),
            Err(err) => return Err(FileError::Other(Some(err.describe(FileKind::Project).into()))),
        };
        if let Some(why) = crate::model::input::image_too_large(&bytes) {
            return Err(FileError::Other(Some(why.into())));
        }
        let hash = crate::rendering::incremental::hash_bytes(&bytes);
        self.served
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .insert(id.vpath().get_without_slash().to_string(), hash);
        Ok(Bytes::new(bytes))
    }
}

/// The id of a project file at a virtual path such as `/data.json`.
pub(crate) fn file_id(path: &str) -> Option<FileId> {
    let vpath = VirtualPath::new(path).ok()?;
    Some(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

impl World for CardWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        self.fonts.book()
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        let mut sources = self.sources.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        sources
            .entry(id)
            .or_insert_with(|| {
                let bytes = self.read(id)?;
                let text = std::str::from_utf8(&bytes).map_err(|_| FileError::InvalidUtf8)?;
                Ok(Source::new(id, text.to_string()))
            })
            .clone()
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        self.read(id)
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.font(index)
    }

    /// No clock: layouts print only dates from the data, so the same input gives the same bytes.
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}
