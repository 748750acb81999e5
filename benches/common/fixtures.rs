//! The workspace the benchmarks measure: the demo's four providers copied under new ids
//! and names up to fifty, so the spreads of statuses, notes, evidence and actions are real.

use tiaki::catalogue::builtin;
use tiaki::demo::demo_workspace;
use tiaki::workspace::{ProviderId, Timestamp, Workspace};

pub const PROVIDERS: usize = 50;

/// The instant every benchmark runs at, so overdue actions and the like never change.
pub fn now() -> Timestamp {
    Timestamp::parse("2026-11-28T09:30:00Z").expect("valid timestamp")
}

/// The demo with fifty providers.
pub fn fifty() -> Workspace {
    let mut workspace = demo_workspace(builtin(), now());
    let demo = std::mem::take(&mut workspace.providers);
    workspace.providers = (0..PROVIDERS)
        .map(|index| {
            let mut provider = demo[index % demo.len()].clone();
            provider.id = ProviderId(format!("{}-{index}", provider.id.0));
            provider.name = format!("{} {index}", provider.name);
            provider
        })
        .collect();
    // Built, not changed: its history begins with it as it stands (as a workspace from
    // before the history does).
    workspace.history = tiaki::workspace::History::default();
    workspace.with_history_by("bench")
}
