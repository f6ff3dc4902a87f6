//! Value mentions found by pattern: dates, times, numbers (with the noun they count),
//! money, durations and percents. Names are left to `mentions`.

use super::EntityKind;
use crate::corpus::text::{QuickTrim, Scan, TextRegex};
use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind, StartKind};
use regex_automata::{meta, Input};
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

/// ISO 4217 codes of widely reported currencies, written before an amount ("VND 2
/// trillion", "HUF 450"). Not the codes that are English words in capitals ("ALL",
/// "TOP", "CUP", "MOP", "SOS"), a firm's name ("AMD") or another common short form
/// ("COP30", a climate summit; "IRR", a rate of return; "SDG 4", a development goal):
/// "TOP 10" is a headline.
const ISO_CURRENCY: &str = "USD|EUR|GBP|JPY|CNY|RMB|INR|PKR|BDT|IDR|MYR|THB|VND|KRW|HKD|SGD|AUD|NZD|CAD|CHF|SEK|NOK|DKK|PLN|CZK|HUF|RON|TRY|ZAR|NGN|KES|GHS|EGP|MAD|BRL|MXN|ARS|CLP|PEN|UAH|RUB|SAR|AED|QAR|ILS|ISK|KWD|BHD|OMR|JOD|LKR|PHP|TWD|ETB|TZS|UGX|ZMW|XOF|XAF|MNT|BND|NPR|MMK|KZT|UZS|KGS|TJS|AZN|BYN|MDL|RSD|BGN|TND|DZD|LYD|RWF|MWK|MZN|BWP|NAD|XCD|JMD|TTD|DOP|PYG|UYU|GTQ|HNL|CRC|FJD|PGK|WST|LAK|KHR|AFN|IQD|LBP|YER|MVR|BTN|MUR|SCR";

/// What marks an amount of money in ASCII text for the prefilter: the dollar sign, and
/// the ISO codes and short signs written before amounts (Rs, Rp, RM, Tk, KSh, Sh, JD), which
/// the pattern takes in exactly this case.
const CURRENCY_MARKS: &[&str] = &[
    "$", "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "PKR", "BDT", "IDR", "MYR", "THB", "VND",
    "KRW", "HKD", "SGD", "AUD", "NZD", "CAD", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF",
    "RON", "TRY", "ZAR", "NGN", "KES", "GHS", "EGP", "MAD", "BRL", "MXN", "ARS", "CLP", "PEN",
    "UAH", "RUB", "SAR", "AED", "QAR", "ILS", "ISK", "KWD", "BHD", "OMR", "JOD", "LKR", "PHP",
    "TWD", "ETB", "TZS", "UGX", "ZMW", "XOF", "XAF", "MNT", "BND", "NPR", "MMK", "KZT", "UZS",
    "KGS", "TJS", "AZN", "BYN", "MDL", "RSD", "BGN", "TND", "DZD", "LYD", "RWF", "MWK", "MZN",
    "BWP", "NAD", "XCD", "JMD", "TTD", "DOP", "PYG", "UYU", "GTQ", "HNL", "CRC", "FJD", "PGK",
    "WST", "LAK", "KHR", "AFN", "IQD", "LBP", "YER", "MVR", "BTN", "MUR", "SCR", "Rs", "Rp", "RM",
    "Tk", "KSh", "Ksh", "Sh", "JD",
];
const DIGITS: &str = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?";
// A full month name ends at a word boundary: "Marchetti" and "Mayor" hold no month.
const MONTH: &str = r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)";
const MONTH_NAMES: [&str; 11] = [
    "January",
    "February",
    "March",
    "April",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAY: &str = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const UNIT: &str = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)";
/// Units that read as a duration with only "a"/"an" ("within a month"); "a second" is
/// usually an ordinal.
const BARE_UNIT: &str = r"(?:minute|hour|day|week|fortnight|month|year|decade)";
const QUALIFIER: &str = r"(?:about|around|nearly|almost|roughly|approximately|some|more than|less than|fewer than|over|under|at least|up to|just over|just under|only|just)";

fn number() -> String {
    // "1,200", "15 million", "a thousand", "two hundred", "twenty-five", "one million".
    // A number word takes its scale in the last branch alone: a branch of its own for
    // "two hundred" read the same text at a higher priority than that branch's, so it
    // matched nothing else, and it was a third copy of the long word list to compile.
    format!(r"(?:{DIGITS}(?:\s{SCALE})?|(?:an?|one)\s{SCALE}|{NUM_WORD}(?:\s{SCALE})?)")
}

struct Pattern {
    /// The pattern's text, compiled on first use: several patterns (percents, clock
    /// times, "noon") never run on many corpora, as their needed words never appear, and
    /// compiling them was a large share of a small corpus's work.
    regex: TextRegex,
    kind: EntityKind,
    /// Which capture group is the span (0 = whole match).
    group: usize,
    /// What any match must contain, in ASCII text: from each group, one of its words
    /// (ASCII case-insensitive unless `Cased`). Lets `find_values` skip a pattern that cannot match a
    /// paragraph without running it; an empty list means "always run".
    ///
    /// With each group, its lead and its tail. The lead is `Some(k)` when every match has
    /// one of the group's words starting at most `k` bytes after the match's own start
    /// (`(?:\b{QUALIFIER}\s)?` is at most 14 bytes, a month's name 9), `None` when no
    /// bound holds (a number of any length may come first); the tail is `Some(k)` when
    /// every match has one starting at most `k` bytes before the match's end. No match
    /// then starts more than the lead before the group's first word in the paragraph, or
    /// ends more than the tail after its last one, and the search keeps within those.
    needs: &'static [Need],
}

/// One group of a pattern's needs: its words, where they sit, its lead and its tail (see
/// `Pattern::needs`).
type Need = (&'static [&'static str], Where, Option<usize>, Option<usize>);

/// Where a needed word must sit in a match.
#[derive(Clone, Copy, PartialEq)]
enum Where {
    Anywhere,
    /// At the start of a word (after `\b` or whitespace in the pattern), which rules out
    /// "ten" inside "often".
    WordStart,
    /// Anywhere, written in exactly this case: the pattern's `(?-i:...)` parts, so "Sh"
    /// (shillings) is not looked for in every "she".
    Cased,
}
use Where::{Anywhere, Cased, WordStart};

