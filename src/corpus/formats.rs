//! The per-format readers for plain text, Markdown and JSON/JSONL: decoded text -> `Raw`
//! articles (paragraphs plus whatever metadata the format states outright). Text cues and
//! boilerplate are left to `assemble`, which every format shares. HTML lives in `html`.

use super::metadata::parse_date_value;
use super::text::{captures, normalize_space, replace_all, split_plain, static_regex, Re};
use chrono::NaiveDate;
use serde_json::{Map, Value};

/// An article as a format reader sees it, before cues and boilerplate cutting.
#[derive(Debug, Default, Clone, PartialEq)]
pub(crate) struct Raw {
    pub id: String,
    /// Where warnings about this record point (`file`, `file#3`, `file:3`).
    pub label: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<NaiveDate>,
    pub dateline: Option<String>,
    pub byline: Option<String>,
    pub url: Option<String>,
    pub paragraphs: Vec<String>,
    /// Text a reader already cut (HTML cookie banners, related links), each with the
    /// number of paragraphs before it, so `removed` stays in document order.
    pub removed: Vec<(usize, String)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    Text,
    Markdown,
    Html,
    Json,
    Jsonl,
}

/// The format an extension names; `None` for extensions that are not articles (inside a
/// folder those files are skipped; named explicitly they are read as plain text).
pub(crate) fn format_for_extension(ext: &str) -> Option<Format> {
    match ext.to_ascii_lowercase().as_str() {
        "txt" | "text" => Some(Format::Text),
        "md" | "markdown" => Some(Format::Markdown),
        "html" | "htm" | "xhtml" => Some(Format::Html),
        "json" => Some(Format::Json),
        "jsonl" | "ndjson" => Some(Format::Jsonl),
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------
// Plain text

pub(crate) fn plain(id: &str, label: &str, text: &str) -> Raw {
    Raw {
        id: id.to_string(),
        label: label.to_string(),
        paragraphs: split_plain(text, true),
        ..Raw::default()
    }
}

// ---------------------------------------------------------------------------------------
// Markdown

static_regex!(MD_IMAGE, r"!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]");
static_regex!(MD_LINK, r"\[([^\]]*)\]\([^)]*\)");
static_regex!(MD_REF_LINK, r"\[([^\]]+)\]\[[^\]]*\]");
static_regex!(MD_AUTOLINK, r"<((?:https?|mailto):[^>\s]+)>");
static_regex!(MD_TAG, r"</?[A-Za-z][^>]*>|<!--.*?-->");
static_regex!(MD_STRONG_STAR, r"\*\*([^*]+)\*\*");
static_regex!(MD_STRONG_UNDER, r"(^|[^\w])__([^_]+)__");
static_regex!(MD_EM_STAR, r"\*([^*\s][^*]*)\*");
static_regex!(MD_EM_UNDER, r"(^|[^\w])_([^_\s][^_]*)_");
static_regex!(MD_STRIKE, r"~~([^~]+)~~");
static_regex!(MD_CODE, r"`([^`]*)`");
static_regex!(MD_HEADING, r"^(#{1,6})\s+(.*?)\s*#*\s*$");
static_regex!(MD_LIST, r"^\s*(?:[-*+]|\d{1,3}[.)])\s+(.*)$");
static_regex!(MD_REF_DEF, r"^\s{0,3}\[[^\]]+\]:\s*\S+");
static_regex!(
    MD_RULE,
    r"^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$"
);
static_regex!(MD_SETEXT, r"^\s{0,3}(=+|-+)\s*$");

/// Escaped punctuation (`\*`) is parked in the private-use area while emphasis is
/// stripped, so that it survives as a literal character.
const ESCAPE_BASE: u32 = 0xE000;
const ESCAPABLE: &str = "\\`*_{}[]()#+-.!>~|";

fn park_escapes(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(&n) = chars.peek() {
                if ESCAPABLE.contains(n) {
                    chars.next();
                    out.extend(char::from_u32(ESCAPE_BASE + n as u32));
                    continue;
                }
            }
        }
        out.push(c);
    }
    out
}

fn unpark_escapes(s: &str) -> String {
    s.chars()
        .map(|c| match (c as u32).checked_sub(ESCAPE_BASE) {
            Some(n) if n < 0x80 => char::from_u32(n).unwrap_or(c),
            _ => c,
        })
        .collect()
}

