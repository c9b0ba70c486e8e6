//! A pattern's regex is built and run only on texts that hold the literals
//! it requires (`rules::pattern`). The gate must never change a result:
//! every regex of the rule data, gated, finds exactly what the plain regex
//! finds, on texts made of the regex's own words, numbers in every form,
//! punctuation and noise.

use proptest::prelude::*;
use regex::Regex;
use regex_automata::dfa::{dense, sparse};

use xhslint::rules::pattern::{
    Build, GatedRegex, GroupReader, Searcher, analyze, builtin_analysis, builtin_dfa_bytes,
    builtin_lite_source,
};
use xhslint::text::Haystack;
use xhslint::text::data_files::RULE_FILES;
use xhslint::text::fingerprint::Fingerprint;
use xhslint::text::numbers::NUMBER_PATTERN;

/// Every regex in the rule files (pattern `regex:` keys and the claims'
/// veto lists), placeholders expanded as the loaders expand them: `{NUM}`
/// and the file's own `words:`.
fn rule_regexes() -> Vec<String> {
    let mut found = Vec::new();
    for (name, text) in RULE_FILES {
        let value: serde_yaml::Value =
            serde_yaml::from_str(text).unwrap_or_else(|e| panic!("rules/{name}.yaml: {e}"));
        let words: Vec<(String, String)> = value
            .get("words")
            .and_then(serde_yaml::Value::as_mapping)
            .into_iter()
            .flatten()
            .filter_map(|(k, v)| Some((format!("{{{}}}", k.as_str()?), v.as_str()?.to_string())))
            .collect();
        let mut regexes = Vec::new();
        collect(&value, false, &mut regexes);
        found.extend(regexes.into_iter().map(|regex| {
            let mut source = regex.replace("{NUM}", NUMBER_PATTERN);
            for (placeholder, list) in &words {
                source = source.replace(placeholder, list);
            }
            source
        }));
    }
    found
}

fn collect(value: &serde_yaml::Value, in_veto: bool, out: &mut Vec<String>) {
    match value {
        serde_yaml::Value::Mapping(map) => {
            for (key, value) in map {
                let key = key.as_str().unwrap_or_default();
                if key == "regex"
                    && let Some(regex) = value.as_str()
                {
                    out.push(regex.to_string());
                }
                collect(value, key == "before" || key == "after", out);
            }
        }
        serde_yaml::Value::Sequence(items) => {
            for item in items {
                match item.as_str() {
                    Some(regex) if in_veto => out.push(regex.to_string()),
                    _ => collect(item, false, out),
                }
            }
        }
        _ => {}
    }
}

/// The runs of plain characters in a regex's source: its words.
fn words_of(source: &str) -> Vec<String> {
    source
        .split(|c: char| "\\()[]{}|?*+.^$:<>".contains(c) || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn all_words() -> Vec<String> {
    let mut words: Vec<String> = rule_regexes().iter().flat_map(|r| words_of(r)).collect();
    words.sort();
    words.dedup();
    words
}

fn piece(words: Vec<String>) -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(words),
        1 => "[0-9]{1,4}",
        1 => "[一二两三五十百千万半]{1,2}",
        1 => proptest::sample::select(vec![
            " ", "，", "。", "！", "¥", "$", "%", ".", ":", "-", "\n", "|", "😂", "个", "的",
            "\u{3000}", " \t", "\r\n",
        ])
        .prop_map(str::to_string),
        1 => "[\\u{4e00}-\\u{9fa5}a-zA-Z]{1,3}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(piece(all_words()), 0..24).prop_map(|pieces| pieces.concat())
}

fn compiled() -> &'static [(Regex, GatedRegex)] {
    static COMPILED: std::sync::OnceLock<Vec<(Regex, GatedRegex)>> = std::sync::OnceLock::new();
    COMPILED.get_or_init(|| {
        rule_regexes()
            .iter()
            .map(|source| {
                (
                    Regex::new(source).expect("valid regex"),
                    GatedRegex::new(source).expect("valid regex"),
                )
            })
            .collect()
    })
}

