//! The input line over a live, ranked list that search (`/`) and the command palette (`:`)
//! share: typing filters, Up/Down move, and the matched characters are highlighted.

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::{Constraint, Layout, Rect, Size};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui_textarea::TextArea;
use unicode_width::UnicodeWidthChar;

use super::list::step;
use super::popup::{centred, frame_popup};
use super::text_keys;
use crate::search::Ranked;
use crate::tui::command::Command;
use crate::tui::layout::body_for_size;
use crate::tui::layout::centred_offset;
use crate::tui::theme::Theme;

pub struct Finder {
    input: TextArea<'static>,
    pub hits: Vec<Ranked>,
    pub selected: usize,
}

/// Where a finder's parts go: its frame, the input line, the list, and one line under
/// the list about the selected row.
struct Areas {
    popup: Rect,
    input: Rect,
    list: Rect,
    detail: Rect,
}

impl Areas {
    fn new(body: Rect, width: u16) -> Self {
        let popup = centred(body, body.width.saturating_sub(4).min(width), body.height);
        let inner = popup.inner(ratatui::layout::Margin::new(1, 1));
        let [input, _, list, detail] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Min(1),
            Constraint::Length(1),
        ])
        .areas(inner);
        Self {
            popup,
            input,
            list,
            detail,
        }
    }
}

impl Finder {
    /// A finder holding `query`, all of it selected so that typing replaces it.
    pub fn new(query: &str, placeholder: &str) -> Self {
        let mut input = TextArea::new(vec![query.to_owned()]);
        input.set_placeholder_text(placeholder);
        input.select_all();
        Self {
            input,
            hits: Vec::new(),
            selected: 0,
        }
    }

    pub fn query(&self) -> String {
        self.input.lines().join(" ")
    }

    /// Gives a key the keymap did not claim to the input line; true when the query changed.
    pub fn input(&mut self, key: KeyEvent) -> bool {
        let breaks_line = matches!(key.code, KeyCode::Enter | KeyCode::Tab | KeyCode::BackTab)
            || (key.modifiers.contains(KeyModifiers::CONTROL)
                && matches!(key.code, KeyCode::Char('m' | 'j')));
        !breaks_line && text_keys::edit(&mut self.input, key)
    }

    /// Pasted text replaces the selection, as one line; true when the query changed.
    pub fn paste(&mut self, text: &str) -> bool {
        self.input.insert_str(text.replace(['\n', '\r'], " "))
    }

    /// New results for a new query: the best one selected.
    pub fn set_hits(&mut self, hits: Vec<Ranked>) {
        self.hits = hits;
        self.selected = 0;
    }

    /// Moves the selection for a list movement; a page is what the list shows on a
    /// terminal of `size`.
    pub fn step(&mut self, action: Command, size: Size) {
        // The width does not change the list's height.
        let page = usize::from(Self::areas(size, u16::MAX).list.height);
        self.selected = step(self.selected, self.hits.len(), action, page);
    }

    /// The columns inside a finder of at most `width` drawn over `body`.
    pub fn inner_width(body: Rect, width: u16) -> usize {
        usize::from(Areas::new(body, width).detail.width)
    }

    pub fn current(&self) -> Option<&Ranked> {
        self.hits.get(self.selected)
    }

    fn areas(size: Size, width: u16) -> Areas {
        Areas::new(body_for_size(size), width)
    }