/// Strips inline Markdown: images go, links keep their text, emphasis and code marks go.
pub(crate) fn strip_inline(s: &str) -> String {
    // Each pattern runs only on text holding a literal every one of its matches holds:
    // most lines have no Markdown, and a pattern that is never needed (the underscore
    // ones, whose `[^\w]` is large) is never compiled.
    let s = park_escapes(s);
    let s = replace_marked(&MD_IMAGE, s, "![", "");
    let s = replace_marked(&MD_LINK, s, "](", "$1");
    let s = replace_marked(&MD_REF_LINK, s, "][", "$1");
    let s = replace_marked(&MD_AUTOLINK, s, "<", "$1");
    let s = replace_marked(&MD_TAG, s, "<", "");
    let s = replace_marked(&MD_CODE, s, "`", "$1");
    let s = replace_marked(&MD_STRONG_STAR, s, "**", "$1");
    let s = replace_marked(&MD_STRONG_UNDER, s, "__", "$1$2");
    let s = replace_marked(&MD_EM_STAR, s, "*", "$1");
    let s = replace_marked(&MD_EM_UNDER, s, "_", "$1$2");
    let s = replace_marked(&MD_STRIKE, s, "~~", "$1");
    normalize_space(&unpark_escapes(&s))
}

/// `replace_all` where `s` holds `mark`, which every match of `re` contains; elsewhere
/// `s` as it is, since nothing could match.
fn replace_marked(re: &Re, s: String, mark: &str, with: &str) -> String {
    if s.contains(mark) {
        replace_all(re, &s, with)
    } else {
        s
    }
}

/// Markdown -> paragraphs. A `# Heading` before any text is the title; other headings,
/// list items and quotes are paragraphs of their own; code blocks and images are dropped.
/// YAML front matter (`---` ... `---`) is read like a JSON record's metadata.
pub(crate) fn markdown(id: &str, label: &str, text: &str) -> Raw {
    let mut raw = Raw {
        id: id.to_string(),
        label: label.to_string(),
        ..Raw::default()
    };
    let mut body = text;
    if let Some(rest) = text.strip_prefix("---\n") {
        if let Some(end) = rest.find("\n---") {
            let mut map = Map::new();
            for line in rest[..end].lines() {
                if let Some((k, v)) = line.split_once(':') {
                    let v = v.trim().trim_matches(['"', '\'']);
                    map.insert(k.trim().to_string(), Value::String(v.to_string()));
                }
            }
            apply_fields(&mut raw, &map);
            body = rest[end + 4..].trim_start_matches(['-']);
        }
    }
    let mut paragraphs: Vec<String> = Vec::new();
    let mut buf: Vec<String> = Vec::new();
    let mut in_fence = false;
    let mut in_quote = false;
    let flush = |buf: &mut Vec<String>, out: &mut Vec<String>| {
        let p = strip_inline(&buf.join(" "));
        if !p.is_empty() {
            out.push(p);
        }
        buf.clear();
    };
    for line in body.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            flush(&mut buf, &mut paragraphs);
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            continue;
        }
        if trimmed.is_empty() {
            flush(&mut buf, &mut paragraphs);
            in_quote = false;
            continue;
        }
        if let Some(c) = captures(&MD_HEADING, trimmed) {
            flush(&mut buf, &mut paragraphs);
            let level = c.get(1).map_or(0, |m| m.as_str().len());
            let heading = strip_inline(c.get(2).map_or("", |m| m.as_str()));
            if level == 1 && raw.title.is_none() && paragraphs.is_empty() {
                raw.title = Some(heading);
            } else if !heading.is_empty() {
                paragraphs.push(heading);
            }
            continue;
        }
        // A setext underline turns the buffered line into a heading.
        if let Some(c) = captures(&MD_SETEXT, trimmed) {
            if buf.len() == 1 {
                let heading = strip_inline(&buf[0]);
                buf.clear();
                let is_h1 = c.get(1).is_some_and(|m| m.as_str().starts_with('='));
                if is_h1 && raw.title.is_none() && paragraphs.is_empty() {
                    raw.title = Some(heading);
                } else {
                    paragraphs.push(heading);
                }
                continue;
            }
        }
        if is_match_rule(trimmed) || super::text::is_match(&MD_REF_DEF, line) {
            flush(&mut buf, &mut paragraphs);
            continue;
        }
        if let Some(rest) = trimmed.strip_prefix('>') {
            if !in_quote {
                flush(&mut buf, &mut paragraphs);
                in_quote = true;
            }
            let rest = rest.trim_start_matches(['>', ' ']);
            if rest.is_empty() {
                flush(&mut buf, &mut paragraphs);
            } else {
                buf.push(rest.to_string());
            }
            continue;
        }
        if in_quote {
            flush(&mut buf, &mut paragraphs);
            in_quote = false;
        }
        if let Some(c) = captures(&MD_LIST, line) {
            flush(&mut buf, &mut paragraphs);
            buf.push(c.get(1).map_or("", |m| m.as_str()).to_string());
            continue;
        }
        buf.push(trimmed.to_string());
    }
    flush(&mut buf, &mut paragraphs);
    raw.paragraphs = paragraphs;
    raw
}

