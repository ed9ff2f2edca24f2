"""HTTP plumbing: the error envelope, JSON bodies, request context and body-limit middleware,
and the dependencies routes share."""
