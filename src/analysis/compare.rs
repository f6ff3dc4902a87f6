//! Comparison of claims per (round, slot, subject): agreement, single-source and dispute,
//! with the sources on every side; evolutions across rounds; and which reports copy each
//! other, so a wire story printed twice corroborates once.

use super::claims::{Claim, ClaimValue, SlotKind};
use super::gazetteer::FastMap;
use super::values::Interval;
use crate::corpus::Article;
use rayon::prelude::*;
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
            Interval::new(*al, *ah).overlaps(&Interval::new(*bl, *bh))
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
        ) => titles_compatible(ra, *fa, rb, *fb),
        (Quote { text: x }, Quote { text: y }) => x == y,
        _ => false,
    }
}

/// Words that soften a role without changing it: "senior adviser" is an adviser.
const SOFT_QUALIFIERS: &[&str] = &[
    "senior",
    "top",
    "special",
    "principal",
    "leading",
    "key",
    "longtime",
    "current",
    "new",
    "also",
    "then",
    "chief",
    "personal",
];

/// A role split into its head ("minister") and what qualifies it ("deputy foreign"):
/// "secretary of state" -> ("secretary", ["state"]).
fn role_parts(role: &str) -> (&str, Vec<&str>) {
    let words: Vec<&str> = role.split_whitespace().collect();
    let cut = words
        .iter()
        .position(|w| matches!(*w, "of" | "for" | "to"))
        .unwrap_or(words.len());
    let (head_part, tail) = words.split_at(cut);
    let Some((head, before)) = head_part.split_last() else {
        return ("", Vec::new());
    };
    let qualifiers = before
        .iter()
        .chain(tail.iter().skip(1))
        .copied()
        .filter(|w| !SOFT_QUALIFIERS.contains(w))
        .collect();
    (head, qualifiers)
}

/// Two titles of one person can both hold unless one is the same office held "former",
/// or the same kind of office with a different portfolio or rank ("Deputy Foreign
/// Minister" vs "Deputy Agriculture Minister", "Vice Labour Minister" vs "Labour
/// Minister"). Different kinds of role ("Defense Minister", "delegation head") coexist.
fn titles_compatible(ra: &str, fa: bool, rb: &str, fb: bool) -> bool {
    let (head_a, qa) = role_parts(ra);
    let (head_b, qb) = role_parts(rb);
    if head_a != head_b || head_a.is_empty() {
        return true;
    }
    if fa != fb {
        return false;
    }
    // An unqualified title ("President", "Minister") is compatible with any of its kind.
    qa.is_empty() || qb.is_empty() || qa == qb
}

/// Groups articles that copy each other: a shared wire credit or near-identical text.
/// Returns a group id per article.
pub fn source_groups(articles: &[Article]) -> Vec<usize> {
    let shingles: Vec<Vec<u64>> = articles.par_iter().map(sampled_shingles).collect();
    group_sources(articles, &shingles)
}