fn is_match_rule(line: &str) -> bool {
    super::text::is_match(&MD_RULE, line)
}

// ---------------------------------------------------------------------------------------
// JSON and JSONL

/// Looks a field up case-insensitively, trying `names` in order: the first found wins.
fn field<'a>(map: &'a Map<String, Value>, names: &[&str]) -> Option<&'a Value> {
    names.iter().find_map(|name| {
        map.iter()
            .find(|(k, v)| k.eq_ignore_ascii_case(name) && !v.is_null())
            .map(|(_, v)| v)
    })
}

/// A string, or the `name` of an object, or such values joined with " and ".
fn name_value(v: &Value) -> Option<String> {
    let s = match v {
        Value::String(s) => s.trim().to_string(),
        Value::Object(o) => o
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("name"))
            .and_then(|(_, v)| v.as_str())
            .map(|s| s.trim().to_string())?,
        Value::Array(items) => {
            let names: Vec<String> = items.iter().filter_map(name_value).collect();
            names.join(" and ")
        }
        _ => return None,
    };
    (!s.is_empty()).then_some(s)
}

/// Applies the metadata fields of a record (JSON object, front matter, JSON-LD) to `raw`,
/// filling only what is still unknown.
pub(crate) fn apply_fields(raw: &mut Raw, map: &Map<String, Value>) {
    let text_of = |names: &[&str]| field(map, names).and_then(name_value);
    if raw.title.is_none() {
        raw.title = text_of(&["title", "headline"]).map(|t| normalize_space(&t));
    }
    if raw.outlet.is_none() {
        raw.outlet = text_of(&["source", "outlet", "publisher", "site_name"]);
    }
    if raw.published.is_none() {
        raw.published = field(
            map,
            &[
                "date",
                "published",
                "published_at",
                "pubDate",
                "datePublished",
            ],
        )
        .and_then(Value::as_str)
        .and_then(parse_date_value);
    }
    if raw.url.is_none() {
        raw.url = text_of(&["url", "link"]);
    }
    if raw.byline.is_none() {
        raw.byline = text_of(&["author", "byline"]);
    }
    if raw.dateline.is_none() {
        raw.dateline = text_of(&["dateline"]);
    }
}

static_regex!(
    HTML_MARKUP,
    r"(?i)</?(?:p|div|br|li|h[1-6]|blockquote|span|a)\b[^>]*>"
);

/// One body string: feeds often carry HTML (`"content": "<p>...</p>"`), which goes
/// through the HTML reader; plain strings split on newlines.
fn body_string(s: &str) -> Vec<String> {
    if super::text::is_match(&HTML_MARKUP, s) {
        super::html::html("", "", s).paragraphs
    } else {
        split_plain(s, false)
    }
}

/// The body paragraphs of a record: a string or an array of strings.
fn body_of(map: &Map<String, Value>) -> Vec<String> {
    match field(map, &["text", "body", "content", "article", "articleBody"]) {
        Some(Value::String(s)) => body_string(s),
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(Value::as_str)
            .flat_map(body_string)
            .collect(),
        _ => Vec::new(),
    }
}

