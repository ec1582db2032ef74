# Writes mentordesk-cli(1) from the CLI's own help, at build time:
#   cmake -DCLI=<mentordesk-cli> -DOUTPUT=<mentordesk-cli.1> [-DGZIP=<gzip>] -P write-manpage.cmake
# In English whatever the builder's language, and without the builder's home
# folder or data folder in the default workspace path. With GZIP it also
# writes <OUTPUT>.gz, the page as it is installed: Debian policy wants manual
# pages compressed with `gzip -9n` (best compression, no name or time stamp,
# so the package is reproducible).
execute_process(
    COMMAND "${CMAKE_COMMAND}" -E env --unset=XDG_DATA_HOME --unset=LANGUAGE LC_ALL=C LANG=C
            QT_QPA_PLATFORM=offscreen "${CLI}" --man
    OUTPUT_FILE "${OUTPUT}.tmp"
    ERROR_VARIABLE errors
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(REMOVE "${OUTPUT}.tmp")
    message(FATAL_ERROR "${CLI} --man failed (${result}): ${errors}")
endif()
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")

if(GZIP)
    execute_process(COMMAND "${GZIP}" -9n -c "${OUTPUT}"
                    OUTPUT_FILE "${OUTPUT}.gz.tmp"
                    ERROR_VARIABLE errors
                    RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        file(REMOVE "${OUTPUT}.gz.tmp")
        message(FATAL_ERROR "${GZIP} -9n ${OUTPUT} failed (${result}): ${errors}")
    endif()
    file(RENAME "${OUTPUT}.gz.tmp" "${OUTPUT}.gz")
endif()
