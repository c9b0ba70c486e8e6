//! The exit codes a run ends with, shared by every front end.

/// No finding at or above the failing level.
pub const CLEAN: u8 = 0;
/// Findings at the failing level.
pub const FINDINGS: u8 = 1;
/// Usage, config or I/O error.
pub const TROUBLE: u8 = 2;
