hookscope_add_test(captureserver LIBS hookscope_capture hookscope_providers Qt6::Network SOURCES rawhttpclient.h)
