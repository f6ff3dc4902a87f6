//! Value mentions found by pattern: dates, times, numbers (with the noun they count),
//! money, durations and percents. Names are left to `mentions`.

use super::EntityKind;
use regex::Regex;
use std::sync::LazyLock;

/// A value span in one paragraph, before it becomes a `Mention`.
#[derive(Debug, Clone, PartialEq)]
pub struct ValueSpan {
    pub start: usize,
    pub end: usize,
    pub kind: EntityKind,
    pub detail: Option<String>,
}

// Building blocks shared by the patterns below; kept as text so each pattern reads whole.
const NUM_WORD: &str = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?";
const SCALE: &str = r"(?:hundred|thousand|million|billion|trillion)";
const DIGITS: &str = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?";
const MONTH: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)";
const WEEKDAY: &str = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const UNIT: &str = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)";
const QUALIFIER: &str = r"(?:about|around|nearly|almost|roughly|approximately|some|more than|less than|fewer than|over|under|at least|up to|just over|just under|only|just)";

fn number() -> String {
    // "1,200", "15 million", "a thousand", "two hundred", "twenty-five", "one million".
    format!(r"(?:{DIGITS}(?:\s{SCALE})?|(?:an?|one|{NUM_WORD})\s{SCALE}|{NUM_WORD}(?:\s{SCALE})?)")
}

fn compile(pattern: &str) -> Option<Regex> {
    // The patterns are constants; a failure would be a programming error caught by the
    // unit tests, so it degrades to "no matches" instead of panicking in a user's run.
    Regex::new(pattern).ok()
}

struct Pattern {
    regex: Option<Regex>,
    kind: EntityKind,
    /// Which capture group is the span (0 = whole match).
    group: usize,
}

static PATTERNS: LazyLock<Vec<Pattern>> = LazyLock::new(|| {
    let num = number();
    let p = |pattern: String, kind, group| Pattern {
        regex: compile(&pattern),
        kind,
        group,
    };
    vec![
        p(
            format!(
                r"(?i)(?:US\$|[$€£¥₴₽]|\b(?:USD|EUR|GBP)\s?)\d[\d,]*(?:\.\d+)?(?:\s?(?:{SCALE}|bn|mn|m|k)\b)?"
            ),
            EntityKind::Money,
            0,
        ),
        p(
            format!(
                r"(?i)\b{num}\s(?:US\s)?(?:dollars|euros|pounds|rubles|roubles|hryvnias?|yuan|yen|rupees|lira|francs)\b"
            ),
            EntityKind::Money,
            0,
        ),
        p(
            format!(r"(?i)\b{num}\s?(?:%|percent\b|per\scent\b|percentage\spoints?\b)"),
            EntityKind::Percent,
            0,
        ),
        p(
            r"(?i)\b\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)".to_string(),
            EntityKind::Time,
            0,
        ),
        p(
            r"\b\d{1,2}:\d{2}\b(?:\s?(?:GMT|UTC|CET|EST|local time))?".to_string(),
            EntityKind::Time,
            0,
        ),
        p(
            format!(
                r"\b(?:{WEEKDAY}|[Tt]omorrow|[Yy]esterday|[Tt]his|[Ll]ast)\s(?:morning|afternoon|evening|night)\b|\b(?:[Tt]onight|[Nn]oon|[Mm]idnight)\b"
            ),
            EntityKind::Time,
            0,
        ),
        p(
            format!(
                r"(?i)\b(?:(?:the\s(?:past|last|next|previous|coming|first)\s)|{QUALIFIER}\s)?(?:{num}|an?|one)(?:\sand\sa\s(?:half|quarter))?\s{UNIT}\b(?:\sago\b)?"
            ),
            EntityKind::Duration,
            0,
        ),
        p(
            format!(r"(?i)\b(?:{DIGITS}|{NUM_WORD}|one)-(?:second|minute|hour|day|week|month|year)\b"),
            EntityKind::Duration,
            0,
        ),
        p(
            r"(?i)\bhalf\san\shour\b|\ban\shour\sand\sa\shalf\b".to_string(),
            EntityKind::Duration,
            0,
        ),
        p(
            format!(r"\b\d{{1,2}}(?:st|nd|rd|th)?\s(?:of\s)?{MONTH}(?:,?\s\d{{4}})?"),
            EntityKind::Date,
            0,
        ),
        p(
            format!(r"\b{MONTH}\s\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s\d{{4}}\b)?"),
            EntityKind::Date,
            0,
        ),
        p(
            format!(r"\b(?:(?:[Ee]arly|[Ll]ate|[Mm]id)-?\s?)?{MONTH}(?:,?\s\d{{4}}\b)?"),
            EntityKind::Date,
            0,
        ),
        p(
            r"\b\d{1,2}[/.]\d{1,2}[/.]\d{4}\b|\b\d{4}-\d{2}-\d{2}\b".to_string(),
            EntityKind::Date,
            0,
        ),
        p(format!(r"\b{WEEKDAY}\b"), EntityKind::Date, 0),
        p(
            r"\b(?:1[89]|20)\d{2}s?\b".to_string(),
            EntityKind::Date,
            0,
        ),
        p(
            r"(?i)\b(?:today|yesterday|tomorrow)\b|\b(?:(?:earlier|later|early|late)\s)?(?:last|next|this)\s(?:week|month|year|weekend|spring|summer|autumn|fall|winter)\b|\bthe\s(?:day|week|month|year)\s(?:before|after)\b|\bthe\s(?:next|following|previous)\s(?:day|week|month|year)\b|\bearlier\sin\sthe\sday\b|\brecent\s(?:days|weeks|months|years)\b".to_string(),
            EntityKind::Date,
            0,
        ),
        p(
            format!(
                r"(?i)(?:\b{DIGITS}(?:\s{SCALE})?|\b(?:an?|one|{NUM_WORD})\s{SCALE}\b|\b{NUM_WORD}\b)(?:-for-(?:{DIGITS}|{NUM_WORD}|one))?"
            ),
            EntityKind::Number,
            0,
        ),
    ]
});

