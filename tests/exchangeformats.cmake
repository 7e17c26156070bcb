# Exports (HAR, CSV, JSON, curl, raw) and imports (NDJSON, HAR); EventFields.
hookscope_add_test(eventfields LIBS hookscope_providers)
