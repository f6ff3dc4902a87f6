//! View state only — selection, focus, filters, scroll, overlays, the search prompt — and
//! `App::update(Action)`. No terminal here: every behaviour is testable with key scripts.

pub mod action;
pub mod compare;
pub mod layout;
pub mod reader;

use crate::analysis::{Analysis, Verdict};
use crate::corpus::Warning;
use action::{Action, Mode};
use compare::{MatrixRow, SideBySide};
use layout::Panes;
use reader::Wrapped;
use regex::RegexBuilder;

/// Which pane of the main screen has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Sources,
    Reader,
}

/// What fills the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// Source list and reader.
    Main,
    /// Entities grouped by kind, with details of the selected one.
    Entities,
    /// The disputes of the round, with why each was flagged.
    Disputes,
    /// Two sources side by side on one dispute.
    Compare,
    /// Slots of the round × sources.
    Matrix,
}

/// A window over the main screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Help,
    Warnings,
}

/// What the event loop should do after an update.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    None,
    Quit,
}

/// A found span in the open article: paragraph and byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
}

/// The search prompt and its results in the open article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    pub query: String,
    /// The prompt is open and keys are typed into it.
    pub editing: bool,
    pub hits: Vec<Hit>,
    pub current: Option<usize>,
}

/// All view state of the reader.
#[derive(Debug, Clone)]
pub struct App {
    pub view: View,
    pub focus: Focus,
    pub overlay: Option<Overlay>,
    /// Scroll of the open overlay, in lines.
    pub overlay_scroll: usize,
    /// Article indices that pass the filters, in list order.
    pub visible: Vec<usize>,
    /// Index into `visible`.
    pub selected: usize,
    /// First visible row of the source list.
    pub list_offset: usize,
    /// The article in the reader, as an index into `Analysis::articles`.
    pub open: Option<usize>,
    pub scroll: usize,
    pub wrapped: Wrapped,
    pub show_removed: bool,
    pub highlights: bool,
    pub search: Search,
    /// The entity that filters the source list, as an index into `Analysis::entities`.
    pub entity_filter: Option<usize>,
    /// Entity browser rows (entity indices, grouped by kind) and the selection in them.
    pub entity_rows: Vec<usize>,
    pub entity_selected: usize,
    pub entity_offset: usize,
    /// Which mention of the filter entity `n`/`N` last jumped to.
    pub mention_cursor: Option<usize>,
    /// The round that filters every view, as an index into `Analysis::rounds`.
    pub round_filter: Option<usize>,
    /// Disputes passing the filters (indices into `Analysis::comparisons`).
    pub dispute_rows: Vec<usize>,
    pub dispute_selected: usize,
    pub dispute_offset: usize,
    pub side_by_side: Option<SideBySide>,
    pub matrix: Vec<MatrixRow>,
    pub matrix_offset: usize,
    pub warnings: Vec<Warning>,
    pub width: u16,
    pub height: u16,
    /// False when NO_COLOR is set: the ui then marks with bold/underline/reverse only.
    pub color: bool,
    /// A one-line message for the status bar ("no match for …").
    pub message: Option<String>,
    /// The corpus is still loading: what the status line says about it.
    pub loading: Option<String>,
    /// Keys and descriptions for the help overlay, from the keymap in use (set by the
    /// event loop; empty means the default table).
    pub help: Vec<(String, &'static str)>,
}

impl App {
    pub fn new(analysis: &Analysis, warnings: Vec<Warning>, width: u16, height: u16) -> App {
        let entity_rows = analysis.entities_by_kind();
        let mut app = App {
            view: View::Main,
            focus: Focus::Sources,
            overlay: None,
            overlay_scroll: 0,
            visible: (0..analysis.articles.len()).collect(),
            selected: 0,
            list_offset: 0,
            open: None,
            scroll: 0,
            wrapped: Wrapped::default(),
            show_removed: false,
            highlights: true,
            search: Search::default(),
            entity_filter: None,
            entity_rows,
            entity_selected: 0,
            entity_offset: 0,
            mention_cursor: None,
            round_filter: None,
            dispute_rows: Vec::new(),
            dispute_selected: 0,
            dispute_offset: 0,
            side_by_side: None,
            matrix: Vec::new(),
            matrix_offset: 0,
            warnings,
            width,
            height,
            color: true,
            message: None,
            loading: None,
            help: Vec::new(),
        };
        app.apply_filters(analysis);
        app.open = app.visible.first().copied();
        app.refresh(analysis);
        app
    }

