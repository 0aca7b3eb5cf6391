"""The audit trail: one chained row per transition, in the transition's transaction, checked offline."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from io import StringIO

import pgtrigger
import pytest
from django.core.management import CommandError, call_command
from django.db import connection, transaction

from tests.factories import ReviewFactory, review_in
from verify import audit_chain
from verify.audit_chain import GENESIS_HASH
from verify.errors import InvalidInput
from verify.models import AuditChainHead, AuditEntry, Review, ReviewState
from verify.services import audit, reviews

pytestmark = pytest.mark.django_db
S = ReviewState


def walk_a_claim(actor, count: int = 3) -> Review:
    review = ReviewFactory()
    review = reviews.review_queue(review=review, actor=actor)
    review = reviews.review_claim(review=review, actor=actor)
    if count > 2:
        review = reviews.review_release(review=review, actor=actor, reason="Out sick — ünïcode ✓")
    return review


def test_each_transition_writes_one_entry_chained_to_the_previous(fact_checker):
    review = walk_a_claim(fact_checker)
    entries = list(AuditEntry.objects.order_by("seq"))
    assert [e.seq for e in entries] == [1, 2, 3]
    assert entries[0].prev_hash == GENESIS_HASH
    assert [e.prev_hash for e in entries[1:]] == [e.hash for e in entries[:-1]]
    assert {e.claim_id for e in entries} == {review.claim_id}
    assert [(e.from_state, e.to_state) for e in entries] == [
        ("new", "queued"), ("queued", "in_review"), ("in_review", "queued")
    ]
    assert entries[0].actor_username == "fact_checker"
    head = AuditChainHead.objects.get()
    assert (head.last_seq, head.last_hash) == (3, entries[-1].hash)


def test_the_hash_follows_the_published_contract_exactly(fact_checker):
    walk_a_claim(fact_checker, count=2)
    entry = AuditEntry.objects.get(seq=2)
    canonical = {
        "seq": 2,
        "occurred_at": entry.occurred_at.astimezone(dt.timezone.utc).isoformat(timespec="microseconds").replace(
            "+00:00", "Z"
        ),
        "actor": "fact_checker",
        "claim_id": entry.claim_id,
        "action": "claim",
        "from_state": "queued",
        "to_state": "in_review",
        "reason": "",
        "verdict": None,
        "source_ids": [],
        "data": {"assignee": "fact_checker"},
        "prev_hash": AuditEntry.objects.get(seq=1).hash,
    }
    assert audit.entry_canonical(entry) == canonical
    text = json.dumps(canonical, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert entry.hash == hashlib.sha256(text.encode("utf-8")).hexdigest() == audit_chain.entry_hash(canonical)


def test_a_row_read_back_hashes_as_it_was_written(editor):
    """Floats, dates and non-ASCII text survive the database's JSON round trip."""
    review = ReviewFactory(state=S.QUEUED, priority=0.1 + 0.2)
    reviews.review_priority_override(review=review, actor=editor, priority=1 / 3, reason="Wahl — 選挙")
    entry = AuditEntry.objects.get()
    assert entry.data["priority_override"] == str(1 / 3)
    assert audit_chain.entry_hash(audit.entry_canonical(entry)) == entry.hash


def test_a_failed_transition_leaves_no_entry_and_no_gap(fact_checker):
    review = ReviewFactory()
    with pytest.raises(InvalidInput):
        reviews.review_dismiss(review=review, actor=fact_checker, reason="")
    reviews.review_queue(review=review, actor=fact_checker)
    assert list(AuditEntry.objects.values_list("seq", flat=True)) == [1]


def test_an_entry_is_rolled_back_with_the_transaction_that_wrote_it(fact_checker):
    review = ReviewFactory()
    with pytest.raises(RuntimeError), transaction.atomic():
        reviews.review_queue(review=review, actor=fact_checker)
        assert AuditEntry.objects.count() == 1
        raise RuntimeError("a later step of the same request failed")
    assert not AuditEntry.objects.exists()
    assert Review.objects.get().state == S.NEW
    assert AuditChainHead.objects.get().last_seq == 0
    reviews.review_queue(review=review, actor=fact_checker)
    assert AuditEntry.objects.get().seq == 1


def test_side_effects_are_enqueued_after_commit_and_not_on_rollback(
    fact_checker, django_capture_on_commit_callbacks, monkeypatch
):
    from verify import tasks

    sent = []
    monkeypatch.setattr(tasks.transition_recorded, "delay", sent.append)
    review = ReviewFactory()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        reviews.review_queue(review=review, actor=fact_checker)
        assert sent == []
    assert len(callbacks) == 1 and sent == [AuditEntry.objects.get().id]
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with pytest.raises(InvalidInput):
            reviews.review_dismiss(review=review, actor=fact_checker, reason="")
        with pytest.raises(RuntimeError), transaction.atomic():
            reviews.review_claim(review=review, actor=fact_checker)
            raise RuntimeError("rolled back")
    assert callbacks == [] and len(sent) == 1


