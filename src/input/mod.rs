//! Key and mouse events -> `Action`s, from one table of bindings that also generates the
//! help overlay and the README key table. Users may rebind keys in `crosscheck.toml`.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEventKind};
use std::collections::BTreeMap;

pub use crate::app::action::{bindings, Action, Binding, Mode};

/// The key table as Markdown, for the README (a test keeps the README in step).
pub fn markdown_key_table() -> String {
    let mut out = String::from("| keys | action | what it does |\n| --- | --- | --- |\n");
    for b in bindings() {
        let keys: Vec<String> = b.keys.iter().map(|k| format!("`{k}`")).collect();
        out.push_str(&format!(
            "| {} | `{}` | {} |\n",
            keys.join(" "),
            b.name,
            b.description
        ));
    }
    out
}

/// Maps terminal events to actions; holds the key table with any user overrides applied.
pub struct Keymap {
    /// One or two keys per binding ("]d" is `]` then `d`).
    table: Vec<(Vec<KeySpec>, Action)>,
    /// The first key of a two-key binding, waiting for the second.
    pending: Option<KeySpec>,
}

/// A key with its modifiers, as written in the table ("C-d", "G", "PageDown").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct KeySpec {
    code: KeyCode,
    ctrl: bool,
}

impl Default for Keymap {
    fn default() -> Self {
        let table = bindings()
            .iter()
            .flat_map(|b| {
                b.keys
                    .iter()
                    .filter_map(|k| parse_keys(k))
                    .map(|spec| (spec, b.action.clone()))
            })
            .collect();
        Keymap {
            table,
            pending: None,
        }
    }
}

impl Keymap {
    /// The default table patched with user bindings: action name -> list of keys. A user
    /// binding replaces the defaults of that action; unknown names or keys are errors so a
    /// typo never silently does nothing.
    pub fn with_overrides(overrides: &BTreeMap<String, Vec<String>>) -> Result<Keymap, String> {
        let mut keymap = Keymap::default();
        for (name, keys) in overrides {
            let binding = bindings()
                .iter()
                .find(|b| b.name == name)
                .ok_or_else(|| format!("unknown action `{name}` in [keys]"))?;
            let specs = keys
                .iter()
                .map(|k| parse_keys(k).ok_or_else(|| format!("unknown key `{k}` for `{name}`")))
                .collect::<Result<Vec<_>, _>>()?;
            keymap
                .table
                .retain(|(spec, action)| *action != binding.action && !specs.contains(spec));
            for spec in specs {
                keymap.table.push((spec, binding.action.clone()));
            }
        }
        Ok(keymap)
    }

    /// The help table as this keymap has it: each action's keys (after user overrides)
    /// and its description, in the order of the action table.
    pub fn help_rows(&self) -> Vec<(String, &'static str)> {
        bindings()
            .iter()
            .map(|b| {
                let keys: Vec<String> = self
                    .table
                    .iter()
                    .filter(|(_, action)| *action == b.action)
                    .map(|(keys, _)| keys.iter().map(key_name).collect::<String>())
                    .collect();
                (keys.join(" "), b.description)
            })
            .collect()
    }

    /// The action for one terminal event in the given mode, if any.
    pub fn map(&mut self, event: &Event, mode: Mode) -> Option<Action> {
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => self.map_key(key, mode),
            Event::Mouse(mouse) => match mouse.kind {
                MouseEventKind::ScrollDown => Some(Action::Scroll(3)),
                MouseEventKind::ScrollUp => Some(Action::Scroll(-3)),
                _ => None,
            },
            Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
            _ => None,
        }
    }

    fn map_key(&mut self, key: &KeyEvent, mode: Mode) -> Option<Action> {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        // Ctrl-C always quits, whatever the mode or keymap, so a user is never stuck.
        if ctrl && key.code == KeyCode::Char('c') {
            return Some(Action::Quit);
        }
        if mode == Mode::Prompt {
            return match key.code {
                KeyCode::Esc => Some(Action::Close),
                KeyCode::Enter => Some(Action::Submit),
                KeyCode::Backspace => Some(Action::Backspace),
                KeyCode::Char(c) if !ctrl => Some(Action::Type(c)),
                _ => None,
            };
        }
        // Shift is not compared: terminals report Shift+g as 'G' with SHIFT, the table says "G".
        let spec = KeySpec {
            code: key.code,
            ctrl,
        };
        if let Some(first) = self.pending.take() {
            if let Some((_, action)) = self.table.iter().find(|(s, _)| *s == [first, spec]) {
                return Some(action.clone());
            }
            // Not a sequence after all: the second key counts on its own.
        }
        if self.table.iter().any(|(s, _)| s.len() == 2 && s[0] == spec) {
            self.pending = Some(spec);
            return None;
        }
        self.table
            .iter()
            .find(|(s, _)| *s == [spec])
            .map(|(_, action)| action.clone())
    }
}

