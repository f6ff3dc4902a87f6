//! Metadata cues in article text: dates, datelines, bylines, titles, wire credits and the
//! generic ways a text reveals its outlet. Only cues that hold for any outlet live here;
//! nothing names an outlet or story of the seeds.

use super::text::{
    captures, ends_with_sentence_punct, has_numeric_run, is_match, may_open, more_chars_than,
    replace_all, static_regex, word_count,
};
use super::text::{QuickTrim, Scan, TextRegex};
use crate::analysis::gazetteer;
use chrono::NaiveDate;
use regex_automata::util::captures::Captures;

// ---------------------------------------------------------------------------------------
// Dates

// The date patterns are `TextRegex`: ASCII-only compiles for ASCII text, where a Unicode
// `\d` cost most of their compile time. They keep the literal prefilter: run over whole
// paragraphs for a US-style date, the automaton alone cost more than its compile saved.
static ISO_DATE: TextRegex =
    TextRegex::new(r"\b(\d{4})-(\d{1,2})-(\d{1,2})(?:\b|T)", Scan::Literals);
static SLASH_DATE: TextRegex =
    TextRegex::new(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b", Scan::Literals);
static MONTH_FIRST: TextRegex = TextRegex::new(
    r"(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b",
    Scan::Literals,
);
static DAY_FIRST: TextRegex = TextRegex::new(
    r"(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})\b",
    Scan::Literals,
);
static_regex!(
    DATE_LINE_LEFTOVER,
    r"(?i)\b(published|updated|last|posted|date|on|at|gmt|utc|est|edt|bst|cet|cest|ist|am|pm|a\.m\.|p\.m\.|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|[\d\s:.,|/()+-]"
);

fn month_number(name: &str) -> Option<u32> {
    let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let lower = name.to_ascii_lowercase();
    months
        .iter()
        .position(|m| lower.starts_with(m))
        .and_then(|i| u32::try_from(i + 1).ok())
}

/// Finds the first date written in `s` and the byte range it occupies.
///
/// Slash dates read day-first (`16/05/2025`) because most of the world writes them so;
/// they read month-first only when the day-first reading is impossible (`05/16/2025`) or
/// when `us_order` says the surrounding text already used an unambiguous month-first date.
pub(crate) fn find_date(s: &str, us_order: bool) -> Option<(NaiveDate, std::ops::Range<usize>)> {
    // Every pattern's year is four `\d`s in a row: a line without four numeric characters
    // in a row holds no date, told without running the four regexes (most lines asked
    // about hold none).
    if !has_numeric_run(s, 4) {
        return None;
    }
    let mut found: Vec<(NaiveDate, std::ops::Range<usize>)> = Vec::new();
    let group = |c: &Captures, i: usize| c.get_group(i).map(|m| &s[m.range()]);
    let num = |c: &Captures, i: usize| group(c, i).and_then(|m| m.parse::<u32>().ok());
    // Only ASCII digits parse, so the ISO and slash patterns can only give a date when an
    // ASCII digit stands on both sides of one of their separators: a byte scan tells most
    // lines without one apart before the capture search (and its allocation).
    let iso_possible = separates_digits(s, b'-', b'-');
    let slash_possible = separates_digits(s, b'/', b'.');
    // The ISO pattern's groups are its match's three runs of digits between the hyphens
    // (a trailing `T` cut off), read from the match's text rather than by a capture
    // search, which cost more than the search for the match.
    if let Some(all) = iso_possible.then(|| ISO_DATE.find(s)).flatten() {
        let text = &s[all.range()];
        let mut parts = text.strip_suffix('T').unwrap_or(text).splitn(3, '-');
        let mut num = || parts.next().and_then(|p| p.parse::<u32>().ok());
        if let (Some(y), Some(m), Some(d)) = (num(), num(), num()) {
            if let Some(date) = NaiveDate::from_ymd_opt(y as i32, m, d) {
                found.push((date, all.range()));
            }
        }
    }
    if let Some(c) = slash_possible.then(|| SLASH_DATE.captures(s)).flatten() {
        if let (Some(a), Some(b), Some(y), Some(all)) =
            (num(&c, 1), num(&c, 2), num(&c, 3), c.get_group(0))
        {
            let (d, m) = if a > 12 || (b <= 12 && !us_order) {
                (a, b)
            } else {
                (b, a)
            };
            if let Some(date) = NaiveDate::from_ymd_opt(y as i32, m, d) {
                found.push((date, all.range()));
            }
        }
    }
    // The worded patterns' groups are read from an ASCII match's text too (see
    // `worded_date_parts`); only a match past ASCII takes the capture search.
    for (pattern, day_first) in [(&MONTH_FIRST, false), (&DAY_FIRST, true)] {
        let Some(all) = pattern.find(s) else {
            continue;
        };
        let text = &s[all.range()];
        let parts = match worded_date_parts(text, day_first) {
            Some((d, m, y)) => Some((d.parse::<u32>().ok(), month_number(m), y.parse().ok())),
            None => pattern.captures(s).map(|c| {
                let (d, m) = if day_first { (1, 2) } else { (2, 1) };
                (num(&c, d), group(&c, m).and_then(month_number), num(&c, 3))
            }),
        };
        if let Some((Some(d), Some(m), Some(y))) = parts {
            if let Some(date) = NaiveDate::from_ymd_opt(y as i32, m, d) {
                found.push((date, all.range()));
            }
        }
    }
    found.into_iter().min_by_key(|(_, r)| r.start)
}

/// The day, month and year of an ASCII match of `MONTH_FIRST` (or `DAY_FIRST` when
/// `day_first`), as the capture search gives them but for the month, which is given from
/// its first letters on (all `month_number` reads): the year is the match's last four
/// digits; the day its only other run of digits, which the month's word, a period and
/// spaces come before, or an ordinal's letters, spaces and "of" after. `None` for a match
/// past ASCII, where `\d`, `\s` and case folding take in more than these.
fn worded_date_parts(m: &str, day_first: bool) -> Option<(&str, &str, &str)> {
    if !m.is_ascii() {
        return None;
    }
    let year = m.get(m.len().checked_sub(4)?..)?;
    let body = &m[..m.len() - 4];
    let day_start = body.find(|c: char| c.is_ascii_digit())?;
    let day_len = body[day_start..]
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len() - day_start);
    let day = &body[day_start..day_start + day_len];
    if !day_first {
        return Some((day, m, year));
    }
    // After the day: an ordinal's letters, spaces, and "of" with spaces, then the month.
    let rest = body[day_start + day_len..]
        .trim_start_matches(|c: char| c.is_ascii_alphabetic())
        .trim_start();
    let month = match rest.get(..3) {
        Some(of)
            if of[..2].eq_ignore_ascii_case("of")
                && of.ends_with(|c: char| c.is_ascii_whitespace()) =>
        {
            rest[2..].trim_start()
        }
        _ => rest,
    };
    Some((day, month, year))
}

