# The English catalogue exists only for plural forms: without them a user reads
# "8 session(s)". Every numerus entry there must be finished, so a new
# tr("%n ...(s)") string fails here until `update_translations` has been run and
# its two English forms written.
#
# Usage: cmake -DCATALOGUE=translations/mentordesk_en.ts -P check-source-catalogue.cmake
if(NOT EXISTS "${CATALOGUE}")
    message(FATAL_ERROR "No catalogue at ${CATALOGUE}")
endif()
file(READ "${CATALOGUE}" text)
string(REGEX MATCHALL "<source>[^<]*</source>[ \t\r\n]*<translation type=\"unfinished\"" unfinished
       "${text}")
list(LENGTH unfinished count)
if(count GREATER 0)
    string(REGEX REPLACE "<source>([^<]*)</source>[^;]*" "\\1" names "${unfinished}")
    message(FATAL_ERROR "${count} plural string(s) have no English forms in ${CATALOGUE}:\n"
                        "${names}")
endif()
string(REGEX MATCHALL "<numerusform></numerusform>" empty "${text}")
list(LENGTH empty emptyCount)
if(emptyCount GREATER 0)
    message(FATAL_ERROR "${emptyCount} empty plural form(s) in ${CATALOGUE}")
endif()
message(STATUS "Every plural string in ${CATALOGUE} has its English forms.")
