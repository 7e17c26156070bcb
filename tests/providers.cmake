hookscope_add_test(providers LIBS hookscope_providers ZLIB::ZLIB)
