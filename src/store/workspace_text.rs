//! A workspace file's text: RON as `codec::to_ron` writes it, with the history's events as
//! raw strings. Events are JSON, full of quotes: escaped one character at a time they made
//! writing and reading a long history many times slower than the rest of the file; raw
//! strings are copied as they are, and read back by any RON reader as the same strings.

use crate::codec::{self, DecodeError};
use crate::workspace::Workspace;

pub fn workspace_text(workspace: &Workspace) -> Result<String, DecodeError> {
    let mut text = codec::to_ron(&workspace.without_history())?;
    let entries = workspace.history.entries();
    if entries.is_empty() {
        return Ok(text);
    }
    // `to_ron` ends the workspace with ")\n": the history goes in as its last field.
    let end = text.trim_end().len();
    if !text[..end].ends_with(')') {
        return Err(DecodeError {
            line: 0,
            column: 0,
            message: "the workspace did not encode as a RON structure".to_owned(),
        });
    }
    text.truncate(end - 1);
    text.push_str("    history: [\n");
    for entry in entries {
        text.push_str("        (\n            event: ");
        push_raw(&mut text, &entry.event);
        text.push_str(",\n            hash: \"");
        text.push_str(&entry.hash);
        text.push_str("\",\n");
        if let Some(signature) = &entry.signature {
            text.push_str("            signature: Some(");
            text.push_str(codec::to_ron(signature)?.trim_end());
            text.push_str("),\n");
        }
        text.push_str("        ),\n");
    }
    text.push_str("    ],\n)\n");
    Ok(text)
}

/// `value` as a RON raw string, `r#"…"#`, with one more `#` than it ever has in a row.
fn push_raw(text: &mut String, value: &str) {
    let mut longest = 0;
    let mut run = 0;
    for ch in value.chars() {
        run = if ch == '#' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let hashes = "#".repeat(longest + 1);
    text.push('r');
    text.push_str(&hashes);
    text.push('"');
    text.push_str(value);
    text.push('"');
    text.push_str(&hashes);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::builtin;
    use crate::workspace::{Assessment, Provider, ProviderId, Status, Subject, Timestamp};

    #[test]
    fn the_text_reads_back_as_the_same_workspace_quotes_and_hashes_included() {
        let now = Timestamp::parse("2026-12-07T09:00:00Z").expect("valid");
        let mut workspace = Workspace::new("Trial", builtin(), now);
        let id = ProviderId("prov-1".into());
        let provider = Box::new(Provider::new(id.clone(), "Say \"#1\" ##\"## r#\"x\"#"));
        let added = crate::workspace::Change::ProviderAdded { index: 0, provider };
        workspace.apply(added, "Ana", now).expect("added");
        let met = Assessment {
            status: Status::Met,
            note: "a \"quoted\"# note\nover lines \\ and \u{1b}".into(),
            ..Assessment::default()
        };
        workspace
            .put_assessment(&Subject::Provider(id), "P1.1", met, "Ana", now)
            .expect("recorded");
        let text = workspace_text(&workspace).expect("encodes");
        let back: Workspace = codec::from_ron(text.as_bytes()).expect("decodes");
        assert_eq!(back, workspace);
        assert!(back.verify_history().is_ok());
    }
}
