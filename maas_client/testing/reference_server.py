"""`ReferenceServer`: the real reference server on 127.0.0.1 at a free port, in a thread."""

from __future__ import annotations

import asyncio
import os
import socket
import threading
import time
from types import TracebackType
from typing import Any

import httpx

__all__ = ["ReferenceServer", "ServerNotReady"]

_EXTRA_HINT = 'the reference server needs the server extra: pip install "maas-client[server]"'


class ServerNotReady(RuntimeError):
    """The server did not become ready in time (or failed while loading its models)."""


class ReferenceServer:
    """Start `mock_server` with uvicorn in a background thread; a sync and async context manager.

    `base_url` and `api_key` are set once started. Models are cached per process, so a second
    server in the same session starts warm.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        settings: Any = None,
        ready_timeout: float = 300.0,
        **setting_overrides: Any,
    ) -> None:
        self.host = host
        self.port = port
        self.ready_timeout = ready_timeout
        self._settings = settings
        self._overrides = setting_overrides
        self._server: Any = None
        self._thread: threading.Thread | None = None
        self.app: Any = None
        self.api_key = ""
        self.admin_key = ""
        self.startup_seconds = 0.0

    @property
    def base_url(self) -> str:
        """`http://127.0.0.1:<port>` (the SDK adds `/v1/...`)."""
        return f"http://{self.host}:{self.port}"

    def start(self) -> ReferenceServer:
        """Start and wait until `/v1/ready` answers 200."""
        os.environ.setdefault("KERAS_BACKEND", "jax")
        try:
            import uvicorn

            from mock_server.app import create_app
            from mock_server.serving.lifecycle import DrainingServer
            from mock_server.settings import Settings
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError(_EXTRA_HINT) from exc
        started = time.perf_counter()
        overrides = {"enable_fault_injection": True, **self._overrides}
        settings = self._settings or Settings.from_env(**overrides)
        keys = settings.effective_api_keys
        self.api_key = next(iter(keys))
        #: The key `inject_fault` uses: the first with the `admin` scope, if any.
        self.admin_key = next((k for k, scopes in keys.items() if "admin" in scopes),
                              self.api_key)
        self.app = create_app(settings)
        # proto must say TCP: asyncio only sets TCP_NODELAY on accepted sockets whose proto is
        # IPPROTO_TCP, and without it every small answer waits ~40 ms for a delayed ACK.
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self.port))
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(self.app, log_level="warning", access_log=False, lifespan="on")
        self._server = DrainingServer(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, name="maas-reference-server",
            daemon=True,
        )
        self._thread.start()
        self._wait_ready()
        self.startup_seconds = time.perf_counter() - started
        return self

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + self.ready_timeout
        with httpx.Client(base_url=self.base_url, timeout=5.0) as http:
            while time.monotonic() < deadline:
                registry = getattr(self.app.state, "registry", None)
                if registry is not None and registry.failed:
                    self.stop()
                    raise ServerNotReady(f"model loading failed ({registry.failed}); "
                                         "run `python -m mock_server.weights`")
                if self._thread is not None and not self._thread.is_alive():
                    raise ServerNotReady("the server thread exited during start-up")
                try:
                    if http.get("/v1/ready").status_code == 200:
                        return
                except httpx.TransportError:
                    pass
                time.sleep(0.05)
        self.stop()
        raise ServerNotReady(f"not ready after {self.ready_timeout:.0f}s")

    def inject_fault(
        self,
        path: str,
        *,
        method: str = "POST",
        times: int = 1,
        status: int | None = None,
        retry_after: float | None = None,
        delay: float = 0.0,
        body: str | None = None,
    ) -> None:
        """Script the next `times` answers of `method path` (needs fault injection, which a
        `ReferenceServer` enables unless told otherwise, and a key with the `admin` scope):
        an error `status` (with `retry_after`), an added `delay`, or a real answer with a
        `"truncated"`, `"dropped"` or `"malformed"` body."""
        fault: dict[str, Any] = {"delay": delay}
        if status is not None:
            fault["status"] = status
        if retry_after is not None:
            fault["retry_after"] = retry_after
        if body is not None:
            fault["body"] = body
        script = {"method": method, "path": path, "fault": fault, "times": times}
        with httpx.Client(base_url=self.base_url, timeout=10.0) as http:
            r = http.post("/v1/_faults", json=script,
                          headers={"Authorization": f"Bearer {self.admin_key}"})
            r.raise_for_status()

    def clear_faults(self) -> None:
        """Drop every scripted fault."""
        with httpx.Client(base_url=self.base_url, timeout=10.0) as http:
            http.delete("/v1/_faults", headers={"Authorization": f"Bearer {self.admin_key}"})

    def stop(self) -> None:
        """Ask uvicorn to exit and join its thread."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._server = self._thread = None

    def __enter__(self) -> ReferenceServer:
        return self.start()

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    async def __aenter__(self) -> ReferenceServer:
        return await asyncio.to_thread(self.start)

    async def __aexit__(self, et: type[BaseException] | None, ev: BaseException | None,
                        tb: TracebackType | None) -> None:
        await asyncio.to_thread(self.stop)
