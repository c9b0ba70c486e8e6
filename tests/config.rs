//! Configuration: discovery, strict reading with located errors, and what
//! each key changes in a lint run.

use std::fs;
use std::path::Path;
use std::sync::Arc;

use xhslint::config::{Config, ConfigChoice, ConfigResolver, STARTER};
use xhslint::diagnostic::Severity;
use xhslint::lint::lint_source;
use xhslint::rules::lexicons::LexiconSet;
use xhslint::rules::{BodyLength, HashtagCount, TitleLength, TitleScarcity};
use xhslint::settings::Settings;
use xhslint::text::units::HalfUnits;

fn parse(yaml: &str) -> Config {
    Config::parse(".xhslint.yaml", Path::new("/nonexistent"), yaml)
        .unwrap_or_else(|e| panic!("{e}"))
}

fn error_of(yaml: &str) -> String {
    match Config::parse(".xhslint.yaml", Path::new("/nonexistent"), yaml) {
        Ok(_) => panic!("accepted: {yaml:?}"),
        Err(err) => err.to_string(),
    }
}

/// `(rule, severity, text)` of each finding.
fn lint(settings: &Settings, name: &str, text: &str) -> Vec<(String, Severity, String)> {
    let (note, diagnostics) = lint_source(name, text.to_string(), settings);
    diagnostics
        .into_iter()
        .map(|d| {
            (
                d.rule.to_string(),
                d.severity,
                note.source[d.span.clone()].to_string(),
            )
        })
        .collect()
}

fn rules_of(findings: &[(String, Severity, String)]) -> Vec<&str> {
    findings.iter().map(|(r, _, _)| r.as_str()).collect()
}

fn write(path: &Path, text: &str) {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).expect("mkdir");
    }
    fs::write(path, text).expect("write");
}

const ALL_RULES: &str = "`title-length`, `title-scarcity`, `hashtag-count`, `hashtag-duplicate`, `hashtag-format`, `hashtag-mix`, `benefit-before-price`, `pressure-phrase`, `absolute-claim`, `off-platform`, `claim-mismatch`, `unverified-scarcity`, `purchase-path`, `body-length`, `peak-window`, `sale-window`, `community-framing`, `engagement-bait`, `medical-claim`, `false-authority`, `risky-promise`, `flash-fatigue`, `front-matter`, `unused-suppression`, `invalid-suppression`";

