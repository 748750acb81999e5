//! The keys every text field answers. ratatui-textarea's defaults are Emacs-like, but its
//! Ctrl-u undoes; in a terminal Ctrl-u clears back to the start of the line (shells,
//! readline), and that is how an assessor empties a field that came filled in, such as
//! the name offered on the first start. Undo moves to Ctrl-z.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::TextArea;

/// Applies `key` to `area`; true when the text changed.
pub fn edit(area: &mut TextArea<'_>, key: KeyEvent) -> bool {
    if key.modifiers == KeyModifiers::CONTROL {
        match key.code {
            KeyCode::Char('u') => return area.delete_line_by_head(),
            KeyCode::Char('z') => return area.undo(),
            _ => {}
        }
    }
    area.input(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctrl(c: char) -> KeyEvent {
        KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
    }

    fn typed(area: &mut TextArea<'_>, text: &str) {
        for c in text.chars() {
            edit(area, KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        }
    }

    #[test]
    fn ctrl_u_clears_to_the_start_of_the_line_and_ctrl_z_brings_it_back() {
        let mut area = TextArea::new(vec!["root".to_owned()]);
        area.move_cursor(ratatui_textarea::CursorMove::End);
        assert!(edit(&mut area, ctrl('u')));
        assert_eq!(area.lines(), [""]);
        assert!(edit(&mut area, ctrl('z')));
        assert_eq!(area.lines(), ["root"], "undone");
        edit(&mut area, ctrl('u'));
        typed(&mut area, "Aroha Ngata");
        assert_eq!(
            area.lines(),
            ["Aroha Ngata"],
            "typing replaces what was offered"
        );
    }

    #[test]
    fn ctrl_u_keeps_what_follows_the_cursor_and_the_lines_above() {
        let mut area = TextArea::new(vec!["first".to_owned(), "second half".to_owned()]);
        area.move_cursor(ratatui_textarea::CursorMove::Bottom);
        area.move_cursor(ratatui_textarea::CursorMove::WordForward);
        edit(&mut area, ctrl('u'));
        assert_eq!(area.lines(), ["first", "half"]);
    }
}
