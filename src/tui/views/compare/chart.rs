//! The chart: scores as bars, either per section for the selected provider or per
//! provider for the selected section. Each bar carries its percentage as text, so the
//! chart reads the same without colour.

use ratatui::Frame;
use ratatui::layout::{Direction, Rect};
use ratatui::style::{Color, Style};
use ratatui::symbols::bar;
use ratatui::text::Line;
use ratatui::widgets::{Bar, BarChart};

use super::{names_in, pane, section_title, selected_column};
use crate::compare::{Comparison, Row};
use crate::scoring::Tally;
use crate::tui::command::Command;
use crate::tui::layout::centred_offset;
use crate::tui::selectors::rows;
use crate::tui::state::{ChartBy, State};
use crate::tui::text::truncate;
use crate::tui::theme::Theme;

/// Bars drawn with `#` for terminals without block characters.
const ASCII_BARS: bar::Set = bar::Set {
    full: "#",
    seven_eighths: "#",
    three_quarters: "#",
    five_eighths: "#",
    half: "#",
    three_eighths: "#",
    one_quarter: "#",
    one_eighth: "#",
    empty: " ",
};

/// The longest label a bar gets, so the bars keep most of the width.
const LABEL_WIDTH: usize = 28;

/// One bar before it is drawn.
struct Entry {
    label: String,
    tally: Option<Tally>,
    selected: bool,
}

pub fn draw(frame: &mut Frame, area: Rect, state: &State, comparison: &Comparison<'_>) {
    let theme = state.theme;
    let Some((provider, position)) = selected_column(state, comparison) else {
        return;
    };
    let rows = rows(state, comparison.matrix());
    let section = rows
        .get(state.compare.cursor.min(rows.len().saturating_sub(1)))
        .map(Row::section);
    let other = match state.compare.chart_by {
        ChartBy::Sections => "per provider",
        ChartBy::Providers => "per section",
    };
    let key = |action| state.keymap.key_label(action, theme.ascii);
    let (down, up) = (key(Command::Down), key(Command::Up));
    let (open, switch, matrix) = (
        key(Command::Select),
        key(Command::SwitchChart),
        key(Command::ToggleChart),
    );
    let (title, entries, selected) = match state.compare.chart_by {
        ChartBy::Sections => {
            let card = &comparison.cards[provider];
            let name = &names_in(comparison, usize::MAX, theme)[provider];
            let mut entries: Vec<Entry> = card
                .sections
                .iter()
                .map(|(id, tally)| {
                    let title = state
                        .catalogue
                        .section(id)
                        .map_or("", |section| section_title(&section.title));
                    Entry {
                        label: format!("{id} {title}"),
                        tally: Some(*tally),
                        selected: section.is_some_and(|s| &s.id == id),
                    }
                })
                .collect();
            entries.push(Entry {
                label: "Overall".to_owned(),
                tally: Some(card.overall),
                selected: false,
            });
            let selected = entries.iter().position(|e| e.selected).unwrap_or(0);
            (
                format!(" Chart · {name}, score per section "),
                entries,
                selected,
            )
        }
        ChartBy::Providers => {
            let Some(section) = section else {
                return;
            };
            // Room for the name beside the marker, the rank and the failure mark.
            let names = names_in(comparison, LABEL_WIDTH - 8, theme);
            let entries = comparison
                .columns
                .iter()
                .map(|&index| {
                    let card = &comparison.cards[index];
                    let name = &names[index];
                    let failed = if card.is_disqualified() {
                        if theme.ascii { " DQ" } else { " ✘" }
                    } else {
                        ""
                    };
                    Entry {
                        label: format!("#{} {name}{failed}", comparison.rank_of(index)),
                        tally: card.section(&section.id).copied(),
                        selected: index == provider,
                    }
                })
                .collect();
            let title = format!(
                " Chart · {} {}, score per provider ",
                section.id,
                section_title(&section.title)
            );
            (title, entries, position)
        }
    };
    let title = if theme.ascii {
        title.replace('·', "-")
    } else {
        title
    };
    // The keys that work here: up and down pick the section, Enter opens it in the matrix.
    let keys = format!(
        " {down}/{up}: section · {open}: its items · {switch}: {other} · {matrix}: matrix "
    );
    let keys = if theme.ascii {
        keys.replace('·', "-")
    } else {
        keys
    };
    let block = pane(title, state).title_bottom(Line::styled(keys, theme.dim()));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    frame.render_widget(chart(&entries, selected, inner, theme), inner);
}

/// The bars that fit `area`, a line apart when there is room, scrolled to keep the
/// selected one in view.
fn chart(entries: &[Entry], selected: usize, area: Rect, theme: Theme) -> BarChart<'static> {
    let height = usize::from(area.height);
    let gap = u16::from(entries.len() * 2 <= height + 1);
    let shown = if gap == 1 { entries.len() } else { height };
    let first = centred_offset(selected, entries.len(), shown);
    let label_width = entries
        .iter()
        .map(|entry| entry.label.chars().count())
        .max()
        .unwrap_or(0)
        .min(LABEL_WIDTH - 2)
        + 2;
    let dash = if theme.ascii { "-" } else { "–" };
    let bars: Vec<Bar<'static>> = entries
        .iter()
        .skip(first)
        .take(shown)
        .map(|entry| {
            let percent = entry.tally.as_ref().and_then(Tally::percent);
            // The selected bar is marked in text as well as in reverse video.
            let marker = match (entry.selected, theme.ascii) {
                (true, false) => "▸ ",
                (true, true) => "> ",
                (false, _) => "  ",
            };
            let label = format!(
                "{marker}{}",
                truncate(&entry.label, label_width - 2, theme.ascii)
            );
            let label_style = if entry.selected {
                theme.selected()
            } else {
                Style::new()
            };
            Bar::default()
                .value(percent.map_or(0, |p| p.round() as u64))
                .text_value(percent.map_or_else(|| dash.to_owned(), |p| format!("{p:.0}%")))
                .label(Line::styled(format!("{label:<label_width$}"), label_style))
                .style(band(percent, theme))
        })
        .collect();
    BarChart::default()
        .direction(Direction::Horizontal)
        .data(ratatui::widgets::BarGroup::default().bars(&bars))
        .max(100)
        .bar_width(1)
        .bar_gap(gap)
        .bar_set(if theme.ascii {
            ASCII_BARS
        } else {
            bar::NINE_LEVELS
        })
        .value_style(theme.selected())
}

/// A bar's colour by how well it scores; the percentage on it says the same in text.
fn band(percent: Option<f64>, theme: Theme) -> Style {
    if !theme.colour {
        return Style::new();
    }
    let colour = match percent {
        Some(p) if p >= 75.0 => Color::Green,
        Some(p) if p >= 50.0 => Color::Yellow,
        Some(_) => Color::Red,
        None => Color::DarkGray,
    };
    Style::new().fg(colour)
}