    /// The pane geometry for the current size and focus.
    pub fn panes(&self) -> Panes {
        layout::panes(self.width, self.height, self.focus == Focus::Reader)
    }

    /// Whether keys go to a prompt or to commands.
    pub fn mode(&self) -> Mode {
        if self.search.editing {
            Mode::Prompt
        } else {
            Mode::Normal
        }
    }

    /// The article under the cursor in the source list.
    pub fn selected_article(&self) -> Option<usize> {
        self.visible.get(self.selected).copied()
    }

    /// Lines of the reader pane's inside.
    pub fn reader_height(&self) -> usize {
        usize::from(self.panes().reader.inner().height)
    }

    fn list_height(&self) -> usize {
        use layout::views;
        let (w, h) = (self.width, self.height);
        let area = match self.view {
            View::Main => self.panes().sources,
            View::Disputes => views::list_over_detail(w, h).0,
            View::Entities => views::list_and_detail(w, h).0,
            View::Compare => views::side_by_side(w, h).1,
            // One header row inside the matrix border.
            View::Matrix => layout::Area {
                height: views::matrix(w, h).height.saturating_sub(1),
                ..views::matrix(w, h)
            },
        };
        usize::from(area.inner().height)
    }

    /// Applies one action. Returns what the event loop must do next.
    pub fn update(&mut self, analysis: &Analysis, action: Action) -> Effect {
        self.message = None;
        let effect = self.apply(analysis, action);
        self.refresh(analysis);
        effect
    }

    fn apply(&mut self, analysis: &Analysis, action: Action) -> Effect {
        if self.search.editing {
            return self.apply_prompt(analysis, action);
        }
        if let Some(overlay) = self.overlay {
            return self.apply_overlay(overlay, action);
        }
        match action {
            Action::Quit => return Effect::Quit,
            Action::Help => self.open_overlay(Overlay::Help),
            Action::Warnings => self.open_overlay(Overlay::Warnings),
            Action::Resize(w, h) => {
                self.width = w;
                self.height = h;
            }
            Action::Close => self.close(analysis),
            Action::Entities => self.toggle_view(View::Entities),
            Action::Disputes => self.toggle_view(View::Disputes),
            Action::Matrix => {
                self.toggle_view(View::Matrix);
                self.matrix = compare::matrix_rows(analysis, self.matrix_round(analysis));
                self.matrix_offset = 0;
            }
            Action::NextRound => self.step_round(analysis, true),
            Action::PrevRound => self.step_round(analysis, false),
            Action::AllRounds => {
                self.round_filter = None;
                self.after_round_change(analysis);
            }
            Action::NextDispute => self.step_dispute(analysis, true),
            Action::PrevDispute => self.step_dispute(analysis, false),
            Action::CycleLeft | Action::CycleRight if self.view == View::Compare => {
                let (w, h) = (self.width, self.height);
                if let Some(view) = &mut self.side_by_side {
                    view.cycle(analysis, action == Action::CycleLeft, w, h);
                }
            }
            Action::NextMatch | Action::PrevMatch if self.view == View::Compare => {
                self.step_dispute(analysis, action == Action::NextMatch)
            }
            Action::ToggleRemoved => self.show_removed = !self.show_removed,
            Action::ToggleHighlights => self.highlights = !self.highlights,
            Action::FocusNext if self.view == View::Main => {
                self.focus = match self.focus {
                    Focus::Sources => Focus::Reader,
                    Focus::Reader => Focus::Sources,
                };
            }
            Action::Search if self.view == View::Main => {
                self.search = Search {
                    editing: true,
                    ..Search::default()
                };
            }
            Action::NextMatch => self.jump(analysis, true),
            Action::PrevMatch => self.jump(analysis, false),
            Action::Open => self.open_selected(analysis),
            motion => self.apply_motion(motion),
        }
        Effect::None
    }

