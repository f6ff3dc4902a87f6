//! An article wrapped to a width: which slice of which text sits on each screen line. The
//! wrap is computed once per (article, width, boilerplate shown) and kept, because the
//! reader redraws on every key and re-wrapping long articles there would stall input.

use crate::corpus::Article;
use textwrap::{Options, WordSplitter};

/// Which text a wrapped line shows a slice of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text {
    Title,
    Meta,
    Blank,
    Paragraph(usize),
    RemovedHeading,
    Removed(usize),
}

/// One screen line: `text[start..end]` of its source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    pub text: Text,
    pub start: usize,
    pub end: usize,
}

/// The cache key and the lines.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Wrapped {
    pub article: Option<usize>,
    pub width: u16,
    pub show_removed: bool,
    pub lines: Vec<Line>,
    /// The first line of each paragraph, so a span finds its line without a scan.
    pub paragraph_start: Vec<usize>,
}

impl Wrapped {
    /// The line showing byte `offset` of paragraph `paragraph` (its last line when the
    /// offset is at the very end).
    pub fn line_of(&self, paragraph: usize, offset: usize) -> Option<usize> {
        let first = *self.paragraph_start.get(paragraph)?;
        let lines = self.lines[first..]
            .iter()
            .take_while(|l| l.text == Text::Paragraph(paragraph));
        let mut last = first;
        for (i, line) in lines.enumerate() {
            last = first + i;
            if offset < line.end {
                return Some(last);
            }
        }
        Some(last)
    }
}

/// The line under the title: outlet, date, dateline, words — whatever is known.
pub fn meta_line(article: &Article) -> String {
    let mut parts = vec![article
        .outlet
        .clone()
        .unwrap_or_else(|| "outlet unknown".to_string())];
    if let Some(date) = article.published {
        parts.push(date.format("%Y-%m-%d").to_string());
    }
    if let Some(dateline) = &article.dateline {
        parts.push(dateline.clone());
    }
    if !article.wires.is_empty() {
        parts.push(format!("wire: {}", article.wires.join(", ")));
    }
    parts.push(format!("{} words", article.word_count()));
    parts.push(article.id.clone());
    parts.join(" · ")
}

/// The reader's first line: the title, or a note that the report has none.
pub fn heading(article: &Article) -> String {
    article
        .title
        .clone()
        .unwrap_or_else(|| "(untitled report)".to_string())
}

/// The heading above the cut boilerplate when it is shown.
pub const REMOVED_HEADING: &str = "── Cut as boilerplate ──";

/// Wraps one article at `width` columns.
pub fn wrap(article: &Article, index: usize, width: u16, show_removed: bool) -> Wrapped {
    let width = usize::from(width.max(1));
    let mut lines = Vec::new();
    push_wrapped(&mut lines, Text::Title, &heading(article), width);
    push_wrapped(&mut lines, Text::Meta, &meta_line(article), width);
    let mut paragraph_start = Vec::with_capacity(article.paragraphs.len());
    for (i, paragraph) in article.paragraphs.iter().enumerate() {
        lines.push(blank());
        paragraph_start.push(lines.len());
        push_wrapped(&mut lines, Text::Paragraph(i), paragraph, width);
    }
    if show_removed {
        lines.push(blank());
        push_wrapped(&mut lines, Text::RemovedHeading, REMOVED_HEADING, width);
        if article.removed.is_empty() {
            lines.push(blank());
        }
        for (i, removed) in article.removed.iter().enumerate() {
            push_wrapped(&mut lines, Text::Removed(i), removed, width);
        }
    }
    Wrapped {
        article: Some(index),
        width: width as u16,
        show_removed,
        lines,
        paragraph_start,
    }
}

fn blank() -> Line {
    Line {
        text: Text::Blank,
        start: 0,
        end: 0,
    }
}

/// Wraps `text` and records each line as a byte range of `text`, so highlights given as
/// byte spans can be mapped onto screen lines.
fn push_wrapped(lines: &mut Vec<Line>, kind: Text, text: &str, width: usize) {
    // No hyphenation: every wrapped line must be a verbatim slice of the text.
    let options = Options::new(width)
        .word_splitter(WordSplitter::NoHyphenation)
        .break_words(true);
    let mut cursor = 0;
    let before = lines.len();
    for piece in textwrap::wrap(text, options) {
        let piece = piece.trim_end();
        if piece.is_empty() {
            continue;
        }
        let start = match text[cursor..].find(piece) {
            Some(found) => cursor + found,
            None => cursor,
        };
        let end = (start + piece.len()).min(text.len());
        lines.push(Line {
            text: kind,
            start,
            end,
        });
        cursor = end;
    }
    if lines.len() == before {
        lines.push(Line {
            text: kind,
            start: 0,
            end: 0,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(paragraphs: &[&str]) -> Article {
        Article {
            id: "a".into(),
            title: Some("A title".into()),
            paragraphs: paragraphs.iter().map(|p| p.to_string()).collect(),
            removed: vec!["Leave a Reply".into()],
            ..Default::default()
        }
    }

    #[test]
    fn wrapped_lines_are_slices_of_the_paragraph() {
        let text = "Türkiye’s minister met the delegations at the palace on the Bosphorus.";
        let a = article(&[text]);
        let wrapped = wrap(&a, 0, 12, false);
        let body: Vec<_> = wrapped
            .lines
            .iter()
            .filter(|l| l.text == Text::Paragraph(0))
            .map(|l| &text[l.start..l.end])
            .collect();
        assert!(body.len() > 3);
        assert!(body.iter().all(|s| s.chars().count() <= 12));
        assert_eq!(body.join(" "), text);
    }

    #[test]
    fn removed_lines_appear_only_when_asked() {
        let a = article(&["Body."]);
        let hidden = wrap(&a, 0, 40, false);
        let shown = wrap(&a, 0, 40, true);
        assert!(!hidden.lines.iter().any(|l| l.text == Text::Removed(0)));
        assert!(shown.lines.iter().any(|l| l.text == Text::Removed(0)));
    }

    #[test]
    fn offsets_find_their_line() {
        let text = "one two three four five six seven eight nine ten";
        let a = article(&["First.", text]);
        let wrapped = wrap(&a, 0, 10, false);
        let at = text.find("nine").expect("word present");
        let line = wrapped.line_of(1, at).expect("a line");
        let l = wrapped.lines[line];
        assert!(text[l.start..l.end].contains("nine"));
    }

    #[test]
    fn every_offset_of_a_long_paragraph_finds_its_own_line() {
        let text = "word ".repeat(200);
        let a = article(&["Short.", &text, "Another."]);
        let wrapped = wrap(&a, 0, 20, false);
        for offset in (0..text.len()).step_by(7) {
            let line = wrapped.line_of(1, offset).expect("a line");
            let l = wrapped.lines[line];
            assert_eq!(l.text, Text::Paragraph(1));
            assert!(
                offset < l.end
                    || line + 1 == wrapped.lines.len()
                    || wrapped.lines[line + 1].text != Text::Paragraph(1),
                "offset {offset} on line {line}"
            );
            assert!(
                offset >= l.start.saturating_sub(1),
                "offset {offset} before line {line}"
            );
        }
    }

    #[test]
    fn width_one_still_wraps() {
        let a = article(&["wide words"]);
        let wrapped = wrap(&a, 0, 1, true);
        assert!(!wrapped.lines.is_empty());
    }
}
