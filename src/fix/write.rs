//! Writing a fixed file so that a reader, a crash or a failed write never
//! sees half of it, and a write another program made meanwhile is never
//! lost: the new text goes to a temporary file in the same directory, takes
//! the original's permissions, owner and group, and replaces the original
//! only if it still holds what was linted. A symlink is followed and its
//! target replaced, so the link stays a link.
//!
//! On Linux the replacement is an exchange (`renameat2` with
//! `RENAME_EXCHANGE`): after it, the file swapped out is read once more,
//! and if it no longer holds what was linted (another program wrote it
//! between the check and the swap) the two are swapped back and nothing
//! is written. Elsewhere a rename follows the check.
//!
//! A file with more than one hard link is refused with a message rather
//! than written: replacing it would split the links (the other names keep
//! the old text), and writing it in place cannot be made atomic, so a
//! crash or a concurrent write could leave it half-written or lose a write.

use std::fs;
use std::io::{self, Write};
use std::os::unix::fs::MetadataExt;
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
    #[error(
        "{path}: has {links} hard links; not written, as replacing it would split them — fix it by hand or with --diff"
    )]
    HardLinked { path: String, links: u64 },
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
    replace_file_with(path, display, expected, contents, || {})
}

/// [`replace_file`], running `before_swap` between the last check and the
/// swap: a test stands in for another program writing there.
fn replace_file_with(
    path: &Path,
    display: &str,
    expected: &[u8],
    contents: &[u8],
    before_swap: impl FnOnce(),
) -> Result<(), WriteError> {
    let io_error = |source: io::Error| WriteError::Io {
        path: display.to_string(),
        source,
    };
    let changed = || WriteError::Changed {
        path: display.to_string(),
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
    if metadata.nlink() > 1 {
        return Err(WriteError::HardLinked {
            path: display.to_string(),
            links: metadata.nlink(),
        });
    }
    // Another program (an editor, a second run) may have saved the file
    // since it was read; writing now would throw its change away.
    if fs::read(&target).map_err(io_error)? != expected {
        return Err(changed());
    }
    let directory = target.parent().unwrap_or(Path::new("."));
    let mut temporary = tempfile::Builder::new()
        .prefix(".xhslint-fix-")
        .suffix(".tmp")
        .tempfile_in(directory)
        .map_err(io_error)?;
    temporary.write_all(contents).map_err(io_error)?;
    let file = temporary.as_file();
    fs::set_permissions(temporary.path(), metadata.permissions()).map_err(io_error)?;
    keep_owner(file, &metadata).map_err(io_error)?;
    file.sync_all().map_err(io_error)?;
    before_swap();
    swap_in(temporary, &target, expected).map_err(|e| match e {
        Swap::Changed => changed(),
        Swap::Io(source) => io_error(source),
    })
}

/// Gives the new file the original's owner and group. Only root may give a
/// file away; for anyone else the new file is theirs already, and a
/// different owner or group that cannot be kept is an error rather than a
/// silent change.
fn keep_owner(file: &fs::File, original: &fs::Metadata) -> io::Result<()> {
    let ours = file.metadata()?;
    if ours.uid() == original.uid() && ours.gid() == original.gid() {
        return Ok(());
    }
    std::os::unix::fs::fchown(file, Some(original.uid()), Some(original.gid()))
}

enum Swap {
    Changed,
    Io(io::Error),
}

impl From<io::Error> for Swap {
    fn from(error: io::Error) -> Self {
        Swap::Io(error)
    }
}

/// Swaps the temporary file in for `target`, then checks what was swapped
/// out: if it is not `expected`, it is swapped back.
/// How long an open already under way has to land on the file a fix
/// swapped out (see `swap_in`).
#[cfg(target_os = "linux")]
const SETTLE: std::time::Duration = std::time::Duration::from_millis(5);

#[cfg(target_os = "linux")]
fn swap_in(temporary: tempfile::NamedTempFile, target: &Path, expected: &[u8]) -> Result<(), Swap> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    // From here the temporary path holds whichever file is not in place;
    // it is removed by hand once that file is known to be the old one.
    let (file, temporary) = temporary.keep().map_err(|e| Swap::Io(e.error))?;
    let ours = file.metadata()?;
    let exchange = || renameat_with(CWD, &temporary, CWD, target, RenameFlags::EXCHANGE);
    if let Err(error) = exchange() {
        // A file system without exchange (some network and FUSE mounts):
        // check and rename, as elsewhere.
        let renamed = if error == rustix::io::Errno::INVAL || error == rustix::io::Errno::NOSYS {
            match fs::read(target) {
                Ok(now) if now == expected => fs::rename(&temporary, target).map_err(Swap::Io),
                Ok(_) => Err(Swap::Changed),
                Err(error) => Err(Swap::Io(error)),
            }
        } else {
            Err(Swap::Io(error.into()))
        };
        if renamed.is_err() {
            let _ = fs::remove_file(&temporary);
        }
        return renamed;
    }
    if fs::read(&temporary)? == expected {
        // A writer whose open looked the path up just before the exchange
        // truncates and writes the swapped-out file a moment later: give it
        // that moment, then look again before letting the old file go.
        std::thread::sleep(SETTLE);
        if fs::read(&temporary)? == expected {
            fs::remove_file(&temporary)?;
            return Ok(());
        }
    }
    // Another program wrote the file between the check and the swap: put
    // its version back. Remove what is then at the temporary path only if
    // it is the fixed file, never a third program's file.
    exchange().map_err(io::Error::from)?;
    let back = fs::symlink_metadata(&temporary)?;
    if back.dev() == ours.dev() && back.ino() == ours.ino() {
        fs::remove_file(&temporary)?;
    }
    Err(Swap::Changed)
}

