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
}

impl SettingsSource {
    pub fn new(choice: ConfigChoice, root: Option<PathBuf>) -> Self {
        SettingsSource {
            resolver: ConfigResolver::new(choice.clone()),
            choice,
            root,
        }
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
