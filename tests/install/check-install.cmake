# Installs the build into a throwaway prefix and checks that both programs,
# the desktop entry, the icon, the AppStream metainfo and the manual page land
# where desktops, software centres and man look for them.
#   cmake -DBUILD_DIR=... -DPREFIX=... -DMAN_PAGE=mentordesk-cli.1.gz -P check-install.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result}):\n${output}")
endif()

set(desktop "${PREFIX}/share/applications/org.mentordesk.MentorDesk.desktop")
set(icon "${PREFIX}/share/icons/hicolor/scalable/apps/mentordesk.svg")
set(metainfo "${PREFIX}/share/metainfo/org.mentordesk.MentorDesk.metainfo.xml")
set(manpage "${PREFIX}/share/man/man1/${MAN_PAGE}")
foreach(path "${PREFIX}/bin/mentordesk" "${PREFIX}/bin/mentordesk-cli" "${desktop}" "${icon}"
        "${metainfo}" "${manpage}")
    if(NOT EXISTS "${path}")
        message(FATAL_ERROR "not installed: ${path}\n${output}")
    endif()
endforeach()
# The installed CLI runs from its new place.
execute_process(COMMAND "${CMAKE_COMMAND}" -E env QT_QPA_PLATFORM=offscreen
                        "${PREFIX}/bin/mentordesk-cli" --version
                RESULT_VARIABLE result OUTPUT_VARIABLE version ERROR_VARIABLE version)
if(NOT result EQUAL 0 OR NOT version MATCHES "[0-9]+\\.[0-9]+")
    message(FATAL_ERROR "the installed mentordesk-cli --version failed (${result}): ${version}")
endif()

file(READ "${desktop}" entry)
foreach(line "Type=Application" "Exec=mentordesk" "Icon=mentordesk" "Name=MentorDesk")
    string(FIND "${entry}" "${line}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${desktop} has no '${line}':\n${entry}")
    endif()
endforeach()
file(READ "${icon}" svg LIMIT 4096)
if(NOT svg MATCHES "<svg")
    message(FATAL_ERROR "${icon} is not an SVG image")
endif()
file(REMOVE_RECURSE "${PREFIX}")
