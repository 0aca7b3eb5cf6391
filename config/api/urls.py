"""``/api/v1/``: health, the OpenAPI schema and its docs page, and each app's endpoints."""

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

import config.api.schema  # noqa: F401 - registers the Api-Key security scheme
from config.api.health import HealthView

app_name = "api"

urlpatterns = [
    path("health", HealthView.as_view(), name="health"),
    path("schema", SpectacularAPIView.as_view(), name="schema"),
    path("docs", SpectacularSwaggerView.as_view(url_name="api:schema"), name="docs"),
    path("", include("claims.api.urls")),
    path("", include("verify.api.urls")),
]
