# Two capture nodes and a console sharing one PostgreSQL (a throwaway cluster on loopback).
hookscope_add_test(teammode LIBS hookscope_ui Qt6::Network SOURCES headlessprocess.h postgrescluster.h
    rawhttpclient.h LABELS "gui;process")
add_dependencies(tst_teammode hookscope)
