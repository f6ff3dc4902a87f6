//! Claims: (round, subject, slot, value, evidence) read from the mentions of each sentence —
//! counts with what they count, durations with their hedges, the day and venue of the
//! event, time since the conflict began, a person's title, who led a delegation, quotes.
//! Slots are generic (the noun counted, the kind of duration, the role), never one story's.

use super::rounds::{
    contains_word, contains_word_found, has_event_word, is_future, Anchor, EventDay, OrdinalCue,
    EVENT_WORDS,
};
use super::values::{parse_count, parse_duration, Interval};
use super::{gazetteer, sentences, Entity, EntityKind, Mention};
use crate::corpus::text::{QuickTrim, Scan, TextRegex};
use crate::corpus::Article;
use rayon::prelude::*;
use regex::Regex;
use serde::Serialize;
use std::collections::HashSet;
use std::sync::LazyLock;

/// What a claim states, in a form that can be compared.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ClaimValue {
    Count {
        low: f64,
        high: f64,
    },
    /// Minutes.
    Duration {
        low: f64,
        high: f64,
    },
    Day {
        weekday: Option<String>,
        date: Option<chrono::NaiveDate>,
    },
    /// An entity (venue, delegation leader) by index.
    Entity {
        entity: usize,
    },
    Title {
        role: String,
        former: bool,
    },
    Quote {
        text: String,
    },
}

/// The kind of thing a slot holds, which decides how values compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SlotKind {
    Count,
    Duration,
    TimeSince,
    Day,
    Venue,
    Title,
    Leader,
    Quote,
}

impl SlotKind {
    pub fn name(self) -> &'static str {
        match self {
            SlotKind::Count => "count",
            SlotKind::Duration => "duration",
            SlotKind::TimeSince => "time_since",
            SlotKind::Day => "day",
            SlotKind::Venue => "venue",
            SlotKind::Title => "title",
            SlotKind::Leader => "leader",
            SlotKind::Quote => "quote",
        }
    }
}

/// One statement of one article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    /// Index into `Analysis::rounds`; `None` when the article fits no round.
    pub round: Option<usize>,
    pub kind: SlotKind,
    /// "prisoners exchanged", "length of the talks", "day of the talks", "title"...
    pub slot: String,
    /// Who or what the slot is about, when it is about someone ("Donald Trump", "Ukraine").
    pub subject: Option<String>,
    pub value: ClaimValue,
    /// The value as the text words it.
    pub display: String,
    pub article: usize,
    pub paragraph: usize,
    /// Byte span of the value in the paragraph.
    pub start: usize,
    pub end: usize,
    /// Byte span of the evidence sentence in the paragraph.
    pub sentence: (usize, usize),
    /// Said of a coming event ("will take place"), not a report of one.
    pub announced: bool,
}

impl Claim {
    /// The evidence sentence.
    pub fn evidence<'a>(&self, articles: &'a [Article]) -> &'a str {
        articles
            .get(self.article)
            .and_then(|a| a.paragraphs.get(self.paragraph))
            .and_then(|p| p.get(self.sentence.0..self.sentence.1))
            .unwrap_or("")
    }
}

/// Counted nouns that say nothing of what was counted: the sentence's topic replaces them.
const GENERIC_NOUNS: &[&str] = &[
    "individual",
    "people",
    "person",
    "each",
    "those",
    "one",
    "other",
    "member",
    "citizen",
    "civilian",
    "side",
    "time",
    "unit",
    "case",
];

/// Words that mean the war or conflict itself, for time-since statements.
const CONFLICT_WORDS: &[&str] = &[
    "war",
    "conflict",
    "invasion",
    "fighting",
    "hostilities",
    "occupation",
    "crisis",
    "strike",
    "dispute",
    "standoff",
    "trial",
    "case",
    "blockade",
    "siege",
    "shutdown",
    "lockout",
];

/// Verbs that measure the event's length.
const LENGTH_VERBS: &[&str] = &[
    "lasted",
    "lasting",
    "last",
    "took",
    "ran",
    "went on",
    "spent",
    "stretched",
    "wrapped up after",
    "ended after",
    "after",
];

/// Everything `extract` needs from the rest of the analysis.
pub struct Context<'a> {
    pub articles: &'a [Article],
    pub mentions: &'a [Mention],
    pub entities: &'a [Entity],
    /// Round index per article.
    pub article_round: &'a [Option<usize>],
    /// Round index per ordinal, to send recap sentences ("in the first round") to theirs.
    pub round_of_ordinal: &'a (dyn Fn(u32) -> Option<usize> + Sync),
    /// Ordinal cues per article.
    pub cues: &'a [Vec<OrdinalCue>],
    /// Dating anchors per article.
    pub anchors: &'a [Anchor],
    /// The rounds, for sentences that look back by month ("in January, the request listed
    /// 11 counts").
    pub rounds: &'a [super::Round],
    /// The event days of weight 2 by index into `mentions`, ascending, as the rounds read
    /// them (`rounds::event_day` with or without `lead` gives the same weight-2 days).
    pub event_days: &'a [(usize, EventDay)],
    /// Each article's sentences, as the rounds split them.
    pub splits: &'a [sentences::Splits],
}

/// Makes a noun comparable across spellings: lowercase, singular, no hyphens.
pub fn lemma(word: &str) -> String {
    // One string, sized once and cut in place: this runs for every counted noun of every
    // claim, and the copies per step were most of its cost.
    let mut lower = String::with_capacity(word.len());
    lemma_into(word, &mut lower);
    lower
}

/// `lemma(word)` written into `lower` (cleared first), so that a loop over many words can
/// reuse one buffer rather than allocate a string per word.
fn lemma_into(word: &str, lower: &mut String) {
    lower.clear();
    if word.is_ascii() {
        // Most words: an ASCII char is alphanumeric exactly when it is an ASCII letter or
        // digit. The word is copied whole and lowercased in place, and only a word with
        // other chars (a hyphen, an apostrophe) has them taken out: pushing char by char
        // was most of this function's cost.
        lower.push_str(word);
        if !word.bytes().all(|b| b.is_ascii_alphanumeric()) {
            lower.retain(|c| c.is_ascii_alphanumeric());
        }
        lower.make_ascii_lowercase();
    } else {
        lower.extend(
            word.chars()
                .map(|c| c.to_ascii_lowercase())
                .filter(|c| c.is_alphanumeric()),
        );
    }
    if lower.strip_suffix("ies").is_some_and(|s| s.len() > 2) {
        lower.truncate(lower.len() - "ies".len());
        lower.push('y');
        return;
    }
    if lower.ends_with("ss") || lower.len() <= 3 {
        return;
    }
    if lower
        .strip_suffix("es")
        .is_some_and(|s| s.ends_with("sh") || s.ends_with("ch") || s.ends_with('x'))
    {
        lower.truncate(lower.len() - "es".len());
        return;
    }
    if lower.ends_with('s') {
        lower.pop();
    }
}

/// Splits a number mention into its count and its noun: "1,000 prisoners of war" ->
/// ([1000, 1000], "prisoner"); "1,000-for-1,000" -> ([1000, 1000], ""). The count is the
/// longest run of leading words that parses as a (hedged) number.
pub fn split_count(text: &str) -> Option<(Interval, String)> {
    let text = text.quick_trim();
    // "1,000-for-1,000" states the count per side once.
    let text = text.split("-for-").next().unwrap_or(text);
    let words: Vec<&str> = text.split_whitespace().collect();
    // The leading words joined by spaces, in one buffer cut shorter for each try: a
    // joined string per try was most of this function's allocations.
    let mut joined = words.join(" ");
    (1..=words.len()).rev().find_map(|n| {
        let lead: usize = words[..n].iter().map(|w| w.len()).sum::<usize>() + n - 1;
        joined.truncate(lead);
        let interval = parse_count(&joined)?;
        let noun = words.get(n).map_or("", |w| *w);
        Some((interval, lemma(noun)))
    })
}

