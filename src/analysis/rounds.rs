//! Rounds: the events of a multi-event story. Finds ordinal cues ("a third round of direct
//! talks", "for the first time since"), event dates (absolute, or weekdays resolved against
//! the publication date), and puts each article into one round; the rest stay unassigned.

use super::sentences;
use super::values::{parse_date, parse_weekday, weekday_on_or_before};
use super::{EntityKind, Mention};
use crate::corpus::text::{QuickTrim, Scan, TextRegex};
use crate::corpus::Article;
use chrono::{Datelike, NaiveDate, Weekday};
use serde::Serialize;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::LazyLock;

/// One event of the story, or the group of articles that fit none (`number == None` and
/// `unassigned == true`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Round {
    /// The ordinal the texts give ("third round" -> 3); inferred from order when none does.
    pub number: Option<u32>,
    /// "Round 3 · Wed 23 Jul 2025 · Istanbul"
    pub label: String,
    pub date: Option<NaiveDate>,
    pub weekday: Option<Weekday>,
    pub place: Option<String>,
    /// Indices of the articles that report on it.
    pub articles: Vec<usize>,
    pub unassigned: bool,
}

/// Words that name the event itself; an ordinal or a date near one of them is about it.
pub const EVENT_WORDS: &[&str] = &[
    "talks",
    "negotiations",
    "meeting",
    "meetings",
    "met",
    "meet",
    "convened",
    "session",
    "round",
    "summit",
    "hearing",
    "hearings",
    "discussions",
    "conference",
    "consultations",
    "held",
    "took place",
    "sat down",
    "negotiators",
    "delegations",
    "appeared",
    "opened",
    "began",
    "resumed",
    "ended",
    "concluded",
    "wrapped up",
    "agreed",
    "agreement",
    "deal",
    "reached",
    "struck",
    "signed",
    "testified",
    "ruled",
    "voted",
    "court",
];

/// Which moment of a multi-day event a date names; each is its own slot, so "talks opened
/// on Sunday" and "agreed on Tuesday" never dispute each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Phase {
    Began,
    Ended,
    Agreement,
    Event,
}

impl Phase {
    pub fn slot(self) -> &'static str {
        match self {
            // Most rounds are one sitting: "met on", "opened on" and "began on" name the
            // same day; a multi-day round's end and its agreement ("ended on", "agreed
            // on") name its last day, a slot of its own so they never dispute the first.
            Phase::Began | Phase::Event => "day of the event",
            Phase::Ended | Phase::Agreement => "day it ended or agreed",
        }
    }
}

/// The phase verbs, each with a prebuilt substring search: building a search for every
/// word of the table on every call cost more than the searches.
static PHASE_WORDS: LazyLock<Vec<(memchr::memmem::Finder<'static>, Phase)>> = LazyLock::new(|| {
    [
        ("opened", Phase::Began),
        ("began", Phase::Began),
        ("begin", Phase::Began),
        ("started", Phase::Began),
        ("kicked off", Phase::Began),
        ("ended", Phase::Ended),
        ("concluded", Phase::Ended),
        ("wrapped up", Phase::Ended),
        ("closed", Phase::Ended),
        ("agreed", Phase::Agreement),
        ("agreement", Phase::Agreement),
        ("deal", Phase::Agreement),
        ("reached", Phase::Agreement),
        ("struck", Phase::Agreement),
        ("signed", Phase::Agreement),
    ]
    .into_iter()
    .map(|(word, phase)| (memchr::memmem::Finder::new(word.as_bytes()), phase))
    .collect()
});

/// The phase the words before a date give: the nearest phase verb wins.
fn phase_of(window: &str) -> Phase {
    PHASE_WORDS
        .iter()
        .filter_map(|(finder, phase)| {
            let len = finder.needle().len();
            // Non-overlapping matches, left to right, as `match_indices` gives them; a
            // match of ASCII bytes starts and ends on char boundaries.
            finder
                .find_iter(window.as_bytes())
                .filter(|&i| {
                    let before = window[..i].chars().next_back();
                    let after = window[i + len..].chars().next();
                    // "closed-door talks" did not close anything.
                    let part_of_word = |c: char| c.is_alphanumeric() || c == '-';
                    !before.is_some_and(part_of_word) && !after.is_some_and(part_of_word)
                })
                .last()
                .map(|i| (i, *phase))
        })
        .max_by_key(|(i, _)| *i)
        .map_or(Phase::Event, |(_, p)| p)
}

/// A sentence's reference to the Nth round.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OrdinalCue {
    pub paragraph: usize,
    pub sentence: (usize, usize),
    pub ordinal: u32,
    /// The round is announced (future), not reported.
    pub announced: bool,
    /// The sentence looks back at the round ("In the first round in March, ...").
    pub recap: bool,
}

static ORDINAL: TextRegex = TextRegex::new(
    r"(?i)\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+(?:(?:(?:and\s+final|new|full|formal|direct|face-to-face|official|high-level|peace|known|substantive)\s+){0,3}(round|session|meeting|talks|negotiations|hearing|summit|sitting|discussions|consultations)|(?:[a-z][a-z-]*\s+){0,3}(round|session|sitting))\b(?:\s+of\s+(\w+))?",
    Scan::Automaton,
);

