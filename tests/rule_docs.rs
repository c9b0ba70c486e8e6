//! `docs/rules/` is generated from the rules' doc comments; this test fails
//! when a page is missing, stale or left over from a removed rule.
//! Regenerate with `UPDATE_DOCS=1 cargo test --test rule_docs`.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use xhslint::rule_docs::{REGENERATE, pages};

#[test]
fn rule_doc_pages_are_current() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules");
    let expected: BTreeMap<String, String> = pages().into_iter().collect();
    // The English pages, then the Chinese ones under zh/.
    let mut on_disk: BTreeMap<String, String> = BTreeMap::new();
    for sub in ["", "zh/"] {
        let Ok(entries) = fs::read_dir(dir.join(sub)) else {
            continue;
        };
        for name in entries
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".md"))
        {
            let name = format!("{sub}{name}");
            let text = fs::read_to_string(dir.join(&name)).unwrap_or_default();
            on_disk.insert(name, text);
        }
    }

    if std::env::var_os("UPDATE_DOCS").is_some() {
        fs::create_dir_all(dir.join("zh")).expect("create docs/rules/zh");
        for name in on_disk.keys().filter(|n| !expected.contains_key(*n)) {
            fs::remove_file(dir.join(name)).expect("remove a stale page");
        }
        for (name, text) in &expected {
            if on_disk.get(name) != Some(text) {
                fs::write(dir.join(name), text).expect("write a page");
            }
        }
        return;
    }

    let mut problems = Vec::new();
    for (name, text) in &expected {
        match on_disk.get(name) {
            None => problems.push(format!("docs/rules/{name} is missing")),
            Some(found) if found != text => problems.push(format!("docs/rules/{name} is stale")),
            Some(_) => {}
        }
    }
    for name in on_disk.keys().filter(|n| !expected.contains_key(*n)) {
        problems.push(format!("docs/rules/{name} documents no rule"));
    }
    assert!(
        problems.is_empty(),
        "{}\nregenerate the pages with `{REGENERATE}`",
        problems.join("\n")
    );
}

#[test]
fn a_page_carries_the_doc_the_configuration_and_the_suppression() {
    let page = pages()
        .into_iter()
        .find(|(name, _)| name == "title-length.md")
        .map(|(_, text)| text)
        .expect("title-length page");
    for part in [
        "# title-length\n",
        "- Default severity: **error**\n",
        "## What it checks\n",
        "## Why it matters for the sale\n",
        "## Options\n- `max_units` (default `20`)",
        "rules:\n  title-length: {severity: error, max_units: 20}",
        "<!-- xhslint-disable-next-line title-length -- why a person judged it fine -->",
    ] {
        assert!(page.contains(part), "missing {part:?} in\n{page}");
    }
}

#[test]
fn user_facing_text_cites_no_spec_section() {
    let readme = std::fs::read_to_string("README.md").expect("README");
    let mut texts = vec![("README.md".to_string(), readme)];
    for dir in ["docs/rules", "docs/rules/zh"] {
        for page in std::fs::read_dir(dir).expect("docs/rules") {
            let path = page.expect("entry").path();
            if path.is_dir() {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("page");
            texts.push((path.display().to_string(), text));
        }
    }
    for (name, text) in texts {
        assert!(
            !text.contains("SPEC "),
            "{name} cites the spec, which users do not have"
        );
    }
}

#[test]
fn the_readme_gives_each_section_key_its_declared_default() {
    let readme = std::fs::read_to_string("README.md").expect("README");
    for rule in xhslint::rules::all() {
        let meta = rule.meta();
        for option in meta.options {
            let Some((section, key)) = option.alias.and_then(|a| a.split_once('.')) else {
                continue;
            };
            // The configuration table's row for the section.
            let default = format!("`{key}: {}`", option.default);
            assert!(
                readme
                    .lines()
                    .filter(|line| line.starts_with(&format!("| `{section}` |")))
                    .any(|row| row.contains(&default)),
                "README: no `{section}` row with {default}"
            );
        }
    }
}

#[test]
fn the_readme_states_an_options_default_as_declared() {
    // "its window is the option `window_days`, default 30": a default
    // changed in the declaration fails here until the README follows.
    let readme = std::fs::read_to_string("README.md").expect("README");
    let stated = regex::Regex::new(r"`(\w+)`, default (\d+(?:\.5)?)").expect("regex");
    let mut checked = 0;
    for caps in stated.captures_iter(&readme) {
        let defaults: Vec<String> = xhslint::rule_docs::catalogue()
            .iter()
            .flat_map(|meta| meta.options)
            .filter(|option| option.name == &caps[1])
            .map(|option| option.default.to_string())
            .collect();
        if defaults.is_empty() {
            continue;
        }
        assert!(
            defaults.iter().any(|d| d == &caps[2]),
            "README: `{}`, default {} — declared {defaults:?}",
            &caps[1],
            &caps[2]
        );
        checked += 1;
    }
    assert!(checked >= 2, "{checked}");
}
