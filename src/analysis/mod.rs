//! Articles -> Analysis: mentions, entities, rounds, claims and comparisons. Pure: no I/O,
//! no terminal.

pub mod claims;
pub mod compare;
pub mod entities;
pub mod gazetteer;
pub mod mentions;
pub mod propagate;
pub mod rounds;
pub mod sentences;
pub mod value_spans;
pub mod values;

pub use claims::{Claim, ClaimValue, SlotKind};
pub use compare::{Comparison, Evolution, Side, Verdict};
pub use rounds::Round;

use crate::config::Config;
use crate::corpus::Article;
use chrono::Datelike;
use rayon::prelude::*;
use serde::Serialize;
use std::collections::BTreeMap;

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

/// A person's other name ("Mahmoud Roe, known to everyone as Abu Khaled"): the mention at
/// `paragraph`/`start` of `article` stands for `name`, which merging joins it to. Kept
/// beside the mentions, not in them: few mentions have one, and a field in every mention
/// cost megabytes at the peak.
#[derive(Debug, Clone, PartialEq)]
pub struct OtherName {
    pub article: usize,
    pub paragraph: usize,
    pub start: usize,
    pub name: String,
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
    /// The story's rounds in order, the unassigned group (if any) last.
    pub rounds: Vec<Round>,
    /// Round index per article; `None` for unassigned.
    pub article_round: Vec<Option<usize>>,
    pub claims: Vec<Claim>,
    /// Per round and slot: agreement, single-source or dispute.
    pub comparisons: Vec<Comparison>,
    pub evolutions: Vec<Evolution>,
    /// Per article, the id of its group of reports that copy each other.
    pub source_groups: Vec<usize>,
    /// Per article, its claims that are part of a dispute (indices into `claims`), so the
    /// reader marks them without walking every comparison on each frame.
    pub disputed: Vec<Vec<usize>>,
}

impl Analysis {
    /// Mentions of one article, in paragraph/offset order.
    pub fn mentions_of(&self, article: usize) -> impl Iterator<Item = &Mention> {
        mentions_in(&self.mentions, article).iter()
    }

    /// Entity indices grouped by kind, the most widely reported first: the order of the
    /// entity browser and of `crosscheck entities`.
    pub fn entities_by_kind(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.entities.len()).collect();
        order.sort_by(|&a, &b| {
            let (ea, eb) = (&self.entities[a], &self.entities[b]);
            ea.kind
                .cmp(&eb.kind)
                .then(eb.articles.len().cmp(&ea.articles.len()))
                .then(eb.mentions.len().cmp(&ea.mentions.len()))
                .then(ea.name.cmp(&eb.name))
        });
        order
    }

    /// The entity whose name or alias matches `name` (case- and diacritic-insensitive).
    /// A spelling the corpus never used still finds its entity when the gazetteer knows it
    /// ("Kiev" -> Kyiv) or it sounds the same ("Zelenskiy" -> Zelensky).
    pub fn find_entity(&self, name: &str) -> Option<usize> {
        let wanted = gazetteer::fold(name);
        let exact = |target: &str| {
            self.entities.iter().position(|e| {
                gazetteer::fold(&e.name) == target
                    || e.aliases.iter().any(|a| gazetteer::fold(a) == target)
            })
        };
        exact(&wanted)
            .or_else(|| gazetteer::place(&wanted).and_then(|p| exact(&gazetteer::fold(p))))
            .or_else(|| {
                let key = |s: &str| -> Vec<String> {
                    s.split_whitespace().map(gazetteer::phonetic_key).collect()
                };
                let wanted = key(name);
                self.entities.iter().position(|e| {
                    key(&e.name) == wanted || e.aliases.iter().any(|a| key(a) == wanted)
                })
            })
    }
}

/// The mentions of one article: stored sorted by article, so a binary search finds the run.
pub fn mentions_in(mentions: &[Mention], article: usize) -> &[Mention] {
    let start = mentions.partition_point(|m| m.article < article);
    let len = mentions[start..].partition_point(|m| m.article == article);
    &mentions[start..start + len]
}

/// Whether a comparison concerns an entity: its subject, a value, or a mention of the
/// entity inside an evidence sentence.
pub fn comparison_involves(analysis: &Analysis, comparison: &Comparison, entity: usize) -> bool {
    let Some(target) = analysis.entities.get(entity) else {
        return false;
    };
    if comparison.subject.as_deref() == Some(target.name.as_str()) {
        return true;
    }
    comparison
        .sides
        .iter()
        .flat_map(|s| s.claims.iter())
        .filter_map(|&c| analysis.claims.get(c))
        .any(|claim| {
            claim.value == ClaimValue::Entity { entity }
                || analysis.mentions_of(claim.article).any(|m| {
                    m.entity == Some(entity)
                        && m.paragraph == claim.paragraph
                        && m.start >= claim.sentence.0
                        && m.end <= claim.sentence.1
                })
        })
}

