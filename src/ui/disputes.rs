//! Drawing of the dispute views: the list of disputes with their evidence, the two
//! side-by-side panes with the disputed spans highlighted, and the fact × source matrix.

use super::{fit, paint, pane_block, truncate, Mark, Theme};
use crate::analysis::{Analysis, Comparison};
use crate::app::compare::{evidence_spans, Pane};
use crate::app::layout::views;
use crate::app::reader::{heading, meta_line, Text};
use crate::app::App;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use ratatui::Frame;

fn round_name(analysis: &Analysis, round: Option<usize>) -> String {
    round
        .and_then(|r| analysis.rounds.get(r))
        .map_or_else(|| "no round".to_string(), |r| r.label.clone())
}

fn source_names(analysis: &Analysis, articles: &[usize]) -> String {
    articles
        .iter()
        .filter_map(|&a| analysis.articles.get(a))
        .map(|a| a.display_name())
        .collect::<Vec<_>>()
        .join(", ")
}

/// One line per dispute: round, slot, and the values with their sources.
pub fn render_list(frame: &mut Frame, app: &App, analysis: &Analysis, theme: &Theme) {
    let area = frame.area();
    let (list, detail) = views::list_over_detail(area.width, area.height);
    let (list_area, detail_area) = (super::rect(list), super::rect(detail));
    let width = usize::from(list_area.width.saturating_sub(2));
    let rows: Vec<Line> = app
        .dispute_rows
        .iter()
        .enumerate()
        .skip(app.dispute_offset)
        .take(usize::from(list_area.height.saturating_sub(2)))
        .filter_map(|(row, &c)| {
            let comparison = analysis.comparisons.get(c)?;
            let round = comparison
                .round
                .and_then(|r| analysis.rounds.get(r))
                .and_then(|r| r.number)
                .map_or("R?".to_string(), |n| format!("R{n}"));
            let what = match &comparison.subject {
                Some(s) => format!("{} of {s}", comparison.slot),
                None => comparison.slot.clone(),
            };
            let values: Vec<String> = comparison
                .sides
                .iter()
                .map(|s| format!("“{}” ({})", s.value, s.articles.len()))
                .collect();
            let text = format!("{round}  {what}: {}", values.join(" vs "));
            let style = if row == app.dispute_selected {
                theme.selected(true)
            } else {
                theme.disputed()
            };
            Some(Line::styled(truncate(&text, width), style))
        })
        .collect();
    let title = format!(
        " Disputes ({}) · {} — Enter: side by side, Esc back ",
        app.dispute_rows.len(),
        app.round_filter
            .and_then(|r| analysis.rounds.get(r))
            .map_or("all rounds", |r| r.label.as_str())
    );
    let list = if rows.is_empty() {
        Paragraph::new("no disputes under these filters (r changes round, a shows all)")
    } else {
        Paragraph::new(rows)
    };
    frame.render_widget(list.block(pane_block(title, true, theme)), list_area);
    let detail = app
        .dispute_rows
        .get(app.dispute_selected)
        .and_then(|&c| analysis.comparisons.get(c))
        .map(|c| comparison_detail(c, analysis, theme))
        .unwrap_or_default();
    frame.render_widget(
        Paragraph::new(detail)
            .wrap(Wrap { trim: false })
            .block(pane_block(" Why flagged ".into(), false, theme)),
        detail_area,
    );
}

fn comparison_detail<'a>(
    c: &'a Comparison,
    analysis: &'a Analysis,
    theme: &Theme,
) -> Vec<Line<'a>> {
    let mut lines = vec![
        Line::styled(round_name(analysis, c.round), theme.meta()),
        Line::styled(c.why.as_str(), theme.title()),
        Line::raw(""),
    ];
    for side in &c.sides {
        lines.push(Line::from(vec![
            Span::styled(format!("“{}”", side.value), theme.disputed()),
            Span::raw(format!(
                " — {} ({} independent)",
                source_names(analysis, &side.articles),
                side.sources
            )),
        ]));
        for &claim in &side.claims {
            if let Some(claim) = analysis.claims.get(claim) {
                let source = analysis
                    .articles
                    .get(claim.article)
                    .map_or(String::new(), |a| a.id.clone());
                lines.push(Line::from(vec![
                    Span::styled(format!("  {source}: "), theme.meta()),
                    Span::raw(claim.evidence(&analysis.articles)),
                ]));
            }
        }
        lines.push(Line::raw(""));
    }
    lines
}

/// Two panes, the disputed spans highlighted in both.
pub fn render_side_by_side(frame: &mut Frame, app: &App, analysis: &Analysis, theme: &Theme) {
    let Some(view) = &app.side_by_side else {
        return;
    };
    let area = frame.area();
    let (header, left, right) = views::side_by_side(area.width, area.height);
    let comparison = analysis.comparisons.get(view.comparison);
    if let Some(header) = header {
        let why = comparison.map_or("", |c| c.why.as_str());
        frame.render_widget(
            Paragraph::new(Line::styled(
                truncate(why, usize::from(area.width)),
                theme.disputed(),
            )),
            super::rect(header),
        );
    }
    for (pane, area) in [(&view.left, left), (&view.right, right)] {
        render_pane(
            frame,
            analysis,
            theme,
            view.comparison,
            pane,
            super::rect(area),
        );
    }
}