/// What the gated regex finds, built both ways; the two must agree, on the
/// whole matches and on every named group of each (a quick build searches
/// with the stored DFAs where there are some).
fn gated_matches(gated: &GatedRegex, haystack: &Haystack) -> Vec<std::ops::Range<usize>> {
    let names = analyze(gated.source()).expect("valid regex").group_names;
    let text = haystack.as_str();
    let search = |regex: Option<Searcher>| {
        let Some(regex) = regex else {
            return (Vec::new(), Vec::new());
        };
        let found: Vec<_> = regex.find_iter(text).collect();
        let groups: Vec<Vec<_>> = regex
            .captures_iter(text)
            .map(|caps| {
                let whole = caps.get(0).map(|m| m.range());
                let named = names.iter().map(|name| caps.name(name).map(|m| m.range()));
                std::iter::once(whole).chain(named).collect()
            })
            .collect();
        (found, groups)
    };
    // What a run of a few Notes and of many searches with (stored DFAs or
    // a compiled regex), against the prefiltered regex compiled for the
    // same text.
    let quick = search(gated.built_for_text(haystack, Build::Quick));
    let tuned = search(gated.built_for_text(haystack, Build::Tuned));
    let compiled = search(
        gated
            .built_for_text(haystack, Build::Tuned)
            .and(gated.compiled(Build::Tuned))
            .map(Searcher::Compiled),
    );
    assert_eq!(quick, compiled, "{}", gated.source());
    assert_eq!(tuned, compiled, "{}", gated.source());
    let (found, groups) = compiled;
    let wholes: Vec<_> = groups.iter().filter_map(|g| g[0].clone()).collect();
    assert_eq!(found, wholes, "{}", gated.source());
    found
}

/// Every `note:` of every rule file's examples, and every claims example.
fn example_notes() -> Vec<String> {
    let mut notes = Vec::new();
    for (_, file) in RULE_FILES {
        for line in file.lines() {
            let line = line.trim_start().trim_start_matches("- ");
            if let Some(note) = line.strip_prefix("note: ")
                && let Ok(serde_yaml::Value::String(note)) = serde_yaml::from_str(note)
            {
                notes.push(note);
            }
        }
    }
    notes
}

/// Asserts every rule regex, gated, finds in `text` what it finds plain;
/// how many of them match it.
/// Both ways a gate is asked: probe by probe, and from the built-in sets a
/// Note's copy was read against at once.
fn gated_as_plain(text: &str) -> usize {
    let indexed = Fingerprint::indexed(text);
    let haystacks = [Haystack::new(text), Haystack::fingerprinted(text, &indexed)];
    let mut matched = 0;
    for (plain, gated) in compiled() {
        let expected: Vec<_> = plain.find_iter(text).map(|m| m.range()).collect();
        matched += usize::from(!expected.is_empty());
        for haystack in &haystacks {
            assert_eq!(
                gated_matches(gated, haystack),
                expected,
                "{} on {text:?}",
                plain.as_str()
            );
        }
    }
    matched
}

#[test]
fn gating_changes_nothing_on_the_rule_examples() {
    let notes = example_notes();
    assert!(notes.len() >= 90, "{}", notes.len());
    let matched: usize = notes.iter().map(|note| gated_as_plain(note)).sum();
    // The examples exercise the regexes, not only their gates.
    assert!(matched >= 80, "{matched}");
}

/// White space a regex's `\s*` takes between two words: the gate reads a
/// pair of words across it, and must admit every text the regex matches.
#[test]
fn gating_changes_nothing_with_white_space_between_the_words() {
    let mut matched = 0;
    for note in example_notes() {
        let chars: Vec<char> = note.chars().collect();
        let spaced = [
            chars.iter().map(|c| format!("{c} ")).collect::<String>(),
            chars.iter().map(|c| format!("{c}\u{3000}\t")).collect(),
            chars
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    if i % 2 == 1 {
                        format!("{c}\r\n")
                    } else {
                        c.to_string()
                    }
                })
                .collect(),
        ];
        matched += spaced
            .iter()
            .map(|text| gated_as_plain(text))
            .sum::<usize>();
    }
    // Spaced out, the examples still match regexes that allow the space.
    assert!(matched >= 40, "{matched}");
}

#[test]
fn the_rule_files_hold_the_regexes_under_test() {
    // Patterns and veto lists of every file with regexes.
    assert!(compiled().len() > 90, "{}", compiled().len());
}

#[test]
fn every_rule_regex_is_analysed_at_build_time_as_at_run_time() {
    // A regex missing from the build-time table would still work, parsed
    // at run time; but every run would pay for parsing it.
    for source in rule_regexes() {
        let built = builtin_analysis(&source)
            .unwrap_or_else(|| panic!("not analysed by build.rs: {source}"));
        assert_eq!(built, analyze(&source).expect("valid regex"), "{source}");
    }
    assert_eq!(builtin_analysis("(?:淘宝|京东)搜同款"), None);
}

