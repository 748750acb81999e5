//! Selection movement shared by every list: one rule for j/k, g/G and paging.

use crate::tui::command::Command;

/// The new selected index after a movement action over `count` rows.
pub fn step(selected: usize, count: usize, action: Command, page: usize) -> usize {
    if count == 0 {
        return 0;
    }
    let last = count - 1;
    let selected = selected.min(last);
    match action {
        Command::Up => selected.saturating_sub(1),
        Command::Down => (selected + 1).min(last),
        Command::Top => 0,
        Command::Bottom => last,
        Command::PageUp => selected.saturating_sub(page.max(1)),
        Command::PageDown => (selected + page.max(1)).min(last),
        _ => selected,
    }
}

/// The first row to draw so that `selected` stays in view, kept near the middle once the
/// list is longer than the pane. Derived from the selection alone, so views stay pure.
pub fn centred_offset(selected: usize, count: usize, height: usize) -> usize {
    selected
        .saturating_sub(height / 2)
        .min(count.saturating_sub(height))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn movement_stays_in_bounds() {
        assert_eq!(step(0, 5, Command::Up, 3), 0);
        assert_eq!(step(4, 5, Command::Down, 3), 4);
        assert_eq!(step(1, 5, Command::PageDown, 3), 4);
        assert_eq!(step(4, 5, Command::PageUp, 3), 1);
        assert_eq!(step(2, 5, Command::Bottom, 3), 4);
        assert_eq!(step(9, 0, Command::Down, 3), 0);
        assert_eq!(step(9, 3, Command::Select, 3), 2);
    }

    #[test]
    fn offset_keeps_the_selection_in_view() {
        assert_eq!(centred_offset(0, 20, 5), 0);
        assert_eq!(centred_offset(10, 20, 5), 8);
        assert_eq!(centred_offset(19, 20, 5), 15);
        assert_eq!(centred_offset(3, 4, 10), 0);
    }
}
