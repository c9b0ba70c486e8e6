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
        sort_by_path(&mut files);
        found.extend(files);
    }
    found
}

/// Sorts found files as their paths compare, component by component.
fn sort_by_path(files: &mut [Found]) {
    // Comparing two paths parses their components each time: a thousand
    // files took 4.5 M instructions, all before the first Note is linted.
    // On Unix a path's bytes with each `/` read as the lowest byte compare
    // as its components do, and a walk joins names with one `/`.
    #[cfg(unix)]
    files.sort_by_cached_key(|found| match found {
        Found::File(path) => {
            use std::os::unix::ffi::OsStrExt;
            let bytes = path.as_os_str().as_bytes();
            bytes
                .iter()
                .map(|&b| if b == b'/' { 0 } else { b })
                .collect()
        }
        Found::Error { .. } => Vec::new(),
    });
    #[cfg(not(unix))]
    files.sort_by(|a, b| match (a, b) {
        (Found::File(a), Found::File(b)) => a.cmp(b),
        _ => std::cmp::Ordering::Equal,
    });
}

pub fn has_note_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| DEFAULT_EXTENSIONS.iter().any(|d| d.eq_ignore_ascii_case(e)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_walk_finds_files_in_path_order_whatever_their_names() {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path();
        // Names whose bytes sort otherwise than their paths do (`a.md`
        // after the directory `a`, though ` `, `!`, `-` and `.` are bytes
        // below `/`), capitals, and names in Chinese.
        let names = [
            "b.md",
            "a.md",
            "a/z.md",
            "a-b.md",
            "a/b/c.md",
            "A.md",
            "笔记/二.md",
            "笔记/一.md",
            "a0.md",
            "a/b.md",
            "a b.md",
            "a!.md",
        ];
        for name in names {
            let path = root.join(name);
            std::fs::create_dir_all(path.parent().expect("a parent")).expect("dirs");
            std::fs::write(&path, "正文\n").expect("write");
        }
        let found: Vec<PathBuf> = find_notes(&[root.to_path_buf()])
            .into_iter()
            .map(|found| match found {
                Found::File(path) => path,
                Found::Error { path, message } => panic!("{path}: {message}"),
            })
            .collect();
        let mut expected: Vec<PathBuf> = names.iter().map(|name| root.join(name)).collect();
        expected.sort();
        assert_eq!(found, expected);
        let relative: Vec<String> = found
            .iter()
            .map(|path| {
                path.strip_prefix(root)
                    .expect("inside")
                    .display()
                    .to_string()
            })
            .collect();
        assert_eq!(
            relative,
            [
                "A.md",
                "a/b/c.md",
                "a/b.md",
                "a/z.md",
                "a b.md",
                "a!.md",
                "a-b.md",
                "a.md",
                "a0.md",
                "b.md",
                "笔记/一.md",
                "笔记/二.md"
            ]
        );
    }
}
