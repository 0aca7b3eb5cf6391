"""Who may do what: roles, callers, API keys, idempotency records and the base domain error.

The bottom layer: it imports no other app of the project, and ``claims`` and ``verify`` build on it.
"""
