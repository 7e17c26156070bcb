hookscope_add_fuzzer(jsontree LIBS hookscope_decode)

# RapidJSON 1.1.0's internal::Stack adds to a null pointer on its first push (harmless, fixed
# upstream); keep UBSan quiet about that one header in the instrumented parser.
set(jsontree_ubsan_ignorelist ${CMAKE_CURRENT_BINARY_DIR}/jsontree_ubsan_ignorelist.txt)
file(WRITE ${jsontree_ubsan_ignorelist} "src:*rapidjson*internal/stack.h\n")
target_compile_options(hookscope_decode PRIVATE -fsanitize-ignorelist=${jsontree_ubsan_ignorelist})