/// The sentence of paragraph `index` (text `paragraph`) holding byte `start`.
fn sentence_of(
    splits: &sentences::Splits,
    index: usize,
    paragraph: &str,
    start: usize,
) -> (usize, usize) {
    splits
        .enclosing(index, paragraph, start)
        .unwrap_or((0, paragraph.len()))
}

/// The nouns counted anywhere in the corpus, as lemmas (none empty), for looking up every
/// word of many sentences.
struct Counted {
    /// Only looked up, never iterated, so the hasher leaves every output as it is: the
    /// fast one, as SipHash was a third of each look-up.
    lemmas: gazetteer::FastSet<String>,
    /// Bit `i` for the lemmas opening with ASCII letter or digit `i` (`OPENINGS`), and
    /// bit 63 for those opening with another char.
    openings: u64,
}

/// The ASCII chars a lemma may open with, by bit (see `Counted`).
const OPENINGS: &[u8; 36] = b"abcdefghijklmnopqrstuvwxyz0123456789";

/// The `Counted` bit of a lemma's first char (or a word's first alphanumeric char).
fn opening_bit(c: char) -> u64 {
    let at = u8::try_from(c)
        .ok()
        .and_then(|b| OPENINGS.iter().position(|&o| o == b.to_ascii_lowercase()));
    at.map_or(1 << 63, |i| 1 << i)
}

impl Counted {
    fn new(lemmas: gazetteer::FastSet<String>) -> Self {
        let openings = lemmas
            .iter()
            .filter_map(|l| l.chars().next())
            .fold(0, |bits, c| bits | opening_bit(c));
        Counted { lemmas, openings }
    }

    /// Whether the lemma of `word` may be counted: it opens with the word's first
    /// alphanumeric char, ASCII-lowercased (`lemma_into` keeps the alphanumeric chars
    /// and cuts only suffixes), so a word whose first such char opens no counted lemma
    /// need not be lemmatised. A word without one has an empty lemma, never counted.
    fn may_hold(&self, word: &str) -> bool {
        word.chars()
            .map(|c| c.to_ascii_lowercase())
            .find(|c| c.is_alphanumeric())
            .is_some_and(|c| self.openings & opening_bit(c) != 0)
    }
}

/// The first word of `text` whose lemma is in `counted`, lemmatised into one buffer
/// reused across the words: a string per word was most of the calls' allocations.
fn first_counted_word(text: &str, counted: &Counted) -> Option<String> {
    let mut buf = String::new();
    for word in alphanumeric_words(text) {
        if !counted.may_hold(word) {
            continue;
        }
        lemma_into(word, &mut buf);
        if counted.lemmas.contains(buf.as_str()) {
            return Some(buf);
        }
    }
    None
}

/// `LENGTH_VERBS`' searchers, built once: a searcher built on every call cost more than
/// the search of the short text before a duration. (So for the speech verbs below.)
static LENGTH_FINDERS: LazyLock<Vec<memchr::memmem::Finder<'static>>> = LazyLock::new(|| {
    LENGTH_VERBS
        .iter()
        .map(|v| memchr::memmem::Finder::new(v.as_bytes()).into_owned())
        .collect()
});

/// The runs of letters, digits and hyphens of `text`, as `text.split(|c: char|
/// !c.is_alphanumeric() && c != '-')` gives them without its empty pieces. ASCII text
/// (nearly all) is read by the byte, where a letter or digit is an ASCII one: the char
/// split decoded every char and tested it against Unicode's tables.
fn alphanumeric_words(text: &str) -> impl Iterator<Item = &str> {
    let ascii = text.is_ascii();
    let mut other = (!ascii).then(|| {
        text.split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
    });
    let bytes = text.as_bytes();
    let inside = |b: u8| b.is_ascii_alphanumeric() || b == b'-';
    let mut at = if ascii { 0 } else { bytes.len() };
    std::iter::from_fn(move || {
        if let Some(words) = other.as_mut() {
            return words.next();
        }
        while at < bytes.len() && !inside(bytes[at]) {
            at += 1;
        }
        let start = at;
        while at < bytes.len() && inside(bytes[at]) {
            at += 1;
        }
        // ASCII, so every byte is a char boundary.
        (start < at).then(|| text.get(start..at)).flatten()
    })
}

/// Searchers for the verbs that make a quote's sentence speech, built once.
static SPEECH_FINDERS: LazyLock<Vec<memchr::memmem::Finder<'static>>> = LazyLock::new(|| {
    [
        "said", "says", "added", "told", "declared", "stated", "remarked", "warned", "asked",
        "replied", "wrote",
    ]
    .iter()
    .map(|v| memchr::memmem::Finder::new(v.as_bytes()).into_owned())
    .collect()
});

/// Each distinct text of `texts` parsed once, in parallel, into a table by text.
fn parse_each_once<'a, T, M>(
    texts: impl Iterator<Item = &'a str>,
    parse: impl Fn(&str) -> T + Sync,
) -> M
where
    T: Send,
    M: FromIterator<(&'a str, T)>,
{
    let mut distinct: Vec<&str> = texts.collect();
    distinct.sort_unstable();
    distinct.dedup();
    let parsed: Vec<T> = distinct.par_iter().map(|t| parse(t)).collect();
    distinct.into_iter().zip(parsed).collect()
}

/// What the claims read from the whole corpus's mentions before any article: parsed
/// mention texts and the nouns counted anywhere. It needs only the mentions, so it is
/// worked out beside the rounds, which the articles' claims wait for.
pub struct Prepared<'a> {
    parsed: Parsed<'a>,
    counted: Counted,
}

/// The corpus-wide part of the claims (see `Prepared`).
pub fn prepare(mentions: &[Mention]) -> Prepared<'_> {
    // Each number's text split into its count and noun once: the same few counts recur
    // through a corpus, and both the counted nouns below and every number's claim split
    // them. Likewise persons' titles, which recur with their person, and durations.
    let of_kind = |kind: EntityKind| {
        mentions
            .iter()
            .filter(move |m| m.kind == kind)
            .map(|m| m.text.as_str())
    };
    let titles = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Person)
        .filter_map(|m| m.detail.as_deref().filter(|t| !t.is_empty()));
    let parsed = Parsed {
        counts: parse_each_once(of_kind(EntityKind::Number), split_count),
        titles: parse_each_once(titles, normalize_title),
        durations: parse_each_once(of_kind(EntityKind::Duration), |t| {
            parse_duration(&duration_text(t))
        }),
    };
    let counts = &parsed.counts;
    // Nouns counted anywhere, so "1,200 individuals" in a sentence about a prisoner
    // exchange is counted as prisoners.
    let counted: gazetteer::FastSet<String> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Number)
        .filter_map(|m| count_noun(m, counts))
        .filter(|n| !n.is_empty() && !GENERIC_NOUNS.contains(&n.as_str()))
        .collect();
    Prepared {
        counted: Counted::new(counted),
        parsed,
    }
}

