//! Inline suppression in every form, and the findings about suppressions.

use std::path::Path;

use xhslint::config::Config;
use xhslint::diagnostic::{Applicability, Diagnostic, Severity};
use xhslint::lint::lint_source;
use xhslint::settings::Settings;

struct Linted {
    source: String,
    diagnostics: Vec<Diagnostic>,
}

impl Linted {
    fn texts_of(&self, rule: &str) -> Vec<&str> {
        self.diagnostics
            .iter()
            .filter(|d| d.rule == rule)
            .map(|d| &self.source[d.span.clone()])
            .collect()
    }

    fn only(&self, rule: &str) -> &Diagnostic {
        let found: Vec<&Diagnostic> = self.diagnostics.iter().filter(|d| d.rule == rule).collect();
        assert_eq!(found.len(), 1, "{rule}: {:?}", self.diagnostics);
        found[0]
    }

    /// The source with a suggestion's replacement applied.
    fn fixed(&self, diagnostic: &Diagnostic) -> String {
        let suggestion = &diagnostic.suggestions[0];
        let mut text = self.source.clone();
        for edit in suggestion.edits.iter().rev() {
            text.replace_range(edit.span.clone(), &edit.replacement);
        }
        text
    }
}

fn lint_with(settings: &Settings, text: &str) -> Linted {
    let (note, diagnostics) = lint_source("note.md", text.to_string(), settings);
    Linted {
        source: note.source,
        diagnostics,
    }
}

fn lint(text: &str) -> Linted {
    lint_with(&Settings::default(), text)
}

const CLAIMS: &str = "精华\n\n这是最好的精华\n全网最低价\n";

#[test]
fn the_claims_are_found_without_suppression() {
    assert_eq!(
        lint(CLAIMS).texts_of("absolute-claim"),
        ["最好", "全网最低价"]
    );
}

#[test]
fn next_line_suppresses_only_the_next_line() {
    let linted = lint(
        "精华\n\n<!-- xhslint-disable-next-line absolute-claim -->\n这是最好的精华\n全网最低价\n",
    );
    assert_eq!(linted.texts_of("absolute-claim"), ["全网最低价"]);
    assert!(linted.texts_of("unused-suppression").is_empty());
}

#[test]
fn next_line_with_crlf_line_endings() {
    let linted = lint(
        "精华\r\n\r\n<!-- xhslint-disable-next-line absolute-claim -->\r\n这是最好的精华\r\n全网最低价\r\n",
    );
    assert_eq!(linted.texts_of("absolute-claim"), ["全网最低价"]);
    assert!(linted.texts_of("unused-suppression").is_empty());

    // A lone CR ends a line too.
    let linted = lint(
        "精华\r\r<!-- xhslint-disable-next-line absolute-claim -->\r这是最好的精华\r全网最低价\r",
    );
    assert_eq!(linted.texts_of("absolute-claim"), ["全网最低价"]);
}

#[test]
fn next_line_names_several_rules_and_a_reason() {
    let linted = lint(
        "精华\n\n<!-- xhslint-disable-next-line absolute-claim，pressure-phrase -- 证书见附件 -->\n最好的精华，手慢无\n手慢无\n",
    );
    assert!(linted.texts_of("absolute-claim").is_empty());
    assert_eq!(linted.texts_of("pressure-phrase"), ["手慢无"]);
    assert_eq!(
        linted.source[linted.only("pressure-phrase").span.clone()].len(),
        9
    );
    assert!(linted.texts_of("unused-suppression").is_empty());
    assert!(linted.texts_of("invalid-suppression").is_empty());
}

#[test]
fn disable_and_enable_a_block_for_one_rule() {
    let linted = lint(
        "精华\n\n<!-- xhslint-disable absolute-claim -->\n这是最好的精华，手慢无\n全网最低价\n<!-- xhslint-enable absolute-claim -->\n顶级原料\n",
    );
    assert_eq!(linted.texts_of("absolute-claim"), ["顶级"]);
    assert_eq!(linted.texts_of("pressure-phrase"), ["手慢无"]);
}

#[test]
fn disable_without_rules_switches_off_every_rule_until_enable() {
    let linted = lint(
        "精华\n\n<!-- xhslint-disable -->\n这是最好的精华，手慢无\n<!-- xhslint-enable pressure-phrase -->\n手慢无，全网最低价\n<!-- xhslint-enable -->\n顶级原料\n",
    );
    assert_eq!(linted.texts_of("absolute-claim"), ["顶级"]);
    assert_eq!(linted.texts_of("pressure-phrase"), ["手慢无"]);
    let pressure = linted.only("pressure-phrase");
    assert_eq!(linted.source[..pressure.span.start].lines().count(), 5);
    // A block left open runs to the end of the Note.
    let open = lint("精华\n\n<!-- xhslint-disable absolute-claim -->\n最好的\n\n全网最低价\n");
    assert!(open.texts_of("absolute-claim").is_empty());
}

