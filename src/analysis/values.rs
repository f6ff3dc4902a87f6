//! Values stated in text, parsed so they can be compared: numbers ("1,000", "a thousand",
//! "three and a half"), hedged quantities as intervals ("less than two hours", "about 40
//! minutes"), weekdays and dates. Pure functions, table-driven, property-tested.

use crate::corpus::text::{QuickTrim, Scan, TextRegex};
use chrono::{Datelike, NaiveDate, Weekday};

/// A closed range of plausible values; `low <= high` always.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    pub low: f64,
    pub high: f64,
}

impl Interval {
    pub fn exact(value: f64) -> Interval {
        Interval {
            low: value,
            high: value,
        }
    }

    pub fn new(a: f64, b: f64) -> Interval {
        Interval {
            low: a.min(b),
            high: a.max(b),
        }
    }

    /// Whether two statements can both be true.
    pub fn overlaps(&self, other: &Interval) -> bool {
        // A hair of tolerance so 2.0 hours and 120 minutes agree despite float rounding.
        let eps = 1e-9 * (self.high.abs() + other.high.abs()).max(1.0);
        self.low <= other.high + eps && other.low <= self.high + eps
    }
}

const UNITS: &[(&str, f64)] = &[
    ("zero", 0.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
    ("a", 1.0),
    ("an", 1.0),
    ("single", 1.0),
    ("dozen", 12.0),
    ("dozens", 24.0),
    ("couple", 2.0),
    ("half", 0.5),
];

const SCALES: &[(&str, f64)] = &[
    ("hundred", 100.0),
    ("thousand", 1_000.0),
    ("million", 1_000_000.0),
    ("billion", 1_000_000_000.0),
    ("trillion", 1_000_000_000_000.0),
    ("k", 1_000.0),
    ("m", 1_000_000.0),
    ("mn", 1_000_000.0),
    ("bn", 1_000_000_000.0),
];

fn word_value(word: &str) -> Option<f64> {
    UNITS.iter().find(|(w, _)| *w == word).map(|(_, v)| *v)
}

fn scale_value(word: &str) -> Option<f64> {
    SCALES.iter().find(|(w, _)| *w == word).map(|(_, v)| *v)
}

/// Parses a number written in digits or words: "1,000", "1.2 million", "a thousand",
/// "twenty-five", "three and a half", "a dozen". `None` when the text is not a number.
pub fn parse_number(text: &str) -> Option<f64> {
    let mut lower = text.quick_trim().to_lowercase();
    // Dashes are rare: the text is copied again only when it has one.
    if lower.contains(['–', '—']) {
        lower = lower.replace(['–', '—'], "-");
    }
    let mut total = 0.0;
    let mut current = 0.0;
    let mut seen = false;
    let mut last_was_a = false;
    for raw in lower.split(|c: char| c.is_whitespace() || c == '-') {
        let word = raw.trim_matches(|c: char| c == ',' || c == '.');
        if word.is_empty() || word == "and" || word == "of" {
            continue;
        }
        if let Some(value) = parse_digits(word) {
            current += value;
            seen = true;
            last_was_a = false;
        } else if let Some(scale) = scale_value(word) {
            if !seen && !last_was_a {
                return None;
            }
            current = current.max(if seen { current } else { 1.0 });
            if scale >= 1_000.0 {
                total += current * scale;
                current = 0.0;
            } else {
                current *= scale;
            }
            seen = true;
            last_was_a = false;
        } else if let Some(value) = word_value(word) {
            if word == "a" || word == "an" {
                last_was_a = true;
                continue;
            }
            if word == "half" && seen {
                current += 0.5;
            } else if value == 12.0 || value == 24.0 || value == 2.0 && word == "couple" {
                current = current.max(1.0) * value;
            } else {
                current += value;
            }
            seen = true;
            last_was_a = false;
        } else {
            return None;
        }
    }
    seen.then_some(total + current)
}

/// "1,000" / "1.5" / "12" (no sign, optional thousands commas).
fn parse_digits(word: &str) -> Option<f64> {
    static DIGITS: TextRegex =
        TextRegex::new(r"^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$", Scan::Automaton);
    // Only ASCII digits, commas and points can be parsed: any other char rules the word
    // out before the regex runs (a non-ASCII `\d` would match it but fail to parse).
    if !word
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
    {
        return None;
    }
    if !DIGITS.is_match(word) {
        None
    } else if word.contains(',') {
        word.replace(',', "").parse().ok()
    } else {
        // Without a thousands comma the word parses as it is, with no copy.
        word.parse().ok()
    }
}

/// How a quantity was hedged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hedge {
    Exact,
    About,
    Nearly,
    MoreThan,
    JustOver,
    LessThan,
    AtLeast,
    UpTo,
}

