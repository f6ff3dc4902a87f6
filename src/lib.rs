//! crosscheck: a terminal reader for following one news story across many outlets.
//!
//! Data flow: `corpus::load` turns files (or the embedded seeds) into `Article`s;
//! `analysis::analyze` turns articles into one immutable `Analysis` (mentions, entities,
//! rounds, claims, comparisons); `app::App` holds view state only and changes through
//! `App::update(Action)`; `input` maps terminal events to `Action`s from one table; `ui`
//! renders `App` + `Analysis` into a frame; `report` prints the same analysis for scripts.
//!
//! Dependency rules: `corpus` and `analysis` never import ratatui or crossterm; `app` knows
//! no terminal; `ui` never changes state or does I/O; only `tui` and the binary touch the
//! terminal.

pub mod analysis;
pub mod app;
pub mod config;
pub mod corpus;
pub mod input;
pub mod report;
pub mod tui;
pub mod ui;
