//! Text helpers shared by the readers: lazily compiled regexes, whitespace normalisation,
//! plain-text paragraph splitting and the splitting of over-long paragraphs.

use regex::{Captures, Regex};
use regex_automata::meta;
use regex_automata::util::syntax;
use std::sync::LazyLock;

/// A regex compiled on first use. `None` only if the pattern is invalid, which the
/// `<NAME>::pattern_compiles` test generated beside each one rules out; holding an
/// `Option` keeps `unwrap` out of non-test code while a bad pattern cannot panic.
pub(crate) type Re = LazyLock<Option<Regex>>;

macro_rules! static_regex {
    ($name:ident, $pat:expr) => {
        pub(crate) static $name: $crate::corpus::text::Re =
            std::sync::LazyLock::new(|| regex::Regex::new($pat).ok());

        #[cfg(test)]
        #[allow(non_snake_case)]
        mod $name {
            #[test]
            fn pattern_compiles() {
                assert!(super::$name.is_some(), "{}", $pat);
            }
        }
    };
}
pub(crate) use static_regex;

/// How a `TextRegex` looks for where a match may start.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Scan {
    /// The engine's prefilter: a literal search for the words a match can begin with,
    /// worth it where they are rare ("round", weekday names, month abbreviations).
    Literals,
    /// The automaton alone over every byte. Where a match can begin with a common word or
    /// any digit ("in", "if", a qualifier, a number), the literal search stopped at nearly
    /// every word and restarted the automaton there, costing more than the automaton's one
    /// pass (up to three times as much), and extracting the literals of a pattern with
    /// long word lists was half of its compile time.
    Automaton,
}

/// A regex compiled on first use, separately for ASCII text (nearly all text) and for
/// other text. Compiled ASCII-only, `\b`, `\d`, `\s`, `\w`, `.`, negated classes and case
/// folding are ASCII's, which on ASCII text match exactly what Unicode's do (no other
/// character is there to tell them apart), at a fraction of the compile cost and with a
/// smaller automaton. Leftmost-first, as the `regex` crate.
pub(crate) struct TextRegex {
    source: std::borrow::Cow<'static, str>,
    scan: Scan,
    unicode: std::sync::OnceLock<Option<meta::Regex>>,
    ascii: std::sync::OnceLock<Option<meta::Regex>>,
}

impl TextRegex {
    pub(crate) const fn new(source: &'static str, scan: Scan) -> Self {
        Self::from_cow(std::borrow::Cow::Borrowed(source), scan)
    }

    /// A pattern built at run time (from other patterns or word lists).
    pub(crate) fn owned(source: String, scan: Scan) -> Self {
        Self::from_cow(std::borrow::Cow::Owned(source), scan)
    }

    const fn from_cow(source: std::borrow::Cow<'static, str>, scan: Scan) -> Self {
        TextRegex {
            source,
            scan,
            unicode: std::sync::OnceLock::new(),
            ascii: std::sync::OnceLock::new(),
        }
    }

    pub(crate) fn as_str(&self) -> &str {
        &self.source
    }

    /// The regex to search `haystack` with.
    pub(crate) fn for_text(&self, haystack: &str) -> Option<&meta::Regex> {
        self.get(haystack.is_ascii())
    }

    /// The regex for a haystack that `ascii` says is all ASCII (or not). `None` only if
    /// the pattern is invalid, which a unit test beside each pattern rules out: an
    /// `Option` keeps `unwrap` out of non-test code while a bad pattern cannot panic.
    pub(crate) fn get(&self, ascii: bool) -> Option<&meta::Regex> {
        let unicode = || {
            self.unicode
                .get_or_init(|| self.compile(syntax::Config::new()))
                .as_ref()
        };
        if !ascii {
            return unicode();
        }
        // A pattern the ASCII syntax refuses (a `\p{..}` class, or other characters
        // inside a class) is run as written.
        let ascii_only = syntax::Config::new().unicode(false).utf8(false);
        self.ascii
            .get_or_init(|| self.compile(ascii_only))
            .as_ref()
            .or_else(unicode)
    }

    fn compile(&self, syntax: syntax::Config) -> Option<meta::Regex> {
        meta::Builder::new()
            .configure(meta::Config::new().auto_prefilter(self.scan == Scan::Literals))
            .syntax(syntax)
            .build(&self.source)
            .ok()
    }

    pub(crate) fn is_match(&self, haystack: &str) -> bool {
        self.for_text(haystack)
            .is_some_and(|r| r.is_match(haystack))
    }

