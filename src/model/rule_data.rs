//! Reading the built-in rule data. `build.rs` turns each `rules/*.yaml`
//! into JSON (its top-level `examples:` left out), because parsing the YAML
//! was a third of a one-line Note's cold start; a loader handed a built-in
//! file's YAML text reads its JSON instead. Any other text is read as YAML.

use serde::de::DeserializeOwned;

/// Each built-in rule file: its YAML text and that data as JSON.
const BUILT_IN: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/rule_data.rs"));

/// The JSON of a built-in rule file, given its YAML text.
fn json_of(yaml: &str) -> Option<&'static str> {
    BUILT_IN
        .iter()
        .find(|(text, _)| text.len() == yaml.len() && *text == yaml)
        .map(|&(_, json)| json)
}

/// Reads rule data into `T`: from the precompiled JSON for a built-in file,
/// else from the YAML. Not for a file's `examples:`, which the JSON lacks.
/// The loaders' own tests call this on every built-in file, so the JSON
/// reading is what they test.
pub fn parse<T: DeserializeOwned>(yaml: &str) -> Result<T, String> {
    match json_of(yaml) {
        Some(json) => serde_json::from_str(json).map_err(|e| format!("as compiled: {e}")),
        None => serde_yaml::from_str(yaml).map_err(|e| e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_file_is_built_in_and_its_json_is_its_yaml_without_examples() {
        for (name, yaml) in crate::text::data_files::RULE_FILES {
            let json = json_of(yaml).unwrap_or_else(|| panic!("rules/{name}.yaml not built in"));
            let mut from_yaml: serde_json::Value = serde_yaml::from_str(yaml).expect("yaml");
            if let Some(map) = from_yaml.as_object_mut() {
                map.remove("examples");
            }
            let from_json: serde_json::Value = serde_json::from_str(json).expect("json");
            assert_eq!(from_yaml, from_json, "rules/{name}.yaml");
        }
        assert_eq!(BUILT_IN.len(), crate::text::data_files::RULE_FILES.len());
    }

    #[test]
    fn other_text_is_read_as_yaml() {
        let value: serde_json::Value = parse("a: [1, two]\n").expect("yaml");
        assert_eq!(value, serde_json::json!({"a": [1, "two"]}));
    }

    #[test]
    fn a_text_that_does_not_parse_is_an_error() {
        assert!(parse::<serde_json::Value>("a: [1\n").is_err());
    }
}
