hookscope_add_test(headless LIBS hookscope_exchange hookscope_store Qt6::Network SOURCES headlessprocess.h rawhttpclient.h LABELS process)
add_dependencies(tst_headless hookscope)
