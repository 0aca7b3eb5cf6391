"""GET /api/v1/claims/{id}: sources, verdicts, and for the desk notes, history and actions; ETag."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User

from tests.api.conftest import ROLES, STAFF, assert_problem
from tests.factories import NoteFactory, SourceFactory, VerdictFactory
from verify.models import Review, VerdictStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def claim(article):
    return article.claims.order_by("id").first()


@pytest.mark.parametrize("role", ROLES)
def test_access_matrix(clients, claim, role):
    response = clients[role].get(f"/api/v1/claims/{claim.pk}")
    if role in STAFF:
        assert response.status_code == 200
        assert {"notes", "transitions", "available_actions"} <= set(response.json())
    elif role == "newsroom_own":
        assert response.status_code == 200
        assert not {"notes", "transitions", "available_actions"} & set(response.json())
        assert response.json()["review"] == {"state": "new"} and "ETag" not in response
    else:
        assert_problem(response, {"anonymous": 401, "outsider": 403, "newsroom_other": 404}[role])


def test_etag_is_the_review_version(editor, claim):
    Review.objects.filter(claim=claim).update(version=7)
    response = editor.get(f"/api/v1/claims/{claim.pk}")
    assert response["ETag"] == '"7"' and response.json()["review"]["version"] == 7


def test_staff_see_sources_notes_and_every_verdict(editor, claim):
    review = claim.review
    Review.objects.filter(pk=review.pk).update(state="verdict_proposed")
    source = SourceFactory(review=review)
    NoteFactory(review=review, text="Called the office.")
    sent_back = VerdictFactory(
        review=review,
        number=1,
        status=VerdictStatus.SENT_BACK,
        proposed_by=NoteFactory(review=review).author,
        decided_at=source.created_at,
        decided_by=NoteFactory(review=review).author,
    )
    pending = VerdictFactory(review=review, number=2, proposed_by=sent_back.proposed_by)
    pending.sources.add(source)
    body = editor.get(f"/api/v1/claims/{claim.pk}").json()
    assert [s["id"] for s in body["sources"]] == [source.id]
    assert "Called the office." in [n["text"] for n in body["notes"]]
    assert [v["number"] for v in body["verdict_history"]] == [1, 2]
    assert body["verdict"]["id"] == pending.id and body["verdict"]["source_ids"] == [source.id]
    assert body["verdict"]["proposed_by"] == sent_back.proposed_by.username


def test_newsroom_sees_only_the_published_verdict_without_names(newsroom, claim):
    review = claim.review
    Review.objects.filter(pk=review.pk).update(state="published")
    author = NoteFactory(review=review).author
    editor_user = NoteFactory(review=review).author
    published = VerdictFactory(
        review=review,
        number=1,
        status=VerdictStatus.APPROVED,
        proposed_by=author,
        decided_by=editor_user,
        decided_at=review.created_at,
        substance="false",
    )
    body = newsroom.get(f"/api/v1/claims/{claim.pk}").json()
    assert body["verdict"]["id"] == published.id and body["verdict"]["substance"] == "false"
    assert "proposed_by" not in body["verdict"] and "decision_note" not in body["verdict"]
    Review.objects.filter(pk=review.pk).update(state="in_review")
    assert newsroom.get(f"/api/v1/claims/{claim.pk}").json()["verdict"] is None


def test_newsroom_does_not_see_proposed_verdicts(newsroom, claim):
    Review.objects.filter(pk=claim.review.pk).update(state="verdict_proposed")
    VerdictFactory(review=claim.review, number=1, proposed_by=NoteFactory(review=claim.review).author)
    body = newsroom.get(f"/api/v1/claims/{claim.pk}").json()
    assert body["verdict"] is None and body["verdict_history"] == []


def test_available_actions_follow_the_workflow(clients, claim):
    editor_actions = {
        a["name"] for a in clients["editor"].get(f"/api/v1/claims/{claim.pk}").json()["available_actions"]
    }
    auditor_actions = clients["auditor"].get(f"/api/v1/claims/{claim.pk}").json()["available_actions"]
    assert "queue" in editor_actions and auditor_actions == []


def test_query_count_does_not_grow_with_sources_and_notes(editor, claim, django_assert_max_num_queries):
    review = claim.review
    editor.get(f"/api/v1/claims/{claim.pk}")
    with django_assert_max_num_queries(20) as few:
        editor.get(f"/api/v1/claims/{claim.pk}")
    for _ in range(5):
        SourceFactory(review=review)
        NoteFactory(review=review)
    with django_assert_max_num_queries(len(few.captured_queries)):
        editor.get(f"/api/v1/claims/{claim.pk}")


def test_newsroom_gets_the_review_state_only_and_no_etag(clients, claim):
    checker = User.objects.get(username="fact_checker")
    Review.objects.filter(claim=claim).update(
        state="in_review", assignee=checker, priority_override=0.9, version=4
    )
    response = clients["newsroom_own"].get(f"/api/v1/claims/{claim.pk}")
    assert response.json()["review"] == {"state": "in_review"}
    assert "ETag" not in response
    desk = clients["editor"].get(f"/api/v1/claims/{claim.pk}")
    assert desk.json()["review"] == {
        "state": "in_review",
        "assignee": "fact_checker",
        "priority": 0.9,
        "version": 4,
    }
    assert desk["ETag"] == '"4"'


def test_newsroom_sees_the_sources_of_the_published_verdict_only(newsroom, claim):
    review = claim.review
    cited, uncited = SourceFactory(review=review), SourceFactory(review=review)
    assert newsroom.get(f"/api/v1/claims/{claim.pk}").json()["sources"] == []
    Review.objects.filter(pk=review.pk).update(state="published")
    published = VerdictFactory(
        review=review,
        number=1,
        status=VerdictStatus.APPROVED,
        proposed_by=NoteFactory(review=review).author,
        decided_by=NoteFactory(review=review).author,
        decided_at=review.created_at,
    )
    published.sources.set([cited])
    body = newsroom.get(f"/api/v1/claims/{claim.pk}").json()
    assert [s["id"] for s in body["sources"]] == [cited.id]
    assert body["verdict"]["source_ids"] == [cited.id]
    assert not {"added_by", "metadata_status", "created_at"} & set(body["sources"][0])
