"""Settings of the benchmark server: the service's own, plus a trivial endpoint to compare with."""

from config.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
