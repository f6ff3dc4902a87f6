//! Comparison of claims per (round, slot, subject): agreement, single-source and dispute,
//! with the sources on every side; evolutions across rounds; and which reports copy each
//! other, so a wire story printed twice corroborates once.

use super::claims::{describe_value, Claim, ClaimValue, SlotKind};
use crate::corpus::Article;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// How the claims on one slot relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Agreement,
    SingleSource,
    Dispute,
}

/// One value and who states it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Side {
    /// The value as the first source words it.
    pub value: String,
    /// Indices into `Analysis::claims`.
    pub claims: Vec<usize>,
    /// Articles stating it, ascending.
    pub articles: Vec<usize>,
    /// Independent sources among `articles` (copies counted once).
    pub sources: usize,
}

/// The verdict on one slot of one round.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub round: Option<usize>,
    pub kind: SlotKind,
    pub slot: String,
    pub subject: Option<String>,
    pub verdict: Verdict,
    /// One line: why it was flagged or what agrees.
    pub why: String,
    pub sides: Vec<Side>,
}

/// A slot whose value changed from one round to the next.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evolution {
    pub kind: SlotKind,
    pub slot: String,
    pub subject: Option<String>,
    /// (round index, value, articles) in round order.
    pub steps: Vec<(usize, String, Vec<usize>)>,
}

/// Whether two values can both be true.
pub fn compatible(a: &ClaimValue, b: &ClaimValue) -> bool {
    use ClaimValue::*;
    match (a, b) {
        (Count { low: al, high: ah }, Count { low: bl, high: bh })
        | (Duration { low: al, high: ah }, Duration { low: bl, high: bh }) => {
            let eps = 1e-9 * (ah.abs() + bh.abs()).max(1.0);
            al <= &(bh + eps) && bl <= &(ah + eps)
        }
        (
            Day {
                weekday: wa,
                date: da,
            },
            Day {
                weekday: wb,
                date: db,
            },
        ) => match (da, db) {
            (Some(x), Some(y)) => x == y,
            _ => match (wa, wb) {
                (Some(x), Some(y)) => x == y,
                _ => true,
            },
        },
        (Entity { entity: x }, Entity { entity: y }) => x == y,
        (
            Title {
                role: ra,
                former: fa,
            },
            Title {
                role: rb,
                former: fb,
            },
        ) => {
            // Different roles can both be true (a minister who leads a delegation); the same
            // role held now and "former" cannot.
            !(fa != fb && (ra == rb || ra.ends_with(rb.as_str()) || rb.ends_with(ra.as_str())))
        }
        (Quote { text: x }, Quote { text: y }) => x == y,
        _ => false,
    }
}

