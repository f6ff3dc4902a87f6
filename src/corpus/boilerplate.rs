//! Boilerplate cutting: cookie banners, language pickers, licence and hotline lines,
//! social and newsletter promotion, sidebar teasers, footers and tag lines, credits.
//! Every rule is generic (no outlet or story names); cut lines are kept, in order.

use super::metadata::{copyright_holder, credit_line, headline_like, source_line};
use super::text::{
    ends_with_sentence_punct, has_numeric_run, is_match, may_open, more_chars_than, needles_in,
    static_needles, static_regex, word_count, Scan, TextRegex,
};
use std::sync::LazyLock;

// A `TextRegex`: without the literal prefilter (whose literals were most of the compile
// time, for lines already known to hold "cookie") and ASCII-only for ASCII lines.
static COOKIE: TextRegex = TextRegex::new(
    r"(?i)\bcookies\b.*\b(use|using|browse|browsing|accept|consent|settings|policy|preferences|agree)\b|\b(use|using|browse|browsing|accept|consent|settings|policy|preferences|agree)\b.*\bcookies\b|\bcookie (settings|policy|preferences|consent|notice)\b",
    Scan::Automaton,
);
static_regex!(
    CONSENT_BUTTON,
    r"(?i)^(accept( all)?( cookies)?|reject( all)?|allow all|manage (preferences|cookies|settings)|cookie settings|i agree|got it|ok(ay)?)[.!]?$"
);
static_regex!(
    LANGUAGE_PICKER,
    r"(?i)^(choose|select|change) (your |a )?(language|edition|region)\b"
);
static_regex!(
    PROMO,
    r"(?i)^(follow (us|our|the latest)\b|join (us|our)\b|subscribe( now)?\b|sign up (for|to)\b|get (our|the) (latest|newsletter|app)\b|download (our|the) app\b|like us on\b|never miss\b|don['’]t miss\b|click here\b|share (this|on)\b|(also )?read (more|also)\s*:|also read\s*:|see also\s*:|related\s*:|watch\s*:|listen\s*:)"
);
static_regex!(
    SHORT_JUNK,
    r"(?i)^(advertisement|advertising|sponsored( content)?|share( this( article| story)?)?|print|email|comments?|skip to (main )?content|scroll to continue|continue reading|story continues below|loading\.*|subscribe|tags?\s*:.*|filed under\s*:?.*|topics?\s*:.*)$"
);
// A caption or credit: a label opening the line, or an agency named anywhere. The two
// branches are separate regexes, each run only where its gate allows: as one regex, every
// line opening with a label letter ran the unanchored agency branch over its whole length.
static_regex!(
    CAPTION_LABEL,
    r"(?i)^(photo|image|picture|file photo|video|illustration|credit|photograph)( credit)?\s*:"
);
static_regex!(
    CAPTION_AGENCY,
    r"(?i)\b(getty images|shutterstock|afp via getty|reuters/|ap photo)\b"
);
// A copyright line: a mark opening the line, or a rights phrase anywhere (split as above).
static_regex!(RIGHTS_MARK, r"(?i)^(©|\(c\)\s|copyright\b)");
static_regex!(
    RIGHTS_PHRASE,
    r"(?i)\ball rights reserved\b|\bmay not be (re)?published\b|\bno part of this\b"
);
static_regex!(
    COMMENT_FOOTER,
    r"(?i)^(leave a (reply|comment)|your email address will not be published|required fields are marked|post comment|cancel reply|you must be logged in to post|comment policy)\b"
);
static_regex!(ABOUT_AUTHOR, r"(?i)^about (the )?authors?\s*$");
static_regex!(
    SIDEBAR_HEADING,
    r"(?i)^(other topics of interest|related( articles| stories| news| content| coverage| reading| topics)?|read more|more (from|on|in|stories|news)\b.*|you (may|might) also (like|be interested in)|recommended( for you| stories| reading)?|most (read|popular|viewed)|popular( now| stories)?|trending( now| stories)?|top stories|latest (news|stories)|see also|also read|what to read next|editor['’]s picks?)\s*:?$"
);
static_regex!(
    HOTLINE,
    r"(?i)\b(hotline|helpline|tip ?line|tel\.?|phone|fax|licen[cs]e|registration|reg\. no|icp)\b.*\d{5,}|\d[\d-]{7,}.*\b(hotline|helpline)\b"
);

// The first two chars (lowercase) of every match of each anchored rule, for `may_open`;
// a test checks each list against its rule.
const CONSENT_BUTTON_OPENINGS: &[[u8; 2]] = &[
    *b"ac", *b"re", *b"al", *b"ma", *b"co", *b"i ", *b"go", *b"ok",
];
const LANGUAGE_PICKER_OPENINGS: &[[u8; 2]] = &[*b"ch", *b"se"];
const PROMO_OPENINGS: &[[u8; 2]] = &[
    *b"fo", *b"jo", *b"su", *b"si", *b"ge", *b"do", *b"li", *b"ne", *b"cl", *b"sh", *b"al", *b"re",
    *b"se", *b"wa",
];
const SHORT_JUNK_OPENINGS: &[[u8; 2]] = &[
    *b"ad", *b"sp", *b"sh", *b"pr", *b"em", *b"co", *b"sk", *b"sc", *b"st", *b"lo", *b"su", *b"ta",
    *b"fi", *b"to",
];
const CAPTION_LABEL_OPENINGS: &[[u8; 2]] =
    &[*b"ph", *b"im", *b"pi", *b"fi", *b"vi", *b"il", *b"cr"];
