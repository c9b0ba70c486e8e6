//! Turning one config file into the [`Settings`] and file selection it
//! stands for. Runs once per distinct config file.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::dictionary;
use super::error::ConfigError;
use super::locate;
use super::schema::{Level, RawConfig};
use super::select::Selection;
use crate::i18n::Text;
use crate::msg;
use crate::rules::HashtagCount;
use crate::settings::Settings;
use crate::text::lexicon::Lexicon;
use crate::text::lexicons::{BUILTIN, LexiconSet, builtin_lexicons};
use crate::text::normalize::Normalized;
use crate::text::segment::Segmenter;

/// A loaded config: what one lint run applies to the files it governs.
pub struct Config {
    /// The file it was read from; `None` for the built-in defaults.
    pub path: Option<PathBuf>,
    pub settings: Arc<Settings>,
    pub selection: Selection,
}

impl Config {
    /// The built-in defaults, used when no config file applies.
    pub fn defaults() -> Config {
        Config {
            path: None,
            settings: Arc::new(Settings::default()),
            selection: Selection::default(),
        }
    }

    /// Reads and applies the config file at `path`.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let display = display(path);
        if path.is_dir() {
            return Err(ConfigError::at(
                &display,
                None,
                crate::msg!("config-is-directory"),
            ));
        }
        let source = std::fs::read_to_string(path).map_err(|e| {
            ConfigError::at(
                &display,
                None,
                crate::msg!("config-cannot-read", reason = e.to_string()),
            )
        })?;
        let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        let base = absolute.parent().unwrap_or(Path::new("."));
        let mut config = Config::parse(&display, base, &source)?;
        config.path = Some(path.to_path_buf());
        Ok(config)
    }

    /// Applies config text named `display`, whose relative paths are
    /// relative to `base`. Words it adds to lexicons join a segmenter of
    /// its own here, so they are known before any of its Notes is linted
    /// and never reach another config's.
    pub fn parse(display: &str, base: &Path, source: &str) -> Result<Config, ConfigError> {
        let source = source.strip_prefix('\u{FEFF}').unwrap_or(source);
        if let Some(at) = crate::input::yaml_depth::too_deep(source) {
            return Err(ConfigError::at(
                display,
                Some(locate::position(source, at)),
                crate::msg!(
                    "config-too-deep",
                    depth = crate::input::yaml_depth::MAX_DEPTH.to_string()
                ),
            ));
        }
        let raw: RawConfig = if source.trim().is_empty() {
            RawConfig::default()
        } else {
            serde_yaml::from_str::<Option<RawConfig>>(source)
                .map_err(|e| relocate_duplicate(ConfigError::from_yaml(display, &e), source))?
                .unwrap_or_default()
        };
        let builder = Builder {
            display,
            base,
            source,
        };
        builder.build(raw)
    }
}

/// serde reports a key written twice at its mapping's start; point at the
/// second key instead.
fn relocate_duplicate(mut error: ConfigError, source: &str) -> ConfigError {
    if let Some(key) = error
        .message
        .strip_prefix('`')
        .and_then(|m| m.split_once("` is set twice"))
        .map(|(key, _)| key.to_string())
    {
        let path: Vec<&str> = key.split('.').collect();
        if let Some(position) = locate::repeated_key(source, &path) {
            error.position = Some(position);
        }
    }
    error
}

/// A path as shown in messages: relative to the working directory when it
/// lies below it, without `./`.
pub(super) fn display(path: &Path) -> String {
    let relative = std::env::current_dir()
        .ok()
        .and_then(|cwd| path.strip_prefix(cwd).ok().map(Path::to_path_buf))
        .unwrap_or_else(|| path.to_path_buf());
    let text = relative.display().to_string();
    text.strip_prefix("./").map(str::to_string).unwrap_or(text)
}

struct Builder<'a> {
    display: &'a str,
    base: &'a Path,
    source: &'a str,
}

