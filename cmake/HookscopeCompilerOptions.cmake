# Warnings and sanitizers for every Hookscope target (call hookscope_apply_options(target)).

add_library(hookscope_options INTERFACE)
target_compile_options(hookscope_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
    -Woverloaded-virtual -Wimplicit-fallthrough)
target_compile_definitions(hookscope_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    HOOKSCOPE_VERSION="${PROJECT_VERSION}")
if(HOOKSCOPE_WERROR)
    target_compile_options(hookscope_options INTERFACE -Werror)
endif()
if(HOOKSCOPE_SANITIZE)
    target_compile_options(hookscope_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(hookscope_options INTERFACE -fsanitize=address,undefined)
endif()
if(HOOKSCOPE_SANITIZE_THREAD)
    if(HOOKSCOPE_SANITIZE OR HOOKSCOPE_BUILD_FUZZERS)
        message(FATAL_ERROR "HOOKSCOPE_SANITIZE_THREAD cannot be combined with AddressSanitizer")
    endif()
    target_compile_options(hookscope_options INTERFACE -fsanitize=thread -fno-omit-frame-pointer)
    target_link_options(hookscope_options INTERFACE -fsanitize=thread)
endif()
if(HOOKSCOPE_BUILD_FUZZERS)
    # Instrument the libraries too, so libFuzzer gets coverage feedback from the code under test.
    target_compile_options(hookscope_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    target_link_options(hookscope_options INTERFACE -fsanitize=address,undefined)
endif()
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    # Qt's logging macros (qCWarning(category) << ...) pass no variadic arguments.
    target_compile_options(hookscope_options INTERFACE -Wno-gnu-zero-variadic-macro-arguments)
    if(HOOKSCOPE_SANITIZE OR HOOKSCOPE_BUILD_FUZZERS)
        # RapidJSON 1.1.0 adds to a null pointer (internal::Stack's first push, GenericValue's
        # empty member list): harmless, fixed upstream, but fatal under -fno-sanitize-recover.
        set(rapidjson_ubsan_ignorelist ${PROJECT_BINARY_DIR}/rapidjson_ubsan_ignorelist.txt)
        file(WRITE ${rapidjson_ubsan_ignorelist} "src:*rapidjson*internal/stack.h\nsrc:*rapidjson*document.h\n")
        target_compile_options(hookscope_options INTERFACE -fsanitize-ignorelist=${rapidjson_ubsan_ignorelist})
    endif()
endif()
