//! `xhslint init`: write the commented starter config, never over an
//! existing one.

use std::io::Write;

use super::args::InitArgs;
use super::exit;
use crate::config::{FILE_NAMES, STARTER};
use crate::i18n::{self, Lang};
use crate::msg;

/// `lang` is `--lang`; else `XHSLINT_LANG` or the locale (there is no
/// config yet to say it).
pub fn run(args: &InitArgs, lang: Option<Lang>) -> u8 {
    let lang = lang.unwrap_or_else(|| i18n::choose_from_env(None, None));
    let error = i18n::text(lang, "human-error");
    if let Some(existing) = FILE_NAMES
        .iter()
        .map(|name| args.dir.join(name))
        .find(|path| path.exists())
    {
        let path = existing.display().to_string();
        eprintln!("{error}: {}", msg!("init-exists", path = path).render(lang));
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
            let path = path.display().to_string();
            println!("{}", msg!("init-wrote", path = path).render(lang));
            exit::CLEAN
        }
        Err(err) => {
            let message = msg!(
                "init-cannot-write",
                path = path.display().to_string(),
                reason = err.to_string()
            );
            eprintln!("{error}: {}", message.render(lang));
            exit::TROUBLE
        }
    }
}
