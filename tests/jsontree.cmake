hookscope_add_test(jsontree LIBS hookscope_decode)

# Not a test: prints parse throughput against rapidjson::Document (bench/json/bench_jsontree.cpp).
add_executable(bench_jsontree ${PROJECT_SOURCE_DIR}/bench/json/bench_jsontree.cpp)
target_link_libraries(bench_jsontree PRIVATE hookscope_decode hookscope_options)
