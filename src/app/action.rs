//! What a user can ask the reader to do, as plain data: the app reacts to these, and
//! `input` produces them from terminal events, so the app never sees the terminal.

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
