//! Selection movement shared by every list: one rule for j/k, g/G and paging. (Where the
//! rows are drawn is `layout::centred_offset`.)

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
}
