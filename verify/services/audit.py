"""Writing and checking the audit trail's hash chain.

The hash contract (canonical form, hash, time format) is ``verify.audit_chain``; this module
appends entries under it and walks the stored chain. Snapshots and details are stored
JSON-native so a row read back hashes exactly as it was written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from django.db import connection, transaction
from django.utils import timezone

from verify.audit_chain import GENESIS_HASH, canonical_form, entry_hash, json_native, utc_iso
from verify.models import HEAD_ID, AuditChainHead, AuditEntry, Review


def entry_canonical(entry: AuditEntry) -> dict:
    """The canonical form of a stored entry (``verify.audit_chain.canonical_form``)."""
    return canonical_form(
        seq=entry.seq, occurred_at=utc_iso(entry.occurred_at), actor=entry.actor_username or None,
        claim_id=entry.claim_id, action=entry.action, from_state=entry.from_state, to_state=entry.to_state,
        reason=entry.reason, verdict=entry.verdict, source_ids=list(entry.source_ids), data=entry.data,
        prev_hash=entry.prev_hash,
    )


def audit_record(
    *,
    review: Review,
    actor: Any,
    action: str,
    from_state: str,
    reason: str = "",
    verdict: dict | None = None,
    source_ids: Iterable[int] = (),
    data: dict | None = None,
) -> AuditEntry:
    """Append one entry to the chain inside the caller's transaction; enqueue its side effects on commit.

    1. Lock the chain head (``select_for_update``), creating it if a flushed database lost it.
    2. Build the entry with the next ``seq`` and the head's hash as ``prev_hash``, hash it, save it.
    3. Move the head to the new entry; a rollback undoes both, so ``seq`` stays gap-free.
    """
    if not connection.in_atomic_block:
        raise RuntimeError("audit_record() must run inside the transaction of the change it records.")
    head = _head_locked()
    entry = AuditEntry(
        seq=head.last_seq + 1, occurred_at=timezone.now(), actor=actor,
        actor_username=actor.get_username() if actor is not None else "",
        claim_id=review.claim_id, review=review, action=action, from_state=from_state, to_state=review.state,
        reason=reason, verdict=json_native(verdict), source_ids=sorted(json_native(list(source_ids))),
        data=json_native(data or {}), prev_hash=head.last_hash,
    )
    entry.hash = entry_hash(entry_canonical(entry))
    entry.save(force_insert=True)
    AuditChainHead.objects.filter(pk=HEAD_ID).update(last_seq=entry.seq, last_hash=entry.hash)
    transaction.on_commit(lambda: _transition_recorded(entry.id))
    return entry


def _head_locked() -> AuditChainHead:
    head = AuditChainHead.objects.select_for_update().filter(pk=HEAD_ID).first()
    if head is None:
        AuditChainHead.objects.bulk_create([AuditChainHead(pk=HEAD_ID)], ignore_conflicts=True)
        head = AuditChainHead.objects.select_for_update().get(pk=HEAD_ID)
    return head


def _transition_recorded(entry_id: int) -> None:
    from verify.tasks import transition_recorded

    transition_recorded.delay(entry_id)


@dataclass(frozen=True)
class ChainCheck:
    """The result of checking the chain: ``bad_seq`` and ``problem`` name the first bad row.

    ``head_seq`` and ``head_hash`` are the last intact row's (0 and the genesis hash for an empty
    chain); once the whole chain is intact they are the head an auditor notes down or publishes,
    and ``head_text`` is that head as ``tools/verify_export.py --expect-head`` takes it.
    """

    checked: int
    bad_seq: int | None = None
    problem: str = ""
    head_seq: int = 0
    head_hash: str = GENESIS_HASH
    head_at: str | None = None

    @property
    def ok(self) -> bool:
        return self.bad_seq is None and not self.problem

    @property
    def head_text(self) -> str:
        return f"{self.head_seq}:{self.head_hash}"


def audit_chain_check(entries: Iterator[AuditEntry] | None = None) -> ChainCheck:
    """Walk the chain in ``seq`` order in constant memory; stop at the first gap, mismatch or broken link."""
    if entries is None:
        entries = AuditEntry.objects.order_by("seq").iterator(chunk_size=2000)
    expected_seq, prev_hash, checked, last_at = 1, GENESIS_HASH, 0, None
    for entry in entries:
        problem = _entry_problem(entry, expected_seq=expected_seq, prev_hash=prev_hash)
        if problem:
            return ChainCheck(checked=checked, bad_seq=entry.seq, problem=problem,
                              **_head_fields(expected_seq - 1, prev_hash, last_at))
        expected_seq, prev_hash, checked, last_at = entry.seq + 1, entry.hash, checked + 1, entry.occurred_at
    return _head_check(ChainCheck(checked=checked, **_head_fields(expected_seq - 1, prev_hash, last_at)))


def audit_hash_at(seq: int) -> str:
    """The hash of entry ``seq`` (the genesis hash for 0): the chain's head as it was at that seq."""
    if seq == 0:
        return GENESIS_HASH
    return AuditEntry.objects.values_list("hash", flat=True).get(seq=seq)


def _head_fields(seq: int, hash_: str, at: dt.datetime | None) -> dict:
    return {"head_seq": seq, "head_hash": hash_, "head_at": None if at is None else utc_iso(at)}


def _entry_problem(entry: AuditEntry, *, expected_seq: int, prev_hash: str) -> str:
    if entry.seq != expected_seq:
        return f"gap: expected seq {expected_seq}, found {entry.seq}"
    if entry_hash(entry_canonical(entry)) != entry.hash:
        return "hash mismatch: the row's content does not match its hash"
    if entry.prev_hash != prev_hash:
        return "broken link: prev_hash is not the previous row's hash"
    return ""


def _head_check(intact: ChainCheck) -> ChainCheck:
    """Rows missing at the end leave no gap; the head still remembers the last seq and hash."""
    head = AuditChainHead.objects.filter(pk=HEAD_ID).first()
    if head is None or (head.last_seq, head.last_hash) == (intact.head_seq, intact.head_hash):
        return intact
    return replace(
        intact, bad_seq=intact.head_seq + 1,
        problem=f"gap: the log ends at seq {intact.head_seq} but the chain head records seq {head.last_seq}",
    )
