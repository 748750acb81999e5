//! Finds a key listed twice in one map of a JSON object or RON map. serde keeps the last
//! of two equal keys and drops the first without a word, so an assessment or context
//! answer listed twice (as a merge that keeps both sides leaves it) would lose one of them
//! on the next save. Run only on text that has already parsed, so the scanner needs to
//! know tokens, not grammar.

use std::collections::HashMap;

/// Which syntax the text is in: RON adds comments, raw strings and character literals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Syntax {
    Json,
    Ron,
}

/// A key found twice in the same map, with the byte offsets of both.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Duplicate {
    pub key: String,
    pub first: usize,
    pub second: usize,
}

/// One open bracket: a map collects its keys; other brackets only nest.
enum Frame {
    Map {
        keys: HashMap<String, usize>,
        /// Where the key being read starts, until its `:` is reached.
        key_start: Option<usize>,
        expecting_key: bool,
    },
    Other,
}

/// The first key listed twice in one map, if any.
pub(super) fn first_duplicate(text: &str, syntax: Syntax) -> Option<Duplicate> {
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let byte = bytes[at];
        if byte.is_ascii_whitespace() {
            at += 1;
            continue;
        }
        if syntax == Syntax::Ron && byte == b'/' {
            at = skip_comment(bytes, at);
            continue;
        }
        if let Some(Frame::Map {
            key_start,
            expecting_key,
            ..
        }) = stack.last_mut()
            && *expecting_key
            && byte != b'}'
        {
            *key_start = Some(at);
            *expecting_key = false;
        }
        at = match byte {
            b'"' => skip_string(bytes, at),
            b'\'' if syntax == Syntax::Ron => skip_char(bytes, at),
            b'r' if syntax == Syntax::Ron && starts_raw_string(bytes, at) => {
                skip_raw_string(bytes, at)
            }
            b'{' => {
                stack.push(Frame::Map {
                    keys: HashMap::new(),
                    key_start: None,
                    expecting_key: true,
                });
                at + 1
            }
            b'(' | b'[' => {
                stack.push(Frame::Other);
                at + 1
            }
            b'}' | b')' | b']' => {
                stack.pop();
                at + 1
            }
            b',' => {
                if let Some(Frame::Map { expecting_key, .. }) = stack.last_mut() {
                    *expecting_key = true;
                }
                at + 1
            }
            b':' => {
                if let Some(Frame::Map {
                    keys, key_start, ..
                }) = stack.last_mut()
                    && let Some(start) = key_start.take()
                {
                    let key = key_text(&text[start..at], syntax);
                    if let Some(&first) = keys.get(&key) {
                        return Some(Duplicate {
                            key,
                            first,
                            second: start,
                        });
                    }
                    keys.insert(key, start);
                }
                at + 1
            }
            _ => at + 1,
        };
    }
    None
}

/// The key as a value: a string key decoded (so `"a"` and `"\u0061"` are one key), any
/// other key as it is written.
fn key_text(raw: &str, syntax: Syntax) -> String {
    let raw = raw.trim_end();
    let decoded = match syntax {
        Syntax::Json => serde_json::from_str::<String>(raw).ok(),
        Syntax::Ron => ron::from_str::<String>(raw).ok(),
    };
    decoded.unwrap_or_else(|| raw.to_owned())
}

/// Past a `"..."` string starting at `at`.
fn skip_string(bytes: &[u8], mut at: usize) -> usize {
    at += 1;
    while at < bytes.len() {
        match bytes[at] {
            b'\\' => at += 2,
            b'"' => return at + 1,
            _ => at += 1,
        }
    }
    at
}

/// Past a RON character literal: `'x'` or `'\''`.
fn skip_char(bytes: &[u8], mut at: usize) -> usize {
    at += 1;
    while at < bytes.len() {
        match bytes[at] {
            b'\\' => at += 2,
            b'\'' => return at + 1,
            _ => at += 1,
        }
    }
    at
}

