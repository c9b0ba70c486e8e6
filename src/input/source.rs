//! Turning bytes into source text, or a clear per-file error.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use thiserror::Error;

use crate::i18n::{Lang, Msg};
use crate::msg;

/// Input limits; defaults follow SPEC section 2.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Files larger than this are refused without being read whole.
    pub max_file_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 1024 * 1024,
        }
    }
}

/// Why a file could not be linted. Each names the file; the run goes on with
/// the other files and exits 2 at the end.
#[derive(Debug, Error)]
pub enum InputError {
    #[error("{path}: cannot read: {message}")]
    Io { path: String, message: String },
    #[error("{path}: cannot read: standard input is closed — pipe a Note in, or name files")]
    StdinClosed { path: String },
    #[error("{path}: invalid UTF-8 at byte {offset}")]
    InvalidUtf8 { path: String, offset: usize },
    #[error("{path}: binary file (NUL byte at byte {offset}), not a Note")]
    Binary { path: String, offset: usize },
    #[error("{path}: file is {size} bytes, over the {limit}-byte limit for a Note")]
    TooLarge { path: String, size: u64, limit: u64 },
    #[error("{path}: is a directory, not a Note")]
    Directory { path: String },
}

impl InputError {
    pub fn path(&self) -> &str {
        match self {
            InputError::Io { path, .. }
            | InputError::StdinClosed { path }
            | InputError::InvalidUtf8 { path, .. }
            | InputError::Binary { path, .. }
            | InputError::TooLarge { path, .. }
            | InputError::Directory { path } => path,
        }
    }

    /// The whole message, its file first, to show in any language; in
    /// English it reads as [`Display`](std::fmt::Display) does.
    pub fn msg(&self) -> Msg {
        let message = match self {
            InputError::Io { message, .. } => msg!("input-cannot-read", reason = message),
            InputError::StdinClosed { .. } => msg!("input-stdin-closed"),
            InputError::InvalidUtf8 { offset, .. } => {
                msg!("input-invalid-utf8", offset = offset.to_string())
            }
            InputError::Binary { offset, .. } => msg!("input-binary", offset = offset.to_string()),
            InputError::TooLarge { size, limit, .. } => msg!(
                "input-too-large",
                size = size.to_string(),
                limit = limit.to_string()
            ),
            InputError::Directory { .. } => msg!("input-directory"),
        };
        msg!("located", place = self.path(), message = message)
    }

    /// The message in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        self.msg().render(lang)
    }
}

/// Decodes bytes read from `path` (a display name) into source text.
pub fn decode(path: &str, bytes: Vec<u8>, limits: Limits) -> Result<String, InputError> {
    if bytes.len() as u64 > limits.max_file_bytes {
        return Err(InputError::TooLarge {
            path: path.to_string(),
            size: bytes.len() as u64,
            limit: limits.max_file_bytes,
        });
    }
    // Both checks read every byte: memchr and simdutf8 read them in
    // vector-wide blocks, where std's search and validation walk a
    // (multi-byte) character at a time; std says where text is not valid
    // only when it is not.
    if let Some(offset) = memchr::memchr(0, &bytes) {
        return Err(InputError::Binary {
            path: path.to_string(),
            offset,
        });
    }
    if simdutf8::basic::from_utf8(&bytes).is_ok() {
        // SAFETY: simdutf8 has just checked that the bytes are UTF-8.
        return Ok(unsafe { String::from_utf8_unchecked(bytes) });
    }
    String::from_utf8(bytes).map_err(|e| InputError::InvalidUtf8 {
        path: path.to_string(),
        offset: e.utf8_error().valid_up_to(),
    })
}

