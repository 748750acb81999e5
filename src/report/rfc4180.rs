//! CSV as RFC 4180 writes it, and a reader for what spreadsheets send back. Written cells
//! that a spreadsheet would run as a formula are neutralised.

/// Starts a file: a UTF-8 byte-order mark, so spreadsheets read non-Latin text (and te reo
/// Māori's macrons) as UTF-8 instead of guessing a legacy code page.
pub fn start() -> String {
    String::from('\u{FEFF}')
}

/// Appends one record, fields separated by commas and the record ended by CRLF.
pub fn write_record<'f>(out: &mut String, fields: impl IntoIterator<Item = &'f str>) {
    for (position, field) in fields.into_iter().enumerate() {
        if position > 0 {
            out.push(',');
        }
        write_field(out, field);
    }
    out.push_str("\r\n");
}

/// A field quoted when it holds a comma, quote or line break (quotes doubled), and
/// prefixed with `'` when it starts like a formula (`=`, `+`, `-`, `@`, after any spaces,
/// including no-break ones; or a tab or carriage return), so that no spreadsheet
/// evaluates it. Escape and other control characters become visible stand-ins, as in
/// every other output: a CSV printed to a terminal must not drive it (OSC 52 would write
/// the clipboard). Line breaks stay, as line feeds.
fn write_field(out: &mut String, field: &str) {
    let formula = field.starts_with(['\t', '\r'])
        || field
            .trim_start_matches(char::is_whitespace)
            .starts_with(['=', '+', '-', '@']);
    let field = field.replace("\r\n", "\n");
    let field = crate::text::neutralise(&field, false);
    let quoted = field.contains([',', '"', '\n']);
    if quoted {
        out.push('"');
    }
    if formula {
        out.push('\'');
    }
    for c in field.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quoted {
        out.push('"');
    }
}

/// One record read back, with the line it starts on (1-based) for messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub line: usize,
    pub fields: Vec<String>,
}

/// Why a file is not CSV.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    pub line: usize,
    pub message: String,
}

/// Reads CSV text. Lenient where spreadsheets differ: CRLF, LF or CR line ends; `;` as the
/// separator when the first line has no comma but a semicolon (as some locales save);
/// blank lines skipped; a stray quote inside an unquoted field kept as text. Strict where
/// data would be lost: a quoted field left open is an error.
pub fn read(text: &str) -> Result<Vec<Record>, ReadError> {
    let first_line = text.lines().next().unwrap_or_default();
    let separator = if !first_line.contains(',') && first_line.contains(';') {
        ';'
    } else {
        ','
    };
    let mut records = Vec::new();
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut line = 1;
    let mut start = 1;
    let mut quoted = false;
    let mut quote_opened_at = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                c => {
                    if c == '\n' || (c == '\r' && chars.peek() != Some(&'\n')) {
                        line += 1;
                    }
                    field.push(c);
                }
            }
            continue;
        }
        match c {
            '"' if field.is_empty() => {
                quoted = true;
                quote_opened_at = line;
            }
            c if c == separator => fields.push(std::mem::take(&mut field)),
            '\r' | '\n' => {
                if c == '\r' {
                    chars.next_if_eq(&'\n');
                }
                end_record(&mut records, &mut fields, &mut field, start);
                line += 1;
                start = line;
            }
            c => field.push(c),
        }
    }
    if quoted {
        return Err(ReadError {
            line: quote_opened_at,
            message: "a quoted field is never closed (a `\"` is missing)".to_owned(),
        });
    }
    end_record(&mut records, &mut fields, &mut field, start);
    Ok(records)
}

fn end_record(
    records: &mut Vec<Record>,
    fields: &mut Vec<String>,
    field: &mut String,
    line: usize,
) {
    fields.push(std::mem::take(field));
    let blank = fields.len() == 1 && fields[0].is_empty();
    let fields = std::mem::take(fields);
    if !blank {
        records.push(Record { line, fields });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(fields: &[&str]) -> String {
        let mut out = String::new();
        write_record(&mut out, fields.iter().copied());
        out
    }

    #[test]
    fn fields_are_quoted_only_when_needed() {
        assert_eq!(
            written(&["plain", "a,b", "say \"hi\"", "two\nlines", ""]),
            "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n"
        );
    }

    #[test]
    fn formula_cells_are_neutralised() {
        assert_eq!(
            written(&["=HYPERLINK(\"x\")", "+1", "-1", "@SUM(A1)", "\tx", "a=b"]),
            "\"'=HYPERLINK(\"\"x\"\")\",'+1,'-1,'@SUM(A1),' x,a=b\r\n"
        );
        assert_eq!(written(&["\rx"]), "'␍x\r\n");
    }

    #[test]
    fn spaces_before_a_formula_do_not_hide_it() {
        assert_eq!(
            written(&[" =1+1", "\u{a0}@SUM(A1)", "  -2", " plain"]),
            "' =1+1,'\u{a0}@SUM(A1),'  -2, plain\r\n"
        );
    }

    #[test]
    fn escape_and_control_characters_are_neutralised() {
        let line = written(&["\u{1b}]52;c;ZXZpbA==\u{7}", "bell\u{7}", "two\r\nlines"]);
        assert!(!line.contains(['\u{1b}', '\u{7}']), "{line:?}");
        assert!(line.contains("\"two\nlines\""), "{line:?}");
    }

    #[test]
    fn what_is_written_reads_back() {
        let fields = ["a", "b,c", "d\"e", "f\ng", "ā ū 日本語", ""];
        let records = read(&written(&fields)).expect("reads");
        assert_eq!(records.len(), 1);
        assert_eq!(records[0].fields, fields);
    }

    #[test]
    fn records_know_their_line_and_blank_lines_are_skipped() {
        let records = read("h1,h2\n\n\"x\ny\",z\r\nlast,1").expect("reads");
        let lines: Vec<usize> = records.iter().map(|r| r.line).collect();
        assert_eq!(lines, [1, 3, 5]);
        assert_eq!(records[1].fields, ["x\ny", "z"]);
    }

    #[test]
    fn semicolons_separate_when_the_header_has_no_comma() {
        let records = read("item_id;status\nP1.1;Met\n").expect("reads");
        assert_eq!(records[1].fields, ["P1.1", "Met"]);
    }

    #[test]
    fn an_unclosed_quote_is_an_error_at_its_line() {
        let error = read("a,b\nc,\"open\nstill").expect_err("unclosed");
        assert_eq!(error.line, 2);
    }
}
