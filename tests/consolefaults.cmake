hookscope_add_test(consolefaults LIBS hookscope_ui Qt6::Network SOURCES damagedstores.h rawhttpclient.h LABELS gui)