    /// The first match.
    pub(crate) fn find(&self, haystack: &str) -> Option<regex_automata::Match> {
        self.for_text(haystack)?.find(haystack)
    }

    /// The groups of the first match; a group's text is `haystack[span.range()]`.
    pub(crate) fn captures(
        &self,
        haystack: &str,
    ) -> Option<regex_automata::util::captures::Captures> {
        self.for_text(haystack)?.captures_iter(haystack).next()
    }

    /// For tests: the pattern compiles, and its ASCII and Unicode compiles find the same
    /// matches and groups in each of `texts` (which must be ASCII).
    #[cfg(test)]
    pub(crate) fn assert_ascii_agrees(&self, texts: &[&str]) {
        let (Some(ascii), Some(unicode)) = (self.get(true), self.get(false)) else {
            panic!("{} does not compile", self.as_str());
        };
        for text in texts {
            assert!(text.is_ascii(), "{text:?}");
            let groups = |r: &meta::Regex| {
                r.captures_iter(*text)
                    .map(|c| {
                        (0..c.group_len())
                            .map(|g| c.get_group(g))
                            .collect::<Vec<_>>()
                    })
                    .collect::<Vec<_>>()
            };
            assert_eq!(
                groups(ascii),
                groups(unicode),
                "{} on {text:?}",
                self.as_str()
            );
        }
    }
}

/// Whether an ASCII word is in `sorted` (lowercase, sorted by bytes) ignoring ASCII case,
/// for words of at most `MAX_SORTED_WORD` bytes: lowercased on the stack and found by a
/// binary search, rather than compared with each entry in turn.
pub(crate) fn sorted_contains_ascii_nocase(sorted: &[&str], word: &[u8]) -> bool {
    if word.len() > MAX_SORTED_WORD {
        return false;
    }
    let mut buf = [0u8; MAX_SORTED_WORD];
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word);
    lower.make_ascii_lowercase();
    sorted.binary_search_by(|w| w.as_bytes().cmp(lower)).is_ok()
}

/// The longest word `sorted_contains_ascii_nocase` looks up.
pub(crate) const MAX_SORTED_WORD: usize = 32;

pub(crate) fn is_match(re: &Re, s: &str) -> bool {
    re.as_ref().is_some_and(|r| r.is_match(s))
}

/// Whether `line` may open as a match of an anchored `(?i)` rule all of whose matches open
/// with one of `openings`, their first two chars (ASCII, lowercase). Two ASCII chars
/// match two of the rule's ASCII chars only as their ASCII case variants, so a line
/// opening with two ASCII bytes must open with an opening in either case; a shorter line,
/// or one with a non-ASCII char in its first two (KELVIN SIGN for k, LONG S for s, a
/// Unicode space), is left to the rule. The first letter alone let through a line in
/// three or four, each then costing the rule's run, for one that nearly never matched.
pub(crate) fn may_open(line: &str, openings: &[[u8; 2]]) -> bool {
    match line.as_bytes() {
        [a, b, ..] if a.is_ascii() && b.is_ascii() => {
            let pair = [a.to_ascii_lowercase(), b.to_ascii_lowercase()];
            openings.contains(&pair)
        }
        _ => true,
    }
}

/// For tests: every pair of ASCII bytes that `pattern` (anchored, `(?i)`) can open a
/// match with, and that `left_to_rule` does not leave to the pattern by its first byte,
/// is one of `openings`: a line opening with any other pair is none of its matches. Told
/// by a lazy DFA, whose state after the two bytes is dead exactly when no match opens so.
#[cfg(test)]
pub(crate) fn assert_openings(pattern: &str, openings: &[[u8; 2]], left_to_rule: fn(u8) -> bool) {
    use regex_automata::hybrid::dfa::DFA;
    use regex_automata::{Anchored, Input};
    let dfa = DFA::builder()
        .configure(DFA::config().unicode_word_boundary(true))
        .build(pattern)
        .expect("pattern builds");
    let mut cache = dfa.create_cache();
    let start = dfa
        .start_state_forward(&mut cache, &Input::new("").anchored(Anchored::Yes))
        .expect("start state");
    for a in 0..128u8 {
        if left_to_rule(a) {
            continue;
        }
        let after_a = dfa.next_state(&mut cache, start, a).expect("ASCII byte");
        assert!(!after_a.is_match(), "{pattern}: a match of one byte");
        for b in 0..128u8 {
            let after_b = dfa.next_state(&mut cache, after_a, b).expect("ASCII byte");
            let pair = [a.to_ascii_lowercase(), b.to_ascii_lowercase()];
            if !after_b.is_dead() {
                assert!(
                    openings.contains(&pair),
                    "{pattern}: {:?} may open a match",
                    String::from_utf8_lossy(&pair)
                );
            }
            assert_eq!(
                may_open(&String::from_utf8_lossy(&[a, b]), openings),
                openings.contains(&pair)
            );
        }
    }
}

