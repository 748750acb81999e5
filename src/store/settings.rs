//! The user's preferences, kept in `settings.ron` in the data folder.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

/// Preferences that outlive a session. Every field has a default, so a settings file
/// written by an older tiaki still loads; unknown fields are refused so that a typo is
/// reported rather than silently ignored.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// Recorded as "changed by" on every assessment. Asked for on the TUI's first start;
    /// empty until then.
    pub assessor: String,
    /// Draw with ASCII only, for terminals without Unicode.
    pub ascii: bool,
    /// Capture the mouse (which stops the terminal's own text selection).
    pub mouse: bool,
    /// The slug of the workspace opened last, offered first.
    pub last_workspace: Option<String>,
    /// Where the TUI's export (`E`) writes: `exports/` in the data folder when not set.
    pub export_folder: Option<PathBuf>,
}

impl Settings {
    /// The name stamped on changes: the configured assessor, else the user's full name
    /// from the system, else "assessor". The one place this fallback is decided.
    pub fn assessor_name(&self) -> String {
        let configured = self.assessor.trim();
        if !configured.is_empty() {
            return configured.to_owned();
        }
        os_user_name().unwrap_or_else(|| "assessor".to_owned())
    }

    /// Whether the assessor has never said their name (the TUI asks on its first start).
    pub fn assessor_unset(&self) -> bool {
        self.assessor.trim().is_empty()
    }
}

/// The user's full name as the system records it (the password database's comment
/// field, read offline), else their login name; `None` when neither is known. The login
/// comes from the environment, else from the process's own user id (a service or `su`
/// may leave `USER` unset).
pub fn os_user_name() -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    let passwd = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
    let login = ["USER", "LOGNAME", "USERNAME"]
        .iter()
        .find_map(|key| std::env::var(key).ok().filter(|v| !v.trim().is_empty()))
        .or_else(|| {
            let uid = std::fs::metadata("/proc/self").ok()?.uid();
            login_of(&passwd, uid)
        })?;
    Some(full_name_in(&passwd, &login).unwrap_or(login))
}

/// The login name of user id `uid` in a passwd file.
fn login_of(passwd: &str, uid: u32) -> Option<String> {
    passwd.lines().find_map(|line| {
        let mut fields = line.split(':');
        let login = fields.next()?;
        (fields.nth(1)?.parse::<u32>().ok()? == uid).then(|| login.to_owned())
    })
}

/// The full name of `login` in a passwd file: the comment field up to its first comma,
/// `&` standing for the login name capitalised, as `finger` reads it.
fn full_name_in(passwd: &str, login: &str) -> Option<String> {
    passwd.lines().find_map(|line| {
        let mut fields = line.split(':');
        if fields.next()? != login {
            return None;
        }
        let comment = fields.nth(3)?.split(',').next()?.trim();
        let mut capitalised = login.chars();
        let capitalised = capitalised.next().map_or_else(String::new, |first| {
            first.to_uppercase().chain(capitalised).collect()
        });
        let name = comment.replace('&', &capitalised);
        (!name.is_empty()).then_some(name)
    })
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
    fn the_full_name_comes_from_the_passwd_comment() {
        let passwd = "root:x:0:0:root:/root:/bin/bash\n\
                      ana:x:1000:1000:Ana Ngata,Room 4,,:/home/ana:/bin/bash\n\
                      tui:x:1001:1001:& Tester:/home/tui:/bin/sh\n\
                      bare:x:1002:1002::/home/bare:/bin/sh\n";
        assert_eq!(full_name_in(passwd, "ana").as_deref(), Some("Ana Ngata"));
        assert_eq!(full_name_in(passwd, "tui").as_deref(), Some("Tui Tester"));
        assert_eq!(full_name_in(passwd, "bare"), None);
        assert_eq!(full_name_in(passwd, "nobody"), None);
        assert_eq!(full_name_in("ana:x", "ana"), None);
        assert_eq!(login_of(passwd, 1001).as_deref(), Some("tui"));
        assert_eq!(login_of(passwd, 7), None);
    }

    #[test]
    fn unknown_fields_are_refused() {
        let error = crate::codec::from_ron::<Settings>(b"(asessor: \"Ana\")").expect_err("typo");
        assert!(error.message.contains("asessor"), "{error}");
    }
}
