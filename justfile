# Developer shortcuts. CI runs `.ci/run` directly (just is not installed there); `just ci`
# runs that same script, so the two never drift apart.

# List the recipes.
default:
    @just --list

# Everything CI checks: no networking crates, formatting, clippy, tests.
ci:
    bash .ci/run

# The tests, as the README gives them.
test:
    cargo test --locked

# Clippy with warnings as errors, as CI runs it.
lint:
    cargo clippy --all-targets --locked -- -D warnings

# Format the whole tree.
fmt:
    cargo fmt

# Open the terminal interface on a throw-away data folder with the demo workspace.
demo:
    #!/usr/bin/env bash
    set -euo pipefail
    dir=$(mktemp -d)
    cargo run --release -- --data-dir "$dir" demo
    cargo run --release -- --data-dir "$dir" -- demo

# Licences, sources and banned crates (needs `cargo install cargo-deny`).
deny:
    cargo deny check licenses bans sources

# Make the offline source bundle and prove it builds with no network (several minutes).
offline-proof:
    scripts/offline-bundle.sh target/offline
    scripts/prove-offline-build.sh target/offline/tiaki-*-offline-src.tar.gz

# Fuzz one loader (workspace, catalogue, settings, answers) for SECONDS (needs cargo-fuzz).
fuzz target seconds="600":
    cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run {{target}} -- -max_total_time={{seconds}} -rss_limit_mb=4096

# The kill loop with more kills than CI runs.
kill-loop rounds="300":
    TIAKI_KILL_ROUNDS={{rounds}} cargo test --locked --test e2e kill_loop -- --nocapture