const HEDGES: &[(&str, Hedge)] = &[
    ("just over", Hedge::JustOver),
    ("a little over", Hedge::JustOver),
    ("slightly more than", Hedge::JustOver),
    ("just under", Hedge::Nearly),
    ("more than", Hedge::MoreThan),
    ("over", Hedge::MoreThan),
    ("upwards of", Hedge::MoreThan),
    ("in excess of", Hedge::MoreThan),
    ("less than", Hedge::LessThan),
    ("fewer than", Hedge::LessThan),
    ("under", Hedge::LessThan),
    ("at least", Hedge::AtLeast),
    ("no fewer than", Hedge::AtLeast),
    ("at most", Hedge::UpTo),
    ("up to", Hedge::UpTo),
    ("as many as", Hedge::UpTo),
    ("about", Hedge::About),
    ("around", Hedge::About),
    ("roughly", Hedge::About),
    ("approximately", Hedge::About),
    ("some", Hedge::About),
    ("an estimated", Hedge::About),
    ("nearly", Hedge::Nearly),
    ("almost", Hedge::Nearly),
    ("close to", Hedge::Nearly),
];

/// Splits a leading hedge off a quantity: "less than two hours" -> (LessThan, "two hours").
pub fn split_hedge(text: &str) -> (Hedge, &str) {
    let trimmed = text.quick_trim_start();
    for (words, hedge) in HEDGES {
        if let Some(head) = trimmed.get(..words.len()) {
            let rest = &trimmed[words.len()..];
            if head.eq_ignore_ascii_case(words) && rest.starts_with(char::is_whitespace) {
                return (*hedge, rest.quick_trim_start());
            }
        }
    }
    (Hedge::Exact, trimmed)
}

/// The interval a hedged value states. `step` is the precision of the unit: "two years"
/// means somewhere in [2, 3) years, so exact values of coarse units widen by one step.
pub fn hedge_interval(hedge: Hedge, value: f64, step: f64) -> Interval {
    match hedge {
        Hedge::Exact => Interval::new(value, value + step * 0.999),
        Hedge::About => Interval::new(value * 0.85, value * 1.15),
        Hedge::Nearly => Interval::new(value * 0.85, value),
        // "more than three years" reads as three-and-something, not thirty.
        Hedge::MoreThan => Interval::new(value, value + step.max(value * 0.5)),
        Hedge::JustOver => Interval::new(value, value * 1.2),
        // "less than two hours" is said of something close to two hours, not of a minute.
        Hedge::LessThan => Interval::new((value - step.max(value * 0.5)).max(0.0), value),
        Hedge::AtLeast => Interval::new(value, value * 1.5),
        Hedge::UpTo => Interval::new(0.0, value),
    }
}

/// A count with its hedge: "about 1,000" -> [850, 1150]; "1,000" -> [1000, 1000].
pub fn parse_count(text: &str) -> Option<Interval> {
    let (hedge, rest) = split_hedge(text);
    let value = parse_number(rest)?;
    Some(match hedge {
        Hedge::Exact => Interval::exact(value),
        other => hedge_interval(other, value, 0.0),
    })
}

/// Time units in minutes, singular and plural.
const TIME_UNITS: &[(&str, f64)] = &[
    ("second", 1.0 / 60.0),
    ("minute", 1.0),
    ("min", 1.0),
    ("hour", 60.0),
    ("hr", 60.0),
    ("day", 1_440.0),
    ("week", 10_080.0),
    ("fortnight", 20_160.0),
    ("month", 43_830.0),
    ("year", 525_960.0),
    ("decade", 5_259_600.0),
];

