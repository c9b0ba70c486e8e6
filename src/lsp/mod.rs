//! `xhslint lsp`: a language server over stdio.
//!
//! Editors get the findings of `check` as diagnostics while a Note is
//! written, each suggestion as a quick fix, a suppression comment one click
//! away, and the rule's explanation on hover. Positions are exact in the
//! encoding the client negotiates (UTF-8, UTF-16 or UTF-32), so underlines
//! stay on the right characters after emoji.

mod actions;
mod diagnostics;
mod documents;
mod hover;
mod linter;
pub mod position;
mod server;
mod settings;
mod transport;

use crate::config::ConfigChoice;

pub use server::exit;

/// Serves one client over stdin and stdout, with configs chosen as
/// `check` chooses them; returns the exit code (0 after
/// `shutdown` then `exit`, 1 otherwise, as LSP prescribes).
pub fn run(config: ConfigChoice) -> u8 {
    let transport = match transport::Transport::stdio() {
        Ok(transport) => transport,
        Err(err) => {
            eprintln!("xhslint lsp: cannot start: {err}");
            return crate::report::exit::TROUBLE;
        }
    };
    let code = server::Server::new(transport.sender.clone(), config).serve(&transport.receiver);
    transport.finish();
    code
}