const DIGIT: &[&str] = &["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
/// Every spelling `MONTH` and the abbreviated months allow starts with one of these.
const MON3: &[&str] = &[
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];
/// `MON3` as `MONTH` writes them, capitalised: every spelling it allows starts with one.
const MON3_CASED: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
/// Every `UNIT` and `BARE_UNIT` contains one of these.
const UNIT_STEMS: &[&str] = &[
    "second",
    "minute",
    "hour",
    "day",
    "week",
    "fortnight",
    "month",
    "year",
    "decade",
];
/// What a count needs: a digit, a number word, a scale word or "dozen". `NUM_WORD`'s
/// teens and tens all contain one of the words below ("fourteen" has "four").
const COUNT_WORDS: &[&str] = &[
    "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "two", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fifteen", "eighteen",
    "twenty", "thirty", "forty", "fifty", "ninety", "hundred", "thousand", "million", "billion",
    "trillion", "dozen",
];

static PATTERNS: LazyLock<Vec<Pattern>> = LazyLock::new(|| {
    let num = number();
    let p = |pattern: String, kind, group, needs, scan| Pattern {
        regex: TextRegex::owned(pattern, scan),
        kind,
        group,
        needs,
    };
    vec![
        // The signs are alternatives, not one class: ASCII-only compiles refuse a class
        // with other characters, and take them as literals (which match no ASCII text).
        p(
            format!(
                r"(?i)(?:\b{QUALIFIER}\s)?(?:\b[A-Z]{{1,2}}\$|US\$|(?:[$]|€|£|¥|₴|₽|₦|₹|₱|₩|₫|฿|₺|₪)|\b(?-i:{ISO_CURRENCY})\s?|\b(?-i:Rs\.?|Rp\.?|RM|Tk\.?|KSh|Ksh|Sh|JD|VNĐ)\s?)\d(?:[\d,]*\d)?(?:\.\d+)?(?:\s?(?:{SCALE}|bn|mn|m|k|crores?|lakhs?)\b)?"
            ),
            EntityKind::Money,
            0,
            &[(CURRENCY_MARKS, Cased, Some(16), None)],
            Scan::Automaton,
        ),
        // "R1.2 billion" (rand), "N5 billion" (naira): a one-letter sign only with a scale.
        p(
            format!(r"(?i)(?:\b{QUALIFIER}\s)?\b(?-i:[RN])\d(?:[\d,]*\d)?(?:\.\d+)?\s?(?:million|billion|trillion|bn|mn)\b"),
            EntityKind::Money,
            0,
            &[(&["million", "billion", "trillion", "bn", "mn"], Anywhere, None, Some(8))],
            Scan::Automaton,
        ),
        p(
            format!(
                r"(?i)(?:\b{QUALIFIER}\s)?\b(?:{num}|(?:several|a\sfew)\s{SCALE}(?:\s{SCALE})?)\s(?:[A-Z][A-Za-z.]*\s)?(?:dollars|euros|pounds|rubles|roubles|hryvnias?|yuan|yen|rupees|lira|francs|crowns|kronor|kroner|krona|zlotys?|cents|pence|pesos|reais|rand|rupiah|won|shekels|dinars|dirhams|riyals|lei|forints|kip|dong|baht|naira|shillings|taka|kyat|ringgit|soles|bolivianos|cedis|birr|kwacha|renminbi|tenge|manat|rials|lari|lek|leke|somoni|afghanis|drams?|denars|pula|leones|dalasi|ariary|kwanza|guaranis|colones|lempiras|quetzales|crores?\sof\srupees)\b"
            ),
            EntityKind::Money,
            0,
            &[(&["dollars", "euros", "pounds", "rubles", "roubles", "hryvnia", "yuan", "yen", "rupees", "lira", "francs", "crowns", "kronor", "kroner", "krona", "zloty", "cents", "pence", "pesos", "reais", "rand", "rupiah", "won", "shekels", "dinars", "dirhams", "riyals", "lei", "forints", "kip", "dong", "baht", "naira", "shillings", "taka", "kyat", "ringgit", "soles", "bolivianos", "cedis", "birr", "kwacha", "renminbi", "tenge", "manat", "rials", "lari", "lek", "somoni", "afghanis", "dram", "denars", "pula", "leones", "dalasi", "ariary", "kwanza", "guaranis", "colones", "lempiras", "quetzales", "crore"], WordStart, None, Some(16))],
            Scan::Automaton,
        ),
        p(
            format!(r"(?i)(?:\b{QUALIFIER}\s)?\b{num}(?:\s(?:to|and)\s{num})?\s?(?:%|(?-i:pc)\b|percent\b|per\scent\b|percentage\spoints?\b)"),
            EntityKind::Percent,
            0,
            &[(&["%", "cent", "pc"], Anywhere, None, Some(14))],
            Scan::Automaton,
        ),
        p(
            format!(r"(?i)(?:\b{QUALIFIER}\s)?\b\d{{1,2}}(?:[:.]\d{{2}})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)"),
            EntityKind::Time,
            0,
            &[(DIGIT, Anywhere, Some(14), Some(10)), (&["a.m.", "p.m.", "am", "pm"], Anywhere, Some(20), Some(4))],
            Scan::Automaton,
        ),
        p(
            r"\b\d{1,2}:\d{2}\b(?:\s?(?:GMT|UTC|CET|EST|local time))?".to_string(),
            EntityKind::Time,
            0,
            &[(DIGIT, Anywhere, Some(0), Some(16)), (&[":"], Anywhere, Some(2), Some(14))],
            Scan::Literals,
        ),
        // "0900 GMT", "2112 local time": a 24-hour clock time is told by its zone.
        p(
            r"\b(?:[01]\d|2[0-3])[0-5]\d\s?(?:GMT|UTC|local\stime)\b".to_string(),
            EntityKind::Time,
            0,
            &[(&["gmt", "utc", "local time"], Anywhere, Some(5), Some(10))],
            Scan::Literals,
        ),
        p(
            r"\b(?:[Nn]oon|[Mm]idnight)\b".to_string(),
            EntityKind::Time,
            0,
            &[(&["noon", "midnight"], WordStart, Some(0), Some(8))],
            Scan::Literals,
        ),
        // A day with a part of it ("Thursday night") names a date, as a calendar would.
        p(
            format!(
                r"\b(?:{WEEKDAY}|[Tt]omorrow|[Yy]esterday|[Tt]his|[Ll]ast)\s(?:morning|afternoon|evening|night)\b|\b[Tt]onight\b|\b[Tt]he\s(?:day|night|morning|evening|week|weekend)\s(?:before|after)\b"
            ),
            EntityKind::Date,
            0,
            // Every branch has a word of each list at the start of a word (after `\b` or
            // `\s`): its part of the day or "tonight", or "the day/week ... before/after".
            &[
                (&["morning", "afternoon", "evening", "night", "tonight", "day", "week"], WordStart, Some(10), Some(14)),
                (&["morning", "afternoon", "evening", "night", "tonight", "before", "after"], WordStart, Some(12), Some(9)),
            ],
            Scan::Automaton,
        ),
        p(
            format!(
                r"(?i)\b(?:(?:the\s(?:past|last|next|previous|coming|first)\s)|{QUALIFIER}\s)?(?:{num}|one)(?:\sand\sa\s(?:half|quarter))?\s{UNIT}\b(?:\sago\b)?|\b{QUALIFIER}\s(?:an?|another)\s{UNIT}\b|\b(?:another|a\sfurther)\s(?:{num}\s)?{UNIT}\b"
            ),
            EntityKind::Duration,
            0,
            &[(UNIT_STEMS, WordStart, None, Some(11))],
            Scan::Automaton,
        ),
        p(
            format!(r"(?i)\b(?:(?:an?|the)\s)?(?:{DIGITS}|{NUM_WORD}|one)-(?:second|minute|hour|day|week|month|year)(?:\s[a-z]+){{0,2}}?\s[a-z]+(?:-[a-z]+)?\b|\b(?:{DIGITS}|{NUM_WORD}|one)-(?:second|minute|hour|day|week|month|year)\b"),
            EntityKind::Duration,
            0,
            &[(&["-second", "-minute", "-hour", "-day", "-week", "-month", "-year"], Anywhere, None, None)],
            Scan::Automaton,
        ),
        // "within a month", "an hour later": a bare unit is a duration only with such a cue;
        // "€3 billion a year" is a rate.
        p(
            format!(r"(?i)\b(?:within|for|than|after|in)\s(an?\s{BARE_UNIT})\b"),
            EntityKind::Duration,
            1,
            &[(UNIT_STEMS, WordStart, Some(10), Some(9))],
            Scan::Automaton,
        ),
        p(
            format!(r"(?i)\b(an?\s{BARE_UNIT})\s(?:later|earlier|afterwards)\b"),
            EntityKind::Duration,
            1,
            &[(&["later", "earlier", "afterwards"], WordStart, Some(13), Some(10))],
            Scan::Automaton,
        ),
        p(
            r"(?i)\bhalf\san\shour\b|\ban\shour\sand\sa\shalf\b".to_string(),
            EntityKind::Duration,
            0,
            &[(&["hour"], WordStart, Some(8), Some(15)), (&["half"], WordStart, Some(14), Some(12))],
            Scan::Literals,
        ),
        p(
            r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s\d{1,2}(?:-\d{1,2})?\b(?:,?\s\d{4}\b)?".to_string(),
            EntityKind::Date,
            0,
            &[(DIGIT, Anywhere, Some(6), Some(11)), (MON3, WordStart, Some(0), Some(17))],
            Scan::Literals,
        ),
        p(
            format!(r"\b\d{{1,2}}(?:st|nd|rd|th)?\s(?:of\s)?{MONTH}(?:,?\s\d{{4}})?"),
            EntityKind::Date,
            0,
            &[(DIGIT, Anywhere, Some(0), Some(23)), (MON3, WordStart, Some(8), Some(15))],
            Scan::Literals,
        ),
        p(
            format!(r"\b{MONTH}\s\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s\d{{4}}\b)?"),
            EntityKind::Date,
            0,
            &[(DIGIT, Anywhere, Some(10), Some(10)), (MON3, WordStart, Some(0), Some(20))],
            Scan::Literals,
        ),
        p(
            format!(r"\b(?:(?:[Ee]arly|[Ll]ate|[Mm]id)-?\s?)?{MONTH}(?:,?\s\d{{4}}\b)?"),
            EntityKind::Date,
            0,
            // The pattern is case-sensitive: a month opens with its capital.
            &[(MON3_CASED, Cased, Some(7), Some(15))],
            Scan::Automaton,
        ),
        p(
            r"\b\d{1,2}[/.]\d{1,2}[/.]\d{4}\b|\b\d{4}-\d{2}-\d{2}\b".to_string(),
            EntityKind::Date,
            0,
            &[(DIGIT, Anywhere, Some(0), Some(10))],
            Scan::Literals,
        ),
        p(format!(r"\b{WEEKDAY}\b"), EntityKind::Date, 0, &[(&["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"], WordStart, Some(0), Some(9))], Scan::Literals),
        p(
            format!(r"\b(?:[Tt]he\s)?(?:first|second|third|fourth|{MONTH})\squarter\b"),
            EntityKind::Date,
            0,
            &[(&["quarter"], WordStart, Some(14), Some(7))],
            Scan::Automaton,
        ),
        // "a 43-seat council": a count written as a compound adjective, with its noun.
        p(
            r"\b(?:[Aa]n?\s)?\d[\d,]*-[a-z]+\s[a-z]+\b".to_string(),
            EntityKind::Number,
            0,
            &[(DIGIT, Anywhere, Some(3), None), (&["-"], Anywhere, None, None)],
            Scan::Automaton,
        ),
        p(
            r"\b(?:1[89]|20)\d{2}s?\b".to_string(),
            EntityKind::Date,
            0,
            &[(DIGIT, Anywhere, Some(0), Some(5))],
            Scan::Literals,
        ),
        p(
            r"(?i)\b(?:today|yesterday|tomorrow)\b|\b(?:(?:earlier|later|early|late)\s)?(?:last|next|this)\s(?:week|month|year|weekend|spring|summer|autumn|fall|winter)\b|\b(?:the\s)?(?:end|beginning|start|middle)\sof\s(?:the\s)?(?:week|month|year|\d{4})\b|\bthe\s(?:first|second)\shalf\sof\s(?:the\syear|\d{4})\b|\bthe\s(?:next|following|previous)\s(?:day|week|month|year)\b|\bearlier\sin\sthe\sday\b|\brecent\s(?:days|weeks|months|years)\b".to_string(),
            EntityKind::Date,
            0,
            &[(&["today", "yesterday", "tomorrow", "week", "month", "year", "spring", "summer", "autumn", "fall", "winter", "end", "beginning", "start", "middle", "half", "day"], WordStart, Some(15), Some(21))],
            Scan::Automaton,
        ),
        p(
            format!(
                r"(?i)(?:\b{QUALIFIER}\s)?(?:\b{DIGITS}(?:\s{SCALE})?|\b(?:an?|one|{NUM_WORD}|several)\s{SCALE}\b|\b{NUM_WORD}\b|\b(?:a\s)?dozens?\b|\b{SCALE}s\sof\b)(?:-for-(?:{DIGITS}|{NUM_WORD}|one))?"
            ),
            EntityKind::Number,
            0,
            &[(COUNT_WORDS, WordStart, Some(22), None)],
            Scan::Automaton,
        ),
    ]
});

/// Every pattern's needed words in one automaton, each word with the bits of the
/// (pattern, group) pairs it satisfies (bit `2 * pattern + group`): anywhere, only at the
/// start of a word, or only in its own case. Words of one byte that count anywhere
/// (digits, `%`, `:`, `-`, `$`) are looked up by the byte instead: as words of the
/// automaton they matched at nearly every number, each match a step of the search.
struct Needs {
    automaton: Option<DFA>,
    anywhere: Vec<u64>,
    word_start: Vec<u64>,
    cased: Vec<u64>,
    /// The words of the automaton, for the `Cased` comparison.
    words: Vec<&'static str>,
    /// Per byte, the bits its one-byte word satisfies.
    byte: [u64; 256],
    /// The bits a paragraph must have for the patterns that want them to be run: pattern
    /// `index` wants bits `2 * index` and `2 * index + 1` at most, and no other's.
    wanted: u64,
    /// Per bit, its group's lead (see `Pattern::needs`).
    leads: [Option<usize>; 64],
    /// The bits with a lead, whose first words `runnable` places.
    led: u64,
    /// Those of `led` that a word of the byte table satisfies.
    byte_led: u64,
    /// Per bit, its group's tail (see `Pattern::needs`).
    tails: [Option<usize>; 64],
    /// The bits with a tail, whose last words `runnable` places.
    tailed: u64,
    /// Those of `tailed` that a word of the byte table satisfies.
    byte_tailed: u64,
}

static NEEDS: LazyLock<Needs> = LazyLock::new(|| {
    let mut words: Vec<&'static str> = Vec::new();
    let mut anywhere: Vec<u64> = Vec::new();
    let mut word_start: Vec<u64> = Vec::new();
    let mut cased: Vec<u64> = Vec::new();
    let mut wanted = Vec::new();
    let mut leads = [None; 64];
    let mut tails = [None; 64];
    for (index, pattern) in PATTERNS.iter().enumerate() {
        let mut want = 0u64;
        for (group, (list, place, lead, tail)) in pattern.needs.iter().enumerate() {
            // Two groups per pattern fit a u64 for up to 32 patterns; a pattern past
            // that, or with more groups, is simply always run.
            if index >= 32 || group >= 2 {
                want = 0;
                break;
            }
            let bit = 1u64 << (2 * index + group);
            want |= bit;
            leads[2 * index + group] = *lead;
            tails[2 * index + group] = *tail;
            for word in list.iter() {
                let at = match words.iter().position(|w| w == word) {
                    Some(at) => at,
                    None => {
                        words.push(word);
                        anywhere.push(0);
                        word_start.push(0);
                        cased.push(0);
                        words.len() - 1
                    }
                };
                match place {
                    Anywhere => anywhere[at] |= bit,
                    WordStart => word_start[at] |= bit,
                    // A word without letters has no case to compare.
                    Cased if !word.bytes().any(|b| b.is_ascii_alphabetic()) => anywhere[at] |= bit,
                    Cased => cased[at] |= bit,
                }
            }
        }
        wanted.push(want);
    }
    // One-byte words that count anywhere, and only there, go to the byte table.
    let mut byte = [0u64; 256];
    let mut at = 0;
    while at < words.len() {
        let one = words[at].len() == 1 && word_start[at] == 0 && cased[at] == 0;
        match words[at].bytes().next() {
            Some(b) if one && !b.is_ascii_alphabetic() => {
                byte[usize::from(b)] |= anywhere[at];
                words.remove(at);
                anywhere.remove(at);
                word_start.remove(at);
                cased.remove(at);
            }
            _ => at += 1,
        }
    }
    // Standard semantics, with every match of every state read (as an overlapping search
    // would), report every occurrence of every word, so no word hides another ("thousand"
    // inside "thousands"). A full DFA, driven by `runnable`'s own loop: the fastest scan,
    // and the word list is small. No prefilter: nearly every paragraph has its words.
    let automaton = DFA::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .start_kind(StartKind::Unanchored)
        .prefilter(false)
        .build(&words)
        .ok();
    let bounded = |bounds: &[Option<usize>; 64]| {
        bounds
            .iter()
            .enumerate()
            .filter(|(_, bound)| bound.is_some())
            .fold(0u64, |bits, (bit, _)| bits | 1 << bit)
    };
    let (led, tailed) = (bounded(&leads), bounded(&tails));
    let byte_bits = byte.iter().fold(0, |bits, &b| bits | b);
    let wanted = wanted.iter().fold(0, |bits, &want| bits | want);
    Needs {
        automaton,
        anywhere,
        word_start,
        cased,
        words,
        byte,
        wanted,
        leads,
        led,
        byte_led: byte_bits & led,
        tails,
        tailed,
        byte_tailed: byte_bits & tailed,
    }
});

/// Where a paragraph's needed words first and last start, per bit with a lead or a tail
/// (see `Pattern::needs`), as `u32` (`runnable` bounds no longer text); for
/// `Places::span`.
struct Places {
    /// The bits `runnable` saw; none of the others is placed.
    seen: u64,
    first: [u32; 64],
    last: [u32; 64],
}

impl Places {
    fn new() -> Self {
        Places {
            seen: 0,
            first: [u32::MAX; 64],
            last: [0; 64],
        }
    }

    /// The bytes of a text of `len` bytes that pattern `index`'s matches lie in: within
    /// its groups' leads before their first words and tails after their last.
    fn span(&self, index: usize, len: usize) -> std::ops::Range<usize> {
        let needs = &*NEEDS;
        let (mut from, mut to) = (0, len);
        // Every group's words are in every match: the tightest bounds hold.
        for bit in [2 * index, 2 * index + 1] {
            if bit >= 64 || self.seen & (1 << bit) == 0 {
                continue;
            }
            if let Some(lead) = needs.leads[bit] {
                let at = self.first[bit] as usize;
                if self.first[bit] != u32::MAX {
                    from = from.max(at.saturating_sub(lead));
                }
            }
            if let Some(tail) = needs.tails[bit] {
                to = to.min((self.last[bit] as usize).saturating_add(tail));
            }
        }
        from.min(to)..to
    }
}

/// Which patterns may match `text`: all of them unless the text is ASCII, where case
/// folding, `\b`, `\d` and `\s` are plain ASCII and a match must contain its needed
/// words. Notes in `places` where the words of the groups with leads and tails first and
/// last start: the words of a paragraph's values are often far into it, and a search
/// from its start or to its end found nothing before or after them.
fn runnable(text: &str, ascii: bool, places: &mut Places) -> u64 {
    let needs = &*NEEDS;
    let Some(automaton) = needs.automaton.as_ref().filter(|_| ascii) else {
        return u64::MAX;
    };
    let Ok(mut state) = automaton.start_state(Anchored::No) else {
        return u64::MAX;
    };
    if u32::try_from(text.len()).is_err() {
        return u64::MAX;
    }
    let bytes = text.as_bytes();
    let mut seen = 0u64;
    let mut end = 0;
    while end < bytes.len() {
        (end, state) = next_special(automaton, &needs.byte, bytes, end, state, &mut seen);
        // Without a prefilter, the only special states are the match states and the
        // dead one, which an unanchored search of standard semantics never enters.
        if !automaton.is_special(state) || !automaton.is_match(state) {
            continue;
        }
        for index in 0..automaton.match_len(state) {
            let pattern = automaton.match_pattern(state, index);
            let id = pattern.as_usize();
            let start = end - automaton.pattern_len(pattern);
            let mut bits = needs.anywhere.get(id).copied().unwrap_or(0);
            // ASCII word characters are exactly those of `\w` in ASCII text.
            let starts_word = start == 0
                || !bytes
                    .get(start - 1)
                    .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'_');
            if starts_word {
                bits |= needs.word_start.get(id).copied().unwrap_or(0);
            }
            if needs.words.get(id).map(|w| w.as_bytes()) == bytes.get(start..end) {
                bits |= needs.cased.get(id).copied().unwrap_or(0);
            }
            seen |= bits;
            // The text fits `u32` (checked above). Matches come by their end, so a longer
            // word may start before an earlier match: the least start is kept first.
            let at = start as u32;
            place(&mut places.first, bits & needs.led, |first| first.min(at));
            place(&mut places.last, bits & needs.tailed, |last| last.max(at));
        }
    }
    // The byte table's words ("$", ":", "%") were passed without their places: found by
    // scans that end at the first (or last) of each, or where the automaton placed its
    // group's words ("$" and "USD" are one group), whichever is sooner.
    let firsts = seen & needs.byte_led;
    if firsts != 0 {
        let until = max_place(&places.first, firsts) as usize;
        scan(
            &mut places.first,
            bytes.iter().enumerate().take(until),
            firsts,
            u32::min,
        );
    }
    let lasts = seen & needs.byte_tailed;
    if lasts != 0 {
        let until = min_place(&places.last, lasts) as usize;
        scan(
            &mut places.last,
            bytes.iter().enumerate().skip(until).rev(),
            lasts,
            u32::max,
        );
    }
    places.seen = seen;
    // A pattern may run unless one of its pair of bits is wanted and missing: one pass
    // over the pairs' bits, where a test per pattern took about 2% of finding values.
    !either_of_pairs(needs.wanted & !seen)
}

