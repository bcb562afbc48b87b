//! The documents a command works on: a selection of cards and languages resolved once against
//! the project, and taken as it is by build, check, watch (narrowed by what changed) and bench.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Kind};
use crate::model::project::Project;

/// Cards x languages, every name known to the project, each list sorted and without repeats,
/// and the language of the officer's side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Documents {
    pub cards: Vec<String>,
    pub langs: Vec<String>,
    pub officer: String,
}

impl Documents {
    /// Resolves a selection: no card named means every card, no language named every locale.
    /// Every unknown name is reported at once, each with the names that exist.
    pub(crate) fn select(
        cards: &[String],
        langs: &[String],
        officer: &str,
        project: &Project,
    ) -> Result<Documents, Vec<Diagnostic>> {
        let known_cards: Vec<&str> = project.cards.keys().map(String::as_str).collect();
        let known_langs: Vec<&str> = project.localizer.tags().collect();
        let mut errors = Vec::new();
        for card in cards.iter().filter(|c| !project.cards.contains_key(*c)) {
            errors.push(
                Diagnostic::error(Kind::Unknown, format!("unknown card {card:?}: there is no cards/{card}.toml"))
                    .hint(format!("the cards are: {}", known_cards.join(", "))),
            );
        }
        for lang in langs.iter().map(String::as_str).chain([officer]) {
            if project.localizer.locale(lang).is_none() {
                errors.push(
                    Diagnostic::error(
                        Kind::Unknown,
                        format!("unknown locale {lang:?}: there is no locales/{lang}/ folder"),
                    )
                    .hint(format!("the locales are: {}", known_langs.join(", "))),
                );
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let all_or = |given: &[String], all: Vec<&str>| -> Vec<String> {
            let set: BTreeSet<&str> =
                if given.is_empty() { all.into_iter().collect() } else { given.iter().map(String::as_str).collect() };
            set.into_iter().map(String::from).collect()
        };
        Ok(Documents { cards: all_or(cards, known_cards), langs: all_or(langs, known_langs), officer: officer.into() })
    }

    /// How many documents: each card in each language.
    pub(crate) fn len(&self) -> usize {
        self.cards.len() * self.langs.len()
    }

    /// The documents a change affects, or `None` when it affects none of them. A card's files
    /// affect that card in every selected language; a locale's files every selected card in
    /// that language, except the officer's language and English (every locale falls back to
    /// it), which affect every selected language. Never wider than `self`.
    pub(crate) fn narrowed(&self, what: &Affected) -> Option<Documents> {
        let everywhere =
            what.all || what.langs.iter().any(|l| *l == self.officer || l == crate::model::locale::FALLBACK);
        let cards: Vec<String> = self.cards.iter().filter(|c| what.cards.contains(*c)).cloned().collect();
        let langs: Vec<String> = self.langs.iter().filter(|l| what.langs.contains(*l)).cloned().collect();
        let (cards, langs) = match (cards.is_empty(), langs.is_empty()) {
            // A change to both a card and a language rebuilds the whole selection: more than
            // it affects, but never outside what was asked for.
            _ if everywhere => (self.cards.clone(), self.langs.clone()),
            (false, false) => (self.cards.clone(), self.langs.clone()),
            (false, true) => (cards, self.langs.clone()),
            (true, false) => (self.cards.clone(), langs),
            (true, true) => return None,
        };
        Some(Documents { cards, langs, officer: self.officer.clone() })
    }

    /// Every (card, language) pair, the costliest cards first: flyers lay out the most text,
    /// and starting them early keeps every worker busy to the end instead of leaving one flyer
    /// running alone.
    pub(crate) fn costliest_first(&self, project: &Project) -> Vec<(&str, &str)> {
        let mut cards: Vec<&String> = self.cards.iter().collect();
        cards.sort_by_key(|id| std::cmp::Reverse(project.cards.get(*id).map_or(0, |card| card.sections.len())));
        cards.iter().flat_map(|card| self.langs.iter().map(move |lang| (card.as_str(), lang.as_str()))).collect()
    }
}

/// What a set of changed files asks to rebuild.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Affected {
    /// Everything (a shared layout, a font, contacts or the project file changed).
    pub all: bool,
    pub cards: BTreeSet<String>,
    pub langs: BTreeSet<String>,
}

/// Maps changed paths (relative to the project root) to what they affect.
pub(crate) fn affected(changed: &[PathBuf]) -> Affected {
    let mut out = Affected::default();
    for path in changed {
        let parts: Vec<String> = path.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
        match parts.as_slice() {
            [dir, lang, ..] if dir == "locales" && parts.len() >= 3 => {
                out.langs.insert(lang.clone());
            }
            [dir, file] if dir == "cards" => {
                let stem = Path::new(file).file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
                out.cards.insert(stem);
            }
            _ => out.all = true,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::Documents;
    use super::affected;

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    fn documents(cards: &[&str], langs: &[&str]) -> Documents {
        Documents { cards: strings(cards), langs: strings(langs), officer: "en".into() }
    }

    #[test]
    fn a_change_rebuilds_only_the_selected_documents_it_affects() {
        let selection = documents(&["wallet-rights"], &["fr"]);
        let narrow =
            |paths: &[&str]| selection.narrowed(&affected(&paths.iter().map(PathBuf::from).collect::<Vec<_>>()));
        // Outside the selection: another card, another language.
        assert_eq!(narrow(&["cards/prepare.toml"]), None);
        assert_eq!(narrow(&["locales/es/common.ftl"]), None);
        assert_eq!(narrow(&["cards/prepare.toml", "locales/es/common.ftl"]), None);
        // Inside it, or shared: the selection, never more.
        for paths in [
            &["cards/wallet-rights.typ"][..],
            &["locales/fr/wallet-rights.ftl"],
            &["cards/lib/card.typ"],
            // English is the officer's side and every locale's fallback.
            &["locales/en/common.ftl"],
        ] {
            assert_eq!(narrow(paths).as_ref(), Some(&selection), "{paths:?}");
        }
        // Several cards and languages selected: only the changed ones.
        let selection = documents(&["prepare", "wallet-rights"], &["en", "fr"]);
        let what = affected(&[PathBuf::from("locales/fr/common.ftl")]);
        assert_eq!(selection.narrowed(&what), Some(documents(&["prepare", "wallet-rights"], &["fr"])));
        let what = affected(&[PathBuf::from("cards/prepare.typ")]);
        assert_eq!(selection.narrowed(&what), Some(documents(&["prepare"], &["en", "fr"])));
    }
}