#[test]
fn front_matter_disable_switches_rules_off_for_the_note() {
    for front in [
        "xhslint:\n  disable: [absolute-claim, hashtag-count]\n",
        "xhslint:\n  disable:\n    - absolute-claim\n    - hashtag-count\n",
        "xhslint:\n  disable: absolute-claim, hashtag-count\n",
    ] {
        let linted = lint(&format!(
            "---\ntitle: 全网最低价的精华\n{front}---\n这是最好的精华\n"
        ));
        assert!(linted.texts_of("absolute-claim").is_empty(), "{front}");
        assert!(linted.texts_of("hashtag-count").is_empty(), "{front}");
        assert!(linted.texts_of("unused-suppression").is_empty(), "{front}");
    }
}

#[test]
fn a_yaml_comment_inside_the_front_matter_suppresses_the_next_line() {
    // An HTML comment is not YAML; inside the front matter the directive is
    // a YAML comment, e.g. above the title it waives. Every line ending.
    for eol in ["\n", "\r\n", "\r"] {
        let text = [
            "---",
            "# xhslint-disable-next-line absolute-claim -- 品牌年度销量证书已核验",
            "title: 全网最低价的精华",
            "tags: [护肤]",
            "---",
            "这是最好的精华",
            "",
        ]
        .join(eol);
        let linted = lint(&text);
        assert_eq!(linted.texts_of("absolute-claim"), ["最好"], "{eol:?}");
        assert!(linted.texts_of("unused-suppression").is_empty());
        assert!(linted.texts_of("front-matter").is_empty());
    }
    // The title line itself still counts when the comment is elsewhere.
    let linted = lint(
        "---\ntitle: 全网最低价的精华\n# xhslint-disable-next-line absolute-claim\ntags: [护肤]\n---\n正文\n",
    );
    assert_eq!(linted.texts_of("absolute-claim"), ["全网最低价"]);
    assert_eq!(
        linted.texts_of("unused-suppression"),
        ["# xhslint-disable-next-line absolute-claim"]
    );
}

#[test]
fn an_html_comment_in_a_front_matter_string_is_not_a_directive() {
    let linted = lint("---\ntitle: \"最好的精华 <!-- xhslint-disable -->\"\n---\n正文\n");
    assert_eq!(linted.texts_of("absolute-claim"), ["最好"]);
}

#[test]
fn an_unused_next_line_is_reported_with_a_fix_that_removes_its_line() {
    let text =
        "精华\r\n\r\n<!-- xhslint-disable-next-line absolute-claim -->\r\n这支精华很清爽\r\n";
    let linted = lint(text);
    let unused = linted.only("unused-suppression");
    assert_eq!(unused.severity, Severity::Info);
    assert_eq!(
        &linted.source[unused.span.clone()],
        "<!-- xhslint-disable-next-line absolute-claim -->"
    );
    assert_eq!(
        unused.message,
        "this `xhslint-disable-next-line` suppresses nothing: no `absolute-claim` finding is reported where it applies"
    );
    assert_eq!(
        unused.suggestions[0].applicability,
        Applicability::MachineApplicable
    );
    assert_eq!(linted.fixed(unused), "精华\r\n\r\n这支精华很清爽\r\n");
}

#[test]
fn an_unused_rule_in_a_comment_is_reported_and_the_fix_keeps_the_others() {
    let linted = lint(
        "精华\n\n<!-- xhslint-disable-next-line absolute-claim, pressure-phrase -- 已核验 -->\n这是最好的精华\n",
    );
    let unused = linted.only("unused-suppression");
    assert_eq!(&linted.source[unused.span.clone()], "pressure-phrase");
    assert_eq!(
        unused.message,
        "this `xhslint-disable-next-line` suppresses nothing for `pressure-phrase`: no such finding is reported where it applies"
    );
    assert_eq!(
        linted.fixed(unused),
        "精华\n\n<!-- xhslint-disable-next-line absolute-claim -- 已核验 -->\n这是最好的精华\n"
    );
}

