//! The user's preferences, kept in `settings.ron` in the data folder.

use serde::{Deserialize, Serialize};

/// Preferences that outlive a session. Every field has a default, so a settings file
/// written by an older tiaki still loads; unknown fields are refused so that a typo is
/// reported rather than silently ignored.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// Recorded as "changed by" on every assessment.
    pub assessor: String,
    /// Draw with ASCII only, for terminals without Unicode.
    pub ascii: bool,
    /// Capture the mouse (which stops the terminal's own text selection).
    pub mouse: bool,
    /// The slug of the workspace opened last, offered first.
    pub last_workspace: Option<String>,
}

impl Settings {
    /// The name stamped on changes: the configured assessor, else the login name, else
    /// "assessor". The one place this fallback is decided.
    pub fn assessor_name(&self) -> String {
        let configured = self.assessor.trim();
        if !configured.is_empty() {
            return configured.to_owned();
        }
        ["USER", "USERNAME", "LOGNAME"]
            .iter()
            .find_map(|key| std::env::var(key).ok().filter(|v| !v.trim().is_empty()))
            .unwrap_or_else(|| "assessor".to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_fields_take_their_defaults() {
        let settings: Settings = crate::codec::from_ron(b"(assessor: \"Ana\")").expect("parses");
        assert_eq!(settings.assessor, "Ana");
        assert!(!settings.mouse);
        assert_eq!(settings.last_workspace, None);
    }

    #[test]
    fn unknown_fields_are_refused() {
        let error = crate::codec::from_ron::<Settings>(b"(asessor: \"Ana\")").expect_err("typo");
        assert!(error.message.contains("asessor"), "{error}");
    }
}
