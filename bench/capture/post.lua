-- A realistic webhook delivery (Enad organisations.created, ~700 bytes), POSTed by wrk.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer bench-token"
wrk.body = [[{"event_type":"organisations.created","payload":{"id":"7d3c1f0e-5b8a-4c2e-9f6d-1a2b3c4d5e6f","name":"Nordisk Verktyg AB","organisation_number":"556677-8899","vat_number":"SE556677889901","status":"active","email":"order@nordiskverktyg.se","phone":"+46 8 123 45 67","addresses":[{"type":"billing","street":"Storgatan 12","postal_code":"111 22","city":"Stockholm","country":"SE"},{"type":"delivery","street":"Lagervägen 4","postal_code":"125 30","city":"Älvsjö","country":"SE"}],"price_list_id":"pl_2024_b2b","created_at":"2025-03-14T09:26:53Z","updated_at":"2025-03-14T09:26:53Z"}}]]
