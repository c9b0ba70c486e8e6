//! Analyses every regex of the built-in rule data (the rule files of
//! `src/text/data_files.rs`: required literals, fewest ASCII digits, group
//! names) so a run
//! need not parse a regex it never builds (see
//! `src/model/pattern/analysis.rs`). The table is keyed by the regex as the
//! loaders expand it: `{NUM}` and the claims' word lists filled in. A regex
//! missed here is still analysed at run time; a test checks none is.
//!
//! Beside the table, the DFAs of the regexes that get them
//! (`build/regex_dfas.rs`), one after the other in `builtin_regex_dfas.bin`;
//! a row gives where its DFAs start, how long each is (the reverse one
//! `None` for a forward DFA searched only from where a match can start)
//! and whether the forward one is dense, the source `regex-lite` reads the
//! regex's groups with, when it gets one (`regex_dfas::lite_source`), and
//! for a regex with DFAs the literals its matches start with
//! (`regex_dfas::prefix_literals`).
//!
//! And the probe sets of all rows, numbered in row order: each row's first
//! set in `builtin_gate_first_sets.rs`, and their index by first bit in
//! `builtin_gate_index.rs` (`fingerprint::ProbeIndex`), which a Note's copy
//! is read against once for every gate.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use serde_yaml::Value;

use crate::analysis::analyze;
use crate::data_files::RULE_FILES;
use crate::fingerprint::{OwnedProbeIndex, Probe, ProbeParts};
use crate::numbers::NUMBER_PATTERN;
use crate::regex_dfas;

