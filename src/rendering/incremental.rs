//! Incremental builds: a manifest in the output folder records, for each document, a hash of
//! everything that made its outputs and a hash of each output's bytes, so that a later build
//! renders again only the documents whose inputs changed or whose outputs on disk are not the
//! ones it wrote.
//!
//! What "the inputs" of a document are, so that a stale output is never kept:
//! - the build's common key ([`build_key`]): pocketcard's version and the identity of the
//!   running executable (its size, inode and times: a rebuilt pocketcard renders again), the
//!   identity of every font file loaded (path, size, inode, modification and change times: a
//!   font added, removed or replaced changes what Typst picks), the project's "information as
//!   of" date, and every option that shapes an output (formats, sheets, bleed, paper, phone,
//!   `--force`);
//! - per document ([`DocumentKey`]): its card, locale and layout, every virtual file its
//!   layout reads (the resolved data JSON, which holds the resolved text of every message,
//!   contact and `--org` value it prints, the QR codes and the logo), the printing guide of
//!   its sheets, and the hash of every file under `cards/` its compiles read (checked again on
//!   each build).
//!
//! A build with `--personal` neither reads nor writes the manifest: it renders every document
//! it is asked for, and nothing derived from a holder's values is stored. The outputs it
//! overwrites no longer match their recorded hashes, so the next ordinary build renders them
//! again.

use std::collections::{BTreeMap, HashMap};
use std::hash::Hasher as _;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use siphasher::sip128::{Hasher128 as _, SipHasher13};

use crate::diag::Diagnostic;

/// The manifest's name in the output folder. It does not start with
/// [`crate::rendering::output::TEMP_PREFIX`], so a build never takes it for a leftover temporary file.
pub(crate) const MANIFEST_FILE: &str = "pocketcard-manifest.json";

/// The manifest's own format: a manifest of another format is ignored (everything rebuilt).
const FORMAT: u32 = 1;

/// The 128-bit SipHash-1-3 of some bytes (the hash comemo uses, already in the build).
pub(crate) fn hash_bytes(bytes: &[u8]) -> u128 {
    let mut hasher = SipHasher13::new();
    hasher.write(bytes);
    hasher.finish128().as_u128()
}

/// A hash over a sequence of parts, each prefixed by its length, so that two different
/// sequences never run together into the same bytes.
pub(crate) struct KeyHasher(SipHasher13);

impl KeyHasher {
    /// A key of the given kind (e.g. "card", "calibration").
    pub(crate) fn new(kind: &str) -> Self {
        let mut key = KeyHasher(SipHasher13::new());
        key.part(kind.as_bytes());
        key
    }

    /// Adds one part.
    pub(crate) fn part(&mut self, bytes: &[u8]) -> &mut Self {
        self.0.write_u64(bytes.len() as u64);
        self.0.write(bytes);
        self
    }

    /// Adds another key.
    pub(crate) fn key(&mut self, key: u128) -> &mut Self {
        self.part(&key.to_le_bytes())
    }

    /// The key of the parts added so far.
    pub(crate) fn finish(&self) -> u128 {
        self.0.finish128().as_u128()
    }
}

/// The identity of a file on disk without reading it: size, inode, and modification and
/// change times in nanoseconds. Writing a file changes its change time, which no user tool can
/// set back (unlike the modification time), so equal stamps mean the same bytes.
fn stamp(path: &Path) -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    let meta = std::fs::metadata(path).ok()?;
    meta.is_file().then(|| {
        format!(
            "{}:{}:{}:{}.{}:{}.{}",
            meta.len(),
            meta.dev(),
            meta.ino(),
            meta.mtime(),
            meta.mtime_nsec(),
            meta.ctime(),
            meta.ctime_nsec()
        )
    })
}

