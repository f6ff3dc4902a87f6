//! Sentence boundaries inside a paragraph, as byte ranges. Claims are read one sentence at a
//! time, and a sentence is the evidence a reader is shown.
use std::borrow::Cow;
use std::sync::{LazyLock, OnceLock};

/// Abbreviations that end with a period but rarely end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "st",
    "jr", "sr", "inc", "corp", "ltd", "co", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "dept", "est", "ft", "mt", "rev",
    "hon", "pres", "atty", "adv", "fr", "bro", "msgr", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m",
];

/// The sentences of one article's paragraphs, each paragraph split on first use and kept.
/// The round cues, event days and places, claims and quotes all read sentences; behind a
/// cache of the last paragraph split on each thread they split most paragraphs two or
/// three times between them, and copied and compared each paragraph on every look-up.
/// Shared by the stages' threads, hence `OnceLock`. Kept as `u32` offsets, half the
/// memory of `usize` ones: a paragraph is at most `MAX_PARAGRAPH_CHARS` chars, far below
/// 4 GB.
pub struct Splits {
    paragraphs: Vec<OnceLock<Vec<(u32, u32)>>>,
}

/// The sentences of one paragraph, from `Splits::of`.
pub struct Sentences<'a>(Cow<'a, [(u32, u32)]>);

impl Sentences<'_> {
    /// The sentences' byte ranges, in order.
    pub fn iter(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.0.iter().map(|&(s, e)| (s as usize, e as usize))
    }
}

impl Splits {
    /// The table of an article of `paragraphs` paragraphs, nothing split yet.
    pub fn new(paragraphs: usize) -> Self {
        Splits {
            paragraphs: (0..paragraphs).map(|_| OnceLock::new()).collect(),
        }
    }

    /// The sentences of paragraph `index`, whose text is `paragraph` (the caller passes
    /// the article's paragraph of that index). An index past the paragraphs (a title) is
    /// split without being kept.
    pub fn of(&self, index: usize, paragraph: &str) -> Sentences<'_> {
        Sentences(match self.paragraphs.get(index) {
            Some(cell) => Cow::Borrowed(cell.get_or_init(|| split(paragraph))),
            None => Cow::Owned(split(paragraph)),
        })
    }

    /// The sentence of paragraph `index` (text `paragraph`) that holds byte `offset`.
    pub fn enclosing(
        &self,
        index: usize,
        paragraph: &str,
        offset: usize,
    ) -> Option<(usize, usize)> {
        let sentences = self.of(index, paragraph);
        let i = sentences
            .0
            .partition_point(|&(_, end)| end as usize <= offset);
        sentences
            .0
            .get(i)
            .map(|&(start, end)| (start as usize, end as usize))
            .filter(|(start, _)| *start <= offset)
    }
}

/// The largest char boundary at or below `i`: windows cut at a byte count must not split
/// a character.
pub fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Splits `text` into sentence byte ranges covering the trimmed sentences.
fn split(text: &str) -> Vec<(u32, u32)> {
    let mut sentences = Vec::new();
    split_into(text, &mut sentences);
    sentences
}

/// `split` into `sentences`.
fn split_into(text: &str, sentences: &mut Vec<(u32, u32)>) {
    let mut start = 0;
    // Stops are ASCII, and an ASCII byte is always a whole char in UTF-8, so the next one
    // is found by the byte (with a vectorised search) rather than by decoding every char
    // before it.
    let mut from = 0;
    while let Some(at) = memchr::memchr3(b'.', b'!', b'?', &text.as_bytes()[from..]) {
        let i = from + at;
        let c = char::from(text.as_bytes()[i]);
        // Swallow closing quotes and brackets after the stop.
        let mut end = i + 1;
        for next in text[end..].chars() {
            if matches!(next, '"' | '”' | '’' | '\'' | ')' | ']' | '.' | '!' | '?') {
                end += next.len_utf8();
            } else {
                break;
            }
        }
        from = end;
        // A boundary needs whitespace and then a capital, digit or opening quote.
        let rest = &text[end..];
        let trimmed = rest.trim_start();
        if trimmed.len() == rest.len() && !rest.is_empty() {
            continue;
        }
        let next_char = trimmed.chars().next();
        let starts_sentence = match next_char {
            None => true,
            Some(n) => {
                n.is_uppercase() || n.is_ascii_digit() || matches!(n, '"' | '“' | '‘' | '\'' | '(')
            }
        };
        if !starts_sentence || (c == '.' && is_abbreviation(&text[start..i])) {
            continue;
        }
        push_trimmed(sentences, text, start, end);
        start = end;
    }
    push_trimmed(sentences, text, start, text.len());
}