/// ASCII words looked for case-insensitively; see `needles_in`.
pub(crate) struct NeedleSet {
    /// One vectorised search for all the words at once (lowercased), where there are
    /// several, the CPU has one and no word opens another (so at most one word starts at any position, and a
    /// search restarted past each match's start finds every word there is): one pass
    /// over a line instead of one per word, which cost about ten times as much.
    packed: Option<aho_corasick::packed::Searcher>,
    /// Otherwise one vectorised substring search per word, lowercased.
    finders: Vec<memchr::memmem::Finder<'static>>,
}

impl NeedleSet {
    pub(crate) fn new(words: &[&str]) -> Self {
        let lower: Vec<String> = words.iter().map(|w| w.to_ascii_lowercase()).collect();
        let opens_another = lower.iter().enumerate().any(|(i, a)| {
            lower
                .iter()
                .enumerate()
                .any(|(j, b)| i != j && b.starts_with(a.as_str()))
        });
        // One word is searched alone as well by its own finder.
        let packed = (lower.len() > 1 && !opens_another && !lower.iter().any(String::is_empty))
            .then(|| aho_corasick::packed::Searcher::new(lower.iter()))
            .flatten();
        let finders = lower
            .iter()
            .map(|w| memchr::memmem::Finder::new(w).into_owned())
            .collect();
        NeedleSet { packed, finders }
    }
}

/// The bit of word `i` in a `needles_in` mask; a word past the 64th sets every bit, which
/// only means "may be there".
fn needle_bit(i: usize) -> u64 {
    u32::try_from(i)
        .ok()
        .and_then(|i| 1u64.checked_shl(i))
        .unwrap_or(u64::MAX)
}

pub(crate) type Needles = LazyLock<NeedleSet>;

/// A `Needles` value built from `$words`.
macro_rules! static_needles {
    ($name:ident, $words:expr) => {
        static $name: $crate::corpus::text::Needles =
            std::sync::LazyLock::new(|| $crate::corpus::text::NeedleSet::new(&$words));
    };
}
pub(crate) use static_needles;

/// Which of the words of `needles` `hay` may hold as a `(?i)` regex reads it: bit `i` for
/// word `i` (ASCII), found ASCII case-insensitively. Every bit is set when `hay` has one
/// of the only two non-ASCII letters Unicode case folding maps to ASCII ones (KELVIN
/// SIGN to k, LONG S to s), so a clear bit is exact: a `(?i)` regex every match of which
/// holds that word cannot match. Such regexes, unanchored, are slow to run on every line,
/// and far slower on a line with a non-ASCII character, where a Unicode `\b` sends the
/// regex crate from its lazy DFA to the PikeVM.
pub(crate) fn needles_in(needles: &Needles, hay: &str) -> u64 {
    if !hay.is_ascii() && hay.contains(['\u{212A}', '\u{17F}']) {
        return u64::MAX;
    }
    // The line lowercased once (ASCII letters only, as ASCII case-insensitive search reads
    // them), then searched for the lowercase words: cheaper than a case-insensitive
    // automaton, whose prefilter stopped at most words of most lines. Most lines fit
    // the buffer on the stack, which spares an allocation each.
    let mut stack = [0u8; 256];
    let heap: Vec<u8>;
    let lower: &[u8] = match stack.get_mut(..hay.len()) {
        Some(buf) => {
            buf.copy_from_slice(hay.as_bytes());
            buf.make_ascii_lowercase();
            buf
        }
        None => {
            heap = hay.as_bytes().to_ascii_lowercase();
            &heap
        }
    };
    if let Some(packed) = &needles.packed {
        let mut mask = 0u64;
        let mut at = 0;
        while let Some(m) = packed.find_in(lower, aho_corasick::Span::from(at..lower.len())) {
            mask |= needle_bit(m.pattern().as_usize());
            // Past the match's start, not its end: a word may start inside it.
            at = m.start() + 1;
        }
        return mask;
    }
    needles
        .finders
        .iter()
        .enumerate()
        .fold(0u64, |mask, (i, finder)| {
            if finder.find(lower).is_none() {
                return mask;
            }
            mask | needle_bit(i)
        })
}

