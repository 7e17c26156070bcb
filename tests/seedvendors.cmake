hookscope_add_test(seedvendors LIBS hookscope_providers Qt6::Network SOURCES headlessprocess.h rawhttpclient.h LABELS process)
add_dependencies(tst_seedvendors hookscope)
