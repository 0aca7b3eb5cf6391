"""Direct downloads: ``export_stream`` checks at once, reads lazily in chunks, from one snapshot."""

from __future__ import annotations

import csv
import io
import json
import threading

import pytest
from django.db import connection
from django.http import StreamingHttpResponse

from tests.verify.export_data import history_build
from verify.errors import InvalidInput
from verify.exports import (
    EXPORT_CONTENT_TYPES,
    ExportFilters,
    export_filename,
    export_stream,
    pg_csv,
    writers,
)
from verify.models import AuditEntry, Review
from verify.services import reviews

pytestmark = pytest.mark.django_db


@pytest.fixture
def history(fact_checker, editor):
    return history_build(checker=fact_checker, editor=editor)


def test_nothing_is_read_until_the_download_is_iterated(history, django_assert_num_queries):
    with django_assert_num_queries(0):
        chunks = export_stream("csv", ExportFilters())
    assert next(chunks).startswith("\ufeffseq,".encode())


def test_a_bad_format_is_refused_when_called_not_when_iterated(db):
    with pytest.raises(InvalidInput) as caught:
        export_stream("xlsx", ExportFilters())
    assert caught.value.errors == {"format": "Choose one of csv, jsonl, claimreview."}


def test_a_streaming_response_sends_the_whole_export_in_many_chunks(history, monkeypatch):
    monkeypatch.setattr(writers, "BATCH_ROWS", 2)
    chunks = list(export_stream("jsonl", ExportFilters()))
    assert len(chunks) == 1 + 6 and all(isinstance(chunk, bytes) for chunk in chunks)
    response = StreamingHttpResponse(
        export_stream("jsonl", ExportFilters()), content_type=EXPORT_CONTENT_TYPES["jsonl"]
    )
    response["Content-Disposition"] = f'attachment; filename="{export_filename("jsonl")}"'
    body = b"".join(response.streaming_content)
    lines = body.splitlines()
    assert len(lines) == 12 and json.loads(lines[0])["export"]["rows"] == 11
    assert response["Content-Type"] == "application/jsonl; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="audit-history-')


def test_download_names_say_what_and_when():
    assert export_filename("csv").startswith("audit-history-") and export_filename("csv").endswith("Z.csv")
    assert export_filename("claimreview").startswith("claimreview-")
    assert export_filename("claimreview").endswith(".jsonld")


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_the_export_reads_one_repeatable_read_read_only_snapshot(fact_checker, editor):
    history = history_build(checker=fact_checker, editor=editor)
    chunks = export_stream("jsonl", ExportFilters())
    header = json.loads(next(chunks))["export"]
    with connection.cursor() as cursor:
        cursor.execute("SHOW transaction_isolation")
        assert cursor.fetchone()[0] == "repeatable read"
        cursor.execute("SHOW transaction_read_only")
        assert cursor.fetchone()[0] == "on"

    # Another connection commits a transition while the export is half-way.
    def restore() -> None:
        try:
            reviews.review_restore(review=history.dismissed.pk, actor=fact_checker)
        finally:
            connection.close()

    writer = threading.Thread(target=restore)
    writer.start()
    writer.join()
    assert AuditEntry.objects.using("default").count() == 11  # still the snapshot on this connection
    rest = b"".join(chunks)
    rows = [json.loads(line) for line in rest.splitlines()]
    assert header["rows"] == len(rows) == 11 and header["chain_head"]["seq"] == 11
    assert AuditEntry.objects.count() == 12
    assert Review.objects.get(pk=history.dismissed.pk).state != "dismissed"
    again = b"".join(export_stream("jsonl", ExportFilters())).splitlines()
    assert json.loads(again[0])["export"]["rows"] == 12 and len(again) == 13


@pytest.mark.postgres
def test_on_postgresql_the_server_writes_the_csv_in_chunks_with_progress(history, monkeypatch):
    monkeypatch.setattr(pg_csv, "CHUNK_BYTES", 1)
    progress = []
    chunks = list(
        export_stream("csv", ExportFilters(), progress=lambda done, total: progress.append((done, total)))
    )
    assert progress == [(n, 11) for n in range(12)]
    assert len(chunks) == 1 + 11


@pytest.mark.postgres
def test_on_postgresql_the_server_writes_the_same_csv_as_the_python_writer(history, monkeypatch):
    by_server = b"".join(export_stream("csv", ExportFilters()))
    monkeypatch.setattr("django.db.connection.vendor", "sqlite")  # take the Python writer's path
    by_python = b"".join(export_stream("csv", ExportFilters()))
    assert by_server.startswith(b"\xef\xbb\xbfseq,")
    records = [list(csv.reader(io.StringIO(data.decode("utf-8-sig")))) for data in (by_server, by_python)]
    assert records[0] == records[1] and len(records[0]) == 12
