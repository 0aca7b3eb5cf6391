"""The auditors' exports page: a format and filters, then a download now or a file prepared later.

A download streams (``verify.exports.export_stream``); one with more than ``DOWNLOAD_ROW_LIMIT``
rows becomes a background job instead, as does any export the auditor asks to prepare as a
file. The page lists the auditor's recent jobs with their progress, refreshing itself while one
is still running, and offers each finished file.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, HttpRequest, HttpResponse, HttpResponseRedirect, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse

from access.desk import desk_access
from verify import admin_messages, ratings
from verify.errors import WorkflowError
from verify.exports import (
    EXPORT_CONTENT_TYPES,
    export_count,
    export_filename,
    export_filters_parse,
    export_format_parse,
    export_stream,
)
from verify.models import ReviewState
from verify.models.exports import ExportFormat, ExportJob, ExportJobState
from verify.services.export_jobs import export_job_open, export_job_start, export_jobs_recent

DOWNLOAD_ROW_LIMIT = 50_000
FILTER_FIELDS = ("since", "until", "state", "rating", "reviewer", "source_system", "speaker")
REFRESH_SECONDS = 5
SEVERAL = "Hold Ctrl (⌘ on a Mac) to choose several."


class ExportForm(forms.Form):
    """Renders the choices; the export functions parse and check what is posted."""

    format = forms.ChoiceField(
        choices=ExportFormat.choices, initial=ExportFormat.CSV, widget=forms.RadioSelect,
    )
    since = forms.DateField(required=False, label="From", widget=forms.DateInput(attrs={"type": "date"}))
    until = forms.DateField(
        required=False, label="Until (inclusive)", widget=forms.DateInput(attrs={"type": "date"}),
    )
    state = forms.MultipleChoiceField(required=False, label="Led to state", choices=ReviewState.choices,
                                      widget=forms.SelectMultiple(attrs={"size": 7}), help_text=SEVERAL)
    rating = forms.MultipleChoiceField(
        required=False, choices=(), widget=forms.SelectMultiple(attrs={"size": 7}), help_text=SEVERAL,
    )
    reviewer = forms.CharField(required=False, label="Person who acted (username)")
    source_system = forms.CharField(required=False, label="Article source system")
    speaker = forms.CharField(required=False, label="Speaker (name or id)")

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["rating"].choices = ratings.substance_choices()


def exports_view(request: HttpRequest) -> HttpResponse:
    """GET: the form and the jobs. POST: a download, or a job started."""
    if not desk_access(request).can_export:
        raise PermissionDenied
    if request.method != "POST":
        return _page(request, ExportForm())
    try:
        fmt = export_format_parse(request.POST.get("format"))
        filters = export_filters_parse({name: request.POST.getlist(name) for name in FILTER_FIELDS})
        if request.POST.get("how") == "download" and export_count(fmt, filters) <= DOWNLOAD_ROW_LIMIT:
            return _download(fmt, filters)
        export_job_start(user=request.user, fmt=fmt, filters=filters)
    except WorkflowError as error:
        admin_messages.error_message(request, error)
        form = ExportForm(request.POST)
        form.is_valid()
        for name, text in admin_messages.field_errors(error).items():
            form.add_error(name if name in form.fields else None, text)
        return _page(request, form, status=400)
    too_big = request.POST.get("how") == "download"
    admin_messages.action_done(request, "export_job_large" if too_big else "export_job_start",
                               limit=f"{DOWNLOAD_ROW_LIMIT:,}")
    return HttpResponseRedirect(reverse("admin:verify_exports"))


def export_job_download_view(request: HttpRequest, job_id: int) -> HttpResponse:
    if not desk_access(request).can_export:
        raise PermissionDenied
    job = get_object_or_404(ExportJob, pk=job_id, requested_by=request.user)
    try:
        handle, filename, content_type = export_job_open(user=request.user, job=job)
    except WorkflowError as error:
        admin_messages.error_message(request, error)
        return HttpResponseRedirect(reverse("admin:verify_exports"))
    return FileResponse(handle, as_attachment=True, filename=filename, content_type=content_type)


def _download(fmt: ExportFormat, filters) -> StreamingHttpResponse:
    response = StreamingHttpResponse(export_stream(fmt, filters), content_type=EXPORT_CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="{export_filename(fmt)}"'
    return response


def _page(request: HttpRequest, form: ExportForm, *, status: int = 200) -> TemplateResponse:
    jobs = list(export_jobs_recent(user=request.user))
    running = any(job.state in (ExportJobState.PENDING, ExportJobState.RUNNING) for job in jobs)
    context = {
        **admin.site.each_context(request), "title": "Exports", "form": form, "jobs": jobs,
        "refresh_seconds": REFRESH_SECONDS if running else None, "download_limit": DOWNLOAD_ROW_LIMIT,
    }
    return TemplateResponse(request, "verify/admin/exports.html", context, status=status)

