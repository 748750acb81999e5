//! The Compare view: the providers side by side as a matrix of statuses and scores (or a
//! chart of the scores), the selected provider's strengths and gaps, and the judgements
//! that would change who ranks first.

mod chart;
mod matrix;
mod summary;
mod verdict;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders};

use crate::compare::{Comparison, telling_apart};
use crate::tui::layout::CompareAreas;
use crate::tui::selectors::{comparison, selected_provider};
use crate::tui::state::State;
use crate::tui::text::{one_line, truncate};
use crate::tui::theme::Theme;

/// The selected provider (kept in range after a deletion) and its column's position.
pub fn selected_column(state: &State, comparison: &Comparison<'_>) -> Option<(usize, usize)> {
    let provider = selected_provider(state)?;
    let position = comparison
        .columns
        .iter()
        .position(|&index| index == provider)?;
    Some((provider, position))
}

pub fn draw(frame: &mut Frame, area: Rect, state: &State) {
    let Some(comparison) = comparison(state).filter(|c| !c.columns.is_empty()) else {
        draw_no_providers(frame, area, state);
        return;
    };
    let areas = CompareAreas::new(area);
    verdict::draw(frame, areas.verdict, state, &comparison);
    if state.compare.chart {
        chart::draw(frame, areas.main, state, &comparison);
    } else {
        matrix::draw(frame, areas.main, state, &comparison);
    }
    summary::draw_summary(frame, areas.summary, state, &comparison);
    summary::draw_ranking(frame, areas.ranking, state, &comparison);
}

/// A pane's block: the theme's border and a bold title.
fn pane(title: String, state: &State) -> Block<'static> {
    Block::new()
        .borders(Borders::ALL)
        .border_set(state.theme.border())
        .title(Line::styled(title, state.theme.title()))
}

/// Every provider's name in full, made safe for the screen, in the workspace's order.
fn full_names(comparison: &Comparison<'_>, ascii: bool) -> Vec<String> {
    comparison
        .providers()
        .iter()
        .map(|provider| one_line(provider.name.trim(), ascii))
        .collect()
}

/// Names as the view shows them where each has `room` columns on one line: cut short,
/// and told apart (`compare::telling_apart`) where cutting would make two look alike.
fn names_in(comparison: &Comparison<'_>, room: usize, theme: Theme) -> Vec<String> {
    let full = full_names(comparison, theme.ascii);
    let names: Vec<&str> = full.iter().map(String::as_str).collect();
    telling_apart(&names, ellipsis(theme), |name| {
        truncate(name, room, theme.ascii)
    })
}

/// The mark of the words left out at the start of a name.
fn ellipsis(theme: Theme) -> &'static str {
    if theme.ascii { ".." } else { "…" }
}

/// A section's title without the "Principle 3: " its id already says.
fn section_title(title: &str) -> &str {
    match title.split_once(": ") {
        Some((lead, rest)) if lead.starts_with("Principle") => rest,
        _ => title,
    }
}

fn draw_no_providers(frame: &mut Frame, area: Rect, state: &State) {
    let block = pane(" Compare ".to_owned(), state);
    let words = [
        "No providers to compare yet.",
        "each candidate",
        "Once they are reviewed, this view puts them side by side.",
    ];
    super::empty::draw_no_providers(frame, area, state, block, words);
}

#[cfg(test)]
mod tests;