const RIGHTS_MARK_OPENINGS: &[[u8; 2]] = &[*b"(c", *b"co"];
const COMMENT_FOOTER_OPENINGS: &[[u8; 2]] = &[*b"le", *b"yo", *b"re", *b"po", *b"ca", *b"co"];
const ABOUT_AUTHOR_OPENINGS: &[[u8; 2]] = &[*b"ab"];
const SIDEBAR_HEADING_OPENINGS: &[[u8; 2]] = &[
    *b"ot", *b"re", *b"mo", *b"yo", *b"po", *b"tr", *b"to", *b"la", *b"se", *b"al", *b"wh", *b"ed",
];

/// Language names, in English and in their own scripts, for spotting language pickers.
const LANGUAGES: &[&str] = &[
    "english",
    "español",
    "espanol",
    "spanish",
    "français",
    "francais",
    "french",
    "deutsch",
    "german",
    "русский",
    "russian",
    "العربية",
    "arabic",
    "中文",
    "chinese",
    "简体中文",
    "繁體中文",
    "português",
    "portuguese",
    "italiano",
    "italian",
    "日本語",
    "japanese",
    "한국어",
    "korean",
    "türkçe",
    "turkish",
    "українська",
    "ukrainian",
    "हिन्दी",
    "hindi",
    "polski",
    "polish",
    "nederlands",
    "dutch",
    "svenska",
    "فارسی",
    "עברית",
    "bahasa",
    "indonesia",
    "tiếng",
    "việt",
    "ไทย",
    "kiswahili",
    "swahili",
    "ελληνικά",
    "română",
    "čeština",
    "magyar",
];

/// The ASCII names of `LANGUAGES`, sorted for a binary search.
static ASCII_LANGUAGES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut names: Vec<&'static str> = LANGUAGES.iter().copied().filter(|l| l.is_ascii()).collect();
    names.sort_unstable();
    names
});

/// No ASCII name in `LANGUAGES` is longer (a test checks), so a longer word is none.
const MAX_ASCII_LANGUAGE: usize = 16;
/// No ASCII name in `LANGUAGES` is shorter (a test checks): the short words of prose,
/// most of a line's, are none.
const MIN_ASCII_LANGUAGE: usize = 5;

/// A line of (mostly) language names: "English Español Français العربية".
fn language_list(line: &str) -> bool {
    if line.is_ascii() {
        // Most lines: split by the byte, on the ASCII separators below (the ASCII chars
        // `char::is_whitespace` accepts, `|`, `/` and `,`), which gives the same words
        // without decoding chars, twice, for every short line of every article.
        let separator = |b: &u8| b.is_ascii_whitespace() || matches!(*b, 0x0B | b'|' | b'/' | b',');
        // One pass first counts the words, and those of a language name's length: a word
        // of another length is no language, so unless such words alone could make the
        // line a list (on nearly every line they cannot), no word is looked up.
        let (total, sized) = ascii_word_counts(line.as_bytes(), separator);
        if sized < 3 || sized * 10 < total * 6 {
            return false;
        }
        let words = || line.as_bytes().split(separator).filter(|w| !w.is_empty());
        return mostly_languages(total, words().map(is_ascii_language));
    }
    let separator = |c: char| c.is_whitespace() || matches!(c, '|' | '/' | ',' | '·' | '•');
    // As for ASCII lines, one pass counts the words and those that may be a language (a
    // non-ASCII word, or an ASCII one of a language name's length): nearly every line has
    // too few of those to be a list, and none of its words is lowercased or looked up.
    let (total, sized) = char_word_counts(line, separator);
    if sized < 3 || sized * 10 < total * 6 {
        return false;
    }
    let words = || line.split(separator).filter(|w| !w.is_empty());
    // An ASCII word's lowercase is its ASCII lowercase; other words are lowercased.
    let is_language = |w: &str| {
        if w.is_ascii() {
            is_ascii_language(w.as_bytes())
        } else {
            let lower = w.to_lowercase();
            LANGUAGES.contains(&lower.as_str())
        }
    };
    mostly_languages(total, words().map(is_language))
}

