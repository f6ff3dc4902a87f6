//! The terminal: raw mode and the alternate screen on the way in, a guard and a panic hook
//! that restore them on every way out (quit, Ctrl-C, error, panic), and the event loop.

use crate::analysis::Analysis;
use crate::app::{App, Effect};
use crate::input::Keymap;
use crate::ui;
use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;
use std::io::{self, stdout};
use std::sync::Once;

/// Puts the terminal back: mouse capture off, raw mode off, main screen back. Safe to call
/// more than once and from a panic hook (errors are ignored: there is nothing left to do).
pub fn restore_terminal() {
    let _ = execute!(stdout(), DisableMouseCapture);
    ratatui::restore();
}

/// Restores the terminal when dropped, so an early `?` return cannot leave it raw.
struct RestoreGuard;

impl Drop for RestoreGuard {
    fn drop(&mut self) {
        restore_terminal();
    }
}

/// Chains a hook before the current one that restores the terminal, so a panic message is
/// printed on a usable screen.
pub fn install_panic_hook() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore_terminal();
            previous(info);
        }));
    });
}

/// Runs the reader until the user quits.
pub fn run(analysis: &Analysis, mut app: App, keymap: &mut Keymap) -> io::Result<()> {
    install_panic_hook();
    let mut terminal = ratatui::try_init()?;
    let _guard = RestoreGuard;
    execute!(stdout(), EnableMouseCapture)?;
    let size = terminal.size()?;
    app.update(
        analysis,
        crate::input::Action::Resize(size.width, size.height),
    );
    if std::env::var_os("CROSSCHECK_TEST_PANIC").is_some() {
        // Lets the end-to-end test check that a panic restores the terminal.
        panic!("panic requested by CROSSCHECK_TEST_PANIC");
    }
    loop {
        terminal.draw(|frame| ui::render(frame, &app, analysis))?;
        let event = event::read()?;
        if let Some(action) = keymap.map(&event, app.mode()) {
            if app.update(analysis, action) == Effect::Quit {
                return Ok(());
            }
        }
    }
}