fn render_pane(
    frame: &mut Frame,
    analysis: &Analysis,
    theme: &Theme,
    comparison: usize,
    pane: &Pane,
    area: Rect,
) {
    let Some(article) = analysis.articles.get(pane.article) else {
        return;
    };
    let spans = evidence_spans(analysis, comparison, pane.article);
    let side_of = |paragraph: usize| -> Vec<Mark> {
        spans
            .iter()
            .filter(|(p, _, _)| *p == paragraph)
            .map(|&(_, start, end)| Mark {
                start,
                end,
                style: theme.disputed_span(),
                rank: 5,
            })
            .collect()
    };
    let meta = meta_line(article);
    let title = heading(article);
    let lines: Vec<Line> = pane
        .wrapped
        .lines
        .iter()
        .skip(pane.scroll)
        .take(usize::from(area.height.saturating_sub(2)))
        .map(|line| match line.text {
            Text::Title => Line::styled(
                super::slice(&title, line.start, line.end).to_string(),
                theme.title(),
            ),
            Text::Meta => Line::styled(super::slice(&meta, line.start, line.end), theme.meta()),
            Text::Paragraph(p) => {
                let text = article.paragraphs.get(p).map_or("", String::as_str);
                let marks = side_of(p);
                paint(text, line.start, line.end, marks.iter().collect())
            }
            _ => Line::raw(""),
        })
        .collect();
    let block = pane_block(format!(" {} ", article.display_name()), true, theme);
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

/// Rows: the round's slots; columns: its sources; cells: each source's value.
pub fn render_matrix(frame: &mut Frame, app: &App, analysis: &Analysis, theme: &Theme) {
    let area = frame.area();
    let body = super::rect(views::matrix(area.width, area.height));
    let round = app.matrix_round(analysis);
    let title = format!(
        " Matrix · {} — r/R round, Esc back ",
        round_name(analysis, round)
    );
    let block = pane_block(title, true, theme);
    let inner_width = usize::from(body.width.saturating_sub(2));
    let sources: Vec<usize> = round
        .and_then(|r| analysis.rounds.get(r))
        .map(|r| r.articles.clone())
        .unwrap_or_default();
    let label_width = (inner_width / 3).clamp(1, 34);
    let room = inner_width.saturating_sub(label_width);
    let column = if sources.is_empty() {
        room.max(1)
    } else {
        (room / sources.len()).max(10)
    };
    let shown = (room / column.max(1)).min(sources.len());
    let mut lines = Vec::new();
    let mut header = vec![Span::styled(fit("slot", "", label_width), theme.meta())];
    for &a in sources.iter().take(shown) {
        let name = analysis
            .articles
            .get(a)
            .map_or(String::new(), |x| x.display_name());
        header.push(Span::styled(
            fit(&format!(" {name}"), "", column),
            theme.title(),
        ));
    }
    if shown < sources.len() {
        header.push(Span::styled(
            format!(" +{} more", sources.len() - shown),
            theme.meta(),
        ));
    }
    lines.push(Line::from(header));
    for row in app
        .matrix
        .iter()
        .skip(app.matrix_offset)
        .take(usize::from(body.height.saturating_sub(3)))
    {
        let marker = if row.disputed { "⚠ " } else { "  " };
        let label_style = if row.disputed {
            theme.disputed()
        } else {
            Style::new()
        };
        let mut spans = vec![Span::styled(
            fit(&format!("{marker}{}", row.label), "", label_width),
            label_style,
        )];
        for &a in sources.iter().take(shown) {
            let (text, style) = match row.cells.get(&a) {
                Some((value, side)) if row.disputed => (value.as_str(), theme.side(*side)),
                Some((value, _)) => (value.as_str(), Style::new()),
                None => ("·", theme.meta()),
            };
            spans.push(Span::styled(fit(&format!(" {text}"), "", column), style));
        }
        lines.push(Line::from(spans));
    }
    if app.matrix.is_empty() {
        lines.push(Line::raw("no claims in this round"));
    }
    frame.render_widget(Paragraph::new(lines).block(block), body);
}

/// The reader's marks for disputed claims of the open article.
pub fn disputed_marks(analysis: &Analysis, article: usize, theme: &Theme) -> Vec<(usize, Mark)> {
    analysis
        .disputed
        .get(article)
        .map_or(&[][..], Vec::as_slice)
        .iter()
        .filter_map(|&i| analysis.claims.get(i))
        .map(|claim| {
            (
                claim.paragraph,
                Mark {
                    start: claim.start,
                    end: claim.end,
                    style: theme.disputed_span(),
                    rank: 3,
                },
            )
        })
        .collect()
}
