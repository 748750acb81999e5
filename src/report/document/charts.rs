//! The pictures a decision-maker takes in at a glance: a heat map of providers × sections
//! and, per provider, a bar of how its items stand. Data only; `report::svg` draws them.

use super::Block;
use crate::report::model::Report;
use crate::workspace::Status;

/// Providers (best first) down, sections across, each cell a score or none.
#[derive(Debug, Clone, PartialEq)]
pub struct HeatMap {
    pub providers: Vec<String>,
    pub sections: Vec<String>,
    /// `cells[provider][section]`: the score in percent, `None` when nothing is assessed.
    pub cells: Vec<Vec<Option<f64>>>,
}

/// Per provider (best first), its in-scope items by how they stand.
#[derive(Debug, Clone, PartialEq)]
pub struct Bars {
    pub rows: Vec<(String, [usize; 5])>,
}

/// The statuses a bar shows, in its order.
pub const BAR_STATUSES: [Status; 5] = [
    Status::Met,
    Status::PartlyMet,
    Status::NotMet,
    Status::Unknown,
    Status::NotAssessed,
];

#[derive(Debug, Clone, PartialEq)]
pub enum Chart {
    HeatMap(HeatMap),
    Bars(Bars),
}

/// The heat map and the bars; none without providers.
pub fn charts<'a>(report: &'a Report<'a>) -> Vec<Block<'a>> {
    if report.providers.is_empty() {
        return Vec::new();
    }
    let providers: Vec<String> = report
        .ranked()
        .map(|(_, part)| part.provider.name.clone())
        .collect();
    let sections = report
        .sections
        .iter()
        .map(|row| row.section.id.clone())
        .collect();
    let cells = report
        .ranked()
        .map(|(index, _)| {
            report
                .sections
                .iter()
                .map(|row| row.cells.get(index).and_then(|(tally, _)| tally.percent()))
                .collect()
        })
        .collect();
    let bars = report
        .ranked()
        .map(|(_, part)| {
            let counts = BAR_STATUSES.map(|status| part.counts.get(status));
            (part.provider.name.clone(), counts)
        })
        .collect();
    vec![
        Block::Chart(Chart::HeatMap(HeatMap {
            providers: providers.clone(),
            sections,
            cells,
        })),
        Block::Chart(Chart::Bars(Bars { rows: bars })),
    ]
}
