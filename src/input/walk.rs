//! Finding Notes under the paths given on the command line, honouring
//! `.gitignore` and `.xhslintignore`.

use std::path::{Path, PathBuf};

use ignore::WalkBuilder;

/// File extensions linted when a directory is walked.
pub const DEFAULT_EXTENSIONS: &[&str] = &["md", "markdown", "txt"];

/// One input found by the walk, or why it could not be walked.
#[derive(Debug)]
pub enum Found {
    File(PathBuf),
    Error { path: String, message: String },
}

/// Expands `paths` into the Notes to lint, in a stable order. A file named
/// explicitly is always linted; directories are walked for the default
/// extensions.
pub fn find_notes(paths: &[PathBuf]) -> Vec<Found> {
    find_notes_selected(paths, &has_note_extension)
}

/// Like [`find_notes`], with `select` deciding which files found in a
/// directory are linted (a config's `include` and `exclude`).
pub fn find_notes_selected(paths: &[PathBuf], select: &dyn Fn(&Path) -> bool) -> Vec<Found> {
    let mut found = Vec::new();
    for path in paths {
        if !path.is_dir() {
            // Explicit files (and missing paths, which then fail to read with
            // a clear error) are passed through.
            found.push(Found::File(path.clone()));
            continue;
        }
        let mut files = Vec::new();
        let walker = WalkBuilder::new(path)
            .hidden(true)
            .git_ignore(true)
            .git_global(false)
            .git_exclude(true)
            .require_git(false)
            .add_custom_ignore_filename(".xhslintignore")
            .follow_links(true)
            .build();
        for entry in walker {
            match entry {
                Ok(entry) => {
                    let is_file = entry.file_type().is_some_and(|t| t.is_file());
                    if is_file && select(entry.path()) {
                        files.push(Found::File(entry.into_path()));
                    }
                }
                Err(err) => found.push(Found::Error {
                    path: path.display().to_string(),
                    message: err.to_string(),
                }),
            }
        }
        files.sort_by(|a, b| match (a, b) {
            (Found::File(a), Found::File(b)) => a.cmp(b),
            _ => std::cmp::Ordering::Equal,
        });
        found.extend(files);
    }
    found
}

pub fn has_note_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| DEFAULT_EXTENSIONS.iter().any(|d| d.eq_ignore_ascii_case(e)))
}
