//! End to end: the real binary in a pseudo-terminal, its screen read back through a
//! terminal emulator (vt100). It opens, shows the seeds, opens help and quits cleanly.

use portable_pty::{native_pty_system, CommandBuilder, PtySize};
use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

struct Session {
    parser: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
}

impl Session {
    fn start(envs: &[(&str, &str)]) -> Session {
        let pty = native_pty_system();
        let pair = pty
            .openpty(PtySize {
                rows: 40,
                cols: 120,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_crosscheck"));
        command.env("TERM", "xterm-256color");
        for (key, value) in envs {
            command.env(key, value);
        }
        let child = pair.slave.spawn_command(command).expect("spawn crosscheck");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let writer = pair.master.take_writer().expect("pty writer");
        let parser = Arc::new(Mutex::new(vt100::Parser::new(40, 120, 0)));
        let sink = Arc::clone(&parser);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                if let Ok(mut parser) = sink.lock() {
                    parser.process(&buf[..n]);
                }
            }
        });
        // Keep the master alive as long as the session by leaking it into the reader thread's
        // lifetime: dropping it early would hang up the child.
        std::mem::forget(pair.master);
        Session {
            parser,
            writer,
            child,
        }
    }

    fn contents(&self) -> String {
        self.parser.lock().expect("parser").screen().contents()
    }

    fn wait_for(&self, needle: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let contents = self.contents();
            if contents.contains(needle) {
                return contents;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {needle:?}; screen:\n{contents}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Waits until `needle` has left the screen: a key's effect is drawn before the next
    /// key is sent, so a loaded machine cannot run "Esc" and "q" together into Alt+q.
    fn wait_gone(&self, needle: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let contents = self.contents();
            if !contents.contains(needle) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {needle:?} to go; screen:\n{contents}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).expect("write keys");
        self.writer.flush().expect("flush keys");
    }

    fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(status) = self.child.try_wait().expect("child status") {
                return status;
            }
            assert!(Instant::now() < deadline, "crosscheck did not exit");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn in_alternate_screen(&self) -> bool {
        self.parser
            .lock()
            .expect("parser")
            .screen()
            .alternate_screen()
    }
}

#[test]
fn the_reader_opens_on_the_seeds_shows_help_and_quits_cleanly() {
    let mut session = Session::start(&[]);
    let screen = session.wait_for("Sources (5)");
    assert!(screen.contains("Kyiv Post"), "{screen}");
    assert!(screen.contains("BBC"), "{screen}");
    assert!(session.in_alternate_screen());
    session.send("?");
    session.wait_for("show or hide this help");
    session.send("\x1b");
    session.wait_gone("show or hide this help");
    session.send("q");
    let status = session.wait_exit();
    assert!(
        status.success(),
        "exit status {status:?}; screen:\n{}",
        session.contents()
    );
    assert!(!session.in_alternate_screen(), "the main screen is back");
}

#[test]
fn a_panic_restores_the_terminal() {
    let mut session = Session::start(&[("CROSSCHECK_TEST_PANIC", "1")]);
    let status = session.wait_exit();
    assert!(!status.success());
    let screen = session.wait_for("panic requested");
    assert!(
        !session.in_alternate_screen(),
        "left the alternate screen:\n{screen}"
    );
}
