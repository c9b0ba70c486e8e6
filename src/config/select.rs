//! `include` and `exclude`: which files a directory walk lints.
//!
//! Globs are relative to the config file's directory. A glob without a `/`
//! matches a file name at any depth (`*.md`, `draft-*`), one with a `/`
//! matches the path from the config's directory (`drafts/**`,
//! `notes/*.txt`). Without `include`, the default extensions are linted.
//! Files named on the command line are always linted. Without `exclude`,
//! a repo's usual non-Note files are left out: [`DEFAULT_EXCLUDE`];
//! `exclude: []` lints them too.

use std::path::{Path, PathBuf};

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};

use crate::input::walk::has_note_extension;

/// What a directory walk leaves out when the config sets no `exclude`:
/// the Markdown a repository carries about itself, not Notes.
pub const DEFAULT_EXCLUDE: &[&str] = &["README*", "CHANGELOG*", "CONTRIBUTING*", "LICENSE*"];

/// The include and exclude globs of one config.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// The directory globs are relative to; `None` for the built-in defaults.
    root: Option<PathBuf>,
    include: Option<GlobSet>,
    exclude: Option<GlobSet>,
}

/// A glob that does not compile, and the key it is listed under.
pub struct BadGlob {
    pub key: &'static str,
    pub glob: String,
    pub message: String,
}

impl Selection {
    pub fn new(
        root: &Path,
        include: Option<&[String]>,
        exclude: Option<&[String]>,
    ) -> Result<Selection, BadGlob> {
        Ok(Selection {
            root: Some(root.to_path_buf()),
            include: include.map(|g| compile("include", g)).transpose()?,
            exclude: exclude.map(|g| compile("exclude", g)).transpose()?,
        })
    }

    /// Whether a file found by walking a directory is linted.
    pub fn selects(&self, path: &Path) -> bool {
        self.selects_at(path, || {
            std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
        })
    }

    /// [`Selection::selects`] for a path whose absolute form `absolute`
    /// gives, asked for only when a glob needs it.
    pub fn selects_at(&self, path: &Path, absolute: impl FnOnce() -> PathBuf) -> bool {
        let absolute = (self.include.is_some() || self.exclude.is_some()).then(absolute);
        let relative = || {
            self.root
                .as_deref()
                .zip(absolute.as_deref())
                .and_then(|(root, absolute)| absolute.strip_prefix(root).ok())
                .unwrap_or(path)
        };
        let included = match &self.include {
            Some(include) => include.is_match(relative()),
            None => has_note_extension(path),
        };
        let excluded = match &self.exclude {
            Some(exclude) => exclude.is_match(relative()),
            None => is_repo_file(path),
        };
        included && !excluded
    }
}

/// Whether a file's name matches [`DEFAULT_EXCLUDE`], in any case.
fn is_repo_file(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    let upper = name.to_ascii_uppercase();
    DEFAULT_EXCLUDE
        .iter()
        .any(|glob| upper.starts_with(glob.trim_end_matches('*')))
}

fn compile(key: &'static str, globs: &[String]) -> Result<GlobSet, BadGlob> {
    let mut set = GlobSetBuilder::new();
    for glob in globs {
        let anchored = glob.trim_start_matches("./");
        let pattern = if anchored.contains('/') {
            anchored.trim_start_matches('/').to_string()
        } else {
            format!("**/{anchored}")
        };
        let compiled = GlobBuilder::new(&pattern)
            .literal_separator(true)
            .build()
            .map_err(|e| BadGlob {
                key,
                glob: glob.clone(),
                message: e.kind().to_string(),
            })?;
        set.add(compiled);
    }
    set.build().map_err(|e| BadGlob {
        key,
        glob: globs.join(", "),
        message: e.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_repos_own_markdown_is_left_out_unless_exclude_is_set() {
        let defaults = Selection::default();
        for name in [
            "README.md",
            "readme.zh.md",
            "CHANGELOG.md",
            "CONTRIBUTING.md",
            "LICENSE.txt",
        ] {
            assert!(
                !defaults.selects(Path::new(&format!("/n/{name}"))),
                "{name}"
            );
        }
        assert!(defaults.selects(Path::new("/n/note.md")));
        let Ok(everything) = Selection::new(Path::new("/n"), None, Some(&[])) else {
            panic!("no globs to refuse");
        };
        assert!(everything.selects(Path::new("/n/README.md")));
    }

    fn selection(include: Option<&[&str]>, exclude: &[&str]) -> Selection {
        let owned = |g: &[&str]| g.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let include = include.map(owned);
        let exclude = owned(exclude);
        Selection::new(
            Path::new("/repo/notes"),
            include.as_deref(),
            Some(exclude.as_slice()),
        )
        .unwrap_or_else(|e| panic!("{}: {}", e.glob, e.message))
    }

    #[test]
    fn default_include_is_the_note_extensions() {
        let s = selection(None, &[]);
        assert!(s.selects(Path::new("/repo/notes/a.md")));
        assert!(s.selects(Path::new("/repo/notes/deep/b.TXT")));
        assert!(!s.selects(Path::new("/repo/notes/c.yaml")));
    }

    #[test]
    fn a_name_glob_matches_at_any_depth_and_a_path_glob_from_the_root() {
        let s = selection(Some(&["*.md"]), &["drafts/**", "*-wip.md"]);
        assert!(s.selects(Path::new("/repo/notes/a.md")));
        assert!(s.selects(Path::new("/repo/notes/x/drafts/a.md")));
        assert!(!s.selects(Path::new("/repo/notes/drafts/a.md")));
        assert!(!s.selects(Path::new("/repo/notes/x/y-wip.md")));
        assert!(!s.selects(Path::new("/repo/notes/a.txt")));
    }

    #[test]
    fn a_broken_glob_is_reported() {
        let bad = Selection::new(Path::new("/r"), Some(&["[md".to_string()]), None)
            .expect_err("unclosed class");
        assert_eq!(bad.key, "include");
        assert_eq!(bad.glob, "[md");
        assert_eq!(bad.message, "unclosed character class; missing ']'");
    }
}
