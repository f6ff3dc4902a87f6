//! Files on disk (or the embedded seeds) become `Article` values: decoding, formats,
//! boilerplate cutting and metadata cues live below this module.
//!
//! Layout: `decode` (bytes -> text), `formats` and `html` (text -> `Raw` per format),
//! `boilerplate` and `metadata` (generic rules and cues), `assemble` (`Raw` -> `Article`,
//! shared by all formats), `seeds` (the embedded samples), `text` (helpers).

mod assemble;
mod boilerplate;
mod decode;
mod formats;
mod html;
pub(crate) mod metadata;
mod seeds;
pub(crate) mod text;

use formats::{format_for_extension, Format};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

pub use text::MAX_PARAGRAPH_CHARS;

/// Files above this size are skipped with a warning, before they are read.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

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
    /// The day a wire dateline gives without a year ("March 10"); the analysis reads it in
    /// the story's year when `published` is unknown.
    #[serde(skip)]
    pub dateline_day: Option<String>,
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

impl Article {
    /// What to call the article in lists: the outlet if known, else the title, else the id.
    pub fn display_name(&self) -> String {
        self.outlet
            .clone()
            .or_else(|| self.title.clone())
            .or_else(|| self.lead())
            .unwrap_or_else(|| self.id.clone())
    }

    /// The first words of the body, quoted, for a report with neither outlet nor title: a
    /// reader recognises "“Russian and Ukrainian negotiators met…”" where an id means nothing.
    pub fn lead(&self) -> Option<String> {
        let first = self.paragraphs.first()?;
        let words: Vec<&str> = first.split_whitespace().take(8).collect();
        if words.is_empty() {
            return None;
        }
        let ellipsis = if first.split_whitespace().count() > words.len() {
            "…"
        } else {
            ""
        };
        Some(format!("“{}{ellipsis}”", words.join(" ")))
    }

    /// Words in the body (paragraphs only; title and cut lines do not count).
    pub fn word_count(&self) -> usize {
        self.paragraphs.iter().map(|p| text::word_count(p)).sum()
    }
}

