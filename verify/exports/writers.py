"""The export formats: each turns fetched rows into text chunks of about ``BATCH_ROWS`` rows.

CSV (one row per audit entry; for spreadsheets)
    UTF-8 with a byte-order mark (so Excel reads accents right), a header row, fields quoted only
    when needed; lines end in ``\\r\\n`` here and in ``\\n`` when PostgreSQL writes it (any CSV
    reader takes both; Python's writer quotes a lone carriage return only with ``\\r\\n``). Columns ``seq`` to ``hash`` are the entry's canonical fields
    as stored: ``verdict`` (empty for none), ``source_ids`` and ``data`` are JSON texts, ``actor``
    is empty for the system. The other columns are for readers: the claim, article and speaker as
    they are now, the verdict snapshot's fields spelled out, and ``sources``, the sources as the
    entry recorded them (JSON, empty when it recorded only ids). Against spreadsheet formula
    injection, a cell of the ``FREE_TEXT_COLUMNS`` that starts with ``= + - @``, a tab, a carriage
    return or an apostrophe gets an apostrophe in front; so to re-hash a row from the CSV, drop
    the first character of such a cell when it starts with an apostrophe. On PostgreSQL the same
    CSV is written by the server (``verify.exports.pg_csv``); this module writes it elsewhere.
JSON Lines (one object per audit entry; for machines and ``tools/verify_export.py``)
    Line 1 is the header ``{"export": {"version", "format", "generated_at", "complete",
    "filters", "rows", "chain_head"}}``; each further line is ``{"audit": {canonical fields + "hash"},
    "claim", "article", "speaker", "sources"}`` (see ``tools/verify_export.py``).
ClaimReview (a JSON array; published verdicts only)
    see ``verify.exports.claimreview``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from verify.exports import claimreview as cr
from verify.exports.history import (
    ACTION,
    ACTOR,
    CLAIM_FOUND,
    CLAIM_ID,
    CLAIM_TEXT,
    DATA,
    FROM_STATE,
    HASH,
    OCCURRED_AT,
    PREV_HASH,
    REASON,
    SEQ,
    SOURCE_IDS,
    SPEAKER_TYPE,
    TO_STATE,
    VERDICT,
    audit_object,
    context_objects,
    moment_utc_iso,
    sources_recorded,
)

BATCH_ROWS = 1_000
CSV_BOM = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")
Progress = Callable[[int], None]

# CSV column name -> key of the verdict snapshot (verify.services.verdicts.verdict_snapshot).
VERDICT_COLUMNS = {
    "verdict_id": "id",
    "verdict_number": "number",
    "verdict_status": "status",
    "rating": "substance",
    "rating_label": "substance_label",
    "rating_value": "substance_value",
    "attribution": "attribution",
    "attribution_rationale": "attribution_rationale",
    "substance_rationale": "substance_rationale",
    "summary": "summary",
    "proposed_by": "proposed_by",
    "proposed_at": "proposed_at",
    "decided_by": "decided_by",
    "decided_at": "decided_at",
    "decision_note": "decision_note",
}
CSV_COLUMNS = (
    "seq",
    "occurred_at",
    "actor",
    "claim_id",
    "action",
    "from_state",
    "to_state",
    "reason",
    "verdict",
    "source_ids",
    "data",
    "prev_hash",
    "hash",
    "claim_text",
    "claim_kind",
    "article_source_system",
    "article_external_id",
    "article_url",
    "article_headline",
    "speaker",
    "speaker_type",
    *VERDICT_COLUMNS,
    "sources",
)
# Columns people or newsroom systems write into: the ones a formula could be smuggled through.
FREE_TEXT_COLUMNS = frozenset(
    {
        "actor",
        "reason",
        "claim_text",
        "article_source_system",
        "article_external_id",
        "article_url",
        "article_headline",
        "speaker",
        "rating",
        "rating_label",
        "attribution_rationale",
        "substance_rationale",
        "summary",
        "proposed_by",
        "decided_by",
        "decision_note",
    }
)
_FREE_TEXT_POSITIONS = tuple(CSV_COLUMNS.index(name) for name in sorted(FREE_TEXT_COLUMNS))
_NO_VERDICT = ("",) * len(VERDICT_COLUMNS)
_NO_CLAIM = ("",) * 8


def batches(rows: Iterable[Any], progress: Progress | None = None) -> Iterator[list]:
    """Lists of ``BATCH_ROWS`` rows; after each is handled, ``progress`` hears the rows done so far."""
    rows, done = iter(rows), 0
    while batch := list(islice(rows, BATCH_ROWS)):
        yield batch
        done += len(batch)
        if progress:
            progress(done)


def csv_safe(value: Any) -> Any:
    """A cell a spreadsheet will not run as a formula: risky text gets a leading apostrophe."""
    if value.__class__ is str and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_row(row: tuple) -> list:
    """One audit entry as CSV cells (see the module docstring for the columns)."""
    verdict_text, data_text = row[VERDICT], row[DATA]
    verdict = None if verdict_text is None else json.loads(verdict_text)
    cells = [
        row[SEQ],
        moment_utc_iso(row[OCCURRED_AT]),
        row[ACTOR],
        row[CLAIM_ID],
        row[ACTION],
        row[FROM_STATE],
        row[TO_STATE],
        row[REASON],
        verdict_text or "",
        row[SOURCE_IDS],
        data_text,
        row[PREV_HASH],
        row[HASH],
    ]
    if row[CLAIM_FOUND] is None:
        cells.extend(_NO_CLAIM)
    else:
        cells.extend(row[CLAIM_TEXT : SPEAKER_TYPE + 1])
    if verdict is None:
        cells.extend(_NO_VERDICT)
    else:
        cells.extend(verdict.get(key) for key in VERDICT_COLUMNS.values())
    # Only source entries record a source in ``data``; the text test spares decoding all the others.
    sources = sources_recorded(verdict, json.loads(data_text) if '"source"' in data_text else None)
    cells.append("" if sources is None else json.dumps(sources, ensure_ascii=False))
    for position in _FREE_TEXT_POSITIONS:
        cells[position] = csv_safe(cells[position])
    return cells


def csv_header(line_end: str = "\r\n") -> str:
    return CSV_BOM + ",".join(CSV_COLUMNS) + line_end


def csv_chunks(rows: Iterable[tuple], progress: Progress | None = None) -> Iterator[str]:
    yield csv_header()
    for batch in batches(rows, progress):
        buffer = io.StringIO()  # a fresh buffer: rewinding one makes StringIO writes twice as slow
        csv.writer(buffer).writerows([csv_row(row) for row in batch])
        yield buffer.getvalue()


def jsonl_line(row: tuple) -> str:
    audit = audit_object(row)
    line = {
        "audit": audit,
        **context_objects(row),
        "sources": sources_recorded(audit["verdict"], audit["data"]),
    }
    return json.dumps(line, ensure_ascii=False, separators=(",", ":"))


def jsonl_chunks(rows: Iterable[tuple], header: dict, progress: Progress | None = None) -> Iterator[str]:
    yield json.dumps({"export": header}, ensure_ascii=False, separators=(",", ":")) + "\n"
    for batch in batches(rows, progress):
        yield "".join([jsonl_line(row) + "\n" for row in batch])


def claimreview_chunks(rows: Iterable[tuple], progress: Progress | None = None) -> Iterator[str]:
    author = cr.publisher()
    separator = "[\n"
    for batch in batches(rows, progress):
        items = [cr.claimreview_json(cr.claimreview(row, author)) for row in batch]
        yield separator + ",\n".join(items)
        separator = ",\n"
    yield "[]\n" if separator == "[\n" else "\n]\n"
