#!/bin/sh
# Runs a test against a real gnome-keyring that cannot touch the user's own:
# a throwaway HOME, a private 0700 XDG_RUNTIME_DIR and a private D-Bus session.
#
#   run-with-keyring.sh --mode MODE PROGRAM [ARGS...]
#
# MODE (exported to the program as MENTORDESK_KEYCHAIN_MODE):
#   unlocked  gnome-keyring-daemon --unlock: the login keyring is open
#   locked    the program first runs once as "prepare-locked" with the keyring
#             unlocked (to store a key), then the daemon is restarted without
#             --unlock, as after a login that did not unlock the keyring, and
#             the program runs again as "locked"
#   no-bus    no session bus at all (DBUS_SESSION_BUS_ADDRESS points nowhere)
#
# A missing dbus-run-session or gnome-keyring-daemon is a failure, not a skip.
set -eu

if [ "${1:-}" != --mode ] || [ $# -lt 3 ]; then
    echo "usage: $0 --mode unlocked|locked|no-bus PROGRAM [ARGS...]" >&2
    exit 2
fi
mode=$2
shift 2

need() {
    if ! command -v "$1" >/dev/null 2>&1; then
        echo "FAIL: '$1' was not found. The keychain tests need a real gnome-keyring in a" >&2
        echo "private D-Bus session: apt-get install $2 (scripts/test.sh and .ci/run do this)." >&2
        exit 1
    fi
}

scratch=$(mktemp -d "${TMPDIR:-/tmp}/mentordesk-keyring.XXXXXX")
cleanup() { rm -rf "$scratch" 2>/dev/null || true; }
trap cleanup EXIT
trap 'exit 130' INT TERM
mkdir -m 700 "$scratch/home" "$scratch/runtime"
HOME=$scratch/home
XDG_RUNTIME_DIR=$scratch/runtime
XDG_DATA_HOME=$HOME/.local/share
XDG_CONFIG_HOME=$HOME/.config
XDG_CACHE_HOME=$HOME/.cache
export HOME XDG_RUNTIME_DIR XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME
# No display: gnome-keyring must never pop up an unlock prompt during a test.
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL
# A session bus that activates no services: gnome-keyring's unlock prompter
# (gcr-prompter) can never start, whatever is installed, and nothing else from
# the system's session services either. gnome-keyring-daemon is started by hand.
bus_config=$scratch/session.conf
cat >"$bus_config" <<EOF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$XDG_RUNTIME_DIR</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
EOF
# The login keyring's password for this run only.
PW="mentordesk-test-$$-$(date +%s)"
export PW

case $mode in
unlocked)
    need dbus-run-session dbus-daemon
    need gnome-keyring-daemon gnome-keyring
    MENTORDESK_KEYCHAIN_MODE=unlocked dbus-run-session --config-file="$bus_config" -- sh -c \
        'printf %s "$PW" | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' \
        sh "$@"
    ;;
locked)
    need dbus-run-session dbus-daemon
    need gnome-keyring-daemon gnome-keyring
    MENTORDESK_KEYCHAIN_MODE=prepare-locked dbus-run-session --config-file="$bus_config" -- sh -c \
        'printf %s "$PW" | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' \
        sh "$@"
    if [ ! -f "$XDG_DATA_HOME/keyrings/login.keyring" ]; then
        echo "FAIL: gnome-keyring did not write a login keyring to $XDG_DATA_HOME/keyrings" >&2
        exit 1
    fi
    MENTORDESK_KEYCHAIN_MODE=locked dbus-run-session --config-file="$bus_config" -- sh -c \
        'gnome-keyring-daemon --components=secrets >/dev/null </dev/null; exec "$@"' \
        sh "$@"
    ;;
no-bus)
    MENTORDESK_KEYCHAIN_MODE=no-bus DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent "$@"
    ;;
*)
    echo "unknown mode: $mode" >&2
    exit 2
    ;;
esac