fn push_trimmed(sentences: &mut Vec<(u32, u32)>, text: &str, start: usize, end: usize) {
    let piece = &text[start..end];
    // An ASCII byte other than whitespace at an end is a char `trim` keeps: most pieces
    // need no trimming, told without decoding a char.
    // (The ASCII whitespace of `char::is_whitespace` is tab to carriage return, and space.)
    let kept =
        |b: Option<&u8>| b.is_some_and(|&b| b.is_ascii() && !matches!(b, b'\t'..=b'\r' | b' '));
    let lead = if kept(piece.as_bytes().first()) {
        0
    } else {
        piece.len() - piece.trim_start().len()
    };
    let trail = if kept(piece.as_bytes().last()) {
        0
    } else {
        piece.len() - piece.trim_end().len()
    };
    if start + lead < end - trail {
        // An offset past `u32` cannot occur (see `Splits`); it would be saturated.
        let narrow = |i: usize| u32::try_from(i).unwrap_or(u32::MAX);
        sentences.push((narrow(start + lead), narrow(end - trail)));
    }
}

/// `ABBREVIATIONS`, sorted for a binary search.
static SORTED_ABBREVIATIONS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut sorted = ABBREVIATIONS.to_vec();
    sorted.sort_unstable();
    sorted
});

/// No abbreviation is longer (a test checks): a longer word, as most before a period
/// are, is none.
const MAX_ABBREVIATION: usize = 6;

/// Whether an ASCII word is in `ABBREVIATIONS` ignoring ASCII case: lowercased on the
/// stack and looked up by a binary search, rather than compared with each in turn at
/// every period.
fn is_ascii_abbreviation(word: &[u8]) -> bool {
    if word.len() > MAX_ABBREVIATION {
        return false;
    }
    crate::corpus::text::sorted_contains_ascii_nocase(&SORTED_ABBREVIATIONS, word)
}

/// Whether the word before a period is an abbreviation or an initial ("U.S.", "J.").
fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '“' || c == '"')
        .next()
        .unwrap_or("");
    if word.is_ascii() {
        // Most words: lowercasing ASCII keeps every byte where it is and changes no byte's
        // being alphanumeric, so the lowercase word's tests read the word itself, ignoring
        // ASCII case (the list is lowercase), without a lowercased copy.
        let bare = word.trim_start_matches(|c: char| !c.is_alphanumeric());
        return (bare.len() == 1 && word.bytes().any(|b| b.is_ascii_uppercase()))
            || is_ascii_abbreviation(bare.as_bytes())
            || bare.contains('.');
    }
    let lower = word.to_lowercase();
    let bare = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    // A single capital letter is an initial.
    (bare.chars().count() == 1 && word.chars().any(char::is_uppercase))
        || ABBREVIATIONS.contains(&bare)
        || bare.contains('.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_are_lowercase() {
        for a in ABBREVIATIONS {
            assert_eq!(*a, a.to_lowercase());
            assert!(a.len() <= MAX_ABBREVIATION, "{a}");
        }
    }

    #[test]
    fn abbreviation_lookup_ignores_ascii_case_as_the_list_scan_did() {
        for word in [
            "Mr", "MR", "mr", "u.S", "Sept", "approx", "approxi", "", "x", "Friday",
        ] {
            let scanned = ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word));
            assert_eq!(is_ascii_abbreviation(word.as_bytes()), scanned, "{word}");
        }
    }

    fn sentences(text: &str) -> Vec<&str> {
        split(text)
            .into_iter()
            .map(|(s, e)| &text[s as usize..e as usize])
            .collect()
    }

    #[test]
    fn sentences_split_at_stops_followed_by_capitals() {
        assert_eq!(
            sentences("The talks ended. Both sides left! Was it over? Yes."),
            vec![
                "The talks ended.",
                "Both sides left!",
                "Was it over?",
                "Yes."
            ]
        );
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        assert_eq!(
            sentences("Former U.S. President Donald Trump spoke. Mr. Smith and J. Doe met at 10 a.m. Friday."),
            vec![
                "Former U.S. President Donald Trump spoke.",
                "Mr. Smith and J. Doe met at 10 a.m. Friday."
            ]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            sentences("“It is time to stop the killing.” He left."),
            vec!["“It is time to stop the killing.”", "He left."]
        );
    }

    #[test]
    fn enclosing_finds_the_sentence_of_an_offset_in_any_order() {
        let text = "First one. Second one. Third one.";
        let other = "Other text here.";
        let third = text.find("Third").expect("present");
        let splits = Splits::new(2);
        assert_eq!(splits.enclosing(0, text, third), Some((third, text.len())));
        assert_eq!(splits.enclosing(0, text, 0), Some((0, 10)));
        assert_eq!(splits.enclosing(1, other, 2), Some((0, 16)));
        assert_eq!(
            splits.enclosing(0, text, 10),
            None,
            "the space between sentences"
        );
        // A title (no paragraph index) is split each time, not kept.
        assert_eq!(splits.enclosing(usize::MAX, other, 2), Some((0, 16)));
        assert_eq!(splits.of(0, text).iter().count(), 3);
    }

    #[test]
    fn decimals_and_lowercase_continuations_do_not_split() {
        assert_eq!(
            sentences("It grew 3.5 percent. e.g. this"),
            vec!["It grew 3.5 percent. e.g. this"]
        );
    }
}