fn unit_minutes(word: &str) -> Option<f64> {
    let word = word
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    let singular = word
        .strip_suffix("es")
        .filter(|s| s.ends_with("hour"))
        .or_else(|| word.strip_suffix('s'))
        .unwrap_or(&word);
    TIME_UNITS
        .iter()
        .find(|(u, _)| *u == singular || *u == word)
        .map(|(_, m)| *m)
}

/// A duration in minutes as an interval: "less than two hours" -> [60, 120];
/// "about 40 minutes" -> [34, 46]; "three and a half hours" -> [210, ~211];
/// "30-day" -> [43200, ~44640]; "an hour and a half" -> [90, ~91].
pub fn parse_duration(text: &str) -> Option<Interval> {
    let (hedge, rest) = split_hedge(text);
    let rest = rest
        .quick_trim()
        .trim_start_matches("the ")
        .trim_start_matches("a further ");
    // Split into number words and the unit: the unit is the first word that is a time unit.
    let normalized = rest.replace(['-', '–'], " ");
    let words: Vec<&str> = normalized.split_whitespace().collect();
    let unit_at = words.iter().position(|w| unit_minutes(w).is_some())?;
    let unit = unit_minutes(words[unit_at])?;
    let number_text = words[..unit_at].join(" ");
    let mut value = if number_text.is_empty() || number_text == "an" || number_text == "a" {
        1.0
    } else {
        parse_number(&number_text)?
    };
    // "an hour and a half", "two years and a half"
    let tail = words[unit_at + 1..].join(" ").to_lowercase();
    if tail.starts_with("and a half") {
        value += 0.5;
    }
    let minutes = value * unit;
    // Whole units are counted at the precision of one unit ("two hours" = [2h, 3h)) only for
    // coarse units of a year or more; shorter spans are reported to the minute or the hour.
    let step = if unit >= 525_960.0 { unit } else { unit * 0.01 };
    Some(hedge_interval(hedge, minutes, step))
}

/// Formats minutes back into words, for labels and round-trip tests.
pub fn format_minutes(minutes: f64) -> String {
    let units = [
        (525_960.0, "year"),
        (43_830.0, "month"),
        (10_080.0, "week"),
        (1_440.0, "day"),
        (60.0, "hour"),
        (1.0, "minute"),
    ];
    for (size, name) in units {
        let count = minutes / size;
        if count >= 1.0 && ((count * 2.0).round() - count * 2.0).abs() < 1e-6 {
            let plural = if (count - 1.0).abs() < 1e-9 { "" } else { "s" };
            return format!("{} {name}{plural}", trim_float(count));
        }
    }
    format!("{} minutes", trim_float(minutes))
}

