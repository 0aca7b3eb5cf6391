"""Sources of a review: adding, correcting and removing them while the claim is being checked.

The workflow decides when (in review or awaiting a source) and by whom (the assignee or an
editor); each change bumps the review's version and writes an audit entry. A source added
without a title or publisher gets its metadata fetched after commit by
``verify.tasks.source_fetch_metadata``. Removal only marks the source removed, because
verdicts may cite it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from verify.audit_chain import json_native
from verify.errors import InvalidInput
from verify.models import MetadataStatus, Source, VerdictStatus
from verify.services.audit import audit_record
from verify.services.reviews import ReviewRef, Step, review_step

EDITABLE_FIELDS = ("url", "title", "publisher", "published_on", "accessed_on", "excerpt", "stance", "archive_url")
_NOT_CLEANED = ["review", "added_by", "removed_by", "metadata_status", "metadata_error"]


def source_snapshot(source: Source) -> dict:
    """The source as an audit entry keeps it."""
    return json_native({"id": source.id, **{name: getattr(source, name) for name in EDITABLE_FIELDS}})


@transaction.atomic
def source_add(
    *,
    review: ReviewRef,
    actor: Any,
    url: str,
    stance: str,
    title: str = "",
    publisher: str = "",
    published_on: date | None = None,
    accessed_on: date | None = None,
    excerpt: str = "",
    archive_url: str = "",
    expected_version: int | None = None,
) -> Source:
    """Add a source to the claim's evidence; its title and publisher are fetched if left blank."""
    step = review_step(review=review, actor=actor, action="source_add", expected_version=expected_version)
    source = Source(
        review=step.review, url=url, stance=stance, title=title, publisher=publisher, published_on=published_on,
        accessed_on=accessed_on or timezone.localdate(), excerpt=excerpt, archive_url=archive_url, added_by=actor,
    )
    _source_clean(source)
    source.metadata_status = MetadataStatus.PENDING if _needs_metadata(source) else MetadataStatus.MANUAL
    source.save()
    _audit_source(step, actor=actor, action="source_add", source=source)
    if source.metadata_status == MetadataStatus.PENDING:
        _metadata_fetch_on_commit(source.id)
    return source


@transaction.atomic
def source_update(
    *, source: Source | int, actor: Any, changes: dict, expected_version: int | None = None
) -> Source:
    """Correct a source a verdict does not cite yet; ``changes`` maps editable fields to new values."""
    source = _source_load(source)
    unknown = sorted(set(changes) - set(EDITABLE_FIELDS))
    if unknown:
        raise InvalidInput({name: "This field of a source cannot be changed." for name in unknown})
    step = review_step(review=source.review_id, actor=actor, action="source_update",
                       expected_version=expected_version, source=source, cited=_is_cited(source))
    before = source_snapshot(source)
    for name, value in changes.items():
        setattr(source, name, value)
    _source_clean(source)
    url_changed = before["url"] != source.url
    if url_changed and _needs_metadata(source):
        source.metadata_status, source.metadata_error = MetadataStatus.PENDING, ""
    source.save()
    _audit_source(step, actor=actor, action="source_update", source=source, before=before)
    if url_changed and source.metadata_status == MetadataStatus.PENDING:
        _metadata_fetch_on_commit(source.id)
    return source


@transaction.atomic
def source_remove(
    *, source: Source | int, actor: Any, reason: str = "", expected_version: int | None = None
) -> Source:
    """Take a source out of the claim's evidence; verdicts that cite it keep citing it."""
    source = _source_load(source)
    step = review_step(review=source.review_id, actor=actor, action="source_remove",
                       expected_version=expected_version, source=source, reason=reason)
    source.removed_at, source.removed_by = timezone.now(), actor
    source.save(update_fields=["removed_at", "removed_by", "updated_at"])
    _audit_source(step, actor=actor, action="source_remove", source=source)
    return source


def _source_load(source: Source | int) -> Source:
    pk = source.pk if isinstance(source, Source) else source
    if isinstance(pk, bool) or not isinstance(pk, int):
        raise InvalidInput({"source_id": "Name the source by its id."})
    try:
        return Source.objects.get(pk=pk)
    except Source.DoesNotExist:
        raise InvalidInput({"source_id": "There is no such source."}) from None


def _source_clean(source: Source) -> None:
    """Field checks of the model (http/https URLs, lengths, stance, dates) as InvalidInput."""
    try:
        source.full_clean(exclude=_NOT_CLEANED, validate_unique=False, validate_constraints=False)
    except ValidationError as error:
        raise InvalidInput({name: " ".join(messages) for name, messages in error.message_dict.items()}) from None


def _needs_metadata(source: Source) -> bool:
    return not source.title.strip() or not source.publisher.strip()


def _is_cited(source: Source) -> bool:
    return source.verdicts.exclude(status=VerdictStatus.SENT_BACK).exists()


def _audit_source(step: Step, *, actor: Any, action: str, source: Source, before: dict | None = None) -> None:
    data = {"source": source_snapshot(source)}
    if before is not None:
        data["before"] = before
    audit_record(review=step.review, actor=actor, action=action, from_state=step.from_state,
                 reason=step.note.reason, source_ids=[source.id], data=data)


def _metadata_fetch_on_commit(source_id: int) -> None:
    """Enqueue the fetch after commit; the task is imported only then, so a missing task fails at run time."""

    def enqueue() -> None:
        from verify.tasks import source_fetch_metadata

        source_fetch_metadata.delay(source_id)

    transaction.on_commit(enqueue)
