//! Review speed (issue 3): a key press in the Review view of a 50-provider workspace must be
//! answered with a finished frame in under 2 ms, and tiaki must go from start to its first
//! frame in under 50 ms. Run with `cargo bench --bench review`; figures in
//! docs/performance.md.

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tiaki::store::Store;
use tiaki::tui::{self, Clock, Options, State};

#[path = "common/fixtures.rs"]
mod fixtures;
use fixtures::{fifty, now};

fn key(ch: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(ch), KeyModifiers::NONE)
}

/// What `tiaki WORKSPACE` does before its first frame: open the store, read settings,
/// load and lock the workspace, build the state.
fn open(folder: &Path) -> State {
    let store = Store::open(Some(folder)).expect("store");
    let options = Options {
        workspace: Some("bench".to_owned()),
        ..Options::default()
    };
    let (state, _runtime) = tui::start(store, &options, Clock::Fixed(now())).expect("opens");
    state
}

fn keys(c: &mut Criterion) {
    let mut group = c.benchmark_group("review 50 providers");
    group
        .sample_size(30)
        .measurement_time(Duration::from_secs(2))
        .warm_up_time(Duration::from_millis(500));
    let folder = tempfile::tempdir().expect("temporary folder");
    let store = Store::open(Some(folder.path())).expect("store");
    store
        .save(&store.lock("bench").expect("lock"), &fifty())
        .expect("saved");
    for (width, height) in [(80, 24), (160, 48)] {
        let mut state = open(folder.path());
        let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
        let mut press = |state: &mut State, ch| {
            tui::press_and_draw(&mut terminal, state, key(ch)).expect("drawn");
        };
        press(&mut state, '3');
        press(&mut state, ']');
        group.bench_function(format!("j then k, {width}x{height}"), |b| {
            b.iter(|| {
                press(&mut state, 'j');
                press(&mut state, 'k');
            });
        });
        group.bench_function(format!("status key y then p, {width}x{height}"), |b| {
            b.iter(|| {
                press(&mut state, 'y');
                press(&mut state, 'p');
            });
        });
        group.bench_function(format!("next provider ], {width}x{height}"), |b| {
            b.iter(|| press(&mut state, ']'));
        });
    }
    group.bench_function("start to first frame, 80x24", |b| {
        b.iter(|| {
            let mut state = open(folder.path());
            let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
            tui::press_and_draw(&mut terminal, &mut state, key('z')).expect("drawn");
            black_box(terminal);
        });
    });
    group.finish();
}

criterion_group!(benches, keys);
criterion_main!(benches);
