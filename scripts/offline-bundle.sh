#!/usr/bin/env bash
# Makes a source tarball that builds with no network at all: tiaki's committed files at
# HEAD, every dependency vendored by `cargo vendor` into vendor/, and a .cargo/config.toml
# that points cargo at them. Carry it (and its .sha256) to the air-gapped machine and follow
# docs/offline-install.md; scripts/prove-offline-build.sh checks that it builds.
#
# Usage: scripts/offline-bundle.sh [OUTPUT_FOLDER]   (default: target/offline)
# Needs the dependencies once, from crates.io or cargo's local cache.
set -euo pipefail
cd "$(dirname "$0")/.."

out=$(realpath -m "${1:-target/offline}")
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
name="tiaki-$version"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

# Committed files only: a bundle is reproducible from its commit, whatever the work tree holds.
git archive --format=tar --prefix="$name/" HEAD | tar -x -C "$stage"
mkdir -p "$stage/$name/.cargo"
(
    cd "$stage/$name"
    # Every package in Cargo.lock, for every platform: cargo resolves the whole lock file
    # even when it builds for one.
    cargo vendor --locked --versioned-dirs vendor >.cargo/config.toml
    cat >>.cargo/config.toml <<'TOML'

# Never reach for a network: the vendored sources are all there is.
[net]
offline = true
TOML
    git -C "$OLDPWD" rev-parse HEAD >COMMIT
)

mkdir -p "$out"
tarball="$out/$name-offline-src.tar.gz"
tar -C "$stage" --sort=name --owner=0 --group=0 --numeric-owner -czf "$tarball" "$name"
(cd "$out" && sha256sum "$(basename "$tarball")" >"$(basename "$tarball").sha256")
echo "wrote $tarball ($(du -h "$tarball" | cut -f1)) and its .sha256"