/// The words of a line split on `separator`, and those of them that may be a name in
/// `LANGUAGES`: every word with a non-ASCII char (its lowercase may differ in length, and
/// the KELVIN SIGN lowercases to an ASCII k), and the ASCII words as long as an ASCII name
/// may be.
fn char_word_counts(line: &str, separator: impl Fn(char) -> bool) -> (usize, usize) {
    let mut total = 0usize;
    let mut sized = 0usize;
    // The current word's length in bytes, and whether it has a non-ASCII char.
    let mut len = 0usize;
    let mut wide = false;
    let mut end_word = |len: usize, wide: bool| {
        if len > 0 {
            total += 1;
            sized += usize::from(wide || (MIN_ASCII_LANGUAGE..=MAX_ASCII_LANGUAGE).contains(&len));
        }
    };
    for c in line.chars() {
        if separator(c) {
            end_word(len, wide);
            len = 0;
            wide = false;
        } else {
            len += c.len_utf8();
            wide |= !c.is_ascii();
        }
    }
    end_word(len, wide);
    (total, sized)
}

/// The words of an ASCII line split on `separator`, and those of them as long as an ASCII
/// name in `LANGUAGES` may be.
fn ascii_word_counts(line: &[u8], separator: impl Fn(&u8) -> bool) -> (usize, usize) {
    let mut total = 0usize;
    let mut sized = 0usize;
    let mut len = 0usize;
    let mut end_word = |len: usize| {
        if len > 0 {
            total += 1;
            sized += usize::from((MIN_ASCII_LANGUAGE..=MAX_ASCII_LANGUAGE).contains(&len));
        }
    };
    for b in line {
        if separator(b) {
            end_word(len);
            len = 0;
        } else {
            len += 1;
        }
    }
    end_word(len);
    (total, sized)
}

/// Whether at least three of `total` words, and six in ten, are languages, given for
/// each word whether it is one.
fn mostly_languages(total: usize, found: impl Iterator<Item = bool>) -> bool {
    // Most short lines are not lists: give up once too many words are not languages.
    let mut hits = 0usize;
    let mut misses = 0usize;
    for hit in found {
        if hit {
            hits += 1;
        } else {
            misses += 1;
            if misses * 10 > total * 4 {
                return false;
            }
        }
    }
    hits >= 3 && hits * 10 >= total * 6
}

/// Whether an ASCII word is a language name, in any ASCII case. Of the (lowercase) names
/// only ASCII ones can be equal to it ignoring ASCII case: the word is lowercased on the
/// stack and looked up among those.
fn is_ascii_language(word: &[u8]) -> bool {
    if word.len() > MAX_ASCII_LANGUAGE || word.len() < MIN_ASCII_LANGUAGE {
        return false;
    }
    crate::corpus::text::sorted_contains_ascii_nocase(&ASCII_LANGUAGES, word)
}

/// Share of letters outside the Latin script, if the line has letters.
fn non_latin_share(s: &str) -> Option<f32> {
    head_counts(s, usize::MAX).0.share()
}

/// Letters, and letters outside the Latin script, among some chars.
#[derive(Default)]
struct LetterCounts {
    letters: usize,
    non_latin: usize,
}

impl LetterCounts {
    fn share(&self) -> Option<f32> {
        (self.letters > 0).then(|| self.non_latin as f32 / self.letters as f32)
    }
}

/// The letter counts of a sample of the text: the first 2,000 chars of each paragraph,
/// 20,000 in all. Counted in place rather than copied out, with ASCII stretches (most of
/// them, in most corpora) counted by the byte.
fn sample_counts(paragraphs: &[Para]) -> LetterCounts {
    let mut counts = LetterCounts::default();
    let mut budget = 20_000usize;
    for (_, text) in paragraphs {
        if budget == 0 {
            break;
        }
        let take = budget.min(2_000);
        let head = &text.as_bytes()[..text.len().min(take)];
        if head.is_ascii() {
            // ASCII chars are bytes, and ASCII letters are Latin. Counted without a branch
            // (a letter with its case bit set lies in a..=z), which the compiler vectorises.
            // Summed in byte counters over blocks of at most 255 bytes, which keeps the
            // vector lanes bytes wide.
            counts.letters += head
                .chunks(255)
                .map(|block| {
                    let letters = block.iter().fold(0u8, |n, &b| {
                        n + u8::from((b | 0x20).wrapping_sub(b'a') < 26)
                    });
                    usize::from(letters)
                })
                .sum::<usize>();
            budget -= head.len();
        } else {
            let (part, taken) = head_counts(text, take);
            counts.letters += part.letters;
            counts.non_latin += part.non_latin;
            budget -= taken;
        }
    }
    counts
}

/// The high bit of each byte of a word of eight.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
/// A one in each byte of a word of eight.
const LOW_BITS: u64 = 0x0101_0101_0101_0101;

/// The ASCII letters among eight ASCII bytes, as the high bit of each letter's byte: the
/// case bit set, a letter lies in a..=z, which two sums test for every byte at once (no
/// byte of an ASCII word carries into the next).
fn ascii_letter_bits(word: u64) -> u64 {
    let lower = word | (0x20 * LOW_BITS);
    let from_a = lower + (0x80 - u64::from(b'a')) * LOW_BITS;
    let past_z = lower + (0x80 - u64::from(b'z') - 1) * LOW_BITS;
    from_a & !past_z & HIGH_BITS
}

