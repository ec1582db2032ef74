#!/bin/sh
# Builds the core and its tests with AddressSanitizer and UBSan (clang-14)
# in BUILD_DIR and runs the core suite there; any sanitizer finding fails
# the test that made it. The same build holds the libFuzzer targets
# (tests/fuzz/run-fuzzers.sh uses them).
#
#   run-sanitized.sh SOURCE_DIR BUILD_DIR [ctest arguments...]
set -eu
source_dir=${1:?usage: run-sanitized.sh SOURCE_DIR BUILD_DIR}
build_dir=${2:?usage: run-sanitized.sh SOURCE_DIR BUILD_DIR}
shift 2

jobs=${MENTORDESK_JOBS:-2}
cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_CXX_FLAGS_DEBUG=-O1 \
    -DMENTORDESK_SANITIZE=ON -DMENTORDESK_FUZZ=ON -DBUILD_TESTING=ON >/dev/null
cmake --build "$build_dir" -j"$jobs"
exec ctest --test-dir "$build_dir" -L core -j"$jobs" --output-on-failure --no-tests=error "$@"
