# The .deb and tarball built from this build directory, unpacked and checked (installer/).
# Not for sanitizer or fuzzer builds: their binary is not what gets shipped.
if(NOT HOOKSCOPE_SANITIZE AND NOT HOOKSCOPE_BUILD_FUZZERS)
    add_test(NAME package
        COMMAND ${PROJECT_SOURCE_DIR}/installer/check-package ${PROJECT_BINARY_DIR}
                ${PROJECT_VERSION} ${HOOKSCOPE_APP_ID})
    set_tests_properties(package PROPERTIES LABELS package TIMEOUT 600)
endif()
