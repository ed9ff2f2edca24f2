"""`install_observability(app, settings)`: metrics, audit trail and their start-up messages."""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI

from .audit import AuditLog
from .metrics import ServerMetrics, install_metrics, serve_metrics_port

if TYPE_CHECKING:
    from ..settings import Settings

__all__ = ["Observability", "install_observability"]

log = logging.getLogger("mock_server")


@dataclass
class Observability:
    """What `create_app` wires into its middleware and lifespan."""

    app: FastAPI
    metrics: ServerMetrics
    audit: AuditLog | None
    metrics_port: int | None
    _server: Any = None

    def start(self) -> None:
        """Say where the audit trail goes (or that it is off); open the metrics port."""
        if self.audit is None:
            log.info("audit trail off (set MAAS_SERVER_AUDIT_LOG to a file path to enable it)")
        else:
            log.info("audit trail: appending hash-chained records to %s", self.audit.path)
        if self.metrics_port is not None:
            self._server = serve_metrics_port(self.app, self.metrics_port)

    def stop(self) -> None:
        """Close the audit trail's files and the metrics port, if one was opened."""
        if self.audit is not None:
            self.audit.close()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None


def install_observability(app: FastAPI, settings: Settings) -> Observability:
    """Create the app's metrics registry (`app.state.metrics_registry`) and audit trail
    (`app.state.audit_log`); the returned object is also `app.state.observability`."""
    metrics = install_metrics(app, settings.metrics_port)
    audit = None
    if settings.audit_log is not None:
        key = settings.audit_hmac_key
        if not key:
            log.warning("audit: MAAS_SERVER_AUDIT_HMAC_KEY is not set; input HMACs use a "
                        "random key that dies with this process")
        audit = AuditLog(settings.audit_log, max_bytes=settings.audit_max_bytes,
                         hmac_key=key.encode() if key else secrets.token_bytes(32))
    app.state.audit_log = audit
    app.state.observability = Observability(app, metrics, audit, settings.metrics_port)
    return app.state.observability  # type: ignore[no-any-return]
