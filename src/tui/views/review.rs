//! The Review view.

use ratatui::Frame;
use ratatui::layout::Rect;

use crate::tui::state::State;

pub fn draw(_frame: &mut Frame, _area: Rect, _state: &State) {}
