"""Reviewers' internal notes on a claim. Editing keeps the earlier text as a ``NoteRevision``."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone

from verify import workflow, workflow_input
from verify.errors import InvalidInput
from verify.models import Note, NoteRevision
from verify.models.evidence import NOTE_MAX_CHARS
from verify.services.reviews import ReviewRef, review_load

_REQUIRED = "Write the note."


@transaction.atomic
def note_add(*, review: ReviewRef, actor: Any, text: str) -> Note:
    """A fact-checker or editor leaves a note on the claim (any state; notes are internal)."""
    workflow.note_check(actor=actor)
    review = review_load(review)
    text = workflow_input.text_clean(text, "text", required=_REQUIRED, max_chars=NOTE_MAX_CHARS)
    return Note.objects.create(review=review, author=actor, text=text)


@transaction.atomic
def note_edit(*, note: Note | int, actor: Any, text: str) -> Note:
    """The author rewrites a note; the text it replaces is kept as a revision."""
    note = _note_locked(note)
    workflow.note_check(actor=actor, note=note)
    text = workflow_input.text_clean(text, "text", required=_REQUIRED, max_chars=NOTE_MAX_CHARS)
    if text == note.text:
        return note
    NoteRevision.objects.create(
        note=note, number=note.revisions.count() + 1, text=note.text, written_at=note.edited_at or note.created_at
    )
    note.text, note.edited_at = text, timezone.now()
    note.save(update_fields=["text", "edited_at"])
    return note


def _note_locked(note: Note | int) -> Note:
    pk = note.pk if isinstance(note, Note) else note
    if isinstance(pk, bool) or not isinstance(pk, int):
        raise InvalidInput({"note": "Name the note by its id."})
    try:
        return Note.objects.select_for_update().get(pk=pk)
    except Note.DoesNotExist:
        raise InvalidInput({"note": "There is no such note."}) from None
