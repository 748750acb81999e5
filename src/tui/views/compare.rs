//! The Compare view: the providers side by side as a matrix of statuses and scores (or a
//! chart of the scores), the selected provider's strengths and gaps, and the judgements
//! that would change who ranks first.

mod chart;
mod matrix;
mod summary;
mod verdict;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect, Size};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders};

use crate::compare::{Comparison, Matrix, Row, telling_apart};
use crate::scoring::ScoreOptions;
use crate::tui::layout::{MIN_HEIGHT, MIN_WIDTH, Screen};
use crate::tui::state::State;
use crate::tui::text::{one_line, truncate};
use crate::tui::theme::Theme;

/// Body width from which the summary and ranking panes sit beside the matrix.
const SIDE_BY_SIDE_WIDTH: u16 = 120;

/// The providers of the open workspace, scored and ordered as the view shows them.
pub fn comparison(state: &State) -> Option<Comparison<'_>> {
    let workspace = state.workspace()?;
    let derivation = state.derivation();
    let options = ScoreOptions::for_workspace(&workspace.decision, &derivation);
    Some(Comparison::new(
        state.catalogue,
        &workspace.providers,
        derivation,
        options,
        state.compare.sort,
    ))
}

/// The statuses and rows of the open workspace, without the cost of scoring: enough for
/// moving about.
pub fn matrix(state: &State) -> Option<Matrix<'_>> {
    let workspace = state.workspace()?;
    Some(Matrix::new(
        state.catalogue,
        &workspace.providers,
        state.derivation(),
    ))
}

/// The matrix's rows under the view's filters and open sections.
pub fn rows<'a>(state: &State, matrix: &Matrix<'a>) -> Vec<Row<'a>> {
    matrix.rows(&state.compare.expanded, state.compare.filter)
}

/// The selected provider's index, kept in range after a deletion.
pub fn selected_provider(state: &State) -> Option<usize> {
    let last = state.workspace()?.providers.len().checked_sub(1)?;
    Some(state.compare.provider.min(last))
}

/// The selected provider (kept in range after a deletion) and its column's position.
pub fn selected_column(state: &State, comparison: &Comparison<'_>) -> Option<(usize, usize)> {
    let provider = selected_provider(state)?;
    let position = comparison
        .columns
        .iter()
        .position(|&index| index == provider)?;
    Some((provider, position))
}

/// Where the parts of the view go: the matrix (or chart), and the summary and ranking
/// panes below it, or beside it when the terminal is wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CompareAreas {
    /// Whether any provider qualifies, who comes first, and whether that is final.
    pub verdict: Rect,
    pub main: Rect,
    pub summary: Rect,
    pub ranking: Rect,
}

impl CompareAreas {
    pub fn new(body: Rect) -> Self {
        let [verdict, body] =
            Layout::vertical([Constraint::Length(verdict::HEIGHT), Constraint::Min(1)]).areas(body);
        let (main, side) = if body.width >= SIDE_BY_SIDE_WIDTH {
            let side = (body.width * 2 / 5).clamp(40, 60);
            let [main, side] =
                Layout::horizontal([Constraint::Min(1), Constraint::Length(side)]).areas(body);
            (main, side)
        } else {
            let below = (body.height / 3).clamp(6, 12);
            let [main, side] =
                Layout::vertical([Constraint::Min(1), Constraint::Length(below)]).areas(body);
            (main, side)
        };
        let [summary, ranking] = if body.width >= SIDE_BY_SIDE_WIDTH {
            Layout::vertical([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(side)
        } else {
            Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(side)
        };
        Self {
            verdict,
            main,
            summary,
            ranking,
        }
    }

    /// The areas on a terminal of `size`; an unknown or too small size counts as the
    /// smallest supported one, so a page is never taller than what is drawn.
    pub fn for_size(size: Size) -> Self {
        let screen = Screen::new(size).or_else(|| Screen::new(Size::new(MIN_WIDTH, MIN_HEIGHT)));
        Self::new(screen.map_or(Rect::ZERO, |screen| screen.body))
    }

    /// How many matrix rows scroll into view at once.
    pub fn page(&self) -> usize {
        usize::from(matrix::Grid::rows_height(
            self.main.inner(Margin::new(1, 1)),
        ))
    }
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
