//! The house stays straight: `src/lib.rs` lists the top-level modules from
//! the lowest layer up, and no module's code names a module listed after
//! it (`crate::later`). A module's own `#[cfg(test)]` code may use any
//! layer: it is not part of the library.

use std::collections::{BTreeSet, HashMap};
use std::fs;
use std::path::{Path, PathBuf};

/// The layers in the order `src/lib.rs`'s doc comment lists them
/// (`//! 1. [`text`]: ...`).
fn documented_order(lib: &str) -> Vec<String> {
    lib.lines()
        .filter_map(|line| line.strip_prefix("//! "))
        .filter_map(|item| {
            let (number, rest) = item.split_once(". [`")?;
            number.trim().parse::<u32>().ok()?;
            Some(rest.split_once('`')?.0.to_string())
        })
        .collect()
}

/// The top-level modules `src/lib.rs` declares.
fn declared(lib: &str) -> BTreeSet<String> {
    lib.lines()
        .filter_map(|line| line.strip_prefix("pub mod "))
        .map(|rest| rest.trim_end_matches(';').to_string())
        .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("read src") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level modules named in `code` as `crate::NAME` or inside
/// `crate::{...}`, outside comments.
fn named_modules(code: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    for line in code.lines() {
        if line.trim_start().starts_with("//") {
            continue;
        }
        for (at, _) in line.match_indices("crate::") {
            let rest = &line[at + "crate::".len()..];
            if let Some(group) = rest.strip_prefix('{') {
                let group = group.split('}').next().unwrap_or("");
                names.extend(group.split(',').map(|p| ident(p.trim())));
            } else {
                names.insert(ident(rest));
            }
        }
    }
    names.retain(|n| !n.is_empty());
    names
}

/// `code` up to its first `#[cfg(test)]` module.
fn without_test_modules(code: &str) -> &str {
    let mut offset = 0;
    let mut lines = code.split_inclusive('\n').peekable();
    while let Some(line) = lines.next() {
        if line.trim() == "#[cfg(test)]"
            && lines.peek().is_some_and(|next| {
                let next = next.trim_start();
                next.starts_with("mod ") || next.starts_with("pub mod ")
            })
        {
            return &code[..offset];
        }
        offset += line.len();
    }
    code
}

#[test]
fn no_module_uses_one_above_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let lib = fs::read_to_string(src.join("lib.rs")).expect("read lib.rs");
    let order = documented_order(&lib);
    let listed: BTreeSet<String> = order.iter().cloned().collect();
    assert_eq!(
        listed,
        declared(&lib),
        "src/lib.rs must list every top-level module once in its layers"
    );
    assert_eq!(listed.len(), order.len(), "a layer listed twice: {order:?}");
    let rank: HashMap<&str, usize> = order
        .iter()
        .enumerate()
        .map(|(i, m)| (m.as_str(), i))
        .collect();

    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut upward = Vec::new();
    for file in &files {
        let relative = file.strip_prefix(&src).expect("under src");
        let top = relative
            .components()
            .next()
            .and_then(|c| c.as_os_str().to_str())
            .map(|s| s.trim_end_matches(".rs").to_string())
            .expect("a name");
        let Some(&own) = rank.get(top.as_str()) else {
            continue; // lib.rs, main.rs: the crate's roots.
        };
        let code = fs::read_to_string(file).expect("read source");
        for name in named_modules(without_test_modules(&code)) {
            if rank.get(name.as_str()).is_some_and(|&other| other > own) {
                upward.push(format!("{}: {top} uses {name}", relative.display()));
            }
        }
    }
    assert!(
        upward.is_empty(),
        "modules using a layer above their own (order in src/lib.rs: {}):\n{}",
        order.join(" < "),
        upward.join("\n")
    );
    println!(
        "{} files, no import cycle: {}",
        files.len(),
        order.join(" < ")
    );
}

#[test]
fn only_test_modules_are_left_out() {
    let code = "use crate::text;\n#[cfg(test)]\nfn len() {}\nuse crate::lint;\n#[cfg(test)]\nmod tests {\n    use crate::cli;\n}\n";
    let kept: Vec<String> = named_modules(without_test_modules(code))
        .into_iter()
        .collect();
    assert_eq!(kept, ["lint", "text"]);
}

#[test]
fn the_reader_finds_imports_in_every_form() {
    let code = "use crate::text::units;\nuse crate::{lint, report::exit};\n// crate::cli in a comment\nlet x = crate::run::lint_text(a);\n";
    let found: Vec<String> = named_modules(code).into_iter().collect();
    assert_eq!(found, ["lint", "report", "run", "text"]);
}
