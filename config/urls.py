"""URL routes: the admin (the fact-checkers' tool) and the versioned REST API.

This is the one module that names the apps side by side: each app's API routes are included
under ``/api/v1/`` next to the API's own (health, schema, docs), all in the ``api`` namespace.
"""

from django.contrib import admin
from django.urls import include, path

from config.api.urls import urlpatterns as api_own_urlpatterns

api_urlpatterns = [
    *api_own_urlpatterns,
    path("", include("claims.api.urls")),
    path("", include("verify.api.urls")),
]

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/v1/", include((api_urlpatterns, "api"), namespace="api")),
]

# Django's own error pages answer with problem details under /api/ and as HTML elsewhere.
handler400 = "config.api.exceptions.handler400"
handler403 = "config.api.exceptions.handler403"
handler404 = "config.api.exceptions.handler404"
handler500 = "config.api.exceptions.handler500"
