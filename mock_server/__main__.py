"""`python -m mock_server [--host 127.0.0.1] [--port 8000]` (also `maas-reference-server`)."""

from __future__ import annotations

import argparse
import logging
import os
import sys

from maas_client._extras import extra_hint, missing_modules

os.environ.setdefault("KERAS_BACKEND", "jax")


def main(argv: list[str] | None = None) -> int:
    """Serve the reference server with uvicorn; 1 with a one-line hint if the extra is missing."""
    parser = argparse.ArgumentParser(prog="maas-reference-server", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--log-level", default="info")
    args = parser.parse_args(argv)
    if missing_modules("server"):
        print(f"maas-reference-server: {extra_hint('server')}", file=sys.stderr)
        return 1
    logging.basicConfig(level=args.log_level.upper(), format="%(levelname)s %(name)s %(message)s")

    import uvicorn

    from .app import create_app
    from .settings import Settings

    uvicorn.run(create_app(Settings.from_env()), host=args.host, port=args.port,
                log_level=args.log_level, access_log=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