pub fn write_table(out: &Path) -> Result<(), Box<dyn std::error::Error>> {
    println!("cargo::rerun-if-changed=rules");
    println!("cargo::rerun-if-changed=src/text/data_files.rs");
    println!("cargo::rerun-if-changed=src/model/pattern/analysis.rs");
    println!("cargo::rerun-if-changed=src/model/pattern/required.rs");
    println!("cargo::rerun-if-changed=src/text/numbers.rs");
    println!("cargo::rerun-if-changed=src/text/fingerprint.rs");

    let mut sources = Vec::new();
    for (name, text) in RULE_FILES {
        let value: Value =
            serde_yaml::from_str(text).map_err(|e| format!("rules/{name}.yaml: {e}"))?;
        let words = placeholder_words(&value);
        let mut found = Vec::new();
        collect(&value, false, &mut found);
        for regex in found {
            let mut expanded = regex.replace("{NUM}", NUMBER_PATTERN);
            for (placeholder, list) in &words {
                expanded = expanded.replace(placeholder.as_str(), list);
            }
            sources.push(expanded);
        }
    }

    // Sorted and unique: the run looks a regex up by binary search.
    let mut table = BTreeMap::new();
    for source in sources {
        // An invalid regex is left to the loaders, which report it in the
        // terms of the rule file.
        if let Ok(analysis) = analyze(&source) {
            table.insert(source, analysis);
        }
    }
    let mut code = String::from("&[\n");
    let mut dfas: Vec<u8> = Vec::new();
    // Every row's probe sets, numbered in row order, and each row's first.
    let mut all_sets: Vec<Vec<Probe>> = Vec::new();
    let mut first_sets: Vec<usize> = Vec::new();
    for (source, analysis) in &table {
        let dfas_built = regex_dfas::build(source);
        let lite = regex_dfas::lite_source(
            source,
            dfas_built.is_some(),
            !analysis.group_names.is_empty(),
        )?;
        let prefixes = if dfas_built.is_some() {
            regex_dfas::prefix_literals(source)?
        } else {
            None
        };
        let dfa = match dfas_built {
            Some(regex_dfas::Dfas {
                forward,
                forward_is_dense,
                reverse,
            }) => {
                // A dense DFA is read in place as `u32`s: it starts on a
                // multiple of four, and the run aligns the table itself.
                dfas.resize(dfas.len().next_multiple_of(4), 0);
                let start = dfas.len();
                dfas.extend_from_slice(&forward);
                dfas.extend_from_slice(reverse.as_deref().unwrap_or_default());
                format!(
                    "Some(({start}, {}, {:?}, {forward_is_dense}))",
                    forward.len(),
                    reverse.as_ref().map(Vec::len)
                )
            }
            None => "None".to_string(),
        };
        let sets: Vec<String> = analysis
            .required
            .iter()
            .map(|set| format!("&{set:?}"))
            .collect();
        // The fingerprint probes of the same literals, as `Probe::new`
        // makes them, so a run need not hash them again.
        let row_sets: Vec<Vec<Probe>> = analysis
            .required
            .iter()
            .map(|set| {
                set.iter()
                    .filter_map(|literal| Probe::new(literal))
                    .collect()
            })
            .collect();
        let probes: Vec<String> = row_sets
            .iter()
            .map(|set| {
                let set: Vec<String> = set
                    .iter()
                    .map(|probe| match probe.parts() {
                        ProbeParts::Char(bit) => format!("Probe::char({bit})"),
                        ProbeParts::Pairs(first, rest) => {
                            format!("Probe::pairs({first}, &{rest:?})")
                        }
                    })
                    .collect();
                format!("&[{}]", set.join(", "))
            })
            .collect();
        writeln!(
            code,
            "    ({source:?}, &[{}], {}, &{:?}, &[{}], {dfa}, {lite:?}, {}),",
            sets.join(", "),
            analysis.min_digits,
            analysis.group_names,
            probes.join(", "),
            match prefixes {
                Some(literals) => {
                    let literals: Vec<String> =
                        literals.iter().map(|l| format!("&{l:?}")).collect();
                    format!("Some(&[{}])", literals.join(", "))
                }
                None => "None".to_string(),
            }
        )?;
        first_sets.push(all_sets.len());
        all_sets.extend(row_sets);
    }
    code.push(']');
    fs::write(out.join("builtin_regexes.rs"), code)?;
    fs::write(out.join("builtin_regex_dfas.bin"), dfas)?;
    fs::write(
        out.join("builtin_gate_first_sets.rs"),
        format!("&{first_sets:?}"),
    )?;
    let index = OwnedProbeIndex::build(all_sets.iter().map(Vec::as_slice));
    fs::write(out.join("builtin_gate_index.rs"), index_code(&index))?;
    Ok(())
}

/// The [`ProbeIndex`](crate::fingerprint::ProbeIndex) literal of `index`.
fn index_code(index: &OwnedProbeIndex<'_>) -> String {
    let probes: Vec<String> = index
        .pair_probes
        .iter()
        .map(|(set, rest)| format!("({set}, &{rest:?})"))
        .collect();
    format!(
        "ProbeIndex {{\n    sets: {},\n    pair_starts: &{:?},\n    pair_probes: &[{}],\n    \
         char_starts: &{:?},\n    char_sets: &{:?},\n    pair_mask: &{:?},\n    \
         char_mask: &{:?},\n}}",
        index.sets,
        index.pair_starts,
        probes.join(", "),
        index.char_starts,
        index.char_sets,
        index.pair_mask,
        index.char_mask
    )
}

/// The `words:` map of a rule file as `{name}` → its alternatives.
fn placeholder_words(value: &Value) -> Vec<(String, String)> {
    value
        .get("words")
        .and_then(Value::as_mapping)
        .map(|map| {
            map.iter()
                .filter_map(|(k, v)| {
                    Some((format!("{{{}}}", k.as_str()?), v.as_str()?.to_string()))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Every `regex:` value, and every entry of a veto's `before:`/`after:` list.
fn collect(value: &Value, in_veto: bool, out: &mut Vec<String>) {
    match value {
        Value::Mapping(map) => {
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
        Value::Sequence(items) => {
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
