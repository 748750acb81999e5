//! What the last draw laid out, for `update` to read.

use ratatui::layout::Rect;

use crate::tui::layout::Screen;

/// What the last draw laid out, kept for `update`: where the bands and the picker's table
/// fell (so a click lands on what was drawn, however many rows a long message took), and
/// how many lines the scrolling panes' text took (their scroll limits), so nothing builds
/// a pane's text a second time to measure it. Every event follows a draw, so it is current.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Drawn {
    /// `None` while the terminal is too small.
    pub screen: Option<Screen>,
    /// The workspace picker's table, when the picker was drawn.
    pub picker_table: Option<Rect>,
    /// Lines of Review's detail pane, at the width it was drawn.
    pub review_detail_lines: usize,
    /// Lines of Context's assurance pane, at the width it was drawn (0 when not shown).
    pub assurance_lines: usize,
}
