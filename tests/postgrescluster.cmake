# The throwaway PostgreSQL server (postgrescluster.h) that store tests and benchmarks run against.
hookscope_add_test(postgrescluster SOURCES postgrescluster.h LIBS Qt6::Sql Qt6::Network LABELS process)
