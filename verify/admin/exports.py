"""The auditors' exports page: choose a format and filters, download, follow big export jobs."""

from __future__ import annotations

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse

from verify.admin.access import desk_access


def exports_view(request: HttpRequest) -> HttpResponse:
    if not desk_access(request).can_export:
        raise PermissionDenied
    context = {**admin.site.each_context(request), "title": "Exports"}
    return TemplateResponse(request, "verify/admin/exports.html", context)
