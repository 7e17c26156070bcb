hookscope_add_test(mainwindow LIBS hookscope_ui Qt6::Network SOURCES rawhttpclient.h sendscriptedserver.h
    LABELS gui)
hookscope_add_test(composer LIBS hookscope_ui Qt6::Network SOURCES sendcapture.h sendscriptedserver.h LABELS gui)