/// Whether `s` has a run of at least `n` numeric characters: a superset of what `\d{n,}`
/// (Unicode decimal digits) matches, so a `false` rules such a match out.
pub(crate) fn has_numeric_run(s: &str, n: usize) -> bool {
    // The numeric ASCII chars are the digits: ASCII is read by the byte, without decoding.
    if s.is_ascii() && n > 0 {
        // Each `n`-byte window is read from its end: no run of `n` digits starts at or
        // before its last non-digit, so the next window starts after it. In prose a
        // window's last byte is seldom a digit, and about one byte in `n` is read.
        let bytes = s.as_bytes();
        let mut start = 0;
        while start + n <= bytes.len() {
            match bytes[start..start + n]
                .iter()
                .rposition(|b| !b.is_ascii_digit())
            {
                None => return true,
                Some(at) => start += at + 1,
            }
        }
        false
    } else if s.is_ascii() {
        run_reaches(s.bytes().map(|b| b.is_ascii_digit()), n)
    } else {
        run_reaches(s.chars().map(char::is_numeric), n)
    }
}

/// Whether `flags` holds `n` or more `true`s in a row.
fn run_reaches(flags: impl Iterator<Item = bool>, n: usize) -> bool {
    let mut run = 0usize;
    for flag in flags {
        if flag {
            run += 1;
            if run >= n {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

pub(crate) fn captures<'t>(re: &Re, s: &'t str) -> Option<Captures<'t>> {
    re.as_ref().and_then(|r| r.captures(s))
}

pub(crate) fn replace_all(re: &Re, s: &str, with: &str) -> String {
    match re.as_ref() {
        Some(r) => r.replace_all(s, with).into_owned(),
        None => s.to_string(),
    }
}

/// Paragraphs longer than this many characters are split, so that wrapping and span
/// mapping in the UI stay fast even for a file that is one enormous line.
pub const MAX_PARAGRAPH_CHARS: usize = 20_000;

/// Trims and collapses runs of whitespace to one space. A single no-break space inside a
/// paragraph is kept (it can be meaningful, "10 000"); trailing ones (seed 003) go.
pub(crate) fn normalize_space(s: &str) -> String {
    if let Some(span) = spaced_span(s) {
        return s[span].to_string();
    }
    if s.is_ascii() || !has_non_ascii_space(s) {
        // Most text: no no-break space, so every run becomes one space, and the words
        // between runs are copied whole rather than char by char. The separators are
        // exactly the ASCII chars `char::is_whitespace` (and `trim`) accept, the only
        // whitespace here; other bytes are never separators, so the cuts fall on char
        // boundaries.
        let space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r');
        let bytes = s.as_bytes();
        let mut out = String::with_capacity(s.len());
        let mut i = 0;
        while i < bytes.len() {
            while i < bytes.len() && space(bytes[i]) {
                i += 1;
            }
            let start = i;
            while i < bytes.len() && !space(bytes[i]) {
                i += 1;
            }
            if start < i {
                if !out.is_empty() {
                    out.push(' ');
                }
                // Byte offsets of ASCII text are char boundaries.
                out.push_str(&s[start..i]);
            }
        }
        return out;
    }
    let mut out = String::with_capacity(s.len());
    let mut pending: Option<char> = None;
    let mut run = 0usize;
    for c in s.quick_trim().chars() {
        if c.is_whitespace() {
            run += 1;
            pending = Some(c);
            continue;
        }
        if let Some(w) = pending.take() {
            out.push(if run == 1 && w == '\u{a0}' { w } else { ' ' });
        }
        run = 0;
        out.push(c);
    }
    out
}

/// `normalize_space` for an owned string: one already spaced is trimmed in place rather
/// than copied, as most paragraphs are (each would otherwise be copied once more).
pub(crate) fn normalize_space_owned(mut s: String) -> String {
    match spaced_span(&s) {
        Some(span) => {
            s.truncate(span.end);
            s.drain(..span.start);
            s
        }
        None => normalize_space(&s),
    }
}

/// The part of `s` that `normalize_space` returns unchanged, when it is spaced already:
/// trimmed, it holds single ASCII spaces and no other whitespace, which a read of its
/// bytes tells (as for most lines). `None` when runs need collapsing. ASCII whitespace
/// is exactly the set of ASCII chars `char::is_whitespace` (and `trim`) accept; a text
/// with whitespace outside ASCII (a no-break space) takes the general path.
fn spaced_span(s: &str) -> Option<std::ops::Range<usize>> {
    if !s.is_ascii() && has_non_ascii_space(s) {
        return None;
    }
    let space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r');
    let bytes = s.as_bytes();
    let Some(first) = bytes.iter().position(|&b| !space(b)) else {
        return Some(0..0);
    };
    let last = bytes
        .iter()
        .rposition(|&b| !space(b))
        .map_or(first, |at| at + 1);
    let body = &bytes[first..last];
    // Whitespace other than the space (tab to carriage return), and two spaces in a row,
    // each told by one read of the bytes without stopping: on lines this short, setting
    // up three vectorised searches (one of them for the pair) cost more than the reading.
    let controls = body
        .iter()
        .fold(false, |any, &b| any | matches!(b, b'\t'..=b'\r'));
    let doubled = body
        .iter()
        .zip(body.iter().skip(1))
        .fold(false, |any, (&a, &b)| any | (a == b' ' && b == b' '));
    (!controls && !doubled).then_some(first..last)
}

/// Whether `s` has a whitespace char outside ASCII (a no-break space, U+2000 to U+200A,
/// ...). Each of them is written with a lead byte 0xC2, 0xE1, 0xE2 or 0xE3 (a test
/// checks), so only chars starting with those bytes are decoded.
fn has_non_ascii_space(s: &str) -> bool {
    s.bytes().enumerate().any(|(i, b)| {
        matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xE3)
            && s[i..].chars().next().is_some_and(char::is_whitespace)
    })
}

/// `str::trim` and its one-sided kin, with the ASCII whitespace at each end skipped from
/// the bytes. Most strings trimmed are short gaps between words (" ", ", "), where the
/// library's char-decoding loop was a noticeable share of the name finders' time. A byte
/// past ASCII at an end may open a whitespace char (a no-break space), so from there on the
/// library trims what is left: the result is always the library's.
pub(crate) trait QuickTrim {
    fn quick_trim(&self) -> &str;
    fn quick_trim_start(&self) -> &str;
    fn quick_trim_end(&self) -> &str;
}

/// The ASCII chars `char::is_whitespace` accepts: tab to carriage return, and space.
#[inline]
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

impl QuickTrim for str {
    #[inline]
    fn quick_trim(&self) -> &str {
        self.quick_trim_start().quick_trim_end()
    }

    #[inline]
    fn quick_trim_start(&self) -> &str {
        let bytes = self.as_bytes();
        let mut i = 0;
        while bytes.get(i).copied().is_some_and(is_ascii_space) {
            i += 1;
        }
        let rest = &self[i..];
        if bytes.get(i).is_some_and(|&b| !b.is_ascii()) {
            rest.trim_start()
        } else {
            rest
        }
    }

    #[inline]
    fn quick_trim_end(&self) -> &str {
        let bytes = self.as_bytes();
        let mut end = bytes.len();
        while end > 0 && is_ascii_space(bytes[end - 1]) {
            end -= 1;
        }
        let rest = &self[..end];
        if end > 0 && !bytes[end - 1].is_ascii() {
            rest.trim_end()
        } else {
            rest
        }
    }
}

/// Does the line end like a sentence (final punctuation, possibly inside closing quotes)?
pub(crate) fn ends_with_sentence_punct(s: &str) -> bool {
    let t = s.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»' | '*')
    });
    t.ends_with(['.', '!', '?', '…', ':', ';', '。', '！', '？'])
}

