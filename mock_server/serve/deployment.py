"""The Ray Serve deployment: the builder each replica runs, its health check, and `app`.

The FastAPI app is never pickled (it holds the gateway's private keys and locks): Serve gets
the module-level builder :func:`build_app`, which runs inside each replica, after the
replica's logging and thread pools are set up and before JAX is imported. A replica takes
traffic only once :meth:`MaaSReplica.check_health` has seen its models loaded and warm (Serve
runs that check at the end of a replica's start, before routing to it).
"""

from __future__ import annotations

import asyncio
import math
import os
from typing import Any

import ray
from ray import serve
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from maas_client.protocol import REQUEST_ID_HEADER

__all__ = ["ENV_PREFIXES", "MaaSReplica", "OneRequestIdMiddleware", "app", "build_app",
           "replica_env", "replica_threads"]

#: Environment variables handed to every replica (the server's settings and model caches).
ENV_PREFIXES = ("MAAS_", "KERAS_BACKEND", "XDG_CACHE_HOME")
#: Seconds a starting replica may take to load and warm its models before Serve replaces it.
READY_TIMEOUT = 600.0
_REQUEST_ID = REQUEST_ID_HEADER.lower().encode()


def replica_env(environ: dict[str, str] | None = None) -> dict[str, str]:
    """The variables of `environ` (default: this process's) that configure the server."""
    source = os.environ if environ is None else environ
    return {k: v for k, v in source.items() if k.startswith(ENV_PREFIXES)}


def replica_threads() -> int:
    """This replica's CPU share, from the CPUs Ray assigned it (else the machine's)."""
    try:
        cpus = ray.get_runtime_context().get_assigned_resources().get("CPU")
    except Exception:  # not in a Ray worker
        cpus = None
    return max(1, math.ceil(cpus)) if cpus else os.cpu_count() or 1


class OneRequestIdMiddleware:
    """Behind Serve's proxy: drop the app's `X-Request-Id` from answers, because the proxy
    adds its own (the id it passed in, which the app adopted), so an answer carries one."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def send_one_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [
                    (k, v) for k, v in message.get("headers", []) if k.lower() != _REQUEST_ID]}
            await send(message)

        await self.app(scope, receive, send_one_id)


def build_app() -> ASGIApp:
    """The app of one replica (runs in the replica): logging, JAX thread pools sized to the
    replica's CPUs, then the server configured from the environment."""
    from ..models.jax_setup import limit_threads
    from ..observability.access_log import configure_logging

    configure_logging(os.environ.get("MAAS_SERVER_LOG_LEVEL", "info"))
    limit_threads(replica_threads())
    from ..app import create_app

    fastapi_app = create_app()
    fastapi_app.add_middleware(OneRequestIdMiddleware)
    return fastapi_app


@serve.deployment(
    name="maas",
    ray_actor_options={"num_cpus": 1},
    health_check_period_s=2,
    # Bounds the periodic checks of a running replica (a hung one is replaced after this);
    # the first check, which waits for the models, is part of the replica's start instead.
    health_check_timeout_s=30,
    graceful_shutdown_timeout_s=30,
    max_ongoing_requests=64,
)
@serve.ingress(build_app)
class MaaSReplica:
    """One replica of the reference server (the app comes from :func:`build_app`)."""

    app: Any  # the FastAPI app (set by Serve's ingress wrapper)

    async def check_health(self) -> None:
        """Wait until the models are loaded and warm; raise if loading failed (Serve then
        replaces the replica). Serve runs this once as a replica starts, before sending it
        any request, and then every `health_check_period_s`."""
        state = self.app.state
        waited = 0.0
        while not state.registry.ready:
            loader = getattr(state, "loader", None)
            if loader is not None and loader.done() and loader.exception() is not None:
                raise RuntimeError("the models failed to load")
            if waited >= READY_TIMEOUT:
                raise RuntimeError("the models are not ready")
            await asyncio.sleep(0.2)
            waited += 0.2


#: The application of `serve deploy deploy/serve.yaml`.
app = MaaSReplica.bind()
