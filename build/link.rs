//! How the `xhslint` binary is linked on Linux with glibc: as a plain
//! executable at a fixed address, not a position-independent one.
//!
//! A position-independent executable carries a pointer for every string of
//! its built-in tables (rule data, lexicons, messages) and every vtable,
//! about 23,600 of them, and the loader rewrites each one on every start:
//! 0.3M instructions and 125 copy-on-write page faults, a tenth of the
//! instructions and a quarter of the page faults of linting a one-line
//! Note. Linked at a fixed address, those pointers are final in the file
//! and the start skips the work. The code stays position-independent;
//! only the executable's own image loses address randomization (the stack,
//! the heap, mapped memory and the shared libraries keep theirs).
//!
//! `XHSLINT_PIE=1` at build time keeps the default position-independent
//! executable, for packagers whose policy requires one.
//!
//! On top of this, `build/static-bin` links the binary statically where it
//! can; it reads `XHSLINT_STATIC` and `XHSLINT_PIE` too, and declaring them
//! here makes cargo rebuild the binary when either changes.

/// Tells cargo how to link the package's binaries.
pub fn configure() {
    println!("cargo::rerun-if-env-changed=XHSLINT_PIE");
    println!("cargo::rerun-if-env-changed=XHSLINT_STATIC");
    // Set by build/static-bin on the compiles of a statically linked build.
    println!("cargo::rustc-check-cfg=cfg(xhslint_static)");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    let keep_pie = std::env::var_os("XHSLINT_PIE").is_some_and(|value| value != "0");
    // The gcc and clang drivers both take `-no-pie`; musl targets link
    // static-pie executables, which this would conflict with.
    if os == "linux" && env == "gnu" && !keep_pie {
        println!("cargo::rustc-link-arg-bins=-no-pie");
    }
}
