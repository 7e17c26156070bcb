hookscope_add_test(translations LIBS hookscope_ui LABELS gui)
target_compile_definitions(tst_translations PRIVATE
    HOOKSCOPE_LUPDATE="$<TARGET_FILE:Qt6::lupdate>"
    HOOKSCOPE_TRANSLATED_SOURCES="${HOOKSCOPE_TRANSLATED_SOURCES}")
add_dependencies(tst_translations hookscope) # runs hookscope --help
