"""URL routes: the admin (the fact-checkers' tool) and the versioned REST API."""

from django.contrib import admin
from django.urls import path

urlpatterns = [
    path("admin/", admin.site.urls),
]
