//! Renders `App` + `Analysis` into a ratatui frame: panes, highlighting, help, warnings and
//! the status line. Reads state, never changes it, never does I/O.

mod disputes;
mod theme;

use crate::analysis::{Analysis, EntityKind};
use crate::app::layout::Area;
use crate::app::reader::{heading, meta_line, Text, REMOVED_HEADING};
use crate::app::{App, Focus, Overlay, View};
use crate::input::bindings;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};
use ratatui::Frame;
pub use theme::Theme;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Draws the whole screen.
pub fn render(frame: &mut Frame, app: &App, analysis: &Analysis) {
    let theme = Theme::new(app.color);
    let area = frame.area();
    if area.width == 0 || area.height == 0 {
        return;
    }
    match app.view {
        View::Main => render_main(frame, app, analysis, &theme),
        View::Entities => render_entities(frame, app, analysis, &theme),
        View::Disputes => disputes::render_list(frame, app, analysis, &theme),
        View::Compare => disputes::render_side_by_side(frame, app, analysis, &theme),
        View::Matrix => disputes::render_matrix(frame, app, analysis, &theme),
    }
    render_status(frame, app, analysis, &theme);
    match app.overlay {
        Some(Overlay::Help) => {
            render_overlay(frame, app, "Help — Esc closes", help_lines(app, &theme))
        }
        Some(Overlay::Warnings) => render_overlay(
            frame,
            app,
            "Warnings — Esc closes",
            warning_lines(app, &theme),
        ),
        None => {}
    }
}

fn rect(area: Area) -> Rect {
    Rect::new(area.x, area.y, area.width, area.height)
}

fn pane_block<'a>(title: String, focused: bool, theme: &Theme) -> Block<'a> {
    let style = if focused {
        theme.focused_border()
    } else {
        theme.border()
    };
    Block::bordered().border_style(style).title(title)
}

fn render_main(frame: &mut Frame, app: &App, analysis: &Analysis, theme: &Theme) {
    let panes = app.panes();
    if panes.sources.width > 0 {
        render_sources(frame, app, analysis, theme, panes.sources);
    }
    if panes.reader.width > 0 {
        render_reader(frame, app, analysis, theme, panes.reader);
    }
}

fn render_sources(frame: &mut Frame, app: &App, analysis: &Analysis, theme: &Theme, area: Area) {
    let title = match app.entity_filter.and_then(|e| analysis.entities.get(e)) {
        Some(_) => format!(
            " Sources {}/{} ",
            app.visible.len(),
            analysis.articles.len()
        ),
        None => format!(" Sources ({}) ", app.visible.len()),
    };
    let block = pane_block(title, app.focus == Focus::Sources, theme);
    let inner = area.inner();
    let width = usize::from(inner.width);
    // Only the rows in view are built: the list may hold thousands of sources.
    let rows: Vec<Line> = app
        .visible
        .iter()
        .enumerate()
        .skip(app.list_offset)
        .take(usize::from(inner.height))
        .map(|(row, &index)| {
            let article = &analysis.articles[index];
            let date = article
                .published
                .map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_else(|| "—".to_string());
            let round = analysis
                .article_round
                .get(index)
                .copied()
                .flatten()
                .and_then(|r| analysis.rounds.get(r))
                .and_then(|r| r.number)
                .map_or("  ".to_string(), |n| format!("R{n}"));
            let right = format!(" {round} {date} {:>5}w", article.word_count());
            let left = article.display_name();
            let text = fit(&left, &right, width);
            let style = if row == app.selected {
                theme.selected(app.focus == Focus::Sources)
            } else {
                Style::new()
            };
            Line::styled(text, style)
        })
        .collect();
    if app.visible.is_empty() {
        frame.render_widget(
            Paragraph::new("no source matches the filter").block(block),
            rect(area),
        );
    } else {
        frame.render_widget(Paragraph::new(rows).block(block), rect(area));
    }
}

/// `left` and `right` on one row of `width` cells, `left` truncated with an ellipsis.
/// Widths are display cells, so CJK names and emoji line up.
fn fit(left: &str, right: &str, width: usize) -> String {
    let right_width = right.width();
    if width <= right_width + 2 {
        return truncate(left, width);
    }
    let room = width - right_width;
    let left = truncate(left, room);
    let pad = room.saturating_sub(left.width());
    format!("{left}{}{right}", " ".repeat(pad))
}

