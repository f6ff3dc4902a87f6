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
    analysis
        .entities_by_kind()
        .into_iter()
        .map(|e| &analysis.entities[e])
        .filter(move |e| kind.is_none_or(|k| e.kind == k))
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

fn article_id(analysis: &Analysis, article: usize) -> &str {
    analysis.articles.get(article).map_or("", |a| a.id.as_str())
}

fn round_number(analysis: &Analysis, round: Option<usize>) -> Option<u32> {
    round
        .and_then(|r| analysis.rounds.get(r))
        .and_then(|r| r.number)
}

/// Rounds as `crosscheck rounds --json` prints them.
pub fn rounds_json(analysis: &Analysis) -> Value {
    Value::Array(
        analysis
            .rounds
            .iter()
            .map(|r| {
                json!({
                    "round": r.number,
                    "label": r.label,
                    "date": r.date.map(|d| d.format("%Y-%m-%d").to_string()),
                    "weekday": r.weekday.map(|w| w.to_string()),
                    "place": r.place,
                    "unassigned": r.unassigned,
                    "articles": r.articles.iter().map(|&a| article_id(analysis, a)).collect::<Vec<_>>(),
                })
            })
            .collect(),
    )
}

/// One block per round: label, then its articles.
pub fn rounds_text(analysis: &Analysis) -> String {
    let mut out = String::new();
    for round in &analysis.rounds {
        out.push_str(&round.label);
        out.push('\n');
        for &a in &round.articles {
            if let Some(article) = analysis.articles.get(a) {
                out.push_str(&format!("  {}\t{}\n", article.id, article.display_name()));
            }
        }
    }
    out
}

/// Which comparisons a report shows.
pub struct ComparisonFilter<'a> {
    /// A round number as the texts give it.
    pub round: Option<u32>,
    /// An entity index.
    pub entity: Option<usize>,
    pub verdicts: &'a [crate::analysis::Verdict],
}

fn selected_comparisons<'a>(
    analysis: &'a Analysis,
    filter: &'a ComparisonFilter,
) -> impl Iterator<Item = &'a crate::analysis::Comparison> {
    analysis.comparisons.iter().filter(move |c| {
        filter.verdicts.contains(&c.verdict)
            && filter
                .round
                .is_none_or(|n| round_number(analysis, c.round) == Some(n))
            && filter
                .entity
                .is_none_or(|e| crate::analysis::comparison_involves(analysis, c, e))
    })
}

fn comparison_json(analysis: &Analysis, c: &crate::analysis::Comparison) -> Value {
    let values: Vec<Value> = c
        .sides
        .iter()
        .map(|side| {
            let evidence: Vec<Value> = side
                .claims
                .iter()
                .filter_map(|&i| analysis.claims.get(i))
                .map(|claim| {
                    json!({
                        "article": article_id(analysis, claim.article),
                        "text": claim.evidence(&analysis.articles),
                        "span": claim.display,
                    })
                })
                .collect();
            json!({
                "value": side.value,
                "articles": side.articles.iter().map(|&a| article_id(analysis, a)).collect::<Vec<_>>(),
                "sources": side.sources,
                "evidence": evidence,
            })
        })
        .collect();
    json!({
        "round": round_number(analysis, c.round),
        "round_label": c.round.and_then(|r| analysis.rounds.get(r)).map(|r| r.label.clone()),
        "verdict": c.verdict,
        "kind": c.kind,
        "slot": c.slot,
        "subject": c.subject,
        "why": c.why,
        "values": values,
    })
}

/// Comparisons as `crosscheck disputes --json` (and `compare --json`) print them.
pub fn comparisons_json(analysis: &Analysis, filter: &ComparisonFilter) -> Value {
    Value::Array(
        selected_comparisons(analysis, filter)
            .map(|c| comparison_json(analysis, c))
            .collect(),
    )
}

/// Comparisons for people: round, why, then each side with its evidence.
pub fn comparisons_text(analysis: &Analysis, filter: &ComparisonFilter) -> String {
    let mut out = String::new();
    for c in selected_comparisons(analysis, filter) {
        let round = c
            .round
            .and_then(|r| analysis.rounds.get(r))
            .map_or("no round", |r| r.label.as_str());
        out.push_str(&format!(
            "[{}] {}\n  {}\n",
            round,
            verdict_name(c.verdict),
            c.why
        ));
        for side in &c.sides {
            let ids: Vec<&str> = side
                .articles
                .iter()
                .map(|&a| article_id(analysis, a))
                .collect();
            out.push_str(&format!("  “{}” — {}\n", side.value, ids.join(", ")));
            for &i in &side.claims {
                if let Some(claim) = analysis.claims.get(i) {
                    out.push_str(&format!(
                        "      {}: {}\n",
                        article_id(analysis, claim.article),
                        claim.evidence(&analysis.articles)
                    ));
                }
            }
        }
        out.push('\n');
    }
    out
}

fn verdict_name(verdict: crate::analysis::Verdict) -> &'static str {
    match verdict {
        crate::analysis::Verdict::Agreement => "agreement",
        crate::analysis::Verdict::SingleSource => "single source",
        crate::analysis::Verdict::Dispute => "DISPUTE",
    }
}

/// Evolutions that pass the filter: any step in the round asked for, and (with an entity)
/// a subject or value naming it.
fn selected_evolutions<'a>(
    analysis: &'a Analysis,
    filter: &'a ComparisonFilter,
) -> impl Iterator<Item = &'a crate::analysis::Evolution> {
    analysis.evolutions.iter().filter(move |e| {
        let round_ok = filter.round.is_none_or(|n| {
            e.steps
                .iter()
                .any(|(r, _, _)| round_number(analysis, Some(*r)) == Some(n))
        });
        let entity_ok = filter.entity.is_none_or(|entity| {
            let name = analysis.entities.get(entity).map(|x| x.name.as_str());
            e.subject.as_deref() == name
                || e.steps
                    .iter()
                    .any(|(_, value, _)| name.is_some_and(|n| value.contains(n)))
        });
        round_ok && entity_ok
    })
}

/// Evolutions as JSON: a slot whose value changed between rounds.
pub fn evolutions_json(analysis: &Analysis, filter: &ComparisonFilter) -> Value {
    Value::Array(
        selected_evolutions(analysis, filter)
            .map(|e| {
                let steps: Vec<Value> = e
                    .steps
                    .iter()
                    .map(|(round, value, articles)| {
                        json!({
                            "round": round_number(analysis, Some(*round)),
                            "value": value,
                            "articles": articles.iter().map(|&a| article_id(analysis, a)).collect::<Vec<_>>(),
                        })
                    })
                    .collect();
                json!({ "kind": e.kind, "slot": e.slot, "subject": e.subject, "steps": steps })
            })
            .collect(),
    )
}

/// Evolutions for people.
pub fn evolutions_text(analysis: &Analysis, filter: &ComparisonFilter) -> String {
    let mut out = String::new();
    for e in selected_evolutions(analysis, filter) {
        let steps: Vec<String> = e
            .steps
            .iter()
            .map(|(round, value, _)| {
                let label = round_number(analysis, Some(*round))
                    .map_or("R?".to_string(), |n| format!("R{n}"));
                format!("{label}: “{value}”")
            })
            .collect();
        out.push_str(&format!("evolution · {} · {}\n", e.slot, steps.join(" → ")));
    }
    out
}
