//! Names found in one report are names in every report: a person introduced with a title in
//! one outlet ("director-general Suphanat Wongsakul") is still a person where another
//! outlet names them bare ("led by Suphanat Wongsakul"). One pass over all text with an
//! Aho-Corasick automaton of the multi-word names, so the cost stays linear in the corpus.

use super::{Entity, EntityKind, Mention};
use crate::corpus::Article;
use aho_corasick::{AhoCorasick, MatchKind};
use rayon::prelude::*;

/// Adds a mention wherever a known multi-word name of a person, organisation or facility
/// appears uncovered; returns whether any was added. Mentions stay sorted.
pub fn propagate_names(
    articles: &[Article],
    mentions: &mut Vec<Mention>,
    entities: &[Entity],
) -> bool {
    let mut names: Vec<(&str, EntityKind, usize)> = Vec::new();
    for (index, entity) in entities.iter().enumerate() {
        if !matches!(
            entity.kind,
            EntityKind::Person | EntityKind::Organization | EntityKind::Facility
        ) {
            continue;
        }
        for alias in &entity.aliases {
            // Two words at least: a lone surname or first name could be anyone's.
            let words = alias.split_whitespace().count();
            let capitalised = alias.chars().next().is_some_and(char::is_uppercase);
            if words >= 2 && capitalised && alias.len() >= 6 {
                names.push((alias.as_str(), entity.kind, index));
            }
        }
    }
    if names.is_empty() {
        return false;
    }
    names.sort_unstable();
    names.dedup();
    // A spelling two entities share could be either: it names neither.
    let shared: Vec<&str> = names
        .windows(2)
        .filter(|w| w[0].0 == w[1].0)
        .map(|w| w[0].0)
        .collect();
    names.retain(|(n, _, _)| !shared.contains(n));
    let Ok(automaton) = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(names.iter().map(|(n, _, _)| *n))
    else {
        return false;
    };
    // Articles are scanned in parallel; rayon's collect keeps the order of the items
    // (flattened or not), so the new mentions come out as a serial scan would list them.
    let added: Vec<Mention> = articles
        .par_iter()
        .enumerate()
        .flat_map_iter(|(a, article)| {
            let start = mentions.partition_point(|m| m.article < a);
            let existing = &mentions[start..];
            let existing = &existing[..existing.partition_point(|m| m.article == a)];
            let mut added = Vec::new();
            for (p, paragraph) in article.paragraphs.iter().enumerate() {
                for found in automaton.find_iter(paragraph.as_str()) {
                    let (s, e) = (found.start(), found.end());
                    let bounded = !paragraph[..s]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric)
                        && !paragraph[e..]
                            .chars()
                            .next()
                            .is_some_and(char::is_alphanumeric);
                    let covered = existing
                        .iter()
                        .any(|m| m.paragraph == p && m.start < e && s < m.end);
                    if !bounded || covered {
                        continue;
                    }
                    added.push(Mention {
                        article: a,
                        paragraph: p,
                        start: s,
                        end: e,
                        kind: names[found.pattern().as_usize()].1,
                        text: paragraph[s..e].to_string(),
                        detail: None,
                        entity: Some(names[found.pattern().as_usize()].2),
                    });
                }
            }
            added
        })
        .collect();
    if added.is_empty() {
        return false;
    }
    mentions.extend(added);
    mentions.sort_by_key(|m| (m.article, m.paragraph, m.start));
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{analyze, EntityKind};
    use crate::config::Config;

    fn article(id: &str, text: &str) -> Article {
        Article {
            id: id.into(),
            paragraphs: vec![text.into()],
            ..Default::default()
        }
    }

    #[test]
    fn a_name_introduced_in_one_report_is_found_bare_in_another() {
        let analysis = analyze(
            vec![
                article(
                    "a",
                    "Trade negotiator Suphanat Wongsakul arrived on Monday.",
                ),
                article(
                    "b",
                    "The delegation, led by Suphanat Wongsakul, stayed four days.",
                ),
            ],
            &Config::default(),
        );
        let person = analysis
            .entities
            .iter()
            .find(|e| e.name == "Suphanat Wongsakul")
            .expect("the person");
        assert_eq!(person.kind, EntityKind::Person);
        assert_eq!(person.articles, vec![0, 1]);
    }

    #[test]
    fn names_inside_longer_words_are_not_matched() {
        let mut mentions = Vec::new();
        let entity = Entity {
            name: "Ann Lee".into(),
            kind: EntityKind::Person,
            aliases: vec!["Ann Lee".into()],
            articles: vec![],
            mentions: vec![],
            titles: vec![],
        };
        let added = propagate_names(
            &[article("a", "Joann Leeds spoke.")],
            &mut mentions,
            &[entity],
        );
        assert!(!added);
    }
}
