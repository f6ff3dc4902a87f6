//! Names found in one report are names in every report: a person introduced with a title in
//! one outlet ("director-general Suphanat Wongsakul") is still a person where another
//! outlet names them bare ("led by Suphanat Wongsakul"). One pass over all text for the
//! capitals that may open a multi-word name, an anchored Aho-Corasick search of the names
//! from each, so the cost stays linear in the corpus.

use super::{Entity, EntityKind, Mention};
use crate::corpus::Article;
use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};
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
            // `name_matches` searches only from capitals, for names of `MIN_NAME` bytes.
            if words >= 2 && capitalised && alias.len() >= MIN_NAME {
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
    // Searched anchored, only where a name can start (see `name_matches`).
    let Ok(automaton) = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(StartKind::Anchored)
        .build(names.iter().map(|(n, _, _)| *n))
    else {
        return false;
    };
    let openings = Openings::new(names.iter().map(|(n, _, _)| *n));
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
            let mut matches = Vec::new();
            for (p, paragraph) in article.paragraphs.iter().enumerate() {
                name_matches(&automaton, &openings, paragraph, &mut matches);
                for found in &matches {
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

/// The fewest bytes a name `propagate_names` looks for holds.
const MIN_NAME: usize = 6;

/// The names' first six bytes (`MIN_NAME`), hashed into a table of 65,536 bits: a place
/// in a text whose six bytes' bit is clear starts no name.
struct Openings {
    bits: Vec<u64>,
}

impl Openings {
    fn new<'n>(names: impl Iterator<Item = &'n str>) -> Self {
        let mut bits = vec![0u64; 1 << 10];
        for name in names {
            if let Some(hash) = opening_hash(name.as_bytes()) {
                bits[hash >> 6] |= 1 << (hash & 63);
            }
        }
        Openings { bits }
    }

    /// Whether a name may start with `bytes` (the text from the place on).
    fn may_open(&self, bytes: &[u8]) -> bool {
        opening_hash(bytes).is_some_and(|hash| self.bits[hash >> 6] & (1 << (hash & 63)) != 0)
    }
}

/// A hash below 65,536 of the first six bytes of `bytes`, if it has six.
fn opening_hash(bytes: &[u8]) -> Option<usize> {
    let six: [u8; 6] = bytes.get(..MIN_NAME)?.try_into().ok()?;
    let [a, b, c, d, e, f] = six;
    let word = u64::from_le_bytes([a, b, c, d, e, f, 0, 0]);
    Some((word.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 48) as usize)
}

/// Per byte of `word` (eight bytes of text), its top bit where the byte is an ASCII
/// capital or opens a char outside ASCII (which may be a capital).
fn may_be_capital(word: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const TOPS: u64 = ONES << 7;
    // The low seven bits of each byte, plus a constant below 0x80: no carry between bytes.
    let low = word & !TOPS;
    let from_a = low + ONES * u64::from(0x80 - b'A');
    let past_z = low + ONES * u64::from(0x80 - b'Z' - 1);
    // A UTF-8 lead byte has its top two bits set (shifted, each byte's second bit lands
    // on its top one); continuation bytes, 10xxxxxx, open no char.
    ((from_a & !past_z & !word) | (word & (word << 1))) & TOPS
}

/// The matches `automaton.find_iter(hay)` would give, searched for unanchored and
/// leftmost-longest, into `out` (cleared first). Every name opens with a capital, so a
/// match starts only at a capital whose six bytes open a name: each such place from
/// the end of the last match on is searched anchored, and the first that matches holds
/// the leftmost match, the longest there as the anchored search gives it. Capitals are
/// a few bytes in a hundred, found eight bytes at a time, where the automaton stepped
/// through every byte of every paragraph.
fn name_matches(
    automaton: &AhoCorasick,
    openings: &Openings,
    hay: &str,
    out: &mut Vec<aho_corasick::Match>,
) {
    out.clear();
    let bytes = hay.as_bytes();
    // Places before `limit` leave room for a name.
    let limit = (bytes.len() + 1).saturating_sub(MIN_NAME);
    let mut next = 0;
    let mut first = 0;
    while first < limit {
        // Eight bytes at a time; the last few padded with zero bytes, which open nothing.
        // (A copy of a short slice calls `memcpy`; a whole chunk is one load.)
        let word = match bytes.get(first..first + 8) {
            Some(chunk) => <[u8; 8]>::try_from(chunk).unwrap_or_default(),
            None => {
                let mut padded = [0u8; 8];
                let rest = &bytes[first..];
                padded[..rest.len()].copy_from_slice(rest);
                padded
            }
        };
        let mut places = may_be_capital(u64::from_le_bytes(word));
        while places != 0 {
            let at = first + places.trailing_zeros() as usize / 8;
            places &= places - 1;
            if at < next || at >= limit || !openings.may_open(&bytes[at..]) {
                continue;
            }
            let input = Input::new(hay).range(at..).anchored(Anchored::Yes);
            if let Ok(Some(found)) = automaton.try_find(input) {
                next = found.end();
                out.push(found);
            }
        }
        first += 8;
    }
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
    fn anchored_searches_at_capitals_find_what_the_unanchored_search_finds() {
        let names = [
            "Ana Lee",
            "Lee Roe",
            "Ana Lee Roe",
            "Donald Kestrel",
            "Émile Zola",
            "Zola Émile",
            "Roe Holdings",
            "ÖMER Ünal",
            "Kestrel Media Group",
            "Kestrel Media",
        ];
        let texts = [
            "Ana Lee Roe met Lee Roe and Ana Lee; xAna Lee Roe and McDonald Kestrel spoke.",
            "The Kestrel Media Group bought Kestrel Media. Émile Zola Émile Zola Émile.",
            "ÖMER Ünal, ÖMER Ünal and Zola Émile; Roe Holdings Roe Holdings.",
            "Lee Ro",
            "Ana Le",
            "a Ana Lee",
            "",
            "short",
            "12345678 Ana Lee Roe",
            "Ana Lee Roe Holdings, Lee Roe Holdings at the end: Kestrel Media",
        ];
        // With the names the seeds' analysis finds, searched for in the seeds' text.
        let seeds = crate::corpus::load_seeds().articles;
        let analysis = analyze(seeds.clone(), &Config::default());
        let mut all: Vec<&str> = names.to_vec();
        all.extend(
            analysis
                .entities
                .iter()
                .flat_map(|e| e.aliases.iter().map(String::as_str))
                .filter(|a| a.len() >= MIN_NAME && a.starts_with(char::is_uppercase)),
        );
        let unanchored = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&all)
            .expect("automaton");
        let anchored = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(&all)
            .expect("automaton");
        let openings = Openings::new(all.iter().copied());
        let mut found = Vec::new();
        let seed_texts = seeds
            .iter()
            .flat_map(|a| a.paragraphs.iter().map(String::as_str));
        let mut matched = 0;
        for text in texts.into_iter().chain(seed_texts) {
            name_matches(&anchored, &openings, text, &mut found);
            let expected: Vec<_> = unanchored.find_iter(text).collect();
            assert_eq!(found, expected, "{text:?}");
            matched += found.len();
        }
        assert!(matched > 100, "{matched}");
        // '@', 'A', 'Z', '[', 'a', a continuation byte, a UTF-8 lead byte, DEL: the
        // capitals and the lead byte.
        let word = u64::from_le_bytes([b'@', b'A', b'Z', b'[', b'a', 0x96, 0xC3, 0x7F]);
        assert_eq!(may_be_capital(word), (1 << 15) | (1 << 23) | (1 << 55));
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