/// The key every document of a build shares: pocketcard itself, the fonts, and `options` (a
/// description of every option that shapes an output).
pub(crate) fn build_key(font_files: &[PathBuf], info_as_of: &str, options: &str) -> u128 {
    let mut key = KeyHasher::new("build");
    key.part(env!("CARGO_PKG_VERSION").as_bytes());
    // A pocketcard built anew (same version, other code) renders again: its executable differs.
    let exe = std::env::current_exe().ok().and_then(|exe| stamp(&exe)).unwrap_or_default();
    key.part(exe.as_bytes());
    let mut fonts: Vec<&PathBuf> = font_files.iter().collect();
    fonts.dedup();
    for font in fonts {
        key.part(font.as_os_str().as_encoded_bytes());
        key.part(stamp(font).unwrap_or_default().as_bytes());
    }
    key.part(info_as_of.as_bytes());
    key.part(options.as_bytes());
    key.finish()
}

/// What the fitted size of a text box of a document depends on besides the box's own text and
/// geometry (which its layout keys each box by): the build (pocketcard, fonts, options), the
/// card's layout and size, and the locales of both its sides (fonts, language, direction).
pub(crate) fn fits_env(build: u128, layout: &str, size: &str, locales: &[&crate::model::locale::LocaleMeta]) -> u128 {
    let mut key = KeyHasher::new("fits");
    key.key(build).part(layout.as_bytes()).part(size.as_bytes());
    for meta in locales {
        key.part(&serde_json::to_vec(meta).unwrap_or_default());
    }
    key.finish()
}

/// The key of every locale's list of sensitive terms, as written: a document checked against
/// lists with this key need not be checked again while its printed strings are the same.
pub(crate) fn lists_key<'a>(lists: impl IntoIterator<Item = (&'a str, &'a [String])>) -> u128 {
    let mut key = KeyHasher::new("sensitive-terms");
    for (tag, terms) in lists {
        key.part(tag.as_bytes()).part(&(terms.len() as u64).to_le_bytes());
        for term in terms {
            key.part(term.as_bytes());
        }
    }
    key.finish()
}

/// Builds the key of one document from the build's key and the document's own inputs.
pub(crate) struct DocumentKey(KeyHasher);

impl DocumentKey {
    /// A document of `kind` named `name` (its outputs' stem, e.g. `fr/wallet-rights`).
    pub(crate) fn new(build: u128, kind: &str, name: &str) -> Self {
        let mut key = KeyHasher::new(kind);
        key.key(build).part(name.as_bytes());
        DocumentKey(key)
    }

    /// Adds a part of the document's inputs.
    pub(crate) fn part(&mut self, bytes: &[u8]) -> &mut Self {
        self.0.part(bytes);
        self
    }

    /// Adds virtual files (path and bytes), as a layout reads them.
    pub(crate) fn files(&mut self, files: &[(String, typst::foundations::Bytes)]) -> &mut Self {
        for (path, bytes) in files {
            self.0.part(path.as_bytes()).part(bytes.as_slice());
        }
        self
    }

    /// The document's key.
    pub(crate) fn finish(&self) -> u128 {
        self.0.finish()
    }
}

/// The manifest as stored: one entry per document.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Manifest {
    format: u32,
    /// By document name (e.g. `fr/wallet-rights`, `fr/calibration-a4`).
    documents: BTreeMap<String, Entry>,
}

/// What made one document's outputs, and what they were.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Entry {
    /// The document's key, in hex.
    inputs: String,
    /// Files under `cards/` its compiles read, with the hash of each, in hex.
    read: BTreeMap<String, String>,
    /// Its files, relative to the output folder.
    outputs: BTreeMap<String, Output>,
    /// The key of the lists of sensitive terms its printed strings were last checked against,
    /// in hex (empty: never, as in a manifest of an earlier pocketcard). A document whose
    /// outputs are up to date and were checked against today's lists needs no check again.
    #[serde(default)]
    checked: String,
    /// The sizes its text boxes were fitted at, by box name.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    fits: crate::rendering::compile::Fits,
    /// What else than a box's own text and geometry its size depends on (the fonts, the
    /// options, the card's layout and its locales), in hex: see [`Incremental::known_fits`].
    #[serde(default, skip_serializing_if = "String::is_empty")]
    fits_env: String,
}

