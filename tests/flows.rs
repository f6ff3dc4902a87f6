//! Flow tests: key strings through `input` and `App::update` on the seeds, then assertions
//! on the view state — the entity filter, the round filter, and dispute navigation.

use crosscheck::analysis::{analyze, Analysis, EntityKind};
use crosscheck::app::{App, Focus, View};
use crosscheck::config::Config;
use crosscheck::corpus::load_seeds;
use crosscheck::input::{key_events, Keymap};

fn seeds() -> Analysis {
    analyze(load_seeds().articles, &Config::default())
}

fn press(app: &mut App, analysis: &Analysis, keymap: &mut Keymap, script: &str) {
    for event in key_events(script) {
        if let Some(action) = keymap.map(&event, app.mode()) {
            app.update(analysis, action);
        }
    }
}

/// Moves the entity browser's cursor to the entity with this name.
fn choose_entity(app: &mut App, analysis: &Analysis, keymap: &mut Keymap, name: &str) -> usize {
    press(app, analysis, keymap, "e");
    let row = app
        .entity_rows
        .iter()
        .position(|&e| analysis.entities[e].name == name)
        .unwrap_or_else(|| panic!("{name} is in the browser"));
    for _ in 0..row {
        press(app, analysis, keymap, "j");
    }
    app.entity_rows[row]
}

#[test]
fn choosing_an_entity_filters_the_sources_and_n_jumps_between_its_mentions() {
    let analysis = seeds();
    let mut keymap = Keymap::default();
    let mut app = App::new(&analysis, Vec::new(), 120, 40);
    let bosphorus = analysis
        .entities
        .iter()
        .position(|e| e.name.contains("Bosphorus"))
        .expect("the Bosphorus is found");
    assert_eq!(analysis.entities[bosphorus].kind, EntityKind::Place);
    let name = analysis.entities[bosphorus].name.clone();
    let chosen = choose_entity(&mut app, &analysis, &mut keymap, &name);
    press(&mut app, &analysis, &mut keymap, "\n");
    assert_eq!(app.view, View::Main);
    assert_eq!(app.entity_filter, Some(chosen));
    assert_eq!(app.visible, analysis.entities[chosen].articles);
    assert!(app.visible.len() < analysis.articles.len());

    press(&mut app, &analysis, &mut keymap, "n");
    assert_eq!(app.focus, Focus::Reader);
    let open = app.open.expect("an article is open");
    let mention = analysis
        .mentions_of(open)
        .find(|m| m.entity == Some(chosen))
        .expect("the open article mentions it");
    let line = app
        .wrapped
        .line_of(mention.paragraph, mention.start)
        .expect("its line");
    assert!(line >= app.scroll && line < app.scroll + app.reader_height());

    press(&mut app, &analysis, &mut keymap, "<Esc><Esc>");
    assert_eq!(app.entity_filter, None);
    assert_eq!(app.visible.len(), analysis.articles.len());
}

#[test]
fn the_round_filter_composes_with_the_entity_filter() {
    let analysis = seeds();
    let mut keymap = Keymap::default();
    let mut app = App::new(&analysis, Vec::new(), 120, 40);
    let most_named = analysis
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .max_by_key(|e| e.articles.len())
        .expect("a person")
        .name
        .clone();
    choose_entity(&mut app, &analysis, &mut keymap, &most_named);
    press(&mut app, &analysis, &mut keymap, "\n");
    let with_entity = app.visible.clone();
    press(&mut app, &analysis, &mut keymap, "r");
    let round = app.round_filter.expect("a round");
    assert!(app
        .visible
        .iter()
        .all(|a| with_entity.contains(a) && analysis.article_round[*a] == Some(round)));
    press(&mut app, &analysis, &mut keymap, "a");
    assert_eq!(app.round_filter, None);
    assert_eq!(app.visible, with_entity);
}

#[test]
fn bracket_d_steps_through_the_disputes_side_by_side() {
    let analysis = seeds();
    let mut keymap = Keymap::default();
    let mut app = App::new(&analysis, Vec::new(), 120, 40);
    press(&mut app, &analysis, &mut keymap, "d\n");
    assert_eq!(app.view, View::Compare);
    let first = app.side_by_side.as_ref().expect("open").comparison;
    press(&mut app, &analysis, &mut keymap, "]d");
    let second = app.side_by_side.as_ref().expect("open").comparison;
    assert_ne!(first, second);
    press(&mut app, &analysis, &mut keymap, "[d");
    assert_eq!(app.side_by_side.as_ref().expect("open").comparison, first);
    // Scrolling moves both panes together.
    let before = {
        let v = app.side_by_side.as_ref().expect("open");
        (v.left.scroll, v.right.scroll)
    };
    press(&mut app, &analysis, &mut keymap, "<C-d>");
    let after = {
        let v = app.side_by_side.as_ref().expect("open");
        (v.left.scroll, v.right.scroll)
    };
    assert!(after.0 >= before.0 && after.1 >= before.1 && after != before);
    // `,` puts another source in the left pane.
    let left = app.side_by_side.as_ref().expect("open").left.article;
    press(&mut app, &analysis, &mut keymap, ",");
    assert_ne!(app.side_by_side.as_ref().expect("open").left.article, left);
    press(&mut app, &analysis, &mut keymap, "<Esc>");
    assert_eq!(app.view, View::Disputes);
}