/// Groups articles that copy each other: a shared wire credit or near-identical text.
/// Returns a group id per article.
pub fn source_groups(articles: &[Article]) -> Vec<usize> {
    let mut parent: Vec<usize> = (0..articles.len()).collect();
    fn find(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    let union = |parent: &mut Vec<usize>, a: usize, b: usize| {
        let (ra, rb) = (find(parent, a), find(parent, b));
        if ra != rb {
            parent[ra.max(rb)] = ra.min(rb);
        }
    };
    // Same wire credit.
    let mut by_wire: HashMap<String, usize> = HashMap::new();
    for (i, article) in articles.iter().enumerate() {
        for wire in &article.wires {
            let key = wire.to_lowercase();
            match by_wire.get(&key) {
                Some(&first) => union(&mut parent, first, i),
                None => {
                    by_wire.insert(key, i);
                }
            }
        }
    }
    // Near-identical text: sampled 5-word shingles in an inverted index, so only articles
    // that share some text are ever compared (no all-pairs loop).
    let shingles: Vec<Vec<u64>> = articles.iter().map(sampled_shingles).collect();
    let mut index: HashMap<u64, Vec<usize>> = HashMap::new();
    for (i, set) in shingles.iter().enumerate() {
        for &h in set {
            index.entry(h).or_default().push(i);
        }
    }
    let mut shared: HashMap<(usize, usize), usize> = HashMap::new();
    for postings in index.values() {
        // Boilerplate shared by hundreds of reports says nothing about copying.
        if postings.len() > 50 {
            continue;
        }
        for (k, &a) in postings.iter().enumerate() {
            for &b in &postings[k + 1..] {
                *shared.entry((a, b)).or_default() += 1;
            }
        }
    }
    for ((a, b), count) in shared {
        let smaller = shingles[a].len().min(shingles[b].len()).max(1);
        if count * 2 >= smaller && count >= 3 {
            union(&mut parent, a, b);
        }
    }
    (0..articles.len()).map(|i| find(&mut parent, i)).collect()
}

fn sampled_shingles(article: &Article) -> Vec<u64> {
    use std::hash::{Hash, Hasher};
    let words: Vec<String> = article
        .paragraphs
        .iter()
        .flat_map(|p| p.split_whitespace())
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect();
    let mut out: Vec<u64> = words
        .windows(5)
        .map(|w| {
            let mut hasher = std::collections::hash_map::DefaultHasher::new();
            w.hash(&mut hasher);
            hasher.finish()
        })
        // One shingle in four: enough to see copying, a quarter of the work.
        .filter(|h| h % 4 == 0)
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

fn count_sources(articles: &[usize], groups: &[usize]) -> usize {
    let mut ids: Vec<usize> = articles
        .iter()
        .filter_map(|&a| groups.get(a).copied())
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids.len()
}

/// Compares claims per (round, kind, slot, subject); rounds are indexed in story order. Titles are compared across rounds:
/// they describe a person, not an event, and a story's rounds are weeks apart.
pub fn compare(
    claims: &[Claim],
    articles: &[Article],
    groups: &[usize],
) -> (Vec<Comparison>, Vec<Evolution>) {
    type Key = (Option<usize>, SlotKind, String, Option<String>);
    let mut slots: BTreeMap<Key, Vec<usize>> = BTreeMap::new();
    for (i, claim) in claims.iter().enumerate() {
        if claim.announced {
            continue;
        }
        let round = if claim.kind == SlotKind::Title {
            None
        } else {
            claim.round
        };
        slots
            .entry((round, claim.kind, claim.slot.clone(), claim.subject.clone()))
            .or_default()
            .push(i);
    }
    let mut comparisons = Vec::new();
    let mut per_slot: BTreeMap<(SlotKind, String, Option<String>), Vec<(usize, Side)>> =
        BTreeMap::new();
    for ((round, kind, slot, subject), members) in slots {
        let sides = cluster(&members, claims, groups);
        if kind == SlotKind::Title {
            // Reported under the earliest round among the claims.
            let earliest = members.iter().filter_map(|&c| claims[c].round).min();
            push_comparisons(
                &mut comparisons,
                earliest,
                kind,
                &slot,
                &subject,
                sides,
                claims,
                articles,
            );
            continue;
        }
        if let Some(r) = round {
            for side in &sides {
                per_slot
                    .entry((kind, slot.clone(), subject.clone()))
                    .or_default()
                    .push((r, side.clone()));
            }
        }
        push_comparisons(
            &mut comparisons,
            round,
            kind,
            &slot,
            &subject,
            sides,
            claims,
            articles,
        );
    }
    let evolutions = per_slot
        .into_iter()
        .filter_map(|((kind, slot, subject), entries)| {
            evolution(kind, slot, subject, entries, claims)
        })
        .collect();
    (comparisons, evolutions)
}

/// Groups claims into sides of mutually compatible values (greedy, in order).
fn cluster(members: &[usize], claims: &[Claim], groups: &[usize]) -> Vec<Side> {
    let mut sides: Vec<Side> = Vec::new();
    for &c in members {
        let value = &claims[c].value;
        let home = sides.iter_mut().find(|s| {
            s.claims
                .iter()
                .all(|&other| compatible(&claims[other].value, value))
        });
        match home {
            Some(side) => side.claims.push(c),
            None => sides.push(Side {
                value: claims[c].display.clone(),
                claims: vec![c],
                articles: Vec::new(),
                sources: 0,
            }),
        }
    }
    for side in &mut sides {
        side.articles = side.claims.iter().map(|&c| claims[c].article).collect();
        side.articles.sort_unstable();
        side.articles.dedup();
        side.sources = count_sources(&side.articles, groups);
    }
    sides
}

#[allow(clippy::too_many_arguments)]
fn push_comparisons(
    out: &mut Vec<Comparison>,
    round: Option<usize>,
    kind: SlotKind,
    slot: &str,
    subject: &Option<String>,
    sides: Vec<Side>,
    claims: &[Claim],
    articles: &[Article],
) {
    let name = |a: usize| articles.get(a).map_or(String::new(), |x| x.id.clone());
    let all_articles: Vec<usize> = {
        let mut v: Vec<usize> = sides
            .iter()
            .flat_map(|s| s.articles.iter().copied())
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    // Quotes never dispute: two different sentences from one speaker can both be true.
    if kind == SlotKind::Quote || sides.len() == 1 || all_articles.len() < 2 {
        for side in sides {
            let verdict = if side.sources >= 2 {
                Verdict::Agreement
            } else {
                Verdict::SingleSource
            };
            let why = match verdict {
                Verdict::Agreement => {
                    let copies = side.articles.len() - side.sources;
                    let mut why = format!(
                        "{} independent sources agree on {}",
                        side.sources, side.value
                    );
                    if copies > 0 {
                        why.push_str(&format!(" ({copies} copied report(s) counted once)"));
                    }
                    why
                }
                _ if side.articles.len() > 1 => format!(
                    "only one source says {} ({} reports that copy each other)",
                    side.value,
                    side.articles.len()
                ),
                _ => format!("only {} says {}", name(side.articles[0]), side.value),
            };
            out.push(Comparison {
                round,
                kind,
                slot: slot.to_string(),
                subject: subject.clone(),
                verdict,
                why,
                sides: vec![side],
            });
        }
        return;
    }
    let values: Vec<String> = sides.iter().map(|s| format!("“{}”", s.value)).collect();
    let what = match subject {
        Some(s) => format!("{slot} of {s}"),
        None => slot.to_string(),
    };
    let reason = match kind {
        SlotKind::Count => "the counts differ for the same round",
        SlotKind::Duration | SlotKind::TimeSince => {
            "the spans do not overlap, even with their hedges"
        }
        SlotKind::Day => "the event cannot fall on both days",
        SlotKind::Venue => "the event cannot be in both places",
        SlotKind::Title => "a person cannot hold and have left the same office",
        SlotKind::Leader => "sources name different leaders",
        SlotKind::Quote => "",
    };
    let _ = claims;
    out.push(Comparison {
        round,
        kind,
        slot: slot.to_string(),
        subject: subject.clone(),
        verdict: Verdict::Dispute,
        why: format!("{what}: {} — {reason}", values.join(" vs ")),
        sides,
    });
}

fn evolution(
    kind: SlotKind,
    slot: String,
    subject: Option<String>,
    entries: Vec<(usize, Side)>,
    claims: &[Claim],
) -> Option<Evolution> {
    // The main value per round: the side with the most sources.
    let mut best: BTreeMap<usize, &Side> = BTreeMap::new();
    for (round, side) in &entries {
        let keep = best.get(round).is_none_or(|b| side.sources > b.sources);
        if keep {
            best.insert(*round, side);
        }
    }
    if best.len() < 2 || kind == SlotKind::Quote {
        return None;
    }
    let mut steps: Vec<(usize, &Side)> = best.into_iter().collect();
    steps.sort_by_key(|(r, _)| *r);
    let changed = steps.windows(2).any(|w| {
        let a = &claims[w[0].1.claims[0]].value;
        let b = &claims[w[1].1.claims[0]].value;
        !compatible(a, b)
    });
    changed.then(|| Evolution {
        kind,
        slot,
        subject,
        steps: steps
            .into_iter()
            .map(|(r, s)| (r, s.value.clone(), s.articles.clone()))
            .collect(),
    })
}

/// For reports and tests: the normalised value of a side.
pub fn side_value(side: &Side, claims: &[Claim]) -> String {
    side.claims
        .first()
        .map(|&c| describe_value(&claims[c].value))
        .unwrap_or_default()
}
