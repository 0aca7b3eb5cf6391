"""A source's title and publisher, read from its page: ``<title>``, ``og:title``, ``og:site_name``.

The page is fetched through the SSRF-safe fetcher. Fields the reviewer filled in are kept; the
outcome is stored on the source (``metadata_status``, ``metadata_error``). A title or publisher
filled in is recorded in the audit trail in the same transaction, as a ``source_metadata`` entry
by the system (no actor) with the changed fields ``before`` and ``after``: a verdict snapshot
taken before and one taken after may then differ, and the log says why. Permanent failures
(refused address, not HTML, too large, 404) are recorded and not raised; transient ones (network
errors, time-outs, 5xx) raise ``FetchTransientError`` for the task to retry, and are recorded once
the task gives up.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urlsplit

from django.db import transaction
from django.utils import timezone

from verify.models import MetadataStatus, Source
from verify.services import fetch
from verify.services.audit import audit_record
from verify.services.sources import source_snapshot

TITLE_MAX_CHARS = 500
PUBLISHER_MAX_CHARS = 300


@dataclass(frozen=True)
class PageMetadata:
    title: str
    publisher: str


class _MetadataParser(HTMLParser):
    """Collects the ``<title>`` text and the Open Graph title and site name of a page's head."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.in_title = False
        self.title_parts: list[str] = []
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title" and not self.title_parts:
            self.in_title = True
        elif tag == "meta":
            values = {name.lower(): value or "" for name, value in attrs}
            key = (values.get("property") or values.get("name") or "").lower()
            if key in {"og:title", "og:site_name"} and key not in self.meta:
                self.meta[key] = values.get("content", "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)


def _clean(text: str, limit: int) -> str:
    return " ".join(text.split())[:limit]


def page_metadata(html: str, *, url: str) -> PageMetadata:
    """Title (og:title, else <title>) and publisher (og:site_name, else the host without www.)."""
    parser = _MetadataParser()
    parser.feed(html)
    parser.close()
    title = parser.meta.get("og:title", "").strip() or "".join(parser.title_parts)
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    publisher = parser.meta.get("og:site_name", "").strip() or host
    return PageMetadata(title=_clean(title, TITLE_MAX_CHARS), publisher=_clean(publisher, PUBLISHER_MAX_CHARS))


def _record(source_id: int, *, status: str, error: str = "") -> None:
    Source.objects.filter(pk=source_id, metadata_status=MetadataStatus.PENDING).update(
        metadata_status=status, metadata_error=error[:2000], metadata_fetched_at=timezone.now(),
        updated_at=timezone.now(),
    )


@transaction.atomic
def _metadata_apply(source_id: int, found: PageMetadata) -> None:
    """Fill the blank fields from the page and record what changed, in one transaction.

    1. Lock the source; stop if it is gone or no longer pending (another run got there first).
    2. Take the page's title and publisher only for fields still blank: a reviewer's text wins.
    3. Save them with the fetched status and write the system's audit entry when anything changed.
    """
    locked = Source.objects.select_for_update(of=("self",)).select_related("review")
    source = locked.filter(pk=source_id).first()
    if source is None or source.metadata_status != MetadataStatus.PENDING:
        return
    changed = {
        name: value for name, value in (("title", found.title), ("publisher", found.publisher))
        if value and not getattr(source, name)
    }
    before = {name: getattr(source, name) for name in changed}
    for name, value in changed.items():
        setattr(source, name, value)
    source.metadata_status, source.metadata_error = MetadataStatus.FETCHED, ""
    source.metadata_fetched_at = timezone.now()
    source.save(update_fields=[*changed, "metadata_status", "metadata_error", "metadata_fetched_at",
                               "updated_at"])
    if changed:
        audit_record(
            review=source.review, actor=None, action="source_metadata", from_state=source.review.state,
            source_ids=[source.id],
            data={"source": source_snapshot(source), "before": before, "after": changed},
        )


def source_metadata_fetch(*, source_id: int) -> str:
    """Fill a source's blank title and publisher from its page; returns the metadata status.

    Sources whose metadata is not pending (entered by hand, fetched already) are left alone,
    so a second run does nothing.
    """
    source = Source.objects.filter(pk=source_id).first()
    if source is None or source.metadata_status != MetadataStatus.PENDING:
        return "skipped"
    try:
        page = fetch.fetch_html(source.url)
    except fetch.FetchError as exc:
        _record(source_id, status=MetadataStatus.FAILED, error=str(exc))
        return MetadataStatus.FAILED
    _metadata_apply(source_id, page_metadata(page.text, url=page.url))
    return MetadataStatus.FETCHED


def source_metadata_gave_up(*, source_id: int, error: str) -> None:
    """Record that fetching kept failing for transient reasons and the task stopped retrying."""
    _record(source_id, status=MetadataStatus.FAILED, error=f"Gave up after retries: {error}")