/// What the manifest knows of one document's outputs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Freshness {
    /// They must be rendered: inputs changed, or an output is missing or not as written.
    Stale,
    /// They are on disk as written from the same inputs. `checked`: the strings they print
    /// were checked against the lists of sensitive terms as they are today.
    UpToDate { checked: bool },
}

/// One output file as it was written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Output {
    /// The hash of its bytes, in hex.
    hash: String,
    /// Its [`stamp`] once in place: while it is the same, the bytes are not read again.
    stamp: String,
}

fn hex(hash: u128) -> String {
    format!("{hash:032x}")
}

/// The manifest of one build: the entries found in the output folder, and those of the
/// documents this build rendered or checked.
pub(crate) struct Incremental {
    out: PathBuf,
    cards: PathBuf,
    /// The key of today's lists of sensitive terms, in hex.
    lists: String,
    /// Entries to decide by: empty with `--force-rebuild`.
    old: BTreeMap<String, Entry>,
    /// Entries of the manifest on disk, kept for the documents this build does not touch.
    kept: BTreeMap<String, Entry>,
    /// The manifest file's bytes as read, to write it only when it changes.
    on_disk: Option<Vec<u8>>,
    new: Mutex<BTreeMap<String, Entry>>,
    /// Hashes of files under `cards/`, each read once per build (`None`: it cannot be read).
    sources: Mutex<HashMap<String, Option<u128>>>,
}

impl Incremental {
    /// Reads the manifest in `out` (a missing, unreadable or foreign one counts as empty).
    /// With `ignore`, no document is found up to date, but the entries of the documents this
    /// build leaves alone are kept. `lists` is the key of today's lists of sensitive terms
    /// ([`lists_key`]).
    pub(crate) fn open(out: &Path, cards: &Path, ignore: bool, lists: u128) -> Incremental {
        let path = out.join(MANIFEST_FILE);
        let on_disk = crate::model::input::read(&path, crate::model::input::FileKind::Project).ok();
        let manifest = on_disk
            .as_deref()
            .and_then(|bytes| serde_json::from_slice::<Manifest>(bytes).ok())
            .filter(|m| m.format == FORMAT)
            .unwrap_or_default();
        Incremental {
            out: out.to_path_buf(),
            cards: cards.to_path_buf(),
            lists: hex(lists),
            old: if ignore { BTreeMap::new() } else { manifest.documents.clone() },
            kept: manifest.documents,
            on_disk,
            new: Mutex::new(BTreeMap::new()),
            sources: Mutex::new(HashMap::new()),
        }
    }

    /// Whether the outputs of document `name`, made from inputs `key`, are on disk as they
    /// were written: the key is the one recorded, every file under `cards/` read then has the
    /// same bytes, and every output is there with the bytes written.
    pub(crate) fn up_to_date(&self, name: &str, key: u128) -> bool {
        self.freshness(name, key) != Freshness::Stale
    }

    /// As [`Incremental::up_to_date`], and whether the document's printed strings were
    /// checked against today's lists of sensitive terms.
    pub(crate) fn freshness(&self, name: &str, key: u128) -> Freshness {
        let Some(entry) = self.old.get(name) else {
            return Freshness::Stale;
        };
        if entry.inputs != hex(key) || entry.outputs.is_empty() {
            return Freshness::Stale;
        }
        let sources_same =
            entry.read.iter().all(|(path, hash)| self.source_hash(path).is_some_and(|h| hex(h) == *hash));
        if !sources_same {
            return Freshness::Stale;
        }
        let mut refreshed = entry.clone();
        for (path, output) in &mut refreshed.outputs {
            let target = self.out.join(path);
            let Some(now) = stamp(&target) else {
                return Freshness::Stale;
            };
            if now == output.stamp {
                continue;
            }
            // Touched or copied: the same bytes are still the same output.
            let Ok(bytes) = std::fs::read(&target) else {
                return Freshness::Stale;
            };
            if hex(hash_bytes(&bytes)) != output.hash {
                return Freshness::Stale;
            }
            output.stamp = now;
        }
        let checked = refreshed.checked == self.lists;
        self.lock_new().insert(name.to_string(), refreshed);
        Freshness::UpToDate { checked }
    }