/// Whether `s` has more than `n` chars. A string has no more chars than bytes, so one of
/// at most `n` bytes, as most lines tested are, is told without counting its chars.
pub(crate) fn more_chars_than(s: &str, n: usize) -> bool {
    // A char is at most four bytes, so more than `4 * n` bytes are more than `n` chars:
    // the paragraphs the line tests are asked about are not counted either.
    s.len() > n && (s.len() / 4 > n || s.chars().count() > n)
}

pub(crate) fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// The lines of `text`, as `str::lines` gives them (a "\r" before each "\n" dropped),
/// with each line's end found by the vectorised byte search: `str::lines` looks for it
/// through a char searcher whose every call reads the text a word at a time.
pub(crate) fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut ends = memchr::memchr_iter(b'\n', text.as_bytes());
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        match ends.next() {
            Some(end) => {
                let line = text.get(start..end)?;
                start = end + 1;
                Some(line.strip_suffix('\r').unwrap_or(line))
            }
            None => {
                // The last line, without a line end: a "\r" closing it stays.
                let line = text.get(start..)?;
                start = text.len();
                Some(line)
            }
        }
    })
}

/// Splits plain text into paragraphs. Blank lines always separate paragraphs. Inside a
/// block, lines are joined only when the block looks hard-wrapped: a line is "full" when
/// the next line's first word would not have fitted after it within the block's longest
/// line (the wrap width, as far as we can tell), and most lines of the block are full.
/// Otherwise every line is its own paragraph (seeds 000-002 use one line per paragraph;
/// a title, byline and date on consecutive short lines stay apart). `join_wrapped =
/// false` (JSON bodies) keeps every line separate.
pub(crate) fn split_plain(text: &str, join_wrapped: bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut block: Vec<&str> = Vec::new();
    for line in lines(text) {
        let line = line.quick_trim();
        if line.is_empty() {
            flush_block(&mut block, &mut out, join_wrapped);
        } else {
            block.push(line);
        }
    }
    flush_block(&mut block, &mut out, join_wrapped);
    out
}

