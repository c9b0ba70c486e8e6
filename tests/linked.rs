//! How the `xhslint` binary is linked: on Linux with glibc and its static
//! `libc.a`, statically and at a fixed address (`build/static-bin`,
//! `build/link.rs`), so a start maps no shared library and rewrites no
//! pointer, and without jemalloc (`src/main.rs`). Each start of a
//! dynamically linked build cost about 0.9 ms more, and jemalloc linked into
//! the static one about 0.8 ms more.

use std::process::Command;

const ET_EXEC: u16 = 2;
const PT_INTERP: u32 = 3;

/// The ELF file type and whether the file names a program interpreter (the
/// dynamic loader).
fn elf_type_and_interpreter(bytes: &[u8]) -> (u16, bool) {
    assert_eq!(&bytes[..4], b"\x7fELF", "the binary is an ELF file");
    assert_eq!(bytes[4], 2, "a 64-bit ELF file");
    let u16_at = |at: usize| u16::from_le_bytes([bytes[at], bytes[at + 1]]);
    let u32_at = |at: usize| u32::from_le_bytes(bytes[at..at + 4].try_into().expect("4 bytes"));
    let u64_at = |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().expect("8 bytes"));
    let program_headers = usize::try_from(u64_at(0x20)).expect("offset fits");
    let (entry_size, entries) = (usize::from(u16_at(0x36)), usize::from(u16_at(0x38)));
    let interpreter = (0..entries).any(|i| u32_at(program_headers + i * entry_size) == PT_INTERP);
    (u16_at(0x10), interpreter)
}

/// Whether this machine's C toolchain has glibc's static `libc.a`: the
/// wrapper links dynamically without it.
fn static_libc_available() -> bool {
    Command::new("cc")
        .arg("-print-file-name=libc.a")
        .output()
        .is_ok_and(|out| out.stdout.starts_with(b"/"))
}

#[test]
fn on_linux_with_glibc_the_binary_is_static_at_a_fixed_address_without_jemalloc() {
    let opted_out = std::env::var_os("XHSLINT_STATIC").is_some_and(|v| v == "0")
        || std::env::var_os("XHSLINT_PIE").is_some_and(|v| v != "0");
    if !(cfg!(all(target_os = "linux", target_env = "gnu")) && static_libc_available()) || opted_out
    {
        return;
    }
    let bytes = std::fs::read(env!("CARGO_BIN_EXE_xhslint")).expect("the binary is readable");
    assert_eq!(elf_type_and_interpreter(&bytes), (ET_EXEC, false));
    // Nor is jemalloc in it: linked in, it sets itself up at start even
    // where glibc's malloc allocates. Its messages start so.
    assert_eq!(memchr::memmem::find(&bytes, b"<jemalloc>"), None);
}

#[test]
fn the_elf_reader_tells_a_dynamic_executable() {
    // This test binary is linked the default way: position-independent,
    // through the dynamic loader.
    if !cfg!(all(target_os = "linux", target_env = "gnu")) {
        return;
    }
    let me = std::env::current_exe().expect("the test binary's path");
    let bytes = std::fs::read(me).expect("the test binary is readable");
    let (kind, interpreter) = elf_type_and_interpreter(&bytes);
    assert!(interpreter);
    assert_ne!(kind, ET_EXEC);
}
