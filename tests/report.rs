//! Reports: golden files for the demo workspace in every format, hostile text in every
//! format, the HTML's structure and escaping through an HTML parser, the CSV read back by
//! the `csv` crate, and the JSON's shape.

#[path = "common/process.rs"]
mod process;
#[path = "report/support.rs"]
mod support;

#[path = "report/golden.rs"]
mod golden;

#[path = "report/html.rs"]
mod html;

#[path = "report/csv.rs"]
mod csv_export;

#[path = "report/markdown.rs"]
mod markdown;

#[path = "report/json.rs"]
mod json;

#[path = "report/cli.rs"]
mod cli;

#[path = "report/browser.rs"]
mod browser;
#[path = "report/history.rs"]
mod history;
#[path = "report/ranking.rs"]
mod ranking;