    /// Records that the up-to-date document `name` was checked against today's lists of
    /// sensitive terms and passed.
    pub(crate) fn mark_checked(&self, name: &str) {
        if let Some(entry) = self.lock_new().get_mut(name) {
            entry.checked = self.lists.clone();
        }
    }

    /// The sizes the text boxes of document `name` were fitted at when it was last written,
    /// while they still hold: `env` ([`fits_env`]) is the same, and so is every file under
    /// `cards/` its layout read then. A box whose text or geometry changed is told apart by
    /// its own key, in the layout. Empty with `--force-rebuild`.
    pub(crate) fn known_fits(&self, name: &str, env: u128) -> Option<&crate::rendering::compile::Fits> {
        let entry = self.old.get(name)?;
        let same = entry.fits_env == hex(env)
            && entry.read.iter().all(|(path, hash)| self.source_hash(path).is_some_and(|h| hex(h) == *hash));
        same.then_some(&entry.fits)
    }

    /// Records the outputs of document `name` just written (`files`, relative to the output
    /// folder), made from inputs `key` with the files under `cards/` in `read`, and the sizes
    /// its boxes were fitted at (`fits`, in the environment `env`).
    pub(crate) fn record(
        &self,
        name: &str,
        key: u128,
        read: &BTreeMap<String, u128>,
        files: &[(PathBuf, &[u8])],
        fits: (&crate::rendering::compile::Fits, u128),
    ) {
        let outputs = files
            .iter()
            .map(|(path, bytes)| {
                let output =
                    Output { hash: hex(hash_bytes(bytes)), stamp: stamp(&self.out.join(path)).unwrap_or_default() };
                (path.to_string_lossy().into_owned(), output)
            })
            .collect();
        // A document is written only once it passed the checks (or with `--force`, which is
        // in its key, so the next build without it renders and checks it again).
        let entry = Entry {
            inputs: hex(key),
            read: read.iter().map(|(p, h)| (p.clone(), hex(*h))).collect(),
            outputs,
            checked: self.lists.clone(),
            fits: fits.0.clone(),
            fits_env: if fits.0.is_empty() { String::new() } else { hex(fits.1) },
        };
        self.lock_new().insert(name.to_string(), entry);
    }

    /// Writes the manifest when it changed: the entries of this build over those found.
    pub(crate) fn save(self) -> Result<(), Diagnostic> {
        let new = self.new.into_inner().unwrap_or_else(|poisoned| poisoned.into_inner());
        let mut documents = self.kept;
        documents.extend(new);
        let manifest = Manifest { format: FORMAT, documents };
        let mut bytes = serde_json::to_vec_pretty(&manifest).unwrap_or_default();
        bytes.push(b'\n');
        if self.on_disk.as_deref() == Some(bytes.as_slice()) {
            return Ok(());
        }
        crate::rendering::output::write_atomic(&self.out.join(MANIFEST_FILE), &bytes)
            .map_err(|diag| diag.hint("the outputs were written; the next build renders them again"))
    }

    /// The hash of a file under `cards/` (as the Typst world serves it), read once per build.
    fn source_hash(&self, path: &str) -> Option<u128> {
        if let Some(known) = self.sources.lock().unwrap_or_else(|p| p.into_inner()).get(path) {
            return *known;
        }
        let hash = crate::model::input::read(&self.cards.join(path), crate::model::input::FileKind::Project)
            .ok()
            .map(|b| hash_bytes(&b));
        self.sources.lock().unwrap_or_else(|p| p.into_inner()).insert(path.to_string(), hash);
        hash
    }

