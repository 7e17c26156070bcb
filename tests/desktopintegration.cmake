hookscope_add_test(desktopintegration LIBS hookscope_ui Qt6::Network SOURCES rawhttpclient.h LABELS gui)
