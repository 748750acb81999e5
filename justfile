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