    fn toggle_view(&mut self, view: View) {
        self.view = if self.view == view { View::Main } else { view };
    }

    /// The round the matrix shows: the filter, else the first round.
    pub fn matrix_round(&self, analysis: &Analysis) -> Option<usize> {
        self.round_filter
            .or_else(|| analysis.rounds.iter().position(|r| !r.unassigned))
    }

    /// r / R: all -> first round -> ... -> last -> all.
    fn step_round(&mut self, analysis: &Analysis, forward: bool) {
        let count = analysis.rounds.len();
        if count == 0 {
            self.message = Some("no rounds found".to_string());
            return;
        }
        self.round_filter = match (self.round_filter, forward) {
            (None, true) => Some(0),
            (None, false) => Some(count - 1),
            (Some(r), true) if r + 1 < count => Some(r + 1),
            (Some(r), false) if r > 0 => Some(r - 1),
            _ => None,
        };
        self.after_round_change(analysis);
        self.message = Some(match self.round_filter {
            Some(r) => format!("showing {}", analysis.rounds[r].label),
            None => "showing all rounds".to_string(),
        });
    }

    /// Everything a new round filter changes: the lists, the matrix, and the side-by-side
    /// panes, which go back to the dispute list since their dispute may be filtered out.
    fn after_round_change(&mut self, analysis: &Analysis) {
        self.apply_filters(analysis);
        self.matrix = compare::matrix_rows(analysis, self.matrix_round(analysis));
        self.matrix_offset = 0;
        if self.view == View::Compare {
            self.view = View::Disputes;
            self.side_by_side = None;
        }
    }

    /// ]d / [d: the next dispute, side by side.
    fn step_dispute(&mut self, analysis: &Analysis, forward: bool) {
        if self.dispute_rows.is_empty() {
            self.message = Some("no disputes under these filters".to_string());
            return;
        }
        let count = self.dispute_rows.len();
        if self.view == View::Compare || self.view == View::Disputes {
            self.dispute_selected = if forward {
                (self.dispute_selected + 1) % count
            } else {
                (self.dispute_selected + count - 1) % count
            };
        }
        self.open_dispute(analysis);
    }

    fn open_dispute(&mut self, analysis: &Analysis) {
        let Some(&comparison) = self.dispute_rows.get(self.dispute_selected) else {
            return;
        };
        self.side_by_side = SideBySide::open(analysis, comparison, self.width, self.height);
        if self.side_by_side.is_some() {
            self.view = View::Compare;
        }
    }

    fn open_overlay(&mut self, overlay: Overlay) {
        self.overlay = Some(overlay);
        self.overlay_scroll = 0;
    }

    fn apply_overlay(&mut self, overlay: Overlay, action: Action) -> Effect {
        let effect = self.scroll_overlay(overlay, action);
        // Never scroll past the last line, so `k` answers at once after many `j`s.
        let lines = match overlay {
            Overlay::Help => self.help.len().max(action::bindings().len()) + 5,
            Overlay::Warnings => self.warnings.len().max(1),
        };
        self.overlay_scroll = self.overlay_scroll.min(lines.saturating_sub(1));
        effect
    }

    fn scroll_overlay(&mut self, overlay: Overlay, action: Action) -> Effect {
        match action {
            Action::Quit => return Effect::Quit,
            Action::Close => self.overlay = None,
            Action::Help if overlay == Overlay::Help => self.overlay = None,
            Action::Warnings if overlay == Overlay::Warnings => self.overlay = None,
            Action::Help => self.open_overlay(Overlay::Help),
            Action::Warnings => self.open_overlay(Overlay::Warnings),
            Action::Resize(w, h) => {
                self.width = w;
                self.height = h;
            }
            Action::MoveDown => self.overlay_scroll += 1,
            Action::Scroll(n) => self.overlay_scroll = offset(self.overlay_scroll, n as isize),
            Action::MoveUp => self.overlay_scroll = self.overlay_scroll.saturating_sub(1),
            Action::Top => self.overlay_scroll = 0,
            Action::PageDown | Action::HalfPageDown => {
                self.overlay_scroll += usize::from(self.height / 2).max(1)
            }
            Action::PageUp | Action::HalfPageUp => {
                self.overlay_scroll = self
                    .overlay_scroll
                    .saturating_sub(usize::from(self.height / 2).max(1))
            }
            _ => {}
        }
        Effect::None
    }

