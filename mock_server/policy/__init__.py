"""Who may do what, and how often: authentication and scopes, rate limits, idempotency, the
Oblivious HTTP gateway, and (for tests) fault injection."""