    /// Draws the finder over `body`. `row` turns a hit into its line for a given width;
    /// `empty` is shown when there is no hit, `detail` under the list.
    pub fn draw(
        &self,
        frame: &mut Frame,
        body: Rect,
        look: &Look<'_>,
        row: &dyn Fn(&Ranked, usize) -> Line<'static>,
    ) {
        let theme = look.theme;
        let areas = Areas::new(body, look.width);
        let inner = frame_popup(
            frame,
            areas.popup,
            look.title,
            Some(look.footer.clone()),
            theme,
        );
        if inner.height < 4 {
            return;
        }
        let [prompt, field] =
            Layout::horizontal([Constraint::Length(2), Constraint::Min(1)]).areas(areas.input);
        frame.render_widget(Span::styled(look.prompt, theme.key()), prompt);
        let mut input = self.input.clone();
        input.set_cursor_line_style(Style::new());
        input.set_cursor_style(theme.selected());
        input.set_selection_style(theme.selected());
        input.set_placeholder_style(theme.dim());
        frame.render_widget(&input, field);
        let width = usize::from(areas.list.width);
        if self.hits.is_empty() {
            let text = Paragraph::new(Line::styled(look.empty.clone(), theme.dim()))
                .wrap(ratatui::widgets::Wrap { trim: true });
            frame.render_widget(text, areas.list);
        } else {
            let height = usize::from(areas.list.height);
            let offset = centred_offset(self.selected, self.hits.len(), height);
            let lines: Vec<Line> = self
                .hits
                .iter()
                .enumerate()
                .skip(offset)
                .take(height)
                .map(|(index, hit)| {
                    let line = row(hit, width);
                    if index == self.selected {
                        line.patch_style(theme.selected())
                    } else {
                        line
                    }
                })
                .collect();
            frame.render_widget(Paragraph::new(lines), areas.list);
        }
        frame.render_widget(look.detail.clone(), areas.detail);
    }
}

/// What a finder shows besides its hits.
pub struct Look<'a> {
    pub theme: Theme,
    pub title: &'a str,
    /// The widest the popup gets.
    pub width: u16,
    /// The mark before the input line.
    pub prompt: &'a str,
    pub footer: Line<'static>,
    /// Shown instead of the list when nothing matches.
    pub empty: String,
    /// The line under the list.
    pub detail: Line<'static>,
}

/// Matched characters: bold and underlined, so they show without colour too.
fn matched(theme: Theme) -> Style {
    let style = Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED);
    if theme.colour {
        style.fg(Color::Yellow)
    } else {
        style
    }
}

/// At most `width` columns of `text` around its first matched character, with the
/// characters at `positions` (char indices) highlighted and any cut marked.
pub fn highlighted(
    text: &str,
    positions: &[usize],
    width: usize,
    base: Style,
    theme: Theme,
) -> Vec<Span<'static>> {
    let chars: Vec<char> = text.chars().collect();
    let columns = |range: &[char]| -> usize { range.iter().map(|c| c.width().unwrap_or(0)).sum() };
    let ellipsis = if theme.ascii { "~" } else { "…" };
    if width == 0 {
        return Vec::new();
    }
    // Start far enough before the first match to give it some context, no further.
    let first = positions.first().copied().unwrap_or(0).min(chars.len());
    let mut start = first;
    while start > 0 && columns(&chars[start - 1..first]) <= width / 3 {
        start -= 1;
    }
    // Begin at a word where one starts within that context.
    if let Some(space) = chars[start..first].iter().position(|c| *c == ' ') {
        start += space + 1;
    }
    // From the beginning (where ids and titles are) whenever the first match shows there.
    if columns(&chars[..first]) + 1 < width * 2 / 3 || columns(&chars) <= width {
        start = 0;
    }
    let mut spans = Vec::new();
    let mut room = width;
    if start > 0 {
        spans.push(Span::styled(ellipsis, theme.dim()));
        room -= 1;
    }
    let mut end = start;
    let mut used = 0;
    while end < chars.len() {
        let w = chars[end].width().unwrap_or(0);
        let needs_mark = usize::from(end + 1 < chars.len());
        if used + w + needs_mark > room {
            break;
        }
        used += w;
        end += 1;
    }
    let hit = base.patch(matched(theme));
    let mut run = String::new();
    let mut run_matched = false;
    for (index, &ch) in chars.iter().enumerate().take(end).skip(start) {
        let is_match = positions.binary_search(&index).is_ok();
        if is_match != run_matched && !run.is_empty() {
            let style = if run_matched { hit } else { base };
            spans.push(Span::styled(std::mem::take(&mut run), style));
        }
        run_matched = is_match;
        run.push(ch);
    }
    if !run.is_empty() {
        spans.push(Span::styled(run, if run_matched { hit } else { base }));
    }
    if end < chars.len() && used < room {
        spans.push(Span::styled(ellipsis, theme.dim()));
    }
    spans
}

#[cfg(test)]
mod tests;
