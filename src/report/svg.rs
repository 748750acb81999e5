//! The report's charts as inline SVG: no script, numbers written in every cell and
//! segment, shades that darken with the score (cividis, readable in grey scale and by
//! colour-blind readers), and a pattern for what has not been assessed.

use std::fmt::Write as _;

use super::document::{BAR_STATUSES, Bars, HeatMap};
use crate::workspace::Status;

const NAME_WIDTH: f64 = 170.0;
const CELL_WIDTH: f64 = 46.0;
const ROW_HEIGHT: f64 = 22.0;

/// Cividis from its dark end to its light one. In the heat map darker is a higher score,
/// as in the bars, where Met is the darkest and Not met the lightest: one reading for both.
const SHADES: [&str; 5] = ["#00204d", "#414d6b", "#7c7b78", "#bcaf6f", "#ffea46"];

pub fn heat_map(out: &mut String, map: &HeatMap) {
    let width = (NAME_WIDTH + CELL_WIDTH * map.sections.len() as f64).max(NAME_WIDTH + 5.0 * 60.0);
    // A row of names, one per provider, and the legend below.
    let height = ROW_HEIGHT * (map.providers.len() + 2) as f64;
    open(
        out,
        width,
        height,
        "Heat map: score per provider and section",
    );
    for (column, section) in map.sections.iter().enumerate() {
        let x = NAME_WIDTH + CELL_WIDTH * column as f64 + CELL_WIDTH / 2.0;
        label(out, x, ROW_HEIGHT * 0.7, "middle", section, "#000");
    }
    for (row, provider) in map.providers.iter().enumerate() {
        let y = ROW_HEIGHT * (row + 1) as f64;
        label(
            out,
            NAME_WIDTH - 6.0,
            y + ROW_HEIGHT * 0.68,
            "end",
            provider,
            "#000",
        );
        for (column, score) in map.cells[row].iter().enumerate() {
            let x = NAME_WIDTH + CELL_WIDTH * column as f64;
            let (fill, ink, said) = match score {
                Some(score) => {
                    let shade = shade(*score);
                    (SHADES[shade], ink(shade), format!("{score:.0}"))
                }
                None => ("url(#open)", "#000", "–".to_owned()),
            };
            let _ = write!(
                out,
                "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{CELL_WIDTH}\" height=\"{ROW_HEIGHT}\" \
                 fill=\"{fill}\" stroke=\"#fff\"/>"
            );
            label(
                out,
                x + CELL_WIDTH / 2.0,
                y + ROW_HEIGHT * 0.68,
                "middle",
                &said,
                ink,
            );
        }
    }
    // The legend: what each shade stands for, highest first as the bars' Met comes first.
    let y = ROW_HEIGHT * (map.providers.len() + 1) as f64 + 4.0;
    label(out, NAME_WIDTH - 6.0, y + 12.0, "end", "Score, %", "#000");
    for (place, range) in ["80–100", "60–79", "40–59", "20–39", "0–19"]
        .iter()
        .enumerate()
    {
        let x = NAME_WIDTH + 60.0 * place as f64;
        let _ = write!(
            out,
            "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"56\" height=\"16\" fill=\"{}\"/>",
            SHADES[place]
        );
        label(out, x + 28.0, y + 12.0, "middle", range, ink(place));
    }
    out.push_str("</svg>\n");
}

/// Which of the five shades a score falls in: the darkest for 80–100, the lightest for
/// 0–19.
fn shade(score: f64) -> usize {
    // Bounded to 0..=4 before the cast, so it cannot truncate or wrap.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let step = (score / 20.0).floor().clamp(0.0, 4.0) as usize;
    4 - step
}

/// Text that reads on a shade: white on the three darker ones.
fn ink(shade: usize) -> &'static str {
    if shade < 3 { "#fff" } else { "#000" }
}

