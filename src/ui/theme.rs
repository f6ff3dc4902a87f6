//! Styles. Every highlight pairs colour with a modifier (bold, underline, italic, reverse)
//! so it still reads with NO_COLOR or for a reader who cannot tell the colours apart.

use crate::analysis::EntityKind;
use ratatui::style::{Color, Modifier, Style};

/// The styles of one run; `color: false` drops every colour and keeps the modifiers.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    color: bool,
}

impl Theme {
    pub fn new(color: bool) -> Theme {
        Theme { color }
    }

    fn paint(&self, style: Style, fg: Color) -> Style {
        if self.color {
            style.fg(fg)
        } else {
            style
        }
    }

    pub fn kind(&self, kind: EntityKind) -> Style {
        let (modifier, color) = match kind {
            EntityKind::Person => (Modifier::BOLD, Color::Cyan),
            EntityKind::Organization => (Modifier::UNDERLINED, Color::Magenta),
            EntityKind::Place => (Modifier::UNDERLINED, Color::Green),
            EntityKind::Facility => (Modifier::UNDERLINED, Color::Blue),
            EntityKind::Date | EntityKind::Time => (Modifier::ITALIC, Color::Yellow),
            EntityKind::Number | EntityKind::Money | EntityKind::Duration | EntityKind::Percent => {
                (Modifier::ITALIC, Color::LightRed)
            }
        };
        self.paint(Style::new().add_modifier(modifier), color)
    }

    pub fn filter_entity(&self) -> Style {
        let style = Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD);
        self.paint(style, Color::Cyan)
    }

    pub fn search_hit(&self, current: bool) -> Style {
        let base = Style::new().add_modifier(Modifier::REVERSED);
        let base = if current {
            base.add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
        } else {
            base
        };
        self.paint(
            base,
            if current {
                Color::LightYellow
            } else {
                Color::Yellow
            },
        )
    }

    pub fn selected(&self, focused: bool) -> Style {
        let style = Style::new().add_modifier(Modifier::REVERSED);
        if focused {
            style.add_modifier(Modifier::BOLD)
        } else {
            style
        }
    }

    pub fn border(&self) -> Style {
        self.paint(Style::new(), Color::DarkGray)
    }

    pub fn focused_border(&self) -> Style {
        self.paint(Style::new().add_modifier(Modifier::BOLD), Color::Cyan)
    }

    pub fn title(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn meta(&self) -> Style {
        self.paint(Style::new().add_modifier(Modifier::DIM), Color::Gray)
    }

    pub fn removed(&self) -> Style {
        self.paint(
            Style::new().add_modifier(Modifier::DIM | Modifier::CROSSED_OUT),
            Color::DarkGray,
        )
    }

    pub fn chip(&self) -> Style {
        self.paint(Style::new().add_modifier(Modifier::BOLD), Color::Cyan)
    }

    pub fn prompt(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn message(&self) -> Style {
        self.paint(
            Style::new().add_modifier(Modifier::ITALIC),
            Color::LightYellow,
        )
    }

    /// Text of a dispute in lists.
    pub fn disputed(&self) -> Style {
        self.paint(Style::new().add_modifier(Modifier::BOLD), Color::LightRed)
    }

    /// A disputed span inside an article: reversed and underlined, so it shows without
    /// colour and stands apart from search hits.
    pub fn disputed_span(&self) -> Style {
        let style =
            Style::new().add_modifier(Modifier::UNDERLINED | Modifier::BOLD | Modifier::REVERSED);
        self.paint(style, Color::LightRed)
    }

    /// The value of the k-th side of a dispute in the matrix.
    pub fn side(&self, k: usize) -> Style {
        let colors = [
            Color::LightRed,
            Color::LightBlue,
            Color::LightGreen,
            Color::LightMagenta,
        ];
        let modifiers = [
            Modifier::BOLD,
            Modifier::UNDERLINED,
            Modifier::ITALIC,
            Modifier::REVERSED,
        ];
        self.paint(Style::new().add_modifier(modifiers[k % 4]), colors[k % 4])
    }

    pub fn warning(&self) -> Style {
        self.paint(Style::new().add_modifier(Modifier::BOLD), Color::LightRed)
    }
}