static ROUND_NUMBER: TextRegex = TextRegex::new(
    r"(?i)\bround\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b",
    Scan::Literals,
);

static FIRST_TIME: TextRegex = TextRegex::new(r"(?i)\bfor the first time\b", Scan::Literals);

/// Any of `ORDINAL`, `ROUND_NUMBER` and `FIRST_TIME`: one scan of a paragraph that names
/// no round, where the three would scan it three times.
static ANY_CUE: LazyLock<TextRegex> = LazyLock::new(|| {
    let source = format!(
        "(?:{})|(?:{})|(?:{})",
        ORDINAL.as_str(),
        ROUND_NUMBER.as_str(),
        FIRST_TIME.as_str()
    );
    TextRegex::owned(source, Scan::Automaton)
});

// "after the first session" looks back at a known round; "after a third round of
// talks that ended on Friday" reports the round just held.
static RECAP_BEFORE: TextRegex = TextRegex::new(
    r"(?i)\b(?:(?:since|from|than|before|until)\s+(?:the|a|an|its|their)|after\s+(?:the|its|their))\s+(?:\w+\s+){0,2}$",
    Scan::Automaton,
);

static RECAP_AFTER: TextRegex = TextRegex::new(
    r"(?i)^[^.;]{0,40}?\b(?:in|last)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|year|month|week)\b|^[^.;]{0,30}?\b(?:earlier|previously|ago)\b",
    Scan::Automaton,
);

static HYPOTHETICAL: TextRegex = TextRegex::new(
    r"(?i)\b(?:if|unless|should|would|could|whether|in case)\b",
    Scan::Automaton,
);

static FUTURE: TextRegex = TextRegex::new(
    r"(?i)\b(will|shall|is to|are to|is set to|are set to|scheduled|planned|expected to (?:take place|be held|begin|start|open|meet|resume|sign|vote)|next|upcoming|due to|to (?:begin|start|open|resume|reconvene|take place|meet|be held|be approved|be signed|be ratified|be put to)|must|set for|fixed for)\b",
    Scan::Automaton,
);

/// Nouns after "round of" that make it an event of the story; "18th round of sanctions" is
/// not one.
const ROUND_OF: &[&str] = &[
    "talks",
    "negotiations",
    "negotiation",
    "discussions",
    "meetings",
    "consultations",
    "hearings",
    "dialogue",
    "contacts",
];

/// Ordinal words, first to tenth.
pub const ORDINALS: [&str; 10] = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];

fn ordinal_value(word: &str) -> Option<u32> {
    let lower = word.to_ascii_lowercase();
    if let Some(i) = ORDINALS.iter().position(|w| *w == lower) {
        return Some(i as u32 + 1);
    }
    let cardinal = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    if let Some(i) = cardinal.iter().position(|w| *w == lower) {
        return Some(i as u32 + 1);
    }
    lower
        .trim_end_matches(|c: char| c.is_alphabetic())
        .parse()
        .ok()
}

/// All the event words in one case-insensitive pattern: one scan of a sentence instead of
/// a substring search per word.
static EVENT_WORD: LazyLock<TextRegex> = LazyLock::new(|| {
    let words: Vec<String> = EVENT_WORDS.iter().map(|w| regex::escape(w)).collect();
    TextRegex::owned(format!(r"(?i)\b(?:{})\b", words.join("|")), Scan::Automaton)
});

/// Whether the text mentions the event (talks, meeting, met...).
pub fn has_event_word(text: &str) -> bool {
    EVENT_WORD.is_match(text)
}

/// `needle` in `haystack` at word boundaries (both lowercase).
pub fn contains_word(haystack: &str, needle: &str) -> bool {
    if needle.is_empty() {
        // Every char boundary; the byte search below would also stop inside chars.
        return haystack
            .match_indices(needle)
            .any(|(i, _)| word_bounded(haystack, i, 0));
    }
    // The vectorised search finds the same leftmost, non-overlapping matches as
    // `match_indices`, without the two-way searcher's set-up on every call.
    memchr::memmem::find_iter(haystack.as_bytes(), needle.as_bytes())
        .any(|i| word_bounded(haystack, i, needle.len()))
}

/// `contains_word` with the needle's searcher built once by the caller, for needles asked
/// of many texts.
pub fn contains_word_found(haystack: &str, needle: &memchr::memmem::Finder) -> bool {
    let len = needle.needle().len();
    if len == 0 {
        return contains_word(haystack, "");
    }
    needle
        .find_iter(haystack.as_bytes())
        .any(|i| word_bounded(haystack, i, len))
}

