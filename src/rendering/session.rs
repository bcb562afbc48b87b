//! A session: the project and its fonts, loaded and checked once for a command.

use std::path::PathBuf;
use std::sync::Arc;

use typst::Library;
use typst::utils::LazyHash;

use crate::diag::{Diagnostic, Kind, Location, display_path};
use crate::model::project::{Project, locate_value};
use crate::rendering::fonts::FontLibrary;

/// Where a project is and which font folders it may use besides its own `fonts/`.
#[derive(Debug, Clone)]
pub struct ProjectPaths {
    /// The folder holding `pocketcard.toml`.
    pub root: PathBuf,
    /// Further font folders (`--font-path`).
    pub font_paths: Vec<PathBuf>,
}

/// The loaded project and the fonts its documents may use.
pub struct Session {
    pub project: Project,
    pub fonts: Arc<FontLibrary>,
    /// Typst's standard library, built once for every document of the session.
    pub library: Arc<LazyHash<Library>>,
}

impl Session {
    /// Loads the project and its fonts, returning every problem found in either. The session
    /// comes back even when there are errors (unless the project cannot be read at all), so
    /// that `check` can report everything; `build` and `list` stop on any error. With
    /// `pseudo`, the generated pseudolocale (`qps`) is one of the project's locales: every
    /// command opens the project here, so every command knows it.
    pub fn open(paths: &ProjectPaths, pseudo: bool) -> (Option<Session>, Vec<Diagnostic>) {
        Session::reopen(paths, pseudo, None)
    }

    /// Loads the project again, as [`Session::open`] does, keeping the fonts and the standard
    /// library of `warm` (when given): `watch` reloads the project on every change, but its
    /// fonts only when a font changed, so that faces parsed once stay parsed.
    pub(crate) fn reopen(
        paths: &ProjectPaths,
        pseudo: bool,
        warm: Option<&Session>,
    ) -> (Option<Session>, Vec<Diagnostic>) {
        let (project, mut diagnostics) = Project::reload(&paths.root, warm.map(|w| &w.project));
        let Some(mut project) = project else {
            return (None, diagnostics);
        };
        if pseudo {
            let dir = project.root.join("locales");
            project.localizer.add_pseudolocale(&dir, warm.map(|w| &w.project.localizer));
        }
        if let Some(warm) = warm {
            let (fonts, library) = (Arc::clone(&warm.fonts), Arc::clone(&warm.library));
            return (Some(Session { project, fonts, library }), diagnostics);
        }
        let mut dirs = vec![project.root.join("fonts")];
        dirs.extend(paths.font_paths.iter().cloned());
        let (fonts, font_diagnostics) = FontLibrary::load(&dirs);
        diagnostics.extend(font_diagnostics);
        (
            Some(Session { project, fonts: Arc::new(fonts), library: crate::rendering::world::standard_library() }),
            diagnostics,
        )
    }

    /// Checks that every font family the given locales name is loaded.
    pub(crate) fn check_locale_fonts(&self, langs: &[String], officer: &str) -> Vec<Diagnostic> {
        let mut tags: Vec<&str> = langs.iter().map(String::as_str).collect();
        tags.push(officer);
        tags.sort();
        tags.dedup();
        let mut diagnostics = Vec::new();
        for tag in tags {
            let Some(locale) = self.project.localizer.locale(tag) else {
                continue;
            };
            let path: PathBuf = self.project.root.join("locales").join(tag).join("locale.toml");
            let text = locale.meta_text.clone();
            for family in &locale.meta.fonts {
                if !self.fonts.has_family(family) {
                    let range = locate_value(&text, family);
                    diagnostics.push(
                        Diagnostic::error(Kind::MissingFont, format!("locale {tag} asks for font family {family:?}, which is not in the font folders"))
                            .at(Location::new(display_path(&path), text.clone(), range))
                            .hint("put the font file in fonts/ (or pass --font-path DIR); `pocketcard list` shows the families found"),
                    );
                }
            }
        }
        diagnostics
    }
}
