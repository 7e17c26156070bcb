hookscope_add_fuzzer(jsontree LIBS hookscope_decode SEEDS samples)
