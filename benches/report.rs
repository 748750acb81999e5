//! Report speed (issue 7): a report on a 50-provider workspace in every format must take
//! under 200 ms. Run with `cargo bench --bench report`; figures in docs/performance.md.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use tiaki::catalogue::builtin;
use tiaki::demo::demo_workspace;
use tiaki::report::{self, Format, Options};
use tiaki::scoring::ScoreOptions;
use tiaki::workspace::{Day, ProviderId, Timestamp, Workspace};

const PROVIDERS: usize = 50;

/// The demo's four providers copied under new ids and names until there are fifty: real
/// notes, evidence and actions at the size of a large procurement.
fn fifty_providers() -> Workspace {
    let now = Timestamp::parse("2026-11-28T09:00:00Z").expect("valid timestamp");
    let demo = demo_workspace(builtin(), now);
    let mut workspace = demo.clone();
    workspace.providers = (0..PROVIDERS)
        .map(|index| {
            let mut provider = demo.providers[index % demo.providers.len()].clone();
            provider.id = ProviderId(format!("{}-{index}", provider.id.0));
            provider.name = format!("{} {index}", provider.name);
            provider
        })
        .collect();
    workspace
}

fn reports(c: &mut Criterion) {
    let workspace = fifty_providers();
    let options = Options {
        date: Day::parse("2026-11-28").expect("valid day"),
        scoring: ScoreOptions::default(),
        since: None,
    };
    let mut group = c.benchmark_group("report_50_providers");
    for format in Format::ALL {
        let size = report::render(builtin(), &workspace, options, format)
            .expect("renders")
            .len();
        eprintln!("{}: {} KiB", format.extension(), size / 1024);
        group.bench_function(format.extension(), |b| {
            b.iter(|| {
                report::render(builtin(), black_box(&workspace), options, format).expect("renders")
            });
        });
    }
    group.finish();
}

criterion_group!(benches, reports);
criterion_main!(benches);
