//! Which settings lint a document: the config `check` would use for a
//! file at the document's path (`--config`, `--no-config`, or the nearest
//! `.xhslint.yaml` above it).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::config::{ConfigChoice, ConfigError, ConfigResolver};
use crate::settings::Settings;

/// Finds the settings for each document.
pub struct SettingsSource {
    choice: ConfigChoice,
    resolver: ConfigResolver,
    /// The workspace root, standing in for the directory of documents that
    /// are not files yet.
    root: Option<PathBuf>,
    /// The language the client asked for (`initializationOptions.lang`,
    /// else its `locale`); `None` leaves it to the config and environment.
    lang: Option<crate::i18n::Lang>,
}

impl SettingsSource {
    pub fn new(choice: ConfigChoice, root: Option<PathBuf>) -> Self {
        SettingsSource {
            resolver: ConfigResolver::new(choice.clone()),
            choice,
            root,
            lang: None,
        }
    }

    /// Sets the language the client asked for.
    pub fn set_lang(&mut self, lang: Option<crate::i18n::Lang>) {
        self.lang = lang;
    }

    /// The language of findings linted with `settings` (SPEC 7): the
    /// client's, else `XHSLINT_LANG`, the config's `lang:`, the locale.
    pub fn lang(&self, settings: &Settings) -> crate::i18n::Lang {
        self.lang
            .unwrap_or_else(|| crate::i18n::choose_from_env(None, settings.lang))
    }

    /// The language of a config that failed to load, so cannot say one.
    pub fn lang_without_config(&self) -> crate::i18n::Lang {
        self.lang
            .unwrap_or_else(|| crate::i18n::choose_from_env(None, None))
    }

    /// The settings for a document at `path` (`None`: not saved yet, so
    /// looked up as a new Note in the workspace root, else the current
    /// directory).
    pub fn settings_for(&self, path: Option<&Path>) -> Result<Arc<Settings>, ConfigError> {
        let lookup = match path {
            Some(path) => path.to_path_buf(),
            None => self
                .root
                .clone()
                .unwrap_or_else(|| PathBuf::from("."))
                .join("untitled.md"),
        };
        self.resolver.settings_for(&lookup)
    }

    /// Forgets every loaded config, after config files changed on disk.
    pub fn reload(&mut self) {
        self.resolver = ConfigResolver::new(self.choice.clone());
    }

    pub fn set_root(&mut self, root: Option<PathBuf>) {
        self.root = root;
        self.reload();
    }
}
