//! Which config governs a file: `--config PATH`, `--no-config`, or the
//! nearest `.xhslint.yaml` / `xhslint.yaml` found by walking up from the
//! file's directory. The nearest file wins outright; files do not merge.
//!
//! Each distinct config is loaded once and shared, with its engine's parts:
//! the words a config puts in lexicons join a segmenter of its own, so
//! configs resolved in any order, before or while Notes are linted, never
//! change how another config's Notes segment.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

use clap::Args;

use super::error::ConfigError;
use super::load::Config;
use crate::settings::Settings;

/// The config file names looked for in each directory.
pub const FILE_NAMES: &[&str] = &[".xhslint.yaml", "xhslint.yaml"];

/// Which config applies (SPEC 6).
#[derive(Debug, Clone, Args)]
pub struct ConfigArgs {
    /// Use this config file instead of the nearest `.xhslint.yaml` /
    /// `xhslint.yaml`.
    #[arg(long, value_name = "PATH", conflicts_with = "no_config")]
    pub config: Option<PathBuf>,

    /// Ignore config files; use the built-in defaults.
    #[arg(long)]
    pub no_config: bool,
}

impl ConfigArgs {
    pub fn choice(&self) -> ConfigChoice {
        match (&self.config, self.no_config) {
            (Some(path), _) => ConfigChoice::File(path.clone()),
            (None, true) => ConfigChoice::Defaults,
            (None, false) => ConfigChoice::Discover,
        }
    }
}

/// How configs are chosen for a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigChoice {
    /// The nearest config file above each Note.
    Discover,
    /// One file for every Note (`--config PATH`).
    File(PathBuf),
    /// Built-in defaults only (`--no-config`).
    Defaults,
}

/// Finds and caches the config of each file of a run. Safe to share across
/// threads.
pub struct ConfigResolver {
    choice: ConfigChoice,
    defaults: Arc<Config>,
    cache: Mutex<Cache>,
    /// The working directory, read once: relative paths are made absolute
    /// against it. Asked for each path, it took a batch three system calls
    /// a file.
    working_dir: Option<PathBuf>,
}

/// What a config file loaded to, or why it did not.
type Loaded = Result<Arc<Config>, ConfigError>;

#[derive(Default)]
struct Cache {
    /// Directory → the config file that governs it (`None`: no file).
    directories: HashMap<PathBuf, Option<PathBuf>>,
    /// Config file → what it loaded to.
    configs: HashMap<PathBuf, Loaded>,
    /// A file's directory as the path gives it → the file's config. The
    /// files of one directory share their config; looked up by the
    /// directory as given, a walked directory of a thousand files is made
    /// absolute and discovered once, not a thousand times.
    by_directory: HashMap<PathBuf, Loaded>,
}

impl ConfigResolver {
    pub fn new(choice: ConfigChoice) -> Self {
        ConfigResolver {
            choice,
            defaults: Arc::new(Config::defaults()),
            cache: Mutex::new(Cache::default()),
            working_dir: std::env::current_dir().ok(),
        }
    }

    /// The config for a Note at `path` (a file, or the `--stdin-filename`
    /// of stdin, which need not exist).
    pub fn config_for(&self, path: &Path) -> Result<Arc<Config>, ConfigError> {
        match &self.choice {
            ConfigChoice::Defaults => Ok(Arc::clone(&self.defaults)),
            ConfigChoice::File(file) => self.load(file),
            ConfigChoice::Discover => {
                // `a/b.md` and `a/c.md` have one directory, `a`, whatever
                // the working directory; `a/..` or `/` name no file in it.
                match path.file_name().and(path.parent()) {
                    Some(directory) => self.cached(
                        |cache| &mut cache.by_directory,
                        directory,
                        || self.discovered(path),
                    ),
                    None => self.discovered(path),
                }
            }
        }
    }

    /// The config of the nearest config file above `path`, or the defaults.
    fn discovered(&self, path: &Path) -> Result<Arc<Config>, ConfigError> {
        match self.discover(path)? {
            Some(file) => self.load(&file),
            None => Ok(Arc::clone(&self.defaults)),
        }
    }

    /// The settings for a Note at `path`.
    pub fn settings_for(&self, path: &Path) -> Result<Arc<Settings>, ConfigError> {
        self.config_for(path).map(|c| Arc::clone(&c.settings))
    }

    /// Whether a file found by walking a directory is linted, by its
    /// config's `include` and `exclude`. A file whose config does not load
    /// is selected, so the config error is reported rather than the file
    /// silently skipped.
    pub fn selects(&self, path: &Path) -> bool {
        match self.config_for(path) {
            Ok(config) => config.selection.selects_at(path, || self.absolute(path)),
            Err(_) => true,
        }
    }