/// Whether an ASCII digit stands on both sides of a byte `a` or `b` somewhere in `s`: what
/// a date written in digits with that separator needs, found by a vectorised byte search.
fn separates_digits(s: &str, a: u8, b: u8) -> bool {
    let bytes = s.as_bytes();
    let digit_at = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    memchr::memchr2_iter(a, b, bytes).any(|i| i > 0 && digit_at(i - 1) && digit_at(i + 1))
}

/// A slash date that can only be month-first (`05/16/2025`) tells us the text is US-style.
pub(crate) fn text_uses_month_first<'a>(paragraphs: impl IntoIterator<Item = &'a str>) -> bool {
    paragraphs.into_iter().take(50).any(|p| {
        // Only ASCII digits parse below, so a true answer needs an ASCII digit on both
        // sides of a `/` or `.`: a paragraph without one is passed over by a byte scan,
        // sparing most paragraphs the capture search (and its allocation).
        separates_digits(p, b'/', b'.')
            && SLASH_DATE.captures(p).is_some_and(|c| {
                let num = |i| {
                    c.get_group(i)
                        .and_then(|m| p[m.range()].parse::<u32>().ok())
                };
                let (a, b) = (num(1), num(2));
                matches!((a, b), (Some(a), Some(b)) if a <= 12 && b > 12)
            })
    })
}

/// A line that is only a date, perhaps with "Published:", a weekday or a time.
pub(crate) fn date_line(line: &str, us_order: bool) -> Option<NaiveDate> {
    if more_chars_than(line, 80) {
        return None;
    }
    let (date, range) = find_date(line, us_order)?;
    // "Madrid - Mar 14, 2025 - 10:42 CET": a place may open the line before a dash.
    let head = place_before_dash(&line[..range.start]).unwrap_or(&line[..range.start]);
    let rest = format!("{} {}", head, &line[range.end..]);
    replace_all(&DATE_LINE_LEFTOVER, &rest, "")
        .quick_trim()
        .is_empty()
        .then_some(date)
}

/// What follows a place of one to three capitalised words and a dash opening `head`
/// ("Madrid - ", "Rio de Janeiro — "), if it opens so.
fn place_before_dash(head: &str) -> Option<&str> {
    let (place, rest) = head
        .split_once(" - ")
        .or_else(|| head.split_once(" — "))
        .or_else(|| head.split_once(" – "))?;
    let words: Vec<&str> = place.split_whitespace().collect();
    let capitalised = |w: &&str| w.starts_with(char::is_uppercase);
    // A known place only: "Morning Briefing - 14 March 2025" is a title.
    (gazetteer::place(&gazetteer::fold(place)).is_some()
        && (1..=3).contains(&words.len())
        && words.first().is_some_and(capitalised)
        && words.iter().all(|w| {
            w.chars()
                .all(|c| c.is_alphabetic() || c == '\'' || c == '-')
                && (capitalised(w) || matches!(*w, "de" | "da" | "do" | "del" | "la" | "el"))
        }))
    .then_some(rest)
}

