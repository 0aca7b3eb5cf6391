"""The audit history exports (CSV and JSON Lines): every entry, its evidence, and what it is about."""

from __future__ import annotations

import csv
import hashlib
import io
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.models import Article, Claim
from tests.verify.export_data import history_build
from tests.verify.test_offline_verifier import verify_export
from verify.audit_chain import entry_hash
from verify.exports import ExportFilters, export_stream
from verify.exports.writers import CSV_COLUMNS, csv_safe
from verify.models import AuditEntry, Source
from verify.services.audit import entry_canonical

pytestmark = pytest.mark.django_db


@pytest.fixture
def history(fact_checker, editor):
    return history_build(checker=fact_checker, editor=editor)


def export(fmt: str, filters: ExportFilters | None = None) -> bytes:
    return b"".join(export_stream(fmt, filters or ExportFilters()))


def jsonl_lines(data: bytes) -> list[dict]:
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


def csv_records(data: bytes) -> list[dict]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def canonical_from_csv(record: dict) -> dict:
    """Re-hash a CSV row as its docstring says: drop the escape apostrophe, decode the JSON cells."""
    cell = {name: value.removeprefix("'") for name, value in record.items()}
    return {
        "seq": int(cell["seq"]),
        "occurred_at": cell["occurred_at"],
        "actor": cell["actor"] or None,
        "claim_id": int(cell["claim_id"]),
        "action": cell["action"],
        "from_state": cell["from_state"],
        "to_state": cell["to_state"],
        "reason": cell["reason"],
        "verdict": json.loads(cell["verdict"]) if cell["verdict"] else None,
        "source_ids": json.loads(cell["source_ids"]),
        "data": json.loads(cell["data"]),
        "prev_hash": cell["prev_hash"],
    }


# --- JSON Lines -------------------------------------------------------------------------------


def test_jsonl_holds_every_entry_with_its_canonical_form_and_hash(history):
    lines = jsonl_lines(export("jsonl"))
    header, rows = lines[0]["export"], lines[1:]
    entries = list(AuditEntry.objects.order_by("seq"))
    assert header["complete"] is True and header["rows"] == len(entries) == 11
    assert header["filters"] == {} and header["format"] == "jsonl"
    assert [row["audit"] for row in rows] == [{**entry_canonical(e), "hash": e.hash} for e in entries]


def test_jsonl_rows_carry_claim_article_speaker_and_recorded_sources(history):
    rows = jsonl_lines(export("jsonl"))[1:]
    added = next(row for row in rows if row["audit"]["action"] == "source_add")
    assert added["claim"] == {
        "id": history.published.claim_id,
        "kind": "indirect",
        "text": "40,000 people would benefit from the new wage",
    }
    assert added["article"] == {
        "source_system": "cms-a",
        "external_id": history.published.claim.article.external_id,
        "url": "https://cms-a.example.org/wage-rise",
        "headline": "Wage rise",
    }
    assert added["speaker"] == {"name": "Jane Doe", "type": "person"}
    assert added["sources"] == [added["audit"]["data"]["source"]]
    approved = next(row for row in rows if row["audit"]["action"] == "approve")
    assert approved["audit"]["verdict"]["substance"] == "mostly_true"
    assert approved["audit"]["verdict"]["decided_by"] == "editor"


def test_sources_are_never_read_from_current_rows(history):
    before = export("jsonl")
    Source.objects.update(title="Edited afterwards")
    assert b"Edited afterwards" not in export("jsonl")
    assert len(before) > 0


def test_untouched_jsonl_export_verifies_offline(history, tmp_path, capsys):
    path = tmp_path / "history.jsonl"
    path.write_bytes(export("jsonl"))
    last = AuditEntry.objects.order_by("-seq").first()
    assert verify_export.main(["--expect-head", f"11:{last.hash}", str(path)]) == 0
    assert capsys.readouterr().out == (
        "OK: 11 rows, seq 1 to 11, chain intact from the genesis\n"
        f"Head: 11:{last.hash}, the expected head (--expect-head): every row is proven against it\n"
    )