    /// `path` made absolute as [`std::path::absolute`] makes it, against
    /// the working directory the resolver read.
    fn absolute(&self, path: &Path) -> PathBuf {
        let absolute = match &self.working_dir {
            // An empty path has no absolute form; `absolute` refuses it.
            Some(dir) if path.is_relative() && !path.as_os_str().is_empty() => {
                std::path::absolute(dir.join(path))
            }
            _ => std::path::absolute(path),
        };
        absolute.unwrap_or_else(|_| path.to_path_buf())
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Cache> {
        self.cache.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn load(&self, file: &Path) -> Result<Arc<Config>, ConfigError> {
        self.cached(
            |cache| &mut cache.configs,
            file,
            || Config::load(file).map(Arc::new),
        )
    }

    /// What `map` of the cache holds for `key`, made by `make` the first
    /// time. Made outside the lock: two threads may make the same one at
    /// once, and the first result stored wins.
    fn cached(
        &self,
        map: fn(&mut Cache) -> &mut HashMap<PathBuf, Loaded>,
        key: &Path,
        make: impl FnOnce() -> Loaded,
    ) -> Loaded {
        if let Some(known) = map(&mut self.lock()).get(key) {
            return known.clone();
        }
        let made = make();
        map(&mut self.lock())
            .entry(key.to_path_buf())
            .or_insert(made)
            .clone()
    }

    /// The nearest config file at or above the directory of `path`.
    fn discover(&self, path: &Path) -> Result<Option<PathBuf>, ConfigError> {
        let absolute = self.absolute(path);
        let start = absolute.parent().unwrap_or(&absolute).to_path_buf();
        let mut visited = Vec::new();
        let mut found = None;
        for directory in start.ancestors() {
            if let Some(known) = self.lock().directories.get(directory) {
                found = known.clone();
                break;
            }
            visited.push(directory.to_path_buf());
            if let Some(file) = config_in(directory)? {
                found = Some(file);
                break;
            }
        }
        let mut cache = self.lock();
        for directory in visited {
            cache.directories.insert(directory, found.clone());
        }
        Ok(found)
    }
}

/// The config file in `directory`; two candidates there are an error, as
/// one of them would be silently ignored.
fn config_in(directory: &Path) -> Result<Option<PathBuf>, ConfigError> {
    let present: Vec<PathBuf> = FILE_NAMES
        .iter()
        .map(|name| directory.join(name))
        .filter(|path| path.metadata().is_ok())
        .collect();
    // A directory (or device) by a config's name is not skipped in
    // silence: the writer meant a config there.
    if let Some(odd) = present.iter().find(|path| !path.is_file()) {
        return Err(ConfigError::at(
            &super::load::display(odd),
            None,
            crate::msg!("config-not-a-file"),
        ));
    }
    match present.as_slice() {
        [] => Ok(None),
        [one] => Ok(Some(one.clone())),
        [_, second, ..] => Err(ConfigError::at(
            &super::load::display(second),
            None,
            crate::msg!(
                "config-two-files",
                first = FILE_NAMES[0],
                second = FILE_NAMES[1]
            ),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_made_absolute_as_the_standard_library_makes_them() {
        let resolver = ConfigResolver::new(ConfigChoice::Defaults);
        for path in [
            "a.md",
            "./a.md",
            "notes/./b.md",
            "../x/y.md",
            "notes/",
            ".",
            "./",
            "/abs/./p.md",
            "//net/p.md",
        ] {
            let path = Path::new(path);
            let expected = std::path::absolute(path).expect("a non-empty path");
            assert_eq!(resolver.absolute(path), expected, "{}", path.display());
        }
        assert_eq!(resolver.absolute(Path::new("")), PathBuf::new());
    }

    #[test]
    fn the_files_of_one_directory_share_its_config_and_a_subdirectory_has_its_own() {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path();
        std::fs::create_dir_all(root.join("notes/food")).expect("dirs");
        std::fs::create_dir_all(root.join("twice")).expect("dirs");
        std::fs::write(root.join(".xhslint.yaml"), "dictionary: [第一坊]\n").expect("write");
        std::fs::write(root.join("notes/food/.xhslint.yaml"), "category: food\n").expect("write");
        for name in FILE_NAMES {
            std::fs::write(root.join("twice").join(name), "category: food\n").expect("write");
        }
        let resolver = ConfigResolver::new(ConfigChoice::Discover);
        let file_of = |path: &str| {
            resolver
                .config_for(&root.join(path))
                .map(|config| config.path.clone())
                .map_err(|error| error.path)
        };
        let top = Ok(Some(root.join(".xhslint.yaml")));
        let food = Ok(Some(root.join("notes/food/.xhslint.yaml")));
        // Asked in an order that has the deeper directory answered from
        // what its parent was found to have, and the other way round.
        assert_eq!(file_of("notes/a.md"), top);
        assert_eq!(file_of("notes/food/b.md"), food);
        assert_eq!(file_of("notes/b.md"), top);
        assert_eq!(file_of("notes/food/a.md"), food);
        assert_eq!(file_of("c.md"), top);
        // A directory's error is the error of each of its files.
        let twice = root.join("twice/xhslint.yaml").display().to_string();
        assert_eq!(file_of("twice/a.md"), Err(twice.clone()));
        assert_eq!(file_of("twice/b.md"), Err(twice));
    }
}