/// Extracts the claims of every article; `prepared` is `prepare(ctx.mentions)`.
pub fn extract(ctx: &Context, prepared: &Prepared) -> Vec<Claim> {
    let (parsed, counted) = (&prepared.parsed, &prepared.counted);
    // Articles in parallel, a block at a time: one parallel collect over the whole corpus
    // held a second copy of every claim while the threads' pieces were joined, which
    // pushed a 10,000-article corpus over its memory budget; a block's copy is small.
    const BLOCK: usize = 512;
    let mut claims = Vec::new();
    for block in (0..ctx.articles.len()).collect::<Vec<_>>().chunks(BLOCK) {
        let found: Vec<Claim> = block
            .par_iter()
            .flat_map_iter(|&article| {
                let mut claims = Vec::new();
                let first = ctx.mentions.partition_point(|m| m.article < article);
                let mentions = super::mentions_in(ctx.mentions, article);
                extract_article(ctx, article, first, mentions, counted, parsed, &mut claims);
                extract_quotes(ctx, article, &mut claims);
                claims
            })
            .collect();
        claims.extend(found);
    }
    claims
}

/// Each number mention's text with its `split_count`.
type Counts<'a> = gazetteer::FastMap<&'a str, Option<(Interval, String)>>;

/// Each person's title (a mention's detail) with its `normalize_title`.
type Titles<'a> = gazetteer::FastMap<&'a str, (String, bool)>;

/// What the claims read from mention texts that recur through a corpus, worked out once
/// per distinct text.
struct Parsed<'a> {
    counts: Counts<'a>,
    titles: Titles<'a>,
    /// Each duration mention's text with its `parse_duration(&duration_text(..))`.
    durations: gazetteer::FastMap<&'a str, Option<Interval>>,
}

/// `split_count` of a number mention's text, from `counts` (or split here if missing).
fn split_count_of(mention: &Mention, counts: &Counts) -> Option<(Interval, String)> {
    match counts.get(mention.text.as_str()) {
        Some(split) => split.clone(),
        None => split_count(&mention.text),
    }
}

fn count_noun(mention: &Mention, counts: &Counts) -> Option<String> {
    match &mention.detail {
        Some(detail) => Some(lemma(detail.split_whitespace().last().unwrap_or(""))),
        None => split_count_of(mention, counts).map(|(_, noun)| noun),
    }
}

/// `first` is the index in `ctx.mentions` of `mentions[0]`.
fn extract_article(
    ctx: &Context,
    article_index: usize,
    first: usize,
    mentions: &[Mention],
    counted: &Counted,
    parsed: &Parsed,
    claims: &mut Vec<Claim>,
) {
    let Some(article) = ctx.articles.get(article_index) else {
        return;
    };
    let article_round = ctx.article_round.get(article_index).copied().flatten();
    let Some(splits) = ctx.splits.get(article_index) else {
        return;
    };
    // Leader cues already given to a person: "led by X, an aide to Y" names X only.
    let mut used_cues: HashSet<(usize, usize, usize)> = HashSet::new();
    for (offset, mention) in mentions.iter().enumerate() {
        // Places, times, money and percents make no claim below: skipped before their
        // sentence and round are worked out for nothing.
        if matches!(
            mention.kind,
            EntityKind::Place | EntityKind::Time | EntityKind::Money | EntityKind::Percent
        ) {
            continue;
        }
        let Some(paragraph) = article.paragraphs.get(mention.paragraph) else {
            continue;
        };
        let sentence = sentence_of(splits, mention.paragraph, paragraph, mention.start);
        let text = &paragraph[sentence.0..sentence.1];
        // Said of a coming round when a future cue reaches the value ("a third round is due
        // to begin in Muscat on May 20"); "Türkiye will guarantee ... after two days of
        // talks" still reports the talks that were held.
        // Worked out when the first claim of the mention is made: most mentions make
        // none, and the two regex scans were a noticeable share of this loop.
        let announced_once = std::cell::OnceCell::new();
        let announced = || {
            *announced_once.get_or_init(|| {
                let reach = sentences::floor_boundary(
                    paragraph,
                    mention.start.saturating_sub(60).max(sentence.0),
                );
                is_future(paragraph.get(reach..mention.end).unwrap_or("")) && has_event_word(text)
            })
        };
        let cues = ctx.cues.get(article_index).map_or(&[][..], Vec::as_slice);
        let round = cue_round(ctx, cues, mention, sentence)
            .or_else(|| month_round(ctx, mentions, mention, sentence, article_round))
            .or(article_round);
        let base = |kind, slot: String, subject, value, display: String| Claim {
            round,
            kind,
            slot,
            subject,
            value,
            display,
            article: article_index,
            paragraph: mention.paragraph,
            start: mention.start,
            end: mention.end,
            sentence,
            announced: announced(),
        };
        match mention.kind {
            EntityKind::Number => {
                let Some((interval, noun)) = split_count_of(mention, &parsed.counts) else {
                    continue;
                };
                // `count_noun`, without splitting the text a second time.
                let mut noun = match &mention.detail {
                    Some(detail) => lemma(detail.split_whitespace().last().unwrap_or("")),
                    None => noun,
                };
                if noun.is_empty() {
                    // A bare number ("some 200") says too little to compare.
                    continue;
                }
                if GENERIC_NOUNS.contains(&noun.as_str()) {
                    // The sentence's topic: a noun counted elsewhere in the corpus.
                    // Lemmatised only until the first counted one.
                    match first_counted_word(text, counted) {
                        Some(topic) => noun = topic,
                        None => continue,
                    }
                }
                let before = paragraph
                    .get(sentence.0..mention.start)
                    .unwrap_or("")
                    .to_ascii_lowercase();
                let after = paragraph
                    .get(mention.end..sentence.1)
                    .unwrap_or("")
                    .to_ascii_lowercase();
                if is_attribution(&before, &after) {
                    // "according to two officials": who said it, not what was said.
                    continue;
                }
                let qualifier = count_qualifier(&before, &mention.text);
                // "four of the 26 chapters": 26 is the whole, four the count.
                if let Some((part, part_start, part_end)) =
                    partitive(paragraph, sentence.0, mention.start)
                {
                    let mut claim = base(
                        SlotKind::Count,
                        format!("number of {qualifier}{}", plural(&noun)),
                        None,
                        ClaimValue::Count {
                            low: part.low,
                            high: part.high,
                        },
                        paragraph
                            .get(part_start..mention.end)
                            .unwrap_or("")
                            .to_string(),
                    );
                    claim.start = part_start;
                    claim.end = part_end.max(part_start);
                    claims.push(claim);
                    claims.push(base(
                        SlotKind::Count,
                        format!("total number of {}", plural(&noun)),
                        None,
                        ClaimValue::Count {
                            low: interval.low,
                            high: interval.high,
                        },
                        mention.text.clone(),
                    ));
                    continue;
                }
                claims.push(base(
                    SlotKind::Count,
                    format!("number of {qualifier}{}", plural(&noun)),
                    None,
                    ClaimValue::Count {
                        low: interval.low,
                        high: interval.high,
                    },
                    mention.text.clone(),
                ));
            }
            EntityKind::Duration => {
                // Lowered here, for the one kind that reads it: a copy of the sentence per
                // mention was a large share of the claims' allocations.
                let lower = text.to_ascii_lowercase();
                let Some((kind, slot)) = duration_slot(paragraph, sentence, mention, &lower) else {
                    continue;
                };
                let interval = match parsed.durations.get(mention.text.as_str()) {
                    Some(&interval) => interval,
                    None => parse_duration(&duration_text(&mention.text)),
                };
                let Some(interval) = interval else {
                    continue;
                };
                claims.push(base(
                    kind,
                    slot,
                    None,
                    ClaimValue::Duration {
                        low: interval.low,
                        high: interval.high,
                    },
                    mention.text.clone(),
                ));
            }
            EntityKind::Date => {
                let anchor = ctx.anchors.get(article_index).copied().unwrap_or_default();
                let round_date = round.and_then(|r| ctx.rounds.get(r)).and_then(|r| r.date);
                if let Some(interval) = time_since_date(
                    paragraph,
                    sentence,
                    mention,
                    round_date.or(anchor.published),
                    anchor,
                ) {
                    claims.push(base(
                        SlotKind::TimeSince,
                        SINCE_LAST.to_string(),
                        None,
                        ClaimValue::Duration {
                            low: interval.low,
                            high: interval.high,
                        },
                        mention.text.clone(),
                    ));
                    continue;
                }
                // `event_day(paragraph, mention, anchor, false)` of weight 2, as the rounds
                // already worked it out.
                let Ok(found) = ctx
                    .event_days
                    .binary_search_by_key(&(first + offset), |&(index, _)| index)
                else {
                    continue;
                };
                let Some(&(
                    _,
                    EventDay {
                        weekday,
                        date,
                        phase,
                        ..
                    },
                )) = ctx.event_days.get(found)
                else {
                    continue;
                };
                claims.push(base(
                    SlotKind::Day,
                    phase.slot().to_string(),
                    None,
                    ClaimValue::Day {
                        weekday: weekday.map(|w| weekday_name(w).to_string()),
                        date,
                    },
                    mention.text.clone(),
                ));
            }
            // A court or a ministry is where a hearing or a meeting sits, like a palace.
            EntityKind::Facility | EntityKind::Organization
                if is_venue(paragraph, sentence, mention) =>
            {
                if let Some(entity) = mention.entity {
                    let name = ctx.entities.get(entity).map_or("", |e| e.name.as_str());
                    claims.push(base(
                        SlotKind::Venue,
                        "venue".to_string(),
                        None,
                        ClaimValue::Entity { entity },
                        name.to_string(),
                    ));
                }
            }
            EntityKind::Person => {
                let Some(entity) = mention
                    .entity
                    .and_then(|e| ctx.entities.get(e).map(|x| (e, x)))
                else {
                    continue;
                };
                if let Some(title) = mention.detail.as_deref().filter(|t| !t.is_empty()) {
                    let (role, former) = match parsed.titles.get(title) {
                        Some(normalized) => normalized.clone(),
                        None => normalize_title(title),
                    };
                    if !role.is_empty() {
                        let mut claim = base(
                            SlotKind::Title,
                            "title".to_string(),
                            Some(entity.1.name.clone()),
                            ClaimValue::Title { role, former },
                            title.to_string(),
                        );
                        claim.start = mention.start;
                        claims.push(claim);
                    }
                }
                let led = led_delegation(paragraph, sentence, mention)
                    .filter(|(_, at)| used_cues.insert((mention.paragraph, sentence.0, *at)));
                if let Some((side, _)) = led {
                    claims.push(base(
                        SlotKind::Leader,
                        "delegation leader".to_string(),
                        Some(side),
                        ClaimValue::Entity { entity: entity.0 },
                        entity.1.name.clone(),
                    ));
                }
            }
            _ => {}
        }
    }
}

