//! Articles -> Analysis: mentions, entities, rounds, claims and comparisons. Pure: no I/O,
//! no terminal.

pub mod entities;
pub mod gazetteer;
pub mod mentions;
pub mod value_spans;

use crate::config::Config;
use crate::corpus::Article;
use serde::Serialize;

/// What a mention names or states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    Facility,
    Date,
    Time,
    Number,
    Money,
    Duration,
    Percent,
}

impl EntityKind {
    pub const ALL: [EntityKind; 10] = [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Place,
        EntityKind::Facility,
        EntityKind::Date,
        EntityKind::Time,
        EntityKind::Number,
        EntityKind::Money,
        EntityKind::Duration,
        EntityKind::Percent,
    ];

    /// The snake_case name used in JSON and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Facility => "facility",
            EntityKind::Date => "date",
            EntityKind::Time => "time",
            EntityKind::Number => "number",
            EntityKind::Money => "money",
            EntityKind::Duration => "duration",
            EntityKind::Percent => "percent",
        }
    }

    pub fn parse(name: &str) -> Option<EntityKind> {
        let lower = name.trim().to_ascii_lowercase();
        let lower = lower.strip_suffix('s').unwrap_or(&lower);
        EntityKind::ALL.into_iter().find(|kind| {
            kind.name() == lower || (lower == "organisation" && *kind == EntityKind::Organization)
        })
    }
}

/// A span of one paragraph of one article that names an entity or states a value.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mention {
    /// Index of the article in `Analysis::articles` order.
    pub article: usize,
    pub paragraph: usize,
    /// Byte offsets into the paragraph; always on char boundaries.
    pub start: usize,
    pub end: usize,
    pub kind: EntityKind,
    /// The surface text (`paragraph[start..end]`).
    pub text: String,
    /// For persons: the title or role this text gives them ("Defense Minister").
    /// For numbers: the noun they count ("prisoners").
    pub detail: Option<String>,
    /// Index into `Analysis::entities`, filled in by merging.
    pub entity: Option<usize>,
}

/// One person, organisation, place... with every spelling seen.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entity {
    /// The canonical form (the longest, most common full spelling).
    pub name: String,
    pub kind: EntityKind,
    /// Every surface form seen, canonical first.
    pub aliases: Vec<String>,
    /// Indices of the articles that mention it, ascending.
    pub articles: Vec<usize>,
    /// Indices into `Analysis::mentions`, in article/paragraph/offset order.
    pub mentions: Vec<usize>,
    /// For persons: (article index, title or role) as each article gives it.
    pub titles: Vec<(usize, String)>,
}

/// The immutable result of analysing a corpus.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    pub articles: Vec<Article>,
    pub mentions: Vec<Mention>,
    pub entities: Vec<Entity>,
}

impl Analysis {
    /// Mentions of one article, in paragraph/offset order.
    pub fn mentions_of(&self, article: usize) -> impl Iterator<Item = &Mention> {
        // Mentions are stored sorted by article, so a binary search finds the run.
        let start = self.mentions.partition_point(|m| m.article < article);
        self.mentions[start..]
            .iter()
            .take_while(move |m| m.article == article)
    }

    /// The entity whose name or alias matches `name` (case- and diacritic-insensitive).
    pub fn find_entity(&self, name: &str) -> Option<usize> {
        let wanted = gazetteer::fold(name);
        self.entities
            .iter()
            .position(|e| gazetteer::fold(&e.name) == wanted)
            .or_else(|| {
                self.entities
                    .iter()
                    .position(|e| e.aliases.iter().any(|a| gazetteer::fold(a) == wanted))
            })
    }
}

/// Runs the whole analysis over `articles`.
pub fn analyze(articles: Vec<Article>, config: &Config) -> Analysis {
    let mut mentions: Vec<Mention> = articles
        .iter()
        .enumerate()
        .flat_map(|(index, article)| {
            let mut found = mentions::extract_mentions(article);
            for mention in &mut found {
                mention.article = index;
            }
            found
        })
        .collect();
    let entities = entities::merge_entities(&articles, &mut mentions, &config.aliases);
    Analysis {
        articles,
        mentions,
        entities,
    }
}