pub(crate) fn record(id: String, label: String, map: &Map<String, Value>) -> Raw {
    let mut raw = Raw {
        id,
        label,
        ..Raw::default()
    };
    apply_fields(&mut raw, map);
    raw.paragraphs = body_of(map);
    raw
}

/// Keys under which feeds wrap their list of articles (`{"articles": [...]}`).
const LIST_KEYS: &[&str] = &["articles", "items", "entries", "results", "posts", "data"];

/// A `.json` file: one article object, an array of them, or an object wrapping an array.
/// Returns the records and warnings as (label, message).
pub(crate) fn json(stem: &str, name: &str, text: &str) -> (Vec<Raw>, Vec<(String, String)>) {
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            return (
                Vec::new(),
                vec![(name.to_string(), format!("invalid JSON: {e}"))],
            )
        }
    };
    let items = match value {
        Value::Object(map) => {
            let list = LIST_KEYS
                .iter()
                .find_map(|k| field(&map, &[k]).and_then(Value::as_array).cloned());
            match list {
                Some(list) if field(&map, &["text", "body", "content", "article"]).is_none() => {
                    list
                }
                _ => {
                    return (
                        vec![record(stem.to_string(), name.to_string(), &map)],
                        Vec::new(),
                    )
                }
            }
        }
        Value::Array(items) => items,
        _ => {
            return (
                Vec::new(),
                vec![(
                    name.to_string(),
                    "JSON is neither an article object nor an array".into(),
                )],
            )
        }
    };
    // An empty list would otherwise load nothing and say nothing (found by fuzzing).
    if items.is_empty() {
        return (
            Vec::new(),
            vec![(name.to_string(), "empty JSON list, skipped".into())],
        );
    }
    let mut out = Vec::new();
    let mut warnings = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let n = i + 1;
        match item {
            Value::Object(map) => {
                out.push(record(format!("{stem}#{n}"), format!("{name}#{n}"), map))
            }
            _ => warnings.push((
                format!("{name}#{n}"),
                "not an article object, skipped".into(),
            )),
        }
    }
    (out, warnings)
}

