# The tests read PDFs with pdftotext, CSV with python3's csv module, check
# signatures with openssl, open the database with the stock sqlcipher tool and
# publish to a real CalDAV server (radicale); the packaging tests validate
# with appstreamcli and desktop-file-validate, render the manual page with man
# and build the .deb with dpkg-deb and dpkg-shlibdeps (which needs file).
# Each of those tests skips itself when its tool is missing, which would let a
# suite "pass" while checking much less: this fails instead, naming what to
# install (scripts/test.sh installs all of them on Debian).
set(missing)
foreach(tool pdftotext python3 openssl sqlcipher radicale appstreamcli desktop-file-validate man
             dpkg-deb dpkg-shlibdeps file)
    find_program(found_${tool} ${tool})
    if(NOT found_${tool})
        list(APPEND missing ${tool})
    endif()
endforeach()
if(missing)
    list(JOIN missing ", " names)
    message(FATAL_ERROR "Missing test tools: ${names}. On Debian: apt-get install poppler-utils "
                        "python3 openssl sqlcipher radicale appstream desktop-file-utils man-db "
                        "dpkg-dev file (scripts/test.sh does it).")
endif()
message(STATUS "Every test tool is installed.")