/// Why `load` produced no corpus at all. Per-file problems are `Warning`s instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// A path given on the command line does not exist.
    MissingPath(PathBuf),
    /// Everything was read, but not one article came out of it.
    NoArticles { warnings: Vec<Warning> },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::MissingPath(p) => write!(f, "no such file or folder: {}", p.display()),
            LoadError::NoArticles { warnings } if warnings.is_empty() => {
                write!(
                    f,
                    "no articles found (no .txt, .md, .html, .json or .jsonl files)"
                )
            }
            LoadError::NoArticles { warnings } => {
                write!(f, "no articles could be loaded:")?;
                for w in warnings {
                    write!(f, "\n  {}: {}", w.path, w.message)?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for LoadError {}

/// Reads one file's bytes as the article(s) it holds; `name` is the file name or path
/// (its extension picks the format, unknown extensions read as plain text; its stem is
/// the id). Never panics: every problem becomes a `Warning`.
pub fn parse_bytes(name: &str, bytes: &[u8]) -> (Vec<Article>, Vec<Warning>) {
    let mut warnings = Vec::new();
    let warn = |path: &str, message: String| Warning {
        path: path.to_string(),
        message,
    };
    let decoded = match decode::decode(bytes) {
        Ok(d) => d,
        Err(message) => return (Vec::new(), vec![warn(name, message)]),
    };
    warnings.extend(decoded.notes.into_iter().map(|m| warn(name, m)));
    let path = Path::new(name);
    let stem = path
        .file_stem()
        .map_or_else(|| name.to_string(), |s| s.to_string_lossy().into_owned());
    let format = path
        .extension()
        .and_then(|e| format_for_extension(&e.to_string_lossy()))
        .unwrap_or(Format::Text);
    let text = decoded.text.as_str();
    let (raws, notes) = match format {
        Format::Text => (vec![formats::plain(&stem, name, text)], Vec::new()),
        Format::Markdown => (vec![formats::markdown(&stem, name, text)], Vec::new()),
        Format::Html => (vec![html::html(&stem, name, text)], Vec::new()),
        Format::Json => formats::json(&stem, name, text),
        Format::Jsonl => formats::jsonl(&stem, name, text),
    };
    warnings.extend(notes.into_iter().map(|(p, m)| warn(&p, m)));
    let mut articles = Vec::new();
    for raw in raws {
        let label = raw.label.clone();
        match assemble::finish(raw, &mut warnings) {
            Some(a) => articles.push(a),
            None => warnings.push(warn(&label, "no article text, skipped".into())),
        }
    }
    (articles, warnings)
}

/// The seed articles compiled into the binary (`path` is `None`).
pub fn load_seeds() -> Corpus {
    let mut corpus = Corpus::default();
    for (name, bytes) in seeds::SEEDS {
        let (articles, warnings) = parse_bytes(name, bytes);
        corpus.articles.extend(articles);
        corpus.warnings.extend(warnings);
    }
    corpus
}

/// Is this a file a folder walk should read?
fn is_article_file(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| format_for_extension(&e.to_string_lossy()).is_some())
}

fn is_hidden(entry: &walkdir::DirEntry) -> bool {
    entry.file_name().to_string_lossy().starts_with('.')
}

/// Loads files and folders (recursively, in path order, hidden entries and non-article
/// extensions skipped inside folders). Per-file problems become warnings; only a missing
/// path or an empty result is an error.
pub fn load(paths: &[PathBuf]) -> Result<Corpus, LoadError> {
    // Check every path first, so a typo fails fast rather than after a long load.
    if let Some(missing) = paths.iter().find(|p| !p.exists()) {
        return Err(LoadError::MissingPath(missing.clone()));
    }
    // The walk is sequential and sorted; reading and parsing, the expensive part, runs in
    // parallel; results are put back together in walk order, so the load order (and the
    // ids `unique_ids` gives) never depends on thread timing.
    let mut items = Vec::new();
    for path in paths {
        if path.is_dir() {
            walk_dir(path, &mut items);
        } else {
            items.push(Item::File(path.clone()));
        }
    }
    let pieces: Vec<Corpus> = items
        .into_par_iter()
        .map(|item| match item {
            Item::File(path) => load_file(&path),
            Item::Warning(w) => Corpus {
                articles: Vec::new(),
                warnings: vec![w],
            },
        })
        .collect();
    let mut corpus = Corpus::default();
    for piece in pieces {
        corpus.articles.extend(piece.articles);
        corpus.warnings.extend(piece.warnings);
    }
    unique_ids(&mut corpus.articles);
    if corpus.articles.is_empty() {
        return Err(LoadError::NoArticles {
            warnings: corpus.warnings,
        });
    }
    Ok(corpus)
}

/// One step of a load, in walk order: a file to read, or a problem the walk met.
enum Item {
    File(PathBuf),
    Warning(Warning),
}

fn walk_dir(root: &Path, items: &mut Vec<Item>) {
    let walk = WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_hidden(e));
    for entry in walk {
        match entry {
            Ok(e) if e.file_type().is_file() && is_article_file(e.path()) => {
                items.push(Item::File(e.into_path()));
            }
            Ok(_) => {}
            Err(err) => {
                let path = err
                    .path()
                    .map_or_else(|| root.display().to_string(), |p| p.display().to_string());
                let message = match err.loop_ancestor() {
                    Some(ancestor) => {
                        format!("symlink loop back to {}, skipped", ancestor.display())
                    }
                    None => format!("could not read: {err}"),
                };
                items.push(Item::Warning(Warning { path, message }));
            }
        }
    }
}

fn load_file(path: &Path) -> Corpus {
    let mut corpus = Corpus::default();
    let name = path.display().to_string();
    let warn = |message: String| Warning {
        path: name.clone(),
        message,
    };
    // Size first: a huge file is refused before any of it is read.
    match std::fs::metadata(path) {
        Ok(m) if m.len() > MAX_FILE_BYTES => {
            corpus.warnings.push(warn(format!(
                "larger than 256 MiB ({} MiB), skipped",
                m.len() / (1024 * 1024)
            )));
            return corpus;
        }
        Ok(_) => {}
        Err(e) => {
            corpus.warnings.push(warn(format!("could not read: {e}")));
            return corpus;
        }
    }
    match std::fs::read(path) {
        Ok(bytes) => {
            let (articles, warnings) = parse_bytes(&name, &bytes);
            corpus
                .articles
                .extend(articles.into_iter().map(|a| Article {
                    path: Some(path.to_path_buf()),
                    ..a
                }));
            corpus.warnings.extend(warnings);
        }
        Err(e) => corpus.warnings.push(warn(format!("could not read: {e}"))),
    }
    corpus
}