/// The sum of the bytes of a word of eight.
fn sum_bytes(word: u64) -> usize {
    const PAIRS: u64 = 0x00FF_00FF_00FF_00FF;
    // Pairs of bytes summed into four 16-bit lanes (each at most 510), which a product
    // then sums into the top lane (at most 2,040).
    let lanes = (word & PAIRS) + ((word >> 8) & PAIRS);
    (lanes.wrapping_mul(0x0001_0001_0001_0001) >> 48) as usize
}

/// The letter counts of the first `take` chars of `text` (as `latin_counts` gives them),
/// and how many chars that is. ASCII chars are bytes, and ASCII letters are Latin: ASCII
/// stretches (most of most texts, where only quotes and dashes are not ASCII) are counted
/// eight bytes at a time, and only a non-ASCII char is decoded. Testing each paragraph
/// for ASCII first and then counting its letters read each byte twice, and a paragraph
/// with one curly quote was decoded char by char throughout.
fn head_counts(text: &str, take: usize) -> (LetterCounts, usize) {
    let bytes = text.as_bytes();
    let mut counts = LetterCounts::default();
    let mut at = 0usize;
    let mut taken = 0usize;
    while taken < take {
        // Whole words of ASCII bytes, their letters summed per byte (at most 255 words,
        // so no byte's sum overflows) and added up once.
        let mut sums = 0u64;
        let mut words = 0;
        while words < 255 && take - taken >= 8 {
            let Some(word) = bytes
                .get(at..at + 8)
                .and_then(|w| <[u8; 8]>::try_from(w).ok())
                .map(u64::from_le_bytes)
            else {
                break;
            };
            if word & HIGH_BITS != 0 {
                break;
            }
            sums += ascii_letter_bits(word) >> 7;
            at += 8;
            taken += 8;
            words += 1;
        }
        counts.letters += sum_bytes(sums);
        if words == 255 {
            continue;
        }
        // Then one char: an ASCII one ends the text or the take, or a non-ASCII one
        // stopped the words.
        let Some(&b) = bytes.get(at) else {
            break;
        };
        if taken >= take {
            break;
        }
        if b.is_ascii() {
            counts.letters += usize::from(b.is_ascii_alphabetic());
            at += 1;
        } else {
            // `at` is a char boundary: it only ever moves by whole chars.
            let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else {
                break;
            };
            if c.is_alphabetic() {
                counts.letters += 1;
                // Latin letters, including accented ones, sit below U+0250.
                if (c as u32) >= 0x250 {
                    counts.non_latin += 1;
                }
            }
            at += c.len_utf8();
        }
        taken += 1;
    }
    (counts, taken)
}

/// The letter counts of some chars, one at a time (for tests: `head_counts` is this over
/// the first chars of a text).
#[cfg(test)]
fn latin_counts(chars: impl Iterator<Item = char>) -> LetterCounts {
    let mut counts = LetterCounts::default();
    for c in chars.filter(|c| c.is_alphabetic()) {
        counts.letters += 1;
        // Latin letters, including accented ones, sit below U+0250.
        if (c as u32) >= 0x250 {
            counts.non_latin += 1;
        }
    }
    counts
}

// Words that the unanchored `(?i)` rules below need, looked for in a line by
// `needles_in`: a rule whose words are all absent cannot match, and is not run.
const LINE_WORDS_LIST: [&str; 19] = [
    "cookie",
    "hotline",
    "helpline",
    "getty",
    "shutterstock",
    "reuters/",
    "ap photo",
    "rights reserved",
    "may not be",
    "no part of this",
    "tel",
    "phone",
    "fax",
    "licen",
    "registration",
    "reg. no",
    "icp",
    "tip line",
    "tipline",
];
static_needles!(LINE_WORDS, LINE_WORDS_LIST);
static_needles!(COOKIE_WORD, LINE_WORDS_LIST[..1]);
/// Every `COOKIE` match holds "cookie".
const COOKIE_WORDS: u64 = 1;
/// A `HOTLINE` match without five digits in a row names a hotline or helpline.
const HOTLINE_WORDS: u64 = 0b110;
/// Every `HOTLINE` match names a hotline or helpline or one of the other labels here
/// (the words of `tip ?line`, `tel\.?` and `licen[cs]e`).
const HOTLINE_LABELS: u64 = 0b111_1111_1100_0000_0110;
/// `CAPTION_AGENCY` names an agency.
const CAPTION_WORDS: u64 = 0b111_1000;
/// `RIGHTS_PHRASE`'s phrases.
const RIGHTS_WORDS: u64 = 0b11_1000_0000;

