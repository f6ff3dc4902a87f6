//! View state of the dispute views: the two side-by-side panes (article, scroll, wrap cache)
//! and the rows of the fact × source matrix of a round.

use super::reader::{self, Wrapped};
use crate::analysis::{Analysis, SlotKind, Verdict};
use std::collections::BTreeMap;

/// One of the two side-by-side panes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pane {
    pub article: usize,
    pub scroll: usize,
    pub wrapped: Wrapped,
}

/// Two articles opposite each other on one comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SideBySide {
    /// Index into `Analysis::comparisons`.
    pub comparison: usize,
    pub left: Pane,
    pub right: Pane,
}

/// The panes' inner width and height for a terminal size, as the ui draws them.
pub fn pane_size(width: u16, height: u16) -> (u16, usize) {
    let (_, left, _) = super::layout::views::side_by_side(width, height);
    let inner = left.inner();
    (inner.width.max(1), usize::from(inner.height).max(1))
}

/// The claims of a comparison found in `article`, as (paragraph, start, end) spans.
pub fn evidence_spans(
    analysis: &Analysis,
    comparison: usize,
    article: usize,
) -> Vec<(usize, usize, usize)> {
    analysis
        .comparisons
        .get(comparison)
        .map(|c| {
            c.sides
                .iter()
                .flat_map(|s| s.claims.iter())
                .filter_map(|&i| analysis.claims.get(i))
                .filter(|claim| claim.article == article)
                .map(|claim| (claim.paragraph, claim.start, claim.end))
                .collect()
        })
        .unwrap_or_default()
}

impl SideBySide {
    /// Opens a comparison: the first source of the first side on the left, the first source
    /// of another side on the right, both scrolled so the evidence sits on the same row.
    pub fn open(
        analysis: &Analysis,
        comparison: usize,
        width: u16,
        height: u16,
    ) -> Option<SideBySide> {
        let c = analysis.comparisons.get(comparison)?;
        let left = *c.sides.first()?.articles.first()?;
        let right = c
            .sides
            .iter()
            .skip(1)
            .find_map(|s| s.articles.iter().find(|&&a| a != left).copied())
            .or_else(|| c.sides[0].articles.get(1).copied())
            .unwrap_or(left);
        let mut view = SideBySide {
            comparison,
            left: Pane {
                article: left,
                scroll: 0,
                wrapped: Wrapped::default(),
            },
            right: Pane {
                article: right,
                scroll: 0,
                wrapped: Wrapped::default(),
            },
        };
        view.rewrap(analysis, width, height);
        view.align(analysis, height);
        Some(view)
    }

    /// Re-wraps the panes for a new width (cached: only when it changed).
    pub fn rewrap(&mut self, analysis: &Analysis, width: u16, height: u16) {
        let (inner, _) = pane_size(width, height);
        for pane in [&mut self.left, &mut self.right] {
            if pane.wrapped.article != Some(pane.article) || pane.wrapped.width != inner {
                if let Some(article) = analysis.articles.get(pane.article) {
                    pane.wrapped = reader::wrap(article, pane.article, inner, false);
                }
            }
        }
    }

    /// Scrolls both panes so their evidence lines sit a third of the way down, opposite
    /// each other.
    pub fn align(&mut self, analysis: &Analysis, height: u16) {
        let (_, rows) = pane_size(0, height);
        for pane in [&mut self.left, &mut self.right] {
            let line = evidence_spans(analysis, self.comparison, pane.article)
                .first()
                .and_then(|&(p, start, _)| pane.wrapped.line_of(p, start));
            pane.scroll = line.map_or(0, |l| l.saturating_sub(rows / 3));
        }
        self.clamp(height);
    }

    /// Scrolls both panes together.
    pub fn scroll(&mut self, delta: isize, height: u16) {
        for pane in [&mut self.left, &mut self.right] {
            pane.scroll = if delta < 0 {
                pane.scroll.saturating_sub(delta.unsigned_abs())
            } else {
                pane.scroll.saturating_add(delta as usize)
            };
        }
        self.clamp(height);
    }

    fn clamp(&mut self, height: u16) {
        let (_, rows) = pane_size(0, height);
        for pane in [&mut self.left, &mut self.right] {
            pane.scroll = pane
                .scroll
                .min(pane.wrapped.lines.len().saturating_sub(rows));
        }
    }

    /// The articles a pane can show: the comparison's sources first, then the rest of the
    /// round.
    pub fn candidates(&self, analysis: &Analysis) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        if let Some(c) = analysis.comparisons.get(self.comparison) {
            for side in &c.sides {
                for &a in &side.articles {
                    if !out.contains(&a) {
                        out.push(a);
                    }
                }
            }
            let round = c.round.and_then(|r| analysis.rounds.get(r));
            for &a in round.map_or(&[][..], |r| &r.articles[..]) {
                if !out.contains(&a) {
                    out.push(a);
                }
            }
        }
        out
    }

    /// Puts the next candidate article into one pane.
    pub fn cycle(&mut self, analysis: &Analysis, left: bool, width: u16, height: u16) {
        let candidates = self.candidates(analysis);
        let (this, other) = if left {
            (self.left.article, self.right.article)
        } else {
            (self.right.article, self.left.article)
        };
        let start = candidates.iter().position(|&a| a == this).unwrap_or(0);
        let next = (1..=candidates.len())
            .map(|k| candidates[(start + k) % candidates.len()])
            .find(|&a| a != other && a != this);
        if let Some(next) = next {
            let pane = if left {
                &mut self.left
            } else {
                &mut self.right
            };
            pane.article = next;
            self.rewrap(analysis, width, height);
            self.align(analysis, height);
        }
    }
}

/// One row of the fact × source matrix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatrixRow {
    /// "number of prisoners", "title · Donald Trump"
    pub label: String,
    pub disputed: bool,
    /// Article -> (value as worded, side index).
    pub cells: BTreeMap<usize, (String, usize)>,
}

/// The matrix of one round: a row per slot (quotes left out: they have no single value),
/// disputed rows first.
pub fn matrix_rows(analysis: &Analysis, round: Option<usize>) -> Vec<MatrixRow> {
    let mut rows: BTreeMap<(bool, String), MatrixRow> = BTreeMap::new();
    for c in &analysis.comparisons {
        if c.round != round || c.kind == SlotKind::Quote {
            continue;
        }
        let label = match &c.subject {
            Some(s) => format!("{} · {s}", c.slot),
            None => c.slot.clone(),
        };
        let disputed = c.verdict == Verdict::Dispute;
        let key = (!disputed, label.clone());
        let row = rows.entry(key).or_insert_with(|| MatrixRow {
            label,
            disputed,
            cells: BTreeMap::new(),
        });
        for (k, side) in c.sides.iter().enumerate() {
            for &claim in &side.claims {
                if let Some(claim) = analysis.claims.get(claim) {
                    row.cells
                        .entry(claim.article)
                        .or_insert_with(|| (claim.display.clone(), k));
                }
            }
        }
    }
    rows.into_values().collect()
}
