"""Test kit: an in-process reference server for integration tests.

Heavy imports (the server, Keras, JAX) happen only when a server is started.
"""

from .reference_server import ReferenceServer

__all__ = ["ReferenceServer"]