/// `text` cut to `width` display cells, with an ellipsis when cut.
fn truncate(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// A highlight to paint over part of a paragraph line, by byte range.
struct Mark {
    start: usize,
    end: usize,
    style: Style,
    rank: u8,
}

fn render_reader(frame: &mut Frame, app: &App, analysis: &Analysis, theme: &Theme, area: Area) {
    let Some(article) = app.open.and_then(|a| analysis.articles.get(a)) else {
        let block = pane_block(" Reader ".into(), app.focus == Focus::Reader, theme);
        frame.render_widget(Paragraph::new("no source open").block(block), rect(area));
        return;
    };
    let index = app.open.unwrap_or_default();
    let title = format!(" {} ", article.display_name());
    let block = pane_block(title, app.focus == Focus::Reader, theme);
    let inner = area.inner();
    let meta = meta_line(article);
    let title_text = heading(article);

    let marks = collect_marks(app, analysis, index, theme);
    let lines: Vec<Line> = app
        .wrapped
        .lines
        .iter()
        .skip(app.scroll)
        .take(usize::from(inner.height))
        .map(|line| match line.text {
            Text::Title => Line::styled(
                slice(&title_text, line.start, line.end).to_string(),
                theme.title(),
            ),
            Text::Meta => Line::styled(slice(&meta, line.start, line.end), theme.meta()),
            Text::Blank => Line::raw(""),
            Text::RemovedHeading => Line::styled(REMOVED_HEADING, theme.meta()),
            Text::Removed(i) => Line::styled(
                slice(
                    article.removed.get(i).map_or("", String::as_str),
                    line.start,
                    line.end,
                ),
                theme.removed(),
            ),
            Text::Paragraph(p) => {
                let text = article.paragraphs.get(p).map_or("", String::as_str);
                paint(text, line.start, line.end, marks_for(&marks, p))
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines).block(block), rect(area));
}

fn slice(text: &str, start: usize, end: usize) -> &str {
    text.get(start..end.min(text.len())).unwrap_or("")
}

/// Every highlight of the open article, per paragraph: search hits over the filter entity
/// over mention kinds.
fn collect_marks(
    app: &App,
    analysis: &Analysis,
    article: usize,
    theme: &Theme,
) -> Vec<(usize, Mark)> {
    let mut marks = disputes::disputed_marks(analysis, article, theme);
    for mention in analysis.mentions_of(article) {
        let filtered = app.entity_filter.is_some() && mention.entity == app.entity_filter;
        if filtered {
            marks.push((
                mention.paragraph,
                Mark {
                    start: mention.start,
                    end: mention.end,
                    style: theme.filter_entity(),
                    rank: 2,
                },
            ));
        } else if app.highlights {
            marks.push((
                mention.paragraph,
                Mark {
                    start: mention.start,
                    end: mention.end,
                    style: theme.kind(mention.kind),
                    rank: 1,
                },
            ));
        }
    }
    for (i, hit) in app.search.hits.iter().enumerate() {
        let current = app.search.current == Some(i);
        marks.push((
            hit.paragraph,
            Mark {
                start: hit.start,
                end: hit.end,
                style: theme.search_hit(current),
                rank: if current { 5 } else { 4 },
            },
        ));
    }
    marks
}

fn marks_for(marks: &[(usize, Mark)], paragraph: usize) -> Vec<&Mark> {
    marks
        .iter()
        .filter(|(p, _)| *p == paragraph)
        .map(|(_, m)| m)
        .collect()
}

/// Builds the spans of one wrapped line, `text[start..end]`, styling each byte with the
/// highest-ranked mark covering it.
fn paint<'a>(text: &'a str, start: usize, end: usize, marks: Vec<&Mark>) -> Line<'a> {
    let end = end.min(text.len());
    let mut cuts: Vec<usize> = vec![start, end];
    for mark in &marks {
        for cut in [mark.start, mark.end] {
            if cut > start && cut < end && text.is_char_boundary(cut) {
                cuts.push(cut);
            }
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    let spans: Vec<Span> = cuts
        .windows(2)
        .filter_map(|w| {
            let piece = text.get(w[0]..w[1])?;
            let style = marks
                .iter()
                .filter(|m| m.start <= w[0] && m.end >= w[1])
                .max_by_key(|m| m.rank)
                .map_or(Style::new(), |m| m.style);
            Some(Span::styled(piece, style))
        })
        .collect();
    Line::from(spans)
}

fn render_entities(frame: &mut Frame, app: &App, analysis: &Analysis, theme: &Theme) {
    let area = frame.area();
    let (list, detail) = crate::app::layout::views::list_and_detail(area.width, area.height);
    let (list_area, detail_area) = (rect(list), rect(detail));
    let inner_width = usize::from(list_area.width.saturating_sub(2));
    let inner_height = usize::from(list_area.height.saturating_sub(2));
    let rows: Vec<Line> = app
        .entity_rows
        .iter()
        .enumerate()
        .skip(app.entity_offset)
        .take(inner_height)
        .map(|(row, &e)| {
            let entity = &analysis.entities[e];
            let right = format!(" {}× {} src", entity.mentions.len(), entity.articles.len());
            let left = format!("{:<12} {}", entity.kind.name(), entity.name);
            let style = if row == app.entity_selected {
                theme.selected(true)
            } else {
                theme.kind(entity.kind)
            };
            Line::styled(fit(&left, &right, inner_width), style)
        })
        .collect();
    let title = format!(
        " Entities ({}) — Enter filters, Esc back ",
        app.entity_rows.len()
    );
    let list = if rows.is_empty() {
        Paragraph::new("no entities found")
    } else {
        Paragraph::new(rows)
    };
    frame.render_widget(list.block(pane_block(title, true, theme)), list_area);

    let detail = app
        .entity_rows
        .get(app.entity_selected)
        .and_then(|&e| analysis.entities.get(e))
        .map(|entity| entity_detail(entity, analysis, theme))
        .unwrap_or_default();
    frame.render_widget(
        Paragraph::new(detail)
            .wrap(Wrap { trim: false })
            .block(pane_block(" Details ".into(), false, theme)),
        detail_area,
    );
}

fn entity_detail<'a>(
    entity: &'a crate::analysis::Entity,
    analysis: &'a Analysis,
    theme: &Theme,
) -> Vec<Line<'a>> {
    let mut lines = vec![
        Line::styled(entity.name.as_str(), theme.title()),
        Line::styled(
            format!(
                "{} · {} mentions in {} sources",
                entity.kind.name(),
                entity.mentions.len(),
                entity.articles.len()
            ),
            theme.meta(),
        ),
        Line::raw(""),
    ];
    if entity.aliases.len() > 1 {
        lines.push(Line::raw(format!(
            "Also written: {}",
            entity.aliases[1..].join(", ")
        )));
        lines.push(Line::raw(""));
    }
    if entity.kind == EntityKind::Person && !entity.titles.is_empty() {
        lines.push(Line::styled("Title or role, per source:", theme.meta()));
        for (article, title) in &entity.titles {
            let source = analysis
                .articles
                .get(*article)
                .map(|a| a.display_name())
                .unwrap_or_default();
            lines.push(Line::from(vec![
                Span::raw(format!("  {} — ", truncate(&source, 36))),
                Span::styled(title.as_str(), theme.kind(EntityKind::Person)),
            ]));
        }
        lines.push(Line::raw(""));
    }
    lines.push(Line::styled("Sources:", theme.meta()));
    for &article in &entity.articles {
        if let Some(a) = analysis.articles.get(article) {
            lines.push(Line::raw(format!("  {}", a.display_name())));
        }
    }
    lines
}