/// Why a line is boilerplate wherever it appears, or `None`.
fn line_rule(line: &str, latin_text: bool) -> Option<&'static str> {
    // Chars are never more than bytes: a line of at most 200 bytes, as most are, is short
    // without its chars counted (its length in bytes then stands in for them below).
    let chars = if line.len() <= 200 {
        line.len()
    } else {
        line.chars().count()
    };
    if chars > 600 {
        return None; // rules below describe short lines; long ones are body text
    }
    let short = chars <= 200;
    // Lines this long are tested by the anchored `COMMENT_FOOTER` alone; longer than
    // short ones, by it and `COOKIE`, which needs only "cookie" looked for (bit 0 of both
    // sets).
    let words = if short {
        needles_in(&LINE_WORDS, line)
    } else if chars < 400 {
        needles_in(&COOKIE_WORD, line)
    } else {
        0
    };
    if words & COOKIE_WORDS != 0 && COOKIE.is_match(line) {
        return Some("cookie banner");
    }
    if short && may_open(line, CONSENT_BUTTON_OPENINGS) && is_match(&CONSENT_BUTTON, line) {
        return Some("cookie banner");
    }
    if short
        && ((may_open(line, LANGUAGE_PICKER_OPENINGS) && is_match(&LANGUAGE_PICKER, line))
            || language_list(line))
    {
        return Some("language picker");
    }
    // A match names a hotline or helpline, or another label and then has five digits in
    // a row (Unicode `\d`, a subset of numeric chars).
    if short
        && (words & HOTLINE_WORDS != 0 || (words & HOTLINE_LABELS != 0 && has_numeric_run(line, 5)))
        && is_match(&HOTLINE, line)
    {
        return Some("licence or hotline");
    }
    // A licence number in another script in an English article (e.g. a Chinese ICP line).
    // An ASCII line has no letters outside the Latin script: told by one vectorised
    // test, before a scan by the char.
    if short
        && latin_text
        && !line.is_ascii()
        // An ASCII digit char is an ASCII digit byte: no need to decode the line.
        && line.bytes().any(|b| b.is_ascii_digit())
        && non_latin_share(line).is_some_and(|s| s > 0.5)
    {
        return Some("licence or hotline");
    }
    if short && may_open(line, PROMO_OPENINGS) && is_match(&PROMO, line) {
        return Some("promotion");
    }
    if short && may_open(line, SHORT_JUNK_OPENINGS) && is_match(&SHORT_JUNK, line) {
        return Some("page furniture");
    }
    if short
        && ((may_open(line, CAPTION_LABEL_OPENINGS) && is_match(&CAPTION_LABEL, line))
            || (words & CAPTION_WORDS != 0 && is_match(&CAPTION_AGENCY, line)))
    {
        return Some("caption or credit");
    }
    if short
        && ((may_open(line, RIGHTS_MARK_OPENINGS) && is_match(&RIGHTS_MARK, line))
            || (words & RIGHTS_WORDS != 0 && is_match(&RIGHTS_PHRASE, line)))
    {
        return Some("copyright");
    }
    if may_open(line, COMMENT_FOOTER_OPENINGS) && is_match(&COMMENT_FOOTER, line) {
        return Some("comment form");
    }
    None
}

/// What the cutter learnt besides the cut itself: credits and outlet hints.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Cues {
    pub wires: Vec<String>,
    /// From `Source: X` lines, in order.
    pub source_names: Vec<String>,
    /// From `© 2025 X` lines, in order.
    pub copyright_names: Vec<String>,
}

impl Cues {
    fn add_wire(&mut self, w: &str) {
        if !self.wires.iter().any(|x| x == w) {
            self.wires.push(w.to_string());
        }
    }
}

