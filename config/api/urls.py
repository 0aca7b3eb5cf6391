"""The API's own routes under ``/api/v1/``: health, the OpenAPI schema and its docs page.

The apps' endpoints are added beside these in ``config/urls.py``, the one place naming the apps.
"""

from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

import config.api.schema  # noqa: F401 - registers the Api-Key security scheme
from config.api.health import HealthView

urlpatterns = [
    path("health", HealthView.as_view(), name="health"),
    path("schema", SpectacularAPIView.as_view(), name="schema"),
    path("docs", SpectacularSwaggerView.as_view(url_name="api:schema"), name="docs"),
]
