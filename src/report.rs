//! The non-interactive outputs — text for people, JSON for scripts — of the same Analysis
//! the reader shows. JSON field names are documented in the README and kept stable.

use crate::analysis::{Analysis, Entity, EntityKind};
use crate::corpus::Article;
use serde::Serialize;
use serde_json::{json, Value};

/// Articles as `crosscheck list --json` prints them.
pub fn articles_json(analysis: &Analysis, articles: &[usize]) -> Value {
    Value::Array(
        articles
            .iter()
            .filter_map(|&i| analysis.articles.get(i))
            .map(article_json)
            .collect(),
    )
}

fn article_json(article: &Article) -> Value {
    json!({
        "id": article.id,
        "path": article.path.as_ref().map(|p| p.display().to_string()),
        "outlet": article.outlet,
        "wires": article.wires,
        "title": article.title,
        "published": article.published.map(|d| d.format("%Y-%m-%d").to_string()),
        "dateline": article.dateline,
        "byline": article.byline,
        "url": article.url,
        "words": article.word_count(),
        "paragraphs": article.paragraphs,
        "removed": article.removed,
    })
}

/// One line per article: id, date, outlet or title.
pub fn articles_text(analysis: &Analysis, articles: &[usize]) -> String {
    let mut out = String::new();
    for article in articles.iter().filter_map(|&i| analysis.articles.get(i)) {
        let date = article
            .published
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_else(|| "----------".to_string());
        let outlet = article.outlet.as_deref().unwrap_or("(outlet unknown)");
        let title = article.title.as_deref().unwrap_or("(untitled)");
        out.push_str(&format!(
            "{}\t{date}\t{outlet}\t{title}\t{} words\n",
            article.id,
            article.word_count()
        ));
    }
    out
}

#[derive(Serialize)]
struct MentionJson<'a> {
    article: &'a str,
    paragraph: usize,
    start: usize,
    end: usize,
    text: &'a str,
}

/// Entities as `crosscheck entities --json` prints them.
pub fn entities_json(analysis: &Analysis, kind: Option<EntityKind>) -> Value {
    Value::Array(
        selected_entities(analysis, kind)
            .map(|entity| entity_json(analysis, entity))
            .collect(),
    )
}

fn entity_json(analysis: &Analysis, entity: &Entity) -> Value {
    let id = |article: usize| analysis.articles.get(article).map_or("", |a| a.id.as_str());
    let mentions: Vec<MentionJson> = entity
        .mentions
        .iter()
        .filter_map(|&m| analysis.mentions.get(m))
        .map(|m| MentionJson {
            article: id(m.article),
            paragraph: m.paragraph,
            start: m.start,
            end: m.end,
            text: &m.text,
        })
        .collect();
    let mut value = json!({
        "name": entity.name,
        "kind": entity.kind,
        "aliases": entity.aliases,
        "articles": entity.articles.iter().map(|&a| id(a)).collect::<Vec<_>>(),
        "mentions": mentions,
    });
    if entity.kind == EntityKind::Person {
        let titles: Vec<Value> = entity
            .titles
            .iter()
            .map(|(article, title)| json!({ "article": id(*article), "title": title }))
            .collect();
        value["titles"] = Value::Array(titles);
    }
    value
}

/// Entities grouped by kind, most widely reported first.
fn selected_entities(
    analysis: &Analysis,
    kind: Option<EntityKind>,
) -> impl Iterator<Item = &Entity> {
    let mut entities: Vec<&Entity> = analysis
        .entities
        .iter()
        .filter(|e| kind.is_none_or(|k| e.kind == k))
        .collect();
    entities.sort_by(|a, b| {
        a.kind
            .cmp(&b.kind)
            .then(b.articles.len().cmp(&a.articles.len()))
            .then(a.name.cmp(&b.name))
    });
    entities.into_iter()
}

/// One line per entity: kind, name, counts, other spellings, titles.
pub fn entities_text(analysis: &Analysis, kind: Option<EntityKind>) -> String {
    let mut out = String::new();
    for entity in selected_entities(analysis, kind) {
        out.push_str(&format!(
            "{:<12} {}  ({} mentions, {} sources)",
            entity.kind.name(),
            entity.name,
            entity.mentions.len(),
            entity.articles.len()
        ));
        if entity.aliases.len() > 1 {
            out.push_str(&format!("  aka {}", entity.aliases[1..].join(" / ")));
        }
        if !entity.titles.is_empty() {
            let titles: Vec<String> = entity
                .titles
                .iter()
                .map(|(a, t)| {
                    let id = analysis.articles.get(*a).map_or("", |x| x.id.as_str());
                    format!("{id}: {t}")
                })
                .collect();
            out.push_str(&format!("  titles: {}", titles.join("; ")));
        }
        out.push('\n');
    }
    out
}