/// Bit `i` set where bit `2 * i` or `2 * i + 1` of `bits` is, for `i` below 32.
fn either_of_pairs(bits: u64) -> u64 {
    let mut x = (bits | bits >> 1) & 0x5555_5555_5555_5555;
    x = (x | x >> 1) & 0x3333_3333_3333_3333;
    x = (x | x >> 2) & 0x0f0f_0f0f_0f0f_0f0f;
    x = (x | x >> 4) & 0x00ff_00ff_00ff_00ff;
    x = (x | x >> 8) & 0x0000_ffff_0000_ffff;
    (x | x >> 16) & 0x0000_0000_ffff_ffff
}

/// Sets each of `bits`' place to what `keep` makes of it.
fn place(places: &mut [u32; 64], mut bits: u64, keep: impl Fn(u32) -> u32) {
    while bits != 0 {
        let bit = bits.trailing_zeros() as usize;
        places[bit] = keep(places[bit]);
        bits &= bits - 1;
    }
}

fn max_place(places: &[u32; 64], mut bits: u64) -> u32 {
    let mut most = 0;
    while bits != 0 {
        most = most.max(places[bits.trailing_zeros() as usize]);
        bits &= bits - 1;
    }
    most
}

fn min_place(places: &[u32; 64], mut bits: u64) -> u32 {
    let mut least = u32::MAX;
    while bits != 0 {
        least = least.min(places[bits.trailing_zeros() as usize]);
        bits &= bits - 1;
    }
    least
}

