"""The front page: each role's queues with counts, one click into each, and who may sign in."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import ReviewFactory, UserFactory
from verify.models import Review, ReviewState

pytestmark = pytest.mark.django_db

INDEX = reverse("admin:index")
LIST_URL = reverse("admin:claims_claim_changelist")


def cards(response) -> dict[str, int]:
    return {card.queue.key: card.count for card in response.context["queue_cards"]}


@pytest.fixture
def desk(people) -> dict[str, list[Review]]:
    """Claims in every queue: 2 new, 2 unassigned, 1 mine, 1 awaiting source, 1 overdue, 1 proposed,
    1 published."""
    checker, today = people["fact_checker"], timezone.localdate()
    return {
        "new": [ReviewFactory(state=ReviewState.NEW, priority=0.3),
                ReviewFactory(state=ReviewState.NEW, priority=0.6)],
        "unassigned": [ReviewFactory(state=ReviewState.QUEUED, priority=0.2),
                       ReviewFactory(state=ReviewState.QUEUED, priority=0.9)],
        "mine": [ReviewFactory(state=ReviewState.IN_REVIEW, assignee=checker)],
        "awaiting": [ReviewFactory(state=ReviewState.AWAITING_SOURCE, assignee=checker),
                     ReviewFactory(state=ReviewState.AWAITING_SOURCE, due_on=today - timedelta(days=2))],
        "proposed": [ReviewFactory(state=ReviewState.VERDICT_PROPOSED, proposer=checker)],
        "published": [ReviewFactory(state=ReviewState.PUBLISHED, published_at=timezone.now())],
    }


@pytest.mark.parametrize("role, status", [
    ("anonymous", 302), ("newsroom", 302), ("newsroom_staff", 302), ("outsider", 200),
    ("fact_checker", 200), ("editor", 200), ("auditor", 200),
])
def test_front_page_access(clients, role, status):
    response = clients[role].get(INDEX)
    assert response.status_code == status
    if status == 302:
        assert "/login/" in response["Location"]


def test_outsider_is_told_they_have_no_role(clients):
    assert "Your account has no fact-checking role yet." in clients["outsider"].get(INDEX).content.decode()


def test_fact_checker_queues_and_counts(clients, desk):
    response = clients["fact_checker"].get(INDEX)
    assert cards(response) == {
        "mine": 2, "to_triage": 2, "unassigned": 2, "awaiting_source": 2, "overdue": 1, "recently_published": 1,
    }


def test_editor_also_has_awaiting_my_approval(clients, desk):
    assert cards(clients["editor"].get(INDEX))["awaiting_my_approval"] == 1


def test_auditor_sees_the_read_only_queues_and_the_exports_link(clients, desk):
    response = clients["auditor"].get(INDEX)
    assert set(cards(response)) == {"awaiting_source", "overdue", "recently_published"}
    assert reverse("admin:verify_exports") in response.content.decode()


def test_exports_link_only_for_auditors(clients):
    for role in ("fact_checker", "editor"):
        assert reverse("admin:verify_exports") not in clients[role].get(INDEX).content.decode()


def test_next_up_lists_the_top_of_unassigned(clients, desk):
    response = clients["fact_checker"].get(INDEX)
    assert [claim.pk for claim in response.context["next_up"]] == [
        desk["unassigned"][1].claim_id, desk["unassigned"][0].claim_id,
    ]


@pytest.mark.parametrize("queue, expected", [
    ("mine", [("mine", 0), ("awaiting", 0)]), ("to_triage", [("new", 0), ("new", 1)]), ("unassigned", [("unassigned", 0), ("unassigned", 1)]),
    ("awaiting_source", [("awaiting", 0), ("awaiting", 1)]), ("overdue", [("awaiting", 1)]),
    ("recently_published", [("published", 0)]),
])
def test_each_card_opens_its_queue(clients, desk, queue, expected):
    response = clients["fact_checker"].get(LIST_URL, {"queue": queue})
    wanted = {desk[key][index].claim_id for key, index in expected}
    assert {claim.pk for claim in response.context["cl"].result_list} == wanted


def test_unassigned_queue_is_ordered_by_priority(clients, desk):
    response = clients["fact_checker"].get(LIST_URL, {"queue": "unassigned"})
    assert [claim.pk for claim in response.context["cl"].result_list] == [
        desk["unassigned"][1].claim_id, desk["unassigned"][0].claim_id,
    ]
    assert "<h1 class=\"queue-title\">Unassigned</h1>" in response.content.decode()


def test_to_triage_lists_new_claims_most_check_worthy_first(clients, desk):
    response = clients["editor"].get(LIST_URL, {"queue": "to_triage"})
    assert [claim.pk for claim in response.context["cl"].result_list] == [
        desk["new"][1].claim_id, desk["new"][0].claim_id,
    ]
    assert "<h1 class=\"queue-title\">To triage</h1>" in response.content.decode()


def test_awaiting_my_approval_leaves_out_your_own_proposals(clients, people, desk):
    ReviewFactory(state=ReviewState.VERDICT_PROPOSED, proposer=people["editor"], assignee=people["editor"])
    response = clients["editor"].get(LIST_URL, {"queue": "awaiting_my_approval"})
    assert [claim.pk for claim in response.context["cl"].result_list] == [desk["proposed"][0].claim_id]


def test_a_queue_not_yours_is_empty(clients, desk):
    response = clients["fact_checker"].get(LIST_URL, {"queue": "awaiting_my_approval"})
    assert list(response.context["cl"].result_list) == []


@pytest.mark.parametrize("username", ["newsroom", "newsroom_staff"])
def test_newsroom_account_is_told_to_use_the_api_staff_flag_or_not(client, people, username):
    people[username]  # the cast is made on first use
    response = client.post(reverse("admin:login"), {"username": username, "password": "pw"})
    assert response.status_code == 200
    assert "newsroom system account" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_fact_checker_signs_in(client, people):
    people["fact_checker"]  # the cast is made on first use
    response = client.post(reverse("admin:login"), {"username": "fact_checker", "password": "pw"})
    assert response.status_code == 302 and client.session["_auth_user_id"] == str(people["fact_checker"].pk)


def test_front_page_queries_do_not_grow(clients, desk, django_assert_max_num_queries):
    client = clients["editor"]
    with django_assert_max_num_queries(20) as few:
        client.get(INDEX)
    baseline = len(few.captured_queries)
    for _ in range(10):
        ReviewFactory(state=ReviewState.QUEUED)
        ReviewFactory(state=ReviewState.PUBLISHED, published_at=timezone.now())
    UserFactory(roles=["fact_checker"])
    with django_assert_max_num_queries(baseline):
        client.get(INDEX)
