//! `xhslint lsp`: run the language server on stdio.

use super::args::LspArgs;

pub fn run(args: LspArgs) -> u8 {
    crate::lsp::run(args.config.choice())
}