/// Places each of `bits` at the first byte in `bytes` (the text's, with their offsets)
/// that the byte table gives it, where `keep` (`min` for first places, `max` for last
/// ones) prefers it to the automaton's place; stops when all are found.
fn scan<'a>(
    places: &mut [u32; 64],
    bytes: impl Iterator<Item = (usize, &'a u8)>,
    bits: u64,
    keep: fn(u32, u32) -> u32,
) {
    let needs = &*NEEDS;
    let mut unplaced = bits;
    for (at, &b) in bytes {
        let found = needs.byte[usize::from(b)] & unplaced;
        if found != 0 {
            // Within the text, which `runnable` checked fits `u32`.
            place(places, found, |place| keep(place, at as u32));
            unplaced &= !found;
            if unplaced == 0 {
                break;
            }
        }
    }
}

/// Runs `automaton` from `state` over `bytes` from `at` to just past the next byte that
/// takes it to a special (match) state, or to the end; returns where it stopped and the
/// state, with the bits of the byte table's words among the bytes passed added to `seen`.
/// One loop over the bytes for the byte table and the automaton, small enough to keep its
/// position and state in registers: the library's overlapping iterator kept them in
/// memory and returned at every match, several times this loop's work per byte.
#[inline(never)]
fn next_special(
    automaton: &DFA,
    byte_bits: &[u64; 256],
    bytes: &[u8],
    mut at: usize,
    mut state: aho_corasick::automaton::StateID,
    seen: &mut u64,
) -> (usize, aho_corasick::automaton::StateID) {
    let mut bits = 0u64;
    while let Some(&b) = bytes.get(at) {
        bits |= byte_bits[usize::from(b)];
        state = automaton.next_state(Anchored::No, state, b);
        at += 1;
        if automaton.is_special(state) {
            break;
        }
    }
    *seen |= bits;
    (at, state)
}

