//! Turning bytes into values and back, for every file tiaki reads or writes. Hostile input
//! gives an error with a line and column, never a panic or a blown stack.

mod unique_keys;

use std::fmt;

use serde::Serialize;
use serde::de::DeserializeOwned;
use unique_keys::Syntax;

/// Files larger than this are refused before parsing: no real assessment comes near it.
pub const MAX_FILE_BYTES: usize = 32 * 1024 * 1024;

const MIB: usize = 1024 * 1024;

/// Why a file of `length` bytes is refused, with its real size.
pub fn too_large_message(length: u64) -> String {
    format!(
        "the file is {} ({length} bytes), more than the {} MiB limit; it is not a tiaki file \
         or it is damaged",
        size_in_words(length),
        MAX_FILE_BYTES / MIB
    )
}

/// A size as people say it: "35.7 MiB", "1.0 GiB".
pub fn size_in_words(length: u64) -> String {
    let mib = length as f64 / MIB as f64;
    if mib >= 1024.0 {
        format!("{:.1} GiB", mib / 1024.0)
    } else {
        format!("{mib:.1} MiB")
    }
}

/// How deeply RON values may nest; real files need fewer than ten levels.
const RECURSION_LIMIT: usize = 64;

/// Why some text could not be read, and where (1-based; 0 when there is no position).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl DecodeError {
    fn whole_file(message: impl Into<String>) -> Self {
        Self {
            line: 0,
            column: 0,
            message: message.into(),
        }
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "{}:{}: {}", self.line, self.column, self.message)
        } else {
            f.write_str(&self.message)
        }
    }
}

/// Checks size and encoding and drops a leading byte-order mark.
pub fn decode_text(bytes: &[u8]) -> Result<&str, DecodeError> {
    if bytes.len() > MAX_FILE_BYTES {
        // Readers stop one byte past the limit, so the length says only "too large".
        return Err(DecodeError::whole_file(format!(
            "the file is larger than the {} MiB limit; it is not a tiaki file or it is damaged",
            MAX_FILE_BYTES / MIB
        )));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|error| {
        let (line, column) = position_of(&bytes[..error.valid_up_to()]);
        DecodeError {
            line,
            column,
            message: "the file is not valid UTF-8 text".to_owned(),
        }
    })
}

/// 1-based line and column just after `prefix`.
fn position_of(prefix: &[u8]) -> (usize, usize) {
    let line = prefix.split(|&byte| byte == b'\n').count();
    let line_start = prefix
        .iter()
        .rposition(|&byte| byte == b'\n')
        .map_or(0, |index| index + 1);
    let column = String::from_utf8_lossy(&prefix[line_start..])
        .chars()
        .count()
        + 1;
    (line, column)
}

fn ron_options() -> ron::Options {
    ron::Options::default().with_recursion_limit(RECURSION_LIMIT)
}

/// Parses RON, reporting the position of the first problem.
pub fn from_ron<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, DecodeError> {
    let text = decode_text(bytes)?;
    if text.trim().is_empty() {
        return Err(DecodeError::whole_file("the file is empty"));
    }
    let value = ron_options().from_str(text).map_err(|error| DecodeError {
        line: error.span.start.line,
        column: error.span.start.col,
        message: error.code.to_string(),
    })?;
    refuse_duplicate_keys(text, Syntax::Ron)?;
    Ok(value)
}

/// Parses JSON, reporting the position of the first problem.
pub fn from_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, DecodeError> {
    let text = decode_text(bytes)?;
    let value = serde_json::from_str(text).map_err(|error| DecodeError {
        line: error.line(),
        column: error.column(),
        message: error.to_string(),
    })?;
    refuse_duplicate_keys(text, Syntax::Json)?;
    Ok(value)
}

/// Refuses text that lists one key twice in a map: parsing keeps only the last, so
/// accepting it would lose the other on the next save. Both places are named.
fn refuse_duplicate_keys(text: &str, syntax: Syntax) -> Result<(), DecodeError> {
    let Some(duplicate) = unique_keys::first_duplicate(text, syntax) else {
        return Ok(());
    };
    let (first_line, first_column) = position_of(&text.as_bytes()[..duplicate.first]);
    let (line, column) = position_of(&text.as_bytes()[..duplicate.second]);
    let key: String = duplicate.key.chars().take(80).collect();
    Err(DecodeError {
        line,
        column,
        message: format!(
            "the key \"{key}\" is listed twice in one map, at line {first_line}, column \
             {first_column} and again at line {line}, column {column} (a merge may have kept \
             both sides); tiaki would keep only one, so keep the right one and remove the other"
        ),
    })
}

/// Pretty RON with a stable layout, so that diffs between versions stay small.
pub fn to_ron<T: Serialize>(value: &T) -> Result<String, DecodeError> {
    let config = ron::ser::PrettyConfig::new()
        .indentor("    ".to_owned())
        .struct_names(false)
        .separate_tuple_members(false);
    let mut text = ron_options()
        .to_string_pretty(value, config)
        .map_err(|error| DecodeError::whole_file(error.to_string()))?;
    text.push('\n');
    Ok(text)
}

/// Pretty JSON with a trailing newline.
pub fn to_json<T: Serialize>(value: &T) -> Result<String, DecodeError> {
    let mut text = serde_json::to_string_pretty(value)
        .map_err(|error| DecodeError::whole_file(error.to_string()))?;
    text.push('\n');
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize, PartialEq)]
    struct Pair {
        a: u32,
        b: Vec<u32>,
    }

    #[test]
    fn byte_order_mark_is_ignored() {
        let pair: Pair = from_ron(b"\xEF\xBB\xBF(a: 1, b: [2])").expect("parses");
        assert_eq!(pair, Pair { a: 1, b: vec![2] });
    }

    #[test]
    fn syntax_errors_carry_a_position() {
        let error = from_ron::<Pair>(b"(\n  a: 1,\n  b: [2,\n").expect_err("truncated");
        assert!(error.line >= 3, "{error:?}");
        assert!(error.column >= 1, "{error:?}");
    }

    #[test]
    fn invalid_utf8_is_located() {
        let error = from_ron::<Pair>(b"(a: 1,\n b: \xff)").expect_err("bad bytes");
        assert_eq!((error.line, error.column), (2, 5));
        assert!(error.message.contains("UTF-8"));
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let deep = format!("(a: 1, b: {}{})", "[".repeat(100_000), "]".repeat(100_000));
        assert!(from_ron::<Pair>(deep.as_bytes()).is_err());
        let deep_json = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(from_json::<serde_json::Value>(deep_json.as_bytes()).is_err());
    }

    #[test]
    fn oversized_input_is_refused_before_parsing() {
        let huge = vec![b' '; MAX_FILE_BYTES + 1];
        let error = from_ron::<Pair>(&huge).expect_err("too big");
        assert!(error.message.contains("limit"));
    }

    #[test]
    fn empty_input_says_so() {
        let error = from_ron::<Pair>(b"  \n").expect_err("empty");
        assert_eq!(error.message, "the file is empty");
    }
}