fn header_like(line: &str) -> bool {
    use super::metadata::{byline, date_line, dateline};
    byline(line).is_some() || date_line(line, false).is_some() || dateline(line).is_some()
}

fn flush_block(block: &mut Vec<&str>, out: &mut Vec<String>, join_wrapped: bool) {
    // Without joining (JSON bodies) every line is its own paragraph: the widths below
    // decide nothing, so no line's chars are counted.
    if !join_wrapped {
        out.extend(block.drain(..).map(str::to_string));
        return;
    }
    let lens: Vec<usize> = block.iter().map(|l| l.chars().count()).collect();
    let width = lens.iter().copied().max().unwrap_or(0);
    // full[i]: line i was wrapped because line i+1's first word did not fit.
    let full: Vec<bool> = block
        .windows(2)
        .zip(&lens)
        .map(|(pair, &len)| {
            let next_word = pair[1]
                .split_whitespace()
                .next()
                .map_or(0, |w| w.chars().count());
            len + 1 + next_word > width
        })
        .collect();
    let full_count = full.iter().filter(|f| **f).count();
    // Wrap widths below 40 do not occur in practice; two short lines are two paragraphs.
    let wrapped = join_wrapped
        && (40..=100).contains(&width)
        && !full.is_empty()
        && full_count * 3 >= full.len() * 2;
    let mut current = String::new();
    for (i, line) in block.iter().enumerate() {
        // A byline, date or dateline starts its own paragraph even in a wrapped block.
        let joins = wrapped && i > 0 && full[i - 1] && !header_like(line);
        if !joins && !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(line);
    }
    if !current.is_empty() {
        out.push(current);
    }
    block.clear();
}

