"""`python -m mock_server [--host 127.0.0.1] [--port 8000]` (also `maas-reference-server`)."""

from __future__ import annotations

import argparse
import logging
import os

os.environ.setdefault("KERAS_BACKEND", "jax")


def main(argv: list[str] | None = None) -> None:
    """Serve the reference server with uvicorn."""
    parser = argparse.ArgumentParser(prog="maas-reference-server", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--log-level", default="info")
    args = parser.parse_args(argv)
    logging.basicConfig(level=args.log_level.upper(), format="%(levelname)s %(name)s %(message)s")

    import uvicorn

    from .app import create_app
    from .serving.lifecycle import DrainingServer
    from .settings import Settings

    settings = Settings.from_env()
    # The app answers what outlives the grace period 503 itself; uvicorn's own limit is only a
    # backstop, a little later.
    config = uvicorn.Config(create_app(settings), host=args.host, port=args.port,
                            log_level=args.log_level, access_log=False,
                            timeout_graceful_shutdown=int(settings.shutdown_grace_seconds) + 3)
    DrainingServer(config).run()


if __name__ == "__main__":
    main()
