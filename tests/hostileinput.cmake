# The hostile-input battery (issue 9): a real `hookscope --headless` against what the internet
# can send; loopback only, every loop bounded.
hookscope_add_test(hostileinput LIBS hookscope_store ZLIB::ZLIB Qt6::Network
    SOURCES headlessprocess.h rawhttpclient.h LABELS process battery)
add_dependencies(tst_hostileinput hookscope)