/// `r"` or `r#..."` where an identifier cannot be going on (`r#ident` is a raw identifier).
fn starts_raw_string(bytes: &[u8], at: usize) -> bool {
    let after_ident = at > 0 && (bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_');
    if after_ident {
        return false;
    }
    let hashes = bytes[at + 1..].iter().take_while(|&&b| b == b'#').count();
    bytes.get(at + 1 + hashes) == Some(&b'"')
}

/// Past `r#"..."#` with any number of hashes. The end is found by a substring search,
/// not byte by byte: the history's events are megabytes of JSON in raw strings, full of
/// quotes, and this scan runs on every open.
fn skip_raw_string(bytes: &[u8], at: usize) -> usize {
    let hashes = bytes[at + 1..].iter().take_while(|&&b| b == b'#').count();
    let start = at + 1 + hashes + 1;
    let closing = format!("\"{}", "#".repeat(hashes));
    bytes
        .get(start..)
        .and_then(|rest| memchr::memmem::find(rest, closing.as_bytes()))
        .map_or(bytes.len(), |end| start + end + closing.len())
}

/// Past a `//` line comment or a (nested) `/* */` block comment.
fn skip_comment(bytes: &[u8], at: usize) -> usize {
    match bytes.get(at + 1) {
        Some(b'/') => bytes[at..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |end| at + end + 1),
        Some(b'*') => {
            let mut depth = 0;
            let mut pos = at;
            while pos + 1 < bytes.len() {
                match (bytes[pos], bytes[pos + 1]) {
                    (b'/', b'*') => {
                        depth += 1;
                        pos += 2;
                    }
                    (b'*', b'/') => {
                        depth -= 1;
                        pos += 2;
                        if depth == 0 {
                            return pos;
                        }
                    }
                    _ => pos += 1,
                }
            }
            bytes.len()
        }
        _ => at + 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str, syntax: Syntax) -> Option<(String, &str, &str)> {
        first_duplicate(text, syntax).map(|d| {
            (
                d.key,
                &text[d.first..d.first + 3],
                &text[d.second..d.second + 3],
            )
        })
    }

    #[test]
    fn json_objects_with_a_key_twice_are_found() {
        let text = r#"{"a": {"x": 1, "y": [1, "x"], "x": 2}}"#;
        let found = first_duplicate(text, Syntax::Json).expect("duplicate");
        assert_eq!(found.key, "x");
        assert_eq!(&text[found.first..found.first + 3], "\"x\"");
        assert!(found.second > found.first);
        assert_eq!(
            first_duplicate(r#"{"a": {"x": 1}, "b": {"x": 1}}"#, Syntax::Json),
            None
        );
    }

    #[test]
    fn escaped_spellings_of_one_key_are_one_key() {
        assert!(keys(r#"{"ab": 1, "\u0061b": 2}"#, Syntax::Json).is_some());
    }

    #[test]
    fn ron_maps_skip_strings_comments_and_characters() {
        let text = r##"(
            // a { comment with "x":
            answers: {
                "x": Text("}{ \" ,"), /* nested /* "x": */ */
                "y": Text(r#"raw " "x": "#),
                "z": Text('{'),
            },
        )"##;
        assert_eq!(first_duplicate(text, Syntax::Ron), None);
        let twice = r#"(answers: { "P1": (a: 1), "P2": (a: 2), "P1": (a: 3) })"#;
        assert_eq!(keys(twice, Syntax::Ron).map(|k| k.0), Some("P1".to_owned()));
    }

    #[test]
    fn raw_strings_end_at_their_own_hashes() {
        let text = r###"{"x": r##"a "# "x": "##, "x": 1}"###;
        let found = first_duplicate(text, Syntax::Ron).expect("the second x, after the string");
        assert_eq!(found.second, text.rfind("\"x\"").expect("x"));
        assert_eq!(
            first_duplicate(r#"{"x": r#"never closed "x": 1}"#, Syntax::Ron),
            None
        );
    }

    #[test]
    fn struct_fields_in_parentheses_are_not_map_keys() {
        assert_eq!(first_duplicate("(a: (x: 1), b: (x: 2))", Syntax::Ron), None);
    }
}