pub fn bars(out: &mut String, bars: &Bars) {
    let track = 420.0;
    let width = NAME_WIDTH + track + 10.0;
    let height = ROW_HEIGHT * (bars.rows.len() + 1) as f64;
    open(
        out,
        width,
        height,
        "Per provider: items met, partly met, not met, unknown, not assessed",
    );
    let mut x = NAME_WIDTH;
    for status in BAR_STATUSES {
        let (fill, _) = segment_style(status);
        let _ = write!(
            out,
            "<rect x=\"{x:.1}\" y=\"4\" width=\"10\" height=\"10\" fill=\"{fill}\" stroke=\"#000\" stroke-width=\"0.5\"/>"
        );
        label(out, x + 13.0, 13.0, "start", status.label(), "#000");
        x += 84.0;
    }
    for (row, (provider, counts)) in bars.rows.iter().enumerate() {
        let y = ROW_HEIGHT * (row + 1) as f64 + 2.0;
        label(out, NAME_WIDTH - 6.0, y + 13.0, "end", provider, "#000");
        let total: usize = counts.iter().sum();
        let mut x = NAME_WIDTH;
        for (status, count) in BAR_STATUSES.iter().zip(counts) {
            if *count == 0 || total == 0 {
                continue;
            }
            #[allow(clippy::cast_precision_loss)] // item counts are small
            let share = track * *count as f64 / total as f64;
            let (fill, ink) = segment_style(*status);
            let _ = write!(
                out,
                "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{share:.1}\" height=\"18\" fill=\"{fill}\" \
                 stroke=\"#000\" stroke-width=\"0.5\"/>"
            );
            if share >= 16.0 {
                label(
                    out,
                    x + share / 2.0,
                    y + 13.0,
                    "middle",
                    &count.to_string(),
                    ink,
                );
            }
            x += share;
        }
    }
    out.push_str("</svg>\n");
}

/// Fill and ink of a bar segment: lightness falls with the outcome, and the two that are
/// not judgements (Unknown, Not assessed) are patterned, so grey scale keeps them apart.
fn segment_style(status: Status) -> (&'static str, &'static str) {
    match status {
        Status::Met => (SHADES[0], "#fff"),
        Status::PartlyMet => (SHADES[2], "#fff"),
        Status::NotMet => (SHADES[4], "#000"),
        Status::Unknown => ("url(#unknown)", "#000"),
        _ => ("url(#open)", "#000"),
    }
}

fn open(out: &mut String, width: f64, height: f64, title: &str) {
    let _ = write!(
        out,
        "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" \
         viewBox=\"0 0 {width:.0} {height:.0}\" width=\"100%\" font-size=\"11\" \
         font-family=\"sans-serif\"><title>"
    );
    super::html::escape_text(out, title);
    out.push_str(
        "</title><defs>\
         <pattern id=\"open\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">\
         <rect width=\"6\" height=\"6\" fill=\"#fff\"/>\
         <path d=\"M0 6L6 0\" stroke=\"#999\" stroke-width=\"1\"/></pattern>\
         <pattern id=\"unknown\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\">\
         <rect width=\"5\" height=\"5\" fill=\"#ddd\"/>\
         <circle cx=\"2.5\" cy=\"2.5\" r=\"1\" fill=\"#333\"/></pattern></defs>",
    );
}

fn label(out: &mut String, x: f64, y: f64, anchor: &str, text: &str, ink: &str) {
    let _ = write!(
        out,
        "<text x=\"{x:.1}\" y=\"{y:.1}\" text-anchor=\"{anchor}\" fill=\"{ink}\">"
    );
    super::html::escape_text(out, text);
    out.push_str("</text>");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_higher_score_is_darker_as_met_is_in_the_bars_and_a_legend_says_so() {
        let map = HeatMap {
            providers: vec!["Alpha".to_owned()],
            sections: vec!["P1".to_owned(), "P2".to_owned()],
            cells: vec![vec![Some(100.0), Some(10.0)]],
        };
        let mut out = String::new();
        heat_map(&mut out, &map);
        let fill_of = |x: f64| {
            let at = out
                .find(&format!("<rect x=\"{x:.1}\" y=\"22.0\""))
                .expect("the cell");
            // <rect x="…" y="…" width="…" height="…" fill="…": the fill is the fifth value.
            out[at..].split('"').nth(9).unwrap_or_default().to_owned()
        };
        assert_eq!(fill_of(NAME_WIDTH), SHADES[0], "100 % is the darkest");
        assert_eq!(
            fill_of(NAME_WIDTH + CELL_WIDTH),
            SHADES[4],
            "10 % the lightest"
        );
        let (met, _) = segment_style(Status::Met);
        assert_eq!(met, SHADES[0], "as Met in the bars");
        assert!(out.contains(">Score, %<"), "{out}");
        assert!(out.contains(">80–100<") && out.contains(">0–19<"), "{out}");
    }
}
