"""Reviewers' notes: who writes them, who edits them, and that edits keep the earlier text."""

from __future__ import annotations

import pytest

from tests.factories import NoteFactory, review_in
from verify.errors import InvalidInput, NotPermitted
from verify.models import NoteRevision, ReviewState
from verify.services import notes

pytestmark = pytest.mark.django_db


def test_a_fact_checker_leaves_a_note_on_any_claim(fact_checker):
    note = notes.note_add(review=review_in(ReviewState.PUBLISHED), actor=fact_checker, text=" Called HR. ")
    assert (note.text, note.author, note.edited_at) == ("Called HR.", fact_checker, None)


@pytest.mark.parametrize("role", ["auditor", "newsroom_system", "outsider"])
def test_people_who_do_not_check_claims_cannot_write_notes(request, role):
    with pytest.raises(NotPermitted):
        notes.note_add(review=review_in(ReviewState.QUEUED), actor=request.getfixturevalue(role), text="Hi")


@pytest.mark.parametrize("text", ["", "x" * 10_001, None, ["list"], "nul\x00"])
def test_empty_oversized_or_malformed_notes_are_refused(fact_checker, text):
    with pytest.raises(InvalidInput) as raised:
        notes.note_add(review=review_in(ReviewState.QUEUED), actor=fact_checker, text=text)
    assert set(raised.value.errors) == {"text"}


def test_note_edits_keep_every_earlier_text(fact_checker):
    note = NoteFactory(author=fact_checker, text="First.")
    notes.note_edit(note=note, actor=fact_checker, text="Second.")
    note = notes.note_edit(note=note.pk, actor=fact_checker, text="Third.")
    assert note.text == "Third." and note.edited_at is not None
    assert list(NoteRevision.objects.filter(note=note).values_list("number", "text")) == [
        (1, "First."), (2, "Second.")
    ]


def test_an_unchanged_text_makes_no_revision(fact_checker):
    note = NoteFactory(author=fact_checker, text="Same.")
    notes.note_edit(note=note, actor=fact_checker, text="Same.")
    assert not NoteRevision.objects.exists()


def test_only_the_author_edits_a_note_not_even_an_editor(fact_checker, other_fact_checker, editor):
    note = NoteFactory(author=fact_checker)
    for someone in (other_fact_checker, editor):
        with pytest.raises(NotPermitted, match="Only the author"):
            notes.note_edit(note=note, actor=someone, text="Mine now.")