def test_recording_outside_a_transaction_is_a_programming_error(fact_checker):
    review = ReviewFactory()
    with pytest.raises(RuntimeError, match="inside the transaction"):
        _outside_atomic(lambda: audit.audit_record(review=review, actor=None, action="queue", from_state="new"))


def _outside_atomic(call):
    """pytest-django wraps each test in a transaction; pretend it does not."""
    saved = connection.in_atomic_block
    connection.in_atomic_block = False
    try:
        return call()
    finally:
        connection.in_atomic_block = saved


def test_objects_that_are_not_json_native_are_refused_in_audit_data():
    with pytest.raises(TypeError):
        audit_chain.json_native({"when": object()})
    assert audit_chain.json_native({"d": dt.date(2024, 1, 2), "n": 0.5, "k": [1, None, True]}) == {
        "d": "2024-01-02", "n": "0.5", "k": [1, None, True]
    }


def test_a_lost_chain_head_is_recreated(fact_checker):
    AuditChainHead.objects.all().delete()
    walk_a_claim(fact_checker, count=2)
    assert AuditChainHead.objects.get().last_seq == 2


# --- verify_audit_chain -----------------------------------------------------------------------


def run_check() -> str:
    out = StringIO()
    call_command("verify_audit_chain", stdout=out)
    return out.getvalue()


def test_an_intact_chain_passes_and_prints_its_head_to_note_down(fact_checker):
    walk_a_claim(fact_checker)
    last = AuditEntry.objects.get(seq=3)
    assert run_check() == (
        "Audit chain intact: 3 entries.\n"
        f"Chain head: 3:{last.hash}\n"
        f"  (seq 3, hash {last.hash}, last entry written {audit_chain.utc_iso(last.occurred_at)})\n"
        "Note it down or publish it; check a JSON Lines export against it with:\n"
        f"  python tools/verify_export.py --expect-head 3:{last.hash} EXPORT.jsonl\n"
    )


def test_the_printed_head_is_the_chain_head_row(fact_checker):
    walk_a_claim(fact_checker)
    head = AuditChainHead.objects.get()
    assert f"Chain head: {head.last_seq}:{head.last_hash}\n" in run_check()


def test_an_empty_chain_passes_with_the_genesis_head():
    output = run_check()
    assert "intact: 0 entries" in output
    assert f"Chain head: 0:{GENESIS_HASH}\n  (seq 0, hash {GENESIS_HASH}, the chain is empty)" in output


def tamper(sql: str, params: list) -> None:
    """Change the table behind the application's back (on PostgreSQL, past its append-only trigger)."""
    with pgtrigger.ignore("verify.AuditEntry:append_only"), connection.cursor() as cursor:
        cursor.execute(sql, params)


def test_an_edited_reason_is_found_as_a_hash_mismatch_at_its_row(fact_checker):
    walk_a_claim(fact_checker)
    tamper("UPDATE verify_auditentry SET reason = %s WHERE seq = %s", ["Nothing to see", 3])
    with pytest.raises(CommandError, match=r"seq 3: hash mismatch"):
        run_check()


def test_a_row_rehashed_after_editing_breaks_the_next_link(fact_checker):
    walk_a_claim(fact_checker)
    entry = AuditEntry.objects.get(seq=2)
    entry.actor_username = "someone_else"
    new_hash = audit_chain.entry_hash(audit.entry_canonical(entry))
    tamper("UPDATE verify_auditentry SET actor_username = %s, hash = %s WHERE seq = 2", ["someone_else", new_hash])
    with pytest.raises(CommandError, match=r"seq 3: broken link"):
        run_check()


def test_a_deleted_row_is_found_as_a_gap(fact_checker):
    walk_a_claim(fact_checker)
    tamper("DELETE FROM verify_auditentry WHERE seq = %s", [2])
    with pytest.raises(CommandError, match=r"seq 3: gap"):
        run_check()


def test_rows_deleted_at_the_end_are_found_against_the_chain_head(fact_checker):
    walk_a_claim(fact_checker)
    tamper("DELETE FROM verify_auditentry WHERE seq = %s", [3])
    with pytest.raises(CommandError, match=r"seq 3: gap: the log ends at seq 2"):
        run_check()


def test_the_check_streams_rows_with_an_iterator(fact_checker, django_assert_max_num_queries):
    walk_a_claim(fact_checker)
    with django_assert_max_num_queries(3):
        assert audit.audit_chain_check().ok


def test_the_history_survives_deleting_the_claim(fact_checker):
    review = review_in(S.QUEUED)
    reviews.review_dismiss(review=review, actor=fact_checker, reason="Not checkable.")
    claim_id = review.claim_id
    review.claim.delete()
    assert AuditEntry.objects.get().claim_id == claim_id
    assert "intact: 1 entries" in run_check()
