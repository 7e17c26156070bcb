hookscope_add_test(forward LIBS hookscope_send hookscope_capture
    SOURCES sendcapture.h sendscriptedserver.h)