/// Words that end the search for the noun a number counts.
const COUNT_STOPS: &[&str] = &[
    "of", "from", "to", "in", "on", "at", "by", "for", "with", "and", "or", "but", "each", "per",
    "were", "was", "are", "is", "be", "been", "have", "has", "had", "will", "would", "who",
    "which", "that", "than", "as", "the", "a", "an", "more", "less", "said", "say",
];

/// The noun a number counts: the first plural-looking word of the next few, or the first
/// word ("1,200 individuals from each side" -> "individuals").
fn counted_noun(rest: &str) -> Option<String> {
    let mut first: Option<&str> = None;
    for word in rest
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .take(3)
    {
        let clean = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        let cut = clean.len() != word.len();
        if clean.is_empty()
            || !clean.chars().all(|c| c.is_alphabetic() || c == '-')
            || COUNT_STOPS.contains(&clean.to_lowercase().as_str())
        {
            break;
        }
        if first.is_none() {
            first = Some(clean);
        }
        if clean.len() > 3 && clean.ends_with('s') && !clean.ends_with("ss") {
            return Some(clean.to_lowercase());
        }
        if cut {
            break;
        }
    }
    first
        .filter(|w| w.chars().next().is_some_and(|c| c.is_lowercase()))
        .map(str::to_lowercase)
}

/// Patterns that found a number where a code, phone or ordinal sits: skip them.
fn part_of_code(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let digits = text[start..end]
        .chars()
        .filter(char::is_ascii_digit)
        .count();
    let glued = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '/');
    // A long unbroken digit run is a phone number or licence code, not a count.
    let long_code = digits >= 7 && !text[start..end].contains(',');
    long_code || glued(before) || glued(after)
}

