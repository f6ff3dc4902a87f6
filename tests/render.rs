//! Render tests: whole screens through ratatui's TestBackend at several sizes (insta
//! snapshots), plus style checks on specific cells for highlighting.

use crosscheck::analysis::{analyze, Analysis};
use crosscheck::app::App;
use crosscheck::config::Config;
use crosscheck::corpus::load_seeds;
use crosscheck::input::{key_events, Keymap};
use crosscheck::ui;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;
use ratatui::Terminal;

fn seeds() -> Analysis {
    analyze(load_seeds().articles, &Config::default())
}

fn press(app: &mut App, analysis: &Analysis, script: &str) {
    let mut keymap = Keymap::default();
    for event in key_events(script) {
        if let Some(action) = keymap.map(&event, app.mode()) {
            app.update(analysis, action);
        }
    }
}

fn app_after(analysis: &Analysis, width: u16, height: u16, script: &str) -> App {
    let mut app = App::new(analysis, Vec::new(), width, height);
    press(&mut app, analysis, script);
    app
}

fn draw(analysis: &Analysis, app: &App) -> Buffer {
    let backend = TestBackend::new(app.width, app.height);
    let mut terminal = Terminal::new(backend).expect("test backend");
    terminal
        .draw(|frame| ui::render(frame, app, analysis))
        .expect("draw");
    terminal.backend().buffer().clone()
}

fn screen(buffer: &Buffer) -> String {
    let area = buffer.area;
    let mut out = String::new();
    for y in 0..area.height {
        for x in 0..area.width {
            out.push_str(buffer[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

#[test]
fn the_seeds_at_120x40() {
    let analysis = seeds();
    let app = app_after(&analysis, 120, 40, "");
    insta::assert_snapshot!(screen(&draw(&analysis, &app)));
}

#[test]
fn the_seeds_at_80x24() {
    let analysis = seeds();
    let app = app_after(&analysis, 80, 24, "j");
    insta::assert_snapshot!(screen(&draw(&analysis, &app)));
}

#[test]
fn the_reader_alone_at_20x5() {
    let analysis = seeds();
    let app = app_after(&analysis, 20, 5, "\n");
    insta::assert_snapshot!(screen(&draw(&analysis, &app)));
}

#[test]
fn help_at_80x24_lists_the_key_table() {
    let analysis = seeds();
    let app = app_after(&analysis, 80, 24, "?");
    let text = screen(&draw(&analysis, &app));
    for binding in crosscheck::input::bindings().iter().take(12) {
        assert!(
            text.contains(binding.description),
            "{}",
            binding.description
        );
    }
    insta::assert_snapshot!(text);
}

#[test]
fn every_size_down_to_one_cell_draws_without_panicking() {
    let analysis = seeds();
    for (w, h) in [
        (1, 1),
        (2, 1),
        (1, 3),
        (5, 2),
        (20, 5),
        (30, 8),
        (79, 24),
        (200, 60),
    ] {
        for script in ["", "\nG", "?", "e", "/the\nn", "w", "b\n"] {
            let app = app_after(&analysis, w, h, script);
            draw(&analysis, &app);
        }
    }
}

#[test]
fn search_hits_are_highlighted_in_the_reader() {
    let analysis = seeds();
    let app = app_after(&analysis, 120, 40, "/istanbul\n");
    assert!(!app.search.hits.is_empty(), "the first seed names Istanbul");
    let buffer = draw(&analysis, &app);
    let text = screen(&buffer);
    let row = text
        .lines()
        .position(|l| l.to_lowercase().contains("istanbul") && l.starts_with('│'))
        .or_else(|| {
            text.lines()
                .position(|l| l.to_lowercase().contains("istanbul"))
        })
        .expect("a visible hit");
    let line = text.lines().nth(row).expect("row");
    let col = line.to_lowercase().find("istanbul").expect("col");
    let x = line[..col].chars().count() as u16;
    let cell = &buffer[(x, row as u16)];
    assert!(
        cell.modifier.contains(Modifier::REVERSED),
        "hit at ({x},{row}) is not reversed: {cell:?}"
    );
}

#[test]
fn no_color_keeps_highlights_as_modifiers() {
    let analysis = seeds();
    let mut app = app_after(&analysis, 120, 40, "/istanbul\n");
    app.color = false;
    let buffer = draw(&analysis, &app);
    let colored = buffer
        .content()
        .iter()
        .filter(|c| c.fg != ratatui::style::Color::Reset || c.bg != ratatui::style::Color::Reset)
        .count();
    assert_eq!(colored, 0, "NO_COLOR must drop every colour");
    assert!(buffer
        .content()
        .iter()
        .any(|c| c.modifier.contains(Modifier::REVERSED)));
}

/// Index of the dispute whose sides mention both words.
fn select_dispute(app: &App, analysis: &Analysis, a: &str, b: &str) -> usize {
    app.dispute_rows
        .iter()
        .position(|&c| {
            let sides = &analysis.comparisons[c].sides;
            sides.iter().any(|s| s.value.contains(a)) && sides.iter().any(|s| s.value.contains(b))
        })
        .expect("the dispute is listed")
}

#[test]
fn round_1_weekday_dispute_side_by_side_shows_both_days_highlighted() {
    let analysis = seeds();
    // r selects the first round (round 1), d opens the disputes.
    let mut app = app_after(&analysis, 120, 40, "rd");
    let round = app.round_filter.expect("a round is selected");
    assert_eq!(analysis.rounds[round].number, Some(1));
    let row = select_dispute(&app, &analysis, "Thursday", "Friday");
    press(&mut app, &analysis, &format!("{}\n", "j".repeat(row)));
    let view = app.side_by_side.as_ref().expect("side by side is open");
    let ids: Vec<&str> = [view.left.article, view.right.article]
        .iter()
        .map(|&a| &analysis.articles[a].id[..3])
        .collect();
    assert!(ids.contains(&"003") && ids.contains(&"002"), "{ids:?}");
    let buffer = draw(&analysis, &app);
    let text = screen(&buffer);
    for day in ["Thursday", "Friday"] {
        let (row, line) = text
            .lines()
            .enumerate()
            .find(|(_, l)| l.contains(day) && !l.contains(" vs "))
            .unwrap_or_else(|| panic!("{day} not in view:\n{text}"));
        let col = line[..line.find(day).expect("col")].chars().count() as u16;
        let cell = &buffer[(col, row as u16)];
        assert!(
            cell.modifier.contains(Modifier::REVERSED)
                && cell.modifier.contains(Modifier::UNDERLINED),
            "{day} is not highlighted: {cell:?}"
        );
    }
    insta::assert_snapshot!(text);
}

#[test]
fn the_matrix_of_round_1_has_a_column_per_source() {
    let analysis = seeds();
    let app = app_after(&analysis, 120, 40, "rm");
    let text = screen(&draw(&analysis, &app));
    assert!(text.contains("Matrix · Round 1"), "{text}");
    assert!(text.contains("⚠ day of the event"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn the_disputes_list_at_80x24() {
    let analysis = seeds();
    let app = app_after(&analysis, 80, 24, "d");
    insta::assert_snapshot!(screen(&draw(&analysis, &app)));
}

#[test]
fn the_entity_browser_at_120x40() {
    let analysis = seeds();
    let app = app_after(&analysis, 120, 40, "e");
    insta::assert_snapshot!(screen(&draw(&analysis, &app)));
}
