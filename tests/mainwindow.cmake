hookscope_add_test(mainwindow LIBS hookscope_ui Qt6::Network SOURCES rawhttpclient.h sendscriptedserver.h
    LABELS gui)