#[test]
fn every_bad_config_is_an_error_with_its_position() {
    let cases: &[(&str, String)] = &[
        (
            "titel:\n  max_units: 20\n",
            ".xhslint.yaml:1:1: unknown key `titel` (did you mean `title`?) — expected one of `rules`, `dictionary`, `dictionary_files`, `lexicons`, `category`, `kind`, `lang`, `title`, `hashtags`, `include`, `exclude`".into(),
        ),
        (
            "title:\n  max_unit: 20\n",
            ".xhslint.yaml:2:3: unknown key `title.max_unit` (did you mean `max_units`?) — expected one of `max_units`, `scarcity_within`".into(),
        ),
        (
            "title:\n  max_units: twenty\n",
            ".xhslint.yaml:2:14: `title.max_units` is a string \"twenty\", the wrong type — expected a length in app units such as 20 or 20.5".into(),
        ),
        (
            "title:\n  max_units: 0\n",
            ".xhslint.yaml:2:14: `title.max_units` cannot be the number `0` — expected a length in app units such as 20 or 20.5".into(),
        ),
        (
            "title: {scarcity_within: 8.3}\n",
            ".xhslint.yaml:1:26: `title.scarcity_within` cannot be the number `8.3` — expected a length in app units such as 20 or 20.5".into(),
        ),
        (
            "hashtags:\n  min: -1\n",
            ".xhslint.yaml:2:8: `hashtags.min` cannot be the number `-1` — expected a whole number such as 5".into(),
        ),
        (
            "hashtags:\n  min: 9\n",
            ".xhslint.yaml:2:3: hashtag range is empty: min 9 is above max 8 — min must not exceed max (defaults 5 and 8)".into(),
        ),
        (
            "rules:\n  body-length: off\n  titel-length: error\n",
            format!(".xhslint.yaml:3:3: unknown rule `titel-length` (did you mean `title-length`?) — expected one of {ALL_RULES}"),
        ),
        (
            "rules:\n  body-length: off\n  body-length: error\n",
            ".xhslint.yaml:3:3: `rules.body-length` is set twice — keep one, as only one of them could apply".into(),
        ),
        (
            "rules:\n  title-length: warn\n",
            ".xhslint.yaml:2:17: unknown severity `warn` for rule `title-length` (did you mean `warning`?) — expected one of `off`, `info`, `warning`, `error`".into(),
        ),
        (
            "rules:\n  title-length: {severity: [error]}\n",
            ".xhslint.yaml:2:28: `rules.title-length.severity` is a list, the wrong type — expected one of off, info, warning, error".into(),
        ),
        (
            "rules:\n  title-length: {severity: error, max: 24}\n",
            ".xhslint.yaml:2:35: unknown option `max` for rule `title-length` (did you mean `max_units`?) — expected one of `severity`, `max_units`".into(),
        ),
        (
            "rules:\n  absolute-claim: {severity: error, max_units: 3}\n",
            ".xhslint.yaml:2:37: unknown option `max_units` for rule `absolute-claim` — expected one of `severity`".into(),
        ),
        (
            "rules:\n  title-length: [error]\n",
            ".xhslint.yaml:2:17: `rules.title-length` is a list, the wrong type — expected a severity (off, info, warning, error) or a mapping of `severity`, `max_units`".into(),
        ),
        (
            "rules:\n  hashtag-count: {min: 2.5}\n",
            ".xhslint.yaml:2:24: `rules.hashtag-count.min` cannot be the number `2.5` — expected a whole number such as 5".into(),
        ),
        (
            "rules: 3\n",
            ".xhslint.yaml:1:8: `rules` is the number `3`, the wrong type — expected a mapping from rule id to a severity, e.g. `pressure-phrase: error`".into(),
        ),
        (
            "title:\n  max_units: 22\nrules:\n  title-length: {max_units: 24}\n",
            ".xhslint.yaml:4:18: `rules.title-length.max_units` contradicts `title.max_units` on line 2 — set it in one place".into(),
        ),
        (
            "lexicons:\n  pressure:\n    add: [闭眼买]\n",
            ".xhslint.yaml:2:3: unknown lexicon `pressure` (did you mean `pressure-phrase`?) — expected one of `absolute-claim`, `absolute-claim-exempt`, `pressure-phrase`, `pressure-phrase-exempt`, `off-platform`, `off-platform-exempt`, `benefit`, `purchase-path`, `community-framing`, `medical-claim`, `medical-claim-exempt`, `false-authority`, `risky-promise`, `risky-promise-exempt`".into(),
        ),
        (
            "lexicons:\n  pressure-phrase:\n    delete: [手慢无]\n",
            ".xhslint.yaml:3:5: unknown key `lexicons.pressure-phrase.delete` — expected one of `add`, `remove`".into(),
        ),
        (
            "lexicons:\n  pressure-phrase:\n    remove: [手慢无, 慢慢挑]\n",
            ".xhslint.yaml:3:19: `慢慢挑` is not in lexicon `pressure-phrase`, so it cannot be removed — remove lists entries of dictionaries/pressure-phrase.txt".into(),
        ),
        (
            "lexicons:\n  absolute-claim:\n    add: [\"第一{坊\"]\n",
            ".xhslint.yaml:3:12: `第一{坊` is not a valid lexicon entry: unclosed `{` in `第一{坊` — write a word, or a family such as `第一{坊,站}`".into(),
        ),
        (
            "category: makeup\n",
            ".xhslint.yaml:1:11: unknown category `makeup` — expected one of `beauty`, `fashion`, `food`, `mother-baby`, `home`, `digital`, `other`".into(),
        ),
        (
            "kind: revew\n",
            ".xhslint.yaml:1:7: unknown kind `revew` — expected one of `sale`, `organic`".into(),
        ),
        (
            "kind: [sale]\n",
            ".xhslint.yaml:1:7: `kind` is a list, the wrong type — expected one of sale, organic".into(),
        ),
        (
            "lang: chinese\n",
            ".xhslint.yaml:1:7: unknown language `chinese` — expected one of `zh`, `en`".into(),
        ),
        (
            "dictionary: 第一坊\n",
            ".xhslint.yaml:1:13: `dictionary` is a string \"第一坊\", the wrong type — expected a list".into(),
        ),
        (
            "dictionary: [第一坊, \" \"]\n",
            ".xhslint.yaml:1:1: `dictionary` has an empty word — list brand and product names such as `第一坊`".into(),
        ),
        (
            "dictionary_files:\n  - brands.txt\n",
            ".xhslint.yaml:2:5: cannot read dictionary file `brands.txt` (/nonexistent/brands.txt): No such file or directory (os error 2) — paths are relative to the config file".into(),
        ),
        (
            "include: \"*.md\"\n",
            ".xhslint.yaml:1:10: `include` is a string \"*.md\", the wrong type — expected a list".into(),
        ),
        (
            "exclude:\n  - drafts/**\n  - \"notes/[x\"\n",
            ".xhslint.yaml:3:6: `notes/[x` is not a valid glob: unclosed character class; missing ']' — use `*`, `**`, `?` and `[...]`, e.g. `drafts/**`".into(),
        ),
        (
            "title:\n  max_units: 20\ntitle:\n  max_units: 22\n",
            ".xhslint.yaml:3:1: `title` is set twice — keep one, as only one of them could apply".into(),
        ),
        (
            "- rules\n",
            ".xhslint.yaml:1:1: the config is a list, the wrong type — expected a mapping of settings such as `rules:` and `dictionary:`".into(),
        ),
        (
            "dictionary: [第一坊\n",
            ".xhslint.yaml:2:1: not valid YAML: did not find expected ',' or ']', while parsing a flow sequence — check the indentation and quoting on this line".into(),
        ),
        (
            "rules:\n  title-length: {severity: error, severity: off}\n",
            ".xhslint.yaml:2:35: `rules.title-length.severity` is set twice — keep one, as only one of them could apply".into(),
        ),
        (
            "lexicons:\n  benefit: {add: [回甘]}\n  benefit: {remove: [保湿]}\n",
            ".xhslint.yaml:3:3: `lexicons.benefit` is set twice — keep one, as only one of them could apply".into(),
        ),
    ];
    let mut failures = Vec::new();
    for (yaml, expected) in cases {
        let got = error_of(yaml);
        if &got != expected {
            failures.push(format!(
                "{yaml:?}\n  got:      {got}\n  expected: {expected}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn an_empty_or_commented_config_is_the_defaults() {
    for yaml in ["", "# nothing yet\n", "\u{FEFF}rules:\n"] {
        let config = parse(yaml);
        assert!(config.settings.severities.is_empty());
        assert_eq!(
            TitleLength::max_units(&*config.settings),
            HalfUnits::from_units(20)
        );
    }
}

#[test]
fn the_starter_config_parses_to_the_defaults() {
    let config = parse(STARTER);
    let defaults = Settings::default();
    let s = &config.settings;
    assert!(s.severities.is_empty());
    // The starter spells out the `title:` and `hashtags:` defaults.
    assert_eq!(
        TitleLength::max_units(&**s),
        TitleLength::max_units(&defaults)
    );
    assert_eq!(
        TitleScarcity::scarcity_within(&**s),
        TitleScarcity::scarcity_within(&defaults)
    );
    assert_eq!(
        (HashtagCount::min(&**s), HashtagCount::max(&**s)),
        (HashtagCount::min(&defaults), HashtagCount::max(&defaults))
    );
    assert!(s.dictionary.is_empty());
    assert!(
        config
            .selection
            .selects(Path::new("/nonexistent/deep/a.md"))
    );
    assert!(!config.selection.selects(Path::new("/nonexistent/a.yaml")));
}

/// The starter's commented examples: runs of comment lines that hold YAML
/// (`key:` or `- item`) rather than prose, as (first line, last line).
fn commented_examples(starter: &str) -> Vec<(usize, usize)> {
    let example =
        regex::Regex::new(r"^\s*# (?:\s*- |\s*[a-z_][a-z0-9_-]*:(?:\s|$))").expect("valid regex");
    let lines: Vec<&str> = starter.lines().collect();
    let mut blocks: Vec<(usize, usize)> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if !example.is_match(line) {
            continue;
        }
        match blocks.last_mut() {
            Some((_, last)) if *last + 1 == i => *last = i,
            _ => blocks.push((i, i)),
        }
    }
    blocks
}

#[test]
fn every_commented_example_of_the_starter_loads_once_uncommented() {
    let blocks = commented_examples(STARTER);
    assert!(blocks.len() >= 6, "{blocks:?}");
    // The word file the example names, beside the config.
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("brands.txt"), "第一坊 10 nz\n").expect("word file");
    let load = |yaml: &str| Config::parse(".xhslint.yaml", dir.path(), yaml);
    let mut all: Vec<String> = STARTER.lines().map(str::to_string).collect();
    for (first, last) in blocks {
        let mut lines: Vec<String> = STARTER.lines().map(str::to_string).collect();
        for i in first..=last {
            lines[i] = lines[i].replacen("# ", "", 1);
            all[i] = lines[i].clone();
        }
        let yaml = lines.join("\n");
        load(&yaml).unwrap_or_else(|e| {
            panic!("lines {}–{} uncommented: {e}\n{yaml}", first + 1, last + 1)
        });
    }
    let config = load(&all.join("\n")).unwrap_or_else(|e| panic!("all uncommented: {e}"));
    assert_eq!(config.settings.dictionary, ["第一坊"]);
}

#[test]
fn severities_and_off() {
    let config = parse(
        "rules:\n  hashtag-count: off\n  pressure-phrase: error\n  absolute-claim: {severity: warning}\n",
    );
    let findings = lint(&config.settings, "a.md", "精华\n\n最好的精华，手慢无\n");
    assert_eq!(
        findings,
        [
            (
                "absolute-claim".to_string(),
                Severity::Warning,
                "最好".to_string()
            ),
            (
                "pressure-phrase".to_string(),
                Severity::Error,
                "手慢无".to_string()
            ),
        ]
    );
}

#[test]
fn per_rule_options_and_sections_set_the_same_limits() {
    let title = "一二三四五六七八九十一二三四五六七八九十一二\n\n正文 #a #b #c";
    let defaults = lint(&Settings::default(), "a.md", title);
    assert!(rules_of(&defaults).contains(&"title-length"));
    assert!(rules_of(&defaults).contains(&"hashtag-count"));

    for yaml in [
        "rules:\n  title-length: {max_units: 22}\n  hashtag-count: {min: 3, max: 4}\n",
        "title: {max_units: 22}\nhashtags: {min: 3, max: 4}\n",
        "title: {max_units: 22}\nrules:\n  title-length: {severity: error, max_units: 22}\n  hashtag-count: {min: 3}\nhashtags: {max: 4}\n",
    ] {
        let config = parse(yaml);
        let findings = lint(&config.settings, "a.md", title);
        assert!(
            !rules_of(&findings).contains(&"title-length")
                && !rules_of(&findings).contains(&"hashtag-count"),
            "{yaml}: {findings:?}"
        );
    }
    let half = parse("title: {max_units: 21.5}\n");
    assert_eq!(TitleLength::max_units(&*half.settings), HalfUnits(43));
}

#[test]
fn category_sets_the_default_for_notes_without_one() {
    let config = parse("category: food\n");
    assert_eq!(config.settings.category.as_deref(), Some("food"));
}

#[test]
fn a_brand_containing_lexicon_words_is_never_flagged() {
    // 第一 is an absolute claim; 第一坊 is the brand. 中国第一坊 also contains
    // the `中国第一` ranking pattern.
    let text = "第一坊桂花糕上新\n\n第一坊的桂花糕香甜软糯，中国第一坊老店出品。\n";
    let flagged = lint(&Settings::default(), "a.md", text);
    let claims: Vec<&str> = flagged
        .iter()
        .filter(|(r, _, _)| r == "absolute-claim")
        .map(|(_, _, t)| t.as_str())
        .collect();
    assert!(
        !claims.is_empty(),
        "the test needs the brand to look like a claim: {flagged:?}"
    );

    let config = parse("dictionary: [第一坊, 中国第一坊]\n");
    let findings = lint(&config.settings, "a.md", text);
    assert!(
        !rules_of(&findings).contains(&"absolute-claim"),
        "{findings:?}"
    );
    // Another config's brand words change nothing for Notes it does not
    // govern, whatever else the run loaded.
    let again = lint(&Settings::default(), "a.md", text);
    assert_eq!(again, flagged);
    // A real claim next to the brand is still one.
    let findings = lint(
        &config.settings,
        "a.md",
        "桂花糕\n\n第一坊的桂花糕，全网第一好吃\n",
    );
    let claims: Vec<&str> = findings
        .iter()
        .filter(|(r, _, _)| r == "absolute-claim")
        .map(|(_, _, t)| t.as_str())
        .collect();
    assert_eq!(claims, ["全网第一"]);
}

#[test]
fn dictionary_files_are_relative_to_the_config_and_in_jieba_format() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        &dir.path().join("words/brands.txt"),
        "顶级坊 10 nz\n最好喝\n",
    );
    write(
        &dir.path().join("team/.xhslint.yaml"),
        "dictionary_files: [../words/brands.txt]\n",
    );
    let config = Config::load(&dir.path().join("team/.xhslint.yaml")).expect("loads");
    assert_eq!(config.settings.dictionary, ["最好喝", "顶级坊"]);
    let findings = lint(&config.settings, "a.md", "奶茶\n\n顶级坊新出的最好喝奶茶\n");
    assert!(
        !rules_of(&findings).contains(&"absolute-claim"),
        "{findings:?}"
    );

    write(
        &dir.path().join("words/bad.txt"),
        "顶级坊 10 nz\n最好喝 很多\n",
    );
    write(
        &dir.path().join("bad/.xhslint.yaml"),
        "dictionary_files: [../words/bad.txt]\n",
    );
    let err = Config::load(&dir.path().join("bad/.xhslint.yaml"))
        .err()
        .expect("bad frequency");
    assert_eq!(err.position, Some((2, 5)));
    assert!(err.path.ends_with("words/bad.txt"), "{}", err.path);
    assert_eq!(
        err.message,
        "frequency `很多` is not a whole number — a line is `word [frequency] [tag]`, e.g. `第一坊 10 nz`"
    );
}

