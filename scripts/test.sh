#!/usr/bin/env bash
# Installs what is missing (Debian 12), builds MentorDesk with its tests and runs
# the whole suite with CTest, headless. The keychain tests start their own
# private D-Bus session and gnome-keyring with a throwaway HOME
# (tests/keychain/run-with-keyring.sh); nothing touches your real keyring.
# Arguments are passed to ctest (e.g. -R tst_client --output-on-failure).
#
# Environment:
#   MENTORDESK_TEST_BUILD_DIR  build folder (default: build-test in the source tree)
set -euo pipefail

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/deps.sh
source "$source_dir/scripts/deps.sh"

md_ensure_packages "${MD_BUILD_PACKAGES[@]}" "${MD_TEST_PACKAGES[@]}"

build_dir=${MENTORDESK_TEST_BUILD_DIR:-$source_dir/build-test}
# A Debug build (assertions on) without debug info: about a hundred test programs
# link the static core, and dropping -g makes that markedly faster on two cores.
cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS_DEBUG=-O0 -DBUILD_TESTING=ON
cmake --build "$build_dir" -j2

# ctest's summary ("100% tests passed, 0 tests failed out of N") is the last thing printed.
exec ctest --test-dir "$build_dir" --output-on-failure --no-tests=error "$@"