#[test]
fn the_build_time_table_keeps_literals_and_group_names() {
    let source = r"(?P<span>(?:仅剩|只剩)\s*(?P<num>\d+))";
    let analysis = builtin_analysis(source);
    // Not a rule regex: analysed at run time, with the same reading.
    assert_eq!(analysis, None);
    let analysis = analyze(source).expect("valid");
    assert_eq!(analysis.required, [vec!["仅剩", "只剩"]]);
    assert_eq!(analysis.group_names, ["span", "num"]);
}

#[test]
fn a_text_without_the_required_words_never_builds_the_regex() {
    let gated = GatedRegex::new("(?:淘宝|京东)(?:上|里)?(?:搜|下单)").expect("valid");
    assert!(
        gated
            .for_text(&Haystack::new("秋冬的羊毛开衫，去商场试了"))
            .is_none()
    );
    assert!(gated.for_text(&Haystack::new("淘宝上搜同款")).is_some());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn gating_never_changes_what_a_regex_finds(text in text()) {
        let haystack = Haystack::new(&text);
        let indexed = Fingerprint::indexed(&text);
        let read_at_once = Haystack::fingerprinted(&text, &indexed);
        for (plain, gated) in compiled() {
            let expected: Vec<_> = plain.find_iter(&text).map(|m| m.range()).collect();
            prop_assert_eq!(gated_matches(gated, &haystack), expected.clone(), "{}", plain.as_str());
            prop_assert_eq!(gated_matches(gated, &read_at_once), expected, "{}", plain.as_str());
        }
    }

    #[test]
    fn a_fingerprint_of_a_longer_text_gates_a_part_of_it(
        before in text(),
        part in text(),
        after in text(),
    ) {
        let whole = format!("{before}{part}{after}");
        let outer = Haystack::new(&whole);
        let haystack = Haystack::fingerprinted(&part, outer.fingerprint());
        let indexed = Fingerprint::indexed(&whole);
        let read_at_once = Haystack::fingerprinted(&whole, &indexed);
        let part_read_at_once = read_at_once.part(&part);
        for (plain, gated) in compiled() {
            let expected: Vec<_> = plain.find_iter(&part).map(|m| m.range()).collect();
            prop_assert_eq!(gated_matches(gated, &haystack), expected.clone(), "{}", plain.as_str());
            prop_assert_eq!(
                gated_matches(gated, &part_read_at_once),
                expected,
                "{}",
                plain.as_str()
            );
        }
    }
}

#[path = "../build/regex_dfas.rs"]
mod regex_dfas;

#[test]
fn the_stored_dfas_are_what_the_builder_makes_now() {
    let (mut stored, mut dense_forward, mut with_prefixes, mut forward_only) = (0, 0, 0, 0);
    for source in rule_regexes() {
        let rebuilt = regex_dfas::build(&source);
        let stored_bytes = builtin_dfa_bytes(&source);
        // What the run loads unchecked passes the full validation, in place.
        if let Some(bytes) = stored_bytes {
            if bytes.forward_is_dense {
                dense::DFA::from_bytes(bytes.forward).unwrap_or_else(|e| panic!("{source}: {e}"));
                dense_forward += 1;
            } else {
                sparse::DFA::from_bytes(bytes.forward).unwrap_or_else(|e| panic!("{source}: {e}"));
            }
            if let Some(reverse) = bytes.reverse {
                sparse::DFA::from_bytes(reverse).unwrap_or_else(|e| panic!("{source}: {e}"));
            } else {
                // Searched only from where a match can start.
                assert!(bytes.prefixes.is_some(), "{source}");
                forward_only += 1;
            }
        }
        let found = stored_bytes.map(|bytes| regex_dfas::Dfas {
            forward: bytes.forward.to_vec(),
            forward_is_dense: bytes.forward_is_dense,
            reverse: bytes.reverse.map(<[u8]>::to_vec),
        });
        assert_eq!(found, rebuilt, "{source}");
        // A regex without stored DFAs would be compiled by every run whose
        // Notes hold its literals.
        assert!(found.is_some(), "no stored DFAs: {source}");
        // The literals a batch searches for, where there are DFAs to
        // search from them.
        let prefixes = stored_bytes
            .and_then(|bytes| bytes.prefixes)
            .map(|literals| literals.iter().map(|l| l.to_vec()).collect::<Vec<_>>());
        let expected = regex_dfas::prefix_literals(&source).expect("valid");
        assert_eq!(prefixes, expected.filter(|_| found.is_some()), "{source}");
        with_prefixes += usize::from(prefixes.is_some());
        stored += usize::from(found.is_some());
    }
    // Most regexes are small enough to store with both DFAs, and most of
    // those to store with a dense forward DFA; every kind is searched by
    // the tests. A negated class repeated, as in the DM-to-buy pattern
    // (`[^。.！!？?；;，,]{0,12}?`), makes the six others too large to
    // search from anywhere, even minimized.
    assert!(stored >= 150, "{stored}");
    assert!((4..=12).contains(&forward_only), "{forward_only}");
    assert!(
        (stored * 9 / 10..stored).contains(&dense_forward),
        "{dense_forward} of {stored}"
    );
    // Most have literals every match starts with; the rest start with a
    // class, a repetition or the start of the text.
    assert!(
        (stored * 3 / 4..stored).contains(&with_prefixes),
        "{with_prefixes} of {stored}"
    );
}

