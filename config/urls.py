"""URL routes: the admin (the fact-checkers' tool) and the versioned REST API."""

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/v1/", include("config.api.urls", namespace="api")),
]

# Django's own error pages answer with problem details under /api/ and as HTML elsewhere.
handler400 = "config.api.exceptions.handler400"
handler403 = "config.api.exceptions.handler403"
handler404 = "config.api.exceptions.handler404"
handler500 = "config.api.exceptions.handler500"