fn weekday_name(w: chrono::Weekday) -> &'static str {
    match w {
        chrono::Weekday::Mon => "Monday",
        chrono::Weekday::Tue => "Tuesday",
        chrono::Weekday::Wed => "Wednesday",
        chrono::Weekday::Thu => "Thursday",
        chrono::Weekday::Fri => "Friday",
        chrono::Weekday::Sat => "Saturday",
        chrono::Weekday::Sun => "Sunday",
    }
}

fn plural(noun: &str) -> String {
    if noun.ends_with('y') && !noun.ends_with("ay") && !noun.ends_with("ey") {
        format!("{}ies", &noun[..noun.len() - 1])
    } else if noun.ends_with('s') || noun.ends_with("sh") || noun.ends_with("ch") {
        format!("{noun}es")
    } else {
        format!("{noun}s")
    }
}

/// The round a sentence's own ordinal gives the mention: a sentence that opens on a round
/// ("In the first round in March, ...", "After the second round, ...") speaks of it as a
/// whole; otherwise only a value right beside the cue does ("up from four at the end of the
/// first round").
fn cue_round(
    ctx: &Context,
    cues: &[OrdinalCue],
    mention: &Mention,
    sentence: (usize, usize),
) -> Option<usize> {
    let paragraph = ctx
        .articles
        .get(mention.article)?
        .paragraphs
        .get(mention.paragraph)?;
    let sentence_text = paragraph.get(sentence.0..sentence.1)?;
    // Lowercased only for a sentence with a cue, which few are: a copy per mention was a
    // large share of the claims' allocations.
    let mut lowered: Option<String> = None;
    cues.iter()
        .filter(|c| c.paragraph == mention.paragraph && c.sentence == sentence && !c.announced)
        .find_map(|c| {
            let ordinal = super::rounds::ORDINALS.get((c.ordinal as usize).checked_sub(1)?)?;
            let text = lowered.get_or_insert_with(|| sentence_text.to_ascii_lowercase());
            let at = text
                .find(&format!("{ordinal} round"))
                .or_else(|| text.find(ordinal))?;
            let cue = sentence.0 + at;
            let opens = at < 40;
            let beside = (mention.start >= cue && mention.start - cue < 60)
                || (mention.end <= cue && cue - mention.end < 40);
            (opens || beside)
                .then(|| (ctx.round_of_ordinal)(c.ordinal))
                .flatten()
        })
}

/// A sentence that names the month of another round ("When he first appeared in court in
/// January, the request listed 11 counts") speaks of that round.
fn month_round(
    ctx: &Context,
    mentions: &[Mention],
    mention: &Mention,
    sentence: (usize, usize),
    article_round: Option<usize>,
) -> Option<usize> {
    use chrono::Datelike;
    let own_month = article_round
        .and_then(|r| ctx.rounds.get(r))
        .and_then(|r| r.date)
        .map(|d| (d.year(), d.month()));
    // The article's mentions are sorted by paragraph and start (as `extract_mentions`
    // and `propagate_names` leave them), so those inside the sentence are one run, found
    // by binary search: the scan of every mention of the article for each value was a
    // cost quadratic in the article's length.
    let from =
        mentions.partition_point(|m| (m.paragraph, m.start) < (mention.paragraph, sentence.0));
    let inside = mentions[from..]
        .partition_point(|m| m.paragraph == mention.paragraph && m.start <= sentence.1);
    mentions[from..from + inside]
        .iter()
        .filter(|m| {
            // The month must frame the sentence (in its opening words) or sit beside the
            // value: "up from the number agreed in Geneva in February" at the end of a
            // sentence about this round does not move the rest of it.
            let near = m.start.abs_diff(mention.start) < 50 || m.start < sentence.0 + 40;
            m.kind == EntityKind::Date
                && m.paragraph == mention.paragraph
                && m.start >= sentence.0
                && m.end <= sentence.1
                && near
        })
        .find_map(|m| {
            let text = m.text.trim_start_matches("in ").quick_trim();
            let mut words = text.split_whitespace();
            let month = super::values::parse_month(words.next()?)?;
            let year: Option<i32> = words.next().and_then(|y| y.parse().ok());
            if words.next().is_some() {
                return None;
            }
            let matches: Vec<usize> = ctx
                .rounds
                .iter()
                .enumerate()
                .filter(|(_, r)| {
                    r.date
                        .is_some_and(|d| d.month() == month && year.is_none_or(|y| d.year() == y))
                })
                .map(|(i, _)| i)
                .collect();
            match matches.as_slice() {
                [only] if own_month.is_some_and(|(_, m)| m != month) => Some(*only),
                _ => None,
            }
        })
}

