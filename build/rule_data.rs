//! The built-in rule data (`rules/*.yaml`, as listed in
//! `src/text/data_files.rs`) as JSON, for the loaders to read at start-up
//! instead of parsing YAML: a YAML parse of the rule files was a third of a
//! one-line Note's cold start, a JSON parse of the same data is a fraction
//! of that. Each file's top-level `examples:` is left out (only the tests
//! and the docs read examples, from the YAML). `src/model/rule_data.rs`
//! looks a file's JSON up by its YAML text.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use serde_yaml::Value;

use crate::data_files::RULE_FILES;

pub fn write_json(out: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let dir = out.join("rule-data");
    fs::create_dir_all(&dir)?;
    let mut code = String::from("&[\n");
    for (name, text) in RULE_FILES {
        let mut value: Value =
            serde_yaml::from_str(text).map_err(|e| format!("rules/{name}.yaml: {e}"))?;
        if let Value::Mapping(map) = &mut value {
            map.remove("examples");
        }
        let json = serde_json::to_string(&value).map_err(|e| format!("rules/{name}.yaml: {e}"))?;
        fs::write(dir.join(format!("{name}.json")), json)?;
        writeln!(
            code,
            "    (crate::text::data_files::rule_file(\"{name}\"), \
             include_str!(concat!(env!(\"OUT_DIR\"), \"/rule-data/{name}.json\"))),"
        )?;
    }
    code.push(']');
    fs::write(out.join("rule_data.rs"), code)?;
    Ok(())
}
