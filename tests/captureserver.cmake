hookscope_add_test(captureserver LIBS hookscope_capture Qt6::Network SOURCES rawhttpclient.h)