#[test]
fn lexicons_add_and_remove_entries() {
    let text = "精华\n\n这瓶精华直接拿下，买到就是赚到\n";
    let before = lint(&Settings::default(), "a.md", text);
    let pressure = |f: &[(String, Severity, String)]| -> Vec<String> {
        f.iter()
            .filter(|(r, _, _)| r == "pressure-phrase")
            .map(|(_, _, t)| t.clone())
            .collect()
    };
    assert_eq!(pressure(&before), ["买到就是赚到"]);

    let config = parse(
        "lexicons:\n  pressure-phrase:\n    add: [\"直接拿下\\t喜欢的话可以看看\"]\n    remove: [买到就是赚到]\n",
    );
    let after = lint(&config.settings, "a.md", text);
    assert_eq!(pressure(&after), ["直接拿下"]);
}

#[test]
fn a_config_without_lexicon_edits_shares_the_builtin_automaton() {
    let config = parse("dictionary: [第一坊]\n");
    assert!(Arc::ptr_eq(
        &config.settings.lexicons,
        &LexiconSet::builtin()
    ));
    let edited = parse("lexicons:\n  benefit: {add: [回甘]}\n");
    assert!(!Arc::ptr_eq(
        &edited.settings.lexicons,
        &LexiconSet::builtin()
    ));
}

