#!/usr/bin/env bash
# Installs what is missing (Debian 12), builds a Release build of MentorDesk and
# launches it. Arguments are passed to the app (e.g. --workspace DIR).
#
# Environment:
#   MENTORDESK_BUILD_DIR   build folder (default: build-release in the source tree)
#   MENTORDESK_NO_LAUNCH=1 build only, then print where the programs are
set -euo pipefail

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/deps.sh
source "$source_dir/scripts/deps.sh"

md_ensure_packages "${MD_BUILD_PACKAGES[@]}" "${MD_RUN_PACKAGES[@]}"

build_dir=${MENTORDESK_BUILD_DIR:-$source_dir/build-release}
cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF
cmake --build "$build_dir" -j2

app="$build_dir/app/mentordesk"
if [ "${MENTORDESK_NO_LAUNCH:-0}" = 1 ]; then
    echo "Built $app and $build_dir/app/mentordesk-cli"
    exit 0
fi
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "error: no display to show MentorDesk on (DISPLAY and WAYLAND_DISPLAY are unset)." >&2
    echo "Run this from a desktop session, or headless with: xvfb-run -a $0" >&2
    exit 1
fi
exec "$app" "$@"
