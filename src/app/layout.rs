//! Where the panes go for a terminal size: one table of geometry that both `App` (page
//! sizes, wrap width) and `ui` (drawing) read, so they can never disagree.

/// A rectangle in terminal cells. Plain numbers, so the app needs no terminal types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Area {
    pub x: u16,
    pub y: u16,
    pub width: u16,
    pub height: u16,
}

impl Area {
    /// The inside of a one-cell border.
    pub fn inner(self) -> Area {
        Area {
            x: self.x.saturating_add(1),
            y: self.y.saturating_add(1),
            width: self.width.saturating_sub(2),
            height: self.height.saturating_sub(2),
        }
    }
}

/// The panes of the main screen. A pane of zero width is not shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Panes {
    pub sources: Area,
    pub reader: Area,
    pub status: Area,
    /// Both list and reader are visible side by side.
    pub split: bool,
}

/// Below this width the list and the reader take turns instead of sharing the screen.
pub const SPLIT_MIN_WIDTH: u16 = 80;

/// Lays out the screen. `reader_focused` picks the pane shown when only one fits.
pub fn panes(width: u16, height: u16, reader_focused: bool) -> Panes {
    let status_height = u16::from(height >= 2);
    let body_height = height.saturating_sub(status_height);
    let status = Area {
        x: 0,
        y: body_height,
        width,
        height: status_height,
    };
    if width >= SPLIT_MIN_WIDTH {
        // A third of the screen for the list, within reason: titles need ~24 cells to be
        // recognisable and more than 48 only steals from the reader.
        let list_width = (width / 3).clamp(24, 48);
        Panes {
            sources: Area {
                x: 0,
                y: 0,
                width: list_width,
                height: body_height,
            },
            reader: Area {
                x: list_width,
                y: 0,
                width: width - list_width,
                height: body_height,
            },
            status,
            split: true,
        }
    } else {
        let whole = Area {
            x: 0,
            y: 0,
            width,
            height: body_height,
        };
        let (sources, reader) = if reader_focused {
            (Area::default(), whole)
        } else {
            (whole, Area::default())
        };
        Panes {
            sources,
            reader,
            status,
            split: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_terminals_show_two_panes() {
        let p = panes(120, 40, false);
        assert!(p.split);
        assert_eq!(p.sources.width + p.reader.width, 120);
        assert_eq!(p.status.y, 39);
    }

    #[test]
    fn narrow_terminals_show_the_focused_pane_only() {
        let p = panes(60, 20, true);
        assert!(!p.split);
        assert_eq!(p.sources.width, 0);
        assert_eq!(p.reader.width, 60);
    }

    #[test]
    fn tiny_terminals_never_underflow() {
        for (w, h) in [(0, 0), (1, 1), (20, 5), (2, 1)] {
            let p = panes(w, h, false);
            assert!(p.sources.inner().width <= w);
            assert!(p.status.y <= h);
        }
    }
}
