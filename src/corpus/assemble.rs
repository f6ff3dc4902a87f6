//! `Raw` -> `Article`, the same for every format: long paragraphs split, boilerplate cut,
//! then the opening read for date lines, bylines, a title, a desk label and a dateline,
//! and finally the outlet and wires settled from every cue found.

use super::boilerplate::{self, Para};
use super::formats::Raw;
use super::metadata::{
    byline, caps_name_as_written, caps_name_line, date_line, dateline, headline_like,
    leading_label, outlet_from_asked_by, outlet_from_handle, text_uses_month_first,
    title_candidate, wire_name,
};
use super::text::{normalize_space_owned, split_long, word_count, MAX_PARAGRAPH_CHARS};
use super::{Article, Warning};

/// How many paragraphs from the top may still be header (date, byline, title...).
const HEADER_SCAN: usize = 8;

/// Equal letters and digits, ignoring case. Compared as char streams, without building
/// the two keys: most paragraphs differ from the title within a few chars.
fn same_text(a: &str, b: &str) -> bool {
    fn key(s: &str) -> impl Iterator<Item = char> + '_ {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
    }
    key(a).eq(key(b))
}

fn add_wire(wires: &mut Vec<String>, w: &str) {
    if !wires.iter().any(|x| x == w) {
        wires.push(w.to_string());
    }
}

/// A named publisher: a news agency becomes a wire, anything else the outlet if none yet.
fn consider(name: &str, outlet: &mut Option<String>, wires: &mut Vec<String>) {
    match wire_name(name) {
        Some(w) => add_wire(wires, w),
        None => {
            outlet.get_or_insert_with(|| name.to_string());
        }
    }
}