#[test]
fn a_sparse_dfa_and_a_batch_search_from_where_a_match_can_start() {
    // A text with every word of the rules passes nearly every gate.
    let everything = all_words().concat();
    let haystack = Haystack::new(&everything);
    let (mut from_candidates, mut whole, mut compiled) = (0, 0, 0);
    for source in rule_regexes() {
        let Some(bytes) = builtin_dfa_bytes(&source) else {
            continue;
        };
        let gated = GatedRegex::new(&source).expect("valid");
        match gated.built_for_text(&haystack, Build::Tuned) {
            Some(Searcher::Stored(_, dfas, GroupReader::Capturer)) => {
                assert!(
                    bytes.forward_is_dense || bytes.prefixes.is_some(),
                    "{source}"
                );
                assert_eq!(dfas.searches_from_candidates(), bytes.prefixes.is_some());
                if dfas.searches_from_candidates() {
                    from_candidates += 1;
                } else {
                    whole += 1;
                }
            }
            Some(Searcher::Compiled(_)) => {
                assert!(
                    !bytes.forward_is_dense && bytes.prefixes.is_none(),
                    "{source}"
                );
                compiled += 1;
            }
            // A class or a repetition can ask for pairs of characters the
            // words alone do not give.
            None => {}
            Some(other) => panic!("{source}: {other:?}"),
        }
        // A dense DFA reads a Note or two faster than the literal search
        // for it builds; a sparse one does not. One stored without a
        // reverse DFA always searches from the literals.
        match gated.built_for_text(&haystack, Build::Quick) {
            Some(Searcher::Stored(_, dfas, GroupReader::Lite)) => assert_eq!(
                dfas.searches_from_candidates(),
                bytes.prefixes.is_some() && (!bytes.forward_is_dense || bytes.reverse.is_none()),
                "{source}"
            ),
            None => {}
            Some(other) => panic!("{source}: {other:?}"),
        }
    }
    assert!(from_candidates >= 120, "{from_candidates}");
    assert!(whole >= 10, "{whole}");
    // Every sparse DFA has literals to search from, so a batch compiles
    // none of the stored regexes.
    assert_eq!(compiled, 0);
}

#[test]
fn a_set_of_literals_the_regex_crate_gives_up_on_is_cut_to_first_characters() {
    // `(?i:amazon|costco|walmart|target|…)` has a prefix for every mix of
    // cases: more than a hundred, which the regex crate's prefilter drops.
    let source = rule_regexes()
        .into_iter()
        .find(|s| s.starts_with("(?P<span>(?:淘宝|某宝|天猫") && s.contains("(?i:amazon"))
        .expect("off-platform's also-sold-at regex");
    let literals = regex_dfas::prefix_literals(&source)
        .expect("valid")
        .expect("literals");
    let has = |literal: &str| literals.iter().any(|l| l == literal.as_bytes());
    // Chinese names by their first character, ASCII ones by two bytes.
    assert!(has("淘") && has("沃") && has("16"), "{literals:?}");
    assert!(
        has("am") && has("Am") && has("aM") && has("AM"),
        "{literals:?}"
    );
    assert!(!has("淘宝") && !has("amazon"), "{literals:?}");
    assert!(literals.len() <= 64, "{}", literals.len());
    // Stored, they find every match the compiled regex does.
    let gated = GatedRegex::new(&source).expect("valid");
    let text = "这款Amazon也有 COSTCO都有。淘宝上也有～天猫也有";
    let haystack = Haystack::new(text);
    let Some(stored @ Searcher::Stored(_, dfas, _)) = gated.built_for_text(&haystack, Build::Quick)
    else {
        panic!("stored DFAs");
    };
    assert!(dfas.searches_from_candidates());
    let found: Vec<_> = stored.find_iter(text).map(|r| &text[r]).collect();
    let expected: Vec<_> = Regex::new(&source)
        .expect("valid")
        .find_iter(text)
        .map(|m| m.as_str())
        .collect();
    assert_eq!(found, expected);
    assert_eq!(found.len(), 4, "{found:?}");
}

