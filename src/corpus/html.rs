//! HTML pages -> `Raw`: the main text only (the `<article>` or `<main>` element when there
//! is one), paragraphs kept apart, page furniture dropped; title and metadata from
//! `og:`/`article:` meta tags, `<title>`, `<h1>`, `<time>` and JSON-LD.

use super::formats::{apply_fields, Raw};
use super::metadata::parse_date_value;
use super::text::{more_chars_than, normalize_space};
use ego_tree::iter::Edge;
use ego_tree::NodeRef;
use scraper::{ElementRef, Html, Node};
use serde_json::Value;

/// Elements whose whole subtree is never article text.
const DROPPED: &[&str] = &[
    "script",
    "style",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "noscript",
    "iframe",
    "svg",
    "button",
    "template",
    "select",
    "figure",
    "figcaption",
    "dialog",
    "menu",
    "object",
    "canvas",
    "video",
    "audio",
    "picture",
    "img",
    "head",
];

/// Elements that end a paragraph when they open or close.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "section",
    "article",
    "main",
    "br",
    "tr",
    "td",
    "th",
    "dd",
    "dt",
    "pre",
    "ul",
    "ol",
    "table",
    "hr",
    "body",
    "address",
    "details",
    "summary",
    "center",
];

/// Class or id words that mark furniture (cookie banners, share bars, related links...).
const FURNITURE_WORDS: &[&str] = &[
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "newsletter",
    "subscribe",
    "subscription",
    "related",
    "share",
    "sharing",
    "social",
    "promo",
    "advert",
    "advertisement",
    "ad",
    "ads",
    "sidebar",
    "comments",
    "comment",
    "breadcrumb",
    "breadcrumbs",
    "popup",
    "modal",
    "paywall",
    "outbrain",
    "taboola",
    "recommended",
    "trending",
    "byline",
    "author",
    "caption",
    "credit",
    "tags",
];

/// Does this element's class, id or role mark it as furniture?
fn is_furniture(el: &scraper::node::Element) -> bool {
    if matches!(el.name(), "html" | "body" | "main" | "article") {
        return false;
    }
    if el.attr("hidden").is_some() || el.attr("aria-hidden") == Some("true") {
        return true;
    }
    if matches!(
        el.attr("role"),
        Some("navigation" | "banner" | "contentinfo" | "complementary" | "dialog" | "alertdialog")
    ) {
        return true;
    }
    let words = [el.attr("class"), el.attr("id")]
        .into_iter()
        .flatten()
        .flat_map(|s| s.split(|c: char| c.is_whitespace() || c == '-' || c == '_'))
        .map(str::to_ascii_lowercase);
    let found = words
        .into_iter()
        .any(|w| FURNITURE_WORDS.contains(&w.as_str()));
    found
}

/// Facts gathered in one pass over the whole document.
#[derive(Default)]
struct Head {
    metas: Vec<(String, String)>,
    title: Option<String>,
    h1: Option<String>,
    time: Option<String>,
    canonical: Option<String>,
    ld_json: Vec<String>,
    byline: Option<String>,
}

impl Head {
    fn meta(&self, keys: &[&str]) -> Option<String> {
        keys.iter().find_map(|k| {
            self.metas
                .iter()
                .find(|(name, v)| name.eq_ignore_ascii_case(k) && !v.trim().is_empty())
                .map(|(_, v)| normalize_space(v))
        })
    }
}

fn element_text(el: ElementRef) -> String {
    normalize_space(&el.text().collect::<Vec<_>>().join(" "))
}

