//! Search speed (issue 6): a ranked query over 10,000 searchable entries must take under
//! 10 ms, and a keystroke in the search overlay, from key to drawn screen, under 5 ms on
//! the demo workspace. Run with `cargo bench --bench search`; figures in
//! docs/performance.md.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tiaki::catalogue::builtin;
use tiaki::demo::demo_workspace;
use tiaki::search::{Index, MAX_RESULTS};
use tiaki::store::Store;
use tiaki::tui::{self, Clock, Options, State};
use tiaki::workspace::{ProviderId, Timestamp, Workspace};

const ENTRIES: usize = 10_000;

fn now() -> Timestamp {
    Timestamp::parse("2026-11-28T09:30:00Z").expect("valid timestamp")
}

/// The demo's providers copied (under new ids and names) until the index holds at least
/// `ENTRIES` entries: real notes, evidence and actions, at ten thousand's scale.
fn large_workspace() -> Workspace {
    let demo = demo_workspace(builtin(), now());
    let mut workspace = demo.clone();
    let mut copy = 0;
    while Index::new(builtin(), Some(&workspace), &plain).len() < ENTRIES {
        copy += 1;
        for provider in &demo.providers {
            let mut provider = provider.clone();
            provider.id = ProviderId(format!("{}-{copy}", provider.id.0));
            provider.name = format!("{} {copy}", provider.name);
            workspace.providers.push(provider);
        }
    }
    workspace
}

fn plain(text: &str) -> String {
    text.replace(['\n', '\r'], " ")
}

fn query(c: &mut Criterion) {
    let workspace = large_workspace();
    let index = Index::new(builtin(), Some(&workspace), &plain);
    eprintln!("index of {} entries", index.len());
    let mut group = c.benchmark_group(format!("query {} entries", index.len()));
    let long = "encryption keys ".repeat(100);
    for (name, query) in [
        ("word", "encryption"),
        ("initials", "mfa"),
        ("two letters", "en"),
        ("one letter", "e"),
        ("name and word", "Kotuku data centre"),
        ("10,000 chars", long.as_str()),
    ] {
        group.bench_function(name, |b| {
            b.iter(|| black_box(index.search(black_box(query), MAX_RESULTS)));
        });
    }
    group.finish();
    c.bench_function("index build (10,000 entries)", |b| {
        b.iter(|| black_box(Index::new(builtin(), Some(&workspace), &plain)));
    });
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// The demo workspace open in the TUI, from a store in a temporary folder.
fn demo_state(folder: &std::path::Path) -> State {
    let store = Store::open(Some(folder)).expect("store");
    store
        .save(
            &store.lock("demo").expect("lock"),
            &demo_workspace(builtin(), now()),
        )
        .expect("demo saved");
    let options = Options {
        workspace: Some("demo".to_owned()),
        ..Options::default()
    };
    let (state, _runtime) = tui::start(store, &options, Clock::System).expect("opens");
    state
}

fn keystroke(c: &mut Criterion) {
    let folder = tempfile::tempdir().expect("temporary folder");
    for (width, height) in [(80, 24), (120, 40)] {
        let mut state = demo_state(folder.path());
        let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
        let mut press = |state: &mut State, code| {
            tui::press_and_draw(&mut terminal, state, key(code)).expect("drawn");
        };
        press(&mut state, KeyCode::Char('/'));
        for ch in "encryptio".chars() {
            press(&mut state, KeyCode::Char(ch));
        }
        // Two keystrokes per iteration, each handled and drawn: "encryption" and back.
        c.bench_function(&format!("search keystroke pair {width}x{height}"), |b| {
            b.iter(|| {
                press(&mut state, KeyCode::Char('n'));
                press(&mut state, KeyCode::Backspace);
            });
        });
        // A key that changes nothing: the cost of drawing alone, for comparison.
        c.bench_function(&format!("search redraw only {width}x{height}"), |b| {
            b.iter(|| press(&mut state, KeyCode::F(5)));
        });
        c.bench_function(&format!("open and close search {width}x{height}"), |b| {
            b.iter(|| {
                press(&mut state, KeyCode::Esc);
                press(&mut state, KeyCode::Char('/'));
            });
        });
    }
}

criterion_group!(benches, query, keystroke);
criterion_main!(benches);
