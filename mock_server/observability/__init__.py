"""Watching the server: Prometheus metrics, the audit trail, trace context, the access log."""
