//! The Review view: the catalogue as a tree on the left, the selected row in detail on the
//! right, both for the provider under review.

mod beside;
mod detail;
mod evidence;

pub use evidence::short_digest;
mod section;
mod text;
mod tree;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::symbols::border;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders};

use crate::tui::layout::ReviewAreas;
use crate::tui::review_tree::reviewed_now;
use crate::tui::state::State;
use crate::tui::theme::Theme;

/// Draws the view; returns how many lines the detail's text took, its scroll limit.
pub fn draw(frame: &mut Frame, area: Rect, state: &State) -> usize {
    let Some(reviewed) = reviewed_now(state) else {
        draw_no_providers(frame, area, state);
        return 0;
    };
    let areas = ReviewAreas::new(area);
    tree::draw(frame, areas.tree, state, &reviewed);
    detail::draw(frame, areas.detail, state, &reviewed)
}

/// ASCII border of the pane that has the keys.
const ASCII_FOCUSED: border::Set = border::Set {
    top_left: "#",
    top_right: "#",
    bottom_left: "#",
    bottom_right: "#",
    vertical_left: "|",
    vertical_right: "|",
    horizontal_top: "=",
    horizontal_bottom: "=",
};

/// A pane's border. The pane with the keys has a heavier line as well as the focus
/// colour, so focus shows without colour too.
pub(super) fn pane(title: String, focused: bool, theme: Theme) -> Block<'static> {
    let block = Block::new().borders(Borders::ALL);
    let block = match (focused, theme.ascii) {
        (false, _) => block.border_set(theme.border()),
        (true, false) => block.border_set(border::THICK),
        (true, true) => block.border_set(ASCII_FOCUSED),
    };
    if focused {
        block
            .border_style(theme.focused_border())
            .title(Line::styled(title, theme.title()))
    } else {
        block.title(title)
    }
}

fn draw_no_providers(frame: &mut Frame, area: Rect, state: &State) {
    let block = pane(" Review ".to_owned(), true, state.theme);
    let words = [
        "No providers to review yet.",
        "the first candidate",
        "Its review starts here, item by item through the catalogue.",
    ];
    super::empty::draw_no_providers(frame, area, state, block, words);
}

#[cfg(test)]
mod tests;
