hookscope_add_test(sendcompose LIBS hookscope_send)
hookscope_add_test(sendsigning LIBS hookscope_send hookscope_capture SOURCES sendcapture.h)
hookscope_add_test(sendhttp LIBS hookscope_send hookscope_capture
    SOURCES sendcapture.h sendscriptedserver.h rawhttpclient.h)
