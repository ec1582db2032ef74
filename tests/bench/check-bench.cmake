cmake_minimum_required(VERSION 3.22)
# Runs mentordesk-bench at the tiny size and checks its JSON: it parses, it
# has every figure of the performance issue, and every value is a positive
# number. Whether a target is met is not checked: at this size and on a
# shared machine that would be a timing test; the point is that the
# benchmark keeps running.
#   cmake -DBENCH=<mentordesk-bench> -DCACHE=<dir> -P check-bench.cmake
execute_process(
    COMMAND ${BENCH} --size tiny --runs 1 --json --cache ${CACHE}
    OUTPUT_VARIABLE json
    ERROR_VARIABLE log
    RESULT_VARIABLE result
    TIMEOUT 240)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "mentordesk-bench failed (${result}):\n${log}")
endif()

string(JSON count ERROR_VARIABLE parseError LENGTH "${json}" figures)
if(parseError)
    message(FATAL_ERROR "not the JSON of the benchmark (${parseError}):\n${json}\n${log}")
endif()

set(areas Clients Pipeline Dashboard Agreements Calendar Billing)
set(commands "client list" "session list week" "session list year" "invoice list" "verify")
set(expected "unlock to main window with data" "filter keystroke" "calendar week step"
    "calendar month step" "open client" "open engagement" "open invoice"
    "encrypted vs plain workload" "gui resident memory")
foreach(area IN LISTS areas)
    list(APPEND expected "first show: ${area}" "repeat show: ${area}")
endforeach()
foreach(command IN LISTS commands)
    list(APPEND expected "cli ${command}" "cli ${command} peak memory")
endforeach()

set(names)
set(problems)
math(EXPR last "${count} - 1")
foreach(i RANGE ${last})
    string(JSON name GET "${json}" figures ${i} name)
    list(APPEND names "${name}")
    foreach(field size unit target met)
        string(JSON type ERROR_VARIABLE missing TYPE "${json}" figures ${i} ${field})
        if(missing)
            list(APPEND problems "${name}: no ${field}")
        endif()
    endforeach()
    string(JSON size GET "${json}" figures ${i} size)
    if(NOT size STREQUAL "tiny")
        list(APPEND problems "${name}: size ${size}")
    endif()
    string(JSON metType TYPE "${json}" figures ${i} met)
    if(NOT metType STREQUAL "BOOLEAN")
        list(APPEND problems "${name}: met is ${metType}")
    endif()
    string(JSON floorType TYPE "${json}" figures ${i} floor)
    if(NOT floorType MATCHES "^(NULL|NUMBER)$")
        list(APPEND problems "${name}: floor is ${floorType}")
    endif()
    string(JSON valueType TYPE "${json}" figures ${i} value)
    string(JSON value GET "${json}" figures ${i} value)
    if(NOT valueType STREQUAL "NUMBER" OR NOT value GREATER 0)
        list(APPEND problems "${name}: value ${value}")
    endif()
endforeach()
foreach(name IN LISTS expected)
    if(NOT name IN_LIST names)
        list(APPEND problems "missing figure '${name}'")
    endif()
endforeach()
if(problems)
    list(JOIN problems "\n" text)
    message(FATAL_ERROR "${text}\n\n${json}")
endif()
message(STATUS "${count} figures, all positive")
