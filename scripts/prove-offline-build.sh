#!/usr/bin/env bash
# Proves that an offline bundle builds with nothing but itself and a Rust toolchain: it is
# unpacked in an empty folder, built with an empty CARGO_HOME (no registry cache, no git
# cache, no config), `--offline --locked`, and with the network cut off where the kernel
# allows (`unshare -n` needs root or user namespaces; otherwise every proxy points nowhere).
#
# Usage: scripts/prove-offline-build.sh [--check] target/offline/tiaki-*-offline-src.tar.gz
# Takes a release build's time (several minutes on two cores). With --check (as CI runs it)
# every crate is compiled with `cargo check` instead: the same proof that nothing is fetched,
# in a fraction of the time, without the release binary at the end.
set -euo pipefail

mode=(build --release)
if [ "${1:-}" = "--check" ]; then
    mode=(check)
    shift
fi
tarball=$(realpath "${1:?usage: $0 [--check] TARBALL}")
(cd "$(dirname "$tarball")" && sha256sum --check --quiet "$(basename "$tarball").sha256")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -xzf "$tarball" -C "$work"
source_dir=$(find "$work" -mindepth 1 -maxdepth 1 -type d -name 'tiaki-*')

# The toolchain's own binaries, not rustup's proxies, which live in CARGO_HOME.
cargo_bin=$(rustup which cargo 2>/dev/null || command -v cargo)
rustc_bin=$(rustup which rustc 2>/dev/null || command -v rustc)
build=(env -i PATH=/usr/bin:/bin HOME="$work" CARGO_HOME="$work/cargo-home"
    RUSTC="$rustc_bin" http_proxy=http://127.0.0.1:9 https_proxy=http://127.0.0.1:9
    ALL_PROXY=http://127.0.0.1:9
    "$cargo_bin" "${mode[@]}" --offline --locked)
mkdir "$work/cargo-home"
# Inside the bundle: cargo finds .cargo/config.toml (the vendored sources) from the current
# folder, not from the manifest's.
cd "$source_dir"

if unshare -n true 2>/dev/null; then
    echo "building with the network cut off (unshare -n)"
    unshare -n "${build[@]}"
elif unshare -rn true 2>/dev/null; then
    echo "building with the network cut off (unshare -rn)"
    unshare -rn "${build[@]}"
else
    echo "no network namespace available: building with every proxy pointing nowhere"
    "${build[@]}"
fi

if [ "${mode[0]}" = build ]; then
    "$source_dir/target/release/tiaki" --version
fi
if [ -n "$(ls -A "$work/cargo-home")" ]; then
    echo "CARGO_HOME after the build holds: $(ls -A "$work/cargo-home" | tr '\n' ' ')"
fi
echo "offline ${mode[0]} succeeded from $(basename "$tarball") ($(cat "$source_dir/COMMIT"))"