#[test]
fn unused_blocks_and_front_matter_switches_are_reported() {
    let linted = lint(
        "---\ntitle: 精华\nxhslint:\n  disable: [absolute-claim, off-platform]\n---\n最好的精华\n<!-- xhslint-disable pressure-phrase -->\n这支精华很清爽 <!-- xhslint-disable -->\n",
    );
    assert_eq!(
        linted.texts_of("unused-suppression"),
        [
            "off-platform",
            "<!-- xhslint-disable pressure-phrase -->",
            "<!-- xhslint-disable -->"
        ]
    );
    let disable_all = linted
        .diagnostics
        .iter()
        .find(|d| {
            d.rule == "unused-suppression"
                && linted.source[d.span.clone()] == *"<!-- xhslint-disable -->"
        })
        .expect("disable-all reported");
    // The comment shares its line with copy: only the comment is removed.
    assert_eq!(
        linted.fixed(disable_all),
        "---\ntitle: 精华\nxhslint:\n  disable: [absolute-claim, off-platform]\n---\n最好的精华\n<!-- xhslint-disable pressure-phrase -->\n这支精华很清爽 \n"
    );
    let switch = linted
        .diagnostics
        .iter()
        .find(|d| {
            d.rule == "unused-suppression" && linted.source[d.span.clone()] == *"off-platform"
        })
        .expect("switch reported");
    assert_eq!(
        switch.message,
        "`xhslint.disable` switches off `off-platform`, which reports nothing in this Note"
    );
    assert_eq!(
        switch.suggestions[0].applicability,
        Applicability::HasPlaceholders
    );
}

#[test]
fn a_suppression_of_a_rule_the_config_switches_off_is_not_judged() {
    let config = Config::parse(
        ".xhslint.yaml",
        Path::new("/nonexistent"),
        "rules:\n  absolute-claim: off\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let linted = lint_with(
        &config.settings,
        "精华\n\n<!-- xhslint-disable-next-line absolute-claim -->\n这支精华很清爽\n",
    );
    assert!(linted.texts_of("unused-suppression").is_empty());
}

#[test]
fn unused_suppression_can_be_switched_off() {
    let text = "精华\n\n<!-- xhslint-disable-next-line absolute-claim -->\n这支精华很清爽\n";
    let config = Config::parse(
        ".xhslint.yaml",
        Path::new("/nonexistent"),
        "rules:\n  unused-suppression: off\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        lint_with(&config.settings, text)
            .texts_of("unused-suppression")
            .is_empty()
    );
    let per_note = lint(&format!(
        "---\ntitle: 精华\nxhslint:\n  disable: [unused-suppression]\n---\n{}",
        text.strip_prefix("精华\n").unwrap_or(text)
    ));
    assert!(per_note.texts_of("unused-suppression").is_empty());
}

#[test]
fn an_unknown_rule_in_a_suppression_is_a_warning_with_a_suggestion() {
    let linted = lint("精华\n\n<!-- xhslint-disable-next-line absolut-claim -->\n这是最好的精华\n");
    let invalid = linted.only("invalid-suppression");
    assert_eq!(invalid.severity, Severity::Warning);
    assert_eq!(&linted.source[invalid.span.clone()], "absolut-claim");
    assert_eq!(
        invalid.message,
        "unknown rule `absolut-claim` in a suppression comment, so it suppresses nothing — `xhslint rules` lists the rule ids"
    );
    assert_eq!(invalid.suggestions[0].replacement(), Some("absolute-claim"));
    // The misspelt suppression does not suppress, and is not also "unused".
    assert_eq!(linted.texts_of("absolute-claim"), ["最好"]);
    assert!(linted.texts_of("unused-suppression").is_empty());
}

#[test]
fn an_unknown_rule_in_front_matter_disable_is_a_warning() {
    let linted = lint(
        "---\ntitle: 精华\nxhslint:\n  disable: [absolute-claim, peak-windw]\n---\n最好的精华\n",
    );
    let invalid = linted.only("invalid-suppression");
    assert_eq!(&linted.source[invalid.span.clone()], "peak-windw");
    assert_eq!(
        invalid.message,
        "unknown rule `peak-windw` in `xhslint.disable`, so it suppresses nothing — `xhslint rules` lists the rule ids"
    );
    assert!(linted.texts_of("front-matter").is_empty());
}

#[test]
fn an_unknown_directive_is_a_warning() {
    let linted = lint("精华\n\n这是最好的精华 <!-- xhslint-disable-line absolute-claim -->\n");
    let invalid = linted.only("invalid-suppression");
    assert_eq!(
        invalid.message,
        "unknown directive `xhslint-disable-line` — use `xhslint-disable-next-line`, `xhslint-disable` or `xhslint-enable`"
    );
    assert_eq!(linted.texts_of("absolute-claim"), ["最好"]);
}
