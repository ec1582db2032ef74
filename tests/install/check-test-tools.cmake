# The tests read PDFs with pdftotext, CSV with python3's csv module, check
# signatures with openssl, open the database with the stock sqlcipher tool and
# publish to a real CalDAV server (radicale).
# Each of those tests skips itself when its tool is missing, which would let a
# suite "pass" while checking much less: this fails instead, naming what to
# install (scripts/test.sh installs all of them on Debian).
set(missing)
foreach(tool pdftotext python3 openssl sqlcipher radicale)
    find_program(found_${tool} ${tool})
    if(NOT found_${tool})
        list(APPEND missing ${tool})
    endif()
endforeach()
if(missing)
    list(JOIN missing ", " names)
    message(FATAL_ERROR "Missing test tools: ${names}. On Debian: apt-get install poppler-utils "
                        "python3 openssl sqlcipher radicale (scripts/test.sh does it).")
endif()
message(STATUS "pdftotext, python3, openssl, sqlcipher and radicale are installed.")
