"""The history export's query and rows: every audit entry, in seq order, with what it is about.

One SQL statement reads the audit entries LEFT JOINed to their claim, article and speaker: the
audit trail outlives the claims it mentions (an article deleted, a claim replaced by a
re-extraction), and those entries must still be exported, with empty claim columns. The ORM
would join a non-null foreign key with an INNER JOIN and drop them, so the SELECT is written
here; the filters are still built with the ORM (``audit_entries_filtered``) and applied as
``e.id IN (<that query>)``.

A row's evidence is its canonical audit form (``verify.audit_chain.canonical_form``, built from
the columns without loading model instances) and its hash. The claim, article and speaker
columns are today's records, joined in for readers and covered by no hash; what a verdict judged
(the claim's words, speaker and article at that moment) is inside the hashed verdict snapshot.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from typing import Any

from django.db import connection

from claims.models import Article, Claim, Speaker
from verify.audit_chain import canonical_form, utc_iso
from verify.exports.filters import ExportFilters, audit_entries_filtered
from verify.models import HEAD_ID, AuditChainHead, AuditEntry

FETCH_ROWS = 2_000

# The columns the JSON Lines export and the Python CSV writer read, and their positions in a row.
HISTORY_COLUMNS = (
    "e.seq",
    "e.occurred_at",
    "e.actor_username",
    "e.claim_id",
    "e.action",
    "e.from_state",
    "e.to_state",
    "e.reason",
    "e.verdict",
    "e.source_ids",
    "e.data",
    "e.prev_hash",
    "e.hash",
    "c.id",
    "c.content",
    "c.kind",
    "a.source_system",
    "a.external_id",
    "a.url",
    "a.headline",
    "s.canonical_name",
    "s.type",
)
(
    SEQ,
    OCCURRED_AT,
    ACTOR,
    CLAIM_ID,
    ACTION,
    FROM_STATE,
    TO_STATE,
    REASON,
    VERDICT,
    SOURCE_IDS,
    DATA,
    PREV_HASH,
    HASH,
    CLAIM_FOUND,
    CLAIM_TEXT,
    CLAIM_KIND,
    SOURCE_SYSTEM,
    EXTERNAL_ID,
    ARTICLE_URL,
    HEADLINE,
    SPEAKER_NAME,
    SPEAKER_TYPE,
) = range(len(HISTORY_COLUMNS))

HISTORY_SQL = """
SELECT {columns}
FROM {entry} e
LEFT JOIN {claim} c ON c.id = e.claim_id
LEFT JOIN {article} a ON a.id = c.article_id
LEFT JOIN {speaker} s ON s.id = c.speaker_id
{where}
ORDER BY e.seq
"""


def history_count(filters: ExportFilters) -> int:
    return audit_entries_filtered(filters).count()


def chain_head() -> dict | None:
    """The last seq and hash the chain head records (None if the head row is missing)."""
    head = AuditChainHead.objects.filter(pk=HEAD_ID).values_list("last_seq", "last_hash").first()
    return None if head is None else {"seq": head[0], "hash": head[1]}


def history_query(columns: Sequence[str], filters: ExportFilters) -> tuple[str, tuple]:
    """The SELECT of ``columns`` (expressions over e, c, a, s) for the entries ``filters`` keep, in seq order."""
    quote = connection.ops.quote_name
    tables = {
        name: quote(model._meta.db_table)
        for name, model in (
            ("entry", AuditEntry),
            ("claim", Claim),
            ("article", Article),
            ("speaker", Speaker),
        )
    }
    where, params = "", ()
    if not filters.is_empty:
        subquery, params = audit_entries_filtered(filters).values("id").query.sql_with_params()
        where = f"WHERE e.id IN ({subquery})"
    return HISTORY_SQL.format(columns=", ".join(columns), where=where, **tables), tuple(params)


def history_rows(filters: ExportFilters) -> Iterator[tuple]:
    """The raw rows of HISTORY_COLUMNS in seq order, fetched in chunks through a server-side cursor.

    Run it inside ``verify.exports.snapshot()`` so the rows come from one consistent snapshot.
    """
    sql, params = history_query(HISTORY_COLUMNS, filters)
    with connection.chunked_cursor() as cursor:
        cursor.execute(sql, params)
        while rows := cursor.fetchmany(FETCH_ROWS):
            yield from rows


def json_value(text: str | None) -> Any:
    """A JSON column as read raw (text on PostgreSQL and SQLite alike), decoded."""
    return None if text is None else json.loads(text)


def moment_utc_iso(moment: Any) -> str:
    """The chain's time format for a raw timestamp (SQLite hands back naive UTC datetimes)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return utc_iso(moment)


def audit_object(row: tuple) -> dict:
    """The entry's canonical form (exactly what its hash covers) plus its ``hash``."""
    canonical = canonical_form(
        seq=row[SEQ], occurred_at=moment_utc_iso(row[OCCURRED_AT]), actor=row[ACTOR] or None,
        claim_id=row[CLAIM_ID], action=row[ACTION], from_state=row[FROM_STATE], to_state=row[TO_STATE],
        reason=row[REASON], verdict=json_value(row[VERDICT]), source_ids=json_value(row[SOURCE_IDS]),
        data=json_value(row[DATA]), prev_hash=row[PREV_HASH],
    )
    return {**canonical, "hash": row[HASH]}


def context_objects(row: tuple) -> dict:
    """The claim, article and speaker as they are now (None when the claim no longer exists)."""
    if row[CLAIM_FOUND] is None:
        return {"claim": None, "article": None, "speaker": None}
    speaker = None if row[SPEAKER_NAME] is None else {"name": row[SPEAKER_NAME], "type": row[SPEAKER_TYPE]}
    return {
        "claim": {"id": row[CLAIM_ID], "text": row[CLAIM_TEXT], "kind": row[CLAIM_KIND]},
        "article": {
            "source_system": row[SOURCE_SYSTEM],
            "external_id": row[EXTERNAL_ID],
            "url": row[ARTICLE_URL],
            "headline": row[HEADLINE],
        },
        "speaker": speaker,
    }


def sources_recorded(verdict: dict | None, data: dict | None) -> list[dict] | None:
    """The sources as the entry recorded them at that moment, or None when it recorded only ids.

    Source entries keep the source in ``data["source"]``; a verdict snapshot that carries its
    cited sources keeps them in ``verdict["sources"]``. Current Source rows are never read here:
    they may have changed since.
    """
    if verdict and isinstance(verdict.get("sources"), list):
        return verdict["sources"]
    if data and isinstance(data.get("source"), dict):
        return [data["source"]]
    return None
