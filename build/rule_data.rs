//! The built-in rule data (`rules/*.yaml`) as JSON, for the loaders to read
//! at start-up instead of parsing YAML: a YAML parse of the rule files was a
//! third of a one-line Note's cold start, a JSON parse of the same data is a
//! fraction of that. Each file's top-level `examples:` is left out (only the
//! tests and the docs read examples, from the YAML). `src/model/rule_data.rs`
//! looks a file's JSON up by its YAML text.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use serde_yaml::Value;

const RULES: &str = "rules";

pub fn write_json(out: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let mut files: Vec<_> = fs::read_dir(RULES)?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    files.retain(|path| path.extension().is_some_and(|ext| ext == "yaml"));
    files.sort();

    let dir = out.join("rule-data");
    fs::create_dir_all(&dir)?;
    let mut code = String::from("&[\n");
    for path in &files {
        let mut value: Value = serde_yaml::from_str(&fs::read_to_string(path)?)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        if let Value::Mapping(map) = &mut value {
            map.remove("examples");
        }
        let json = serde_json::to_string(&value).map_err(|e| format!("{}: {e}", path.display()))?;
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .ok_or_else(|| format!("{}: not a UTF-8 file name", path.display()))?;
        fs::write(dir.join(format!("{name}.json")), json)?;
        writeln!(
            code,
            "    (include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/{RULES}/{name}\")), \
             include_str!(concat!(env!(\"OUT_DIR\"), \"/rule-data/{name}.json\"))),"
        )?;
    }
    code.push(']');
    fs::write(out.join("rule_data.rs"), code)?;
    Ok(())
}