/// A key as the table writes it, for help: the inverse of `parse_key`.
fn key_name(spec: &KeySpec) -> String {
    let name = match spec.code {
        KeyCode::Esc => "Esc".to_string(),
        KeyCode::Enter => "Enter".to_string(),
        KeyCode::Tab => "Tab".to_string(),
        KeyCode::BackTab => "BackTab".to_string(),
        KeyCode::Up => "Up".to_string(),
        KeyCode::Down => "Down".to_string(),
        KeyCode::Left => "Left".to_string(),
        KeyCode::Right => "Right".to_string(),
        KeyCode::Home => "Home".to_string(),
        KeyCode::End => "End".to_string(),
        KeyCode::PageUp => "PageUp".to_string(),
        KeyCode::PageDown => "PageDown".to_string(),
        KeyCode::Backspace => "Backspace".to_string(),
        KeyCode::Char(' ') => "Space".to_string(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::F(n) => format!("F{n}"),
        other => format!("{other:?}"),
    };
    if spec.ctrl {
        format!("C-{name}")
    } else {
        name
    }
}

/// One key ("C-d", "G") or a two-key sequence of single characters ("]d").
fn parse_keys(text: &str) -> Option<Vec<KeySpec>> {
    if let Some(single) = parse_key(text) {
        return Some(vec![single]);
    }
    let chars: Vec<char> = text.chars().collect();
    if chars.len() == 2 && !text.contains('-') {
        return Some(
            chars
                .iter()
                .map(|&c| KeySpec {
                    code: KeyCode::Char(c),
                    ctrl: false,
                })
                .collect(),
        );
    }
    None
}

fn parse_key(text: &str) -> Option<KeySpec> {
    let (ctrl, rest) = match text.strip_prefix("C-") {
        Some(rest) if !rest.is_empty() => (true, rest),
        _ => (false, text),
    };
    let code = match rest {
        "Esc" => KeyCode::Esc,
        "Enter" => KeyCode::Enter,
        "Tab" => KeyCode::Tab,
        "BackTab" => KeyCode::BackTab,
        "Up" => KeyCode::Up,
        "Down" => KeyCode::Down,
        "Left" => KeyCode::Left,
        "Right" => KeyCode::Right,
        "Home" => KeyCode::Home,
        "End" => KeyCode::End,
        "PageUp" => KeyCode::PageUp,
        "PageDown" => KeyCode::PageDown,
        "Space" => KeyCode::Char(' '),
        "Backspace" => KeyCode::Backspace,
        f if f.len() > 1 && f.starts_with('F') => KeyCode::F(f[1..].parse().ok()?),
        single => {
            let mut chars = single.chars();
            let c = chars.next()?;
            if chars.next().is_some() {
                return None;
            }
            KeyCode::Char(c)
        }
    };
    Some(KeySpec { code, ctrl })
}

/// Turns a key string such as `"jjG/trump\n"` into events, for tests and scripted runs.
/// `<Esc>`, `<Enter>`, `<Tab>`, `<C-d>`, `<Down>`... name special keys.
pub fn key_events(script: &str) -> Vec<Event> {
    let mut events = Vec::new();
    let mut rest = script;
    while let Some(c) = rest.chars().next() {
        if c == '<' {
            if let Some(end) = rest.find('>') {
                if let Some(spec) = parse_key(&rest[1..end]) {
                    let modifiers = if spec.ctrl {
                        KeyModifiers::CONTROL
                    } else {
                        KeyModifiers::NONE
                    };
                    events.push(Event::Key(KeyEvent::new(spec.code, modifiers)));
                    rest = &rest[end + 1..];
                    continue;
                }
            }
        }
        let code = if c == '\n' {
            KeyCode::Enter
        } else {
            KeyCode::Char(c)
        };
        events.push(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
        rest = &rest[c.len_utf8()..];
    }
    events
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, modifiers: KeyModifiers) -> Event {
        Event::Key(KeyEvent::new(code, modifiers))
    }

    #[test]
    fn every_binding_key_parses() {
        for binding in bindings() {
            for k in binding.keys {
                assert!(parse_keys(k).is_some(), "{k} of {}", binding.name);
            }
        }
    }

    #[test]
    fn action_names_are_unique_snake_case() {
        let mut names: Vec<_> = bindings().iter().map(|b| b.name).collect();
        assert!(names
            .iter()
            .all(|n| n.chars().all(|c| c.is_ascii_lowercase() || c == '_')));
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), bindings().len());
    }

    #[test]
    fn vim_keys_and_arrows_move() {
        let mut keymap = Keymap::default();
        for (event, action) in [
            (
                key(KeyCode::Char('j'), KeyModifiers::NONE),
                Action::MoveDown,
            ),
            (key(KeyCode::Down, KeyModifiers::NONE), Action::MoveDown),
            (key(KeyCode::Char('k'), KeyModifiers::NONE), Action::MoveUp),
            (key(KeyCode::Char('G'), KeyModifiers::SHIFT), Action::Bottom),
            (
                key(KeyCode::Char('d'), KeyModifiers::CONTROL),
                Action::HalfPageDown,
            ),
        ] {
            assert_eq!(keymap.map(&event, Mode::Normal), Some(action));
        }
    }

    #[test]
    fn ctrl_c_quits_even_in_a_prompt() {
        let mut keymap = Keymap::default();
        let event = key(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(keymap.map(&event, Mode::Prompt), Some(Action::Quit));
    }

    #[test]
    fn prompt_mode_types_characters_instead_of_commands() {
        let mut keymap = Keymap::default();
        let event = key(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(keymap.map(&event, Mode::Prompt), Some(Action::Type('q')));
    }

    #[test]
    fn user_overrides_replace_the_default_keys() {
        let mut overrides = BTreeMap::new();
        overrides.insert("quit".to_string(), vec!["x".to_string()]);
        let mut keymap = Keymap::with_overrides(&overrides).expect("valid override");
        let q = key(KeyCode::Char('q'), KeyModifiers::NONE);
        let x = key(KeyCode::Char('x'), KeyModifiers::NONE);
        assert_eq!(keymap.map(&q, Mode::Normal), None);
        assert_eq!(keymap.map(&x, Mode::Normal), Some(Action::Quit));
    }

    #[test]
    fn unknown_override_names_are_errors() {
        let mut overrides = BTreeMap::new();
        overrides.insert("fly".to_string(), vec!["x".to_string()]);
        let error = Keymap::with_overrides(&overrides).err();
        assert_eq!(error.as_deref(), Some("unknown action `fly` in [keys]"));
    }

    #[test]
    fn two_key_sequences_wait_for_their_second_key() {
        let mut keymap = Keymap::default();
        let bracket = key(KeyCode::Char(']'), KeyModifiers::NONE);
        let d = key(KeyCode::Char('d'), KeyModifiers::NONE);
        assert_eq!(keymap.map(&bracket, Mode::Normal), None);
        assert_eq!(keymap.map(&d, Mode::Normal), Some(Action::NextDispute));
        assert_eq!(keymap.map(&d, Mode::Normal), Some(Action::Disputes));
        let j = key(KeyCode::Char('j'), KeyModifiers::NONE);
        assert_eq!(keymap.map(&bracket, Mode::Normal), None);
        assert_eq!(keymap.map(&j, Mode::Normal), Some(Action::MoveDown));
    }

    #[test]
    fn help_shows_the_keys_a_user_rebound() {
        let mut overrides = BTreeMap::new();
        overrides.insert("quit".to_string(), vec!["x".to_string()]);
        let keymap = Keymap::with_overrides(&overrides).expect("valid override");
        let rows = keymap.help_rows();
        assert_eq!(rows[0], ("x".to_string(), "quit crosscheck"));
        let defaults = Keymap::default().help_rows();
        assert!(defaults.iter().any(|(k, _)| k == "]d"));
        assert!(defaults.iter().any(|(k, _)| k == "C-d"));
    }

    #[test]
    fn key_scripts_name_special_keys() {
        let events = key_events("j<C-d>\n");
        assert_eq!(events.len(), 3);
        assert_eq!(events[1], key(KeyCode::Char('d'), KeyModifiers::CONTROL));
        assert_eq!(events[2], key(KeyCode::Enter, KeyModifiers::NONE));
    }
}
