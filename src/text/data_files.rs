//! The data files compiled into xhslint, listed once: the rule data under
//! `rules/` and the word lists under `dictionaries/`. The crate takes each
//! file's text from here ([`rule_file`], [`dictionary_file`], checked when
//! it compiles), `build.rs` analyses the regexes of the same rule files,
//! and a test fails when a file in either folder is missing from the list.
//!
//! `build.rs` compiles this file too (`#[path]`), so it uses nothing else
//! of the crate. jieba's dictionary (`dictionaries/jieba/`) is the build
//! script's own input.

/// `(name, text)` of every `DIR/NAME.EXT`.
macro_rules! data_files {
    ($dir:literal, $ext:literal: [$($name:literal),* $(,)?]) => {
        &[$((
            $name,
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/", $dir, "/", $name, ".", $ext)),
        )),*]
    };
}

/// `rules/NAME.yaml`: the rules' parameters, patterns and examples, and
/// the data the model and the title generator read.
pub const RULE_FILES: &[(&str, &str)] = data_files!(
    "rules", "yaml": [
        "absolute-claim",
        "benefit-before-price",
        "body-length",
        "claim-context",
        "claim-mismatch",
        "claims",
        "community-framing",
        "engagement-bait",
        "false-authority",
        "festivals",
        "flash-fatigue",
        "front-matter",
        "hashtag-count",
        "hashtag-duplicate",
        "hashtag-format",
        "hashtag-mix",
        "invalid-suppression",
        "medical-claim",
        "off-platform",
        "offer",
        "peak-window",
        "plan-titles",
        "pressure-phrase",
        "purchase-path",
        "risky-promise",
        "sale-window",
        "signals",
        "title-length",
        "title-scarcity",
        "titles",
        "unused-suppression",
        "unverified-scarcity",
    ]
);

/// `dictionaries/NAME.txt`: the lexicons and the other word lists.
pub const DICTIONARY_FILES: &[(&str, &str)] = data_files!(
    "dictionaries", "txt": [
        "absolute-claim",
        "absolute-claim-exempt",
        "absolute-claim-shape",
        "absolute-claim-subject",
        "benefit",
        "benefit-predicate",
        "community-framing",
        "emoji-readings",
        "false-authority",
        "hashtag-mix",
        "medical-claim",
        "medical-claim-exempt",
        "off-platform",
        "off-platform-exempt",
        "pressure-phrase",
        "pressure-phrase-exempt",
        "purchase-path",
        "risky-promise",
        "risky-promise-exempt",
        "traditional",
    ]
);

/// The text of `rules/NAME.yaml`; a name not in [`RULE_FILES`] fails the
/// build where a constant asks for it.
pub const fn rule_file(name: &str) -> &'static str {
    find(RULE_FILES, name)
}

/// The text of `dictionaries/NAME.txt`; a name not in
/// [`DICTIONARY_FILES`] fails the build where a constant asks for it.
pub const fn dictionary_file(name: &str) -> &'static str {
    find(DICTIONARY_FILES, name)
}

const fn find(files: &'static [(&'static str, &'static str)], name: &str) -> &'static str {
    let mut index = 0;
    while index < files.len() {
        if same(files[index].0, name) {
            return files[index].1;
        }
        index += 1;
    }
    panic!("not in the list of data files (src/text/data_files.rs)")
}

const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut index = 0;
    while index < a.len() {
        if a[index] != b[index] {
            return false;
        }
        index += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `NAME`s of the `*.EXT` files directly in `dir`, sorted.
    fn on_disk(dir: &str, ext: &str) -> Vec<String> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
        let mut names: Vec<String> = std::fs::read_dir(&path)
            .expect("data folder")
            .filter_map(|entry| {
                let path = entry.expect("entry").path();
                let name = path
                    .file_name()?
                    .to_str()?
                    .strip_suffix(&format!(".{ext}"))?;
                path.is_file().then(|| name.to_string())
            })
            .collect();
        names.sort();
        names
    }

    fn listed(files: &[(&str, &str)]) -> Vec<String> {
        files.iter().map(|(name, _)| name.to_string()).collect()
    }

    #[test]
    fn every_data_file_is_listed_once_in_order() {
        assert_eq!(listed(RULE_FILES), on_disk("rules", "yaml"), "rules/*.yaml");
        assert_eq!(
            listed(DICTIONARY_FILES),
            on_disk("dictionaries", "txt"),
            "dictionaries/*.txt"
        );
    }

    #[test]
    fn a_file_is_found_by_its_name() {
        assert!(rule_file("title-length").contains("title-length"));
        assert!(dictionary_file("benefit").contains('\n'));
    }
}
