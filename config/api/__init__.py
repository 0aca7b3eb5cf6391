"""Cross-cutting pieces of the REST API: authentication, errors as problem details, limits,
throttles, schema helpers and the ``/api/v1/`` URL tree. Endpoints live in each app's ``api``."""