/// Every article's mentions, in article order, the other names met beside them, and its
/// round cues (read with the mentions, whose tokens tell which paragraphs may hold one).
fn extract_mentions(
    articles: &[Article],
    splits: &[sentences::Splits],
) -> (Vec<Mention>, Vec<OtherName>, Vec<Vec<rounds::OrdinalCue>>) {
    // Mentions are per article, so articles are read in parallel; an indexed parallel
    // collect keeps article order, which `mentions_of` relies on.
    // Collected straight into one vector: a vector per article flattened afterwards held
    // every mention twice at the peak.
    // Other names are rare, so they are gathered beside the mentions under a lock.
    let other_names: std::sync::Mutex<Vec<OtherName>> = std::sync::Mutex::new(Vec::new());
    // Each article's cues, set once by the thread that reads it.
    let cues: Vec<std::sync::OnceLock<Vec<rounds::OrdinalCue>>> = articles
        .iter()
        .map(|_| std::sync::OnceLock::new())
        .collect();
    let mentions: Vec<Mention> = articles
        .par_iter()
        .enumerate()
        .flat_map_iter(|(index, article)| {
            let (mut found, mut others, round_words) =
                mentions::extract_mentions_and_round_words(article);
            if let (Some(cell), Some(splits)) = (cues.get(index), splits.get(index)) {
                let _ = cell.set(rounds::ordinal_cues_marked(article, splits, &round_words));
            }
            for mention in &mut found {
                mention.article = index;
            }
            if !others.is_empty() {
                for other in &mut others {
                    other.article = index;
                }
                if let Ok(mut all) = other_names.lock() {
                    all.extend(others);
                }
            }
            found
        })
        .collect();
    let cues = cues
        .into_iter()
        .map(|cell| cell.into_inner().unwrap_or_default())
        .collect();
    (mentions, other_names.into_inner().unwrap_or_default(), cues)
}

/// Runs the whole analysis over `articles`.
pub fn analyze(articles: Vec<Article>, config: &Config) -> Analysis {
    // Each article's sentences, split once on first use by whichever stage reads them.
    let splits: Vec<sentences::Splits> = articles
        .iter()
        .map(|a| sentences::Splits::new(a.paragraphs.len()))
        .collect();
    // The shingles that group copies need only each article, so they are worked out in
    // the same parallel stretch as the mentions (and the round cues, read with them)
    // rather than beside the serial merge, where they held one core for as long as the
    // merge held the other.
    let ((mut mentions, other_names, cues), shingles) = rayon::join(
        || extract_mentions(&articles, &splits),
        || {
            articles
                .par_iter()
                .map(compare::sampled_shingles)
                .collect::<Vec<Vec<u64>>>()
        },
    );
    // Merging entities is mostly serial; grouping copies needs only the articles and
    // their shingles, so it runs beside it.
    let (entities, source_groups) = rayon::join(
        || {
            let mut entities =
                entities::merge_entities(&articles, &mut mentions, &other_names, &config.aliases);
            if propagate::propagate_names(&articles, &mut mentions, &entities) {
                // The new mentions already name their entity; only the indices need
                // rebuilding, which is far cheaper than merging everything again.
                reindex_entities(&mut entities, &mentions);
            }
            entities
        },
        || compare::group_sources(&articles, &shingles),
    );
    drop(shingles);
    let anchors = anchors(&articles);
    // The claims' corpus-wide part needs only the mentions: it runs beside the rounds,
    // whose per-article work fills the other thread.
    let ((rounds, article_round, event_days), prepared) = rayon::join(
        || assign_rounds(&articles, &splits, &mentions, &cues, &anchors, config),
        || claims::prepare(&mentions),
    );
    let round_of_ordinal = |n: u32| rounds.iter().position(|r| r.number == Some(n));
    let claims = claims::extract(
        &claims::Context {
            articles: &articles,
            mentions: &mentions,
            entities: &entities,
            article_round: &article_round,
            round_of_ordinal: &round_of_ordinal,
            cues: &cues,
            anchors: &anchors,
            rounds: &rounds,
            event_days: &event_days,
            splits: &splits,
        },
        &prepared,
    );
    // The sentences and the claims' tables are read no more. Freeing them is serial work
    // of several milliseconds, so it runs beside the comparisons, which open with a
    // serial pass of their own, rather than hold one core idle before them.
    let ((), (comparisons, evolutions)) = rayon::join(
        move || drop((prepared, event_days, splits)),
        || compare::compare(&claims, &articles, &source_groups),
    );
    let mut disputed = vec![Vec::new(); articles.len()];
    for comparison in comparisons.iter().filter(|c| c.verdict == Verdict::Dispute) {
        for &claim in comparison.sides.iter().flat_map(|s| s.claims.iter()) {
            if let Some(c) = claims.get(claim) {
                disputed[c.article].push(claim);
            }
        }
    }
    Analysis {
        articles,
        mentions,
        entities,
        rounds,
        article_round,
        claims,
        comparisons,
        evolutions,
        source_groups,
        disputed,
    }
}