    fn lock_new(&self) -> std::sync::MutexGuard<'_, BTreeMap<String, Entry>> {
        self.new.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_of_different_parts_differ() {
        let key = |parts: &[&str]| {
            let mut k = KeyHasher::new("t");
            for p in parts {
                k.part(p.as_bytes());
            }
            k.finish()
        };
        assert_ne!(key(&["ab", "c"]), key(&["a", "bc"]));
        assert_eq!(key(&["ab", "c"]), key(&["ab", "c"]));
    }

    #[test]
    fn an_output_is_kept_only_while_its_bytes_and_sources_are_the_same() {
        let dir = tempfile::tempdir().unwrap();
        let (out, cards) = (dir.path().join("out"), dir.path().join("cards"));
        std::fs::create_dir_all(out.join("fr")).unwrap();
        std::fs::create_dir_all(&cards).unwrap();
        std::fs::write(cards.join("a.typ"), "layout").unwrap();
        std::fs::write(out.join("fr/a.pdf"), "pdf").unwrap();
        let read = BTreeMap::from([("a.typ".to_string(), hash_bytes(b"layout"))]);
        let build = Incremental::open(&out, &cards, false, 1);
        assert!(!build.up_to_date("fr/a", 7));
        build.record("fr/a", 7, &read, &[(PathBuf::from("fr/a.pdf"), b"pdf")], (&Default::default(), 0));
        build.save().unwrap();
        let check = |key| Incremental::open(&out, &cards, false, 1).up_to_date("fr/a", key);
        assert!(check(7));
        assert!(!check(8), "other inputs");
        assert!(!Incremental::open(&out, &cards, true, 1).up_to_date("fr/a", 7), "ignored manifest");
        // Rewritten with the same bytes: still up to date.
        std::fs::write(out.join("fr/a.pdf"), "pdf").unwrap();
        assert!(check(7));
        std::fs::write(out.join("fr/a.pdf"), "PDF").unwrap();
        assert!(!check(7), "edited output");
        std::fs::write(out.join("fr/a.pdf"), "pdf").unwrap();
        std::fs::write(cards.join("a.typ"), "layout 2").unwrap();
        assert!(!check(7), "edited layout");
        std::fs::write(cards.join("a.typ"), "layout").unwrap();
        assert!(check(7));
        std::fs::remove_file(out.join("fr/a.pdf")).unwrap();
        assert!(!check(7), "deleted output");
    }

    #[test]
    fn a_document_is_checked_against_the_lists_until_it_passes_with_them() {
        let dir = tempfile::tempdir().unwrap();
        let (out, cards) = (dir.path().join("out"), dir.path().join("cards"));
        std::fs::create_dir_all(out.join("fr")).unwrap();
        std::fs::write(out.join("fr/a.pdf"), "pdf").unwrap();
        let build = Incremental::open(&out, &cards, false, 1);
        build.record("fr/a", 7, &BTreeMap::new(), &[(PathBuf::from("fr/a.pdf"), b"pdf")], (&Default::default(), 0));
        build.save().unwrap();
        let fresh = |lists| Incremental::open(&out, &cards, false, lists).freshness("fr/a", 7);
        assert_eq!(fresh(1), Freshness::UpToDate { checked: true });
        assert_eq!(fresh(2), Freshness::UpToDate { checked: false }, "other lists");
        // Not marked: still to be checked against lists 2 on the next build.
        assert_eq!(fresh(2), Freshness::UpToDate { checked: false });
        let build = Incremental::open(&out, &cards, false, 2);
        assert_eq!(build.freshness("fr/a", 7), Freshness::UpToDate { checked: false });
        build.mark_checked("fr/a");
        build.save().unwrap();
        assert_eq!(fresh(2), Freshness::UpToDate { checked: true });
        assert_eq!(fresh(1), Freshness::UpToDate { checked: false });
    }
}