#[cfg(not(target_os = "linux"))]
fn swap_in(temporary: tempfile::NamedTempFile, target: &Path, expected: &[u8]) -> Result<(), Swap> {
    if fs::read(target)? != expected {
        return Err(Swap::Changed);
    }
    temporary.persist(target).map_err(|e| Swap::Io(e.error))?;
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

    fn files_in(dir: &Path) -> usize {
        fs::read_dir(dir).expect("list").count()
    }

    #[test]
    fn a_write_between_the_check_and_the_swap_is_kept() {
        // Another program writes the file in place after the last check:
        // the swap happens, sees the change and swaps back.
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("a.md");
        fs::write(&path, "旧").expect("write");
        let err = replace_file_with(&path, "a.md", "旧".as_bytes(), "新".as_bytes(), || {
            fs::write(&path, "编辑器刚保存的").expect("concurrent write");
        })
        .expect_err("changed");
        assert_eq!(
            err.to_string(),
            "a.md: changed on disk while it was being fixed; not written"
        );
        assert_eq!(fs::read_to_string(&path).expect("read"), "编辑器刚保存的");
        assert_eq!(files_in(dir.path()), 1, "no temporary file is left behind");
    }

    #[test]
    fn a_save_by_rename_between_the_check_and_the_swap_is_kept() {
        // Editors save by writing a new file and renaming it over the old.
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("a.md");
        let saved = dir.path().join("a.md.swp");
        fs::write(&path, "旧").expect("write");
        let err = replace_file_with(&path, "a.md", "旧".as_bytes(), "新".as_bytes(), || {
            fs::write(&saved, "另存的").expect("write");
            fs::rename(&saved, &path).expect("rename");
        })
        .expect_err("changed");
        assert!(matches!(err, WriteError::Changed { .. }));
        assert_eq!(fs::read_to_string(&path).expect("read"), "另存的");
        assert_eq!(files_in(dir.path()), 1, "no temporary file is left behind");
    }

    #[test]
    fn concurrent_rewrites_are_never_lost() {
        // A writer thread rewrites the file while a fix runs: the fix may
        // land before the write or be refused, but never lands over it.
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("a.md");
        for round in 0..300 {
            fs::write(&path, "旧").expect("write");
            let writer_path = path.clone();
            let writer = std::thread::spawn(move || {
                std::thread::sleep(std::time::Duration::from_micros(round * 7 % 300));
                fs::write(&writer_path, "他人").expect("concurrent write");
            });
            let fixed = replace_file(&path, "a.md", "旧".as_bytes(), "新".as_bytes());
            writer.join().expect("writer");
            let now = fs::read_to_string(&path).expect("read");
            // Whether or not the fix landed first, the writer's text is
            // what the file holds at the end.
            assert_eq!(now, "他人", "round {round}: {fixed:?}");
            assert_eq!(
                files_in(dir.path()),
                1,
                "round {round}: a temporary file was left"
            );
        }
    }

    #[test]
    fn owner_and_group_are_kept_when_run_as_root() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("a.md");
        fs::write(&path, "旧").expect("write");
        if fs::metadata(&path).expect("stat").uid() != 0 {
            // Only root can give a file to someone else.
            return;
        }
        std::os::unix::fs::chown(&path, Some(4321), Some(8765)).expect("chown");
        replace_file(&path, "a.md", "旧".as_bytes(), "新".as_bytes()).expect("replaced");
        let metadata = fs::metadata(&path).expect("stat");
        assert_eq!((metadata.uid(), metadata.gid()), (4321, 8765));
        assert_eq!(fs::read_to_string(&path).expect("read"), "新");
    }

    #[test]
    fn a_hard_linked_file_is_refused_and_both_names_keep_their_text() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("a.md");
        let other = dir.path().join("b.md");
        fs::write(&path, "旧").expect("write");
        fs::hard_link(&path, &other).expect("link");
        let err =
            replace_file(&path, "a.md", "旧".as_bytes(), "新".as_bytes()).expect_err("linked");
        assert_eq!(
            err.to_string(),
            "a.md: has 2 hard links; not written, as replacing it would split them — fix it by hand or with --diff"
        );
        assert_eq!(fs::read_to_string(&path).expect("read"), "旧");
        assert_eq!(fs::metadata(&other).expect("stat").nlink(), 2);
        assert_eq!(files_in(dir.path()), 2, "no temporary file is left behind");
    }
}