pub(crate) fn html(id: &str, label: &str, text: &str) -> Raw {
    let doc = Html::parse_document(text);
    let mut head = Head::default();
    let mut articles: Vec<NodeRef<Node>> = Vec::new();
    let mut mains: Vec<NodeRef<Node>> = Vec::new();
    let mut body: Option<NodeRef<Node>> = None;
    for node in doc.tree.root().descendants() {
        let Some(el) = ElementRef::wrap(node) else {
            continue;
        };
        let v = el.value();
        match v.name() {
            "meta" => {
                let key = v.attr("property").or(v.attr("name")).or(v.attr("itemprop"));
                if let (Some(k), Some(c)) = (key, v.attr("content")) {
                    head.metas.push((k.to_string(), c.to_string()));
                }
            }
            "title" if head.title.is_none() => head.title = Some(element_text(el)),
            "h1" if head.h1.is_none() => head.h1 = Some(element_text(el)),
            "time" if head.time.is_none() => {
                head.time = v.attr("datetime").map(str::to_string);
            }
            "link"
                if v.attr("rel")
                    .is_some_and(|r| r.eq_ignore_ascii_case("canonical")) =>
            {
                head.canonical = v.attr("href").map(str::to_string);
            }
            "script" if v.attr("type").is_some_and(|t| t.contains("ld+json")) => {
                head.ld_json.push(el.text().collect());
            }
            "article" => articles.push(node),
            "main" => mains.push(node),
            "body" if body.is_none() => body = Some(node),
            _ => {}
        }
        if head.byline.is_none()
            && (v.attr("rel") == Some("author")
                || v.attr("class").is_some_and(|c| {
                    c.split_whitespace()
                        .any(|w| w.eq_ignore_ascii_case("byline"))
                }))
        {
            let t = element_text(el);
            if !t.is_empty() && !more_chars_than(&t, 120) {
                head.byline = Some(t);
            }
        }
    }

    let text_len = |n: &NodeRef<Node>| {
        n.descendants()
            .filter_map(|d| d.value().as_text().map(|t| t.len()))
            .sum::<usize>()
    };
    let root = articles
        .iter()
        .max_by_key(|n| text_len(n))
        .or_else(|| mains.iter().max_by_key(|n| text_len(n)))
        .copied()
        .or(body)
        .unwrap_or_else(|| doc.tree.root());

    let mut raw = Raw {
        id: id.to_string(),
        label: label.to_string(),
        ..Raw::default()
    };
    let mut removed = Vec::new();
    raw.paragraphs = paragraphs_under(root, Some(&mut removed));
    raw.removed = removed;

    // Metadata: explicit tags first, JSON-LD for what is still missing.
    let site = head.meta(&["og:site_name", "application-name"]);
    raw.title = head
        .meta(&["og:title", "twitter:title"])
        .or_else(|| head.h1.clone().filter(|h| !h.is_empty()))
        .or_else(|| {
            head.title
                .as_deref()
                .map(|t| strip_site_suffix(t, site.as_deref()))
        })
        .filter(|t| !t.is_empty());
    raw.outlet = site;
    raw.byline = head
        .meta(&["author", "article:author", "byl"])
        .filter(|a| !a.starts_with("http"))
        .or_else(|| {
            head.byline
                .as_deref()
                .map(|b| b.trim_start_matches("By ").to_string())
        });
    raw.published = head
        .meta(&[
            "article:published_time",
            "datePublished",
            "date",
            "pubdate",
            "publishdate",
            "dc.date",
            "dcterms.created",
        ])
        .or_else(|| head.time.clone())
        .and_then(|d| parse_date_value(&d));
    raw.url = head.meta(&["og:url"]).or(head.canonical);
    for ld in &head.ld_json {
        if let Ok(v) = serde_json::from_str::<Value>(ld) {
            apply_ld(&mut raw, &v);
        }
    }
    raw
}

/// Applies the first JSON-LD object whose `@type` names an article, looking into arrays
/// and `@graph`.
fn apply_ld(raw: &mut Raw, v: &Value) {
    match v {
        Value::Array(items) => items.iter().for_each(|i| apply_ld(raw, i)),
        Value::Object(map) => {
            if let Some(graph) = map.get("@graph") {
                apply_ld(raw, graph);
            }
            let is_article = map.get("@type").is_some_and(|t| {
                let s = t.to_string().to_ascii_lowercase();
                s.contains("article") || s.contains("posting") || s.contains("report")
            });
            if is_article {
                apply_fields(raw, map);
            }
        }
        _ => {}
    }
}

/// `Talks resume | Harbour Times` -> `Talks resume` when the site name is known.
fn strip_site_suffix(title: &str, site: Option<&str>) -> String {
    let title = normalize_space(title);
    if let Some(site) = site {
        for sep in [" | ", " - ", " – ", " — ", " :: "] {
            if let Some(head) = title.strip_suffix(&format!("{sep}{site}")) {
                return head.trim().to_string();
            }
        }
    }
    title
}

