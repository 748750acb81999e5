//! The questionnaire as an Excel workbook, which is what providers expect: a cover sheet
//! with the instructions and the due date, and a sheet of questions whose answer cells are
//! the only ones that can be edited, with a drop-down for the self-assessment.

use rust_xlsxwriter::{DataValidation, Format, FormatAlign, Workbook, Worksheet, XlsxError};

use super::{Dates, QUESTIONNAIRE_COLUMNS, instructions, questions};
use crate::catalogue::Catalogue;
use crate::report::answers::{QUESTIONS_SHEET, SELF_ASSESSMENTS, SelfAssessment};
use crate::workspace::{Provider, Workspace};

/// Column widths in characters, in `QUESTIONNAIRE_COLUMNS` order: the question and the
/// answer wide enough to read and write in.
const WIDTHS: [f64; 9] = [9.0, 22.0, 26.0, 60.0, 12.0, 20.0, 16.0, 60.0, 36.0];

/// The first of the columns the provider fills in (`self_assessment`, `answer`,
/// `evidence`).
const FIRST_ANSWER_COLUMN: u16 = 6;

/// The workbook's bytes. An error here is a bug in tiaki (every text is within Excel's
/// limits), said as one line.
pub fn xlsx(
    catalogue: &Catalogue,
    workspace: &Workspace,
    provider: &Provider,
    dates: Dates,
) -> Result<Vec<u8>, String> {
    write(catalogue, workspace, provider, dates)
        .map_err(|error| format!("could not write the Excel questionnaire: {error}"))
}

fn write(
    catalogue: &Catalogue,
    workspace: &Workspace,
    provider: &Provider,
    dates: Dates,
) -> Result<Vec<u8>, XlsxError> {
    let (questions, derivation) = questions(catalogue, workspace);
    let mut book = Workbook::new();
    let wrapped = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let heading = wrapped.clone().set_bold();
    let answer = wrapped.clone().set_unlocked();

    let cover = book.add_worksheet().set_name("Instructions")?;
    cover.set_column_width(0, 100)?;
    cover.write_string_with_format(
        0,
        0,
        format!("Questionnaire for {}", provider.name),
        &heading.clone().set_font_size(14),
    )?;
    let mut lines = vec![
        format!("Assessment: {}", workspace.name),
        format!("Date: {}", dates.sent),
        format!("Due: {}", dates.due),
        format!("Questions: {}", questions.len()),
        String::new(),
    ];
    lines.extend(instructions(
        catalogue,
        &derivation,
        workspace,
        provider,
        dates,
    ));
    lines.push(format!(
        "Answer on the \"{QUESTIONS_SHEET}\" sheet: choose your self-assessment from the \
         drop-down, and fill in the answer and evidence columns. Please leave the other \
         columns as they are."
    ));
    for (row, line) in (1..).zip(&lines) {
        cover.write_string_with_format(row, 0, line, &wrapped)?;
    }
    cover.protect();

    let sheet = book.add_worksheet().set_name(QUESTIONS_SHEET)?;
    for (column, (name, width)) in (0..).zip(QUESTIONNAIRE_COLUMNS.iter().zip(WIDTHS)) {
        sheet.set_column_width(column, width)?;
        sheet.write_string_with_format(0, column, *name, &heading)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    for (row, question) in (1..).zip(&questions) {
        for (column, cell) in (0..).zip(question.cells()) {
            sheet.write_string_with_format(row, column, cell, &wrapped)?;
        }
        for column in FIRST_ANSWER_COLUMN..QUESTIONNAIRE_COLUMNS.len() as u16 {
            sheet.write_blank(row, column, &answer)?;
        }
    }
    if let Ok(last) = u32::try_from(questions.len())
        && last > 0
    {
        add_drop_down(sheet, last)?;
    }
    sheet.protect();
    book.save_to_buffer()
}

/// The self-assessment drop-down on rows 1 to `last`.
fn add_drop_down(sheet: &mut Worksheet, last: u32) -> Result<(), XlsxError> {
    let choices = SelfAssessment::ALL.map(SelfAssessment::label);
    let validation = DataValidation::new()
        .allow_list_strings(&choices)?
        .set_input_title("Self-assessment")?
        .set_input_message(format!("Choose one of {SELF_ASSESSMENTS}."))?
        .set_error_title("Self-assessment")?
        .set_error_message(format!("Please choose one of {SELF_ASSESSMENTS}."))?;
    sheet.add_data_validation(
        1,
        FIRST_ANSWER_COLUMN,
        last,
        FIRST_ANSWER_COLUMN,
        &validation,
    )?;
    Ok(())
}