/// "over the past two years" is a span of two years, not "more than two".
fn duration_text(text: &str) -> String {
    let lower = text.to_ascii_lowercase();
    for prefix in [
        "over the past ",
        "over the last ",
        "for the past ",
        "for the last ",
        "in the past ",
        "in the last ",
        "the past ",
        "the last ",
        "past ",
        "last ",
    ] {
        if let Some(rest) = lower.strip_prefix(prefix) {
            return rest.to_string();
        }
    }
    text.to_string()
}

/// Which slot a duration fills, from its sentence: the length of a named thing ("a 30-day
/// ceasefire"), time since the conflict began, time since the sides last met, or the
/// length of the event itself.
fn duration_slot(
    paragraph: &str,
    sentence: (usize, usize),
    mention: &Mention,
    lower_sentence: &str,
) -> Option<(SlotKind, String)> {
    let after = paragraph.get(mention.end..sentence.1)?.to_ascii_lowercase();
    let before = paragraph
        .get(sentence.0..mention.start)?
        .to_ascii_lowercase();
    let text = mention.text.to_ascii_lowercase();
    // The span may stop inside a hyphenated noun ("a 30-day cease|-fire"): read on.
    let onward = paragraph
        .get(mention.start..sentence.1)?
        .to_ascii_lowercase();
    // A compound adjective names its noun: "30-day ceasefire", "a 48-hour strike"; the noun
    // may be inside the span ("a 30-day ceasefire") or right after it. Every `COMPOUND`
    // match has a hyphen before its unit's first letter: most durations' sentences have
    // none, and are spared the capture search (a vectorised search for the hyphens).
    let bytes = onward.as_bytes();
    let unit_after_hyphen = memchr::memchr_iter(b'-', bytes).any(|at| {
        bytes
            .get(at + 1)
            .is_some_and(|b| matches!(b, b'm' | b'h' | b'd' | b'w' | b'y'))
    });
    if let Some(c) = unit_after_hyphen
        .then(|| COMPOUND.captures(&onward))
        .flatten()
        .filter(|c| c.get_group(0).is_some_and(|m| m.start < text.len()))
    {
        let inside = c.get_group(1).map(|m| onward[m.range()].to_string());
        let noun = inside
            .filter(|w| !w.is_empty())
            .or_else(|| after.split_whitespace().next().map(str::to_string))
            .map(|w| lemma(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')))
            .filter(|w| !w.is_empty())?;
        if EVENT_WORDS.contains(&noun.as_str()) || EVENT_WORDS.contains(&plural(&noun).as_str()) {
            return Some((SlotKind::Duration, event_length_slot(&text)));
        }
        return Some((
            SlotKind::Duration,
            format!("length of the {}", noun.replace('-', "")),
        ));
    }
    // "three years ago", "three years into the war", "over the past two years" in a
    // sentence about the conflict: how long it has lasted.
    let looks_back = text.ends_with(" ago")
        || after.quick_trim_start().starts_with("ago")
        || after.quick_trim_start().starts_with("into")
        || before.ends_with("the past ")
        || before.ends_with("the last ")
        || text.starts_with("over the past")
        || text.starts_with("the past");
    if looks_back {
        if let Some(word) = CONFLICT_WORDS
            .iter()
            .find(|w| contains_word(lower_sentence, w))
        {
            return Some((
                SlotKind::TimeSince,
                format!("time since the {} began", conflict_group(word)),
            ));
        }
    }
    // "the first talks in more than three years", "had not met in two years"
    // "ran for nearly four hours", "lasted about 40 minutes": the length of the meeting.
    let verb_before = before
        .split_whitespace()
        .rev()
        .take(3)
        .any(|w| LENGTH_VERBS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())));
    if verb_before && has_event_word(lower_sentence) {
        return Some((SlotKind::Duration, event_length_slot(&text)));
    }
    // "the first talks in three years", "had not met for two years".
    let negated = lower_sentence.contains("not ") || lower_sentence.contains("n't ");
    let before_end = before.quick_trim_end();
    if (before_end.ends_with(" in") && contains_word(lower_sentence, "first"))
        || ((before_end.ends_with(" in") || before_end.ends_with(" for")) && negated)
    {
        return Some((SlotKind::TimeSince, SINCE_LAST.to_string()));
    }
    let event_after = after
        .quick_trim_start()
        .strip_prefix("of ")
        .and_then(|rest| rest.split_whitespace().next())
        .is_some_and(|w| EVENT_WORDS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())));
    if event_after
        || LENGTH_FINDERS
            .iter()
            .any(|v| contains_word_found(&before, v))
            && has_event_word(lower_sentence)
    {
        return Some((SlotKind::Duration, event_length_slot(&text)));
    }

    None
}

/// "according to two officials", "two officials said": a count of sources, not a claim.
fn is_attribution(before: &str, after: &str) -> bool {
    let before = before.quick_trim_end();
    let next: Vec<&str> = after.split_whitespace().take(3).collect();
    before.ends_with("according to")
        || before.ends_with("quoted")
        || next.iter().any(|w| {
            matches!(
                w.trim_matches(|c: char| !c.is_alphanumeric()),
                "said" | "say" | "says" | "told" | "familiar" | "briefed"
            )
        })
}

/// Words that make a count a different quantity: "the remaining nine chapters" are those
/// still open, not those agreed.
fn count_qualifier(before: &str, text: &str) -> &'static str {
    let last = before.split_whitespace().last().unwrap_or("").to_string();
    // The qualifier may stand before the number or after it ("five other governments").
    let inside = text.split_whitespace().take(3).map(str::to_ascii_lowercase);
    for word in std::iter::once(last).chain(inside) {
        match word.as_str() {
            "remaining" | "outstanding" | "unresolved" | "pending" | "open" => return "remaining ",
            "other" | "additional" | "further" | "more" | "extra" => return "additional ",
            _ => {}
        }
    }
    ""
}

/// "four of the 26 chapters", "4 of 26 chapters": the number before "of" and its span.
fn partitive(
    paragraph: &str,
    sentence_start: usize,
    at: usize,
) -> Option<(Interval, usize, usize)> {
    let before = paragraph.get(sentence_start..at)?;
    let trimmed = before.quick_trim_end();
    let rest = trimmed
        .strip_suffix(" the")
        .unwrap_or(trimmed)
        .quick_trim_end()
        .strip_suffix(" of")?;
    let word_start = rest.rfind(char::is_whitespace).map_or(0, |i| i + 1);
    let word = &rest[word_start..];
    let value = parse_count(word)?;
    let start = sentence_start + word_start;
    Some((value, start, start + word.len()))
}

/// "the first talks in three years", "the first strike since July 2019": reports of one
/// round that say how long it had been say it of the same thing.
const SINCE_LAST: &str = "time since it last happened";

/// Multi-day spans measure the whole round, shorter ones a sitting: "three days of talks"
/// and "a session of about 40 minutes" are different facts, never a dispute.
fn event_length_slot(text: &str) -> String {
    let minutes = parse_duration(&duration_text(text)).map_or(0.0, |i| i.high);
    if minutes >= 1_440.0 {
        "length of the round".to_string()
    } else {
        "length of the meeting".to_string()
    }
}

static COMPOUND: TextRegex = TextRegex::new(
    r"\b(?:\d+|[a-z]+)-(?:minute|hour|day|week|month|year)s?\b(?:\s+([a-z][a-z-]*))?",
    Scan::Automaton,
);

