//! The areas of each view, computed from the body's rectangle: the views draw into them and
//! `update` takes page sizes and hit-tests clicks from the same ones.

use ratatui::layout::{Constraint, Layout, Margin, Rect, Size};

use super::{MIN_HEIGHT, MIN_WIDTH, SIDE_BY_SIDE_WIDTH, Screen};

/// Body width from which Compare's summary and ranking panes sit beside the matrix.
const COMPARE_SIDE_BY_SIDE: u16 = 120;

/// Lines kept for Compare's verdict above the matrix.
pub const VERDICT_HEIGHT: u16 = 3;

/// Lines of the matrix above its rows (two for the name, one for the rank) and below them
/// (score, coverage, Unknowns, disqualifying failures).
pub const MATRIX_HEADER: u16 = 3;
pub const MATRIX_FOOTER: u16 = 4;

/// How many matrix rows fit inside the matrix's border `inner`.
pub fn matrix_rows_height(inner: Rect) -> u16 {
    inner.height.saturating_sub(MATRIX_HEADER + MATRIX_FOOTER)
}

/// Body width from which a list's detail (Actions, History) sits beside it.
const LIST_DETAIL_SIDE_BY_SIDE: u16 = 120;

/// Height of a list's detail pane below it (Actions, History): its border and seven lines.
const LIST_DETAIL_HEIGHT: u16 = 9;

/// Body width from which all three of Context's panes show side by side.
pub const CONTEXT_WIDE: u16 = 120;

/// The body on a terminal of `size`; an unknown or too small size counts as the smallest
/// supported one, where the panes are smallest, so page sizes taken from it are never too
/// large.
pub fn body_for_size(size: Size) -> Rect {
    Screen::new(size)
        .or_else(|| Screen::new(Size::new(MIN_WIDTH, MIN_HEIGHT)))
        .map_or(Rect::ZERO, |screen| screen.body)
}

/// A list and its selected entry in full: side by side on a body at least `side_by_side`
/// wide, the list taking `list_percent` of it; otherwise the detail in
/// `LIST_DETAIL_HEIGHT` rows below the list.
fn list_and_detail(body: Rect, list_percent: u16, side_by_side: u16) -> [Rect; 2] {
    if body.width >= side_by_side {
        Layout::horizontal([
            Constraint::Percentage(list_percent),
            Constraint::Percentage(100 - list_percent),
        ])
        .areas(body)
    } else {
        Layout::vertical([Constraint::Min(4), Constraint::Length(LIST_DETAIL_HEIGHT)]).areas(body)
    }
}

/// The tree on the left, the selected row's detail on the right; both bordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReviewAreas {
    pub tree: Rect,
    pub detail: Rect,
}

impl ReviewAreas {
    /// The panes within the view's `body`: the tree takes two fifths, within limits that
    /// keep ids and titles readable at 80 columns without starving the detail when wide.
    pub fn new(body: Rect) -> Self {
        let width = (body.width * 2 / 5).clamp(36, 64).min(body.width);
        let [tree, detail] =
            Layout::horizontal([Constraint::Length(width), Constraint::Min(1)]).areas(body);
        Self { tree, detail }
    }

    /// The panes on a terminal of `size`; an unknown or too small size counts as the
    /// smallest supported one, where the panes are smallest, so bounds taken from it are
    /// never too tight.
    pub fn for_size(size: Size) -> Self {
        Self::new(body_for_size(size))
    }

    /// Where the tree's rows are drawn, inside its border.
    pub fn tree_rows(&self) -> Rect {
        self.tree.inner(Margin::new(1, 1))
    }

    /// Where the detail's text is drawn, inside its border.
    pub fn detail_text(&self) -> Rect {
        self.detail.inner(Margin::new(1, 1))
    }
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
            Layout::vertical([Constraint::Length(VERDICT_HEIGHT), Constraint::Min(1)]).areas(body);
        let (main, side) = if body.width >= COMPARE_SIDE_BY_SIDE {
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
        let [summary, ranking] = if body.width >= COMPARE_SIDE_BY_SIDE {
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
        Self::new(body_for_size(size))
    }

    /// How many matrix rows scroll into view at once.
    pub fn page(&self) -> usize {
        usize::from(matrix_rows_height(self.main.inner(Margin::new(1, 1))))
    }
}

/// The table and the selected action's detail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ActionsAreas {
    pub table: Rect,
    pub detail: Rect,
}

impl ActionsAreas {
    pub fn new(body: Rect) -> Self {
        let [table, detail] = list_and_detail(body, 65, LIST_DETAIL_SIDE_BY_SIDE);
        Self { table, detail }
    }

    /// The areas on a terminal of `size`, the smallest supported one when unknown.
    pub fn for_size(size: Size) -> Self {
        Self::new(body_for_size(size))
    }