/// A `.jsonl` file: one object per line. The record on line N gets id `stem#N`; a broken
/// line is a warning naming `file:N` and the other lines still load.
pub(crate) fn jsonl(stem: &str, name: &str, text: &str) -> (Vec<Raw>, Vec<(String, String)>) {
    let mut out = Vec::new();
    let mut warnings = Vec::new();
    for (i, line) in super::text::lines(text).enumerate() {
        let n = i + 1;
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Value>(line) {
            Ok(Value::Object(map)) => {
                out.push(record(format!("{stem}#{n}"), format!("{name}:{n}"), &map));
            }
            Ok(_) => warnings.push((
                format!("{name}:{n}"),
                "not an article object, skipped".into(),
            )),
            Err(e) => warnings.push((format!("{name}:{n}"), format!("invalid JSON: {e}"))),
        }
    }
    (out, warnings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extensions_pick_formats() {
        let cases = [
            ("txt", Some(Format::Text)),
            ("MD", Some(Format::Markdown)),
            ("htm", Some(Format::Html)),
            ("json", Some(Format::Json)),
            ("jsonl", Some(Format::Jsonl)),
            ("png", None),
        ];
        for (ext, want) in cases {
            assert_eq!(format_for_extension(ext), want, "{ext}");
        }
    }

    #[test]
    fn inline_markdown_is_stripped() {
        let cases = [
            ("**Bold** and *em* and _under_", "Bold and em and under"),
            (
                "[the ruling](https://x.test/a) was read",
                "the ruling was read",
            ),
            ("![chart](c.png)Prices rose", "Prices rose"),
            ("snake_case_name stays", "snake_case_name stays"),
            ("`code` and ~~gone~~", "code and gone"),
            ("an \\*escaped\\* star", "an *escaped* star"),
        ];
        for (input, want) in cases {
            assert_eq!(strip_inline(input), want, "{input}");
        }
    }

    #[test]
    fn markdown_headings_lists_quotes_and_code_become_paragraphs_or_go() {
        let md = "---\ntitle: Front matter title\ndate: 2024-03-02\n---\n\
                  # Heading title\n\nFirst line\ncontinues here.\n\n## Section\n\n\
                  - item one\n- item two\n\n> quoted\n> still quoted\n\n```\ncode();\n```\n\n\
                  ![pic](p.png)\n\n---\n\n[ref]: https://x.test\nLast.";
        let raw = markdown("id", "id.md", md);
        assert_eq!(raw.title.as_deref(), Some("Front matter title"));
        assert_eq!(raw.published, NaiveDate::from_ymd_opt(2024, 3, 2));
        assert_eq!(
            raw.paragraphs,
            vec![
                "Heading title",
                "First line continues here.",
                "Section",
                "item one",
                "item two",
                "quoted still quoted",
                "Last."
            ]
        );
        let raw = markdown("id", "id.md", "# Only heading\n\nBody text.");
        assert_eq!(raw.title.as_deref(), Some("Only heading"));
        assert_eq!(raw.paragraphs, vec!["Body text."]);
    }

    #[test]
    fn json_fields_are_read_case_insensitively_first_found_wins() {
        let text = r#"{"Headline": "H", "Title": "T", "BODY": ["One.", "Two.\nThree."],
                       "publisher": {"name": "Harbour Times"}, "pubDate": "Fri, 16 May 2025 10:00:00 GMT",
                       "link": "https://x.test", "author": [{"name": "A"}, {"name": "B"}], "dateline": "OSLO"}"#;
        let (raws, warnings) = json("s", "s.json", text);
        assert!(warnings.is_empty());
        let r = &raws[0];
        assert_eq!(r.id, "s");
        assert_eq!(r.title.as_deref(), Some("T"));
        assert_eq!(r.paragraphs, vec!["One.", "Two.", "Three."]);
        assert_eq!(r.outlet.as_deref(), Some("Harbour Times"));
        assert_eq!(r.published, NaiveDate::from_ymd_opt(2025, 5, 16));
        assert_eq!(r.url.as_deref(), Some("https://x.test"));
        assert_eq!(r.byline.as_deref(), Some("A and B"));
        assert_eq!(r.dateline.as_deref(), Some("OSLO"));
    }

    #[test]
    fn html_bodies_in_json_are_read_as_html() {
        let text = r#"{"content": "<p>First <b>para</b>.</p><script>x()</script><p>Second.</p>"}"#;
        let (raws, _) = json("h", "h.json", text);
        assert_eq!(raws[0].paragraphs, vec!["First para.", "Second."]);
    }

    #[test]
    fn empty_json_lists_warn_instead_of_loading_nothing_silently() {
        for text in ["[]", " [ ] ", r#"{"articles": []}"#] {
            let (raws, warnings) = json("e", "e.json", text);
            assert!(raws.is_empty(), "{text}");
            assert_eq!(
                warnings,
                vec![("e.json".to_string(), "empty JSON list, skipped".to_string())],
                "{text}"
            );
        }
    }

    #[test]
    fn json_arrays_number_their_records() {
        let (raws, warnings) = json("feed", "feed.json", r#"[{"text":"a"}, 3, {"text":"b"}]"#);
        let ids: Vec<&str> = raws.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, vec!["feed#1", "feed#3"]);
        assert_eq!(
            warnings,
            vec![(
                "feed.json#2".into(),
                "not an article object, skipped".into()
            )]
        );
        let (raws, _) = json("feed", "feed.json", r#"{"articles": [{"text":"a"}]}"#);
        assert_eq!(raws[0].id, "feed#1");
    }

    #[test]
    fn broken_json_names_line_and_column() {
        let (raws, warnings) = json("x", "x.json", "{\n  \"text\": \"a\",\n}");
        assert!(raws.is_empty());
        assert_eq!(warnings[0].0, "x.json");
        assert!(
            warnings[0].1.contains("line 3 column 1"),
            "{}",
            warnings[0].1
        );
    }

    #[test]
    fn jsonl_broken_lines_warn_and_the_rest_load() {
        let text = "{\"text\":\"a\"}\n{broken\n\n{\"text\":\"c\"}\n";
        let (raws, warnings) = jsonl("f", "f.jsonl", text);
        let ids: Vec<&str> = raws.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, vec!["f#1", "f#4"]);
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].0, "f.jsonl:2");
        assert!(warnings[0].1.starts_with("invalid JSON: "));
    }
}