/// "the first walkout since July 2019": how long before `now` the date lies, as an
/// interval as wide as the date's precision (a month when no day is given).
fn time_since_date(
    paragraph: &str,
    sentence: (usize, usize),
    mention: &Mention,
    now: Option<chrono::NaiveDate>,
    anchor: Anchor,
) -> Option<Interval> {
    let now = now?;
    // "since " before the date, in any ASCII case, is asked first: most dates have none,
    // and the sentence is then neither lowercased nor searched.
    let before = paragraph.get(sentence.0..mention.start)?.as_bytes();
    let since = before.len() >= 6 && before[before.len() - 6..].eq_ignore_ascii_case(b"since ");
    if !since {
        return None;
    }
    let lower = paragraph.get(sentence.0..sentence.1)?.to_ascii_lowercase();
    if !(contains_word(&lower, "first") || contains_word(&lower, "not")) {
        return None;
    }
    let text = mention.text.quick_trim();
    let year = anchor
        .published
        .map(|d| chrono::Datelike::year(&d))
        .or(anchor.year);
    let (start, end) = match super::values::parse_date(text, year) {
        Some(d) => (d, d),
        None => {
            // "July 2019", "2022", "April"
            let mut words = text.split_whitespace();
            let first_word = words.next()?;
            let (month, year) = match super::values::parse_month(first_word) {
                Some(m) => (
                    Some(m),
                    words.next().and_then(|y| y.parse::<i32>().ok()).or(year)?,
                ),
                None => (None, first_word.parse::<i32>().ok()?),
            };
            match month {
                Some(m) => {
                    let from = chrono::NaiveDate::from_ymd_opt(year, m, 1)?;
                    (from, from + chrono::Duration::days(30))
                }
                None => (
                    chrono::NaiveDate::from_ymd_opt(year, 1, 1)?,
                    chrono::NaiveDate::from_ymd_opt(year, 12, 31)?,
                ),
            }
        }
    };
    let minutes = |d: chrono::NaiveDate| (now - d).num_days() as f64 * 1_440.0;
    (start <= now).then(|| Interval::new(minutes(end).max(0.0), minutes(start)))
}

/// A facility is the venue when the sentence puts the event at it: "held at the X",
/// "talks at Istanbul's X", "met in the X" — not "water from the X dam".
fn is_venue(paragraph: &str, sentence: (usize, usize), mention: &Mention) -> bool {
    let Some(before) = paragraph.get(sentence.0..mention.start) else {
        return false;
    };
    // The preposition within four words before the name ("at the lavish X"). Most
    // names have none: their words are only read, not collected.
    let mut near = words_last_first(before).take(4);
    let located = if mention.kind == EntityKind::Organization {
        // "at the Commerce Ministry" is a place; "in the ministry" is membership.
        near.any(|w| w.eq_ignore_ascii_case("at"))
    } else {
        near.any(|w| {
            ["at", "in", "inside"]
                .iter()
                .any(|p| w.eq_ignore_ascii_case(p))
        })
    };
    if !located {
        return false;
    }
    // Only the last twelve words are read, in any ASCII case: ASCII lowercasing moves no
    // whitespace, so the words picked are lowercased alone.
    // Held on the stack and joined into one string lowercased in place.
    let mut last = [""; 12];
    let mut count = 0;
    for (slot, word) in last.iter_mut().zip(words_last_first(before)) {
        *slot = word;
        count += 1;
    }
    let mut joined = String::with_capacity(before.len());
    for word in last[..count].iter().rev() {
        if !joined.is_empty() {
            joined.push(' ');
        }
        joined.push_str(word);
    }
    joined.make_ascii_lowercase();
    has_event_word(&joined)
}

/// The words of `text` split at whitespace, last first, as `split_whitespace().rev()`
/// gives them. ASCII text (nearly all) is read by the byte, where whitespace is these six
/// bytes: the char iterator decoded each char from the end and tested it for Unicode
/// whitespace.
fn words_last_first(text: &str) -> impl Iterator<Item = &str> {
    let ascii = text.is_ascii();
    let mut other = (!ascii).then(|| text.split_whitespace().rev());
    let bytes = text.as_bytes();
    let space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r');
    let mut end = if ascii { bytes.len() } else { 0 };
    std::iter::from_fn(move || {
        if let Some(words) = other.as_mut() {
            return words.next();
        }
        while end > 0 && space(bytes[end - 1]) {
            end -= 1;
        }
        let stop = end;
        while end > 0 && !space(bytes[end - 1]) {
            end -= 1;
        }
        // ASCII, so every byte is a char boundary.
        (end < stop).then(|| text.get(end..stop)).flatten()
    })
}

/// War, conflict and invasion are one slot: reports use them interchangeably.
fn conflict_group(word: &str) -> &'static str {
    match word {
        "war" | "conflict" | "invasion" | "fighting" | "hostilities" | "occupation" => "conflict",
        "strike" | "lockout" | "shutdown" => "strike",
        "trial" | "case" => "case",
        _ => "crisis",
    }
}

/// A title reduced to its role for comparison: "former U.S. President" -> ("president",
/// true); nationality words and countries dropped since sources add or omit them freely.
pub fn normalize_title(title: &str) -> (String, bool) {
    let mut former = false;
    let mut words = Vec::new();
    for raw in title.split_whitespace() {
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
        let lower = word.to_ascii_lowercase();
        if lower == "former" || lower == "ex" || lower == "then" {
            former = true;
            continue;
        }
        if gazetteer::is_place_or_demonym(word) || word.ends_with("'s") || word.ends_with("’s") {
            continue;
        }
        if matches!(
            lower.as_str(),
            "the" | "a" | "an" | "of" | "u.s." | "us" | "u.k." | "uk"
        ) {
            continue;
        }
        words.push(lower);
    }
    (words.join(" "), former)
}

/// "a delegation led by X", "X, who led the delegation", "delegation head X", "head of
/// Ukraine's delegation, X", "Ukraine was represented by X": returns the delegation's side.
/// Returns the side and where its cue sits (chars from the sentence start), so one cue
/// names one leader: the first person after it.
fn led_delegation(
    paragraph: &str,
    sentence: (usize, usize),
    mention: &Mention,
) -> Option<(String, usize)> {
    let before = paragraph.get(sentence.0..mention.start)?;
    let after = paragraph.get(mention.end..sentence.1)?;
    // "headed by Putin’s aide, X": the possessor is not the leader.
    if after.starts_with("’s") || after.starts_with("'s") {
        return None;
    }
    // Each cue below holds "led", "lead" or "head", or before the name "chief negotiator"
    // or "represented": a sentence with none of them (most) names no leader, told without
    // lowercased copies or running the three patterns.
    let holds = |text: &str, words: &[&str]| words.iter().any(|w| contains_ascii_nocase(text, w));
    if !holds(before, &["led", "head", "chief negotiator", "represented"])
        && !holds(after, &["led", "lead", "head"])
    {
        return None;
    }
    let before_lower = before.to_ascii_lowercase();
    let before_chars = before_lower.chars().count();
    let skipped = before_chars.saturating_sub(90);
    // The last 90 chars, borrowed from where they start rather than copied char by char.
    let window: &str = before_lower
        .char_indices()
        .nth(skipped)
        .map_or("", |(at, _)| &before_lower[at..]);
    let after_lower = after.to_ascii_lowercase();
    let who_led = WHO_LED.captures(&after_lower);
    // The side a cue names itself: "the Houthi delegation, led by", "led the management
    // team", "who led the case for Kazakhstan".
    let (cue, named) = if let Some(c) = LED_BY.captures(window) {
        (
            c.get_group(0).map_or(0, |m| m.start),
            c.get_group(1).map(|m| window[m.range()].to_string()),
        )
    } else if let Some(m) = HEAD_OF.find(window) {
        (m.start(), None)
    } else if let Some(c) = &who_led {
        (
            window.len(),
            c.get(1)
                .or_else(|| c.get(2))
                .map(|m| m.as_str().to_string()),
        )
    } else {
        return None;
    };
    let cue_at = skipped + window[..cue].chars().count();
    let context = &window[..cue];
    let near_person = &window[cue..];
    let side = named
        .as_deref()
        .and_then(side_name)
        .or_else(|| last_place(context))
        .or_else(|| last_place(near_person))?;
    Some((side, cue_at))
}

