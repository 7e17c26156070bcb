# Deliveries leaving the store (retention, clearing) with everything derived from them.
hookscope_add_test(storeremoval LIBS hookscope_store)
