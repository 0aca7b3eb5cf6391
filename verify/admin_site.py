"""The fact-check desk: the admin site whose front page is the user's review queues.

``verify.admin_apps.FactCheckAdminConfig`` makes it Django's default ``admin.site``. It imports
the admin modules lazily: the site is built while ``verify.admin`` registers its classes on it.
"""

from __future__ import annotations

from django.contrib import admin
from django.contrib.admin.forms import AdminAuthenticationForm
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.urls import path


class FactCheckAuthenticationForm(AdminAuthenticationForm):
    """Newsroom system accounts use API keys; they are refused here even if marked staff."""

    def confirm_login_allowed(self, user) -> None:
        from access.roles import NEWSROOM_SYSTEM, role_names

        # The newsroom check comes first: such accounts are usually not staff, and "not a staff
        # account" would not tell their owner to use the API instead.
        if NEWSROOM_SYSTEM in role_names(user) and not user.is_superuser:
            raise ValidationError(
                "This is a newsroom system account: it works through the API and cannot sign in here.",
                code="newsroom_system",
            )
        super().confirm_login_allowed(user)


class FactCheckAdminSite(admin.AdminSite):
    site_header = "Fact-check desk"
    site_title = "Fact-check desk"
    index_title = "Your queues"
    index_template = "verify/admin/index.html"
    login_form = FactCheckAuthenticationForm
    enable_nav_sidebar = False
    site_url = None  # the service has no public site to link to

    def has_permission(self, request: HttpRequest) -> bool:
        from access.desk import desk_access

        return super().has_permission(request) and not desk_access(request).is_newsroom_system

    def each_context(self, request: HttpRequest) -> dict:
        from access.desk import desk_access

        return {**super().each_context(request), "desk": desk_access(request)}

    def index(self, request: HttpRequest, extra_context: dict | None = None) -> HttpResponse:
        from verify.admin.queues import landing_context

        return super().index(request, extra_context={**landing_context(request), **(extra_context or {})})

    def get_urls(self) -> list:
        from verify.admin.exports import export_job_download_view, exports_view

        return [
            path("exports/", self.admin_view(exports_view), name="verify_exports"),
            path("exports/<int:job_id>/file/", self.admin_view(export_job_download_view),
                 name="verify_export_file"),
            *super().get_urls(),
        ]