/// Whether the `len` bytes at `i` in `text` have no letter or digit right before or after.
fn word_bounded(text: &str, i: usize, len: usize) -> bool {
    let before = text[..i].chars().next_back();
    let after = text[i + len..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// Whether the sentence speaks of something still to come.
pub fn is_future(sentence: &str) -> bool {
    FUTURE.is_match(sentence)
}

/// Every ordinal reference to a round in the article, for tests: the analysis passes the
/// article's sentence table to `ordinal_cues_in`.
#[cfg(test)]
pub fn ordinal_cues(article: &Article) -> Vec<OrdinalCue> {
    ordinal_cues_in(article, &sentences::Splits::new(article.paragraphs.len()))
}

/// Every ordinal reference to a round in the article, whose paragraphs `splits` splits.
pub fn ordinal_cues_in(article: &Article, splits: &sentences::Splits) -> Vec<OrdinalCue> {
    ordinal_cues_marked(article, splits, &[])
}

/// The words a round cue turns on: `ORDINAL`'s ordinals, `ROUND_NUMBER`'s "round" and
/// `FIRST_TIME`'s "first". Each ends with "st", "nd", "rd" or "th", as do `ORDINAL`'s
/// digit ordinals.
const ROUND_WORDS: [&[u8]; 11] = [
    b"first", b"second", b"third", b"fourth", b"fifth", b"sixth", b"seventh", b"eighth", b"ninth",
    b"tenth", b"round",
];

/// Whether a word token's lowercase ASCII fold may be the word of a round cue in ASCII
/// text. Each cue's word is followed by whitespace, which no token holds or joins
/// across, so it ends a token; it opens at a word boundary, so it is the whole token or
/// follows a joining mark ("x-first"). A digit ordinal ("21st") is taken whenever a digit
/// comes before the suffix. A paragraph without such a token matches no cue.
// Asked of every token of every paragraph, so the common answer (a word without the
// suffix) is told inline and the rest out of line.
#[inline(always)]
pub(crate) fn may_name_round(fold: &[u8]) -> bool {
    let n = fold.len();
    n >= 3
        && matches!(
            fold[n - 2..],
            [b's', b't'] | [b'n', b'd'] | [b'r', b'd'] | [b't', b'h']
        )
        && round_word_before_suffix(fold)
}

/// `may_name_round` of a word of at least three bytes that ends with a cue's suffix.
#[inline(never)]
fn round_word_before_suffix(fold: &[u8]) -> bool {
    let n = fold.len();
    // Every word of `ROUND_WORDS` has five bytes or more; "and" is the common word here.
    fold[n - 3].is_ascii_digit()
        || n >= 5
            && ROUND_WORDS.iter().any(|w| {
                fold.ends_with(w)
                    && (n == w.len() || !fold[n - w.len() - 1].is_ascii_alphanumeric())
            })
}

/// `ordinal_cues_in`, skipping the paragraphs `round_words` says hold no cue's word
/// (false at their index); a paragraph past its end is read.
pub fn ordinal_cues_marked(
    article: &Article,
    splits: &sentences::Splits,
    round_words: &[bool],
) -> Vec<OrdinalCue> {
    let mut cues = Vec::new();
    let title = article.title.as_deref().unwrap_or("");
    let texts = std::iter::once((usize::MAX, title)).chain(
        article
            .paragraphs
            .iter()
            .enumerate()
            .map(|(i, p)| (i, p.as_str())),
    );
    for (paragraph, text) in texts {
        // Most paragraphs name no round: check the whole paragraph before splitting it.
        if !round_words.get(paragraph).copied().unwrap_or(true) || !ANY_CUE.is_match(text) {
            continue;
        }
        // A sentence of an ASCII paragraph is ASCII.
        let ascii = text.is_ascii();
        let (Some(ordinal), Some(round_number), Some(first_time)) = (
            ORDINAL.get(ascii),
            ROUND_NUMBER.get(ascii),
            FIRST_TIME.get(ascii),
        ) else {
            continue;
        };
        for (start, end) in splits.of(paragraph, text).iter() {
            let sentence = &text[start..end];
            // (ordinal, byte range in the sentence)
            let mut found: Vec<(u32, usize, usize)> = Vec::new();
            for c in ordinal.captures_iter(sentence) {
                let head_match = c.get_group(2).or_else(|| c.get_group(3));
                let head = head_match
                    .map_or("", |m| &sentence[m.range()])
                    .to_ascii_lowercase();
                let Some(whole) = c.get_group(0) else {
                    continue;
                };
                // "the 14th meeting of the border commission" and "the 18th round of
                // sanctions" count something else; "round of talks" counts rounds.
                let of_something =
                    matches!(head.as_str(), "round" | "meeting" | "session" | "sitting");
                if of_something && !round_of_event(&sentence[head_match.map_or(0, |m| m.end)..]) {
                    continue;
                }
                if let Some(n) = c
                    .get_group(1)
                    .and_then(|m| ordinal_value(&sentence[m.range()]))
                {
                    found.push((n, whole.start, whole.end));
                }
            }
            for c in round_number.captures_iter(sentence) {
                let Some(whole) = c.get_group(0) else {
                    continue;
                };
                if let Some(n) = c
                    .get_group(1)
                    .and_then(|m| ordinal_value(&sentence[m.range()]))
                {
                    found.push((n, whole.start, whole.end));
                }
            }
            if found.is_empty() && has_event_word(sentence) {
                if let Some(m) = first_time.find(sentence) {
                    found.push((1, m.start(), m.end()));
                }
            }
            for (ordinal, from, to) in found {
                if ordinal == 0 || ordinal > 50 {
                    continue;
                }
                // The future must be said of this round: "a planned trade agreement ... at the
                // end of a third round" reports the third round.
                let window_start = sentences::floor_boundary(sentence, from.saturating_sub(40));
                let window_end = sentences::floor_boundary(sentence, (to + 50).min(sentence.len()));
                // A round spoken of as a possibility ("a strike if the second round
                // failed") is no more reported than an announced one.
                let announced = is_future(&sentence[window_start..window_end])
                    || HYPOTHETICAL.is_match(&sentence[window_start..from]);
                let recap = RECAP_BEFORE.is_match(&sentence[..from])
                    || RECAP_AFTER.is_match(&sentence[to..]);
                cues.push(OrdinalCue {
                    paragraph,
                    sentence: (start, end),
                    ordinal,
                    announced,
                    recap,
                });
            }
        }
    }
    cues
}

/// The round an article reports on, from its ordinal cues: the highest ordinal it reports
/// (neither announces nor looks back on), because recaps only ever look back.
///
/// The lead (title and first two paragraphs) says what the report is about, so an ordinal
/// there wins over one further down.
pub fn article_ordinal(cues: &[OrdinalCue]) -> Option<u32> {
    let reported = || cues.iter().filter(|c| !c.announced && !c.recap);
    reported()
        .filter(|c| c.paragraph == usize::MAX || c.paragraph < 2)
        .map(|c| c.ordinal)
        .max()
        .or_else(|| reported().map(|c| c.ordinal).max())
}

/// After "round": "of talks", "of free trade talks", or nothing — but not "of sanctions".
fn round_of_event(rest: &str) -> bool {
    let rest = rest.quick_trim_start().to_ascii_lowercase();
    let Some(after_of) = rest.strip_prefix("of ") else {
        return true;
    };
    after_of
        .split_whitespace()
        .take(4)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .any(|w| ROUND_OF.contains(&w))
}

/// A day the article says the event happened on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventDay {
    pub weekday: Option<Weekday>,
    pub date: Option<NaiveDate>,
    pub phase: Phase,
    /// Tied to the event by its words (2) or only by standing in the lead (1).
    pub weight: u8,
}

/// What dating an article needs beyond its text: the day it was published (or its
/// dateline day) and the story's year for dates written without one.
#[derive(Debug, Clone, Copy, Default)]
pub struct Anchor {
    pub published: Option<NaiveDate>,
    pub year: Option<i32>,
}

/// The day of the event a date mention states. Tied by words: "met in Istanbul on Friday",
/// "Wednesday’s talks", "talks ... on May 16" (weight 2). With `lead`, a date after "on"
/// in the first paragraphs also counts, for dating the round only (weight 1). Dates in
/// sentences about the future are announcements, never the event.
pub fn event_day(
    paragraph: &str,
    splits: &sentences::Splits,
    mention: &Mention,
    anchor: Anchor,
    lead: bool,
) -> Option<EventDay> {
    if mention.kind != EntityKind::Date {
        return None;
    }
    // The two cues below are read in the mention's sentence; what the paragraph shows
    // around the mention rules most dates out before the sentence is looked up. The
    // sentence's "before" is a tail of the paragraph's, and its "after" a head.
    let on_before = paragraph.get(..mention.start)?.quick_trim_end().as_bytes();
    let may_be_on =
        on_before.len() >= 2 && on_before[on_before.len() - 2..].eq_ignore_ascii_case(b"on");
    let may_be_possessive = paragraph
        .get(mention.end..)
        .is_some_and(|after| after.starts_with(['’', '\'']));
    if !may_be_on && !may_be_possessive {
        return None;
    }
    let (s_start, s_end) = splits
        .enclosing(mention.paragraph, paragraph, mention.start)
        .filter(|(_, e)| mention.end <= *e)?;
    // A date in the future's reach ("a third round is due to begin on May 20") is an
    // announcement; the rest of a sentence may still speak of the future ("averting a
    // strike threatened for next week") without touching the date.
    let reach = sentences::floor_boundary(paragraph, mention.start.saturating_sub(60).max(s_start));
    if is_future(&paragraph[reach..mention.end]) {
        return None;
    }
    // Read ASCII-case-insensitively, and only the words used lowercased: ASCII lowercasing
    // moves no whitespace, so it can wait until the words are picked.
    let before = paragraph.get(s_start..mention.start)?;
    let after = paragraph.get(mention.end..s_end)?;
    let possessive_event = may_be_possessive && {
        let after = after.to_ascii_lowercase();
        let rest = after
            .trim_start_matches(['’', '\''])
            .trim_start_matches('s');
        let next = rest.split_whitespace().next().unwrap_or("");
        (after.starts_with('’') || after.starts_with('\''))
            && EVENT_WORDS.contains(&next.trim_matches(|c: char| !c.is_alphanumeric()))
    };
    // " on" or a lone "on" at the end, in any ASCII case.
    let trimmed = before.quick_trim_end().as_bytes();
    let on_date = trimmed.len() >= 2
        && trimmed[trimmed.len() - 2..].eq_ignore_ascii_case(b"on")
        && (trimmed.len() == 2 || trimmed[trimmed.len() - 3] == b' ');
    // Without either cue the day is not the event's, whatever the words before say.
    if !possessive_event && !on_date {
        return None;
    }
    let window = last_words(before, 14).to_ascii_lowercase();
    let event_before = has_event_word(&window);
    let weight = if possessive_event || on_date && event_before {
        2
    } else if lead && on_date {
        1
    } else {
        return None;
    };
    let phase = if possessive_event {
        Phase::Event
    } else {
        phase_of(&window)
    };
    let text = mention.text.as_str();
    let year = anchor.published.map(|d| d.year()).or(anchor.year);
    if let Some(date) = parse_date(text, year) {
        return Some(EventDay {
            weekday: Some(date.weekday()),
            date: Some(date),
            phase,
            weight,
        });
    }
    let weekday = parse_weekday(text)?;
    Some(EventDay {
        weekday: Some(weekday),
        date: anchor.published.map(|p| weekday_on_or_before(p, weekday)),
        phase,
        weight,
    })
}

/// The place of the event in a sentence: a place named right after "in" and after a word
/// for the event ("talks ... in Istanbul"; not "a ceasefire in Ukraine, following talks").
pub fn event_place<'a>(
    paragraph: &str,
    splits: &sentences::Splits,
    mention: &'a Mention,
) -> Option<&'a str> {
    if mention.kind != EntityKind::Place {
        return None;
    }
    // The sentence's text before the mention is a tail of the paragraph's: without " in "
    // there, the sentence need not be looked up.
    if !paragraph
        .get(..mention.start)
        .is_some_and(|before| before.ends_with(" in "))
    {
        return None;
    }
    let (s_start, _) = splits
        .enclosing(mention.paragraph, paragraph, mention.start)
        .filter(|(_, e)| mention.end <= *e)?;
    let before = paragraph.get(s_start..mention.start)?;
    if !before.ends_with(" in ") {
        return None;
    }
    // The event word must be close: "toured a factory in Leicester" late in a sentence
    // that began with the talks is not where the talks were. Looked for in those few
    // words before the future is in the whole sentence before: most places have none.
    let near = last_words(before, 8);
    (has_event_word(&near) && !is_future(before)).then_some(mention.text.as_str())
}

