#!/bin/sh
# Runs every libFuzzer target of tests/fuzz for SECONDS seconds each, from
# its seed corpus in tests/data/fuzz/<target>, with AddressSanitizer,
# LeakSanitizer and UBSan. Fails on the first crash, leak, sanitizer finding
# or input that takes longer than 5 s; the input is kept in
# BUILD_DIR/fuzz-artifacts. Builds the targets first (the same build as
# tests/sanitize/run-sanitized.sh, so CI compiles the core once for both).
#
#   run-fuzzers.sh SOURCE_DIR BUILD_DIR [SECONDS]   (default 60)
set -eu
source_dir=$(cd "${1:?usage: run-fuzzers.sh SOURCE_DIR BUILD_DIR [SECONDS]}" && pwd)
build_dir=${2:?usage: run-fuzzers.sh SOURCE_DIR BUILD_DIR [SECONDS]}
seconds=${3:-60}

jobs=${MENTORDESK_JOBS:-2}
cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_CXX_FLAGS_DEBUG=-O1 \
    -DMENTORDESK_SANITIZE=ON -DMENTORDESK_FUZZ=ON -DBUILD_TESTING=ON >/dev/null
cmake --build "$build_dir" -j"$jobs" --target fuzzers

artifacts="$build_dir/fuzz-artifacts"
mkdir -p "$artifacts"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$source_dir/tests/sanitize/lsan.supp:print_suppressions=0"
export QT_QPA_PLATFORM=offscreen

status=0
while read -r target; do
    [ -n "$target" ] || continue
    seeds="$source_dir/tests/data/fuzz/$target"
    [ -d "$seeds" ] || { echo "run-fuzzers: no seed corpus $seeds" >&2; exit 1; }
    # New inputs go to a scratch corpus; the seeds in the source tree stay as they are.
    corpus="$build_dir/fuzz-corpus/$target"
    mkdir -p "$corpus"
    echo "== $target: $seconds s"
    if ! "$build_dir/tests/fuzz/$target" -max_total_time="$seconds" -timeout=5 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/$target-" \
        "$corpus" "$seeds"; then
        echo "run-fuzzers: $target found a problem; the input is in $artifacts" >&2
        status=1
    fi
done < "$build_dir/fuzzers.txt"
exit $status
