# A Debian package of both programs: `cpack -G DEB` in the build folder makes
# mentordesk_<version>_<arch>.deb with everything the install() rules put in
# place (the programs, the desktop entry, the icon, the AppStream metainfo and
# the manual page). tests/install/check-deb.py builds and unpacks it.

set(CPACK_PACKAGE_NAME mentordesk)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The MentorDesk developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "MentorDesk keeps an independent career mentor's clients, their engagements \
in a five-stage pipeline, signed agreements, sessions and billing in one \
encrypted workspace on the mentor's own computer. mentordesk-cli works on the \
same workspace from the command line, for scripting and backups.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://mentordesk.org/")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Debug builds too: the package holds no debugging symbols, and packs fast.
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)

set(MENTORDESK_PACKAGE_MAINTAINER "The MentorDesk developers <maintainers@mentordesk.org>"
    CACHE STRING "The Maintainer field of the Debian package")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${MENTORDESK_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION office)
# The shared libraries the programs link (Qt, SQLCipher, libsodium, libical,
# QtKeychain) as dpkg-shlibdeps finds them; and what they load at run time:
# the SVG icon engine (the icons) and Qt's own catalogues (Qt's buttons in the
# interface language), neither of which is linked.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, qt6-translations-l10n")
# The preview of a scanned paper agreement (pdftoppm) and Qt's platform
# plugins beyond X11 (Wayland).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "poppler-utils, qt6-qpa-plugins")
# The stock tool a recovery key opens the workspace with, and a keychain that
# can remember the key.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "sqlcipher, gnome-keyring")

include(CPack)