/// All value spans of one paragraph, non-overlapping, sorted by start.
pub fn find_values(text: &str) -> Vec<ValueSpan> {
    let mut found: Vec<ValueSpan> = Vec::new();
    for pattern in PATTERNS.iter() {
        let Some(regex) = &pattern.regex else {
            continue;
        };
        for caps in regex.captures_iter(text) {
            let Some(m) = caps.get(pattern.group) else {
                continue;
            };
            let (start, end) = (m.start(), m.end());
            let matched = m.as_str();
            let mut kind = pattern.kind;
            match kind {
                EntityKind::Number => {
                    if part_of_code(text, start, end) {
                        continue;
                    }
                    // "Force One", "World War Two": a capitalised number word inside a name.
                    if matched.chars().next().is_some_and(char::is_uppercase)
                        && !matched.starts_with(|c: char| c.is_ascii_digit())
                        && text[..start]
                            .trim_end()
                            .chars()
                            .next_back()
                            .is_some_and(char::is_alphanumeric)
                    {
                        continue;
                    }
                }
                EntityKind::Duration if matched.to_lowercase().ends_with(" ago") => {
                    // "three years ago" points at a time, it does not measure one.
                    kind = EntityKind::Date;
                }
                EntityKind::Date if matched.starts_with("May") && matched.len() == 3 => {
                    // "May" alone is a month only after a word that introduces a date.
                    let before = text[..start].trim_end();
                    let word = before
                        .rsplit(|c: char| !c.is_alphanumeric())
                        .next()
                        .unwrap_or("")
                        .to_lowercase();
                    if !matches!(
                        word.as_str(),
                        "in" | "since"
                            | "until"
                            | "by"
                            | "on"
                            | "from"
                            | "of"
                            | "early"
                            | "late"
                            | "mid"
                            | "last"
                            | "next"
                            | "this"
                            | "before"
                            | "after"
                            | "through"
                            | "during"
                            | "between"
                    ) {
                        continue;
                    }
                }
                EntityKind::Date if text[start..end].chars().all(|c| c.is_ascii_digit()) => {
                    if part_of_code(text, start, end) {
                        continue;
                    }
                }
                _ => {}
            }
            let detail = (kind == EntityKind::Number)
                .then(|| counted_noun(&text[end..]))
                .flatten();
            found.push(ValueSpan {
                start,
                end,
                kind,
                detail,
            });
        }
    }
    // Longest first, then the earlier pattern (money/percent before a bare number): the
    // widest reading of a stretch of text is kept and narrower overlapping ones dropped.
    found.sort_by_key(|v| std::cmp::Reverse(v.end - v.start));
    let mut kept: Vec<ValueSpan> = Vec::new();
    for value in found {
        if kept
            .iter()
            .all(|k| value.end <= k.start || value.start >= k.end)
        {
            kept.push(value);
        }
    }
    kept.sort_by_key(|v| v.start);
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str) -> Vec<(String, EntityKind, Option<String>)> {
        find_values(text)
            .into_iter()
            .map(|v| (text[v.start..v.end].to_string(), v.kind, v.detail))
            .collect()
    }

    #[test]
    fn every_pattern_compiles() {
        assert!(PATTERNS.iter().all(|p| p.regex.is_some()));
    }

    #[test]
    fn values_are_found_with_their_kind() {
        use EntityKind::*;
        let cases: &[(&str, &str, EntityKind)] = &[
            ("They met on 16 May 2025 in the city.", "16 May 2025", Date),
            ("They met on May 16, 2025.", "May 16, 2025", Date),
            ("not since March 2022, the month", "March 2022", Date),
            ("the swap since May.", "May", Date),
            ("talks on Wednesday ended", "Wednesday", Date),
            ("16/05/2025", "16/05/2025", Date),
            ("collapsed in 2022.", "2022", Date),
            ("began over three years ago.", "over three years ago", Date),
            ("a shift from the day before, when", "the day before", Date),
            ("at 10:30 a.m. local", "10:30 a.m.", Time),
            (
                "told reporters on Thursday night that",
                "Thursday night",
                Time,
            ),
            ("offering up to $15 million for", "$15 million", Money),
            ("a €2bn loan", "€2bn", Money),
            (
                "which lasted about 40 minutes, produced",
                "about 40 minutes",
                Duration,
            ),
            (
                "lasted less than two hours and",
                "less than two hours",
                Duration,
            ),
            (
                "in more than three years.",
                "more than three years",
                Duration,
            ),
            ("agreed to a 30-day ceasefire", "30-day", Duration),
            (
                "for three and a half hours",
                "three and a half hours",
                Duration,
            ),
            ("I'm 100 percent wrong", "100 percent", Percent),
            ("rose 12% in", "12%", Percent),
            ("a 1,000-for-1,000 exchange", "1,000-for-1,000", Number),
        ];
        for (text, surface, kind) in cases {
            let found = values(text);
            assert!(
                found.iter().any(|(s, k, _)| s == surface && k == kind),
                "{text:?}: wanted {surface:?} as {kind:?}, got {found:?}"
            );
        }
    }

    #[test]
    fn numbers_carry_the_noun_they_count() {
        for (text, surface, noun) in [
            (
                "to release 1,000 prisoners from both sides",
                "1,000",
                "prisoners",
            ),
            (
                "would involve 1,200 individuals from each side",
                "1,200",
                "individuals",
            ),
            ("returned 6,000 bodies of soldiers", "6,000", "bodies"),
            ("a thousand prisoners of war", "a thousand", "prisoners"),
            ("news for 1,000 Ukrainian families", "1,000", "families"),
            ("three working groups to address", "three", "groups"),
        ] {
            let found = values(text);
            assert!(
                found.iter().any(|(s, k, d)| s == surface
                    && *k == EntityKind::Number
                    && d.as_deref() == Some(noun)),
                "{text:?}: {found:?}"
            );
        }
    }

    #[test]
    fn codes_ordinals_and_modal_may_are_not_values() {
        for text in [
            "hotline: 010-85061466",
            "licence 10120180008",
            "the 18th round of sanctions",
            "Moscow may be using these talks",
            "Air Force One",
        ] {
            let found = values(text);
            assert!(found.is_empty(), "{text:?}: {found:?}");
        }
    }
}