    fn apply_prompt(&mut self, analysis: &Analysis, action: Action) -> Effect {
        match action {
            Action::Quit => return Effect::Quit,
            Action::Type(c) => self.search.query.push(c),
            Action::Backspace => {
                self.search.query.pop();
            }
            Action::Close => self.search = Search::default(),
            Action::Submit => {
                self.search.editing = false;
                self.find_hits(analysis);
                if self.search.hits.is_empty() && !self.search.query.is_empty() {
                    self.message = Some(format!("no match for “{}”", self.search.query));
                } else if !self.search.hits.is_empty() {
                    self.search.current = Some(0);
                    self.focus = Focus::Reader;
                    self.scroll_to_current_hit();
                }
            }
            Action::Resize(w, h) => {
                self.width = w;
                self.height = h;
            }
            _ => {}
        }
        Effect::None
    }

    /// Esc on the main screen: the innermost thing first — search, then filter, then view.
    fn close(&mut self, analysis: &Analysis) {
        if !self.search.query.is_empty() {
            self.search = Search::default();
        } else if self.view == View::Compare {
            self.view = View::Disputes;
        } else if self.view != View::Main {
            self.view = View::Main;
        } else if self.entity_filter.is_some() {
            self.entity_filter = None;
            self.mention_cursor = None;
            self.apply_filters(analysis);
        } else if self.round_filter.is_some() {
            self.round_filter = None;
            self.apply_filters(analysis);
        } else if self.focus == Focus::Reader {
            self.focus = Focus::Sources;
        }
    }

    fn open_selected(&mut self, analysis: &Analysis) {
        match self.view {
            View::Main => {
                if let Some(article) = self.selected_article() {
                    self.show_article(article);
                    self.focus = Focus::Reader;
                }
            }
            View::Disputes => self.open_dispute(analysis),
            View::Compare | View::Matrix => {}
            View::Entities => {
                if let Some(&entity) = self.entity_rows.get(self.entity_selected) {
                    self.entity_filter = Some(entity);
                    self.view = View::Main;
                    self.apply_filters(analysis);
                    self.mention_cursor = None;
                    self.message = Some(format!(
                        "{} source(s) mention {}",
                        self.visible.len(),
                        analysis.entities[entity].name
                    ));
                }
            }
        }
    }

    fn show_article(&mut self, article: usize) {
        if self.open != Some(article) {
            self.open = Some(article);
            self.scroll = 0;
            self.search.hits.clear();
            self.search.current = None;
            self.mention_cursor = None;
        }
    }

    /// Recomputes `visible` from the filters, keeping the selection on the same article
    /// when it still passes.
    fn apply_filters(&mut self, analysis: &Analysis) {
        let keep = self.selected_article();
        let entity = self.entity_filter.and_then(|e| analysis.entities.get(e));
        let round = self.round_filter.and_then(|r| analysis.rounds.get(r));
        self.visible = match (entity, round) {
            (Some(e), Some(r)) => e
                .articles
                .iter()
                .copied()
                .filter(|a| r.articles.binary_search(a).is_ok())
                .collect(),
            (Some(e), None) => e.articles.clone(),
            (None, Some(r)) => r.articles.clone(),
            (None, None) => (0..analysis.articles.len()).collect(),
        };
        let kept_dispute = self.dispute_rows.get(self.dispute_selected).copied();
        self.dispute_rows = analysis
            .comparisons
            .iter()
            .enumerate()
            .filter(|(_, c)| c.verdict == Verdict::Dispute)
            .filter(|(_, c)| self.round_filter.is_none() || c.round == self.round_filter)
            .filter(|(_, c)| {
                self.entity_filter
                    .is_none_or(|e| crate::analysis::comparison_involves(analysis, c, e))
            })
            .map(|(i, _)| i)
            .collect();
        self.dispute_selected = kept_dispute
            .and_then(|c| self.dispute_rows.iter().position(|&r| r == c))
            .unwrap_or(0);
        self.selected = keep
            .and_then(|a| self.visible.iter().position(|&v| v == a))
            .unwrap_or(0);
        self.list_offset = 0;
        match self.selected_article() {
            Some(article) => self.show_article(article),
            // Nothing passes the filters: the reader must not keep a filtered-out article.
            None => {
                self.open = None;
                self.scroll = 0;
            }
        }
    }

