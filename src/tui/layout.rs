//! Where things go on screen, computed from the terminal size (and the few things on screen
//! that change how tall a band is: a long message, a damaged workspace's reason). The views
//! draw into these areas and mouse hit-testing reads the same ones, so a click lands on what
//! was drawn.

use ratatui::layout::{Constraint, Layout, Position, Rect, Size};

use super::command::View;
use super::state::State;
use super::views;
use super::widgets::list::centred_offset;

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

    /// The bands as `state` is drawn now, its message taking as many status rows as it
    /// needs: what the mouse must hit-test against.
    pub fn of(state: &State) -> Option<Self> {
        Self::with_status(state.size, views::status_rows(state, state.size.width))
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

/// The workspace picker: the table and, when the selected workspace cannot be read, a box
/// under it saying why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PickerAreas {
    pub table: Rect,
    /// Empty when there is no reason to show.
    pub reason: Rect,
}

/// The picker in `body` with `reason_lines` lines of reason (0 for none): the box takes
/// what its lines and border need, up to half the body, and the table the rest.
pub fn picker(body: Rect, reason_lines: usize) -> PickerAreas {
    if reason_lines == 0 {
        return PickerAreas {
            table: body,
            reason: Rect::new(body.x, body.bottom(), body.width, 0),
        };
    }
    let wanted = u16::try_from(reason_lines)
        .unwrap_or(u16::MAX)
        .saturating_add(2);
    let [table, reason] = Layout::vertical([
        Constraint::Min(0),
        Constraint::Length(wanted.min(body.height / 2)),
    ])
    .areas(body);
    PickerAreas { table, reason }
}

/// The picker as `state` draws it in `body`.
pub fn picker_of(state: &State, body: Rect) -> PickerAreas {
    picker(body, views::picker_reason_rows(state, body))
}

/// The Providers view: the table, and the selected provider's detail below it or, when
/// the terminal is wide, beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProvidersAreas {
    pub table: Rect,
    pub detail: Rect,
    pub side_by_side: bool,
}

/// The least height of the detail pane below the table: its border and five lines.
const MIN_DETAIL: u16 = 7;

/// Below the table, the table is as tall as its `count` rows need and the detail (notes
/// can be long) takes the rest, keeping at least `MIN_DETAIL` rows.
pub fn providers(body: Rect, count: usize) -> ProvidersAreas {
    let side_by_side = body.width >= SIDE_BY_SIDE_WIDTH;
    let [table, detail] = if side_by_side {
        Layout::horizontal([Constraint::Percentage(62), Constraint::Percentage(38)]).areas(body)
    } else {
        let wanted = u16::try_from(count).unwrap_or(u16::MAX).saturating_add(3);
        let table = wanted.min(body.height.saturating_sub(MIN_DETAIL)).max(4);
        Layout::vertical([Constraint::Length(table), Constraint::Min(0)]).areas(body)
    };
    ProvidersAreas {
        table,
        detail,
        side_by_side,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn below_the_minimum_there_is_no_layout() {
        assert!(Screen::new(Size::new(79, 24)).is_none());
        assert!(Screen::new(Size::new(80, 23)).is_none());
        let screen = Screen::new(Size::new(80, 24)).expect("fits");
        assert_eq!(screen.body, Rect::new(0, 1, 80, 21));
        assert_eq!(screen.hints, Rect::new(0, 23, 80, 1));
    }

    #[test]
    fn tabs_follow_each_other_and_are_clipped() {
        let tabs = tabs(Rect::new(0, 0, 30, 1));
        assert_eq!(tabs[0], (View::Context, Rect::new(8, 0, 11, 1)));
        assert_eq!(tabs[1].1, Rect::new(19, 0, 11, 1));
        assert!(tabs[2].1.is_empty());
    }

    #[test]
    fn rows_are_found_under_the_scroll() {
        let rows = Rect::new(1, 3, 10, 4);
        assert_eq!(row_at(rows, 0, 20, Position::new(2, 3)), Some(0));
        assert_eq!(row_at(rows, 10, 20, Position::new(2, 3)), Some(8));
        assert_eq!(row_at(rows, 0, 2, Position::new(2, 5)), None);
        assert_eq!(row_at(rows, 0, 20, Position::new(0, 3)), None);
    }

    #[test]
    fn the_detail_moves_beside_the_table_when_wide() {
        let wide = providers(Rect::new(0, 1, 160, 45), 3);
        assert!(wide.side_by_side);
        assert_eq!(wide.table.right(), wide.detail.left());
        assert_eq!(wide.table.height, 45);
    }

    #[test]
    fn below_the_table_the_detail_takes_what_the_rows_leave() {
        let body = Rect::new(0, 1, 80, 21);
        let few = providers(body, 3);
        assert!(!few.side_by_side);
        assert_eq!((few.table.height, few.detail.height), (6, 15));
        assert_eq!(few.table.bottom(), few.detail.top());
        let many = providers(body, 50);
        assert_eq!((many.table.height, many.detail.height), (14, 7));
        assert_eq!(providers(body, 0).table.height, 4);
    }
}
