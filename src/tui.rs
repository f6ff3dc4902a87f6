//! The terminal: raw mode and the alternate screen on the way in, a guard and a panic hook
//! that restore them on every way out (quit, Ctrl-C, error, panic), and the event loop.

use crate::analysis::Analysis;
use crate::app::{App, Effect};
use crate::corpus::Warning;
use crate::input::Keymap;
use crate::ui;
use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;
use std::io::{self, stdout};
use std::sync::{mpsc, Arc, Mutex, Once};
use std::time::Duration;

/// Puts the terminal back: mouse capture off, raw mode off, main screen back. Safe to call
/// more than once and from a panic hook; a failure is only reported (by ratatui), since
/// there is nothing left to try.
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

/// How far a background load has got, shared between the loading thread and the loop.
#[derive(Debug, Default)]
pub struct Progress {
    /// What is being done ("reading files", "analysing 10,000 articles").
    pub stage: Mutex<String>,
}

impl Progress {
    pub fn set_stage(&self, stage: impl Into<String>) {
        if let Ok(mut s) = self.stage.lock() {
            *s = stage.into();
        }
    }

    /// The status line's words for it.
    pub fn describe(&self) -> String {
        let stage = self.stage.lock().map(|s| s.clone()).unwrap_or_default();
        if stage.is_empty() {
            "loading…".to_string()
        } else {
            format!("{stage}…")
        }
    }
}

/// What the loading thread hands back: the analysis and the warnings, or why nothing loaded.
pub type Loaded = Result<(Analysis, Vec<Warning>), String>;

/// Runs the reader until the user quits. The corpus loads on a thread of its own while the
/// reader already answers keys (help, quit), with progress in the status line: a newsroom
/// folder of ten thousand reports takes seconds, and a frozen screen reads as a hang.
pub fn run<F>(load: F, keymap: &mut Keymap, color: bool) -> Result<(), String>
where
    F: FnOnce(&Progress) -> Loaded + Send + 'static,
{
    install_panic_hook();
    let mut terminal = ratatui::try_init().map_err(|e| format!("terminal error: {e}"))?;
    let _guard = RestoreGuard;
    let io = |e: io::Error| format!("terminal error: {e}");
    execute!(stdout(), EnableMouseCapture).map_err(io)?;
    let progress = Arc::new(Progress::default());
    let (sender, receiver) = mpsc::channel();
    let shared = Arc::clone(&progress);
    std::thread::spawn(move || {
        // A panic while loading becomes an error message for the main loop, which restores
        // the terminal before printing it; left alone it would print over the reader.
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| load(&shared)))
            .unwrap_or_else(|_| Err("crosscheck failed while loading the articles".to_string()));
        // A send fails only when the reader has quit already; nothing is left to tell.
        let _ = sender.send(result);
    });
    let mut analysis = Analysis::default();
    let size = terminal.size().map_err(io)?;
    let mut app = App::new(&analysis, Vec::new(), size.width, size.height);
    app.color = color;
    app.help = keymap.help_rows();
    app.loading = Some(progress.describe());
    if std::env::var_os("CROSSCHECK_TEST_PANIC").is_some() {
        // Lets the end-to-end test check that a panic restores the terminal.
        panic!("panic requested by CROSSCHECK_TEST_PANIC");
    }
    loop {
        if app.loading.is_some() {
            match receiver.try_recv() {
                Ok(Ok((loaded, warnings))) => {
                    analysis = loaded;
                    let (overlay, color) = (app.overlay, app.color);
                    app = App::new(&analysis, warnings, app.width, app.height);
                    app.overlay = overlay;
                    app.color = color;
                    app.help = keymap.help_rows();
                }
                Ok(Err(message)) => return Err(message),
                Err(mpsc::TryRecvError::Empty) => app.loading = Some(progress.describe()),
                Err(mpsc::TryRecvError::Disconnected) => {
                    return Err("the loading thread stopped without a result".to_string())
                }
            }
        }
        terminal
            .draw(|frame| ui::render(frame, &app, &analysis))
            .map_err(io)?;
        // While loading, wake up to redraw the progress; after that, sleep until a key.
        if app.loading.is_some() && !event::poll(Duration::from_millis(100)).map_err(io)? {
            continue;
        }
        let event = event::read().map_err(io)?;
        if let Some(action) = keymap.map(&event, app.mode()) {
            if app.update(&analysis, action) == Effect::Quit {
                return Ok(());
            }
        }
    }
}