#[test]
fn the_nearest_config_wins_and_each_is_loaded_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    write(
        &root.join(".xhslint.yaml"),
        "rules:\n  pressure-phrase: error\n",
    );
    write(
        &root.join("brand/xhslint.yaml"),
        "rules:\n  pressure-phrase: off\n",
    );
    write(&root.join("brand/deep/er/a.md"), "");
    write(&root.join("brand/b.md"), "");
    write(&root.join("other/c.md"), "");
    write(&root.join("d.md"), "");
    let resolver = ConfigResolver::new(ConfigChoice::Discover);
    let config_of = |p: &str| resolver.config_for(&root.join(p)).expect("config");

    let deep = config_of("brand/deep/er/a.md");
    let brand = config_of("brand/b.md");
    assert_eq!(
        deep.path.as_deref(),
        Some(root.join("brand/xhslint.yaml").as_path())
    );
    assert!(Arc::ptr_eq(&deep, &brand), "one config, loaded once");
    assert_eq!(
        brand.settings.severities.get("pressure-phrase"),
        Some(&None)
    );

    let other = config_of("other/c.md");
    let top = config_of("d.md");
    assert_eq!(
        other.path.as_deref(),
        Some(root.join(".xhslint.yaml").as_path())
    );
    assert!(Arc::ptr_eq(&other, &top));
    assert_eq!(
        top.settings.severities.get("pressure-phrase"),
        Some(&Some(Severity::Error))
    );

    // --config overrides discovery; --no-config ignores every file.
    let forced = ConfigResolver::new(ConfigChoice::File(root.join("brand/xhslint.yaml")));
    let config = forced.config_for(&root.join("d.md")).expect("config");
    assert_eq!(
        config.settings.severities.get("pressure-phrase"),
        Some(&None)
    );
    let none = ConfigResolver::new(ConfigChoice::Defaults);
    let config = none.config_for(&root.join("brand/b.md")).expect("defaults");
    assert!(config.path.is_none());
    assert!(config.settings.severities.is_empty());
}

