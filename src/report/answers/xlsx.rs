//! The questionnaire's Excel workbook read back as rows, so that it takes the same checks
//! as the CSV. Read from bytes: the caller reads the file.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};

use super::FileProblem;
use crate::report::rfc4180::Record;

/// The sheet that holds the questions; the first sheet is read when none has this name.
pub const QUESTIONS_SHEET: &str = "Questions";

/// The questions sheet's rows, each numbered as the spreadsheet numbers it.
pub fn records(bytes: &[u8]) -> Result<Vec<Record>, FileProblem> {
    let unreadable = |error: &dyn std::fmt::Display| FileProblem {
        line: 0,
        message: format!(
            "not an Excel workbook tiaki can read ({error}); send back the .xlsx file tiaki \
             wrote, saved by Excel or another spreadsheet, or save it as \"CSV UTF-8\""
        ),
    };
    let mut book = Xlsx::new(Cursor::new(bytes)).map_err(|error| unreadable(&error))?;
    let names = book.sheet_names();
    let sheet = names
        .iter()
        .find(|name| name.eq_ignore_ascii_case(QUESTIONS_SHEET))
        .or_else(|| names.first())
        .cloned()
        .ok_or_else(|| unreadable(&"it has no sheets"))?;
    let range = book
        .worksheet_range(&sheet)
        .map_err(|error| unreadable(&error))?;
    let first = range.start().map_or(0, |(row, _)| row as usize);
    Ok(range
        .rows()
        .enumerate()
        .map(|(at, cells)| Record {
            line: first + at + 1,
            fields: cells.iter().map(text).collect(),
        })
        .collect())
}

/// A cell as the text a CSV would hold: a whole number without its `.0`.
fn text(cell: &Data) -> String {
    match cell {
        Data::String(text) => text.clone(),
        Data::Float(number) if number.fract() == 0.0 && number.abs() < 1e15 => {
            format!("{number:.0}")
        }
        Data::Empty => String::new(),
        other => other.to_string(),
    }
}