/// Rebuilds each entity's mention and article lists from the mentions' entity fields.
fn reindex_entities(entities: &mut [Entity], mentions: &[Mention]) {
    for entity in entities.iter_mut() {
        entity.mentions.clear();
        entity.articles.clear();
    }
    for (index, mention) in mentions.iter().enumerate() {
        if let Some(entity) = mention.entity.and_then(|e| entities.get_mut(e)) {
            entity.mentions.push(index);
            if entity.articles.last() != Some(&mention.article) {
                entity.articles.push(mention.article);
            }
        }
    }
}

/// The year most dated reports carry: a date written without a year ("March 10") is read
/// in it, since one story's rounds rarely span a new year.
fn story_year(articles: &[Article]) -> Option<i32> {
    let mut years: BTreeMap<i32, usize> = BTreeMap::new();
    for date in articles.iter().filter_map(|a| a.published) {
        *years.entry(date.year()).or_default() += 1;
    }
    years
        .into_iter()
        .max_by_key(|(y, n)| (*n, *y))
        .map(|(y, _)| y)
}

/// Each article's dating anchor: its published date, else its dateline day in the story's
/// year.
fn anchors(articles: &[Article]) -> Vec<rounds::Anchor> {
    let year = story_year(articles);
    articles
        .iter()
        .map(|a| rounds::Anchor {
            published: a.published.or_else(|| {
                a.dateline_day
                    .as_deref()
                    .and_then(|d| values::parse_date(d, year))
            }),
            year,
        })
        .collect()
}

/// Event days of weight 2 by index into the mentions, ascending.
type TiedDays = Vec<(usize, rounds::EventDay)>;

/// Reads each article's round cues (ordinals, event days and places) and groups them.
/// Also returns the event days tied to the event by words (weight 2), by index into
/// `mentions`, ascending: the claims read the same days, and `event_day` is costly
/// enough (about 1% of the analysis' instructions) not to run twice per date.
fn assign_rounds(
    articles: &[Article],
    splits: &[sentences::Splits],
    mentions: &[Mention],
    cues: &[Vec<rounds::OrdinalCue>],
    anchors: &[rounds::Anchor],
    config: &Config,
) -> (Vec<Round>, Vec<Option<usize>>, TiedDays) {
    // Per article and independent of the others: read in parallel, in article order.
    let (events, tied): (
        Vec<rounds::ArticleEvents>,
        Vec<Vec<(usize, rounds::EventDay)>>,
    ) = articles
        .par_iter()
        .zip(cues.par_iter())
        .enumerate()
        .map(|(index, (article, cues))| {
            let mut event = rounds::ArticleEvents {
                ordinal: rounds::article_ordinal(cues),
                ..Default::default()
            };
            let mut tied = Vec::new();
            let first = mentions.partition_point(|m| m.article < index);
            for (offset, mention) in mentions_in(mentions, index).iter().enumerate() {
                let Some(paragraph) = article.paragraphs.get(mention.paragraph) else {
                    continue;
                };
                let lead = mention.paragraph < 2;
                let splits = &splits[index];
                if let Some(day) =
                    rounds::event_day(paragraph, splits, mention, anchors[index], lead)
                {
                    // `lead` only adds days of weight 1; a weight-2 day is the same
                    // with or without it, which is what the claims ask for.
                    if day.weight == 2 {
                        tied.push((first + offset, day));
                    }
                    event.days.push(day);
                }
                if let Some(place) = rounds::event_place(paragraph, splits, mention) {
                    event.places.push(place.to_string());
                }
            }
            (event, tied)
        })
        .unzip();
    let pinned: Vec<Option<u32>> = articles
        .iter()
        .map(|a| config.rounds.get(&a.id).copied())
        .collect();
    let (rounds, article_round) = rounds::assign(&events, &pinned);
    (rounds, article_round, tied.into_iter().flatten().collect())
}
