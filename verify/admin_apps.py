"""Makes the fact-check desk Django's default admin site.

Listed in INSTALLED_APPS instead of ``django.contrib.admin``; every ``@admin.register`` in the
project then lands on ``verify.admin_site.FactCheckAdminSite`` and ``config/urls.py`` keeps
``admin.site.urls``. Kept apart from the site because this module is imported while settings
load, before any model may be imported.
"""

from django.contrib.admin.apps import AdminConfig


class FactCheckAdminConfig(AdminConfig):
    default_site = "verify.admin_site.FactCheckAdminSite"
