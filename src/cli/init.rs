//! `xhslint init`: write the commented starter config, never over an
//! existing one.

use std::io::Write;

use super::args::InitArgs;
use super::exit;
use crate::config::{FILE_NAMES, STARTER};

pub fn run(args: &InitArgs) -> u8 {
    if let Some(existing) = FILE_NAMES
        .iter()
        .map(|name| args.dir.join(name))
        .find(|path| path.exists())
    {
        eprintln!(
            "error: {} already exists; edit it, or remove it first to start over",
            existing.display()
        );
        return exit::TROUBLE;
    }
    let path = args.dir.join(FILE_NAMES[0]);
    // `create_new` refuses a file that appeared since the check above.
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .and_then(|mut file| file.write_all(STARTER.as_bytes()));
    match written {
        Ok(()) => {
            println!("wrote {}", path.display());
            exit::CLEAN
        }
        Err(err) => {
            eprintln!("error: cannot write {}: {err}", path.display());
            exit::TROUBLE
        }
    }
}