/// Words that end the search for the noun a number counts. A match of literals, not a
/// list: a list's `contains` called `memcmp` for every entry of the word's length.
fn is_count_stop(word: &str) -> bool {
    matches!(
        word,
        "of" | "from"
            | "to"
            | "in"
            | "on"
            | "at"
            | "by"
            | "for"
            | "with"
            | "and"
            | "or"
            | "but"
            | "each"
            | "per"
            | "were"
            | "was"
            | "are"
            | "is"
            | "be"
            | "been"
            | "have"
            | "has"
            | "had"
            | "will"
            | "would"
            | "who"
            | "which"
            | "that"
            | "than"
            | "as"
            | "the"
            | "a"
            | "an"
            | "said"
            | "say"
            | "within"
            | "after"
            | "before"
            | "over"
            | "under"
            | "into"
            | "since"
            | "during"
            | "across"
            | "about"
            | "around"
            | "compared"
            | "against"
            | "toward"
            | "towards"
            | "through"
            | "while"
            | "when"
            | "if"
            | "last"
            | "this"
            | "next"
            | "ago"
            | "earlier"
            | "later"
            | "percent"
    )
}

/// The noun a number counts and where it ends in `rest`: the first plural-looking word of
/// the next few, or the first word ("1,200 individuals from each side" -> "individuals").
fn counted_noun(rest: &str) -> Option<(String, usize)> {
    let mut first: Option<(&str, usize)> = None;
    let mut offset = 0;
    for (taken, word) in rest.split(' ').enumerate() {
        let word_start = offset;
        offset += word.len() + 1;
        if taken == 0 {
            // The number is followed by a space; anything glued to it is not a noun.
            if !word.is_empty() {
                return None;
            }
            continue;
        }
        if taken > 3 {
            break;
        }
        let clean = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        let cut = clean.len() != word.len();
        if clean.is_empty()
            || !clean.chars().all(|c| c.is_alphabetic() || c == '-')
            || is_count_stop(&lowercase(clean))
        {
            break;
        }
        let end = word_start + clean.len();
        if first.is_none() {
            first = Some((clean, end));
        }
        if clean.len() > 3 && clean.ends_with('s') && !clean.ends_with("ss") {
            return Some((clean.to_lowercase(), end));
        }
        if cut {
            break;
        }
    }
    first
        .filter(|(w, _)| w.chars().next().is_some_and(|c| c.is_lowercase()))
        .map(|(w, end)| (w.to_lowercase(), end))
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

/// `s.to_lowercase()`, borrowed when `s` is lowercase ASCII already (most words), which
/// lowercasing leaves as it is.
fn lowercase(s: &str) -> std::borrow::Cow<'_, str> {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(s.to_lowercase())
    }
}