/// A byline printed as a name alone in capitals ("LUCÍA HERRERO GIL"): two to four
/// words of capitals, one of them a known given name ("LIVE UPDATES" is a label). A date
/// line beside it is the caller's to check: a name in capitals elsewhere is no byline.
pub(crate) fn caps_name_line(line: &str) -> bool {
    // Asked of every opening paragraph: most are long or hold a lowercase letter, and are
    // turned away before any word is looked at.
    if line.len() > 80 || line.chars().any(char::is_lowercase) {
        return false;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    if !(2..=4).contains(&words.len())
        || !words.iter().all(|w| {
            w.chars().count() >= 2
                && w.chars().any(char::is_alphabetic)
                && w.chars()
                    .all(|c| c.is_uppercase() || matches!(c, '\'' | '’' | '-' | '.'))
        })
    {
        return false;
    }
    let folded: Vec<String> = words.iter().map(|w| gazetteer::fold(w)).collect();
    folded.iter().any(|f| gazetteer::is_given_name(f))
        // "HARRY AND MEGHAN SPLIT", "SAN JOSE", "VICTORIA NEWS": a function word, a place
        // or a body's word makes a headline, a dateline or a section label.
        && folded.iter().all(|f| {
            !gazetteer::is_stop_word(f)
                && gazetteer::place(f).is_none()
                && !gazetteer::is_org_head(f)
                && !gazetteer::is_facility_head(f)
        })
        && gazetteer::place(&folded.join(" ")).is_none()
}

/// The name of a byline in capitals, written as names are ("LUCÍA HERRERO GIL" ->
/// "Lucía Herrero Gil").
pub(crate) fn caps_name_as_written(line: &str) -> String {
    line.split_whitespace()
        .map(|word| {
            let mut out = String::with_capacity(word.len());
            let mut start = true;
            for c in word.chars() {
                if start {
                    out.push(c);
                } else {
                    out.extend(c.to_lowercase());
                }
                start = matches!(c, '-' | '\'' | '’');
            }
            out
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Reads a date from a metadata value (ISO timestamps, RFC 2822 `pubDate`, or prose).
pub(crate) fn parse_date_value(s: &str) -> Option<NaiveDate> {
    find_date(s, false).map(|(d, _)| d)
}

// ---------------------------------------------------------------------------------------
// Wires and outlets

/// News agencies whose copy other outlets run: (how the text may name it, canonical name).
/// A factual gazetteer of agencies, not of this story's outlets.
const WIRES: &[(&str, &str)] = &[
    ("reuters", "Reuters"),
    ("ap", "AP"),
    ("associated press", "AP"),
    ("the associated press", "AP"),
    ("afp", "AFP"),
    ("agence france-presse", "AFP"),
    ("agence france presse", "AFP"),
    ("upi", "UPI"),
    ("united press international", "UPI"),
    ("dpa", "dpa"),
    ("ani", "ANI"),
    ("pti", "PTI"),
    ("ians", "IANS"),
    ("xinhua", "Xinhua"),
    ("tass", "TASS"),
    ("ria novosti", "RIA Novosti"),
    ("interfax", "Interfax"),
    ("ukrinform", "Ukrinform"),
    ("efe", "EFE"),
    ("ansa", "ANSA"),
    ("kyodo", "Kyodo"),
    ("yonhap", "Yonhap"),
    ("anadolu", "Anadolu"),
    ("anadolu agency", "Anadolu"),
    ("bernama", "Bernama"),
    ("agencies", "agencies"),
];

/// The canonical wire name if `name` is a news agency.
pub(crate) fn wire_name(name: &str) -> Option<&'static str> {
    let n = name
        .quick_trim()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    WIRES.iter().find(|(k, _)| *k == n).map(|(_, v)| *v)
}

/// A searcher per `WIRES` key, built once: `str::find` set one up for every key of every
/// credit line.
static WIRE_FINDERS: std::sync::LazyLock<Vec<memchr::memmem::Finder<'static>>> =
    std::sync::LazyLock::new(|| {
        WIRES
            .iter()
            .map(|(key, _)| memchr::memmem::Finder::new(key.as_bytes()).into_owned())
            .collect()
    });

/// Every wire named anywhere in a credit line, in order of appearance.
pub(crate) fn wires_in(line: &str) -> Vec<&'static str> {
    let lower = line.to_lowercase();
    let mut hits: Vec<(usize, &'static str)> = Vec::new();
    // The same leftmost non-overlapping matches `str::find` from each match's end gives.
    for ((key, canon), finder) in WIRES.iter().zip(WIRE_FINDERS.iter()) {
        for start in finder.find_iter(lower.as_bytes()) {
            let end = start + key.len();
            let before_ok = lower[..start]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let after_ok = lower[end..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            if before_ok && after_ok {
                hits.push((start, canon));
            }
        }
    }
    hits.sort();
    let mut out: Vec<&'static str> = Vec::new();
    for (_, w) in hits {
        if !out.contains(&w) {
            out.push(w);
        }
    }
    out
}

static_regex!(
    CREDIT_LINE,
    r"(?i)^[(\[]?\s*(?:with (?:additional )?inputs? from|(?:additional )?reporting by|writing by|editing by|compiled by|sources?:\s*agencies|inputs? from)\b"
);
/// The first two letters (lowercase) of `CREDIT_LINE`'s words, for `may_open`: a match
/// opening with no bracket or space opens with one of them.
const CREDIT_LINE_OPENINGS: &[[u8; 2]] = &[
    *b"wi", *b"ad", *b"re", *b"wr", *b"ed", *b"co", *b"so", *b"in",
];

/// The ASCII chars a `CREDIT_LINE` match may open with before its words: a bracket, or
/// whitespace (tab to carriage return, and space).
fn credit_bracket_or_space(b: u8) -> bool {
    matches!(b, b'(' | b'[' | b' ' | b'\t'..=b'\r')
}

static_regex!(
    CREDIT_CONTRIBUTED,
    r"(?i)\bcontributed (?:to )?this report\.?\)?$"
);
static_regex!(
    DASH_WIRE,
    r"^(?:[—–-]+\s*)?\(?([A-Za-z][A-Za-z .-]{1,30}?)\)?\s*$"
);

/// A wire-credit line: `(With input from Reuters)`, `(Reporting by ...; Editing by ...)`,
/// `— Reuters`, `(AFP)`, `AP contributed to this report`. Returns the wires it names
/// (possibly none: a `Reporting by` credit without an agency name names no wire, and we
/// do not guess one from house style).
pub(crate) fn credit_line(line: &str) -> Option<Vec<&'static str>> {
    // A line of more than 300 chars is none. Its chars are counted only once a cheaper
    // test below has let it through: on most lines none does, and the answer is the same.
    let long = || more_chars_than(line, 300);
    // The unanchored `CREDIT_CONTRIBUTED` runs only on lines that end as its matches do
    // ("report", then an optional "." and ")"; no letter of "report" has a non-ASCII
    // case variant), which spares every other line a slow scan.
    let tail = line.strip_suffix(')').unwrap_or(line);
    let tail = tail.strip_suffix('.').unwrap_or(tail).as_bytes();
    let ends_with_report =
        tail.len() >= 6 && tail[tail.len() - 6..].eq_ignore_ascii_case(b"report");
    // A `CREDIT_LINE` match opens with a bracket, a space or the first two letters of
    // one of its words; a non-ASCII first char (a Unicode space, LONG S) may open one too.
    let may_credit = line.bytes().next().is_none_or(|b| {
        !b.is_ascii() || credit_bracket_or_space(b) || may_open(line, CREDIT_LINE_OPENINGS)
    });
    if (may_credit || ends_with_report) && long() {
        return None;
    }
    if (may_credit && is_match(&CREDIT_LINE, line))
        || (ends_with_report && is_match(&CREDIT_CONTRIBUTED, line))
    {
        return Some(wires_in(line));
    }
    // A bare agency name, alone or after a dash or in parentheses. Only the name of a
    // `DASH_WIRE` match has letters, at most 31 of them: a line with more is none.
    let t = line.quick_trim();
    let framed = t.starts_with(['—', '–', '-', '(']);
    let few_letters = ascii_letters_at_most(t.as_bytes(), 31) && !long();
    // The name a `DASH_WIRE` match captures is the line without the dashes, parenthesis
    // and spaces around it, none of them a letter or digit: `wire_name`, which trims all
    // but letters and digits from both ends, reads the same name in the whole line. So
    // the line is asked first, and the pattern only matched (not captured) on a line
    // naming a wire: the capture search on every short line was a third of this function.
    let named = few_letters.then(|| wire_name(t)).flatten();
    if let Some(w) = named.filter(|_| is_match(&DASH_WIRE, t)) {
        if framed || t.len() < 30 {
            return Some(vec![w]);
        }
    }
    None
}

/// Whether `bytes` hold at most `n` ASCII letters. Counted a block of 32 bytes at a time,
/// without a branch per byte (a letter with its case bit set lies in a..=z), which the
/// compiler vectorises; a line with more letters is told so after its first blocks. A
/// count by a filter of the bytes took several instructions a byte.
fn ascii_letters_at_most(bytes: &[u8], n: usize) -> bool {
    let mut letters = 0usize;
    for block in bytes.chunks(32) {
        // Summed in a byte (a block has at most 32 letters), which keeps the vector
        // lanes bytes wide.
        let in_block = block.iter().fold(0u8, |k, &b| {
            k + u8::from((b | 0x20).wrapping_sub(b'a') < 26)
        });
        letters += usize::from(in_block);
        if letters > n {
            return false;
        }
    }
    true
}

static_regex!(SOURCE_LINE, r"(?i)^source\s*:\s*(.{2,60})$");
static_regex!(
    COPYRIGHT_LINE,
    r"(?i)^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?([^.,|]{2,60}?)\.?\s*(?:[.,|]\s*all rights reserved\.?)?$"
);

/// `Source: BBC` -> "BBC" (a short name, not a sentence).
pub(crate) fn source_line(line: &str) -> Option<String> {
    let t = line.quick_trim();
    // A match opens with "source": an s, or LONG S (non-ASCII), which `(?i)` reads as s.
    if !t
        .bytes()
        .next()
        .is_some_and(|b| b | 0x20 == b's' || !b.is_ascii())
    {
        return None;
    }
    let c = captures(&SOURCE_LINE, t)?;
    let name = c.get(1)?.as_str().quick_trim().trim_end_matches('.');
    (word_count(name) <= 6 && !name.is_empty()).then(|| name.to_string())
}

/// `© 2025 Outlet` / `Copyright 2025 Outlet. All rights reserved.` -> "Outlet".
pub(crate) fn copyright_holder(line: &str) -> Option<String> {
    let c = captures(&COPYRIGHT_LINE, line.quick_trim())?;
    let name = c.get(1)?.as_str().quick_trim();
    let name = name.strip_prefix("by ").unwrap_or(name).quick_trim();
    (!name.is_empty() && name.chars().next().is_some_and(|c| c.is_uppercase()))
        .then(|| name.to_string())
}

static_regex!(HANDLE, r"@([A-Za-z0-9_]{2,40})");
static_regex!(
    FIRST_PERSON_PROMO,
    r"(?i)\b(?:follow|join|subscribe to)\s+(?:us|our)\b"
);
static_regex!(
    CAPITALISED_RUN,
    r"\b\p{Lu}[\p{L}\p{N}’'&-]*(?:\s+\p{Lu}[\p{L}\p{N}’'&-]*){0,4}"
);

fn letters_lower(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// An outlet's own promotion line ("Follow our coverage ... on @Harbourpost_official") names
/// a handle; the outlet is a capitalised name elsewhere in the text whose letters equal the
/// handle's (ignoring case, spaces and suffixes like `_official`). No match, no outlet.
pub(crate) fn outlet_from_handle(promo_lines: &[&str], text: &[&str]) -> Option<String> {
    let mut handles: Vec<String> = Vec::new();
    for line in promo_lines {
        if !is_match(&FIRST_PERSON_PROMO, line) {
            continue;
        }
        if let Some(re) = HANDLE.as_ref() {
            for c in re.captures_iter(line) {
                if let Some(h) = c.get(1) {
                    handles.push(h.as_str().to_lowercase());
                }
            }
        }
    }
    if handles.is_empty() {
        return None;
    }
    // Candidate names: every window of every capitalised run, with handles blanked out.
    let mut names: Vec<String> = Vec::new();
    for t in text {
        let clean = replace_all(&HANDLE, t, " ");
        if let Some(re) = CAPITALISED_RUN.as_ref() {
            for m in re.find_iter(&clean) {
                let words: Vec<&str> = m.as_str().split_whitespace().collect();
                for i in 0..words.len() {
                    for j in i + 1..=words.len() {
                        names.push(words[i..j].join(" "));
                    }
                }
            }
        }
    }
    for handle in handles {
        let mut keys = vec![letters_lower(&handle)];
        let mut stripped = handle.clone();
        for suffix in [
            "_official",
            "official",
            "_news",
            "_en",
            "_eng",
            "_english",
            "_hq",
            "hq",
        ] {
            if let Some(s) = stripped.strip_suffix(suffix) {
                stripped = s.to_string();
            }
        }
        keys.push(letters_lower(&stripped));
        for key in keys {
            if key.len() < 3 {
                continue;
            }
            if let Some(name) = names
                .iter()
                .find(|n| letters_lower(n) == key && wire_name(n).is_none())
            {
                return Some(name.trim_end_matches(['’', '\'']).to_string());
            }
        }
    }
    None
}

static_regex!(
    ASKED_BY,
    r"\b(?:[Aa]sked by|told)\s+(the\s+)?(\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,3})"
);
static_regex!(AGENCY_AFTER, r"^\s+(?:news\s+)?agency\b");

/// Last words that make a capitalised name an outlet rather than a person.
const OUTLET_WORDS: &[&str] = &[
    "post",
    "news",
    "times",
    "journal",
    "herald",
    "tribune",
    "telegraph",
    "guardian",
    "independent",
    "gazette",
    "daily",
    "monitor",
    "observer",
    "express",
    "mail",
    "mirror",
    "chronicle",
    "review",
    "press",
    "today",
    "insider",
    "radio",
    "tv",
    "television",
    "broadcasting",
    "network",
    "media",
    "magazine",
    "weekly",
    "standard",
    "inquirer",
    "bulletin",
    "dispatch",
    "courier",
    "register",
    "examiner",
    "politico",
    "axios",
];

/// "Asked by Harbour Post ..." / "... told the Daily Herald": the outlet asking is, in a
/// briefing report, the one writing. Conservative: the name must end in an outlet word
/// ("Post", "News", "Times"...) — or, after "asked by", be an acronym like "BBC" — and
/// not be a news agency ("told the TASS news agency" is a source, not the publisher).
pub(crate) fn outlet_from_asked_by(text: &[&str]) -> Option<String> {
    let re = ASKED_BY.as_ref()?;
    for t in text {
        for c in re.captures_iter(t) {
            let (Some(whole), Some(name)) = (c.get(0), c.get(2)) else {
                continue;
            };
            let name_str = name.as_str().trim_end_matches('.');
            if is_match(&AGENCY_AFTER, &t[name.end()..]) || wire_name(name_str).is_some() {
                continue;
            }
            let last = name_str
                .split_whitespace()
                .last()
                .unwrap_or("")
                .to_lowercase();
            let outlet_word = OUTLET_WORDS.contains(&last.as_str()) && word_count(name_str) >= 2
                || ["politico", "axios"].contains(&last.as_str());
            let acronym = whole.as_str().to_lowercase().starts_with("asked by")
                && c.get(1).is_none()
                && name_str.len() >= 2
                && name_str.len() <= 6
                && name_str.chars().all(|c| c.is_ascii_uppercase());
            if outlet_word || acronym {
                return Some(name_str.to_string());
            }
        }
    }
    None
}

// ---------------------------------------------------------------------------------------
// Openings: datelines, labels, bylines, titles

static_regex!(
    DATELINE,
    r"^(?P<place>\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]*)*)(?:,\s*(?P<region>\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?))?(?:,?\s+(?P<day>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}))?\s*(?:\((?P<agency>[^()]{1,40})\))?(?:\s*[—–−]\s+|\s+--?\s+|\s*:\s*)"
);

/// Labels that look like a colon dateline but are not places.
const LABELS: &[&str] = &[
    "BREAKING",
    "BREAKING NEWS",
    "UPDATE",
    "UPDATED",
    "EXCLUSIVE",
    "WATCH",
    "LIVE",
    "ANALYSIS",
    "OPINION",
    "NOTE",
    "EDITOR'S NOTE",
    "EDITOR’S NOTE",
    "CORRECTION",
    "PHOTO",
    "PHOTOS",
    "VIDEO",
    "FILE",
    "FACT CHECK",
    "EXPLAINER",
    "COMMENT",
];

#[derive(Debug, PartialEq)]
pub(crate) struct Dateline {
    /// "WASHINGTON, DC"
    pub place: String,
    /// "(AP)" -> "AP"
    pub agency: Option<String>,
    /// "March 10" in `MUSCAT, March 10 (Agency) -`: the day, without a year.
    pub day: Option<String>,
    /// Byte length of the prefix to strip from the paragraph.
    pub len: usize,
}

/// `ISTANBUL —`, `WASHINGTON, DC –`, `KYIV, Ukraine (AP) —`, `LONDON:` at the start of a
/// paragraph. The place is all capitals; the text after it must go on. A dash needs a
/// space after it (and a hyphen one before), so `UK-Thailand talks` is no dateline.
pub(crate) fn dateline(p: &str) -> Option<Dateline> {
    // The place opens with a capital (`\p{Lu}` is within `char::is_uppercase`) and a
    // second capital or mark: most paragraphs ("The ...") fail on these two chars, and
    // are spared the regex, whose capture search over a long paragraph is costly.
    let mut chars = p.chars();
    let opens = chars.next().is_some_and(char::is_uppercase)
        && chars
            .next()
            .is_some_and(|c| c.is_uppercase() || matches!(c, '.' | '\'' | '’' | '-'));
    if !opens {
        return None;
    }
    // The match alone first: the commonest shape's groups are told from its text (see
    // `plain_dateline`), and only the others take the capture search, whose engine over
    // the pattern's Unicode classes cost about 8,000 instructions per article.
    let found = DATELINE.as_ref()?.find(p)?;
    let (len, place, region, day, agency) = match plain_dateline(found.as_str()) {
        Some((place, agency)) => (found.end(), place, None, None, agency),
        None => {
            let c = captures(&DATELINE, p)?;
            let group = |name: &str| c.name(name).map(|m| m.as_str());
            let len = c.get(0)?.end();
            (
                len,
                group("place")?,
                group("region"),
                group("day"),
                group("agency"),
            )
        }
    };
    let place = place.quick_trim();
    if LABELS.contains(&place) || place.chars().filter(|c| c.is_alphabetic()).count() < 2 {
        return None;
    }
    // A body must follow, starting like a sentence.
    let rest = p[len..].quick_trim_start();
    if !more_chars_than(rest, 9) || rest.starts_with(|c: char| c.is_lowercase()) {
        return None;
    }
    let place = match region {
        Some(r) => format!("{place}, {}", r.quick_trim()),
        None => place.to_string(),
    };
    Some(Dateline {
        place,
        agency: agency.map(|a| a.quick_trim().to_string()),
        day: day.map(str::to_string),
        len,
    })
}

/// The place and agency groups of `DATELINE`'s match `m` when it is a place of ASCII
/// capitals and spaces, an agency in parentheses or none, then the separator
/// ("DUNEPORT — ", "LUMEN CITY (Staff) — ", "KESTRIA: "); `None` for any other shape. Such
/// a match holds no comma and no digit, so its region and day took no part, and the
/// place is all of its text before the spaces and agency: the place ends with a letter,
/// and what follows it there (spaces, the agency, the separator) has no letter the
/// place's pattern could go on with, nor a letter a shorter place would leave unmatched.
/// A separator opening with a hyphen is left to the captures: the place's pattern may
/// take that hyphen ("ABC- — ").
fn plain_dateline(m: &str) -> Option<(&str, Option<&str>)> {
    let body =
        m.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '—' | '–' | '−' | ':' | '-'));
    if m[body.len()..].starts_with('-') {
        return None;
    }
    let (place, agency) = match body.strip_suffix(')') {
        Some(open) => {
            let (place, agency) = open.split_once('(')?;
            (place.trim_end(), Some(agency))
        }
        None => (body, None),
    };
    let plain = |c: u8| c.is_ascii_uppercase() || c == b' ';
    let place_plain = place.bytes().all(plain) && place.ends_with(|c: char| c.is_ascii_uppercase());
    let agency_plain = agency.is_none_or(|a| !a.is_empty() && !a.contains(['(', ')']));
    (place_plain && agency_plain).then_some((place, agency))
}

static_regex!(DESK_LABEL, r"^(?:\p{Lu}[\p{L}]*\s+){0,2}[Dd]esk\s*:\s*");
static_regex!(
    CAPS_LABEL,
    r"^(BREAKING(?: NEWS)?|UPDATE[D]?|EXCLUSIVE|WATCH|LIVE|ANALYSIS|OPINION|EDITOR['’]S NOTE|CORRECTION|FACT CHECK|EXPLAINER)\s*[:|—–-]\s*"
);

/// The searcher for "esk", built once rather than for every paragraph.
static ESK: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"esk"));