static_regex!(SENTENCE_BREAK, r#"[.!?]["”’]?\s+["“‘]?\p{Lu}"#);

/// A one-sentence blurb under a teaser headline (not a quote, which continues the story).
fn blurb_like(p: &str) -> bool {
    !more_chars_than(p, 320)
        && !p.starts_with(['“', '"', '‘', '\'', '«'])
        && ends_with_sentence_punct(p)
        && !is_match(&SENTENCE_BREAK, p)
}

/// A paragraph with its position in the source, so cuts made at different stages can be
/// put back in document order.
pub(crate) type Para = (usize, String);

/// Cuts boilerplate from `paragraphs` (in place), appending what was cut to `removed` in
/// order, and returns the cues found on the way.
pub(crate) fn cut(paragraphs: &mut Vec<Para>, removed: &mut Vec<Para>) -> Cues {
    let mut cues = Cues::default();
    let latin_text = sample_counts(paragraphs).share().is_some_and(|s| s < 0.2);
    let n = paragraphs.len();
    let mut keep: Vec<bool> = vec![true; n];
    // Once a footer marker appears in the second half, short tag-like lines are cut.
    let mut in_footer = false;
    let mut i = 0;
    while i < n {
        let p = paragraphs[i].1.as_str();
        let late = i * 2 >= n;
        if let Some(wires) = credit_line(p) {
            for w in wires {
                cues.add_wire(w);
            }
            keep[i] = false;
        } else if let Some(name) = source_line(p) {
            cues.source_names.push(name);
            keep[i] = false;
            in_footer |= late;
        } else if may_open(p, SIDEBAR_HEADING_OPENINGS) && is_match(&SIDEBAR_HEADING, p) {
            keep[i] = false;
            i = cut_teasers(paragraphs, &mut keep, i + 1);
            continue;
        } else if may_open(p, ABOUT_AUTHOR_OPENINGS) && is_match(&ABOUT_AUTHOR, p) {
            keep[i] = false;
            in_footer |= late;
            // The bio under the heading, if any, is footer too.
            if late && i + 1 < n {
                keep[i + 1] = false;
                i += 1;
            }
        } else if let Some(rule) = line_rule(p, latin_text) {
            if rule == "copyright" {
                if let Some(holder) = copyright_holder(p) {
                    cues.copyright_names.push(holder);
                }
            }
            if rule == "comment form" {
                in_footer |= late;
            }
            keep[i] = false;
        } else if in_footer && headline_like(p) && word_count(p) <= 12 {
            // Tag and category lines after the end ("Record Label", "Ukraine Russia conflict").
            keep[i] = false;
        }
        i += 1;
    }
    let mut kept = Vec::with_capacity(n);
    for (p, k) in paragraphs.drain(..).zip(keep) {
        if k {
            kept.push(p);
        } else {
            removed.push(p);
        }
    }
    *paragraphs = kept;
    cues
}

/// After a sidebar heading: cut teaser headlines, each with an optional one-sentence blurb,
/// while they look like teasers. A headline-like line followed by ordinary body text is a
/// section heading of the article and stays. Returns the index to resume at.
fn cut_teasers(paragraphs: &[Para], keep: &mut [bool], mut i: usize) -> usize {
    let n = paragraphs.len();
    while i < n && headline_like(&paragraphs[i].1) && !paragraphs[i].1.starts_with(['“', '"']) {
        let next = paragraphs.get(i + 1).map(|p| p.1.as_str());
        match next {
            None => {
                keep[i] = false;
                return n;
            }
            Some(b) if blurb_like(b) => {
                keep[i] = false;
                keep[i + 1] = false;
                i += 2;
            }
            Some(h) if headline_like(h) => {
                keep[i] = false;
                i += 1;
            }
            Some(_) => return i,
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cookie_pattern_matches_as_its_unicode_compile_on_ascii_text() {
        COOKIE.assert_ascii_agrees(&[
            "We use cookies to improve your experience. By browsing you agree.",
            "Cookie settings",
            "Manage your cookie preferences or accept all cookies",
            "The cookies were baked fresh.",
        ]);
    }

    #[test]
    fn language_names_are_lowercase_and_of_lengths_the_lookup_takes() {
        for name in LANGUAGES {
            assert_eq!(*name, name.to_lowercase(), "{name}");
            assert!(
                !name.is_ascii() || (MIN_ASCII_LANGUAGE..=MAX_ASCII_LANGUAGE).contains(&name.len()),
                "{name}"
            );
        }
    }

    #[test]
    fn word_counts_split_as_the_word_lookup_does() {
        let separator = |b: &u8| b.is_ascii_whitespace() || matches!(*b, b'|' | b'/' | b',');
        let line = "English | Deutsch/ab  cd,efghi ";
        let words = line.as_bytes().split(separator).filter(|w| !w.is_empty());
        assert_eq!(words.count(), 5);
        assert_eq!(ascii_word_counts(line.as_bytes(), separator), (5, 3));
        assert_eq!(ascii_word_counts(b"", separator), (0, 0));
        assert_eq!(ascii_word_counts(b"Nederlands", separator), (1, 1));
    }

    #[test]
    fn head_counts_count_the_first_chars_as_latin_counts_does() {
        let texts = [
            "",
            "Plain ASCII text, long enough to fill several blocks of sixteen bytes each.",
            "“Quoted,” he said — and then: «Ελληνικά» and русский, 中文 text; café.",
            "中文中文中文中文中文中文中文中文中文中文 abc 中文",
            "abcdefghijklmno\u{e9}pqrstuvwxyzABCDEFGHIJKLMNOP\u{2019}QRSTUVWXYZ0123456789",
        ];
        for text in texts {
            let text = text.repeat(3);
            for take in [0, 1, 5, 15, 16, 17, 31, 32, 33, 100, 2_000, usize::MAX] {
                let (counts, taken) = head_counts(&text, take);
                let want = latin_counts(text.chars().take(take));
                assert_eq!(taken, text.chars().count().min(take), "{text:?} {take}");
                assert_eq!(counts.letters, want.letters, "{text:?} {take}");
                assert_eq!(counts.non_latin, want.non_latin, "{text:?} {take}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn head_counts_agree_with_latin_counts_on_any_text(
            text in "[a-zA-Z0-9 .,’“”é—ß中Жω\\u{212A}]{0,80}",
            take in 0usize..100,
        ) {
            let (counts, taken) = head_counts(&text, take);
            let want = latin_counts(text.chars().take(take));
            proptest::prop_assert_eq!(taken, text.chars().count().min(take));
            proptest::prop_assert_eq!(counts.letters, want.letters);
            proptest::prop_assert_eq!(counts.non_latin, want.non_latin);
        }

        #[test]
        fn char_word_counts_split_as_the_word_lookup_does(
            text in "[a-zA-Z |/,·•\u{a0}\u{3000}é中\u{212A}]{0,60}",
        ) {
            let separator =
                |c: char| c.is_whitespace() || matches!(c, '|' | '/' | ',' | '·' | '•');
            let words: Vec<&str> = text.split(separator).filter(|w| !w.is_empty()).collect();
            let sized = words
                .iter()
                .filter(|w| {
                    !w.is_ascii() || (MIN_ASCII_LANGUAGE..=MAX_ASCII_LANGUAGE).contains(&w.len())
                })
                .count();
            proptest::prop_assert_eq!(char_word_counts(&text, separator), (words.len(), sized));
        }
    }

    #[test]
    fn anchored_rules_open_only_as_their_openings_say() {
        let rules: [(&crate::corpus::text::Re, &[[u8; 2]]); 9] = [
            (&CONSENT_BUTTON, CONSENT_BUTTON_OPENINGS),
            (&LANGUAGE_PICKER, LANGUAGE_PICKER_OPENINGS),
            (&PROMO, PROMO_OPENINGS),
            (&SHORT_JUNK, SHORT_JUNK_OPENINGS),
            (&CAPTION_LABEL, CAPTION_LABEL_OPENINGS),
            (&RIGHTS_MARK, RIGHTS_MARK_OPENINGS),
            (&COMMENT_FOOTER, COMMENT_FOOTER_OPENINGS),
            (&ABOUT_AUTHOR, ABOUT_AUTHOR_OPENINGS),
            (&SIDEBAR_HEADING, SIDEBAR_HEADING_OPENINGS),
        ];
        for (rule, openings) in rules {
            let pattern = rule.as_ref().expect("compiles").as_str();
            crate::corpus::text::assert_openings(pattern, openings, |_| false);
        }
        // Short lines and lines opening with a non-ASCII char are left to the rule.
        for line in ["", "a", "é", "\u{212A}x", "a\u{17F}"] {
            assert!(may_open(line, ABOUT_AUTHOR_OPENINGS), "{line}");
        }
        assert!(may_open("ABOUT", ABOUT_AUTHOR_OPENINGS) && !may_open("AC", ABOUT_AUTHOR_OPENINGS));
    }

    #[test]
    fn word_letter_bits_mark_the_ascii_letters() {
        for b in 0..=127u8 {
            for at in 0..8 {
                let mut word = [b' '; 8];
                word[at] = b;
                let bits = ascii_letter_bits(u64::from_le_bytes(word));
                let want = if b.is_ascii_alphabetic() {
                    0x80u64 << (8 * at)
                } else {
                    0
                };
                assert_eq!(bits, want, "{b} at {at}");
                assert_eq!(sum_bytes(bits >> 7), usize::from(b.is_ascii_alphabetic()));
            }
        }
        let letters = ascii_letter_bits(u64::from_le_bytes(*b"aZ m9zA{"));
        assert_eq!(sum_bytes(letters >> 7), 5);
        assert_eq!(sum_bytes(u64::MAX), 8 * 255);
        assert_eq!(
            sum_bytes(u64::from_le_bytes([1, 2, 3, 4, 5, 6, 7, 255])),
            283
        );
    }

    #[test]
    fn branch_free_letter_test_is_ascii_alphabetic() {
        for b in 0..=255u8 {
            let counted = (b | 0x20).wrapping_sub(b'a') < 26;
            assert_eq!(counted, b.is_ascii_alphabetic(), "{b}");
        }
    }

    fn run(lines: &[&str]) -> (Vec<String>, Vec<String>, Cues) {
        let mut paragraphs: Vec<Para> = lines
            .iter()
            .enumerate()
            .map(|(i, s)| (i, s.to_string()))
            .collect();
        let mut removed = Vec::new();
        let cues = cut(&mut paragraphs, &mut removed);
        let text = |v: Vec<Para>| v.into_iter().map(|p| p.1).collect();
        (text(paragraphs), text(removed), cues)
    }

    const BODY: &str = "The court heard evidence for three days before adjourning.";

    /// Each line is cut when it sits between two body paragraphs.
    fn assert_cut(label: &str, lines: &[&str]) {
        for line in lines {
            let (kept, removed, _) = run(&[BODY, line, BODY, BODY]);
            assert_eq!(kept, vec![BODY; 3], "{label}: {line}");
            assert_eq!(removed, vec![line.to_string()], "{label}: {line}");
        }
    }

    #[test]
    fn cookie_banners_are_cut() {
        assert_cut(
            "cookies",
            &[
                "By continuing to browse our site you agree to our use of cookies, revised Privacy Policy and Terms of Use. You can change your cookie settings through your browser.",
                "We use cookies to improve your experience.",
                "Accept all",
                "Manage preferences",
            ],
        );
    }

    #[test]
    fn language_pickers_are_cut() {
        assert_cut(
            "languages",
            &[
                "CHOOSE YOUR LANGUAGE",
                "Select language",
                "English Español Français العربية Русский",
            ],
        );
    }

    #[test]
    fn licence_and_hotline_lines_are_cut() {
        assert_cut(
            "licence",
            &[
                "互联网新闻信息服务许可证10120180008",
                "Disinformation report hotline: 010-85061466",
                "ICP licence No. 12345678",
            ],
        );
    }

    #[test]
    fn promotion_lines_are_cut() {
        assert_cut(
            "promo",
            &[
                "Follow our coverage of the war on the @Harbourpost_official.",
                "Follow us on Telegram",
                "Subscribe to our daily briefing",
                "Sign up for our newsletter",
                "Read more: Court delays verdict",
            ],
        );
    }

    #[test]
    fn page_furniture_captions_and_rights_are_cut() {
        assert_cut(
            "furniture",
            &[
                "Advertisement",
                "Share this article",
                "Photo: Jane Doe/Harbour Times",
                "All rights reserved.",
                "Leave a Reply",
                "Your email address will not be published. Required fields are marked *",
            ],
        );
    }

    #[test]
    fn sidebar_headings_are_cut_with_their_teasers() {
        let quote = "“We want talks to continue,” the spokesman added.";
        let (kept, removed, _) = run(&[
            BODY,
            "Other Topics of Interest",
            "Steel Tariffs Bite Into Carmakers’ Margins, Analysts Say",
            "Brussels weighs retaliation after new duties on steel, offering relief to some exporters.",
            quote,
            BODY,
        ]);
        assert_eq!(kept, vec![BODY, quote, BODY]);
        assert_eq!(removed.len(), 3);
        assert_eq!(removed[0], "Other Topics of Interest");
    }

    #[test]
    fn sidebar_lists_at_the_end_are_cut_entirely() {
        let (kept, removed, _) = run(&[
            BODY,
            BODY,
            "Related",
            "Judge Rejects Bid to Delay Trial",
            "Jury Selection Begins in Fraud Case",
        ]);
        assert_eq!(kept, vec![BODY, BODY]);
        assert_eq!(removed.len(), 3);
    }

    #[test]
    fn section_headings_inside_the_body_are_kept() {
        let long = "The only outcome of the talks was an agreement to release prisoners. Officials said more would follow.";
        let lines = [BODY, "Agreement on Prisoner Exchange", long, BODY];
        let (kept, removed, _) = run(&lines);
        assert_eq!(kept, lines.to_vec());
        assert!(removed.is_empty());
        // Even right after a sidebar heading, a heading followed by body text stays.
        let (kept, _, _) = run(&[BODY, "Read more", "Agreement on Prisoner Exchange", long]);
        assert_eq!(kept, vec![BODY, "Agreement on Prisoner Exchange", long]);
    }

    #[test]
    fn tag_lines_after_a_source_footer_are_cut() {
        let (kept, removed, cues) = run(&[
            BODY,
            BODY,
            BODY,
            BODY,
            BODY,
            "Source: BBC",
            "Record Label",
            "Ukraine Russia conflict",
            "About The Author",
            "Leave a Reply",
        ]);
        assert_eq!(kept, vec![BODY; 5]);
        assert_eq!(removed.len(), 5);
        assert_eq!(cues.source_names, vec!["BBC"]);
    }

    #[test]
    fn credits_are_cut_and_their_wires_kept() {
        let (kept, removed, cues) = run(&[BODY, BODY, "(With input from Reuters)"]);
        assert_eq!(kept, vec![BODY; 2]);
        assert_eq!(removed, vec!["(With input from Reuters)"]);
        assert_eq!(cues.wires, vec!["Reuters"]);
    }

    #[test]
    fn copyright_lines_name_a_holder() {
        let (_, removed, cues) = run(&[BODY, "© 2025 Daily Ledger"]);
        assert_eq!(removed, vec!["© 2025 Daily Ledger"]);
        assert_eq!(cues.copyright_names, vec!["Daily Ledger"]);
    }

    #[test]
    fn prefilter_bits_name_their_words() {
        let bits = |line: &str| needles_in(&LINE_WORDS, line);
        assert_eq!(bits("Cookie"), COOKIE_WORDS);
        assert_eq!(bits("HOTLINE and Helpline"), HOTLINE_WORDS);
        assert_eq!(bits("Getty Shutterstock reuters/ AP Photo"), CAPTION_WORDS);
        assert_eq!(
            bits("rights reserved may not be no part of this"),
            RIGHTS_WORDS
        );
        assert_eq!(
            bits("hotline helpline tel phone fax licen registration reg. no icp tip line tipline"),
            HOTLINE_LABELS
        );
        assert_eq!(bits("The court heard evidence."), 0);
    }

    #[test]
    fn prefilters_keep_unicode_case_folding() {
        // `(?i)` matches the KELVIN SIGN for k and LONG S for s; the prefilters must not
        // rule such lines out.
        assert_cut(
            "folded",
            &[
                "We use coo\u{212A}ies to improve your experience.",
                "All rights re\u{17F}erved.",
            ],
        );
    }

    #[test]
    fn ordinary_body_lines_survive() {
        let lines = [
            "Smith told reporters on Thursday night that a breakthrough was unlikely.",
            "The cookie maker said its profits rose, and shares jumped.",
            "Live television showed the minister addressing the delegations.",
            "Photographs of the meeting showed the two sides seated opposite each other.",
            "He said the phone call lasted 20 minutes.",
        ];
        let (kept, removed, _) = run(&lines);
        assert_eq!(kept, lines.to_vec());
        assert!(removed.is_empty(), "{removed:?}");
    }
}