#[test]
fn the_stored_lite_sources_are_what_regex_syntax_prints_now() {
    let mut capturers = 0;
    for source in rule_regexes() {
        let has_groups = !analyze(&source).expect("valid").group_names.is_empty();
        let stored = builtin_dfa_bytes(&source).is_some();
        let expected = regex_dfas::lite_source(&source, stored, has_groups).expect("valid");
        let found = builtin_lite_source(&source);
        assert_eq!(found, expected.as_deref(), "{source}");
        // regex-lite reads what was printed.
        if let Some(found) = found {
            regex_lite::Regex::new(found).unwrap_or_else(|e| panic!("{source}: {e}"));
            capturers += 1;
        }
    }
    // The patterns with groups have stored DFAs, and so a source to read
    // their groups with.
    assert!(capturers >= 30, "{capturers}");
}

#[test]
fn a_quick_build_searches_a_stored_regex_with_its_dfas() {
    let source = rule_regexes()
        .into_iter()
        .find(|s| s.contains("淘宝") && builtin_dfa_bytes(s).is_some())
        .expect("a marketplace regex with stored DFAs");
    let gated = GatedRegex::new(&source).expect("valid");
    assert!(gated.has_stored_dfas());
    let haystack = Haystack::new("淘宝搜同款就能买到");
    assert!(matches!(
        gated.built_for_text(&haystack, Build::Quick),
        Some(Searcher::Stored(..))
    ));
    // A batch searches it too, or, should its forward DFA be sparse and
    // start with no literal, compiles it.
    let sparse_without_literals = {
        let bytes = builtin_dfa_bytes(&source).expect("stored");
        !bytes.forward_is_dense && bytes.prefixes.is_none()
    };
    match gated.built_for_text(&haystack, Build::Tuned) {
        Some(Searcher::Stored(..)) => assert!(!sparse_without_literals),
        Some(Searcher::Compiled(_)) => assert!(sparse_without_literals),
        other => panic!("{other:?}"),
    }
    // One too large to search from anywhere is stored as a forward DFA
    // alone, searched from where a match can start by every run.
    let large = rule_regexes()
        .into_iter()
        .find(|s| s.starts_with("(?:订|预订|预定|下单"))
        .expect("the DM-to-buy regex");
    let bytes = builtin_dfa_bytes(&large).expect("stored");
    assert!(bytes.reverse.is_none());
    let gated = GatedRegex::new(&large).expect("valid");
    let asks = Haystack::new("周末想订花束，拼单的姐妹私我，想要的姐妹私信我");
    let compiled: Vec<_> = Searcher::Compiled(gated.compiled(Build::Tuned).expect("valid"))
        .find_iter(asks.as_str())
        .collect();
    // 订花束，拼单 stops at the comma; 拼单的姐妹私我 and 想要的姐妹私信.
    assert_eq!(compiled, [21..42, 45..66]);
    for build in [Build::Quick, Build::Tuned] {
        let Some(stored @ Searcher::Stored(_, dfas, _)) = gated.built_for_text(&asks, build) else {
            panic!("stored, {build:?}");
        };
        assert!(dfas.searches_from_candidates(), "{build:?}");
        assert_eq!(
            stored.find_iter(asks.as_str()).collect::<Vec<_>>(),
            compiled
        );
        assert!(stored.is_match(asks.as_str()));
        assert!(!stored.is_match("周末想订花束，拼单的姐妹看过来"));
    }
    // A regex of a user's config is never stored.
    let own = GatedRegex::new("(?:淘宝|京东)搜同款").expect("valid");
    assert!(!own.has_stored_dfas());
    assert!(matches!(
        own.built_for_text(&haystack, Build::Quick),
        Some(Searcher::Compiled(_))
    ));
}
