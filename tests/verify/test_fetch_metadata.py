"""Source metadata: title and publisher read from the source's page, failures stored on the source,
what was filled in recorded in the audit trail by the system."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.factories import ReviewFactory, SourceFactory
from tests.verify.local_http import LocalServer, Reply
from tests.verify.side_effects import eager_retries  # noqa: F401
from tests.verify.test_offline_verifier import verify_export
from verify import tasks
from verify.exports import ExportFilters, export_stream
from verify.models import AuditChainHead, AuditEntry, MetadataStatus
from verify.services import fetch, reviews, source_metadata, sources, verdicts
from verify.services.audit import audit_chain_check
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


# --- the audit trail --------------------------------------------------------------------------


def test_filled_in_fields_are_recorded_as_a_system_audit_entry(server):
    server.routes["/w"] = lambda request: Reply(200, {"Content-Type": "text/html"}, PAGE)
    source = pending_source(server.url("/w"), title="Table 3: hourly wages")
    tasks.source_fetch_metadata.apply(args=[source.id])
    entry = AuditEntry.objects.get()
    assert (entry.action, entry.actor_id, entry.actor_username) == ("source_metadata", None, "")
    assert (entry.claim_id, entry.review_id, entry.source_ids) == (source.review.claim_id, source.review_id, [source.id])
    assert entry.from_state == entry.to_state == source.review.state
    assert entry.data["before"] == {"publisher": ""}
    assert entry.data["after"] == {"publisher": "Statistics Office"}
    assert entry.data["source"]["title"] == "Table 3: hourly wages"
    assert entry.data["source"]["publisher"] == "Statistics Office"
    assert audit_chain_check().ok


def test_nothing_filled_in_writes_no_entry(server):
    server.routes["/w"] = lambda request: Reply(200, {"Content-Type": "text/html"}, PAGE)
    source = pending_source(server.url("/w"), title="Mine", publisher="Also mine")
    assert tasks.source_fetch_metadata.apply(args=[source.id]).get() == MetadataStatus.FETCHED
    assert not AuditEntry.objects.exists()


def test_a_failed_fetch_writes_no_entry():
    source = pending_source("http://169.254.169.254/latest/meta-data/")
    tasks.source_fetch_metadata.apply(args=[source.id])
    assert not AuditEntry.objects.exists()


def test_the_fields_and_their_audit_entry_are_written_together(monkeypatch):
    source = pending_source("https://stats.example.org/w")
    monkeypatch.setattr(source_metadata.fetch, "fetch_html", lambda url: fetched_page(url))

    def refuse(**kwargs):
        raise RuntimeError("the audit table refused the row")

    monkeypatch.setattr(source_metadata, "audit_record", refuse)
    with pytest.raises(RuntimeError):
        source_metadata.source_metadata_fetch(source_id=source.id)
    source.refresh_from_db()
    assert (source.title, source.publisher, source.metadata_status) == ("", "", MetadataStatus.PENDING)


def fetched_page(url: str) -> fetch.FetchedPage:
    return fetch.FetchedPage(url=url, status=200, charset="utf-8", body=PAGE)


def test_the_log_explains_why_the_approval_snapshot_differs_from_the_proposal(
    fact_checker, editor, monkeypatch, tmp_path, capsys
):
    review = reviews.review_claim(review=reviews.review_queue(review=ReviewFactory(), actor=fact_checker),
                                  actor=fact_checker)
    source = sources.source_add(review=review, actor=fact_checker, url="https://stats.example.org/w",
                                stance="supports")
    review = verdicts.verdict_propose(
        review=review, actor=fact_checker, substance="mostly_true", substance_rationale="40,012.",
        summary="About right.", attribution="confirmed", attribution_rationale="Video.", source_ids=[source.id],
    )
    monkeypatch.setattr(source_metadata.fetch, "fetch_html", fetched_page)
    source_metadata.source_metadata_fetch(source_id=source.id)
    verdicts.verdict_approve(review=review, actor=editor)

    proposal, filled, approval = AuditEntry.objects.filter(
        action__in=["propose_verdict", "source_metadata", "approve"]
    ).order_by("seq")
    assert proposal.verdict["sources"][0]["title"] == ""
    assert approval.verdict["sources"][0]["title"] == "Wages in 2024"
    assert (filled.actor_username, filled.data["before"], filled.data["after"]) == (
        "", {"title": "", "publisher": ""}, {"title": "Wages in 2024", "publisher": "Statistics Office"},
    )
    assert audit_chain_check().ok

    path = tmp_path / "history.jsonl"
    path.write_bytes(b"".join(export_stream("jsonl", ExportFilters())))
    row = next(json.loads(line) for line in path.read_text().splitlines() if '"source_metadata"' in line)
    assert row["audit"]["actor"] is None and row["audit"]["data"]["after"]["title"] == "Wages in 2024"
    assert row["sources"][0]["title"] == "Wages in 2024"
    head = AuditChainHead.objects.get()
    assert verify_export.main(["--expect-head", f"{head.last_seq}:{head.last_hash}", str(path)]) == 0
    capsys.readouterr()
    csv_text = b"".join(export_stream("csv", ExportFilters())).decode("utf-8-sig")
    record = next(r for r in csv.DictReader(io.StringIO(csv_text)) if r["action"] == "source_metadata")
    assert record["actor"] == "" and json.loads(record["data"])["before"] == {"title": "", "publisher": ""}