/// Whether `haystack` holds `needle` (lowercase ASCII) in any ASCII case: what finding it in
/// the ASCII-lowercased haystack would answer, without the copy.
fn contains_ascii_nocase(haystack: &str, needle: &str) -> bool {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    let Some((&first, rest)) = n.split_first() else {
        return true;
    };
    memchr::memchr2_iter(first, first.to_ascii_uppercase(), h).any(|i| {
        h.get(i + 1..i + n.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(rest))
    })
}

static LED_BY: TextRegex = TextRegex::new(
    r"(\S+)\s+(?:delegation|team|side|negotiators)(?:\s+[^,.;]{0,30}?)?,?\s+(?:which\s+|who\s+)?(?:was\s+|were\s+|is\s+)?(?:again\s+)?(?:led|headed)\s+by\s+(?:[^.;]{0,60}?)$",
    Scan::Automaton,
);

static HEAD_OF: TextRegex = TextRegex::new(
    r"(delegation head|head of (?:the )?(?:\S+\s+){0,2}delegation,?|chief negotiator,?|(?:was|were)\s+represented\s+by)\s+(?:[^,.;]{0,40}?)$",
    Scan::Automaton,
);

static WHO_LED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:,\s+(?:the\s+[^,.;]{0,50}?\s+)?who|,)?\s+(?:again\s+|also\s+)?(?:led|headed|leading|heading)\s+(?:the\s+)?(?:(\S+?)(?:['’]s)?\s+(?:delegation|team|side|negotiators|case)|(?:delegation|team|side|negotiators|case)?\s*for\s+(?:the\s+)?(\S+))")
        .unwrap_or_else(|_| unreachable!("literal pattern"))
});

/// A side as a cue words it: a country or demonym becomes the country ("Iraqi" ->
/// "Iraq"); the usual words for the two sides of a labour or business negotiation
/// become one name each; any other capitalised or plain noun stays itself.
fn side_name(word: &str) -> Option<String> {
    let word = word
        .trim_end_matches("’s")
        .trim_end_matches("'s")
        .trim_matches(|c: char| !c.is_alphanumeric());
    if let Some(country) = gazetteer::country_of(word) {
        return Some(country);
    }
    let lower = word.to_ascii_lowercase();
    match lower.as_str() {
        "" | "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "whose" | "each"
        | "one" | "other" | "both" => None,
        "management" | "company" | "companies" | "employer" | "employers" | "firm" | "owners" => {
            Some("management".to_string())
        }
        "union" | "unions" | "workers" | "labour" | "labor" | "staff" => Some("union".to_string()),
        _ => Some(lower),
    }
}

/// The last country or demonym in a text, as a country name.
fn last_place(text: &str) -> Option<String> {
    text.split(|c: char| c.is_whitespace() || c == ',')
        .rev()
        .take(8)
        .map(|w| w.trim_end_matches("’s").trim_end_matches("'s"))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .find_map(gazetteer::country_of)
}

/// The quotes of a paragraph as byte ranges with their marks: “…” or "…" holding 12 to
/// 600 characters and no closing mark, leftmost first and not overlapping. This is what
/// the pattern `“([^”]{12,600})”|"([^"]{12,600})"` finds, scanned by hand: the pattern's
/// 600-long repetitions of a Unicode class made it the costliest regex to compile.
fn quote_spans(text: &str) -> Vec<(usize, usize)> {
    // Per closing mark, where its next occurrence was found: a later opening mark before
    // that place has the same closing one, which keeps the scan linear when many opening
    // marks share one distant close.
    let mut next_close: [Option<Option<usize>>; 2] = [None, None];
    let mut spans = Vec::new();
    let mut from = 0;
    while let Some(open) = next_open_mark(text, from) {
        let (mark, close, slot) = if text[open..].starts_with('“') {
            ('“', '”', 0)
        } else {
            ('"', '"', 1)
        };
        let body = open + mark.len_utf8();
        let found = match next_close[slot] {
            Some(None) => None,
            Some(Some(at)) if at >= body => Some(at),
            _ => {
                let at = text[body..].find(close).map(|k| body + k);
                next_close[slot] = Some(at);
                at
            }
        };
        if let Some(at) = found {
            let chars = text[body..at].chars().take(601).count();
            if (12..=600).contains(&chars) {
                let end = at + close.len_utf8();
                spans.push((open, end));
                from = end;
                continue;
            }
        }
        from = body;
    }
    spans
}

/// The byte offset of the first opening mark (“ or ") at or after `from`. Found by the
/// byte with a vectorised search for `"` and for “'s lead byte, rather than by decoding
/// every char of every paragraph: most paragraphs hold no quote.
fn next_open_mark(text: &str, from: usize) -> Option<usize> {
    const CURLY: &[u8] = "“".as_bytes();
    let bytes = text.as_bytes();
    let mut at = from;
    while let Some(offset) = memchr::memchr2(b'"', CURLY[0], bytes.get(at..)?) {
        let i = at + offset;
        if bytes[i] == b'"' || bytes[i..].starts_with(CURLY) {
            return Some(i);
        }
        // Another char with the same lead byte: its continuation bytes are neither mark.
        at = i + 1;
    }
    None
}

/// Quotes with their speaker: the person named in the quote's sentence (or the next one)
/// beside a speech verb, or the last person named before it for "he said".
fn extract_quotes(ctx: &Context, a: usize, claims: &mut Vec<Claim>) {
    if let (Some(article), Some(splits)) = (ctx.articles.get(a), ctx.splits.get(a)) {
        let round = ctx.article_round.get(a).copied().flatten();
        let persons: Vec<&Mention> = super::mentions_in(ctx.mentions, a)
            .iter()
            .filter(|m| m.kind == EntityKind::Person && m.entity.is_some())
            .collect();
        for (p, paragraph) in article.paragraphs.iter().enumerate() {
            // Lowered once for all of the paragraph's quotes, and only if it has one.
            let mut lowered: Option<String> = None;
            // The quote is the span without its quote marks.
            for (whole_start, whole_end) in quote_spans(paragraph) {
                let marks = &paragraph[whole_start..whole_end];
                let quote = marks
                    .strip_prefix('“')
                    .and_then(|q| q.strip_suffix('”'))
                    .or_else(|| marks.strip_prefix('"').and_then(|q| q.strip_suffix('"')))
                    .unwrap_or("");
                let sentence = sentence_of(splits, p, paragraph, whole_start);
                let tail_end = splits
                    .of(p, paragraph)
                    .iter()
                    .find(|(s, _)| *s >= whole_end)
                    .map_or(paragraph.len(), |(_, e)| e);
                // ASCII lowering keeps byte offsets: "İ" would grow a byte under
                // `to_lowercase` and shift every offset after it.
                let lower = lowered.get_or_insert_with(|| paragraph.to_ascii_lowercase());
                if !SPEECH_FINDERS
                    .iter()
                    .any(|v| contains_word_found(&lower[sentence.0..tail_end.max(sentence.1)], v))
                {
                    continue;
                }
                // Prefer a person named in the same paragraph outside the quote; else the last
                // person named before it in the article ("he said").
                let speaker = persons
                    .iter()
                    .filter(|m| {
                        m.paragraph == p
                            && (m.end <= whole_start || m.start >= whole_end)
                            && m.start < tail_end
                            && m.start + 200 >= whole_start
                    })
                    .min_by_key(|m| (m.start as isize - whole_start as isize).unsigned_abs())
                    .or_else(|| {
                        persons.iter().rfind(|m| {
                            m.paragraph < p || (m.paragraph == p && m.end <= whole_start)
                        })
                    });
                let Some(speaker) = speaker
                    .and_then(|m| m.entity)
                    .and_then(|e| ctx.entities.get(e))
                else {
                    continue;
                };
                claims.push(Claim {
                    round,
                    kind: SlotKind::Quote,
                    slot: "quote".to_string(),
                    subject: Some(speaker.name.clone()),
                    value: ClaimValue::Quote {
                        text: gazetteer::fold(quote),
                    },
                    display: format!("“{}”", quote.quick_trim()),
                    article: a,
                    paragraph: p,
                    start: whole_start,
                    end: whole_end,
                    sentence: (sentence.0.min(whole_start), sentence.1.max(whole_end)),
                    announced: false,
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_counted_lemma_opens_as_its_word() {
        let lemmas: gazetteer::FastSet<String> = ["prisoner", "2020s", "\u{e9}lu"]
            .iter()
            .map(|l| l.to_string())
            .collect();
        let counted = Counted::new(lemmas);
        for word in [
            "Prisoners",
            "-prisoners",
            "2020s",
            "\u{c9}lus",
            "élus",
            "talks",
            "-",
            "x",
        ] {
            let mut lemma = String::new();
            lemma_into(word, &mut lemma);
            if counted.lemmas.contains(&lemma) {
                assert!(counted.may_hold(word), "{word}");
            }
        }
        assert!(!counted.may_hold("talks"));
        assert!(!counted.may_hold("-"));
    }

    #[test]
    fn alphanumeric_words_split_as_the_char_split() {
        let texts = [
            "",
            "--",
            "the 1,200 well-paid staff (say) x-",
            "  two,three;four ",
            "Çalışkan's 3rd-round talks",
            "a\u{a0}b—c",
        ];
        for text in texts {
            let want: Vec<&str> = text
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .filter(|w| !w.is_empty())
                .collect();
            let got: Vec<&str> = alphanumeric_words(text).collect();
            assert_eq!(got, want, "{text:?}");
        }
    }

    #[test]
    fn words_last_first_split_as_split_whitespace() {
        let texts = [
            "",
            " ",
            "talks were held at the",
            "  two\tspaces\n and\x0Ba\x0Ctab\r ",
            "held in the old town's hall, at ",
            "met in Zürich\u{a0}at the",
            "a\u{2003}b c",
        ];
        for text in texts {
            let want: Vec<&str> = text.split_whitespace().rev().collect();
            let got: Vec<&str> = words_last_first(text).collect();
            assert_eq!(got, want, "{text:?}");
        }
    }

    #[test]
    fn ascii_words_lemmatise_as_by_their_chars() {
        for word in [
            "Prisoners",
            "batches",
            "U.N.-run",
            "COUNTIES",
            "glass",
            "x",
            "a1-b2's",
        ] {
            let mut ascii = String::new();
            lemma_into(word, &mut ascii);
            // U+0300 (a combining accent) is no alphanumeric char: the word with it goes
            // the char by char way, which drops it, and must give the same lemma.
            let mut by_chars = String::new();
            lemma_into(&format!("{word}\u{300}"), &mut by_chars);
            assert_eq!(ascii, by_chars, "{word}");
        }
    }

    #[test]
    fn ascii_compiles_match_as_the_unicode_ones_on_ascii_text() {
        let texts = [
            "a 30-day ceasefire and a 48-hour strike, then two-week talks",
            "the houthi delegation, which was again led by mr roe",
            "the head of the government delegation, chief negotiator, was represented by",
            "their team is headed by",
        ];
        for pattern in [&COMPOUND, &LED_BY, &HEAD_OF] {
            pattern.assert_ascii_agrees(&texts);
        }
    }

    #[test]
    fn ascii_nocase_search_agrees_with_a_lowercased_copy() {
        for text in [
            "A delegation LED by",
            "Headed by the",
            "the chief Negotiator, X",
            "no cue here",
            "lEd",
            "é led",
            "",
            "le",
        ] {
            for needle in ["led", "head", "chief negotiator", "lead"] {
                assert_eq!(
                    contains_ascii_nocase(text, needle),
                    text.to_ascii_lowercase().contains(needle),
                    "{text:?} {needle:?}"
                );
            }
        }
    }

    #[test]
    fn counts_split_into_number_and_noun() {
        for (text, value, noun) in [
            ("1,000 prisoners", 1000.0, "prisoner"),
            ("1,000 prisoners of war", 1000.0, "prisoner"),
            ("1,200 individuals", 1200.0, "individual"),
            ("a thousand prisoners", 1000.0, "prisoner"),
            ("6,000 bodies", 6000.0, "body"),
            ("1,000-for-1,000", 1000.0, ""),
            ("300 detainees", 300.0, "detainee"),
        ] {
            let (interval, found) = split_count(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(interval.low, value, "{text}");
            assert_eq!(found, noun, "{text}");
        }
    }

    proptest::proptest! {
        /// The hand-written scan finds exactly what the regex it replaced found.
        #[test]
        fn quote_spans_match_the_quote_pattern(
            parts in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::strategy::Just("“"), proptest::strategy::Just("”"),
                    proptest::strategy::Just("\""), proptest::strategy::Just("a"),
                    proptest::strategy::Just("é"), proptest::strategy::Just("words ten "),
                    proptest::strategy::Just(" "),
                ],
                0..400,
            )
        ) {
            let text: String = parts.concat();
            let pattern = Regex::new(r#"“([^”]{12,600})”|"([^"]{12,600})""#)
                .unwrap_or_else(|_| unreachable!());
            let expected: Vec<(usize, usize)> =
                pattern.find_iter(&text).map(|m| (m.start(), m.end())).collect();
            proptest::prop_assert_eq!(quote_spans(&text), expected);
        }
    }

    #[test]
    fn quote_spans_keep_the_pattern_limits() {
        let inner = |n: usize| "x".repeat(n);
        for n in [11, 12, 600, 601] {
            let text = format!("said “{}” and \"{}\"", inner(n), inner(n));
            let found = quote_spans(&text).len();
            assert_eq!(found, if (12..=600).contains(&n) { 2 } else { 0 }, "{n}");
        }
        // An opening mark inside a curly quote belongs to it; a long one is skipped.
        let text = format!("“a “{}” b", inner(20));
        assert_eq!(quote_spans(&text), vec![(0, text.len() - 2)]);
        let text = format!("“{}“{}”", inner(600), inner(20));
        assert_eq!(quote_spans(&text), vec![(603, text.len())]);
    }

    #[test]
    fn lemmas_make_plurals_and_spellings_meet() {
        assert_eq!(lemma("Prisoners"), "prisoner");
        assert_eq!(lemma("bodies"), "body");
        assert_eq!(lemma("cease-fire"), "ceasefire");
        assert_eq!(lemma("ceasefire"), "ceasefire");
        assert_eq!(lemma("talks"), "talk");
        assert_eq!(lemma("press"), "press");
    }

    #[test]
    fn titles_drop_nationality_but_keep_former() {
        assert_eq!(
            normalize_title("former U.S. President"),
            ("president".to_string(), true)
        );
        assert_eq!(
            normalize_title("President"),
            ("president".to_string(), false)
        );
        assert_eq!(
            normalize_title("Ukrainian Defense Minister"),
            ("defense minister".to_string(), false)
        );
    }
}