fn render_status(frame: &mut Frame, app: &App, analysis: &Analysis, theme: &Theme) {
    let panes = app.panes();
    if panes.status.height == 0 {
        return;
    }
    let mut spans: Vec<Span> = Vec::new();
    if let Some(loading) = &app.loading {
        spans.push(Span::styled(format!("⏳ {loading} "), theme.message()));
    }
    if app.search.editing {
        spans.push(Span::styled(
            format!("/{}▏", app.search.query),
            theme.prompt(),
        ));
        spans.push(Span::raw("  Enter search · Esc cancel"));
    } else {
        if let Some(round) = app.round_filter.and_then(|r| analysis.rounds.get(r)) {
            spans.push(Span::styled(format!("[{} ✕a]", round.label), theme.chip()));
            spans.push(Span::raw(" "));
        }
        if let Some(entity) = app.entity_filter.and_then(|e| analysis.entities.get(e)) {
            spans.push(Span::styled(
                format!("[{}: {} ✕Esc]", entity.kind.name(), entity.name),
                theme.chip(),
            ));
            spans.push(Span::raw(" "));
        }
        if !app.search.hits.is_empty() {
            let current = app.search.current.map_or(0, |c| c + 1);
            spans.push(Span::styled(
                format!(
                    "[/{} {current}/{}]",
                    app.search.query,
                    app.search.hits.len()
                ),
                theme.chip(),
            ));
            spans.push(Span::raw(" "));
        }
        if let Some(message) = &app.message {
            spans.push(Span::styled(message.as_str(), theme.message()));
            spans.push(Span::raw(" "));
        }
        let hints = match app.view {
            View::Compare => {
                "j/k scroll both · ]d [d next/prev dispute · , . change sources · Esc back"
            }
            View::Disputes => "Enter side by side · r/R round · a all · Esc back",
            View::Matrix => "r/R round · j/k scroll · Esc back",
            View::Entities => "Enter filter sources · Esc back",
            View::Main => {
                "q quit · ? help · / search · e entities · d disputes · m matrix · r round"
            }
        };
        spans.push(Span::styled(hints, theme.meta()));
    }
    if !app.warnings.is_empty() {
        spans.push(Span::styled(
            format!("  ⚠ {} warning(s) (w)", app.warnings.len()),
            theme.warning(),
        ));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), rect(panes.status));
}