def test_entries_of_deleted_claims_are_still_exported(history):
    Article.objects.filter(claims__review=history.dismissed).delete()
    rows = jsonl_lines(export("jsonl"))[1:]
    gone = [row for row in rows if row["audit"]["claim_id"] == history.dismissed.claim_id]
    assert len(gone) == 1 and gone[0]["audit"]["action"] == "dismiss"
    assert gone[0]["claim"] is gone[0]["article"] is gone[0]["speaker"] is None
    record = next(r for r in csv_records(export("csv")) if r["claim_id"] == str(history.dismissed.claim_id))
    assert record["claim_text"] == record["article_url"] == record["speaker"] == ""


# --- CSV --------------------------------------------------------------------------------------


def test_csv_has_a_header_and_one_row_per_entry_in_seq_order(history):
    data = export("csv")
    assert data.startswith("\ufeff".encode() + b"seq,occurred_at,actor,claim_id,")
    records = csv_records(data)
    assert list(records[0]) == list(CSV_COLUMNS)
    assert [int(r["seq"]) for r in records] == list(range(1, 12))


def test_every_csv_row_can_be_rehashed_offline(history):
    records = csv_records(export("csv"))
    for record in records:
        canonical = canonical_from_csv(record)
        text = json.dumps(canonical, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        assert hashlib.sha256(text.encode("utf-8")).hexdigest() == record["hash"] == entry_hash(canonical)


def test_csv_spells_out_the_verdict_snapshot(history):
    records = csv_records(export("csv"))
    approved = next(r for r in records if r["action"] == "approve")
    assert approved["rating"] == "mostly_true" and approved["rating_value"] == "4"
    assert approved["summary"] == "About right: 40,012 workers."
    assert approved["substance_rationale"] == "The office counts 40,012."
    assert approved["proposed_by"] == "fact_checker" and approved["decided_by"] == "editor"
    assert approved["verdict_status"] == "approved"
    queued = records[0]
    assert queued["rating"] == queued["summary"] == queued["verdict"] == ""


def test_csv_cells_that_a_spreadsheet_would_run_are_escaped(history):
    records = csv_records(export("csv"))
    dismissed = next(r for r in records if r["action"] == "dismiss")
    assert dismissed["reason"] == "'+ opinion, not checkable"
    sources = next(r for r in records if r["action"] == "source_add")["sources"]
    assert (
        json.loads(sources)[0]["title"] == '=HYPERLINK("http://evil")'
    )  # inside JSON, not at a cell's start


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "'quoted"])
def test_exported_free_text_starting_like_a_formula_is_escaped(history, text):
    """On PostgreSQL the server writes the CSV, elsewhere Python: both must escape."""
    Claim.objects.filter(pk=history.published.claim_id).update(content=text)
    records = csv_records(export("csv"))
    assert {r["claim_text"] for r in records if r["claim_id"] == str(history.published.claim_id)} == {
        "'" + text
    }


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "'quoted"])
def test_csv_safe_prefixes_risky_text_with_an_apostrophe(text):
    assert csv_safe(text) == "'" + text


@pytest.mark.parametrize("value", ["plain", "", "a=b", 42, None, "1-2"])
def test_csv_safe_leaves_other_cells_alone(value):
    assert csv_safe(value) == value


# --- Queries ------------------------------------------------------------------------------------


def test_query_count_does_not_grow_with_the_rows(fact_checker, editor, make_user):
    history_build(checker=fact_checker, editor=editor)
    counts = {}
    for fmt in ("csv", "jsonl"):
        with CaptureQueriesContext(connection) as few:
            export(fmt)
        counts[fmt] = len(few)
    history_build(checker=make_user("checker2", "fact_checker"), editor=make_user("editor2", "editor"))
    assert AuditEntry.objects.count() == 22
    for fmt in ("csv", "jsonl"):
        with CaptureQueriesContext(connection) as many:
            export(fmt)
        assert len(many) == counts[fmt]
