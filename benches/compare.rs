//! Compare speed (issue 5): the Compare view of 50 providers over the whole catalogue must
//! draw in under 2 ms a frame, and scores must be recomputed after a status change in
//! under 1 ms. Run with `cargo bench --bench compare`; figures in docs/performance.md.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tiaki::assurance::derive;
use tiaki::catalogue::builtin;
use tiaki::scoring::{ScoreOptions, rank, score, score_all};
use tiaki::store::Store;
use tiaki::tui::{self, Clock, Options, State};
use tiaki::workspace::{Status, Workspace};

#[path = "common/fixtures.rs"]
mod fixtures;
use fixtures::{fifty, now};

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// The fifty-provider workspace open in the Compare view, from a store in `folder`.
fn comparing(folder: &std::path::Path) -> State {
    let store = Store::open(Some(folder)).expect("store");
    store
        .save(&store.lock("bench").expect("lock"), &fifty())
        .expect("saved");
    let options = Options {
        workspace: Some("bench".to_owned()),
        ..Options::default()
    };
    let (state, _runtime) = tui::start(store, &options, Clock::Fixed(now())).expect("opens");
    state
}

fn frames(c: &mut Criterion) {
    let mut group = c.benchmark_group("compare 50 providers");
    group
        .sample_size(30)
        .measurement_time(Duration::from_secs(2))
        .warm_up_time(Duration::from_millis(500));
    for (width, height) in [(80, 24), (160, 48)] {
        let folder = tempfile::tempdir().expect("temporary folder");
        let mut state = comparing(folder.path());
        let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
        let mut press = |state: &mut State, code| {
            tui::press_and_draw(&mut terminal, state, key(code)).expect("drawn");
        };
        // What any frame costs on the test backend (tabs, status, hints, the buffer
        // compared and copied), for scale: History with its one event draws next to nothing.
        press(&mut state, KeyCode::Char('6'));
        group.bench_function(
            format!("baseline: History frame, one event, {width}x{height}"),
            |b| {
                b.iter(|| press(&mut state, KeyCode::Char('z')));
            },
        );
        press(&mut state, KeyCode::Char('4'));
        // A key Compare does not bind: the time is the frame's.
        group.bench_function(format!("frame, sections shut, {width}x{height}"), |b| {
            b.iter(|| press(&mut state, KeyCode::Char('z')));
        });
        // Every section open: from the last section up, Enter opens it and k reaches
        // the section above.
        press(&mut state, KeyCode::Char('G'));
        for _ in 0..10 {
            press(&mut state, KeyCode::Enter);
            press(&mut state, KeyCode::Char('k'));
        }
        press(&mut state, KeyCode::Char('j'));
        group.bench_function(format!("frame, every item, {width}x{height}"), |b| {
            b.iter(|| press(&mut state, KeyCode::Char('z')));
        });
        group.bench_function(format!("keys > and <, {width}x{height}"), |b| {
            b.iter(|| {
                press(&mut state, KeyCode::Char('>'));
                press(&mut state, KeyCode::Char('<'));
            });
        });
        group.bench_function(format!("keys d d (differences), {width}x{height}"), |b| {
            b.iter(|| {
                press(&mut state, KeyCode::Char('d'));
                press(&mut state, KeyCode::Char('d'));
            });
        });
        press(&mut state, KeyCode::Char('c'));
        group.bench_function(format!("chart frame, {width}x{height}"), |b| {
            b.iter(|| press(&mut state, KeyCode::Char('z')));
        });
    }
    group.finish();
}

fn rescoring(c: &mut Criterion) {
    let mut group = c.benchmark_group("scores after a status change");
    group
        .sample_size(50)
        .measurement_time(Duration::from_secs(2))
        .warm_up_time(Duration::from_millis(500));
    let mut workspace = fifty();
    let derivation = derive(builtin(), &workspace.context);
    let options = ScoreOptions::default();
    let item = builtin()
        .assessable_items()
        .map(|(_, item)| item.id.clone())
        .nth(10)
        .expect("an item");
    let flip = |workspace: &mut Workspace| {
        let assessment = workspace.providers[7]
            .assessments
            .entry(item.clone())
            .or_default();
        assessment.status = if assessment.status == Status::Met {
            Status::NotMet
        } else {
            Status::Met
        };
    };
    group.bench_function("all 50 providers scored and ranked", |b| {
        b.iter(|| {
            flip(&mut workspace);
            let cards = score_all(builtin(), &workspace.providers, &derivation, options);
            black_box(rank(&cards))
        });
    });
    let mut cards = score_all(builtin(), &workspace.providers, &derivation, options);
    group.bench_function("the changed provider rescored, all ranked", |b| {
        b.iter(|| {
            flip(&mut workspace);
            cards[7] = score(builtin(), &workspace.providers[7], &derivation, options);
            black_box(rank(&cards))
        });
    });
    group.finish();
}

criterion_group!(benches, frames, rescoring);
criterion_main!(benches);
