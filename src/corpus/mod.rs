//! Files on disk (or the embedded seeds) become `Article` values: decoding, formats,
//! boilerplate cutting and metadata cues live below this module.

use serde::Serialize;
use std::path::PathBuf;

/// One report as crosscheck reads it.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Article {
    /// File stem (`003_3aed758819ddc3bc`), or `stem#N` for the Nth record of a JSON/JSONL file.
    pub id: String,
    /// Where it came from; `None` for the embedded seeds.
    pub path: Option<PathBuf>,
    /// Who published it, only when the text or the record says so.
    pub outlet: Option<String>,
    /// Wire services credited ("With input from Reuters"); reports sharing one copy each other.
    pub wires: Vec<String>,
    pub title: Option<String>,
    /// `YYYY-MM-DD` when a date is found.
    pub published: Option<chrono::NaiveDate>,
    /// The place a dateline names ("ISTANBUL", "WASHINGTON, DC").
    pub dateline: Option<String>,
    pub byline: Option<String>,
    pub url: Option<String>,
    /// The body, boilerplate removed. Mention spans index into these strings.
    pub paragraphs: Vec<String>,
    /// The lines that were cut as boilerplate, kept so a reader can see them.
    pub removed: Vec<String>,
}

/// A problem with one input that did not stop the rest from loading.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    /// The file (or `file#N` record) the warning is about.
    pub path: String,
    pub message: String,
}

/// Everything that was loaded, plus what could not be.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    pub articles: Vec<Article>,
    pub warnings: Vec<Warning>,
}

// TEMPORARY stubs until the corpus branch lands.
#[derive(Debug)]
pub enum LoadError {
    MissingPath(PathBuf),
}
impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "missing")
    }
}
pub fn load(_paths: &[PathBuf]) -> Result<Corpus, LoadError> {
    Ok(load_seeds())
}
pub fn load_seeds() -> Corpus {
    let texts = [
        include_str!("../../seeds/003_3aed758819ddc3bc.txt"),
        include_str!("../../seeds/004_aa322a804f1c0caf.txt"),
    ];
    Corpus {
        articles: texts
            .iter()
            .enumerate()
            .map(|(i, t)| Article {
                id: format!("s{i}"),
                title: t.lines().next().map(String::from),
                paragraphs: t
                    .lines()
                    .filter(|l| !l.trim().is_empty())
                    .map(String::from)
                    .collect(),
                ..Default::default()
            })
            .collect(),
        warnings: vec![],
    }
}
impl Article {
    pub fn display_name(&self) -> String {
        self.outlet
            .clone()
            .or_else(|| self.title.clone())
            .unwrap_or_else(|| self.id.clone())
    }
    pub fn word_count(&self) -> usize {
        self.paragraphs
            .iter()
            .map(|p| p.split_whitespace().count())
            .sum()
    }
}