/// The last `n` whitespace-separated words of `text` joined by single spaces: the tail of
/// all its words joined, read from the end without splitting the rest. Borrowed from
/// `text` where its words there are already joined by single spaces, as in most prose.
pub(crate) fn last_words(text: &str, n: usize) -> Cow<'_, str> {
    // Asked of the text before a date or a place, often a long sentence's: `split_whitespace`
    // from the end decoded and tested every char as Unicode whitespace. An ASCII tail is
    // read by the byte instead, back to its `n`th word; a non-ASCII byte there (which may
    // be Unicode whitespace) sends the text to the general path.
    if let Some(words) = last_ascii_words(text, n) {
        return words;
    }
    let mut words: Vec<&str> = text.split_whitespace().rev().take(n).collect();
    words.reverse();
    Cow::Owned(words.join(" "))
}

/// `last_words` for a tail of ASCII: `None` if a non-ASCII byte is met before the `n`th
/// word from the end has been read.
fn last_ascii_words(text: &str, n: usize) -> Option<Cow<'_, str>> {
    let bytes = text.as_bytes();
    // The ASCII chars `char::is_whitespace` accepts (`u8::is_ascii_whitespace` leaves out
    // the vertical tab).
    let space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r');
    let mut i = bytes.len();
    while i > 0 && space(bytes[i - 1]) {
        i -= 1;
    }
    let end = i;
    let mut start = i;
    // Whether each gap before a word read is one space (or the text's start): the tail,
    // whose gaps are among them, is then the text's own, with nothing to copy.
    let mut single_spaced = true;
    for _ in 0..n {
        if i == 0 {
            break;
        }
        while i > 0 && !space(bytes[i - 1]) {
            if !bytes[i - 1].is_ascii() {
                return None;
            }
            i -= 1;
        }
        start = i;
        while i > 0 && space(bytes[i - 1]) {
            i -= 1;
        }
        single_spaced &= i == 0 || (start - i == 1 && bytes[i] == b' ');
    }
    // The tail is ASCII (checked above), so its ends are char boundaries.
    let tail = text.get(start..end)?;
    if single_spaced {
        return Some(Cow::Borrowed(tail));
    }
    // The tail starts and ends with a word: each run of whitespace inside becomes one space.
    let mut out = String::with_capacity(tail.len());
    for word in tail.split(|c: char| c.is_ascii() && space(c as u8)) {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    Some(Cow::Owned(out))
}