/// Builds the article, or `None` when no body text is left (the caller warns).
pub(crate) fn finish(raw: Raw, warnings: &mut Vec<Warning>) -> Option<Article> {
    let Raw {
        id,
        label,
        mut title,
        outlet: meta_outlet,
        mut published,
        dateline: mut place,
        byline: mut by,
        url,
        paragraphs: raw_paragraphs,
        removed: pre_removed,
    } = raw;

    // 1. Normalise and split over-long paragraphs. Order keys: paragraph j (all its
    //    pieces) is 2j+1; text cut by the reader before paragraph j is 2j. The final sort
    //    is stable, so pieces with one key keep their order.
    let mut paragraphs: Vec<Para> = Vec::with_capacity(raw_paragraphs.len());
    let mut split = 0usize;
    for (j, p) in raw_paragraphs.into_iter().enumerate() {
        let p = normalize_space_owned(p);
        if p.is_empty() {
            continue;
        }
        // A paragraph has no more chars than bytes: most are told short by their length,
        // without counting their chars.
        if p.len() > MAX_PARAGRAPH_CHARS && p.chars().nth(MAX_PARAGRAPH_CHARS).is_some() {
            split += 1;
            for piece in split_long(&p) {
                paragraphs.push((2 * j + 1, piece));
            }
        } else {
            paragraphs.push((2 * j + 1, p));
        }
    }
    let mut removed: Vec<Para> = pre_removed
        .into_iter()
        .map(|(at, t)| (2 * at, normalize_space_owned(t)))
        .filter(|(_, t)| !t.is_empty())
        .collect();
    if split > 0 {
        warnings.push(Warning {
            path: label.clone(),
            message: format!(
                "{split} paragraph(s) longer than {MAX_PARAGRAPH_CHARS} characters split"
            ),
        });
    }
    if let Some(t) = title.as_deref() {
        // A body that repeats the title (JSON text, HTML h1 inside the article) drops it.
        if let Some(pos) = paragraphs.iter().take(3).position(|p| same_text(&p.1, t)) {
            paragraphs.remove(pos);
        }
    }

    // 2. Boilerplate.
    let cues = boilerplate::cut(&mut paragraphs, &mut removed);
    let mut wires: Vec<String> = cues.wires.clone();

    // 3. The opening: date lines, bylines, labels and a title, in any order, until the
    //    first body paragraph.
    let us_order = text_uses_month_first(paragraphs.iter().map(|p| p.1.as_str()));
    // Header items are removed as they are found; a standfirst between them stays as
    // body text, and the scan goes on past it.
    let mut i = 0;
    let mut scanned = 0;
    let mut after_date = false;
    let is_date = |p: &str| date_line(p, us_order).is_some();
    while i < paragraphs.len() && scanned < HEADER_SCAN {
        scanned += 1;
        let p = paragraphs[i].1.as_str();
        if let Some(d) = date_line(p, us_order) {
            published.get_or_insert(d);
            removed.push(paragraphs.remove(i));
            after_date = true;
            continue;
        }
        if let Some((b, byline_wires)) = byline(p) {
            by.get_or_insert(b);
            byline_wires.iter().for_each(|w| add_wire(&mut wires, w));
            removed.push(paragraphs.remove(i));
            after_date = false;
            continue;
        }
        // "LUCÍA ROE" alone above or below the date line is the byline.
        let next_is_date = paragraphs.get(i + 1).is_some_and(|n| is_date(&n.1));
        if caps_name_line(p) && (after_date || next_is_date) {
            by.get_or_insert_with(|| caps_name_as_written(p));
            removed.push(paragraphs.remove(i));
            after_date = false;
            continue;
        }
        after_date = false;
        if leading_label(p).is_some_and(|n| p[n..].trim().is_empty()) {
            removed.push(paragraphs.remove(i));
            continue;
        }
        // A date line or byline up to three paragraphs below says the opening goes on.
        let header_below = paragraphs
            .iter()
            .skip(i + 1)
            .take(3)
            .any(|n| is_date(&n.1) || byline(&n.1).is_some());
        // What follows a title may itself be header (byline, date): look past it.
        let next = paragraphs[i + 1..]
            .iter()
            .map(|p| p.1.as_str())
            .find(|n| !is_date(n) && byline(n).is_none());
        if title.is_none()
            && i == 0
            && (title_candidate(p, next)
                || (header_below && headline_like(p) && word_count(p) >= 3))
        {
            title = Some(paragraphs.remove(i).1);
            continue;
        }
        // A standfirst under the title, with the byline or date below it: body text, kept.
        if title.is_some() && header_below {
            i += 1;
            continue;
        }
        break;
    }

    // 4. The first body paragraph: a desk label is cut, a dateline read and stripped.
    let mut dateline_agency: Option<String> = None;
    let mut dateline_day: Option<String> = None;
    if let Some(first) = paragraphs.get_mut(i) {
        if let Some(n) = leading_label(&first.1) {
            removed.push((first.0, first.1[..n].trim().to_string()));
            first.1 = first.1[n..].trim_start().to_string();
        }
        if let Some(d) = dateline(&first.1) {
            place.get_or_insert(d.place);
            dateline_day = d.day;
            dateline_agency = d.agency;
            first.1 = first.1[d.len..].trim_start().to_string();
        }
        if first.1.is_empty() {
            paragraphs.remove(i);
        }
    }

    // 5. Outlet and wires. Stated metadata first, then explicit lines (`Source:`, ©),
    //    then a dateline's own agency, then the text's self-references. Wires are never
    //    the outlet: a report that credits Reuters is not by Reuters.
    let mut outlet = meta_outlet;
    for name in cues.source_names.iter().chain(&cues.copyright_names) {
        consider(name, &mut outlet, &mut wires);
    }
    if let Some(agency) = &dateline_agency {
        consider(agency, &mut outlet, &mut wires);
    }
    if outlet.is_none() {
        let all: Vec<&str> = paragraphs
            .iter()
            .chain(&removed)
            .map(|p| p.1.as_str())
            .collect();
        let promo: Vec<&str> = all.iter().copied().filter(|t| t.contains('@')).collect();
        outlet = outlet_from_handle(&promo, &all).or_else(|| outlet_from_asked_by(&all));
    }

    if paragraphs.is_empty() {
        return None;
    }
    removed.sort_by_key(|p| p.0);
    Some(Article {
        id,
        path: None,
        outlet,
        wires,
        title,
        published,
        dateline: place,
        dateline_day,
        byline: by,
        url,
        paragraphs: paragraphs.into_iter().map(|p| p.1).collect(),
        removed: removed.into_iter().map(|p| p.1).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn raw(lines: &[&str]) -> Raw {
        Raw {
            id: "t".into(),
            label: "t.txt".into(),
            paragraphs: lines.iter().map(|s| s.to_string()).collect(),
            ..Raw::default()
        }
    }

    fn article(lines: &[&str]) -> Article {
        let mut w = Vec::new();
        finish(raw(lines), &mut w).unwrap_or_default()
    }

    const BODY: &str = "The court heard evidence for three days before adjourning.";

    #[test]
    fn a_standfirst_and_a_byline_in_capitals_do_not_end_the_opening() {
        let a = article(&[
            "Tram engineer who rebuilt the city lines dies at 80",
            "For three decades she ran the works that kept the oldest lines alive",
            "TOMÁS VIDAL ROE",
            "Lisbon - Mar 14, 2025 - 10:42 CET",
            BODY,
        ]);
        assert_eq!(
            a.title.as_deref(),
            Some("Tram engineer who rebuilt the city lines dies at 80")
        );
        assert_eq!(a.byline.as_deref(), Some("Tomás Vidal Roe"));
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2025, 3, 14));
        // The standfirst is the article's own text and stays in it.
        assert_eq!(
            a.paragraphs[0],
            "For three decades she ran the works that kept the oldest lines alive"
        );
        assert_eq!(a.paragraphs[1], BODY);
        // A name in capitals with no date line beside it is text, not a byline.
        let a = article(&["Grace period ends for renters", "GRACE PERIOD ENDS", BODY]);
        assert_eq!(a.byline, None);
    }

    #[test]
    fn the_opening_gives_date_title_byline_and_dateline() {
        let a = article(&[
            "Court delays ruling on port contract",
            "By Ann Lee and Bo Chen, Reuters",
            "Published: 5 November 2024",
            "LONDON: The High Court delayed its ruling on Tuesday.",
            BODY,
        ]);
        assert_eq!(
            a.title.as_deref(),
            Some("Court delays ruling on port contract")
        );
        assert_eq!(a.byline.as_deref(), Some("Ann Lee and Bo Chen"));
        assert_eq!(a.wires, vec!["Reuters"]);
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2024, 11, 5));
        assert_eq!(a.dateline.as_deref(), Some("LONDON"));
        assert_eq!(
            a.paragraphs[0],
            "The High Court delayed its ruling on Tuesday."
        );
        assert_eq!(
            a.removed,
            vec![
                "By Ann Lee and Bo Chen, Reuters",
                "Published: 5 November 2024"
            ]
        );
    }

    #[test]
    fn desk_labels_are_cut_and_kept_in_removed() {
        let a = article(&[
            "Desk: For the first time since the war began, talks were held.",
            BODY,
        ]);
        assert_eq!(a.title, None);
        assert_eq!(
            a.paragraphs[0],
            "For the first time since the war began, talks were held."
        );
        assert_eq!(a.removed, vec!["Desk:"]);
    }

    #[test]
    fn dateline_agencies_are_wires_unless_they_are_not() {
        let a = article(&["KYIV, Ukraine (AP) — A drone hit a building.", BODY]);
        assert_eq!(a.wires, vec!["AP"]);
        assert_eq!(a.outlet, None);
        let a = article(&["ATLANTA (CNN) — A storm hit the city overnight.", BODY]);
        assert_eq!(a.outlet.as_deref(), Some("CNN"));
        assert!(a.wires.is_empty());
    }

    #[test]
    fn date_in_body_sentences_is_not_the_published_date() {
        let a = article(&["The contract was signed on 16 May 2025 in London.", BODY]);
        assert_eq!(a.published, None);
    }

    #[test]
    fn a_repeated_title_is_dropped_from_the_body() {
        let mut r = raw(&["Court delays ruling", BODY]);
        r.title = Some("Court Delays Ruling".into());
        let a = finish(r, &mut Vec::new()).unwrap_or_default();
        assert_eq!(a.paragraphs, vec![BODY]);
    }

    #[test]
    fn boilerplate_only_text_gives_no_article() {
        assert_eq!(
            finish(raw(&["Accept all", "Advertisement"]), &mut Vec::new()),
            None
        );
    }

    #[test]
    fn long_paragraphs_are_split_with_a_warning() {
        let long = "word ".repeat(9_000);
        let mut w = Vec::new();
        let a = finish(raw(&[&long]), &mut w).unwrap_or_default();
        assert_eq!(a.paragraphs.len(), 3);
        assert_eq!(w.len(), 1);
        assert!(w[0].message.contains("split"));
    }

    #[test]
    fn wires_named_in_source_lines_are_not_outlets() {
        let a = article(&[BODY, BODY, BODY, "Source: Reuters"]);
        assert_eq!(a.outlet, None);
        assert_eq!(a.wires, vec!["Reuters"]);
    }
}
