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

/// The other views' geometry, kept here for the same reason as `panes`: the app pages and
/// scrolls by what the ui draws.
pub mod views {
    use super::Area;

    /// Everything above the status line.
    fn body(width: u16, height: u16) -> Area {
        Area {
            x: 0,
            y: 0,
            width,
            height: height.saturating_sub(1),
        }
    }

    /// Side by side: a one-line "why" header (when there is room) and two halves.
    pub fn side_by_side(width: u16, height: u16) -> (Option<Area>, Area, Area) {
        let body = body(width, height);
        let header = body.height >= 6;
        let top = u16::from(header);
        let rest = body.height.saturating_sub(top);
        let half = width / 2;
        (
            header.then_some(Area {
                x: 0,
                y: 0,
                width,
                height: 1,
            }),
            Area {
                x: 0,
                y: top,
                width: half,
                height: rest,
            },
            Area {
                x: half,
                y: top,
                width: width - half,
                height: rest,
            },
        )
    }

    /// A list beside (wide) or above (narrow) its details: entity browser.
    pub fn list_and_detail(width: u16, height: u16) -> (Area, Area) {
        let body = body(width, height);
        if body.width >= super::SPLIT_MIN_WIDTH {
            let list_width = body.width / 2;
            (
                Area {
                    width: list_width,
                    ..body
                },
                Area {
                    x: list_width,
                    width: body.width - list_width,
                    ..body
                },
            )
        } else {
            let list_height = body.height / 2 + body.height % 2;
            (
                Area {
                    height: list_height,
                    ..body
                },
                Area {
                    y: list_height,
                    height: body.height - list_height,
                    ..body
                },
            )
        }
    }

    /// The disputes list above the "why flagged" pane.
    pub fn list_over_detail(width: u16, height: u16) -> (Area, Area) {
        let body = body(width, height);
        let list_height = body.height / 2;
        (
            Area {
                height: list_height,
                ..body
            },
            Area {
                y: list_height,
                height: body.height - list_height,
                ..body
            },
        )
    }

    /// The matrix fills the body.
    pub fn matrix(width: u16, height: u16) -> Area {
        body(width, height)
    }
}
