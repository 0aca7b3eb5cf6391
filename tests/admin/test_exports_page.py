"""The auditors' exports page: who reaches it, downloads, export jobs and their files."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.admin.conftest import MATRIX_ROLES
from tests.factories import ReviewFactory
from verify.admin import exports as exports_admin
from verify.models import ReviewState
from verify.models.exports import ExportJob, ExportJobState
from verify.services.transitions import transition_apply

pytestmark = pytest.mark.django_db

EXPORTS = reverse("admin:verify_exports")


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def history(people):
    review = ReviewFactory(state=ReviewState.QUEUED)
    transition_apply(review=review, actor=people["fact_checker"], action="claim", data={}, expected_version=None)
    return review


@pytest.mark.parametrize("role", MATRIX_ROLES)
def test_exports_page_access(clients, role):
    response = clients[role].get(EXPORTS)
    expected = {"auditor": 200, "anonymous": 302, "newsroom": 302, "newsroom_staff": 302}.get(role, 403)
    assert response.status_code == expected


@pytest.mark.parametrize("role", ["fact_checker", "editor", "outsider"])
def test_only_auditors_export(clients, role):
    response = clients[role].post(EXPORTS, {"format": "csv", "how": "job"})
    assert response.status_code == 403 and not ExportJob.objects.exists()


def test_download_streams_the_history(clients, history):
    response = clients["auditor"].post(EXPORTS, {"format": "csv", "how": "download"})
    assert response.status_code == 200 and response.streaming
    assert response["Content-Disposition"].startswith('attachment; filename="audit-history-')
    body = b"".join(response.streaming_content).decode()
    assert "claim" in body and "fact_checker" in body


def test_bad_filter_is_shown_on_the_form(clients, history):
    response = clients["auditor"].post(EXPORTS, {"format": "csv", "how": "download", "since": "yesterday"})
    assert response.status_code == 400
    assert "The export filters are not valid." in response.content.decode()


def test_claimreview_without_a_url_template_is_refused_naming_the_setting(clients, history, settings):
    settings.CLAIMREVIEW_URL_TEMPLATE = ""
    response = clients["auditor"].post(EXPORTS, {"format": "claimreview", "how": "download"})
    assert response.status_code == 400
    assert "CLAIMREVIEW_URL_TEMPLATE is not set" in response.content.decode()
    assert not ExportJob.objects.exists()


def test_prepare_as_a_file_then_download_it(clients, history, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = clients["auditor"].post(EXPORTS, {"format": "jsonl", "how": "job"}, follow=True)
    assert "Export started." in response.content.decode()
    job = ExportJob.objects.get()
    assert job.state == ExportJobState.DONE
    page = clients["auditor"].get(EXPORTS).content.decode()
    file_url = reverse("admin:verify_export_file", args=[job.pk])
    assert file_url in page and "Ready" in page
    download = clients["auditor"].get(file_url)
    assert download.status_code == 200 and b'"format":"jsonl"' in b"".join(download.streaming_content)


def test_big_download_becomes_a_job(clients, history, monkeypatch, django_capture_on_commit_callbacks):
    monkeypatch.setattr(exports_admin, "DOWNLOAD_ROW_LIMIT", 0)
    with django_capture_on_commit_callbacks(execute=False):
        response = clients["auditor"].post(EXPORTS, {"format": "csv", "how": "download"}, follow=True)
    assert "is being prepared as a file" in response.content.decode()
    assert ExportJob.objects.get().state == ExportJobState.PENDING
    assert '<meta http-equiv="refresh"' in clients["auditor"].get(EXPORTS).content.decode()


def test_someone_elses_export_file_is_not_found(clients, people):
    job = ExportJob.objects.create(requested_by=people["other_editor"], format="csv")
    assert clients["auditor"].get(reverse("admin:verify_export_file", args=[job.pk])).status_code == 404