/// What the rounds module knows about one article.
#[derive(Debug, Clone, Default)]
pub struct ArticleEvents {
    pub ordinal: Option<u32>,
    pub days: Vec<EventDay>,
    pub places: Vec<String>,
}

/// Groups articles into rounds. Returns the rounds (numbered ones by number, then dated
/// ones, then the unassigned group if any) and each article's round index.
pub fn assign(
    events: &[ArticleEvents],
    pinned: &[Option<u32>],
) -> (Vec<Round>, Vec<Option<usize>>) {
    // 1. Rounds named by an ordinal (or pinned by the user).
    let mut numbered: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    let mut rest = Vec::new();
    for (i, e) in events.iter().enumerate() {
        match pinned.get(i).copied().flatten().or(e.ordinal) {
            Some(n) => numbered.entry(n).or_default().push(i),
            None => rest.push(i),
        }
    }
    let mut rounds: Vec<(Option<u32>, Vec<usize>)> =
        numbered.into_iter().map(|(n, a)| (Some(n), a)).collect();
    let dates: Vec<Option<NaiveDate>> = rounds
        .iter()
        .map(|(_, articles)| majority_date(articles, events))
        .collect();
    // 2. Articles without an ordinal join the round whose date is within a few days of
    //    theirs; otherwise they form dated groups of their own.
    let mut dated: Vec<(NaiveDate, Vec<usize>)> = Vec::new();
    let mut unassigned = Vec::new();
    for i in rest {
        let Some(day) = events[i].days.iter().find_map(|d| d.date) else {
            unassigned.push(i);
            continue;
        };
        let near = |d: &NaiveDate| (day - *d).num_days().abs() <= 3;
        if let Some(r) = dates.iter().position(|d| d.as_ref().is_some_and(near)) {
            rounds[r].1.push(i);
        } else if let Some(group) = dated.iter_mut().find(|(d, _)| near(d)) {
            group.1.push(i);
        } else {
            dated.push((day, vec![i]));
        }
    }
    // Dated groups with no ordinal get the number their place in time implies: the next
    // after the numbered round before them, if that number is free and below the numbered
    // round after them. Otherwise they stay "Round ?" rather than take a wrong number.
    let mut taken: Vec<u32> = rounds.iter().filter_map(|(n, _)| *n).collect();
    let mut known: Vec<(NaiveDate, u32)> = rounds
        .iter()
        .zip(&dates)
        .filter_map(|((n, _), d)| Some(((*d)?, (*n)?)))
        .collect();
    dated.sort_by_key(|(d, _)| *d);
    for (day, articles) in dated {
        let before = known
            .iter()
            .filter(|(d, _)| *d < day)
            .map(|(_, n)| *n)
            .max();
        let after = known
            .iter()
            .filter(|(d, _)| *d > day)
            .map(|(_, n)| *n)
            .min();
        let candidate = before.unwrap_or(0) + 1;
        let fits = after.is_none_or(|a| candidate < a) && !taken.contains(&candidate);
        let number = fits.then_some(candidate);
        if let Some(n) = number {
            taken.push(n);
            known.push((day, n));
        }
        rounds.push((number, articles));
    }
    let mut out: Vec<Round> = rounds
        .into_iter()
        .map(|(number, mut articles)| {
            articles.sort_unstable();
            describe(number, articles, events)
        })
        .collect();
    out.sort_by_key(|r| (r.number.is_none(), r.number, r.date));
    if !unassigned.is_empty() {
        out.push(Round {
            number: None,
            label: "Unassigned".to_string(),
            date: None,
            weekday: None,
            place: None,
            articles: unassigned,
            unassigned: true,
        });
    }
    let mut of_article = vec![None; events.len()];
    for (r, round) in out.iter().enumerate() {
        if round.unassigned {
            continue;
        }
        for &a in &round.articles {
            of_article[a] = Some(r);
        }
    }
    (out, of_article)
}

