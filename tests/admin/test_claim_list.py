"""The claim list: access, search, filters, bulk actions and their summaries, query counts."""

from __future__ import annotations

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from tests.admin.conftest import MATRIX_ROLES, READERS
from tests.factories import ArticleFactory, ClaimFactory, ReviewFactory, SpeakerFactory, VerdictFactory
from verify.admin import paging
from verify.models import Review, ReviewState

pytestmark = pytest.mark.django_db

LIST_URL = reverse("admin:claims_claim_changelist")


def bulk(client, action: str, reviews: list[Review], **fields) -> list[str]:
    """Run a bulk action on the claims of ``reviews``; the messages it left."""
    data = {"action": action, "_selected_action": [review.claim_id for review in reviews], **fields}
    response = client.post(LIST_URL, data, follow=True)
    assert response.status_code == 200
    return [str(message) for message in get_messages(response.wsgi_request)] or _page_messages(response)


def _page_messages(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


def action_names(client) -> list[str]:
    response = client.get(LIST_URL)
    form = response.context["action_form"]
    return [name for name, _ in form.fields["action"].choices if name] if form else []


@pytest.mark.parametrize("role", MATRIX_ROLES)
def test_claim_list_access(clients, role):
    ReviewFactory(state=ReviewState.QUEUED)
    response = clients[role].get(LIST_URL)
    assert response.status_code == (200 if role in READERS else 403 if role == "outsider" else 302)


def test_actions_offered_by_role(clients):
    ReviewFactory(state=ReviewState.QUEUED)
    assert action_names(clients["fact_checker"]) == ["queue_for_checking", "claim_for_me", "dismiss_with_reason"]
    assert action_names(clients["editor"]) == [
        "queue_for_checking", "claim_for_me", "assign_to", "dismiss_with_reason", "change_priority",
    ]
    assert action_names(clients["auditor"]) == []


def test_claim_for_me_reports_successes_and_each_refusal(clients, people):
    queued = [ReviewFactory(state=ReviewState.QUEUED) for _ in range(3)]
    taken = ReviewFactory(state=ReviewState.IN_REVIEW, assignee=people["other_checker"])
    dismissed = ReviewFactory(state=ReviewState.DISMISSED, dismissed_reason="Opinion")
    messages = bulk(clients["fact_checker"], "claim_for_me", [*queued, taken, dismissed])
    assert messages == ["Claimed 3. 2 refused: 1 already claimed by other_checker; 1 dismissed."]
    assert Review.objects.filter(assignee=people["fact_checker"], state=ReviewState.IN_REVIEW).count() == 3


def test_queue_for_checking_moves_new_claims_to_unassigned_and_reports_the_rest(clients, people):
    new = [ReviewFactory(state=ReviewState.NEW) for _ in range(2)]
    dismissed = ReviewFactory(state=ReviewState.DISMISSED, dismissed_reason="Opinion")
    messages = bulk(clients["fact_checker"], "queue_for_checking", [*new, dismissed])
    assert messages == ["Queued 2. 1 refused: 1 dismissed."]
    assert set(Review.objects.filter(state=ReviewState.QUEUED).values_list("pk", flat=True)) == {r.pk for r in new}


def test_claiming_your_own_claim_again_says_so(clients, people):
    mine = ReviewFactory(state=ReviewState.IN_REVIEW, assignee=people["fact_checker"])
    assert bulk(clients["fact_checker"], "claim_for_me", [mine]) == ["Claimed 0. 1 refused: 1 already yours."]


def test_editor_assigns_to_a_fact_checker(clients, people):
    reviews = [ReviewFactory(state=ReviewState.QUEUED) for _ in range(2)]
    messages = bulk(clients["editor"], "assign_to", reviews, assignee=people["fact_checker"].pk)
    assert messages == ["Assigned 2."]
    assert set(Review.objects.values_list("assignee__username", flat=True)) == {"fact_checker"}


def test_assigning_without_choosing_someone_is_explained(clients):
    review = ReviewFactory(state=ReviewState.QUEUED)
    messages = bulk(clients["editor"], "assign_to", [review], assignee="")
    assert messages == ["Assigned 0. 1 refused: 1 choose who will check this claim."]


def test_fact_checker_cannot_run_the_editor_actions(clients, people):
    review = ReviewFactory(state=ReviewState.QUEUED)
    bulk(clients["fact_checker"], "assign_to", [review], assignee=people["fact_checker"].pk)
    review.refresh_from_db()
    assert review.assignee is None and review.state == ReviewState.QUEUED


def test_dismiss_needs_a_reason(clients):
    reviews = [ReviewFactory(state=ReviewState.QUEUED) for _ in range(2)]
    messages = bulk(clients["fact_checker"], "dismiss_with_reason", reviews, reason="")
    assert messages == ["Dismissed 0. 2 refused: 2 say why this claim is not worth checking."]
    messages = bulk(clients["fact_checker"], "dismiss_with_reason", reviews, reason="Opinion, not fact.")
    assert messages == ["Dismissed 2."]
    assert set(Review.objects.values_list("dismissed_reason", flat=True)) == {"Opinion, not fact."}


def test_change_priority(clients):
    reviews = [ReviewFactory(state=ReviewState.QUEUED), ReviewFactory(state=ReviewState.PUBLISHED)]
    messages = bulk(clients["editor"], "change_priority", reviews, priority="0.95", reason="Front page story")
    assert messages == ["Priority changed for 1. 1 refused: 1 published."]
    assert Review.objects.get(pk=reviews[0].pk).priority_override == 0.95


def test_out_of_range_priority_is_explained(clients):
    review = ReviewFactory(state=ReviewState.QUEUED)
    messages = bulk(clients["editor"], "change_priority", [review], priority="7")
    assert messages == ["Priority changed for 0. 1 refused: 1 the priority must be between 0 and 1."]


def test_auditor_cannot_run_actions(clients):
    review = ReviewFactory(state=ReviewState.QUEUED)
    bulk(clients["auditor"], "claim_for_me", [review])
    review.refresh_from_db()
    assert review.state == ReviewState.QUEUED


def test_search_claim_text_speaker_and_headline(clients):
    wage = ReviewFactory(claim=ClaimFactory(content="The wage rise helps 40,000 people"))
    ReviewFactory(claim=ClaimFactory(
        content="Crime fell by a third", speaker=SpeakerFactory(canonical_name="John Roe", name_key="john roe"),
        article=ArticleFactory(headline="Police figures"),
    ))
    client = clients["auditor"]
    for query, expected in (("wage rise", wage), ("roe", None), ("police", None)):
        response = client.get(LIST_URL, {"q": query})
        ids = [claim.pk for claim in response.context["cl"].result_list]
        assert len(ids) == 1 and (expected is None or ids == [expected.claim_id])


@pytest.mark.parametrize("param", [
    {"state": "queued"}, {"assignee": "none"}, {"rating": "false"}, {"kind__exact": "indirect"},
    {"speaker_type": "person"}, {"source_system": "cms-a"},
    {"created_at__gte": "2000-01-01", "created_at__lt": "2100-01-01"},
])
def test_filters(clients, param):
    ReviewFactory(state=ReviewState.QUEUED)
    VerdictFactory(substance="false", substance_label="False")
    response = clients["editor"].get(LIST_URL, param)
    assert response.status_code == 200 and len(response.context["cl"].result_list) >= 1


def test_rating_filter_uses_the_standing_verdict(clients):
    rated = VerdictFactory(substance="false", substance_label="False").review
    ReviewFactory(state=ReviewState.QUEUED)
    response = clients["editor"].get(LIST_URL, {"rating": "false"})
    assert [claim.pk for claim in response.context["cl"].result_list] == [rated.claim_id]
    assert "False" in response.content.decode()


def test_long_lists_are_not_counted_to_the_end(clients, monkeypatch):
    monkeypatch.setattr(paging, "COUNT_CAP", 2)
    for _ in range(4):
        ReviewFactory(state=ReviewState.QUEUED)
    response = clients["editor"].get(LIST_URL)
    assert "2+ claims" in response.content.decode()


@pytest.mark.parametrize("params", [
    {}, {"queue": "to_triage"}, {"queue": "unassigned"}, {"queue": "mine"}, {"queue": "awaiting_my_approval"},
    {"q": "minister"}, {"state": "in_review", "speaker_type": "person"},
], ids=lambda params: "&".join(f"{k}={v}" for k, v in params.items()) or "all")
def test_list_query_count_does_not_grow_with_rows(clients, people, django_assert_max_num_queries, params):
    ReviewFactory(state=ReviewState.QUEUED)
    client = clients["editor"]
    client.get(LIST_URL, params)
    with django_assert_max_num_queries(15) as few:
        client.get(LIST_URL, params)
    baseline = len(few.captured_queries)
    speaker = SpeakerFactory(canonical_name="Finance minister", name_key="finance minister", type="person")
    for index in range(20):
        ReviewFactory(state=ReviewState.NEW)
        ReviewFactory(state=ReviewState.QUEUED, claim=ClaimFactory(speaker=speaker))
        ReviewFactory(state=ReviewState.IN_REVIEW, assignee=people["editor"], claim=ClaimFactory(speaker=speaker))
        VerdictFactory(review=ReviewFactory(state=ReviewState.VERDICT_PROPOSED, assignee=people["other_checker"]))
        ArticleFactory(source_system=f"cms-{index}")
    with django_assert_max_num_queries(baseline):
        response = client.get(LIST_URL, params)
    assert response.context["cl"].result_count > 0
