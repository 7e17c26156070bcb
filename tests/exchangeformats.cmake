# Exports (HAR, CSV, JSON, curl, raw) and imports (NDJSON, HAR); EventFields.
hookscope_add_test(eventfields LIBS hookscope_providers)
hookscope_add_test(exportformats LIBS hookscope_exchange SOURCES tst_exportfixtures.h)
hookscope_add_test(harimport LIBS hookscope_exchange SOURCES tst_exportfixtures.h)
# Needs node and tests/node-har/node_modules (npm ci --prefix tests/node-har); skips without them
# unless CI=true.
hookscope_add_test(harvalidity LIBS hookscope_exchange SOURCES tst_exportfixtures.h LABELS node)
hookscope_add_test(exportcurl LIBS hookscope_capture hookscope_exchange Qt6::Network
    SOURCES tst_exportfixtures.h LABELS process)
hookscope_add_test(exportcli LIBS hookscope_exchange Qt6::Network
    SOURCES headlessprocess.h rawhttpclient.h tst_exportfixtures.h LABELS process)
add_dependencies(tst_exportcli hookscope)