    /// How many actions show at once: the table less its border and header.
    pub fn page(&self) -> usize {
        usize::from(self.table.height.saturating_sub(3))
    }
}

/// The Context view: the level band on top, then the questions, the selected question and
/// the assurance pane; narrower than `CONTEXT_WIDE`, the assurance pane takes the question's
/// place while it has the keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ContextAreas {
    pub band: Rect,
    pub questions: Rect,
    pub question: Option<Rect>,
    pub assurance: Option<Rect>,
}

impl ContextAreas {
    /// The panes in `area`; `assurance_focused` when the assurance pane has the keys.
    pub fn new(area: Rect, assurance_focused: bool) -> Self {
        let [band, rest] =
            Layout::vertical([Constraint::Length(3), Constraint::Fill(1)]).areas(area);
        if area.width >= CONTEXT_WIDE {
            let [questions, question, assurance] = Layout::horizontal([
                Constraint::Length(38),
                Constraint::Fill(1),
                Constraint::Fill(1),
            ])
            .areas(rest);
            return Self {
                band,
                questions,
                question: Some(question),
                assurance: Some(assurance),
            };
        }
        let [questions, right] =
            Layout::horizontal([Constraint::Length(32), Constraint::Fill(1)]).areas(rest);
        Self {
            band,
            questions,
            question: (!assurance_focused).then_some(right),
            assurance: assurance_focused.then_some(right),
        }
    }
}

/// The workspace picker: the table and, when the selected workspace cannot be read, a box
/// under it saying why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PickerAreas {
    pub table: Rect,
    /// Empty when there is no reason to show.
    pub reason: Rect,
}

/// The picker in `body` with `reason_lines` lines of reason (0 for none): the box takes
/// what its lines and border need, up to half the body, and the table the rest.
pub fn picker(body: Rect, reason_lines: usize) -> PickerAreas {
    if reason_lines == 0 {
        return PickerAreas {
            table: body,
            reason: Rect::new(body.x, body.bottom(), body.width, 0),
        };
    }
    let wanted = u16::try_from(reason_lines)
        .unwrap_or(u16::MAX)
        .saturating_add(2);
    let [table, reason] = Layout::vertical([
        Constraint::Min(0),
        Constraint::Length(wanted.min(body.height / 2)),
    ])
    .areas(body);
    PickerAreas { table, reason }
}

/// The Providers view: the table, and the selected provider's detail below it or, when
/// the terminal is wide, beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProvidersAreas {
    pub table: Rect,
    pub detail: Rect,
    pub side_by_side: bool,
}

/// The least height of the detail pane below the table: its border and five lines.
const MIN_DETAIL: u16 = 7;

/// Below the table, the table is as tall as its `count` rows need and the detail (notes
/// can be long) takes the rest, keeping at least `MIN_DETAIL` rows.
pub fn providers(body: Rect, count: usize) -> ProvidersAreas {
    let side_by_side = body.width >= SIDE_BY_SIDE_WIDTH;
    let [table, detail] = if side_by_side {
        Layout::horizontal([Constraint::Percentage(62), Constraint::Percentage(38)]).areas(body)
    } else {
        let wanted = u16::try_from(count).unwrap_or(u16::MAX).saturating_add(3);
        let table = wanted.min(body.height.saturating_sub(MIN_DETAIL)).max(4);
        Layout::vertical([Constraint::Length(table), Constraint::Min(0)]).areas(body)
    };
    ProvidersAreas {
        table,
        detail,
        side_by_side,
    }
}

/// The width from which History shows the selected change beside the list.
const HISTORY_SIDE_BY_SIDE: u16 = 160;

/// The History view: the list of changes, and the selected one in full (with the chain of
/// changes to its finding) below it, or beside it on a wide terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HistoryAreas {
    pub list: Rect,
    pub detail: Rect,
}

impl HistoryAreas {
    pub fn new(body: Rect) -> Self {
        // A line is long ("2026-12-07 14:02 · Aroha Ngata · Kōwhai Comms · P3.4 status:
        // Not assessed → Met"): the list keeps the whole width until it can spare 100.
        let [list, detail] = if body.width >= HISTORY_SIDE_BY_SIDE {
            list_and_detail(body, 60, HISTORY_SIDE_BY_SIDE)
        } else {
            // Below the list, the change and every change to its finding: two fifths of a
            // tall terminal, so a finding's chain is not cut at the eighth line.
            let detail = (body.height * 2 / 5).max(LIST_DETAIL_HEIGHT);
            Layout::vertical([Constraint::Min(4), Constraint::Length(detail)]).areas(body)
        };
        Self { list, detail }
    }

    /// The areas on a terminal of `size`, the smallest supported one when unknown.
    pub fn for_size(size: Size) -> Self {
        Self::new(body_for_size(size))
    }

    /// How many changes show at once: the list less its border.
    pub fn page(&self) -> usize {
        usize::from(self.list.height.saturating_sub(2))
    }
}
