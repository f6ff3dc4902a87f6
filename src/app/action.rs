//! What a user can ask the reader to do, as plain data, and the one table of actions with
//! their default keys and descriptions (help and the README come from it): the app reacts
//! to actions and `input` produces them from terminal events, so the app never sees the
//! terminal.

/// Everything a user can ask the reader to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Quit,
    Help,
    /// Esc: close an overlay, cancel a search, clear a filter.
    Close,
    FocusNext,
    MoveDown,
    MoveUp,
    Top,
    Bottom,
    PageDown,
    PageUp,
    HalfPageDown,
    HalfPageUp,
    Open,
    Search,
    NextMatch,
    PrevMatch,
    ToggleRemoved,
    Warnings,
    Entities,
    ToggleHighlights,
    Disputes,
    Matrix,
    NextRound,
    PrevRound,
    AllRounds,
    NextDispute,
    PrevDispute,
    CycleLeft,
    CycleRight,
    /// The mouse wheel: `n` lines down (negative: up) in the focused pane or list.
    Scroll(i32),
    /// A character typed into the search prompt.
    Type(char),
    Backspace,
    /// Enter in the search prompt.
    Submit,
    /// The terminal changed size.
    Resize(u16, u16),
}

/// Which kind of input the app is waiting for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Keys are commands from the table.
    Normal,
    /// Keys are typed into a prompt (search).
    Prompt,
}

/// One row of the key table: the keys, the action, and the words help shows for it.
pub struct Binding {
    pub keys: &'static [&'static str],
    pub action: Action,
    /// snake_case, the name used to rebind it in `crosscheck.toml`.
    pub name: &'static str,
    pub description: &'static str,
}

/// The key table. Help and the README's key section are generated from it.
pub fn bindings() -> &'static [Binding] {
    use Action::*;
    const TABLE: &[Binding] = &[
        Binding {
            keys: &["q"],
            action: Quit,
            name: "quit",
            description: "quit crosscheck",
        },
        Binding {
            keys: &["?", "F1"],
            action: Help,
            name: "help",
            description: "show or hide this help",
        },
        Binding {
            keys: &["Esc"],
            action: Close,
            name: "close",
            description: "close the overlay, cancel search, clear the filter",
        },
        Binding {
            keys: &["Tab", "BackTab"],
            action: FocusNext,
            name: "focus_next",
            description: "move focus between the source list and the reader",
        },
        Binding {
            keys: &["j", "Down"],
            action: MoveDown,
            name: "move_down",
            description: "next source / scroll down",
        },
        Binding {
            keys: &["k", "Up"],
            action: MoveUp,
            name: "move_up",
            description: "previous source / scroll up",
        },
        Binding {
            keys: &["g", "Home"],
            action: Top,
            name: "top",
            description: "go to the top",
        },
        Binding {
            keys: &["G", "End"],
            action: Bottom,
            name: "bottom",
            description: "go to the bottom",
        },
        Binding {
            keys: &["PageDown", "Space"],
            action: PageDown,
            name: "page_down",
            description: "one page down",
        },
        Binding {
            keys: &["PageUp"],
            action: PageUp,
            name: "page_up",
            description: "one page up",
        },
        Binding {
            keys: &["C-d"],
            action: HalfPageDown,
            name: "half_page_down",
            description: "half a page down",
        },
        Binding {
            keys: &["C-u"],
            action: HalfPageUp,
            name: "half_page_up",
            description: "half a page up",
        },
        Binding {
            keys: &["Enter", "l", "Right"],
            action: Open,
            name: "open",
            description: "open the selected source / choose the entity",
        },
        Binding {
            keys: &["/"],
            action: Search,
            name: "search",
            description: "search the open article",
        },
        Binding {
            keys: &["n"],
            action: NextMatch,
            name: "next_match",
            description: "next search hit or entity mention",
        },
        Binding {
            keys: &["N"],
            action: PrevMatch,
            name: "prev_match",
            description: "previous search hit or entity mention",
        },
        Binding {
            keys: &["b"],
            action: ToggleRemoved,
            name: "toggle_removed",
            description: "show or hide the boilerplate that was cut",
        },
        Binding {
            keys: &["w"],
            action: Warnings,
            name: "warnings",
            description: "show or hide the load warnings",
        },
        Binding {
            keys: &["e"],
            action: Entities,
            name: "entities",
            description: "open the entity browser",
        },
        Binding {
            keys: &["h"],
            action: ToggleHighlights,
            name: "toggle_highlights",
            description: "show or hide entity highlights in the reader",
        },
        Binding {
            keys: &["d"],
            action: Disputes,
            name: "disputes",
            description: "open the disputes of the round; Enter compares side by side",
        },
        Binding {
            keys: &["m"],
            action: Matrix,
            name: "matrix",
            description: "open the fact × source matrix of the round",
        },
        Binding {
            keys: &["r"],
            action: NextRound,
            name: "next_round",
            description: "filter to the next round",
        },
        Binding {
            keys: &["R"],
            action: PrevRound,
            name: "prev_round",
            description: "filter to the previous round",
        },
        Binding {
            keys: &["a"],
            action: AllRounds,
            name: "all_rounds",
            description: "show all rounds",
        },
        Binding {
            keys: &["]d"],
            action: NextDispute,
            name: "next_dispute",
            description: "next dispute, side by side",
        },
        Binding {
            keys: &["[d"],
            action: PrevDispute,
            name: "prev_dispute",
            description: "previous dispute, side by side",
        },
        Binding {
            keys: &[","],
            action: CycleLeft,
            name: "cycle_left",
            description: "side by side: another source in the left pane",
        },
        Binding {
            keys: &["."],
            action: CycleRight,
            name: "cycle_right",
            description: "side by side: another source in the right pane",
        },
    ];
    TABLE
}
