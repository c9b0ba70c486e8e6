/// jemalloc, where the binary is linked dynamically. A statically linked
/// binary (`build/static-bin`, which sets `xhslint_static`) keeps glibc's
/// malloc and leaves jemalloc out: there, jemalloc linked in made a
/// one-line Note 0.8 ms slower (2.56 against 1.79 ms, interleaved) and the
/// 846-character Note 1.5 ms slower. Without it a one-thread batch takes
/// 3–4% longer, and a two-thread one no longer.
#[cfg(all(
    unix,
    not(target_os = "openbsd"),
    not(xhslint_static),
    any(target_arch = "x86_64", target_arch = "aarch64")
))]
mod allocator {
    #[global_allocator]
    static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

    /// jemalloc's options, read when it starts (`_RJEM_MALLOC_CONF` still
    /// overrides them). A thread's cache is trimmed once per MiB allocated
    /// rather than per 64 KiB: a one-line Note spent 6% of its instructions
    /// trimming a cache it was about to refill, and peak memory is
    /// unchanged.
    #[unsafe(export_name = "_rjem_malloc_conf")]
    static OPTIONS: Options = Options(c"tcache_gc_incr_bytes:1048576".as_ptr());

    /// A C string for the allocator to read.
    #[repr(transparent)]
    struct Options(*const std::ffi::c_char);

    // SAFETY: the pointer is to a static C string that nothing writes.
    unsafe impl Sync for Options {}
}

fn main() -> std::process::ExitCode {
    xhslint::cli::run()
}