fn help_lines<'a>(app: &'a App, theme: &Theme) -> Vec<Line<'a>> {
    let mut lines = vec![Line::styled(
        "crosscheck — follow one story across many outlets",
        theme.title(),
    )];
    lines.push(Line::raw(""));
    let defaults: Vec<(String, &'static str)>;
    let rows = if app.help.is_empty() {
        defaults = bindings()
            .iter()
            .map(|b| (b.keys.join(" "), b.description))
            .collect();
        &defaults
    } else {
        &app.help
    };
    for (keys, description) in rows {
        lines.push(Line::from(vec![
            Span::styled(format!("{keys:<18}"), theme.chip()),
            Span::raw(*description),
        ]));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        "Highlights: person bold · organisation/place/facility underlined · values italic",
        theme.meta(),
    ));
    lines
}

fn warning_lines<'a>(app: &'a App, theme: &Theme) -> Vec<Line<'a>> {
    if app.warnings.is_empty() {
        return vec![Line::raw("No warnings: every input loaded cleanly.")];
    }
    app.warnings
        .iter()
        .map(|w| {
            Line::from(vec![
                Span::styled(w.path.as_str(), theme.warning()),
                Span::raw(": "),
                Span::raw(w.message.as_str()),
            ])
        })
        .collect()
}

fn render_overlay(frame: &mut Frame, app: &App, title: &str, lines: Vec<Line>) {
    let area = frame.area();
    let width = area.width.saturating_sub(4).clamp(1, 90).min(area.width);
    let height = area.height.saturating_sub(2).max(1).min(area.height);
    let popup = Rect::new(
        (area.width - width) / 2,
        (area.height - height) / 2,
        width,
        height,
    );
    let max_scroll = lines
        .len()
        .saturating_sub(usize::from(height.saturating_sub(2)));
    let scroll = app.overlay_scroll.min(max_scroll);
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((u16::try_from(scroll).unwrap_or(u16::MAX), 0))
            .block(Block::bordered().title(title.to_string())),
        popup,
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Modifier;

    #[test]
    fn fit_pads_and_truncates_to_the_width() {
        assert_eq!(fit("Kyiv", " 12w", 10), "Kyiv   12w");
        assert_eq!(fit("A very long outlet name", " 12w", 10), "A ver… 12w");
        assert_eq!(fit("abc", " 12w", 3), "abc");
        assert_eq!(fit("abcd", " 12w", 2), "a…");
        assert_eq!(fit("新华社通讯", " 9w", 10), "新华社… 9w");
    }

    #[test]
    fn paint_splits_a_line_at_mark_edges() {
        let text = "Rustem met Hakan at noon";
        let marks = [Mark {
            start: 11,
            end: 16,
            style: Style::new().add_modifier(Modifier::BOLD),
            rank: 1,
        }];
        let line = paint(text, 0, text.len(), marks.iter().collect());
        let pieces: Vec<&str> = line.spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(pieces, vec!["Rustem met ", "Hakan", " at noon"]);
        assert!(line.spans[1].style.add_modifier.contains(Modifier::BOLD));
    }
}
