hookscope_add_test(singleinstance LIBS hookscope_ui SOURCES headlessprocess.h LABELS process gui)
add_dependencies(tst_singleinstance hookscope)
