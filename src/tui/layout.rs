//! Where things go on screen, computed from the terminal size (and the few things on screen
//! that change how tall a band is: a long message, a damaged workspace's reason). The views
//! draw into these areas and mouse hit-testing reads the same ones, so a click lands on what
//! was drawn.

use ratatui::layout::{Constraint, Layout, Position, Rect, Size};

use super::command::View;

/// The smallest terminal every view is designed for.
pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;

/// The most rows the status band grows to for a long message; the views shrink above it.
pub const MAX_STATUS_ROWS: u16 = 4;

/// Whether a terminal of `size` is below the minimum: only the "too small" message shows,
/// and only quitting and resizing do anything.
pub fn too_small(size: Size) -> bool {
    size.width < MIN_WIDTH || size.height < MIN_HEIGHT
}

/// Body width from which a view puts its detail pane beside the list instead of below it.
const SIDE_BY_SIDE_WIDTH: u16 = 140;

/// The four bands of the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Screen {
    pub tabs: Rect,
    pub body: Rect,
    pub status: Rect,
    pub hints: Rect,
}

impl Screen {
    /// The bands of a terminal of `size` with a one-row status line, or `None` when it is
    /// too small to use. Page sizes are taken from it: a key press clears any long message.
    pub fn new(size: Size) -> Option<Self> {
        Self::with_status(size, 1)
    }

    /// The bands with a status band of `status_rows` (1 to `MAX_STATUS_ROWS`).
    pub fn with_status(size: Size, status_rows: u16) -> Option<Self> {
        if too_small(size) {
            return None;
        }
        let area = Rect::new(0, 0, size.width, size.height);
        let [tabs, body, status, hints] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(1),
            Constraint::Length(status_rows.clamp(1, MAX_STATUS_ROWS)),
            Constraint::Length(1),
        ])
        .areas(area);
        Some(Self {
            tabs,
            body,
            status,
            hints,
        })
    }
}

/// What the tab bar shows for `view`, numbered as its key.
pub fn tab_label(index: usize, view: View) -> String {
    format!(" {} {} ", index + 1, view.title())
}

/// The width of the product name before the first tab (`" tiaki "` and a space).
const TABS_START: u16 = 8;

/// Each view's tab in the tab bar `area`, clipped to it.
pub fn tabs(area: Rect) -> Vec<(View, Rect)> {
    let mut x = area.x + TABS_START;
    View::ALL
        .into_iter()
        .enumerate()
        .map(|(index, view)| {
            let width = tab_label(index, view).chars().count() as u16;
            let rect = Rect::new(x, area.y, width, 1).intersection(area);
            x = x.saturating_add(width);
            (view, rect)
        })
        .collect()
}

/// The rows of a table drawn in a bordered block with one header row.
pub fn table_rows(block: Rect) -> Rect {
    Rect::new(
        block.x.saturating_add(1),
        block.y.saturating_add(2),
        block.width.saturating_sub(2),
        block.height.saturating_sub(3),
    )
}

/// The index of the list entry drawn at `position`, for a list of `count` entries scrolled
/// by `centred_offset` around `selected` in `rows`.
pub fn row_at(rows: Rect, selected: usize, count: usize, position: Position) -> Option<usize> {
    if !rows.contains(position) {
        return None;
    }
    let offset = centred_offset(selected, count, rows.height as usize);
    let index = offset + usize::from(position.y - rows.y);
    (index < count).then_some(index)
}

/// The first row to draw so that `selected` stays in view, kept near the middle once the
/// list is longer than the pane. Derived from the selection alone, so views stay pure.
pub fn centred_offset(selected: usize, count: usize, height: usize) -> usize {
    selected
        .saturating_sub(height / 2)
        .min(count.saturating_sub(height))
}

mod areas;

pub use areas::*;

#[cfg(test)]
mod tests;
