//! The history's cost (issue 14 §4): recording adds under 1 ms to a change; `verify` of
//! 100,000 events under 1 s; opening a 50-provider workspace stays under 50 ms with its
//! history. Run with `cargo bench --bench history`; figures in docs/performance.md.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use tiaki::catalogue::builtin;
use tiaki::store::Store;
use tiaki::tui::{self, Clock, Options};
use tiaki::workspace::{Change, Provider, ProviderId, Status, Subject, Workspace};

#[path = "common/fixtures.rs"]
mod fixtures;
use fixtures::{fifty, now};

/// The change that steps `item`'s status for the first provider of `workspace`.
fn step(workspace: &Workspace, item: &str) -> Change {
    let subject = Subject::Provider(workspace.providers[0].id.clone());
    let mut after = workspace
        .assessment(&subject, item)
        .cloned()
        .unwrap_or_default();
    after.status = after.status.cycled();
    if after.status == Status::NotAssessed {
        after.status = Status::Met;
    }
    Change::assessment(workspace, &subject, item, after, Some(("Bench", now())))
}

/// A new workspace (empty baseline) with one provider and `count` status changes.
fn with_events(count: usize) -> Workspace {
    let mut workspace = Workspace::new("Bench", builtin(), now());
    let provider = Provider::new(ProviderId("prov-bench".into()), "Bench");
    let added = Change::ProviderAdded {
        index: 0,
        provider: Box::new(provider),
    };
    workspace.apply(added, "Bench", now()).expect("added");
    let items: Vec<String> = builtin()
        .assessable_items()
        .map(|(_, item)| item.id.clone())
        .collect();
    for index in 0..count {
        let change = step(&workspace, &items[index % items.len()]);
        workspace.apply(change, "Bench", now()).expect("applied");
    }
    workspace
}

fn record(c: &mut Criterion) {
    let mut group = c.benchmark_group("history");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(2))
        .warm_up_time(Duration::from_millis(300));
    let mut workspace = fifty();
    group.bench_function("apply and record a status change, 50 providers", |b| {
        b.iter(|| {
            let change = step(&workspace, "P1.1");
            black_box(workspace.apply(change, "Bench", now()).expect("applied"));
        });
    });
    let hundred_thousand = with_events(100_000);
    group.sample_size(10);
    group.bench_function("verify 100,000 events", |b| {
        b.iter(|| black_box(hundred_thousand.verify_history().expect("verifies")));
    });
    group.finish();
}

fn open(c: &mut Criterion) {
    let mut group = c.benchmark_group("open 50 providers");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(3))
        .warm_up_time(Duration::from_millis(300));
    let mut built = fifty();
    let cases = [
        ("baseline only (a workspace from before)", built.clone()),
        ("10,000 events after the baseline", {
            for index in 0..10_000 {
                let item = ["P1.1", "P1.2", "P2.3", "P3.4"][index % 4];
                let change = step(&built, item);
                built.apply(change, "Bench", now()).expect("applied");
            }
            built
        }),
    ];
    for (name, mut workspace) in cases {
        let folder = tempfile::tempdir().expect("temporary folder");
        let store = Store::open(Some(folder.path())).expect("store");
        let lock = store.lock("bench").expect("lock");
        store.save(&lock, &workspace).expect("saved");
        group.bench_function(format!("a change and its save, {name}"), |b| {
            b.iter(|| {
                let change = step(&workspace, "P1.1");
                workspace.apply(change, "Bench", now()).expect("applied");
                store.save(&lock, &workspace).expect("saved");
            });
        });
        drop(lock);
        // The state is dropped outside the timing: that happens when the TUI quits.
        group.bench_function(format!("start to state, {name}"), |b| {
            b.iter_with_large_drop(|| {
                let store = Store::open(Some(folder.path())).expect("store");
                let options = Options {
                    workspace: Some("bench".to_owned()),
                    ..Options::default()
                };
                tui::start(store, &options, Clock::Fixed(now())).expect("opens")
            });
        });
    }
    group.finish();
}

criterion_group!(benches, record, open);
criterion_main!(benches);
