"""Source metadata: title and publisher read from the source's page, failures stored on the source."""

from __future__ import annotations

import pytest

from tests.factories import SourceFactory
from tests.verify.local_http import LocalServer, Reply
from tests.verify.side_effects import eager_retries  # noqa: F401
from verify import tasks
from verify.models import MetadataStatus
from verify.services.source_metadata import page_metadata

pytestmark = pytest.mark.django_db

PAGE = b"""<!doctype html><html><head>
<title>  Wages in 2024 |
 Statistics Office </title>
<meta property="og:title" content="Wages in 2024">
<meta property="og:site_name" content="Statistics Office">
</head><body>...</body></html>"""


@pytest.fixture
def server(settings):
    settings.FETCH_ALLOWED_NETWORKS = ["127.0.0.1/32"]
    with LocalServer() as running:
        yield running


def pending_source(url: str, **fields):
    return SourceFactory(url=url, title=fields.pop("title", ""), publisher=fields.pop("publisher", ""),
                         metadata_status=MetadataStatus.PENDING, **fields)


def test_open_graph_tags_win_over_the_title_element():
    found = page_metadata(PAGE.decode(), url="https://www.stats.example.org/w")
    assert (found.title, found.publisher) == ("Wages in 2024", "Statistics Office")


def test_title_element_and_host_are_the_fallbacks():
    found = page_metadata("<title>Wages &amp; prices\n</title>", url="https://www.stats.example.org/w")
    assert (found.title, found.publisher) == ("Wages & prices", "stats.example.org")


def test_blank_title_and_publisher_are_filled_from_the_page(server):
    server.routes["/w"] = lambda request: Reply(200, {"Content-Type": "text/html; charset=utf-8"}, PAGE)
    source = pending_source(server.url("/w"))
    assert tasks.source_fetch_metadata.apply(args=[source.id]).get() == MetadataStatus.FETCHED
    source.refresh_from_db()
    assert (source.title, source.publisher) == ("Wages in 2024", "Statistics Office")
    assert source.metadata_status == MetadataStatus.FETCHED and source.metadata_fetched_at is not None


def test_what_the_reviewer_wrote_is_kept(server):
    server.routes["/w"] = lambda request: Reply(200, {"Content-Type": "text/html"}, PAGE)
    source = pending_source(server.url("/w"), title="Table 3: hourly wages")
    tasks.source_fetch_metadata.apply(args=[source.id])
    source.refresh_from_db()
    assert (source.title, source.publisher) == ("Table 3: hourly wages", "Statistics Office")


def test_second_run_does_nothing(server):
    server.routes["/w"] = lambda request: Reply(200, {"Content-Type": "text/html"}, PAGE)
    source = pending_source(server.url("/w"))
    tasks.source_fetch_metadata.apply(args=[source.id])
    assert tasks.source_fetch_metadata.apply(args=[source.id]).get() == "skipped"
    assert len(server.received) == 1


def test_internal_address_is_recorded_as_failed_not_raised():
    source = pending_source("http://169.254.169.254/latest/meta-data/")
    assert tasks.source_fetch_metadata.apply(args=[source.id]).get() == MetadataStatus.FAILED
    source.refresh_from_db()
    assert source.metadata_status == MetadataStatus.FAILED and "metadata" in source.metadata_error


def test_non_html_is_recorded_as_failed(server):
    server.routes["/data.csv"] = lambda request: Reply(200, {"Content-Type": "text/csv"}, b"a,b\n")
    source = pending_source(server.url("/data.csv"))
    tasks.source_fetch_metadata.apply(args=[source.id])
    source.refresh_from_db()
    assert source.metadata_status == MetadataStatus.FAILED and "not HTML" in source.metadata_error


def test_server_errors_are_retried_then_recorded(server, monkeypatch, eager_retries):
    server.routes["/down"] = lambda request: Reply(503, {"Content-Type": "text/html"}, b"busy")
    source = pending_source(server.url("/down"))
    monkeypatch.setattr(tasks.source_fetch_metadata, "max_retries", 2)
    tasks.source_fetch_metadata.apply(args=[source.id])
    source.refresh_from_db()
    assert len(server.received) == 3
    assert source.metadata_status == MetadataStatus.FAILED
    assert source.metadata_error.startswith("Gave up after retries") and "503" in source.metadata_error