    fn apply_motion(&mut self, action: Action) {
        let page = match self.focus {
            Focus::Reader if self.view == View::Main => self.reader_height(),
            _ => self.list_height(),
        }
        .max(1) as isize;
        let delta: isize = match action {
            Action::MoveDown => 1,
            Action::MoveUp => -1,
            Action::PageDown => page,
            Action::PageUp => -page,
            Action::HalfPageDown => (page / 2).max(1),
            Action::HalfPageUp => -(page / 2).max(1),
            Action::Scroll(n) => n as isize,
            Action::Top => isize::MIN / 2,
            Action::Bottom => isize::MAX / 2,
            _ => return,
        };
        match (self.view, self.focus) {
            (View::Entities, _) => {
                let last = self.entity_rows.len().saturating_sub(1);
                self.entity_selected = offset(self.entity_selected, delta).min(last);
            }
            (View::Disputes, _) => {
                let last = self.dispute_rows.len().saturating_sub(1);
                self.dispute_selected = offset(self.dispute_selected, delta).min(last);
            }
            (View::Compare, _) => {
                let height = self.height;
                if let Some(view) = &mut self.side_by_side {
                    let delta = delta.clamp(-(1 << 30), 1 << 30);
                    view.scroll(delta, height);
                }
            }
            (View::Matrix, _) => {
                let last = self.matrix.len().saturating_sub(1);
                self.matrix_offset = offset(self.matrix_offset, delta).min(last);
            }
            (View::Main, Focus::Sources) => {
                let last = self.visible.len().saturating_sub(1);
                self.selected = offset(self.selected, delta).min(last);
                // Moving the cursor shows the article at once, like a mail reader.
                if let Some(article) = self.selected_article() {
                    self.show_article(article);
                }
            }
            (View::Main, Focus::Reader) => self.scroll = offset(self.scroll, delta),
        }
    }

    /// n / N: the next search hit, or else the next mention of the filter entity.
    fn jump(&mut self, analysis: &Analysis, forward: bool) {
        if !self.search.hits.is_empty() {
            let count = self.search.hits.len();
            let current = self.search.current.unwrap_or(0);
            self.search.current = Some(if forward {
                (current + 1) % count
            } else {
                (current + count - 1) % count
            });
            self.focus = Focus::Reader;
            self.scroll_to_current_hit();
            return;
        }
        let (Some(entity), Some(article)) = (self.entity_filter, self.open) else {
            return;
        };
        let spans: Vec<(usize, usize)> = analysis
            .mentions_of(article)
            .filter(|m| m.entity == Some(entity))
            .map(|m| (m.paragraph, m.start))
            .collect();
        if spans.is_empty() {
            self.message = Some("no mention in this source".to_string());
            return;
        }
        let count = spans.len();
        let next = match self.mention_cursor {
            None => 0,
            Some(c) if forward => (c + 1) % count,
            Some(c) => (c + count - 1) % count,
        };
        self.mention_cursor = Some(next);
        self.focus = Focus::Reader;
        let (paragraph, start) = spans[next];
        self.scroll_to(paragraph, start);
    }

    fn find_hits(&mut self, analysis: &Analysis) {
        self.search.hits.clear();
        self.search.current = None;
        let (Some(article), false) = (self.open, self.search.query.is_empty()) else {
            return;
        };
        let Ok(pattern) = RegexBuilder::new(&regex::escape(&self.search.query))
            .case_insensitive(true)
            .build()
        else {
            return;
        };
        if let Some(article) = analysis.articles.get(article) {
            for (paragraph, text) in article.paragraphs.iter().enumerate() {
                for found in pattern.find_iter(text) {
                    self.search.hits.push(Hit {
                        paragraph,
                        start: found.start(),
                        end: found.end(),
                    });
                }
            }
        }
    }