/// The date most of the round's articles give; weekday-only reports count for the date
/// of that weekday nearest to the dated reports, so "Friday" corrects a stray "Thursday".
fn majority_date(articles: &[usize], events: &[ArticleEvents]) -> Option<NaiveDate> {
    let anchor = articles
        .iter()
        .flat_map(|&a| events[a].days.iter())
        .filter(|d| d.weight >= 2)
        .find_map(|d| d.date)
        .or_else(|| {
            articles
                .iter()
                .flat_map(|&a| events[a].days.iter())
                .find_map(|d| d.date)
        })?;
    let mut votes: BTreeMap<NaiveDate, usize> = BTreeMap::new();
    for &a in articles {
        // One vote per article and day (its strongest), so a report that repeats "Friday"
        // counts once; a date tied to the event by its words counts double.
        let mut best: BTreeMap<NaiveDate, usize> = BTreeMap::new();
        for day in &events[a].days {
            let date = day
                .date
                .or_else(|| day.weekday.map(|w| nearest_weekday(anchor, w)));
            if let Some(date) = date {
                let weight = usize::from(day.weight);
                let slot = best.entry(date).or_default();
                *slot = (*slot).max(weight);
            }
        }
        for (date, weight) in best {
            *votes.entry(date).or_default() += weight;
        }
    }
    votes
        .into_iter()
        .max_by_key(|(d, n)| (*n, std::cmp::Reverse(*d)))
        .map(|(d, _)| d)
}

