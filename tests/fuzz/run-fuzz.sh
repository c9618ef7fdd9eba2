#!/usr/bin/env bash
# Builds the table readers' fuzz targets with clang (libFuzzer, AddressSanitizer, UndefinedBehavior-
# Sanitizer) into BUILD_DIR and runs each for a bounded time over a copy of its seed corpus. Exits
# non-zero on any crash, leak, timeout or out-of-memory; the input that caused it is left in
# BUILD_DIR/artifacts/TARGET/. Needs clang and the fuzzer runtime (Debian: clang, libclang-rt-14-dev).
#
#   run-fuzz.sh BUILD_DIR          KEFUDESK_FUZZ_SECONDS=600 run-fuzz.sh /tmp/fuzz
set -euo pipefail

build=${1:?usage: run-fuzz.sh BUILD_DIR}
seconds=${KEFUDESK_FUZZ_SECONDS:-30}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
mkdir -p "$build"
build=$(cd "$build" && pwd)

export CC=clang CXX=clang++
if ! cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >"$build/configure.log" 2>&1; then
    cat "$build/configure.log"
    exit 1
fi
cmake --build "$build"

status=0
for target in csv xlsx; do
    corpus=$build/corpus/$target
    artifacts=$build/artifacts/$target
    rm -rf "$corpus"
    mkdir -p "$corpus" "$artifacts"
    cp "$here/corpus/$target/"* "$corpus/"
    log=$build/fuzz_$target.log
    echo "fuzz_$target: ${seconds} s over $(ls "$corpus" | wc -l) seeds"
    if "$build/fuzz_$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" >"$log" 2>&1; then
        grep -E '^(#[0-9]+.*DONE|Done|stat::number_of_executed_units|stat::peak_rss_mb)' "$log" || tail -n 3 "$log"
    else
        echo "fuzz_$target FAILED; the end of $log:"
        tail -n 80 "$log"
        status=1
    fi
done
exit $status
