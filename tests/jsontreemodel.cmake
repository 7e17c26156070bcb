hookscope_add_test(jsontreemodel LIBS hookscope_ui LABELS gui)
