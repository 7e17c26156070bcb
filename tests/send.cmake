hookscope_add_test(sendcompose LIBS hookscope_send)
hookscope_add_test(sendsigning LIBS hookscope_send hookscope_capture SOURCES sendcapture.h)
hookscope_add_test(sendhttp LIBS hookscope_send hookscope_capture
    SOURCES sendcapture.h sendscriptedserver.h rawhttpclient.h)
# Through the built executable: `hookscope send` / `hookscope replay` against `hookscope --headless`.
hookscope_add_test(sendcli LIBS Qt6::Network SOURCES headlessprocess.h sendexport.h LABELS process)
add_dependencies(tst_sendcli hookscope)
# Signatures checked by the official npm libraries; needs node and `npm ci --prefix tests/node`
# (fails without them when CI=true, skips otherwise).
hookscope_add_test(sendsignatures LIBS Qt6::Network SOURCES headlessprocess.h sendexport.h LABELS process node)
add_dependencies(tst_sendsignatures hookscope)
hookscope_add_test(randomize LIBS hookscope_send)
hookscope_add_test(composerstate LIBS hookscope_send)