impl Builder<'_> {
    fn error_at(&self, position: (usize, usize), message: impl Into<Text>) -> ConfigError {
        ConfigError::at(self.display, Some(position), message)
    }

    fn build(&self, raw: RawConfig) -> Result<Config, ConfigError> {
        let mut settings = Settings::default();
        let mut words: Vec<String> = Vec::new();

        for (meta, option, value) in raw.section_values() {
            settings.options.set(meta.id, option.name, *value);
        }
        self.apply_rules(&raw, &mut settings)?;
        self.check_hashtag_range(&raw, &settings)?;
        settings.category = raw.category.as_ref().map(|c| c.0.clone());
        settings.kind = raw.kind.as_ref().map(|k| k.0.clone());
        settings.lang = raw.lang.map(Into::into);

        for word in raw.dictionary.iter().flatten() {
            if word.trim().is_empty() {
                let at = locate::key(self.source, &["dictionary"]);
                return Err(self.error_at(at, msg!("config-empty-word")));
            }
            words.push(fold(word.trim()));
        }
        for file in raw.dictionary_files.iter().flatten() {
            words.extend(self.read_dictionary(file)?.into_iter().map(|w| fold(&w)));
        }
        words.sort();
        words.dedup();

        let (lexicons, lexicon_words) = self.lexicons(&raw)?;
        if let Some(lexicons) = lexicons {
            settings.lexicons = Arc::new(lexicons);
        }

        let selection = Selection::new(
            self.base,
            raw.include.as_deref(),
            raw.exclude.as_deref(),
        )
        .map_err(|bad| {
            let at = locate::item(self.source, &[bad.key], &bad.glob);
            self.error_at(
                at,
                format!(
                    "`{}` is not a valid glob: {} — use `*`, `**`, `?` and `[...]`, e.g. `drafts/**`",
                    bad.glob, bad.message
                ),
            )
        })?;

        // Lexicon words join this config's segmenter as the built-in ones
        // do, so an added phrase matches on word boundaries. Brand words do
        // not: `PreparedNote` keeps them whole per Note (see `blank_out`).
        settings.segmenter = Segmenter::with_words(lexicon_words.iter().map(String::as_str));
        settings.dictionary = words;
        Ok(Config {
            path: None,
            settings: Arc::new(settings),
            selection,
        })
    }

    /// Severities and per-rule options. An option also settable in a section
    /// (`title.max_units`) may be set in one place only, unless both agree.
    fn apply_rules(&self, raw: &RawConfig, settings: &mut Settings) -> Result<(), ConfigError> {
        for (meta, setting) in raw.rules.iter().flat_map(|t| &t.0) {
            match setting.severity {
                Some(Level::Off) => {
                    settings.severities.insert(meta.id.to_string(), None);
                }
                Some(Level::On(severity)) => {
                    settings
                        .severities
                        .insert(meta.id.to_string(), Some(severity));
                }
                None => {}
            }
            for (option, value) in &setting.options {
                if let Some(alias) = option.alias
                    && raw.section_value(meta, option).is_some_and(|v| v != *value)
                {
                    let at = locate::key(self.source, &["rules", meta.id, option.name]);
                    let (section, key) = alias.split_once('.').unwrap_or((alias, ""));
                    let (line, _) = locate::key(self.source, &[section, key]);
                    return Err(self.error_at(
                        at,
                        msg!(
                            "config-contradicts",
                            key = format!("rules.{}.{}", meta.id, option.name),
                            alias = alias,
                            line = line.to_string()
                        ),
                    ));
                }
                settings.options.set(meta.id, option.name, *value);
            }
        }
        Ok(())
    }

    fn check_hashtag_range(&self, raw: &RawConfig, settings: &Settings) -> Result<(), ConfigError> {
        let (min, max) = (HashtagCount::min(settings), HashtagCount::max(settings));
        if min <= max {
            return Ok(());
        }
        let rule = &HashtagCount::META;
        let set_in_rule = raw
            .rules
            .iter()
            .flat_map(|t| &t.0)
            .any(|(meta, setting)| meta.id == rule.id && !setting.options.is_empty());
        let at = if set_in_rule {
            locate::key(self.source, &["rules", rule.id])
        } else {
            // Where the section sets the lower bound (`hashtags.min`).
            let alias = rule
                .options
                .first()
                .and_then(|o| o.alias)
                .unwrap_or_default();
            let path: Vec<&str> = alias.split('.').collect();
            locate::key(self.source, &path)
        };
        Err(self.error_at(
            at,
            msg!(
                "config-hashtag-range",
                min = min.to_string(),
                max = max.to_string(),
                default_min =
                    HashtagCount::min(&crate::settings::OptionValues::default()).to_string(),
                default_max =
                    HashtagCount::max(&crate::settings::OptionValues::default()).to_string()
            ),
        ))
    }

    fn read_dictionary(&self, file: &str) -> Result<Vec<String>, ConfigError> {
        let path = self.base.join(file);
        let at = || locate::item(self.source, &["dictionary_files"], file);
        let text = std::fs::read(&path).map_err(|e| {
            self.error_at(
                at(),
                msg!(
                    "config-dictionary-unreadable",
                    file = file,
                    path = path.display().to_string(),
                    reason = e.to_string()
                ),
            )
        })?;
        let text = String::from_utf8(text).map_err(|e| {
            self.error_at(
                at(),
                msg!(
                    "config-dictionary-not-utf8",
                    file = file,
                    offset = e.utf8_error().valid_up_to().to_string()
                ),
            )
        })?;
        let shown = Path::new(self.display)
            .parent()
            .map(|dir| dir.join(file).display().to_string())
            .unwrap_or_else(|| file.to_string());
        dictionary::parse(&shown, &text)
    }

    /// The lexicons with the config's additions and removals, `None` when
    /// it changes none (the built-in set is shared then), and the words
    /// added, for the segmenter.
    fn lexicons(&self, raw: &RawConfig) -> Result<(Option<LexiconSet>, Vec<String>), ConfigError> {
        let Some(table) = raw.lexicons.as_ref().filter(|t| !t.0.is_empty()) else {
            return Ok((None, Vec::new()));
        };
        let mut lexicons = builtin_lexicons();
        let mut added = Vec::new();
        for (name, edit) in &table.0 {
            let Some(lexicon) = lexicons.iter_mut().find(|l| l.name == *name) else {
                continue;
            };
            // Sets, not scans: a config may add or remove 200,000 entries.
            let mut known: HashSet<String> =
                lexicon.entries.iter().map(|e| e.term.to_string()).collect();
            let mut removed: HashSet<String> = HashSet::new();
            for term in edit.remove.iter().flatten() {
                let term = fold(term.trim());
                if !known.contains(&term) {
                    let at = locate::item(self.source, &["lexicons", name, "remove"], &term);
                    return Err(self.error_at(
                        at,
                        msg!("config-not-in-lexicon", term = term.as_str(), name = *name),
                    ));
                }
                removed.insert(term);
            }
            if !removed.is_empty() {
                lexicon.remove(removed.iter().map(String::as_str));
                known.retain(|t| !removed.contains(t));
            }
            for item in edit.add.iter().flatten() {
                let parsed = Lexicon::parse(name, item).map_err(|e| {
                    let at = locate::item(self.source, &["lexicons", name, "add"], item);
                    self.error_at(
                        at,
                        format!(
                            "`{}` is not a valid lexicon entry: {} — write a word, or a family such as `第一{{坊,站}}`",
                            shortened(item),
                            e.message
                        ),
                    )
                })?;
                if parsed.entries.is_empty() {
                    let at = locate::key(self.source, &["lexicons", name, "add"]);
                    return Err(self.error_at(at, msg!("config-lexicon-empty-entry", name = *name)));
                }
                for mut entry in parsed.entries.into_owned() {
                    let term = fold(&entry.term);
                    entry.line = 0;
                    if known.insert(term.clone()) {
                        added.push(term.clone());
                        entry.term = term.into();
                        lexicon.entries.to_mut().push(entry);
                    }
                }
            }
        }
        let roles = BUILTIN.iter().map(|(_, role, _)| *role);
        Ok((
            Some(LexiconSet::new(lexicons.into_iter().zip(roles).collect())),
            added,
        ))
    }
}

/// `text` cut to its first characters when long, for a message.
fn shortened(text: &str) -> String {
    match text.char_indices().nth(24) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}

/// A word as matching sees it (full-width folded, invisible marks dropped).
fn fold(word: &str) -> String {
    Normalized::new(word, 0).as_str().to_string()
}
