//! Inputs within the limits that once stalled a run for tens of seconds:
//! each is handled in linear time now. The budget is one second in an
//! optimised build; debug builds (the default for `cargo test`) run the
//! crate's own code unoptimised and get a multiple of it, still far below
//! what the quadratic paths took (37–52 s in an optimised build).

use std::path::Path;
use std::time::{Duration, Instant};

use xhslint::config::Config;
use xhslint::input::note::{Note, NoteFormat};
use xhslint::lint::lint_note;
use xhslint::report::{FileReport, human};
use xhslint::settings::Settings;

fn budget() -> Duration {
    if cfg!(debug_assertions) {
        Duration::from_secs(10)
    } else {
        Duration::from_secs(1)
    }
}

fn timed<T>(what: &str, work: impl FnOnce() -> T) -> T {
    let started = Instant::now();
    let out = work();
    let took = started.elapsed();
    assert!(took < budget(), "{what} took {took:?}");
    out
}

fn lint(source: String) -> (Note, Vec<xhslint::diagnostic::Diagnostic>) {
    let note = Note::parse("s.md", source, NoteFormat::Markdown);
    let found = lint_note(&note, &Settings::default());
    (note, found)
}

#[test]
fn front_matter_100_000_brackets_deep_is_refused_in_one_pass() {
    let source = format!("---\ntags: {}\n---\n标题\n\n正文\n", "[".repeat(100_000));
    let (note, found) = timed("100,000 `[`", || lint(source));
    let front: Vec<_> = found.iter().filter(|d| d.rule == "front-matter").collect();
    assert_eq!(front.len(), 1, "{found:?}");
    assert_eq!(
        front[0].message,
        "front matter nests deeper than 100 levels — keep it to `key: value` lines and short lists"
    );
    // The span is the bracket that crossed the limit.
    assert_eq!(front[0].span.start, "---\ntags: ".len() + 100);
    assert_eq!(&note.source[front[0].span.clone()], "[");
}

#[test]
fn a_block_sequence_of_dashes_past_the_limit_is_refused() {
    let source = format!("---\ntags:\n{}x\n---\n标题\n", "- ".repeat(50_000));
    let (_, found) = timed("50,000 dashes", || lint(source));
    assert!(found.iter().any(|d| d.rule == "front-matter"), "{found:?}");
}

#[test]
fn a_body_of_100_000_hashtags_is_linted_in_linear_time() {
    // All distinct: the distinct-tag count and duplicate check were a list
    // scan per tag; the tag scanner looked for the line's end from every
    // tag on a single line.
    let tags: Vec<String> = (0..100_000).map(|i| format!("#护肤{i}")).collect();
    let source = format!("标题\n\n{}\n", tags.join(" "));
    let (_, found) = timed("100,000 distinct tags", || lint(source));
    let count: Vec<_> = found.iter().filter(|d| d.rule == "hashtag-count").collect();
    assert_eq!(count.len(), 1);
    assert!(
        count[0].message.starts_with("100000 distinct hashtags"),
        "{}",
        count[0].message
    );
    assert!(!found.iter().any(|d| d.rule == "hashtag-duplicate"));
}

#[test]
fn many_repeats_of_one_tag_are_each_reported_in_linear_time() {
    let source = format!("标题\n\n{}\n", vec!["#护肤"; 50_000].join(" "));
    let (_, found) = timed("50,000 repeats", || lint(source));
    assert_eq!(
        found
            .iter()
            .filter(|d| d.rule == "hashtag-duplicate")
            .count(),
        49_999
    );
}

#[test]
fn a_config_adding_200_000_lexicon_entries_loads_in_linear_time() {
    let mut yaml = String::from("lexicons:\n  absolute-claim:\n    add:\n");
    for i in 0..200_000 {
        yaml.push_str(&format!("      - 词条{i}\n"));
    }
    let config = timed("200,000 entries", || {
        Config::parse(".xhslint.yaml", Path::new("/nonexistent"), &yaml)
    });
    let config = config.expect("valid config");
    let note = Note::parse(
        "a.md",
        "标题\n\n这瓶是词条777。\n".to_string(),
        NoteFormat::Markdown,
    );
    let found = lint_note(&note, &config.settings);
    let claims: Vec<_> = found
        .iter()
        .filter(|d| d.rule == "absolute-claim")
        .collect();
    assert_eq!(claims.len(), 1, "{found:?}");
    assert_eq!(&note.source[claims[0].span.clone()], "词条777");
}

#[test]
fn a_10_mb_lexicon_entry_is_a_short_located_error() {
    let yaml = format!(
        "lexicons:\n  absolute-claim:\n    add:\n      - {}\n",
        "好".repeat(3_500_000)
    );
    let error = timed("a 10 MB entry", || {
        Config::parse(".xhslint.yaml", Path::new("/nonexistent"), &yaml)
    })
    .map(|_| ())
    .expect_err("refused");
    let message = error.to_string();
    assert!(
        message.len() < 400,
        "the message repeats the entry: {} bytes",
        message.len()
    );
    assert!(
        message.starts_with(".xhslint.yaml:4:9: `好好好"),
        "{message}"
    );
    assert!(
        message
            .contains("is 3500000 characters, over the 1024-character limit for a lexicon entry"),
        "{message}"
    );
}

#[test]
fn a_config_nested_100_000_deep_is_a_located_error_at_once() {
    let yaml = format!("dictionary: {}\n", "[".repeat(100_000));
    let error = timed("a deep config", || {
        Config::parse(".xhslint.yaml", Path::new("/nonexistent"), &yaml)
    })
    .map(|_| ())
    .expect_err("refused");
    assert_eq!(
        error.to_string(),
        ".xhslint.yaml:1:113: the config nests deeper than 100 levels — it is a mapping of short lists"
    );
}

#[test]
fn the_human_report_shows_a_long_line_around_each_finding_only() {
    // 10,000 findings on one 80 KB line printed the whole line each time:
    // 800 MB of output. Now each shows its neighbourhood.
    let source = format!("标题\n\n{}\n", vec!["#护肤"; 10_000].join(" "));
    let (note, found) = lint(source.clone());
    let report = FileReport::linted("t.md".to_string(), note.source.clone(), found);
    let out = timed("rendering", || {
        let mut out = String::new();
        human::file(&report, &|_| true, &mut out);
        out
    });
    assert!(out.len() < 10_000 * 1_000, "{} bytes", out.len());
    // The 5,000th repeat, far into the line: its context is cut on both
    // sides, and the caret still sits under it.
    let start = "标题\n\n".len() + 5_000 * "#护肤 ".len();
    let header = format!("t.md:3:{}: warning[hashtag-duplicate]", 5_000 * 4 + 1);
    let at = out.find(&header).expect("the 5,000th repeat is reported");
    let lines: Vec<&str> = out[at..].lines().take(4).collect();
    let shown = lines[2].split_once("| ").expect("source line").1;
    assert!(
        shown.starts_with("...") && shown.ends_with("..."),
        "{shown}"
    );
    let caret = lines[3].split_once("| ").expect("caret line").1;
    let column = caret.find('^').expect("caret");
    assert_eq!(caret[column..].trim_end(), "^".repeat(5), "{caret}");
    // Walk the shown line by display width (ASCII 1, Han 2) to the caret:
    // it sits under a `#`.
    let mut width = 0;
    let under = shown.chars().find(|&c| {
        let here = width;
        width += if c.is_ascii() { 1 } else { 2 };
        here == column
    });
    assert_eq!(under, Some('#'), "{shown}\n{caret}");
    assert_eq!(&source[start..start + "#护肤".len()], "#护肤");
}