/// Reads a file as source text within `limits`. The size is checked before
/// reading, so a huge file is refused without being loaded.
pub fn read_source(path: &Path, display: &str, limits: Limits) -> Result<String, InputError> {
    let io_error = |e: std::io::Error| InputError::Io {
        path: display.to_string(),
        message: e.to_string(),
    };
    let metadata = std::fs::metadata(path).map_err(io_error)?;
    if metadata.is_dir() {
        return Err(InputError::Directory {
            path: display.to_string(),
        });
    }
    if metadata.len() > limits.max_file_bytes {
        return Err(InputError::TooLarge {
            path: display.to_string(),
            size: metadata.len(),
            limit: limits.max_file_bytes,
        });
    }
    let file = File::open(path).map_err(io_error)?;
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    // Read one byte past the limit so a file that grew after `metadata` is
    // still refused by size.
    file.take(limits.max_file_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    decode(display, bytes, limits)
}

/// Reads standard input as source text within `limits`.
pub fn read_stdin(display: &str, limits: Limits) -> Result<String, InputError> {
    if stdin_is_closed() {
        return Err(InputError::StdinClosed {
            path: display.to_string(),
        });
    }
    let mut bytes = Vec::new();
    std::io::stdin()
        .take(limits.max_file_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| InputError::Io {
            path: display.to_string(),
            message: e.to_string(),
        })?;
    decode(display, bytes, limits)
}

/// Whether standard input is closed. The Rust runtime reopens a closed
/// descriptor 0 on `/dev/null`, and the standard library reads a bad
/// descriptor as an empty stream, so both look like an empty Note; neither
/// is one.
#[cfg(target_os = "linux")]
pub fn stdin_is_closed() -> bool {
    use std::os::unix::fs::{FileTypeExt, MetadataExt};
    match std::fs::metadata("/proc/self/fd/0") {
        Ok(stdin) => {
            stdin.file_type().is_char_device()
                && std::fs::metadata("/dev/null").is_ok_and(|null| null.rdev() == stdin.rdev())
        }
        // No descriptor 0 at all, where /proc can tell.
        Err(_) => std::path::Path::new("/proc/self/fd").is_dir(),
    }
}

#[cfg(not(target_os = "linux"))]
pub fn stdin_is_closed() -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_names_the_byte_offset() {
        let err = decode("a.md", b"ok\xe4\xb8".to_vec(), Limits::default()).expect_err("invalid");
        assert_eq!(err.to_string(), "a.md: invalid UTF-8 at byte 2");
        assert_eq!(err.render(Lang::En), err.to_string());
        assert_eq!(
            err.render(Lang::Zh),
            "a.md: 不是 UTF-8 编码的文本（第2字节处出错）"
        );
    }

    #[test]
    fn valid_text_of_any_length_decodes_to_itself() {
        // Past the width of a vector block, and ending mid-block.
        for repeat in [0, 1, 7, 33, 200] {
            let text = "限时48小时｜玻尿酸精华😂 ok\n".repeat(repeat);
            let decoded = decode("a.md", text.clone().into_bytes(), Limits::default());
            assert_eq!(decoded.expect("valid"), text);
        }
        // An error far into a long text is still placed exactly.
        let mut bytes = "玻尿酸".repeat(100).into_bytes();
        bytes.extend_from_slice(b"\xff tail");
        let err = decode("a.md", bytes, Limits::default()).expect_err("invalid");
        assert_eq!(err.to_string(), "a.md: invalid UTF-8 at byte 900");
        let mut bytes = "玻尿酸".repeat(100).into_bytes();
        bytes.push(0);
        let err = decode("a.md", bytes, Limits::default()).expect_err("binary");
        assert!(err.to_string().contains("at byte 900"), "{err}");
    }

    #[test]
    fn nul_byte_is_binary() {
        let err = decode("a.md", b"ab\0c".to_vec(), Limits::default()).expect_err("binary");
        assert_eq!(
            err.to_string(),
            "a.md: binary file (NUL byte at byte 2), not a Note"
        );
        assert_eq!(err.render(Lang::En), err.to_string());
        assert_eq!(
            err.render(Lang::Zh),
            "a.md: 是二进制文件（第2字节是空字符），不是笔记"
        );
    }

    #[test]
    fn size_limit() {
        let limits = Limits { max_file_bytes: 3 };
        let err = decode("a.md", b"abcd".to_vec(), limits).expect_err("too large");
        assert_eq!(
            err.to_string(),
            "a.md: file is 4 bytes, over the 3-byte limit for a Note"
        );
        assert_eq!(err.render(Lang::En), err.to_string());
        assert_eq!(
            err.render(Lang::Zh),
            "a.md: 文件有4字节，超过了笔记3字节的上限"
        );
    }

    #[test]
    fn every_error_reads_the_same_in_english_through_its_message() {
        let path = || "a.md".to_string();
        for err in [
            InputError::Io {
                path: path(),
                message: "denied".to_string(),
            },
            InputError::StdinClosed { path: path() },
            InputError::Directory { path: path() },
        ] {
            assert_eq!(err.render(Lang::En), err.to_string());
        }
        let closed = InputError::StdinClosed { path: path() };
        assert_eq!(
            closed.render(Lang::Zh),
            "a.md: 读不了：标准输入已关闭；请用管道传入笔记，或写出文件名"
        );
    }
}
