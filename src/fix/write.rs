//! Writing a fixed file so that a reader, a crash or a failed write never
//! sees half of it: the new text goes to a temporary file in the same
//! directory, takes the original's permissions, and is renamed over the
//! original. A symlink is followed and its target replaced, so the link
//! stays a link.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use thiserror::Error;

/// Why a fixed file was not written; in every case the original is
/// unchanged.
#[derive(Debug, Error)]
pub enum WriteError {
    #[error("{path}: changed on disk while it was being fixed; not written")]
    Changed { path: String },
    #[error("{path}: is read-only; not written (make it writable to let --fix change it)")]
    ReadOnly { path: String },
    #[error("{path}: cannot write the fix: {source}; the file is unchanged")]
    Io {
        path: String,
        #[source]
        source: io::Error,
    },
}

/// Replaces the file at `path`, whose content was `expected` when read, with
/// `contents`.
pub fn replace_file(
    path: &Path,
    display: &str,
    expected: &[u8],
    contents: &[u8],
) -> Result<(), WriteError> {
    let io_error = |source: io::Error| WriteError::Io {
        path: display.to_string(),
        source,
    };
    let target: PathBuf = fs::canonicalize(path).map_err(io_error)?;
    let metadata = fs::metadata(&target).map_err(io_error)?;
    // A read-only file says "do not change me"; the rename below would
    // replace it anyway (and root ignores mode bits), so ask first.
    if metadata.permissions().readonly() {
        return Err(WriteError::ReadOnly {
            path: display.to_string(),
        });
    }
    // Another program (an editor, a second run) may have saved the file
    // since it was read; writing now would throw its change away.
    if fs::read(&target).map_err(io_error)? != expected {
        return Err(WriteError::Changed {
            path: display.to_string(),
        });
    }
    let directory = target.parent().unwrap_or(Path::new("."));
    let mut temporary = tempfile::Builder::new()
        .prefix(".xhslint-fix-")
        .suffix(".tmp")
        .tempfile_in(directory)
        .map_err(io_error)?;
    temporary.write_all(contents).map_err(io_error)?;
    temporary.as_file().sync_all().map_err(io_error)?;
    fs::set_permissions(temporary.path(), metadata.permissions()).map_err(io_error)?;
    // On failure the temporary file is removed when dropped.
    temporary.persist(&target).map_err(|e| io_error(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_contents_and_keeps_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("a.md");
        fs::write(&path, "旧").expect("write");
        fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).expect("chmod");
        replace_file(&path, "a.md", "旧".as_bytes(), "新".as_bytes()).expect("replaced");
        assert_eq!(fs::read_to_string(&path).expect("read"), "新");
        let mode = fs::metadata(&path).expect("stat").permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
        let leftovers: Vec<_> = fs::read_dir(dir.path()).expect("list").collect();
        assert_eq!(leftovers.len(), 1, "no temporary file is left behind");
    }

    #[test]
    fn a_symlink_stays_a_link_to_the_fixed_target() {
        let dir = tempfile::tempdir().expect("temp dir");
        let target = dir.path().join("real.md");
        let link = dir.path().join("link.md");
        fs::write(&target, "旧").expect("write");
        std::os::unix::fs::symlink(&target, &link).expect("symlink");
        replace_file(&link, "link.md", "旧".as_bytes(), "新".as_bytes()).expect("replaced");
        assert!(
            fs::symlink_metadata(&link)
                .expect("lstat")
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read_to_string(&target).expect("read"), "新");
    }

    #[test]
    fn a_file_changed_since_it_was_read_is_not_written() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("a.md");
        fs::write(&path, "编辑器刚保存的").expect("write");
        let err =
            replace_file(&path, "a.md", "旧".as_bytes(), "新".as_bytes()).expect_err("changed");
        assert_eq!(
            err.to_string(),
            "a.md: changed on disk while it was being fixed; not written"
        );
        assert_eq!(fs::read_to_string(&path).expect("read"), "编辑器刚保存的");
    }

    #[test]
    fn a_read_only_file_is_not_replaced() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("a.md");
        fs::write(&path, "旧").expect("write");
        fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).expect("chmod");
        let err =
            replace_file(&path, "a.md", "旧".as_bytes(), "新".as_bytes()).expect_err("read-only");
        assert_eq!(
            err.to_string(),
            "a.md: is read-only; not written (make it writable to let --fix change it)"
        );
        assert_eq!(fs::read_to_string(&path).expect("read"), "旧");
        let leftovers: Vec<_> = fs::read_dir(dir.path()).expect("list").collect();
        assert_eq!(leftovers.len(), 1, "no temporary file is left behind");
    }

    #[test]
    fn a_vanished_directory_is_an_error_not_a_panic() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("gone").join("a.md");
        let err = replace_file(&path, "gone/a.md", b"x", b"y").expect_err("missing");
        assert!(
            err.to_string()
                .starts_with("gone/a.md: cannot write the fix: ")
        );
    }
}