/// A leading `Desk:` / `News Desk:` / `BREAKING:` label: its byte length, if any.
pub(crate) fn leading_label(p: &str) -> Option<usize> {
    // Each regex is run only where it could match: a desk label spells "esk", and every
    // capitals label opens with one of a few letters.
    let desk = || {
        ESK.find(p.as_bytes())
            .and_then(|_| captures(&DESK_LABEL, p))
    };
    let caps = || {
        p.as_bytes()
            .first()
            .filter(|b| b"BUEWLAOCF".contains(b))
            .and_then(|_| captures(&CAPS_LABEL, p))
    };
    desk().or_else(caps).and_then(|c| c.get(0)).map(|m| m.end())
}

static_regex!(BYLINE, r"^(?i:by)\s+(\p{Lu}.*)$");
// "in" for "By Selam Tesfaye in Addis Ababa and Omar Khalil in Cairo".
const NAME_CONNECTORS: &[&str] = &[
    "and", "&", "in", "de", "van", "von", "der", "den", "da", "di", "du", "al", "el", "bin", "la",
    "le", "del", "y",
];

/// `By Jane Doe` / `By Jane Doe and John Roe, Reuters`: (byline, wires named after it).
pub(crate) fn byline(line: &str) -> Option<(String, Vec<&'static str>)> {
    if more_chars_than(line, 120) || line.quick_trim_end().ends_with(['.', '!', '?']) {
        return None;
    }
    let c = captures(&BYLINE, line.quick_trim())?;
    let rest = c.get(1)?.as_str();
    let mut parts = rest.split([',', '|']).map(str::trim);
    let names = parts.next()?;
    let names_ok = !names.is_empty()
        && word_count(names) <= 10
        && names.split_whitespace().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                || NAME_CONNECTORS.contains(&w.to_lowercase().as_str())
        });
    if !names_ok {
        return None;
    }
    let mut byline = names.to_string();
    let mut wires = Vec::new();
    for part in parts.filter(|p| !p.is_empty()) {
        match wire_name(part) {
            Some(w) => wires.push(w),
            None => {
                byline.push_str(", ");
                byline.push_str(part);
            }
        }
    }
    Some((byline, wires))
}