    fn scroll_to_current_hit(&mut self) {
        if let Some(hit) = self.search.current.and_then(|i| self.search.hits.get(i)) {
            let (paragraph, start) = (hit.paragraph, hit.start);
            self.scroll_to(paragraph, start);
        }
    }

    /// Scrolls so the line holding the span sits a third of the way down the pane: the
    /// reader sees what leads up to it.
    fn scroll_to(&mut self, paragraph: usize, start: usize) {
        if let Some(line) = self.wrapped.line_of(paragraph, start) {
            self.scroll = line.saturating_sub(self.reader_height() / 3);
        }
    }

    /// Brings derived state up to date: the wrap cache and scroll clamps.
    fn refresh(&mut self, analysis: &Analysis) {
        let width = self.panes().reader.inner().width.max(1);
        let wanted = (self.open, width, self.show_removed);
        if (
            self.wrapped.article,
            self.wrapped.width,
            self.wrapped.show_removed,
        ) != wanted
        {
            self.wrapped = match self
                .open
                .and_then(|a| analysis.articles.get(a).map(|x| (a, x)))
            {
                Some((index, article)) => reader::wrap(article, index, width, self.show_removed),
                None => Wrapped::default(),
            };
            if self.search.current.is_some() {
                self.scroll_to_current_hit();
            }
        }
        let max_scroll = self
            .wrapped
            .lines
            .len()
            .saturating_sub(self.reader_height().max(1));
        self.scroll = self.scroll.min(max_scroll);
        self.selected = self.selected.min(self.visible.len().saturating_sub(1));
        self.list_offset = keep_in_view(self.list_offset, self.selected, self.list_height());
        self.entity_selected = self
            .entity_selected
            .min(self.entity_rows.len().saturating_sub(1));
        self.entity_offset =
            keep_in_view(self.entity_offset, self.entity_selected, self.list_height());
        self.dispute_offset = keep_in_view(
            self.dispute_offset,
            self.dispute_selected,
            self.list_height(),
        );
        let (w, h) = (self.width, self.height);
        if let Some(view) = &mut self.side_by_side {
            let before = view.left.wrapped.width;
            view.rewrap(analysis, w, h);
            if view.left.wrapped.width != before {
                view.align(analysis, h);
            }
        }
    }
}

/// `base + delta`, clamped at zero.
fn offset(base: usize, delta: isize) -> usize {
    if delta < 0 {
        base.saturating_sub(delta.unsigned_abs())
    } else {
        base.saturating_add(delta as usize)
    }
}

/// The first row to draw so that `selected` is inside a window of `height` rows.
fn keep_in_view(first: usize, selected: usize, height: usize) -> usize {
    let height = height.max(1);
    if selected < first {
        selected
    } else if selected >= first + height {
        selected + 1 - height
    } else {
        first
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;
    use crate::config::Config;
    use crate::corpus::Article;
    use crate::input::{key_events, Keymap};

    fn corpus() -> Analysis {
        let long: Vec<String> = (0..40)
            .map(|i| format!("Paragraph {i} says the talks went on. The needle is here."))
            .collect();
        let articles = vec![
            Article {
                id: "a".into(),
                title: Some("First".into()),
                paragraphs: long,
                ..Default::default()
            },
            Article {
                id: "b".into(),
                title: Some("Second".into()),
                paragraphs: vec!["Short text without it.".into()],
                ..Default::default()
            },
        ];
        analyze(articles, &Config::default())
    }

    fn run(app: &mut App, analysis: &Analysis, script: &str) -> Effect {
        let mut keymap = Keymap::default();
        let mut effect = Effect::None;
        for event in key_events(script) {
            if let Some(action) = keymap.map(&event, app.mode()) {
                effect = app.update(analysis, action);
                if effect == Effect::Quit {
                    break;
                }
            }
        }
        effect
    }

    #[test]
    fn moving_down_the_list_opens_the_next_article() {
        let analysis = corpus();
        let mut app = App::new(&analysis, vec![], 120, 40);
        assert_eq!(app.open, Some(0));
        run(&mut app, &analysis, "j");
        assert_eq!(app.open, Some(1));
        run(&mut app, &analysis, "jjjj");
        assert_eq!(app.selected, 1, "the cursor stops at the last source");
    }

    #[test]
    fn enter_focuses_the_reader_and_j_scrolls_it() {
        let analysis = corpus();
        let mut app = App::new(&analysis, vec![], 120, 40);
        run(&mut app, &analysis, "\njj");
        assert_eq!(app.focus, Focus::Reader);
        assert_eq!(app.scroll, 2);
        run(&mut app, &analysis, "G");
        let max = app.wrapped.lines.len() - app.reader_height();
        assert_eq!(app.scroll, max);
        run(&mut app, &analysis, "g");
        assert_eq!(app.scroll, 0);
    }

    #[test]
    fn search_finds_hits_and_n_cycles_through_them() {
        let analysis = corpus();
        let mut app = App::new(&analysis, vec![], 120, 40);
        run(&mut app, &analysis, "/NEEDLE\n");
        assert_eq!(app.search.hits.len(), 40);
        assert_eq!(app.search.current, Some(0));
        run(&mut app, &analysis, "nnN");
        assert_eq!(app.search.current, Some(1));
        run(&mut app, &analysis, "N");
        run(&mut app, &analysis, "N");
        assert_eq!(app.search.current, Some(39), "N wraps around");
        let hit = app.search.hits[39];
        let line = app.wrapped.line_of(hit.paragraph, hit.start).expect("line");
        assert!(line >= app.scroll && line < app.scroll + app.reader_height());
    }

    #[test]
    fn a_search_without_hits_says_so() {
        let analysis = corpus();
        let mut app = App::new(&analysis, vec![], 120, 40);
        run(&mut app, &analysis, "/zebra\n");
        assert!(app.search.hits.is_empty());
        assert_eq!(app.message.as_deref(), Some("no match for “zebra”"));
    }

    #[test]
    fn q_typed_in_the_search_prompt_does_not_quit() {
        let analysis = corpus();
        let mut app = App::new(&analysis, vec![], 120, 40);
        assert_eq!(run(&mut app, &analysis, "/q"), Effect::None);
        assert_eq!(app.search.query, "q");
        assert_eq!(run(&mut app, &analysis, "<Esc>q"), Effect::Quit);
    }

    #[test]
    fn esc_closes_help_before_anything_else() {
        let analysis = corpus();
        let mut app = App::new(&analysis, vec![], 120, 40);
        run(&mut app, &analysis, "?");
        assert_eq!(app.overlay, Some(Overlay::Help));
        run(&mut app, &analysis, "j<Esc>");
        assert_eq!(app.overlay, None);
    }

    #[test]
    fn resizing_to_one_cell_keeps_state_valid() {
        let analysis = corpus();
        let mut app = App::new(&analysis, vec![], 120, 40);
        run(&mut app, &analysis, "\nG");
        app.update(&analysis, Action::Resize(1, 1));
        run(&mut app, &analysis, "jkG<C-d><C-u>/x\nn");
        app.update(&analysis, Action::Resize(20, 5));
        assert!(app.scroll < app.wrapped.lines.len());
    }

    #[test]
    fn narrow_terminals_swap_panes_with_tab() {
        let analysis = corpus();
        let mut app = App::new(&analysis, vec![], 60, 20);
        assert_eq!(app.panes().reader.width, 0);
        run(&mut app, &analysis, "<Tab>");
        assert_eq!(app.panes().sources.width, 0);
        assert_eq!(app.panes().reader.width, 60);
    }

    #[test]
    fn b_shows_the_cut_boilerplate() {
        let analysis = corpus();
        let mut app = App::new(&analysis, vec![], 120, 40);
        let before = app.wrapped.lines.len();
        run(&mut app, &analysis, "b");
        assert!(app.show_removed);
        assert!(app.wrapped.lines.len() > before);
    }
}
