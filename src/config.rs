//! The optional `crosscheck.toml` beside the articles: alias corrections (merge/split), key
//! bindings and pinned rounds. A broken file is an error that names the line.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The file name looked for beside the articles.
pub const FILE_NAME: &str = "crosscheck.toml";

/// User corrections to entity merging.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AliasConfig {
    /// Groups of spellings that name one entity; the first is the canonical name.
    #[serde(default)]
    pub merge: Vec<Vec<String>>,
    /// Spellings that must stay their own entity even if the rules would merge them.
    #[serde(default)]
    pub split: Vec<String>,
}

/// Everything `crosscheck.toml` may hold.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    pub aliases: AliasConfig,
    /// Action name -> keys, replacing that action's default keys.
    #[serde(default)]
    pub keys: BTreeMap<String, Vec<String>>,
    /// Article id -> round number, overriding the round crosscheck finds.
    #[serde(default)]
    pub rounds: BTreeMap<String, u32>,
}

/// A config file that exists but cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub path: PathBuf,
    pub message: String,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.message)
    }
}

impl std::error::Error for ConfigError {}

/// Parses config text; the error message names the line and column.
pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
    toml::from_str(text).map_err(|error| {
        let position = error
            .span()
            .map(|span| {
                let before = &text[..span.start.min(text.len())];
                let line = before.matches('\n').count() + 1;
                let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
                format!("line {line}, column {column}: ")
            })
            .unwrap_or_default();
        ConfigError {
            path: path.to_path_buf(),
            message: format!("{position}{}", error.message()),
        }
    })
}

/// Where a config for these inputs would be: an explicit file, else `crosscheck.toml` in
/// the first folder given (or the folder of the first file given).
pub fn locate(explicit: Option<&Path>, inputs: &[PathBuf]) -> Option<PathBuf> {
    if let Some(path) = explicit {
        return Some(path.to_path_buf());
    }
    let first = inputs.first()?;
    let folder = if first.is_dir() {
        first.clone()
    } else {
        first.parent()?.to_path_buf()
    };
    let candidate = folder.join(FILE_NAME);
    candidate.is_file().then_some(candidate)
}

/// Reads the config if there is one; no file means the defaults.
pub fn load(explicit: Option<&Path>, inputs: &[PathBuf]) -> Result<Config, ConfigError> {
    let Some(path) = locate(explicit, inputs) else {
        return Ok(Config::default());
    };
    let bytes = std::fs::read(&path).map_err(|error| ConfigError {
        path: path.clone(),
        message: error.to_string(),
    })?;
    let text = String::from_utf8(bytes).map_err(|_| ConfigError {
        path: path.clone(),
        message: "not valid UTF-8".to_string(),
    })?;
    parse(&text, &path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_file_is_the_default_config() {
        assert_eq!(parse("", Path::new("c.toml")), Ok(Config::default()));
    }

    #[test]
    fn alias_groups_and_keys_parse() {
        let text = "[aliases]\nmerge = [[\"Kyiv\", \"Kiev\"]]\nsplit = [\"Paris Hilton\"]\n\n[keys]\nquit = [\"x\"]\n";
        let config = parse(text, Path::new("c.toml")).expect("valid");
        assert_eq!(
            config.aliases.merge,
            vec![vec!["Kyiv".to_string(), "Kiev".to_string()]]
        );
        assert_eq!(config.keys["quit"], vec!["x".to_string()]);
    }

    #[test]
    fn a_broken_file_names_the_line() {
        let text = "[aliases]\nmerge = [[\"Kyiv\", \"Kiev\"]\n";
        let error = parse(text, Path::new("c.toml")).expect_err("broken");
        assert!(error.message.starts_with("line 2"), "{}", error.message);
    }

    #[test]
    fn unknown_sections_are_rejected_with_their_line() {
        let text = "\n\n[aliasses]\nmerge = []\n";
        let error = parse(text, Path::new("c.toml")).expect_err("unknown");
        assert!(error.message.starts_with("line 3"), "{}", error.message);
        assert!(error.message.contains("aliasses"), "{}", error.message);
    }
}
