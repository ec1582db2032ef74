# shellcheck shell=bash
# The Debian 12 packages MentorDesk needs, in one place, and a helper that
# installs only the missing ones. Sourced by scripts/run.sh, scripts/test.sh and
# .ci/run; not meant to be run on its own.

# To build both programs.
MD_BUILD_PACKAGES=(
    build-essential cmake ninja-build pkgconf
    qt6-base-dev qt6-tools-dev qt6-l10n-tools
    qtkeychain-qt6-dev libsqlcipher-dev libsodium-dev libical-dev
)
# To run the GUI: the SVG icon engine (Qt's platform plugins come with
# qt6-base-dev), Qt's own catalogues (dialog buttons and shortcuts in the
# interface language) and pdftoppm, which draws the preview of a scanned paper
# agreement that is a PDF (without it the preview says so, and signing works).
MD_RUN_PACKAGES=(libqt6svg6 qt6-translations-l10n poppler-utils)
# For the test suite: the stock sqlcipher tool (interop test), a real
# gnome-keyring in a private D-Bus session (keychain tests), pdftotext (the
# text of invoice, agreement and summary PDFs), python3 (its csv module reads
# the accountant's exports back), openssl (checks agreement signatures the
# way a client would) and radicale (the CalDAV server the calendar tests
# publish to, on a loopback port); for the packaging tests appstreamcli and
# desktop-file-validate (the metainfo and the desktop entry), man (renders the
# manual page), dpkg-dev and file (cpack's dpkg-shlibdeps) and Qt's catalogues
# (tst_translators). The test_tools test fails when one is missing, so no
# check is skipped without anyone noticing.
MD_TEST_PACKAGES=(libqt6svg6 sqlcipher gnome-keyring dbus-daemon dbus-bin poppler-utils python3
    openssl radicale appstream desktop-file-utils man-db dpkg-dev file qt6-translations-l10n)
# For the sanitizer build of the core (ctest -L sanitize) and the libFuzzer
# targets (tests/fuzz/run-fuzzers.sh): Debian's clang 14 with its runtimes
# (ASan, UBSan, libFuzzer) and llvm-symbolizer for readable reports.
MD_SANITIZE_PACKAGES=(clang-14 libclang-rt-14-dev llvm-14)

# Runs a command as root: directly when we are root, through sudo otherwise.
md_as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "error: installing packages needs root; run as root or install sudo" >&2
        return 1
    fi
}

# Prints the packages among "$@" that are not installed.
md_missing_packages() {
    local pkg status
    for pkg in "$@"; do
        status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
        [ "$status" = installed ] || printf '%s\n' "$pkg"
    done
}

# apt-get, non-interactive, waiting for another apt/dpkg run to finish instead of failing.
md_apt_get() {
    md_as_root env DEBIAN_FRONTEND=noninteractive \
        apt-get -q -y -o Dpkg::Use-Pty=0 -o DPkg::Lock::Timeout=600 "$@"
}

# Installs whichever of "$@" are missing (apt-get update first). Does nothing,
# and needs no root, when everything is there already.
md_ensure_packages() {
    local missing
    mapfile -t missing < <(md_missing_packages "$@" | sort -u)
    if [ "${#missing[@]}" -eq 0 ]; then
        return 0
    fi
    echo "Installing missing Debian packages: ${missing[*]}"
    md_apt_get update
    md_apt_get install --no-install-recommends "${missing[@]}"
}