/// The date with `weekday` closest to `anchor` (within three days either way).
fn nearest_weekday(anchor: NaiveDate, weekday: Weekday) -> NaiveDate {
    let forward =
        (7 + weekday.num_days_from_monday() - anchor.weekday().num_days_from_monday()) % 7;
    if forward <= 3 {
        anchor + chrono::Duration::days(i64::from(forward))
    } else {
        anchor - chrono::Duration::days(i64::from(7 - forward))
    }
}

fn majority<'a>(items: impl Iterator<Item = &'a str>) -> Option<String> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for item in items {
        match counts.iter_mut().find(|(s, _)| *s == item) {
            Some((_, n)) => *n += 1,
            None => counts.push((item, 1)),
        }
    }
    // The first most-named wins ties: earlier articles are usually the fuller reports.
    let best = counts.iter().map(|(_, n)| *n).max()?;
    counts
        .into_iter()
        .find(|(_, n)| *n == best)
        .map(|(s, _)| s.to_string())
}

fn describe(number: Option<u32>, articles: Vec<usize>, events: &[ArticleEvents]) -> Round {
    let date = majority_date(&articles, events);
    let weekday = date.map(|d| d.weekday()).or_else(|| {
        let names: Vec<String> = articles
            .iter()
            .flat_map(|&a| events[a].days.iter().filter_map(|d| d.weekday))
            .map(|w| w.to_string())
            .collect();
        majority(names.iter().map(String::as_str)).and_then(|w| w.parse().ok())
    });
    let place = majority(
        articles
            .iter()
            .flat_map(|&a| events[a].places.iter().map(String::as_str)),
    );
    let mut label = match number {
        Some(n) => format!("Round {n}"),
        None => "Round ?".to_string(),
    };
    match (date, weekday) {
        (Some(d), _) => label.push_str(&format!(" · {}", d.format("%a %-d %b %Y"))),
        (None, Some(w)) => label.push_str(&format!(" · {w}")),
        _ => {}
    }
    if let Some(p) = &place {
        label.push_str(&format!(" · {p}"));
    }
    Round {
        number,
        label,
        date,
        weekday,
        place,
        articles,
        unassigned: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_words_are_told_from_their_folds() {
        for word in [
            "first", "21st", "3rd", "x-first", "round", "tenth", "o'second",
        ] {
            assert!(may_name_round(word.as_bytes()), "{word}");
        }
        for word in ["and", "with", "firsts", "burst", "around", "thirdly", "st"] {
            assert!(!may_name_round(word.as_bytes()), "{word}");
        }
    }

    #[test]
    fn last_words_by_the_byte_match_the_general_path() {
        let texts = [
            "",
            "   ",
            "one",
            "  one  ",
            "talks began in earnest on",
            "a\tb\x0bc\x0cd\re\nf  g",
            "many words here, then more words, and the last few words are read",
            "caf\u{e9} au lait served on",
            "a\u{a0}b c d",
            "one  two three",
            "one two  three four ",
            " one two",
        ];
        for text in texts {
            for n in [0, 1, 2, 8, 14] {
                let mut words: Vec<&str> = text.split_whitespace().rev().take(n).collect();
                words.reverse();
                assert_eq!(last_words(text, n), words.join(" "), "{text:?} {n}");
            }
        }
    }

    #[test]
    fn ascii_compiles_match_as_the_unicode_ones_on_ascii_text() {
        let texts = [
            "The third round of direct talks, the 2nd formal session and round two ended.",
            "For the first time since the 14th meeting of the commission, talks will resume.",
            "After the second high-level round in March, which ended earlier, they met again.",
            "If the fifth sitting fails, a sixth session is scheduled to begin next week.",
            "Since their first substantive round ... it could be set for May; previously_9 rounds.",
        ];
        let patterns = [
            &ORDINAL,
            &ROUND_NUMBER,
            &FIRST_TIME,
            &*ANY_CUE,
            &RECAP_BEFORE,
            &RECAP_AFTER,
            &HYPOTHETICAL,
            &FUTURE,
            &*EVENT_WORD,
        ];
        for pattern in patterns {
            pattern.assert_ascii_agrees(&texts);
        }
    }

    fn article(paragraphs: &[&str]) -> Article {
        Article {
            id: "t".into(),
            paragraphs: paragraphs.iter().map(|p| p.to_string()).collect(),
            ..Default::default()
        }
    }

    #[test]
    fn ordinals_name_rounds() {
        let a = article(&["Officials met for a third round of direct talks on Wednesday."]);
        assert_eq!(article_ordinal(&ordinal_cues(&a)), Some(3));
        let b = article(&["It was the second round."]);
        assert_eq!(article_ordinal(&ordinal_cues(&b)), Some(2));
        let c = article(&["Round 4 opened in Geneva."]);
        assert_eq!(article_ordinal(&ordinal_cues(&c)), Some(4));
    }

    #[test]
    fn first_time_since_marks_the_first_round() {
        let a = article(&["For the first time since 2019, the two delegations met face-to-face."]);
        assert_eq!(article_ordinal(&ordinal_cues(&a)), Some(1));
        let b = article(&["For the first time, the minister visited a farm."]);
        assert_eq!(article_ordinal(&ordinal_cues(&b)), None);
    }

    #[test]
    fn recaps_do_not_pull_an_article_back_to_an_earlier_round() {
        let a = article(&[
            "Negotiators met again in Geneva on Tuesday.",
            "In the first round in May, 300 detainees were freed. The second round went further.",
        ]);
        assert_eq!(article_ordinal(&ordinal_cues(&a)), Some(2));
    }

    #[test]
    fn announced_rounds_are_not_reported_rounds() {
        let a = article(&[
            "The first direct talks ended on Friday.",
            "A second round will take place on June 2.",
        ]);
        let cues = ordinal_cues(&a);
        assert!(cues.iter().any(|c| c.ordinal == 2 && c.announced));
        assert_eq!(article_ordinal(&cues), Some(1));
    }

    #[test]
    fn a_round_spoken_of_as_a_possibility_is_not_reported() {
        let a = article(&[
            "The first round ended on Friday.",
            "The union threatened a strike if the second round failed.",
        ]);
        assert_eq!(article_ordinal(&ordinal_cues(&a)), Some(1));
    }

    #[test]
    fn the_lead_names_the_round_over_later_mentions() {
        let a = article(&[
            "The first round of talks ended on Friday.",
            "Officials said more work was needed.",
            "Officials said the third round of talks in 2019 had gone better.",
        ]);
        assert_eq!(article_ordinal(&ordinal_cues(&a)), Some(1));
    }

    #[test]
    fn rounds_of_sanctions_are_not_rounds_of_talks() {
        let a = article(&["The EU prepares its 18th round of sanctions."]);
        assert_eq!(article_ordinal(&ordinal_cues(&a)), None);
    }

    #[test]
    fn undated_articles_without_ordinals_stay_unassigned() {
        let events = vec![
            ArticleEvents {
                ordinal: Some(3),
                ..Default::default()
            },
            ArticleEvents::default(),
        ];
        let (rounds, of) = assign(&events, &[None, None]);
        assert_eq!(rounds.len(), 2);
        assert_eq!(rounds[0].number, Some(3));
        assert!(rounds[1].unassigned);
        assert_eq!(of, vec![Some(0), None]);
    }

    #[test]
    fn dated_articles_join_the_round_of_that_date() {
        let may16 = NaiveDate::from_ymd_opt(2025, 5, 16);
        let may15 = NaiveDate::from_ymd_opt(2025, 5, 15);
        let events = vec![
            ArticleEvents {
                ordinal: Some(1),
                days: vec![EventDay {
                    weekday: Some(Weekday::Fri),
                    date: may16,
                    phase: Phase::Event,
                    weight: 2,
                }],
                places: vec!["Istanbul".into()],
            },
            ArticleEvents {
                ordinal: None,
                days: vec![EventDay {
                    weekday: Some(Weekday::Thu),
                    date: may15,
                    phase: Phase::Event,
                    weight: 2,
                }],
                places: vec![],
            },
            ArticleEvents {
                ordinal: Some(1),
                days: vec![EventDay {
                    weekday: Some(Weekday::Fri),
                    date: None,
                    phase: Phase::Event,
                    weight: 2,
                }],
                places: vec![],
            },
        ];
        let (rounds, of) = assign(&events, &[None, None, None]);
        assert_eq!(of, vec![Some(0), Some(0), Some(0)]);
        assert_eq!(rounds[0].label, "Round 1 · Fri 16 May 2025 · Istanbul");
    }

    #[test]
    fn a_dated_round_between_numbered_ones_takes_the_number_between() {
        let day = |m, d| EventDay {
            weekday: None,
            date: NaiveDate::from_ymd_opt(2026, m, d),
            phase: Phase::Event,
            weight: 2,
        };
        let events = vec![
            ArticleEvents {
                ordinal: Some(1),
                days: vec![day(1, 10)],
                places: vec![],
            },
            ArticleEvents {
                ordinal: None,
                days: vec![day(2, 20)],
                places: vec![],
            },
            ArticleEvents {
                ordinal: Some(3),
                days: vec![day(4, 1)],
                places: vec![],
            },
        ];
        let (rounds, of) = assign(&events, &[None, None, None]);
        let numbers: Vec<Option<u32>> = of
            .iter()
            .map(|r| r.and_then(|r| rounds[r].number))
            .collect();
        assert_eq!(numbers, vec![Some(1), Some(2), Some(3)]);
    }

    #[test]
    fn days_and_meetings_of_other_things_are_not_rounds() {
        for text in [
            "On the second day of talks, the sides met again.",
            "It was the 14th meeting of the border commission.",
        ] {
            let a = article(&[text]);
            assert_eq!(article_ordinal(&ordinal_cues(&a)), None, "{text}");
        }
    }

    #[test]
    fn closed_door_talks_are_not_an_ending() {
        assert_eq!(phase_of("held closed-door talks"), Phase::Event);
        assert_eq!(phase_of("the talks closed"), Phase::Ended);
    }

    #[test]
    fn pinned_rounds_override_the_cues() {
        let events = vec![ArticleEvents {
            ordinal: Some(1),
            ..Default::default()
        }];
        let (rounds, _) = assign(&events, &[Some(2)]);
        assert_eq!(rounds[0].number, Some(2));
    }
}
