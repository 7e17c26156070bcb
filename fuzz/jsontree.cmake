hookscope_add_fuzzer(jsontree LIBS hookscope_decode)

# Instrument the parser itself, not only the driver, so libFuzzer sees its coverage.
# RapidJSON 1.1.0's internal::Stack adds to a null pointer on its first push (harmless, fixed
# upstream); UBSan ignores that one header.
set(jsontree_ubsan_ignorelist ${CMAKE_CURRENT_BINARY_DIR}/jsontree_ubsan_ignorelist.txt)
file(WRITE ${jsontree_ubsan_ignorelist} "src:*/rapidjson/internal/stack.h\n")
target_compile_options(hookscope_decode PRIVATE
    -fsanitize=fuzzer-no-link,address,undefined
    -fsanitize-ignorelist=${jsontree_ubsan_ignorelist})
