# The English catalogue exists only for plural forms: without them a user reads
# "8 session(s)". Every plural string in the sources must be in it with both
# forms written, so a new tr("%n ...(s)") fails here until `update_translations`
# and scripts/fill-english-plurals.py have been run.
#
# Usage: cmake -DCATALOGUE=translations/mentordesk_en.ts [-DLUPDATE=path
#        -DSOURCE_DIR=repo -DWORK_DIR=scratch] -P check-source-catalogue.cmake
# With LUPDATE, a copy of the catalogue is first brought up to date with the
# sources (as update_translations would), so strings missing from it count too.
if(NOT EXISTS "${CATALOGUE}")
    message(FATAL_ERROR "No catalogue at ${CATALOGUE}")
endif()
set(checked "${CATALOGUE}")
if(LUPDATE)
    file(REMOVE_RECURSE "${WORK_DIR}")
    file(MAKE_DIRECTORY "${WORK_DIR}")
    get_filename_component(name "${CATALOGUE}" NAME)
    set(checked "${WORK_DIR}/${name}")
    file(COPY_FILE "${CATALOGUE}" "${checked}")
    execute_process(
        COMMAND "${LUPDATE}" -silent -pluralonly -no-obsolete -extensions cpp,h
                -I "${SOURCE_DIR}/core" -I "${SOURCE_DIR}/ui"
                "${SOURCE_DIR}/core" "${SOURCE_DIR}/ui" "${SOURCE_DIR}/app" -ts "${checked}"
        RESULT_VARIABLE lupdateResult OUTPUT_QUIET)
    if(NOT lupdateResult EQUAL 0)
        message(FATAL_ERROR "lupdate failed (${lupdateResult})")
    endif()
endif()
file(READ "${checked}" text)
# The catalogue holds plural strings only (-pluralonly), so any unfinished
# translation in it, wherever it stands, is a plural without its forms.
string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${text}")
list(LENGTH unfinished count)
if(count GREATER 0)
    string(REGEX MATCHALL "<source>[^<]*</source>[ \t\r\n]*<translation type=\"unfinished\""
           named "${text}")
    string(REGEX REPLACE "<source>([^<]*)</source>[^;]*" "\\1" names "${named}")
    message(FATAL_ERROR "${count} plural string(s) have no English forms in ${CATALOGUE}; run "
                        "update_translations, then scripts/fill-english-plurals.py:\n${names}")
endif()
string(REGEX MATCHALL "<numerusform></numerusform>" empty "${text}")
list(LENGTH empty emptyCount)
if(emptyCount GREATER 0)
    message(FATAL_ERROR "${emptyCount} empty plural form(s) in ${CATALOGUE}")
endif()
message(STATUS "Every plural string in the sources has its English forms in ${CATALOGUE}.")
