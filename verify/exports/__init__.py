"""Exports of the audit history (CSV, JSON Lines) and of published verdicts (ClaimReview JSON-LD).

What the admin, the API, ``manage.py export_verdicts`` and the export job call:

``export_filters_parse(data) -> ExportFilters``
    filters from a mapping (query parameters, form data, options); ``InvalidInput`` names each
    bad one (``verify.exports.filters`` says what each filter means).
``export_format_parse(value) -> ExportFormat``
    "csv", "jsonl" or "claimreview"; ``InvalidInput`` otherwise.
``export_stream(fmt, filters) -> Iterator[bytes]``
    a download, chunk by chunk, for a ``StreamingHttpResponse``. Format and filters are checked
    when called (so a bad request can still get a 400); the database is read while iterating.
``export_write(fmt, filters, path, progress=None) -> int``
    the export as a file, all or nothing: written to a temporary file beside ``path`` and renamed
    over it at the end. Returns the number of rows.
``export_count(fmt, filters) -> int``
    how many rows the export holds (to choose between a download and a job).
``export_filename(fmt)``, ``EXPORT_CONTENT_TYPES``
    for the Content-Disposition and Content-Type of a download.

Every export reads one consistent snapshot (``snapshot``): on PostgreSQL one REPEATABLE READ,
READ ONLY transaction, so a row committed during the export is either wholly in it or not at
all. Rows are fetched in chunks through a server-side cursor and written in batches, so memory
stays flat however long the history is; on PostgreSQL the CSV is formatted by the server itself
(``verify.exports.pg_csv``), for speed.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from django.db import connection, transaction
from django.utils import timezone

from verify.audit_chain import utc_iso
from verify.errors import InvalidInput
from verify.exports import claimreview, pg_csv, writers
from verify.exports.filters import FILTER_NAMES, ExportFilters, export_filters_parse
from verify.exports.history import chain_head, history_count, history_rows
from verify.models.exports import ExportFormat
from verify.workflow import ReviewState

__all__ = [
    "EXPORT_CONTENT_TYPES",
    "FILTER_NAMES",
    "ExportFilters",
    "ExportFormat",
    "export_check",
    "export_count",
    "export_filename",
    "export_filters_parse",
    "export_format_parse",
    "export_stream",
    "export_write",
    "snapshot",
]

HEADER_VERSION = 1
EXPORT_CONTENT_TYPES = {
    ExportFormat.CSV: "text/csv; charset=utf-8",
    ExportFormat.JSONL: "application/jsonl; charset=utf-8",
    ExportFormat.CLAIMREVIEW: "application/ld+json; charset=utf-8",
}
FILE_NAMES = {
    ExportFormat.CSV: "audit-history-{stamp}.csv",
    ExportFormat.JSONL: "audit-history-{stamp}.jsonl",
    ExportFormat.CLAIMREVIEW: "claimreview-{stamp}.jsonld",
}
Progress = Callable[[int, int | None], None]


def export_format_parse(value: object) -> ExportFormat:
    if isinstance(value, str) and value in ExportFormat.values:
        return ExportFormat(value)
    raise InvalidInput(
        {"format": f"Choose one of {', '.join(ExportFormat.values)}."}, "Unknown export format."
    )


def export_check(fmt: ExportFormat, filters: ExportFilters) -> None:
    """Refuse what a format cannot do before anything is read or written."""
    if fmt == ExportFormat.CLAIMREVIEW:
        if set(filters.states) - {ReviewState.PUBLISHED}:
            raise InvalidInput({"state": "A ClaimReview export holds published verdicts only."})
        claimreview.claimreview_check_settings()


def export_count(fmt: ExportFormat | str, filters: ExportFilters) -> int:
    fmt = export_format_parse(fmt)
    if fmt == ExportFormat.CLAIMREVIEW:
        return claimreview.published_verdicts(filters).count()
    return history_count(filters)


def export_filename(fmt: ExportFormat | str, *, at: datetime | None = None) -> str:
    """A download name saying what the file holds and when (UTC) it was asked for."""
    stamp = (at or timezone.now()).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return FILE_NAMES[export_format_parse(fmt)].format(stamp=stamp)


@contextmanager
def snapshot() -> Iterator[None]:
    """Read everything inside one transaction; on PostgreSQL REPEATABLE READ and READ ONLY.

    Inside a transaction already open (a test, a caller's ``atomic``) the isolation level can no
    longer be set, and the export reads within that transaction as it is.
    """
    outermost = not connection.in_atomic_block
    if outermost and connection.vendor == "sqlite":
        with _sqlite_read_snapshot():
            yield
        return
    with transaction.atomic():
        if outermost and connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        yield


@contextmanager
def _sqlite_read_snapshot() -> Iterator[None]:
    """A deferred read transaction: one consistent view that, with the write-ahead log the
    settings turn on, never blocks the desk's writes. (An ``atomic`` block would begin IMMEDIATE,
    as the settings ask for writers, and hold the write lock for the whole download.)"""
    connection.ensure_connection()
    with connection.cursor() as cursor:
        cursor.execute("BEGIN DEFERRED")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("ROLLBACK")


def export_stream(
    fmt: ExportFormat | str, filters: ExportFilters, *, progress: Progress | None = None
) -> Iterator[bytes]:
    """The export as UTF-8 chunks; checks now, reads the database while being iterated."""
    fmt = export_format_parse(fmt)
    export_check(fmt, filters)
    return _stream(fmt, filters, progress)


def _stream(fmt: ExportFormat, filters: ExportFilters, progress: Progress | None) -> Iterator[bytes]:
    with snapshot():
        total = export_count(fmt, filters) if progress or fmt == ExportFormat.JSONL else None
        advanced = None
        if progress:
            progress(0, total)
            advanced = lambda done: progress(done, total)
        for chunk in _chunks(fmt, filters, total, advanced):
            yield chunk if isinstance(chunk, bytes) else chunk.encode("utf-8")


def _chunks(
    fmt: ExportFormat, filters: ExportFilters, total: int | None, advanced: Callable[[int], None] | None
) -> Iterator[str | bytes]:
    if fmt == ExportFormat.CLAIMREVIEW:
        return writers.claimreview_chunks(claimreview.claimreview_rows(filters), advanced)
    if fmt == ExportFormat.CSV and connection.vendor == "postgresql":
        return pg_csv.pg_csv_chunks(filters, advanced)
    if fmt == ExportFormat.CSV:
        return writers.csv_chunks(history_rows(filters), advanced)
    return writers.jsonl_chunks(history_rows(filters), export_header(fmt, filters, rows=total), advanced)


def export_header(fmt: ExportFormat, filters: ExportFilters, *, rows: int | None) -> dict:
    """What the JSON Lines export's first line tells its reader (and ``tools/verify_export.py``).

    ``chain_head`` is read in the export's snapshot: a complete export must end exactly there.
    """
    return {
        "version": HEADER_VERSION,
        "format": str(fmt),
        "generated_at": utc_iso(timezone.now()),
        "complete": filters.is_empty,
        "filters": filters.as_dict(),
        "rows": rows,
        "chain_head": chain_head(),
    }


def export_write(
    fmt: ExportFormat | str,
    filters: ExportFilters,
    path: str | os.PathLike,
    *,
    progress: Progress | None = None,
) -> int:
    """Write the export to ``path`` all or nothing; returns the number of rows written.

    1. Create a temporary file in the target's directory (an unwritable place fails here,
       before anything is read).
    2. Stream the export into it, flush and fsync.
    3. Rename it over ``path`` (atomic on one file system); on any error, remove it instead.
    The file is readable by its owner only (``mkstemp``'s mode): it holds internal notes and names.
    """
    fmt = export_format_parse(fmt)
    export_check(fmt, filters)
    path = Path(path)
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, "Is a directory", str(path))
    rows = [0]

    def counted(done: int, total: int | None) -> None:
        rows[0] = done
        if progress:
            progress(done, total)

    fd, partial = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            for chunk in _stream(fmt, filters, counted):
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return rows[0]
