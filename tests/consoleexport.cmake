# File > Export in the console, offscreen: every format and scope, read back; cancel; clearing.
hookscope_add_test(consoleexport LIBS hookscope_ui Qt6::Network
    SOURCES tst_exportfixtures.h nodehar.h rawhttpclient.h LABELS gui node)
