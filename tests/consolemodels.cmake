hookscope_add_test(consolemodels LIBS hookscope_ui LABELS gui)
