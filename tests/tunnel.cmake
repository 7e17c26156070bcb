# The tunnel runner with stand-in tools (fixtures/tunnel) and a real sshd (openssh-server).
hookscope_add_test(tunnel LIBS hookscope_tunnel hookscope_capture hookscope_providers Qt6::Network
    SOURCES sshserver.h rawhttpclient.h LABELS process)
