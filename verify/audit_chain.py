"""The audit chain's hash contract, in plain Python: the one place that defines it.

An entry's canonical form is ``canonical_form(...)``: its twelve fields, dates as ISO 8601 UTC
with microseconds and a ``Z`` (``utc_iso``), details JSON-native (``json_native``: dates,
decimals and floats as strings, so a row read back from PostgreSQL hashes as it was written).
Its hash is ``entry_hash(canonical)``: SHA-256 of the canonical JSON (sorted keys, no spaces,
UTF-8, non-ASCII kept), and ``prev_hash`` links it to the row before; the first row's is
``GENESIS_HASH``. The service (``verify.services.audit``), the exports
(``verify.exports.history``) and the offline verifier (``tools/verify_export.py``, which
re-states these rules with the standard library only) all follow this module.

No Django here: the rules must read the same wherever a chain is checked.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from decimal import Decimal
from typing import Any

GENESIS_HASH = "0" * 64


def utc_iso(moment: dt.datetime) -> str:
    """A datetime as ISO 8601 UTC with microseconds and a ``Z``, the chain's time format."""
    return moment.astimezone(dt.timezone.utc).isoformat(timespec="microseconds").replace("+00:00", "Z")


def json_native(value: Any) -> Any:
    """``value`` with dates, datetimes, decimals and floats as strings; TypeError for other objects.

    Floats become strings because PostgreSQL's jsonb may print a float differently from Python
    (``1e+20`` comes back as ``100000000000000000000``), which would change the hash.
    """
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float | Decimal):
        return str(value)
    if isinstance(value, dt.datetime):
        return utc_iso(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(key): json_native(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [json_native(item) for item in value]
    raise TypeError(f"{type(value).__name__} is not allowed in an audit entry")


def canonical_form(
    *,
    seq: int,
    occurred_at: str,
    actor: str | None,
    claim_id: int,
    action: str,
    from_state: str,
    to_state: str,
    reason: str,
    verdict: dict | None,
    source_ids: list[int],
    data: dict,
    prev_hash: str,
) -> dict:
    """What an entry's hash covers; ``occurred_at`` already in ``utc_iso`` form, ``actor`` None for
    the system."""
    return {
        "seq": seq,
        "occurred_at": occurred_at,
        "actor": actor or None,
        "claim_id": claim_id,
        "action": action,
        "from_state": from_state,
        "to_state": to_state,
        "reason": reason,
        "verdict": verdict,
        "source_ids": list(source_ids),
        "data": data,
        "prev_hash": prev_hash,
    }


def entry_hash(canonical: dict) -> str:
    text = json.dumps(canonical, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