/// "1000" for 1000.0, "3.5" for 3.5.
pub fn trim_float(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        let s = format!("{value:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// "1,000" for 1000.
pub fn group_thousands(value: f64) -> String {
    if value.fract() != 0.0 || value.abs() >= 1e15 {
        return trim_float(value);
    }
    let digits = (value.abs() as i64).to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if value < 0.0 {
        format!("-{out}")
    } else {
        out
    }
}

/// A weekday named in text ("Thursday", "Thurs.", "Wednesday’s").
pub fn parse_weekday(text: &str) -> Option<Weekday> {
    let lower = text.quick_trim().to_lowercase();
    let word = lower.split(|c: char| !c.is_alphabetic()).next()?;
    let days = [
        ("monday", Weekday::Mon),
        ("tuesday", Weekday::Tue),
        ("wednesday", Weekday::Wed),
        ("thursday", Weekday::Thu),
        ("friday", Weekday::Fri),
        ("saturday", Weekday::Sat),
        ("sunday", Weekday::Sun),
    ];
    days.iter()
        .find(|(name, _)| {
            word == *name || (word.len() >= 3 && name.starts_with(word) && word.len() <= 5)
        })
        .map(|(_, d)| *d)
}

/// The month (1-12) a word names: "May", "Sept.", "Jan".
pub fn parse_month(word: &str) -> Option<u32> {
    let lower = word.quick_trim().trim_end_matches('.').to_lowercase();
    if lower.len() < 3 {
        return None;
    }
    super::gazetteer::MONTHS
        .iter()
        .position(|m| *m == lower || (lower.len() <= 4 && m.starts_with(&lower)))
        .map(|i| i as u32 + 1)
}

/// An absolute date in text: "16 May 2025", "May 16, 2025", "2025-05-16", "16/05/2025",
/// and, given a year to assume, "May 16" / "16 May".
pub fn parse_date(text: &str, assumed_year: Option<i32>) -> Option<NaiveDate> {
    static NUMERIC: TextRegex = TextRegex::new(
        r"^(\d{4})-(\d{2})-(\d{2})|^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$",
        Scan::Automaton,
    );
    static WORDS: TextRegex = TextRegex::new(
        r"(?i)^(?:(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?|([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?)(?:,?\s+(\d{4}))?$",
        Scan::Automaton,
    );
    let text = text.quick_trim();
    // Only ASCII digits parse, and both patterns need them for a date: `WORDS` its day,
    // `NUMERIC` its first char too. Most dates in text have none ("on Thursday", "last
    // week"), and are spared both capture searches.
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let group = |c: &regex_automata::util::captures::Captures, i: usize| {
        c.get_group(i).map(|span| &text[span.range()])
    };
    let numeric = text.as_bytes().first().is_some_and(u8::is_ascii_digit);
    if let Some(c) = numeric.then(|| NUMERIC.captures(text)).flatten() {
        let get = |i: usize| group(&c, i).and_then(|m| m.parse::<u32>().ok());
        if let (Some(y), Some(m), Some(d)) = (get(1), get(2), get(3)) {
            return NaiveDate::from_ymd_opt(y as i32, m, d);
        }
        if let (Some(a), Some(b), Some(y)) = (get(4), get(5), get(6)) {
            // Day first unless that is impossible: most of the world writes 16/05/2025.
            return NaiveDate::from_ymd_opt(y as i32, b, a)
                .or_else(|| NaiveDate::from_ymd_opt(y as i32, a, b));
        }
    }
    let c = WORDS.captures(text)?;
    let (day, month) = match (group(&c, 1), group(&c, 2), group(&c, 3), group(&c, 4)) {
        (Some(d), Some(m), _, _) => (d, m),
        (_, _, Some(m), Some(d)) => (d, m),
        _ => return None,
    };
    let month = parse_month(month)?;
    let day: u32 = day.parse().ok()?;
    let year = match group(&c, 5) {
        Some(y) => y.parse().ok()?,
        None => assumed_year?,
    };
    NaiveDate::from_ymd_opt(year, month, day)
}

/// The date of the most recent `weekday` on or before `anchor`: a report published on a
/// Friday that says "on Thursday" means the day before.
pub fn weekday_on_or_before(anchor: NaiveDate, weekday: Weekday) -> NaiveDate {
    let back = (7 + anchor.weekday().num_days_from_monday() - weekday.num_days_from_monday()) % 7;
    anchor - chrono::Duration::days(i64::from(back))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn spelled_out_counts_become_numbers() {
        for (text, value) in [
            ("1,000", 1000.0),
            ("a thousand", 1000.0),
            ("one thousand", 1000.0),
            ("1,200", 1200.0),
            ("6,000", 6000.0),
            ("twenty-five", 25.0),
            ("three and a half", 3.5),
            ("1.2 million", 1_200_000.0),
            ("a dozen", 12.0),
            ("two hundred", 200.0),
            ("300", 300.0),
        ] {
            assert_eq!(parse_number(text), Some(value), "{text}");
        }
        for text in ["", "many", "the", "thousand", "a"] {
            assert_eq!(parse_number(text), None, "{text}");
        }
    }

    #[test]
    fn hedged_durations_become_intervals() {
        let less_than_two_hours = parse_duration("less than two hours").expect("parses");
        assert_eq!(less_than_two_hours.high, 120.0);
        assert!(less_than_two_hours.low >= 60.0);
        let about_forty = parse_duration("about 40 minutes").expect("parses");
        assert!(about_forty.low < 40.0 && about_forty.high > 40.0);
        assert!(!less_than_two_hours.overlaps(&about_forty));
        let ninety = parse_duration("about 90 minutes").expect("parses");
        assert!(less_than_two_hours.overlaps(&ninety));
        let just_over = parse_duration("just over an hour").expect("parses");
        assert_eq!(just_over.low, 60.0);
        let three_and_a_half = parse_duration("three and a half hours").expect("parses");
        assert_eq!(three_and_a_half.low, 210.0);
        let hour_and_half = parse_duration("an hour and a half").expect("parses");
        assert_eq!(hour_and_half.low, 90.0);
        let thirty_day = parse_duration("30-day").expect("parses");
        assert_eq!(thirty_day.low, 30.0 * 1440.0);
    }

    #[test]
    fn two_years_and_more_than_three_years_cannot_both_hold() {
        let two = parse_duration("two years").expect("parses");
        let more_than_three = parse_duration("more than three years").expect("parses");
        let over_three = parse_duration("over three years").expect("parses");
        assert!(!two.overlaps(&more_than_three));
        assert!(more_than_three.overlaps(&over_three));
    }

    #[test]
    fn weekdays_and_dates_parse() {
        assert_eq!(parse_weekday("Thursday"), Some(Weekday::Thu));
        assert_eq!(parse_weekday("Wednesday’s"), Some(Weekday::Wed));
        assert_eq!(parse_weekday("Thurs."), Some(Weekday::Thu));
        assert_eq!(parse_weekday("Mayday"), None);
        let may16 = NaiveDate::from_ymd_opt(2025, 5, 16);
        assert_eq!(parse_date("16/05/2025", None), may16);
        assert_eq!(parse_date("May 16, 2025", None), may16);
        assert_eq!(parse_date("16 May 2025", None), may16);
        assert_eq!(parse_date("2025-05-16", None), may16);
        assert_eq!(parse_date("May 16", Some(2025)), may16);
        assert_eq!(parse_date("May 16", None), None);
        assert_eq!(
            parse_date("June 2", Some(2025)),
            NaiveDate::from_ymd_opt(2025, 6, 2)
        );
    }

    #[test]
    fn a_weekday_resolves_to_the_latest_such_day_before_publication() {
        let friday = NaiveDate::from_ymd_opt(2025, 5, 16).expect("date");
        assert_eq!(
            weekday_on_or_before(friday, Weekday::Thu),
            NaiveDate::from_ymd_opt(2025, 5, 15).expect("date")
        );
        assert_eq!(weekday_on_or_before(friday, Weekday::Fri), friday);
    }

    proptest! {
        #[test]
        fn a_number_printed_and_parsed_back_is_the_same(n in 0u64..10_000_000_000) {
            let printed = group_thousands(n as f64);
            prop_assert_eq!(parse_number(&printed), Some(n as f64));
        }

        #[test]
        fn durations_printed_and_parsed_back_keep_their_value(n in 1u32..500, unit in 0usize..6) {
            let sizes = [1.0, 60.0, 1_440.0, 10_080.0, 43_830.0, 525_960.0];
            let minutes = f64::from(n) * sizes[unit];
            let printed = format_minutes(minutes);
            let parsed = parse_duration(&printed).expect("parses");
            prop_assert!((parsed.low - minutes).abs() < 1e-6 * minutes.max(1.0), "{} -> {:?}", printed, parsed);
        }

        #[test]
        fn intervals_stay_ordered(n in 0.0f64..1e9, step in 0.0f64..1e6, h in 0usize..8) {
            let hedges = [Hedge::Exact, Hedge::About, Hedge::Nearly, Hedge::MoreThan,
                Hedge::JustOver, Hedge::LessThan, Hedge::AtLeast, Hedge::UpTo];
            let interval = hedge_interval(hedges[h], n, step);
            prop_assert!(interval.low <= interval.high);
            prop_assert!(interval.overlaps(&interval));
        }

        #[test]
        fn dates_printed_and_parsed_back_are_the_same(days in 0i64..40_000) {
            let date = NaiveDate::from_ymd_opt(1950, 1, 1).expect("date") + chrono::Duration::days(days);
            for text in [date.format("%Y-%m-%d").to_string(), date.format("%B %-d, %Y").to_string(), date.format("%-d %B %Y").to_string()] {
                prop_assert_eq!(parse_date(&text, None), Some(date), "{}", text);
            }
        }

        #[test]
        fn parsers_never_panic(text in "\\PC{0,40}") {
            let _ = parse_number(&text);
            let _ = parse_duration(&text);
            let _ = parse_date(&text, Some(2025));
            let _ = parse_weekday(&text);
        }
    }
}