#[test]
fn two_config_files_in_one_directory_are_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(&dir.path().join(".xhslint.yaml"), "");
    write(&dir.path().join("xhslint.yaml"), "");
    let resolver = ConfigResolver::new(ConfigChoice::Discover);
    let err = resolver
        .config_for(&dir.path().join("a.md"))
        .err()
        .expect("ambiguous");
    assert_eq!(
        err.message,
        "two config files in one directory, `.xhslint.yaml` and `xhslint.yaml` — keep one"
    );
}

#[test]
fn a_missing_config_file_is_an_error() {
    let resolver = ConfigResolver::new(ConfigChoice::File("/nonexistent/x.yaml".into()));
    let err = resolver
        .config_for(Path::new("a.md"))
        .err()
        .expect("missing");
    assert_eq!(
        err.to_string(),
        "/nonexistent/x.yaml: cannot read the config file: No such file or directory (os error 2)"
    );
}

#[test]
fn the_readme_example_config_loads_and_applies() {
    let readme = include_str!("../README.md");
    let section = &readme[readme.find("## Configuration").expect("section")..];
    let start = section.find("```yaml\n").expect("yaml block") + "```yaml\n".len();
    let yaml = &section[start..start + section[start..].find("```").expect("closed")];

    let dir = tempfile::tempdir().expect("tempdir");
    write(&dir.path().join("words/brands.txt"), "极光白 5 nz\n");
    write(&dir.path().join(".xhslint.yaml"), yaml);
    let config = Config::load(&dir.path().join(".xhslint.yaml")).unwrap_or_else(|e| panic!("{e}"));
    let s = &config.settings;
    assert_eq!(
        s.severities.get("pressure-phrase"),
        Some(&Some(Severity::Error))
    );
    assert_eq!(s.severities.get("unused-suppression"), Some(&None));
    assert_eq!(TitleLength::max_units(&**s), HalfUnits::from_units(22));
    assert_eq!(BodyLength::max_units(&**s), HalfUnits::from_units(800));
    assert_eq!(
        TitleScarcity::scarcity_within(&**s),
        HalfUnits::from_units(6)
    );
    assert_eq!((HashtagCount::min(&**s), HashtagCount::max(&**s)), (4, 8));
    assert_eq!(s.category.as_deref(), Some("food"));
    assert_eq!(s.dictionary, ["中国第一坊", "极光白", "第一坊"]);
    assert!(config.selection.selects(&dir.path().join("notes/a.txt")));
    assert!(!config.selection.selects(&dir.path().join("drafts/a.md")));

    let note = "桂花糕\n\n中国第一坊的桂花糕，直接拿下，第一站就选它，欢迎到店\n#桂花糕 #中式点心 #下午茶 #伴手礼\n";
    let unconfigured = lint(&Settings::default(), "a.md", note);
    assert_eq!(
        rules_of(&unconfigured),
        ["hashtag-count", "absolute-claim"],
        "{unconfigured:?}"
    );
    let findings = lint(s, "a.md", note);
    assert_eq!(
        findings,
        [(
            "pressure-phrase".to_string(),
            Severity::Error,
            "直接拿下".to_string()
        )]
    );
}