/// A short line without final sentence punctuation, not a dateline or byline: a headline.
pub(crate) fn headline_like(line: &str) -> bool {
    let words = word_count(line);
    !more_chars_than(line, 150)
        && (1..=20).contains(&words)
        && !ends_with_sentence_punct(line)
        // A headline may open with a quote: "'This case is political,' X tells court".
        && line
            .trim_start_matches(['\'', '"', '‘', '“', '«'])
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric())
        && dateline(line).is_none()
        && byline(line).is_none()
}

/// Could `line` be the title of a text whose next paragraph is `next`? Titles have at
/// least three words and are followed by body text (a sentence or a long paragraph).
pub(crate) fn title_candidate(line: &str, next: Option<&str>) -> bool {
    headline_like(line)
        && word_count(line) >= 3
        && date_line(line, false).is_none()
        && next.is_some_and(|n| ends_with_sentence_punct(n) || more_chars_than(n, 150))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_patterns_match_as_their_unicode_compiles_on_ascii_text() {
        let texts = [
            "Published 2025-05-16T10:00, updated 16/05/2025 and 05.16.2025 at noon.",
            "On May 16th, 2025, and the 3rd of Sept. 2024; not Mayor 12 2020.",
            "Dates: 2025-5-6 x2025-05-16 16 May 2025 Dec 1 1999",
        ];
        for pattern in [&ISO_DATE, &SLASH_DATE, &MONTH_FIRST, &DAY_FIRST] {
            pattern.assert_ascii_agrees(&texts);
        }
    }

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn slash_dates_read_day_first() {
        let cases = [
            ("16/05/2025", false, d(2025, 5, 16)),
            ("05/06/2025", false, d(2025, 6, 5)),
            ("05/06/2025", true, d(2025, 5, 6)),
            ("05/16/2025", false, d(2025, 5, 16)),
            ("16.05.2025", false, d(2025, 5, 16)),
            ("31/02/2025", false, None),
        ];
        for (s, us, want) in cases {
            assert_eq!(find_date(s, us).map(|x| x.0), want, "{s} us={us}");
        }
    }

    #[test]
    fn written_and_iso_dates_are_read() {
        let cases = [
            ("2025-05-16", d(2025, 5, 16)),
            ("2025-05-16T09:30:00Z", d(2025, 5, 16)),
            ("May 16, 2025", d(2025, 5, 16)),
            ("Sept. 3, 2024", d(2024, 9, 3)),
            ("16 May 2025", d(2025, 5, 16)),
            ("Fri, 16 May 2025 10:00:00 GMT", d(2025, 5, 16)),
            ("on the 3rd of March 2024", d(2024, 3, 3)),
            ("no date here", None),
        ];
        for (s, want) in cases {
            assert_eq!(parse_date_value(s), want, "{s}");
        }
    }

    /// The worded dates' parts read from a match's text are what the capture search gives.
    #[test]
    fn worded_date_parts_are_the_captured_groups() {
        let texts = [
            "Published Monday 3 March 2025",
            "15 February 2025",
            "on the 3rd of March 2024, then",
            "the 21ST OF june 2019 and",
            "12\toct 2025",
            "May 16, 2025",
            "Sept. 3, 2024",
            "FEB 28th,\t1999 was",
            "december 1st 2030",
            "31 Dec. 2020",
            "1 of March 2025",
        ];
        let mut read = 0;
        for s in texts {
            for (pattern, day_first) in [(&MONTH_FIRST, false), (&DAY_FIRST, true)] {
                let (Some(all), Some(c)) = (pattern.find(s), pattern.captures(s)) else {
                    continue;
                };
                let (d, m, y) = worded_date_parts(&s[all.range()], day_first).unwrap();
                let group = |i: usize| c.get_group(i).map(|g| &s[g.range()]);
                let (cd, cm) = if day_first { (1, 2) } else { (2, 1) };
                assert_eq!(Some(d), group(cd), "{s}");
                assert_eq!(Some(y), group(3), "{s}");
                assert_eq!(month_number(m), group(cm).and_then(month_number), "{s}");
                assert!(month_number(m).is_some(), "{s}");
                read += 1;
            }
        }
        assert!(read >= 10, "{read}");
    }

    #[test]
    fn date_lines_are_only_dates() {
        let cases = [
            ("16/05/2025", true),
            ("Published: May 16, 2025 10:32 GMT", true),
            ("Friday, 16 May 2025", true),
            ("Updated 2025-05-16 | 14:05", true),
            ("The talks began on 16 May 2025 in Istanbul.", false),
            // A place may open the line before a dash; a sentence may not.
            ("Madrid - Mar 14, 2025 - 10:42 CET", true),
            ("Rio de Janeiro — 3 June 2025", true),
            ("Talks resumed in Madrid - Mar 14, 2025", false),
        ];
        for (s, want) in cases {
            assert_eq!(date_line(s, false).is_some(), want, "{s}");
        }
    }

    #[test]
    fn month_first_slash_dates_mark_us_text() {
        assert!(text_uses_month_first(["Filed 05/16/2025"]));
        assert!(!text_uses_month_first(["Filed 16/05/2025"]));
    }

    /// `plain_dateline`'s groups are those the capture search gives, wherever it takes a
    /// match (and it leaves the other shapes to the captures).
    #[test]
    fn plain_datelines_read_as_the_captures_do() {
        let texts = [
            "DUNEPORT — Negotiators met on Friday.",
            "LUMEN CITY (Staff) — The hearing opened on Monday.",
            "KESTRIA: Negotiators from both sides met on Friday.",
            "NEW  YORK -- The talks resumed on Monday.",
            "PARIS - The talks resumed on Monday.",
            "ABC- — The talks resumed on Monday.",
            "AB-CD — The talks resumed on Monday.",
            "WASHINGTON, DC – The talks resumed on Monday.",
            "KYIV, Ukraine (AP) — The talks resumed on Monday.",
            "MUSCAT, March 10 (Agency) - The talks resumed on Monday.",
            "ST. PAUL — The talks resumed on Monday.",
            "O'HARE — The talks resumed on Monday.",
            "PARIS (AFP 2, Reuters) — The talks resumed on Monday.",
            "PARIS\t(AP)\t— The talks resumed on Monday.",
            "PARIS MAY 5 — The talks resumed on Monday.",
            "ÉCOLE CITY — The talks resumed on Monday.",
            "ROME (AP):The talks resumed on Monday.",
            "UK-Thailand talks resumed on Monday.",
            "BREAKING: The talks resumed on Monday.",
        ];
        let mut read = 0;
        for p in texts {
            let (Some(found), Some(c)) = (
                DATELINE.as_ref().and_then(|r| r.find(p)),
                captures(&DATELINE, p),
            ) else {
                continue;
            };
            let Some((place, agency)) = plain_dateline(found.as_str()) else {
                continue;
            };
            assert_eq!(c.get(0).map(|m| m.end()), Some(found.end()), "{p}");
            assert_eq!(c.name("place").map(|m| m.as_str()), Some(place), "{p}");
            assert_eq!(c.name("agency").map(|m| m.as_str()), agency, "{p}");
            assert!(c.name("region").is_none() && c.name("day").is_none(), "{p}");
            read += 1;
        }
        assert!(read >= 8, "{read}");
        // The shapes the fast path reads, and one it leaves to the captures.
        assert!(plain_dateline("DUNEPORT — ").is_some());
        assert!(plain_dateline("LUMEN CITY (Staff) — ").is_some());
        assert!(plain_dateline("ABC- — ").is_none());
    }

    #[test]
    fn datelines_give_place_agency_and_prefix() {
        let cases = [
            (
                "ISTANBUL — Russian officials met.",
                Some(("ISTANBUL", None, "Russian")),
            ),
            (
                "WASHINGTON, DC – The US State Department said.",
                Some(("WASHINGTON, DC", None, "The")),
            ),
            (
                "KYIV, Ukraine (AP) — A drone hit a building.",
                Some(("KYIV, Ukraine", Some("AP"), "A drone")),
            ),
            (
                "LONDON: The court ruled on Monday.",
                Some(("LONDON", None, "The court")),
            ),
            (
                "NEW DELHI, May 3 (Reuters) - India said on Friday.",
                Some(("NEW DELHI", Some("Reuters"), "India")),
            ),
            ("BREAKING: Something happened today.", None),
            ("Desk: For the first time since the war.", None),
            ("The US – and its allies – agreed.", None),
            (
                "UK-Thailand trade deal two-thirds done after third round",
                None,
            ),
            ("ISTANBUL—Officials met on Thursday.", None),
            ("CHOOSE YOUR LANGUAGE", None),
        ];
        for (p, want) in cases {
            let got = dateline(p);
            match want {
                None => assert_eq!(got, None, "{p}"),
                Some((place, agency, rest)) => {
                    let got = got.unwrap_or_else(|| panic!("no dateline in {p}"));
                    assert_eq!(got.place, place, "{p}");
                    assert_eq!(got.agency.as_deref(), agency, "{p}");
                    assert!(p[got.len..].starts_with(rest), "{p}: {:?}", &p[got.len..]);
                }
            }
        }
    }

    #[test]
    fn desk_and_breaking_labels_are_found() {
        let cases = [
            ("Desk: For the first time", Some("Desk: ")),
            ("News Desk: Talks resumed", Some("News Desk: ")),
            ("BREAKING: Talks resumed", Some("BREAKING: ")),
            ("Deskwork is hard", None),
        ];
        for (p, want) in cases {
            assert_eq!(leading_label(p).map(|n| &p[..n]), want, "{p}");
        }
    }

    #[test]
    fn bylines_give_names_and_wires() {
        let cases = [
            ("By Jane Doe", Some(("Jane Doe", vec![]))),
            (
                "By Selam Tesfaye in Addis Ababa and Omar Khalil in Cairo",
                Some((
                    "Selam Tesfaye in Addis Ababa and Omar Khalil in Cairo",
                    vec![],
                )),
            ),
            (
                "By Jane Doe and John Roe, Reuters",
                Some(("Jane Doe and John Roe", vec!["Reuters"])),
            ),
            (
                "BY Maria de la Cruz, Staff Writer",
                Some(("Maria de la Cruz, Staff Writer", vec![])),
            ),
            (
                "By continuing to browse our site you agree to cookies.",
                None,
            ),
            ("By the end of the day nothing", None),
        ];
        for (line, want) in cases {
            let got = byline(line);
            let want = want.map(|(b, w)| (b.to_string(), w));
            assert_eq!(got, want, "{line}");
        }
    }

    proptest::proptest! {
        #[test]
        fn letters_counted_by_blocks_are_those_a_filter_counts(
            text in "[a-zA-Z0-9 .,@\\[`{é—]{0,120}",
            n in 0usize..80,
        ) {
            let filtered = text.bytes().filter(u8::is_ascii_alphabetic).nth(n).is_none();
            proptest::prop_assert_eq!(ascii_letters_at_most(text.as_bytes(), n), filtered);
        }
    }

    #[test]
    fn credit_lines_open_only_as_their_openings_say() {
        let pattern = CREDIT_LINE.as_ref().expect("compiles").as_str();
        crate::corpus::text::assert_openings(
            pattern,
            CREDIT_LINE_OPENINGS,
            credit_bracket_or_space,
        );
    }

    #[test]
    fn credit_lines_name_their_wires() {
        let cases = [
            ("(With input from Reuters)", Some(vec!["Reuters"])),
            (
                "(Reporting by Jane Doe in London; Editing by John Roe)",
                Some(vec![]),
            ),
            (
                "(Additional reporting by Reuters and AFP)",
                Some(vec!["Reuters", "AFP"]),
            ),
            ("— Reuters", Some(vec!["Reuters"])),
            ("(AFP)", Some(vec!["AFP"])),
            (
                "The Associated Press contributed to this report.",
                Some(vec!["AP"]),
            ),
            ("Reuters reported that talks stalled.", None),
            ("Smith told reporters on Thursday night.", None),
        ];
        for (line, want) in cases {
            assert_eq!(credit_line(line), want, "{line}");
        }
    }

    #[test]
    fn source_and_copyright_lines_name_the_outlet() {
        assert_eq!(source_line("Source: BBC").as_deref(), Some("BBC"));
        assert_eq!(
            source_line("Source: officials said the talks would resume, and more words here"),
            None
        );
        let cases = [
            ("© 2025 Daily Ledger", Some("Daily Ledger")),
            (
                "Copyright 2024 The Harbour Times. All rights reserved.",
                Some("The Harbour Times"),
            ),
            (
                "(c) 2019-2025 Metro Wire, all rights reserved",
                Some("Metro Wire"),
            ),
            ("Copyright law is complicated, experts say.", None),
        ];
        for (line, want) in cases {
            assert_eq!(copyright_holder(line).as_deref(), want, "{line}");
        }
    }

    #[test]
    fn social_handles_match_a_capitalised_name_in_the_text() {
        let promo = ["Follow our coverage of the war on the @Harbourpost_official."];
        let text = [
            "Follow our coverage of the war on the @Harbourpost_official.",
            "Asked by Harbour Post if it was a missed opportunity, he said no.",
        ];
        assert_eq!(
            outlet_from_handle(&promo, &text).as_deref(),
            Some("Harbour Post")
        );
        // The handle alone proves nothing.
        assert_eq!(outlet_from_handle(&promo, &promo), None);
        // Someone else's handle is not ours.
        let other = ["Read Ann Lee on @AnnLee."];
        assert_eq!(outlet_from_handle(&other, &["Ann Lee said so."]), None);
    }

    #[test]
    fn asked_by_cues_need_an_outlet_shaped_name() {
        let cases = [
            (
                "Asked by Harbour Post if the talks failed, he said no.",
                Some("Harbour Post"),
            ),
            (
                "Asked by BBC whether talks failed, he declined.",
                Some("BBC"),
            ),
            (
                "A senior official told the TASS news agency that talks could go on.",
                None,
            ),
            ("Asked by President Trump about it, he laughed.", None),
            ("Smith told reporters on Thursday.", None),
            ("She told Anna Smith about the deal.", None),
            ("He told the Daily Herald on Monday.", Some("Daily Herald")),
        ];
        for (t, want) in cases {
            assert_eq!(outlet_from_asked_by(&[t]).as_deref(), want, "{t}");
        }
    }

    #[test]
    fn titles_are_short_unpunctuated_lines_before_body_text() {
        let body = Some("The talks began on Friday and ended within two hours.");
        let cases = [
            (
                "Russia and Ukraine resume direct talks in Istanbul for first time since 2022",
                body,
                true,
            ),
            ("Agreement on Prisoner Exchange", None, false),
            (
                "Desk: For the first time since the war began, talks were held.",
                body,
                false,
            ),
            ("ISTANBUL — Officials met on Thursday", body, false),
            ("By Jane Doe", body, false),
            ("16/05/2025", body, false),
            ("CHOOSE YOUR LANGUAGE", Some("CHOOSE YOUR LANGUAGE"), false),
            (
                "'This case is political revenge,' Seitkali tells extradition hearing",
                body,
                true,
            ),
            (
                "UK-Thailand trade deal two-thirds done after third round, officials say",
                body,
                true,
            ),
        ];
        for (line, next, want) in cases {
            assert_eq!(title_candidate(line, next), want, "{line}");
        }
    }
}
