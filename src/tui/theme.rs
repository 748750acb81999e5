//! Colours, glyphs and borders. Colour is never the only signal: every status has its own
//! glyph, selection is reversed video, and `NO_COLOR` or `--ascii` keep everything usable.

use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::border;

use crate::catalogue::Priority;
use crate::workspace::Status;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub colour: bool,
    pub ascii: bool,
}

/// Borders drawn with `+`, `-` and `|` for terminals without line-drawing characters.
const ASCII_BORDER: border::Set = border::Set {
    top_left: "+",
    top_right: "+",
    bottom_left: "+",
    bottom_right: "+",
    vertical_left: "|",
    vertical_right: "|",
    horizontal_top: "-",
    horizontal_bottom: "-",
};

impl Theme {
    /// Colour unless `NO_COLOR` is set to anything non-empty (<https://no-color.org>).
    pub fn from_env(ascii: bool) -> Self {
        let no_colour = std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty());
        Self {
            colour: !no_colour,
            ascii,
        }
    }

    pub fn border(self) -> border::Set<'static> {
        if self.ascii {
            ASCII_BORDER
        } else {
            border::ROUNDED
        }
    }

    fn fg(self, colour: Color) -> Style {
        if self.colour {
            Style::new().fg(colour)
        } else {
            Style::new()
        }
    }

    pub fn status_glyph(self, status: Status) -> &'static str {
        match (status, self.ascii) {
            (Status::NotAssessed, false) => "·",
            (Status::NotAssessed, true) => ".",
            (Status::Met, false) => "✔",
            (Status::Met, true) => "+",
            (Status::PartlyMet, false) => "◐",
            (Status::PartlyMet, true) => "~",
            (Status::NotMet, false) => "✘",
            (Status::NotMet, true) => "x",
            (Status::Unknown, _) => "?",
            (Status::NotApplicable, false) => "⊘",
            (Status::NotApplicable, true) => "-",
        }
    }

    pub fn status_style(self, status: Status) -> Style {
        match status {
            Status::NotAssessed => self.fg(Color::DarkGray),
            Status::Met => self.fg(Color::Green),
            Status::PartlyMet => self.fg(Color::Yellow),
            Status::NotMet => self.fg(Color::Red).add_modifier(Modifier::BOLD),
            Status::Unknown => self.fg(Color::Magenta),
            Status::NotApplicable => self.fg(Color::Gray),
        }
    }

    pub fn priority_style(self, priority: Priority) -> Style {
        match priority {
            Priority::Required => self.fg(Color::LightRed).add_modifier(Modifier::BOLD),
            Priority::Recommended => self.fg(Color::LightYellow),
            Priority::Optional => self.fg(Color::Gray),
        }
    }

    /// The selected row: reversed, so it shows without colour too.
    pub fn selected(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    pub fn focused_border(self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    pub fn title(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn dim(self) -> Style {
        if self.colour {
            Style::new().fg(Color::DarkGray)
        } else {
            Style::new().add_modifier(Modifier::DIM)
        }
    }

    pub fn key(self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    pub fn error(self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    pub fn ok(self) -> Style {
        self.fg(Color::Green)
    }

    pub fn warning(self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    /// Flag marker for items marked for a second look.
    pub fn flag_glyph(self) -> &'static str {
        if self.ascii { "!" } else { "⚑" }
    }

    /// Marks a finding whose risk is accepted and the acceptance holds.
    pub fn accepted_glyph(self) -> &'static str {
        if self.ascii { "~" } else { "≈" }
    }

    /// Marks an item required at the workspace's assurance level.
    pub fn required_mark(self) -> &'static str {
        "*"
    }

    /// Marks an Unknown or Not applicable judgement that does not yet say why.
    pub fn unjustified_mark(self) -> &'static str {
        if self.ascii { "#" } else { "✎" }
    }

    /// Marks evidence needing attention: its file changed, missing or unreadable, or
    /// its last day passed.
    pub fn evidence_mark(self) -> &'static str {
        if self.ascii { "~" } else { "≠" }
    }

    /// Marks an item for a service the context says is not needed (it is not scored).
    pub fn out_of_scope_mark(self) -> &'static str {
        if self.ascii { "o" } else { "∅" }
    }

    /// Bullet for lists inside panes.
    pub fn bullet(self) -> &'static str {
        if self.ascii { "*" } else { "•" }
    }

    /// The mark of an answer option: a radio button for a single choice, a check box for
    /// a multiple one.
    pub fn choice_mark(self, multiple: bool, chosen: bool) -> &'static str {
        match (multiple, chosen, self.ascii) {
            (false, true, false) => "(●)",
            (false, true, true) => "(*)",
            (false, false, _) => "( )",
            (true, true, false) => "[✔]",
            (true, true, true) => "[x]",
            (true, false, _) => "[ ]",
        }
    }

    /// Marker of an expanded or collapsed section.
    pub fn fold_glyph(self, expanded: bool) -> &'static str {
        match (expanded, self.ascii) {
            (true, false) => "▾",
            (false, false) => "▸",
            (true, true) => "v",
            (false, true) => ">",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_has_its_own_glyph_in_both_modes() {
        for ascii in [false, true] {
            let theme = Theme {
                colour: false,
                ascii,
            };
            let glyphs: std::collections::HashSet<_> =
                Status::ALL.iter().map(|s| theme.status_glyph(*s)).collect();
            assert_eq!(glyphs.len(), Status::ALL.len());
            if ascii {
                assert!(glyphs.iter().all(|g| g.is_ascii()));
            }
        }
    }

    #[test]
    fn no_colour_means_no_colour() {
        let theme = Theme {
            colour: false,
            ascii: false,
        };
        for status in Status::ALL {
            assert_eq!(theme.status_style(status).fg, None);
        }
    }
}