/// All value spans of one paragraph, non-overlapping, sorted by start.
/// A pattern's spans in a text: its whole matches, or one capture group of each match
/// (matches without it skipped). An enum rather than a boxed iterator: one allocation per
/// pattern run on each paragraph was spared.
enum Matches<'r, 'h> {
    Whole(meta::FindMatches<'r, 'h>),
    Group(meta::CapturesMatches<'r, 'h>, usize),
}

impl Iterator for Matches<'_, '_> {
    type Item = regex_automata::Span;

    fn next(&mut self) -> Option<regex_automata::Span> {
        match self {
            Matches::Whole(matches) => matches.next().map(|m| m.span()),
            Matches::Group(captures, group) => loop {
                if let Some(span) = captures.next()?.get_group(*group) {
                    return Some(span);
                }
            },
        }
    }
}

pub fn find_values(text: &str) -> Vec<ValueSpan> {
    find_values_from(text, true)
}

/// `find_values`, its patterns searched from their lead before their first needed words
/// when `bounded`, else from the text's start (for the test that the two agree).
fn find_values_from(text: &str, bounded: bool) -> Vec<ValueSpan> {
    let mut found: Vec<ValueSpan> = Vec::new();
    let ascii = text.is_ascii();
    let mut places = Places::new();
    let run = runnable(text, ascii, &mut places);
    if !bounded {
        places.seen = 0;
    }
    for (index, pattern) in PATTERNS.iter().enumerate() {
        // Patterns past the 64 bits are always run.
        if index < 64 && run & (1 << index) == 0 {
            continue;
        }
        let Some(regex) = pattern.regex.get(ascii) else {
            continue;
        };
        // Where the matches may lie: the text around still counts for `\b`, and as no
        // match starts before or ends after the span, the leftmost-first matches in it
        // are the same.
        let span = places.span(index, text.len());
        if span.is_empty() {
            continue;
        }
        let input = Input::new(text).range(span);
        // The whole match needs no capture groups, which are slower to resolve.
        let matches = if pattern.group == 0 {
            Matches::Whole(regex.find_iter(input))
        } else {
            Matches::Group(regex.captures_iter(input), pattern.group)
        };
        for span in matches {
            let (start, end) = (span.start, span.end);
            let matched = &text[start..end];
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
                            .quick_trim_end()
                            .chars()
                            .next_back()
                            .is_some_and(char::is_alphanumeric)
                    {
                        continue;
                    }
                }
                EntityKind::Duration if lowercase(matched).ends_with(" ago") => {
                    // "three years ago" points at a time, it does not measure one.
                    kind = EntityKind::Date;
                }
                EntityKind::Date if matched.starts_with("May") && matched.len() == 3 => {
                    // "May" alone is a month only after a word that introduces a date.
                    let before = text[..start].quick_trim_end();
                    let word = before
                        .rsplit(|c: char| !c.is_alphanumeric())
                        .next()
                        .unwrap_or("");
                    let word = lowercase(word);
                    let introduces_date = matches!(
                        &*word,
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
                    );
                    // "in April and May": a month listed after another month.
                    let listed = matches!(&*word, "and" | "or")
                        && MONTH_NAMES.iter().any(|m| before.contains(m));
                    if !introduces_date && !listed {
                        continue;
                    }
                }
                EntityKind::Date
                    if text[start..end].chars().all(|c| c.is_ascii_digit())
                        && part_of_code(text, start, end) =>
                {
                    continue;
                }
                _ => {}
            }
            let mut end = end;
            let mut detail = None;
            if kind == EntityKind::Number {
                // "$2.3 million", "A$600,000": the amount of a money span, not a count.
                if text[..start].ends_with(['$', '€', '£', '¥', '₴', '₽']) {
                    continue;
                }
                // A bare year is a date, even when a noun follows ("2019 levels").
                let digits = matched.quick_trim();
                if digits.len() == 4
                    && digits.chars().all(|c| c.is_ascii_digit())
                    && (digits.starts_with("19") || digits.starts_with("20"))
                {
                    continue;
                }
                let spelled = !matched.chars().any(|c| c.is_ascii_digit());
                let before = text[..start].quick_trim_end();
                let previous = before
                    .rsplit(|c: char| c.is_whitespace())
                    .next()
                    .unwrap_or("");
                let previous = lowercase(previous);
                // "the two sides", "both", "their three children": a spelled-out number
                // after a determiner refers back to a known group; it does not count.
                let anaphoric = spelled
                    && (matches!(
                        &*previous,
                        "the"
                            | "these"
                            | "those"
                            | "both"
                            | "all"
                            | "its"
                            | "their"
                            | "our"
                            | "his"
                            | "her"
                            | "my"
                            | "your"
                            | "other"
                            | "first"
                            | "last"
                            | "next"
                            | "every"
                    ) || previous.ends_with("'s")
                        || previous.ends_with("’s"));
                if anaphoric {
                    continue;
                }
                // The counted noun belongs to the span: "1,000 prisoners".
                if matched.contains('-') && !matched.contains("-for-") {
                    detail = matched.rsplit(' ').next().map(str::to_lowercase);
                } else if let Some((noun, noun_end)) = counted_noun(&text[end..]) {
                    detail = Some(noun);
                    end += noun_end;
                } else if spelled && !matched.contains(' ') {
                    // A lone spelled-out word with nothing counted is a pronoun-like "two".
                    continue;
                }
            }
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
    // Counts lose to every other kind: a number inside money, a date or a percent is
    // part of that value even when the count's noun would make it longer.
    found.sort_by_key(|v| {
        (
            v.kind == EntityKind::Number,
            std::cmp::Reverse(v.end - v.start),
        )
    });
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

    /// Searching each pattern from its lead before its first needed words finds what a
    /// search from the start finds: on the seeds, on the text fixtures, and on values
    /// that open with the longest prefixes the leads allow.
    #[test]
    fn searches_from_the_leads_find_every_value() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut texts: Vec<String> = vec![
            "Twelve years on, approximately US$1.5 million went to approximately USD 4 \
             million, about Rs. 40 and HK$3."
                .into(),
            "The talks ran late. At approximately 11:30 pm and at around 9 a.m. local \
             time, or 0900 GMT, the Wednesday morning and the weekend before, the weekend \
             after."
                .into(),
            "Nothing here. Earlier in the day, within an hour, within a fortnight, a \
             fortnight later, an hour and a half, half an hour, Sept. 12, 2024 and 12th \
             of March and September 30th, Early- March, mid-April."
                .into(),
            "None. The September quarter, an 8-seat council, the 1990s, earlier next \
             weekend, the following week, the second half of 2024, recent weeks, \
             approximately several million, a dozen, hundreds of, 3.5 percent."
                .into(),
            // Values that close with the longest endings the tails allow.
            "Up 1.5 percentage points at 11:30 local time on Sept. 12-14, 2024 and 12th of \
             September, 2024, the morning before, three decades ago, the beginning of the \
             2024 season, an hour and a half, R1.2 trillion and 40 crores of rupees. Done."
                .into(),
            // Words that run on past a tail: `\b` at the span's end still sees the text.
            "Every Wednesdays, Septembers and afternoons, eleven-thirtyish.".into(),
        ];
        let mut files: Vec<std::path::PathBuf> = walkdir::WalkDir::new(root.join("seeds"))
            .into_iter()
            .chain(walkdir::WalkDir::new(root.join("tests/fixtures")))
            .filter_map(Result::ok)
            .map(|e| e.into_path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        assert!(files.len() > 100, "the fixtures were not found");
        for file in &files {
            let text = std::fs::read_to_string(file).unwrap();
            texts.extend(text.lines().map(str::to_string));
        }
        for text in &texts {
            assert_eq!(
                find_values_from(text, true),
                find_values_from(text, false),
                "{text}"
            );
        }
    }

    fn values(text: &str) -> Vec<(String, EntityKind, Option<String>)> {
        find_values(text)
            .into_iter()
            .map(|v| (text[v.start..v.end].to_string(), v.kind, v.detail))
            .collect()
    }

    #[test]
    fn every_pattern_compiles() {
        assert!(PATTERNS.iter().all(|p| p.regex.get(false).is_some()));
        assert!(PATTERNS.iter().all(|p| p.regex.get(true).is_some()));
    }

    #[test]
    fn ascii_compiles_match_as_the_unicode_ones_on_ascii_text() {
        let texts = [
            "About $2.3 million, US$5bn, EUR 40, Rs. 300 crore and 1,200 rupees on 16 May 2025.",
            "At 10:30 a.m. local time, 0900 GMT, noon, Monday night and the day after.",
            "Within a month, an hour later, half an hour, three years ago, a 43-seat council.",
            "Jan. 5-7, 2024; 5th of March, 2023; 16/05/2025; 2024-05-16; the 1990s; the first quarter.",
            "Nearly 40% or 3 to 4 per cent; twenty-five thousand, dozens of them, Force One.",
            "Today, earlier this week, the end of the year, recent days, a further two weeks.",
            "Sh 300, KSh 4, JD 9, R1.2 billion, N5 bn, 1,000 dollars and kind_of words_9.",
        ];
        for pattern in PATTERNS.iter() {
            pattern.regex.assert_ascii_agrees(&texts);
        }
    }

    #[test]
    fn a_pattern_skipped_for_its_missing_words_would_not_have_matched() {
        let texts = [
            "They met on the night before the vote, and again the day after.",
            "Talks resumed Tonight; the week before, Monday morning and this evening.",
            "It lasted half an hour, then an hour and a half more.",
            "By Mid-March 2022, in early May and late-June, the market fell in Sept.",
            "MIDMarch, March, may we? mar 3, the Marketing desk, Dec. 5 and 5 December.",
            "They met last night after a day of talks; half of them left.",
        ];
        for text in texts {
            let run = runnable(text, text.is_ascii(), &mut Places::new());
            for (index, pattern) in PATTERNS.iter().enumerate().take(64) {
                if run & (1 << index) == 0 {
                    let found = pattern.regex.get(false).and_then(|r| r.find(text));
                    assert!(
                        found.is_none(),
                        "pattern {index} skipped but matches {text:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn either_of_pairs_marks_the_pairs_with_a_bit() {
        assert_eq!(either_of_pairs(0), 0);
        for index in 0..32 {
            for pair in [1u64, 2, 3] {
                assert_eq!(either_of_pairs(pair << (2 * index)), 1 << index);
            }
        }
        assert_eq!(either_of_pairs(u64::MAX), 0xffff_ffff);
    }

    #[test]
    fn the_money_prefilter_knows_every_currency_code() {
        for code in ISO_CURRENCY.split('|') {
            assert!(CURRENCY_MARKS.contains(&code), "{code}");
        }
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
                Date,
            ),
            ("offering up to $15 million for", "up to $15 million", Money),
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
            (
                "agreed to a 30-day ceasefire",
                "a 30-day ceasefire",
                Duration,
            ),
            (
                "for three and a half hours",
                "three and a half hours",
                Duration,
            ),
            ("I'm 100 percent wrong", "100 percent", Percent),
            ("rose 12% in", "12%", Percent),
            (
                "a 1,000-for-1,000 exchange",
                "1,000-for-1,000 exchange",
                Number,
            ),
            (
                "they agreed to a 60-day bilateral ceasefire",
                "a 60-day bilateral",
                Duration,
            ),
            ("save about A$90 a month", "about A$90", Money),
            ("cost it 180 billion yen, or", "180 billion yen", Money),
            (
                "slipped to 65.21 U.S. cents after",
                "65.21 U.S. cents",
                Money,
            ),
            ("in April and May alone", "May", Date),
            ("SYDNEY, Aug 12 - The bank", "Aug 12", Date),
            ("before the end of the year.", "the end of the year", Date),
            ("met on Wednesday afternoon", "Wednesday afternoon", Date),
            // Currencies of many countries.
            ("a minimum of Tk 23,000 for workers", "Tk 23,000", Money),
            ("owners offered Tk12,500.", "Tk12,500", Money),
            (
                "the mine lost R1.2 billion last year",
                "R1.2 billion",
                Money,
            ),
            ("the county paid KSh 3.2 billion", "KSh 3.2 billion", Money),
            ("the state spent N5 billion on it", "N5 billion", Money),
            ("or ₦5bn, on the recount", "₦5bn", Money),
            ("fares rose to HUF 450, then", "HUF 450", Money),
            ("Vietnam pledged VND 2 trillion", "VND 2 trillion", Money),
            (
                "fees of MNT 1.6 billion were unpaid",
                "MNT 1.6 billion",
                Money,
            ),
            ("the plot sold for BND 64,500", "BND 64,500", Money),
            ("progress on SDG 4 stalled", "4 stalled", Number),
            ("Laos will earn 1.5 trillion kip", "1.5 trillion kip", Money),
            (
                "The cooperative lost 3.4 million lari",
                "3.4 million lari",
                Money,
            ),
            (
                "The deal is worth about JD350 million",
                "about JD350 million",
                Money,
            ),
            (
                "It will cost about VNĐ180 billion",
                "about VNĐ180 billion",
                Money,
            ),
            ("about ₹4,000 crore in all", "about ₹4,000 crore", Money),
            ("a bonus of Rs 12 lakh each", "Rs 12 lakh", Money),
            ("he paid $450, then left", "$450", Money),
            ("the rally began at 9.30pm on the quay", "9.30pm", Time),
            ("the ash cloud rose at 0415 GMT, then", "0415 GMT", Time),
            ("some 40pc of mines closed", "some 40pc", Percent),
            (
                "in limbo for at least another month.",
                "at least another month",
                Duration,
            ),
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
                "release 1,000 prisoners from both sides",
                "1,000 prisoners",
                "prisoners",
            ),
            (
                "involve 1,200 individuals from each side",
                "1,200 individuals",
                "individuals",
            ),
            (
                "returned 6,000 bodies of soldiers",
                "6,000 bodies",
                "bodies",
            ),
            (
                "a thousand prisoners of war",
                "a thousand prisoners",
                "prisoners",
            ),
            (
                "news for 1,000 Ukrainian families",
                "1,000 Ukrainian families",
                "families",
            ),
            (
                "three working groups to address",
                "three working groups",
                "groups",
            ),
            (
                "Thousands of dockworkers walked",
                "Thousands of dockworkers",
                "dockworkers",
            ),
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
    fn currency_like_words_are_not_money() {
        // Lowercase words that spell a currency code, summits and PCs are not money.
        for text in [
            "players try 3 times",
            "the pen 5 was lost",
            "delegates met at COP 29 in Baku",
            "the summit, COP28, ended",
            "a Windows 11 PC froze",
        ] {
            let found = values(text);
            assert!(
                found
                    .iter()
                    .all(|(_, k, _)| !matches!(k, EntityKind::Money | EntityKind::Percent)),
                "{text:?}: {found:?}"
            );
        }
    }

    #[test]
    fn a_month_inside_a_longer_word_is_no_date() {
        for text in ["Mayor Junet Marchand spoke.", "Augustine Marchetti left."] {
            let dates: Vec<ValueSpan> = find_values(text)
                .into_iter()
                .filter(|v| v.kind == EntityKind::Date)
                .collect();
            assert!(dates.is_empty(), "{text}: {dates:?}");
        }
    }

    #[test]
    fn a_rate_is_not_a_duration() {
        let found = values("about €3.1 billion a year");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, EntityKind::Money);
    }

    #[test]
    fn codes_ordinals_and_modal_may_are_not_values() {
        for text in [
            "hotline: 010-85061466",
            "licence 10120180008",
            "the 18th round of sanctions",
            "Moscow may be using these talks",
            "Air Force One",
            "between the two sides",
        ] {
            let found = values(text);
            assert!(found.is_empty(), "{text:?}: {found:?}");
        }
    }
}