/// The text under `root` as paragraphs, walking iteratively (deeply nested broken HTML
/// must not overflow the stack) and skipping dropped subtrees. `<h1>` is left out: it is
/// the title. The text of furniture a reader might want to check (cookie banners, related
/// links, share bars: `aside` and furniture classes) goes to `removed`, each line with the
/// number of paragraphs before it; code, navigation and page chrome are not kept.
fn paragraphs_under(
    root: NodeRef<Node>,
    mut removed: Option<&mut Vec<(usize, String)>>,
) -> Vec<String> {
    let mut out = Vec::new();
    let mut buf = String::new();
    let mut skipping: Option<ego_tree::NodeId> = None;
    let flush = |buf: &mut String, out: &mut Vec<String>| {
        let p = normalize_space(buf);
        if !p.is_empty() {
            out.push(p);
        }
        buf.clear();
    };
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Text(t) => buf.push_str(t),
                    Node::Element(el) if node.id() != root.id() => {
                        let name = el.name();
                        let furniture = is_furniture(el);
                        if DROPPED.contains(&name) || name == "h1" || furniture {
                            skipping = Some(node.id());
                            if BLOCKS.contains(&name) || name == "h1" {
                                flush(&mut buf, &mut out);
                            }
                            if let Some(removed) = removed.as_deref_mut() {
                                if furniture || name == "aside" {
                                    let at = out.len();
                                    removed.extend(
                                        paragraphs_under(node, None).into_iter().map(|t| (at, t)),
                                    );
                                }
                            }
                        } else if BLOCKS.contains(&name) {
                            flush(&mut buf, &mut out);
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skipping == Some(node.id()) {
                    skipping = None;
                    continue;
                }
                if skipping.is_none() {
                    if let Node::Element(el) = node.value() {
                        if BLOCKS.contains(&el.name()) {
                            flush(&mut buf, &mut out);
                        }
                    }
                }
            }
        }
    }
    flush(&mut buf, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    const PAGE: &str = r#"<!doctype html><html><head>
        <title>Court delays ruling | Harbour Times</title>
        <meta property="og:site_name" content="Harbour Times">
        <meta name="author" content="Ann Lee">
        <meta property="article:published_time" content="2024-11-05T08:00:00Z">
        <style>p { color: red }</style><script>var x = "<p>no</p>";</script>
        </head><body>
        <nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <div class="cookie-banner">We use cookies. <button>Accept all</button></div>
        <main><article>
          <header><h1>Court delays ruling on port contract</h1><p class="byline">By Ann Lee</p></header>
          <p>The court <b>delayed</b> its ruling on Tuesday.</p>
          <figure><img src="a.jpg"><figcaption>Photo: the court</figcaption></figure>
          <h2>What comes next</h2>
          <ul><li>A hearing in May.</li><li>A verdict in June.</li></ul>
          <blockquote><p>"We will appeal," the company said.</p></blockquote>
          <aside class="related"><h3>Related</h3><a>Other story</a></aside>
        </article></main>
        <footer>© 2024 Harbour Times</footer>
        </body></html>"#;

    #[test]
    fn html_keeps_main_text_as_separate_paragraphs() {
        let raw = html("p", "p.html", PAGE);
        let removed: Vec<&str> = raw.removed.iter().map(|r| r.1.as_str()).collect();
        assert_eq!(
            removed,
            // Only furniture inside the chosen root is seen; the cookie banner is outside.
            vec!["Related", "Other story"]
        );
        assert_eq!(
            raw.paragraphs,
            vec![
                "The court delayed its ruling on Tuesday.",
                "What comes next",
                "A hearing in May.",
                "A verdict in June.",
                "\"We will appeal,\" the company said.",
            ]
        );
    }

    #[test]
    fn html_metadata_comes_from_meta_tags() {
        let raw = html("p", "p.html", PAGE);
        assert_eq!(
            raw.title.as_deref(),
            Some("Court delays ruling on port contract")
        );
        assert_eq!(raw.outlet.as_deref(), Some("Harbour Times"));
        assert_eq!(raw.byline.as_deref(), Some("Ann Lee"));
        assert_eq!(raw.published, NaiveDate::from_ymd_opt(2024, 11, 5));
    }

    #[test]
    fn title_tags_lose_the_site_suffix_and_json_ld_fills_gaps() {
        let page = r#"<html><head><title>Ruling due | Metro Wire</title>
            <meta property="og:site_name" content="Metro Wire">
            <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle",
              "datePublished":"2023-01-02","author":{"name":"Bo Chen"}}]}</script>
            </head><body><p>Text here.</p></body></html>"#;
        let raw = html("p", "p.html", page);
        assert_eq!(raw.title.as_deref(), Some("Ruling due"));
        assert_eq!(raw.published, NaiveDate::from_ymd_opt(2023, 1, 2));
        assert_eq!(raw.byline.as_deref(), Some("Bo Chen"));
    }

    #[test]
    fn broken_and_deeply_nested_html_still_yields_text() {
        let raw = html("b", "b.html", "<p>Unclosed <b>bold <div>and a div</p></td>");
        assert!(raw.paragraphs.iter().any(|p| p.contains("Unclosed")));
        let deep = format!("{}deep text{}", "<div>".repeat(20_000), "</div>".repeat(10));
        let raw = html("d", "d.html", &deep);
        assert!(raw.paragraphs.iter().any(|p| p.contains("deep text")));
    }
}