/// The app refers to articles by id, so ids must be unique: two files with the same stem
/// in different folders become `stem` and `stem~2`.
fn unique_ids(articles: &mut [Article]) {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for a in articles.iter_mut() {
        let n = seen.entry(a.id.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            a.id = format!("{}~{}", a.id, n);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_prefer_outlet_then_title_then_id() {
        let mut a = Article {
            id: "x".into(),
            ..Article::default()
        };
        assert_eq!(a.display_name(), "x");
        a.title = Some("T".into());
        assert_eq!(a.display_name(), "T");
        a.outlet = Some("O".into());
        assert_eq!(a.display_name(), "O");
    }

    #[test]
    fn word_counts_cover_the_body_only() {
        let a = Article {
            title: Some("Not counted".into()),
            paragraphs: vec!["one two".into(), "three".into()],
            removed: vec!["not counted".into()],
            ..Article::default()
        };
        assert_eq!(a.word_count(), 3);
    }

    #[test]
    fn unknown_extensions_read_as_plain_text() {
        let (articles, warnings) = parse_bytes("notes.weird", b"A plain note about a court case.");
        assert!(warnings.is_empty());
        assert_eq!(articles[0].id, "notes");
    }

    #[test]
    fn every_format_reads_the_same_story() {
        let cases: [(&str, &str); 5] = [
            (
                "a.txt",
                "Port deal signed\n\nLONDON: The port deal was signed on Monday.",
            ),
            (
                "a.md",
                "# Port deal signed\n\nLONDON: The port deal was signed on Monday.",
            ),
            (
                "a.html",
                "<title>Port deal signed</title><p>LONDON: The port deal was signed on Monday.</p>",
            ),
            (
                "a.json",
                r#"{"title":"Port deal signed","text":"LONDON: The port deal was signed on Monday."}"#,
            ),
            (
                "a.jsonl",
                r#"{"title":"Port deal signed","text":"LONDON: The port deal was signed on Monday."}"#,
            ),
        ];
        for (name, text) in cases {
            let (articles, warnings) = parse_bytes(name, text.as_bytes());
            assert!(warnings.is_empty(), "{name}: {warnings:?}");
            let a = &articles[0];
            assert_eq!(a.title.as_deref(), Some("Port deal signed"), "{name}");
            assert_eq!(a.dateline.as_deref(), Some("LONDON"), "{name}");
            assert_eq!(
                a.paragraphs,
                vec!["The port deal was signed on Monday."],
                "{name}"
            );
        }
    }

    #[test]
    fn problems_name_the_file_in_warnings() {
        let cases: [(&str, &[u8], &str); 4] = [
            ("e.txt", b"   \n", "empty, skipped"),
            ("b.txt", b"\0\x01\x02binary", "looks binary, skipped"),
            (
                "j.json",
                b"{\"text\": ",
                "invalid JSON: EOF while parsing a value at line 1 column 9",
            ),
            (
                "c.txt",
                b"Accept all\nAdvertisement",
                "no article text, skipped",
            ),
        ];
        for (name, bytes, want) in cases {
            let (articles, warnings) = parse_bytes(name, bytes);
            assert!(articles.is_empty(), "{name}");
            assert_eq!(warnings.len(), 1, "{name}: {warnings:?}");
            assert_eq!(warnings[0].path, name);
            assert_eq!(warnings[0].message, want, "{name}");
        }
    }

    #[test]
    fn load_errors_read_clearly() {
        let missing = LoadError::MissingPath(PathBuf::from("/no/such"));
        assert_eq!(missing.to_string(), "no such file or folder: /no/such");
        let none = LoadError::NoArticles {
            warnings: vec![Warning {
                path: "a.txt".into(),
                message: "empty, skipped".into(),
            }],
        };
        assert_eq!(
            none.to_string(),
            "no articles could be loaded:\n  a.txt: empty, skipped"
        );
    }

    #[test]
    fn duplicate_stems_get_unique_ids() {
        let mut v = vec![
            Article {
                id: "a".into(),
                ..Article::default()
            };
            3
        ];
        unique_ids(&mut v);
        let ids: Vec<&str> = v.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, vec!["a", "a~2", "a~3"]);
    }
}