/// `source_groups` with each article's `sampled_shingles` already hashed, which the
/// analysis does beside the mentions, where the work is per article and both cores are
/// busy; the grouping left here is the serial part.
pub fn group_sources(articles: &[Article], shingles: &[Vec<u64>]) -> Vec<usize> {
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
    // The index as one sorted list of (shingle, article): each shingle's postings are a
    // run of it, articles ascending. Smaller and cheaper to build than a map of vectors,
    // one allocation per shingle. Group ids do not depend on the order pairs are joined
    // in (each group's root is its smallest article).
    let index = sorted_postings(shingles);
    // Boilerplate shared by hundreds of reports says nothing about copying.
    let runs = || {
        index
            .chunk_by(|a, b| a.0 == b.0)
            .filter(|postings| postings.len() <= 50)
    };
    // Sized once: grown from empty, the map was rehashed about twenty times on 10,000
    // articles, a third of this function (on the analysis' serial stretch). Nearly every
    // pair shares one shingle alone (472,854 pairs of 515,123 counted there), so the pairs
    // counted size it; capped at twice the postings, so that a corpus of many copies, whose
    // pairs share many shingles each, is not given a map far larger than its pairs.
    let counted: usize = runs().map(|p| p.len() * (p.len() - 1) / 2).sum();
    let mut shared: FastMap<(usize, usize), usize> = FastMap::default();
    shared.reserve(counted.min(2 * index.len()));
    for postings in runs() {
        for (k, &(_, a)) in postings.iter().enumerate() {
            for &(_, b) in &postings[k + 1..] {
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

/// Every (shingle, article) pair of `shingles`, sorted. The hashes are spread evenly, so
/// the pairs are first dealt into buckets by their top bits (about four pairs a bucket)
/// and each small bucket is then sorted: a comparison sort of the whole list was half of
/// `group_sources`, which runs on the analysis' serial stretch. No pair repeats (each
/// article's shingles are distinct), so the order is the same whichever sort gives it.
fn sorted_postings(shingles: &[Vec<u64>]) -> Vec<(u64, usize)> {
    let total: usize = shingles.iter().map(Vec::len).sum();
    let bits = total.max(1).ilog2().saturating_sub(2).clamp(1, 24);
    let shift = u64::BITS - bits;
    let bucket = |h: u64| (h >> shift) as usize;
    // Where each bucket starts, counted then summed; `starts[b + 1]` is bucket b's end.
    let mut starts = vec![0usize; (1 << bits) + 1];
    for &h in shingles.iter().flatten() {
        starts[bucket(h) + 1] += 1;
    }
    for b in 1..starts.len() {
        starts[b] += starts[b - 1];
    }
    let mut next = starts.clone();
    let mut index = vec![(0u64, 0usize); total];
    for (i, set) in shingles.iter().enumerate() {
        for &h in set {
            let slot = &mut next[bucket(h)];
            index[*slot] = (h, i);
            *slot += 1;
        }
    }
    for range in starts.windows(2) {
        index[range[0]..range[1]].sort_unstable();
    }
    index
}

// FNV-1a: tiny and fast; collisions only blur which shingles two reports share.
const FNV_PRIME: u64 = 0x0100_0000_01b3;
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// One word's hash, lowercased and without punctuation, without allocating.
fn word_hash(word: &str) -> u64 {
    let mut hash = FNV_OFFSET;
    // The common case byte by byte, in the same pass that checks the word is ASCII: no
    // char decoding, no Unicode lowercasing. An ASCII letter or digit with bit 5 set is
    // its lowercase (digits have it already).
    for &byte in word.as_bytes() {
        if !byte.is_ascii() {
            return word_hash_chars(word);
        }
        if byte.is_ascii_alphanumeric() {
            hash ^= u64::from(byte | 0x20);
            hash = hash.wrapping_mul(FNV_PRIME);
        }
    }
    hash
}

/// `word_hash` of a word that is not ASCII.
fn word_hash_chars(word: &str) -> u64 {
    let mut hash = FNV_OFFSET;
    for c in word.chars().filter(|c| c.is_alphanumeric()) {
        for lower in c.to_lowercase() {
            let mut buf = [0u8; 4];
            for &byte in lower.encode_utf8(&mut buf).as_bytes() {
                hash ^= u64::from(byte);
                hash = hash.wrapping_mul(FNV_PRIME);
            }
        }
    }
    hash
}

/// Appends the `word_hash` of each word of `text` (split at whitespace), leaving out
/// words without a letter or digit (whose hash is the bare offset).
fn push_word_hashes(text: &str, out: &mut Vec<u64>) {
    // Most text, in one pass by the byte: in ASCII, the whitespace `split_whitespace`
    // splits at is these six bytes, and `word_hash` of an ASCII word hashes its letters
    // and digits, lowercased, as below. One table lookup per byte tells the cases, and
    // tells a non-ASCII byte too, so the text is not first checked to be ASCII.
    let bytes = text.as_bytes();
    let mut hash = FNV_OFFSET;
    let mut word_start = 0;
    let mut i = 0;
    while i < bytes.len() {
        // A run of letters and digits (most bytes) in a loop of its own, which keeps the
        // hash and the table in registers.
        while let Some(&byte) = bytes.get(i) {
            let class = ASCII_CLASS[usize::from(byte)];
            if class <= NON_ASCII {
                break;
            }
            hash ^= u64::from(class);
            hash = hash.wrapping_mul(FNV_PRIME);
            i += 1;
        }
        let Some(&byte) = bytes.get(i) else {
            break;
        };
        let class = ASCII_CLASS[usize::from(byte)];
        if class == SPACE {
            if hash != FNV_OFFSET {
                out.push(hash);
            }
            hash = FNV_OFFSET;
            word_start = i + 1;
        } else if class == NON_ASCII {
            // The words before this one are ASCII and end at ASCII whitespace, so they
            // are the ones `split_whitespace` finds: the rest, from this word on, is split
            // and hashed by chars.
            out.extend(
                text[word_start..]
                    .split_whitespace()
                    .map(word_hash)
                    .filter(|&h| h != FNV_OFFSET),
            );
            return;
        }
        i += 1;
    }
    if hash != FNV_OFFSET {
        out.push(hash);
    }
}

/// `ASCII_CLASS` of a byte `word_hash` leaves out.
const SKIPPED: u8 = 0;
/// `ASCII_CLASS` of a byte `split_whitespace` splits ASCII text at.
const SPACE: u8 = 1;
/// `ASCII_CLASS` of a byte outside ASCII.
const NON_ASCII: u8 = 2;

/// Per byte: an ASCII letter or digit is its lowercase (which `word_hash` hashes; every
/// one is above `NON_ASCII`), ASCII whitespace is `SPACE`, a byte outside ASCII
/// `NON_ASCII`, anything else `SKIPPED`.
static ASCII_CLASS: [u8; 256] = {
    let mut table = [NON_ASCII; 256];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        table[b] = if byte.is_ascii_alphanumeric() {
            byte | 0x20
        } else if matches!(byte, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r') {
            SPACE
        } else {
            SKIPPED
        };
        b += 1;
    }
    table
};

/// Mixes a word hash into a shingle hash.
const SHINGLE_MIX: u64 = 0x9e37_79b9_7f4a_7c15;

/// The sampled 5-word shingle hashes of an article's text, sorted and without repeats.
pub fn sampled_shingles(article: &Article) -> Vec<u64> {
    // Sized for one word per five bytes (news prose runs nearer six), so the list is
    // not regrown from empty push by push: growing it was a noticeable share of the
    // function, reallocating (and copying) many times per article.
    let bytes: usize = article.paragraphs.iter().map(String::len).sum();
    let mut words: Vec<u64> = Vec::with_capacity(bytes / 5 + 1);
    for p in &article.paragraphs {
        push_word_hashes(p, &mut words);
    }
    // A window's hash folds its five words' mixes with a rotation by 13 bits before each:
    // the first word's mix ends rotated by 52, the last not at all. Rotation distributes
    // over xor, so the next window's hash is this one without the first word's term,
    // rotated once, with the new word's mix: one step per word instead of five.
    let mut mixes = words;
    for h in &mut mixes {
        *h = h.wrapping_mul(SHINGLE_MIX);
    }
    let mut out: Vec<u64> = sampled_windows(&mixes);
    out.sort_unstable();
    out.dedup();
    out
}

/// The hashes of every five-word window of `mixes` (mixed word hashes) that are kept as
/// samples, in order.
fn sampled_windows(mixes: &[u64]) -> Vec<u64> {
    // About one window in eight is kept (below).
    let mut out: Vec<u64> = Vec::with_capacity(mixes.len() / 8 + 1);
    if mixes.len() >= 5 {
        let mut shingle = mixes[..5]
            .iter()
            .fold(0u64, |acc, &m| acc.rotate_left(13) ^ m);
        let mut first = 0;
        loop {
            // One shingle in eight: enough to see copying (a copy shares nearly all of
            // them), an eighth of the index.
            if shingle % 8 == 0 {
                out.push(shingle);
            }
            let Some(&next) = mixes.get(first + 5) else {
                break;
            };
            shingle = (shingle ^ mixes[first].rotate_left(52)).rotate_left(13) ^ next;
            first += 1;
        }
    }
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

/// Compares claims per (round, kind, slot, subject); rounds are indexed in story order.
/// Titles are compared across rounds — they describe a person, not an event — and a title
/// dispute is reported in the round where both sides are said, else the earliest.
pub fn compare(
    claims: &[Claim],
    articles: &[Article],
    groups: &[usize],
) -> (Vec<Comparison>, Vec<Evolution>) {
    // Keyed by the claims' own strings: the serial pass over every claim copied two
    // strings per claim, where a slot's key is now copied per slot, when its comparisons
    // and its round table are made.
    // `&str` orders as `String` does, so the slots come in the same order.
    type Key<'c> = (Option<usize>, SlotKind, &'c str, Option<&'c str>);
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
            .entry((
                round,
                claim.kind,
                claim.slot.as_str(),
                claim.subject.as_deref(),
            ))
            .or_default()
            .push(i);
    }
    // Each slot is compared on its own, so slots are compared in parallel; the results are
    // then gathered in slot order, as a serial loop would make them.
    let slots: Vec<(Key, Vec<usize>)> = slots.into_iter().collect();
    let compared: Vec<(Vec<Comparison>, Vec<RoundSide>)> = slots
        .par_iter()
        .map(|((round, kind, slot, subject), members)| {
            let (round, kind) = (*round, *kind);
            let mut comparisons = Vec::new();
            let mut entries = Vec::new();
            let sides = cluster(kind, members, claims, groups);
            let (disputed, rest) = split_conflicts(kind, sides);
            let subject = subject.map(str::to_string);
            let what = Slot {
                kind,
                slot,
                subject: &subject,
            };
            for side in rest {
                let round = round.or_else(|| earliest_round(&side.claims, claims));
                if let (Some(r), true) = (round, kind != SlotKind::Title) {
                    entries.push((r, side.clone()));
                }
                comparisons.push(single_or_agreement(round, &what, side, articles));
            }
            if disputed.len() >= 2 {
                let round = round.or_else(|| shared_round(&disputed, claims));
                if let Some(r) = round.filter(|_| kind != SlotKind::Title) {
                    for side in &disputed {
                        entries.push((r, side.clone()));
                    }
                }
                comparisons.push(dispute(round, &what, disputed));
            }
            (comparisons, entries)
        })
        .collect();
    let mut comparisons = Vec::new();
    let mut per_slot: BTreeMap<SlotKey, Vec<RoundSide>> = BTreeMap::new();
    for (((_, kind, slot, subject), _), (made, entries)) in slots.into_iter().zip(compared) {
        comparisons.extend(made);
        if !entries.is_empty() {
            per_slot
                .entry((kind, slot.to_string(), subject.map(str::to_string)))
                .or_default()
                .extend(entries);
        }
    }
    let evolutions = per_slot
        .into_iter()
        .filter_map(|((kind, slot, subject), entries)| {
            evolution(kind, slot, subject, entries, claims)
        })
        .collect();
    (comparisons, evolutions)
}

/// A slot across rounds: kind, name, subject.
type SlotKey = (SlotKind, String, Option<String>);

/// A side of a slot in one round, as evolutions read them.
type RoundSide = (usize, Side);

/// What a comparison is about, for its one-line reason.
struct Slot<'a> {
    kind: SlotKind,
    slot: &'a str,
    subject: &'a Option<String>,
}

impl Slot<'_> {
    fn describe(&self) -> String {
        match self.subject {
            Some(s) => format!("{} of {s}", self.slot),
            None => self.slot.to_string(),
        }
    }
}

fn earliest_round(members: &[usize], claims: &[Claim]) -> Option<usize> {
    members.iter().filter_map(|&c| claims[c].round).min()
}

/// The earliest round in which two disputing sides both speak; else the earliest round.
fn shared_round(sides: &[Side], claims: &[Claim]) -> Option<usize> {
    let rounds_of = |side: &Side| -> Vec<usize> {
        side.claims
            .iter()
            .filter_map(|&c| claims[c].round)
            .collect()
    };
    let all: Vec<Vec<usize>> = sides.iter().map(rounds_of).collect();
    let mut shared: Vec<usize> = Vec::new();
    for (i, a) in all.iter().enumerate() {
        for b in &all[i + 1..] {
            shared.extend(a.iter().filter(|r| b.contains(r)));
        }
    }
    shared
        .into_iter()
        .min()
        .or_else(|| all.iter().flatten().min().copied())
}

/// Groups claims into sides. Numbers, spans, days and entities: mutually compatible values
/// (greedy, in order). Titles and quotes: the same wording, since different roles or
/// different sentences are not one value.
fn cluster(
    kind: SlotKind,
    members: &[usize],
    claims: &[Claim],
    groups: &[usize],
) -> Vec<(Side, ClaimValue)> {
    let exact = matches!(kind, SlotKind::Title | SlotKind::Quote);
    // Each side keeps a summary of what all its values allow — for numbers and spans the
    // intersection of their intervals — so a claim is checked against one value per side,
    // not against every member (which was quadratic in a slot's claims).
    let mut sides: Vec<(Side, ClaimValue)> = Vec::new();
    for &c in members {
        let value = &claims[c].value;
        let home = sides.iter_mut().find(|(_, summary)| {
            if exact {
                summary == value
            } else {
                compatible(summary, value)
            }
        });
        match home {
            Some((side, summary)) => {
                side.claims.push(c);
                *summary = narrow(summary, value);
            }
            None => sides.push((
                Side {
                    value: claims[c].display.clone(),
                    claims: vec![c],
                    articles: Vec::new(),
                    sources: 0,
                },
                value.clone(),
            )),
        }
    }
    for (side, _) in &mut sides {
        side.articles = side.claims.iter().map(|&c| claims[c].article).collect();
        side.articles.sort_unstable();
        side.articles.dedup();
        side.sources = count_sources(&side.articles, groups);
    }
    sides
}

/// What a side allows once `value` joins it: intervals intersect (in one dimension,
/// intervals that overlap pairwise share a point), a day gains its date.
fn narrow(summary: &ClaimValue, value: &ClaimValue) -> ClaimValue {
    use ClaimValue::*;
    match (summary, value) {
        (Count { low, high }, Count { low: l, high: h }) => Count {
            low: low.max(*l),
            high: high.min(*h).max(low.max(*l)),
        },
        (Duration { low, high }, Duration { low: l, high: h }) => Duration {
            low: low.max(*l),
            high: high.min(*h).max(low.max(*l)),
        },
        (Day { date: None, .. }, Day { date: Some(_), .. }) => value.clone(),
        _ => summary.clone(),
    }
}

/// Whether two sides contradict each other, judged on their summaries.
fn conflict(kind: SlotKind, a: &ClaimValue, b: &ClaimValue) -> bool {
    match (kind, a, b) {
        // One speaker quoted two ways that are nearly the same sentence: a misquote.
        (SlotKind::Quote, ClaimValue::Quote { text: ta }, ClaimValue::Quote { text: tb }) => {
            ta != tb && similar_wording(ta, tb)
        }
        (SlotKind::Quote, _, _) => false,
        _ => !compatible(a, b),
    }
}

/// Word overlap of at least a half, and at least three shared words.
fn similar_wording(a: &str, b: &str) -> bool {
    let words = |t: &str| -> std::collections::BTreeSet<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (wa, wb) = (words(a), words(b));
    let shared = wa.intersection(&wb).count();
    let union = wa.union(&wb).count().max(1);
    shared >= 3 && shared * 2 >= union
}

/// Splits sides into those in conflict with another side (one dispute) and the rest.
/// Sides from a single article never make a dispute on their own: a report that gives two
/// values is inconsistent, not contradicted.
fn split_conflicts(kind: SlotKind, sides: Vec<(Side, ClaimValue)>) -> (Vec<Side>, Vec<Side>) {
    let n = sides.len();
    let mut in_conflict = vec![false; n];
    for i in 0..n {
        for j in i + 1..n {
            let different_sources = sides[i]
                .0
                .articles
                .iter()
                .any(|a| sides[j].0.articles.iter().any(|b| a != b));
            if different_sources && conflict(kind, &sides[i].1, &sides[j].1) {
                in_conflict[i] = true;
                in_conflict[j] = true;
            }
        }
    }
    let mut disputed = Vec::new();
    let mut rest = Vec::new();
    for ((side, _), flagged) in sides.into_iter().zip(in_conflict) {
        if flagged {
            disputed.push(side);
        } else {
            rest.push(side);
        }
    }
    (disputed, rest)
}

fn single_or_agreement(
    round: Option<usize>,
    what: &Slot,
    side: Side,
    articles: &[Article],
) -> Comparison {
    let name = |a: usize| articles.get(a).map_or(String::new(), |x| x.id.clone());
    let verdict = if side.sources >= 2 {
        Verdict::Agreement
    } else {
        Verdict::SingleSource
    };
    let subject = what.describe();
    let why = match verdict {
        Verdict::Agreement => {
            let copies = side.articles.len() - side.sources;
            let mut why = format!(
                "{subject}: {} independent sources agree on “{}”",
                side.sources, side.value
            );
            if copies > 0 {
                why.push_str(&format!(
                    " ({copies} report(s) copying another counted once)"
                ));
            }
            why
        }
        _ if side.articles.len() > 1 => format!(
            "{subject}: only one source says “{}” ({} reports that copy each other)",
            side.value,
            side.articles.len()
        ),
        _ => format!(
            "{subject}: only {} says “{}”",
            side.articles.first().map_or(String::new(), |&a| name(a)),
            side.value
        ),
    };
    Comparison {
        round,
        kind: what.kind,
        slot: what.slot.to_string(),
        subject: what.subject.clone(),
        verdict,
        why,
        sides: vec![side],
    }
}

fn dispute(round: Option<usize>, what: &Slot, sides: Vec<Side>) -> Comparison {
    let values: Vec<String> = sides.iter().map(|s| format!("“{}”", s.value)).collect();
    let reason = match what.kind {
        SlotKind::Count => "the counts differ for the same round",
        SlotKind::Duration | SlotKind::TimeSince => {
            "the spans do not overlap, even with their hedges"
        }
        SlotKind::Day => "the event cannot fall on both days",
        SlotKind::Venue => "the event cannot be in both places",
        SlotKind::Title => "a person cannot hold and have left the same office",
        SlotKind::Leader => "sources name different leaders",
        SlotKind::Quote => "the same speaker is quoted in two nearly identical ways",
    };
    Comparison {
        round,
        kind: what.kind,
        slot: what.slot.to_string(),
        subject: what.subject.clone(),
        verdict: Verdict::Dispute,
        why: format!("{}: {} — {reason}", what.describe(), values.join(" vs ")),
        sides,
    }
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
    let steps: Vec<(usize, &Side)> = best.into_iter().collect();
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bucketed_postings_are_the_sorted_pairs() {
        // Evenly spread hashes, skewed ones (one bucket) and empty sets alike.
        let mut x = 0x2545_f491_4f6c_dd1du64;
        let mut spread = |n: usize| -> Vec<u64> {
            let mut set: Vec<u64> = (0..n)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    x
                })
                .collect();
            set.sort_unstable();
            set.dedup();
            set
        };
        let mut sets: Vec<Vec<u64>> = (0..40).map(|k| spread(k * 7 % 90)).collect();
        sets.push(vec![1, 2, 3, 5]);
        sets.push(Vec::new());
        sets.push(vec![2, 3, 4]);
        let shared = sets[3].clone();
        sets.push(shared);
        for sets in [&sets[..], &sets[..1], &[][..], &sets[40..]] {
            let mut naive: Vec<(u64, usize)> = sets
                .iter()
                .enumerate()
                .flat_map(|(i, set)| set.iter().map(move |&h| (h, i)))
                .collect();
            naive.sort_unstable();
            assert_eq!(sorted_postings(sets), naive);
        }
    }

    #[test]
    fn ascii_word_hashes_match_the_char_reading() {
        for word in [
            "Talks",
            "U.S.-led",
            "1,200",
            "x",
            "",
            "--",
            "MIXED-case42",
            "don't",
        ] {
            assert_eq!(word_hash(word), word_hash_chars(word), "{word}");
        }
    }

    #[test]
    fn text_hashes_its_words_as_split_whitespace_does() {
        for text in [
            "Talks  resumed\ton\x0bFriday -- in U.S.-led\r\nform, 1,200 x",
            "",
            " -- ",
            "one",
            "trailing \x0c",
            // Not ASCII: from the word with the first non-ASCII byte on, read by chars,
            // including whitespace outside ASCII.
            "Talks in “Geneva” resumed",
            "Talks in Genève\u{a0}resumed\u{2003}on Friday",
            "é",
            "one two\u{a0}",
            "ÉTAT  d’urgence — 1,200 ΣΟΦΙΑ",
        ] {
            let mut fast = Vec::new();
            push_word_hashes(text, &mut fast);
            let split: Vec<u64> = text
                .split_whitespace()
                .map(word_hash)
                .filter(|&h| h != FNV_OFFSET)
                .collect();
            assert_eq!(fast, split, "{text:?}");
        }
    }

    #[test]
    fn sliding_window_hashes_are_each_window_folded_whole() {
        // Word mixes spread over all 64 bits, for lengths around the window's.
        for len in 0..40u64 {
            let mixes: Vec<u64> = (0..len)
                .map(|i| (i + 1).wrapping_mul(FNV_PRIME).wrapping_mul(SHINGLE_MIX))
                .collect();
            let whole: Vec<u64> = mixes
                .windows(5)
                .map(|w| w.iter().fold(0u64, |acc, &m| acc.rotate_left(13) ^ m))
                .filter(|h| h % 8 == 0)
                .collect();
            assert_eq!(sampled_windows(&mixes), whole, "{len}");
        }
    }
}
