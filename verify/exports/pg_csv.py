"""The CSV export on PostgreSQL: the server writes it with ``COPY (SELECT ...) TO STDOUT (FORMAT csv)``.

Formatting a million wide rows in Python (fetch, build cells, ``csv.writer``) runs at about
15,000 rows a second here; COPY formats them in the server, and this process only forwards the
bytes, in chunks, well past 50,000 rows a second. The SELECT computes exactly the cells
``verify.exports.writers.csv_row`` computes elsewhere: the timestamp in the chain's format, the
verdict snapshot's fields, the recorded sources, and the apostrophe in front of risky free text.
The tests check both writers against the same expectations (on SQLite and on PostgreSQL).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from django.db import connection

from verify.exports.filters import ExportFilters
from verify.exports.history import history_query
from verify.exports.writers import CSV_COLUMNS, FORMULA_STARTS, FREE_TEXT_COLUMNS, VERDICT_COLUMNS, csv_header

CHUNK_BYTES = 256 * 1024
UTC_ISO_SQL = """to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')"""
SOURCES_SQL = (
    "CASE WHEN jsonb_typeof(e.verdict -> 'sources') = 'array' THEN (e.verdict -> 'sources')::text "
    "WHEN jsonb_typeof(e.data -> 'source') = 'object' THEN jsonb_build_array(e.data -> 'source')::text END"
)
# The value of each CSV column; free-text ones are wrapped by formula_safe() below.
COLUMN_SQL = {
    "seq": "e.seq",
    "occurred_at": UTC_ISO_SQL,
    "actor": "e.actor_username",
    "claim_id": "e.claim_id",
    "action": "e.action",
    "from_state": "e.from_state",
    "to_state": "e.to_state",
    "reason": "e.reason",
    "verdict": "e.verdict::text",
    "source_ids": "e.source_ids::text",
    "data": "e.data::text",
    "prev_hash": "e.prev_hash",
    "hash": "e.hash",
    "claim_text": "c.content",
    "claim_kind": "c.kind",
    "article_source_system": "a.source_system",
    "article_external_id": "a.external_id",
    "article_url": "a.url",
    "article_headline": "a.headline",
    "speaker": "s.canonical_name",
    "speaker_type": "s.type",
    **{column: f"(e.verdict ->> '{key}')" for column, key in VERDICT_COLUMNS.items()},
    "sources": SOURCES_SQL,
}


def formula_safe(column: str) -> str:
    """SQL for ``writers.csv_safe``: an apostrophe before text starting with = + - @ tab CR or '.

    ``ascii()`` (the first character's code) measured three times cheaper than ``left(x, 1)``.
    """
    codes = ", ".join(str(ord(char)) for char in FORMULA_STARTS)
    return f"CASE WHEN ascii({column}) IN ({codes}) THEN chr(39) || {column} ELSE {column} END"


def copy_sql(filters: ExportFilters) -> tuple[str, tuple]:
    # Escaping names a JSON field up to three times; computing the values once in a subquery
    # and escaping in an outer SELECT measured slower, not faster.
    columns = [
        formula_safe(COLUMN_SQL[name]) if name in FREE_TEXT_COLUMNS else COLUMN_SQL[name]
        for name in CSV_COLUMNS
    ]
    select, params = history_query(columns, filters)
    return f"COPY ({select}) TO STDOUT (FORMAT csv, ENCODING 'UTF8')", params


def pg_csv_chunks(filters: ExportFilters, progress: Callable[[int], None] | None = None) -> Iterator[bytes]:
    """The CSV as the server writes it, in chunks of about CHUNK_BYTES; COPY sends one message per row."""
    yield csv_header("\n").encode("utf-8")
    sql, params = copy_sql(filters)
    done, pending, size = 0, [], 0
    with connection.cursor() as cursor, cursor.cursor.copy(sql, params or None) as copy:
        for row in copy:
            pending.append(row)
            size += len(row)
            if size >= CHUNK_BYTES:
                done += len(pending)
                yield b"".join(pending)
                pending, size = [], 0
                if progress:
                    progress(done)
    if pending:
        yield b"".join(pending)
        if progress:
            progress(done + len(pending))
