//! The optional `crosscheck.toml` beside the articles: alias corrections (merge/split) and
//! pinned rounds. A broken file is an error that names the line.

use serde::Deserialize;

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
}
