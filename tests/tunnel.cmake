# The tunnel runner with stand-in tools (fixtures/tunnel) and a real sshd (openssh-server).
hookscope_add_test(tunnel LIBS hookscope_tunnel hookscope_capture hookscope_providers Qt6::Network
    SOURCES sshserver.h tunnelfixtures.h rawhttpclient.h LABELS process)
# Through the built executable: `hookscope tunnel` to `hookscope --headless`.
hookscope_add_test(tunnelcli LIBS hookscope_common Qt6::Network SOURCES headlessprocess.h sshserver.h tunnelfixtures.h rawhttpclient.h
    LABELS process)
add_dependencies(tst_tunnelcli hookscope)
# The console's tunnel panel, offscreen, with the stand-in tools.
hookscope_add_test(tunnelpanel LIBS hookscope_ui Qt6::Network SOURCES sshserver.h tunnelfixtures.h rawhttpclient.h
    LABELS gui)