/// Splits one paragraph into pieces of at most `MAX_PARAGRAPH_CHARS` characters, cutting
/// after a sentence end near the limit if there is one, else at whitespace, else hard.
pub(crate) fn split_long(p: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = p;
    loop {
        // Byte offset of the character just past the limit, if the rest is longer.
        let Some((limit, _)) = rest.char_indices().nth(MAX_PARAGRAPH_CHARS) else {
            if !rest.quick_trim().is_empty() {
                out.push(rest.quick_trim().to_string());
            }
            return out;
        };
        let head = &rest[..limit];
        // Look back at most ~10% of the limit for a good cut.
        let window_start = head
            .char_indices()
            .nth(MAX_PARAGRAPH_CHARS - MAX_PARAGRAPH_CHARS / 10)
            .map_or(0, |(i, _)| i);
        let window = &head[window_start..];
        let cut = window
            .rfind(['.', '!', '?'])
            .and_then(|i| {
                let after = i + 1;
                window[after..]
                    .starts_with(char::is_whitespace)
                    .then_some(window_start + after)
            })
            .or_else(|| window.rfind(char::is_whitespace).map(|i| window_start + i))
            .filter(|&c| c > 0)
            .unwrap_or(limit);
        let piece = rest[..cut].quick_trim();
        if !piece.is_empty() {
            out.push(piece.to_string());
        }
        rest = &rest[cut..];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_split_as_str_lines() {
        let texts = [
            "",
            "\n",
            "\n\n",
            "a",
            "a\n",
            "a\nb",
            "a\r\nb\r\n",
            "a\r",
            "a\r\n\r\nb\r",
            "\r\n",
            "x\ny\n\nz",
            "é\n—\r\n",
        ];
        for text in texts {
            let want: Vec<&str> = text.lines().collect();
            let got: Vec<&str> = lines(text).collect();
            assert_eq!(got, want, "{text:?}");
        }
    }

    #[test]
    fn quick_trims_are_the_library_trims() {
        let texts = [
            "",
            " ",
            "  ",
            "a",
            " a ",
            "\t\na b\r\n",
            "\u{a0}",
            " \u{a0} a \u{a0} ",
            "\u{a0}\t",
            "\u{2003} x\u{3000}",
            "é ",
            " é",
            "\u{b}\u{c}a\u{1c}",
            " , ",
            "—",
            " — ",
        ];
        for text in texts {
            assert_eq!(text.quick_trim(), text.trim(), "{text:?}");
            assert_eq!(text.quick_trim_start(), text.trim_start(), "{text:?}");
            assert_eq!(text.quick_trim_end(), text.trim_end(), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn quick_trims_agree_on_any_text(
            parts in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::strategy::Just(" "), proptest::strategy::Just("\t"),
                    proptest::strategy::Just("\u{a0}"), proptest::strategy::Just("\u{2003}"),
                    proptest::strategy::Just("a"), proptest::strategy::Just("é"),
                    proptest::strategy::Just(","), proptest::strategy::Just("\u{1f}"),
                ],
                0..8,
            )
        ) {
            let text: String = parts.concat();
            proptest::prop_assert_eq!(text.quick_trim(), text.trim());
            proptest::prop_assert_eq!(text.quick_trim_start(), text.trim_start());
            proptest::prop_assert_eq!(text.quick_trim_end(), text.trim_end());
        }
    }

    #[test]
    fn more_chars_than_counts_chars_not_bytes() {
        assert!(!more_chars_than("", 0) && more_chars_than("a", 0));
        assert!(!more_chars_than("abc", 3) && more_chars_than("abcd", 3));
        // Four chars in eight bytes.
        assert!(!more_chars_than("éééé", 4) && more_chars_than("éééé", 3));
    }

    #[test]
    fn non_ascii_whitespace_has_the_lead_bytes_looked_for() {
        for c in (0x80..=u32::from(char::MAX)).filter_map(char::from_u32) {
            if c.is_whitespace() {
                let mut buf = [0u8; 4];
                let lead = c.encode_utf8(&mut buf).as_bytes()[0];
                assert!(matches!(lead, 0xC2 | 0xE1 | 0xE2 | 0xE3), "{c:?}");
                assert!(has_non_ascii_space(&format!("a{c}b")), "{c:?}");
            }
        }
        assert!(!has_non_ascii_space("“Kyiv” — Türkiye’s 10 km"));
    }

    #[test]
    fn spaces_collapse_alike_with_and_without_non_ascii_text() {
        assert_eq!(
            normalize_space("  “Kyiv”\t\n — Türkiye’s   talks \r"),
            "“Kyiv” — Türkiye’s talks"
        );
        assert_eq!(
            normalize_space("10\u{a0}000  \u{a0}\u{a0}x\u{a0}"),
            "10\u{a0}000 x"
        );
        assert!(has_numeric_run("tel 12345", 5) && !has_numeric_run("tel 1234 5", 5));
    }

    #[test]
    fn needles_found_at_once_are_those_found_one_by_one() {
        static_needles!(WORDS, ["reg. no", "no part", "icp", "phone", "tel", "ss"]);
        assert!(WORDS.packed.is_some());
        let one_by_one = |hay: &str| {
            let lower = hay.to_ascii_lowercase();
            let mut mask = 0;
            for (i, w) in ["reg. no", "no part", "icp", "phone", "tel", "ss"]
                .iter()
                .enumerate()
            {
                if lower.contains(w) {
                    mask |= 1 << i;
                }
            }
            mask
        };
        let long = format!(
            "{}Reg. No part ICPHONE hotel{}",
            "x".repeat(300),
            "y".repeat(40)
        );
        for hay in [
            "",
            "ss",
            "sss",
            "Reg. No part",
            "an icphone",
            "the hotel phoned",
            "nothing here at all, in a line long enough for the vector search to be used",
            long.as_str(),
        ] {
            assert_eq!(needles_in(&WORDS, hay), one_by_one(hay), "{hay}");
        }
        // A word opening another falls back to a search per word.
        static_needles!(NESTED, ["tip", "tipline"]);
        assert!(NESTED.packed.is_none());
        assert_eq!(needles_in(&NESTED, "TIPLINE"), 0b11);
    }

    #[test]
    fn numeric_runs_skipped_by_window_are_those_counted_byte_by_byte() {
        let texts = [
            "",
            "1",
            "12345",
            "a12345",
            "1234a5678",
            "x 12 345 6789 01234 z",
            "tel. 0800-123-4567",
            "9999a99999",
            "ab1234",
        ];
        for text in texts {
            for n in 0..7 {
                let counted = run_reaches(text.bytes().map(|b| b.is_ascii_digit()), n);
                assert_eq!(has_numeric_run(text, n), counted, "{text:?} {n}");
            }
        }
    }

    #[test]
    fn whitespace_runs_collapse_and_trailing_no_break_spaces_go() {
        let cases = [
            ("  a  b\tc  ", "a b c"),
            ("end.\u{a0} ", "end."),
            ("10\u{a0}000", "10\u{a0}000"),
            ("", ""),
            (" \r\n\x0B\x0C ", ""),
            ("a\r\nb\x0Bc\x0Cd\x1Fe", "a b c d\x1Fe"),
            // The same text with a non-ASCII char takes the general path.
            ("a\r\nb\x0Bc\x0Cd\x1Fe é", "a b c d\x1Fe é"),
            // Spaced already: trimmed in place by the owned variant.
            (" \ta b é\n", "a b é"),
        ];
        for (input, want) in cases {
            assert_eq!(normalize_space(input), want, "{input:?}");
            assert_eq!(normalize_space_owned(input.to_string()), want, "{input:?}");
        }
    }

    #[test]
    fn plain_text_splits_on_blank_lines_and_long_single_lines() {
        let long_a = "A".repeat(120);
        let long_b = "B".repeat(120);
        let one_per_line = format!("{long_a}\n{long_b}");
        assert_eq!(split_plain(&one_per_line, true), vec![long_a, long_b]);
        let blank = "First para.\n\nSecond para.";
        assert_eq!(
            split_plain(blank, true),
            vec!["First para.", "Second para."]
        );
    }

    #[test]
    fn hard_wrapped_lines_are_joined_but_short_lines_stay_apart() {
        let text = "The court heard on Monday that the contract had been signed\n\
                    in a hurry, without the board being told of the terms.\n\n\
                    Britain and Norway close in on a fishing deal\nBy Jane Doe\n\
                    LONDON: The hearing resumed on a wet Monday morning in the High Court.";
        assert_eq!(
            split_plain(text, true),
            vec![
                "The court heard on Monday that the contract had been signed in a hurry, \
                 without the board being told of the terms.",
                "Britain and Norway close in on a fishing deal",
                "By Jane Doe",
                "LONDON: The hearing resumed on a wet Monday morning in the High Court."
            ]
        );
        let two = "Court delays ruling on the harbour dredging contract\nBy Ann Lee";
        assert_eq!(split_plain(two, true).len(), 2);
        assert_eq!(split_plain("Accept all\nAdvertisement", true).len(), 2);
        // JSON bodies: every line stays a paragraph.
        assert_eq!(split_plain(text, false).len(), 5);
    }

    #[test]
    fn long_paragraphs_split_at_sentence_ends_near_the_limit() {
        let sentence = "This sentence is exactly fifty characters long ok. ";
        let para = sentence.repeat(1000);
        let pieces = split_long(para.trim());
        assert!(pieces.len() >= 3);
        for p in &pieces {
            assert!(p.chars().count() <= MAX_PARAGRAPH_CHARS);
            assert!(p.ends_with('.'), "{}", &p[p.len() - 10..]);
        }
        let total: usize = pieces.iter().map(|p| word_count(p)).sum();
        assert_eq!(total, word_count(&para));
    }

    #[test]
    fn long_paragraphs_without_spaces_split_hard_on_char_boundaries() {
        let para = "é".repeat(MAX_PARAGRAPH_CHARS * 2 + 5);
        let pieces = split_long(&para);
        assert_eq!(pieces.len(), 3);
        assert_eq!(pieces[2].chars().count(), 5);
    }

    #[test]
    fn sentence_punctuation_is_seen_through_closing_quotes() {
        for (s, want) in [
            ("He said “no.”", true),
            ("A headline", false),
            ("Done!", true),
            ("Required fields are marked *", false),
        ] {
            assert_eq!(ends_with_sentence_punct(s), want, "{s}");
        }
    }
}
