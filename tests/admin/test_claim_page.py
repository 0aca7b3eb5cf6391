"""The claim page: what it shows, which actions it offers whom, and what a post does."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.admin.conftest import MATRIX_ROLES, READERS
from tests.factories import ArticleFactory, ClaimFactory, NoteFactory, ReviewFactory
from verify.models import Note, Review, ReviewState, Source, VerdictStatus
from verify.services import source_metadata
from verify.services.fetch import FetchedPage
from verify.services.transitions import transition_apply

pytestmark = pytest.mark.django_db

BODY = "Mayor Jane Doe said 40,000 people would benefit from the new wage, up from 25,000 last year."


def claim_url(review: Review) -> str:
    return reverse("admin:claims_claim_change", args=[review.claim_id])


def act_url(review: Review) -> str:
    return reverse("admin:claims_claim_act", args=[review.claim_id])


def post_action(client, review: Review, action: str, version: int | None = None, **data):
    review.refresh_from_db()
    payload = {"action": action, "version": review.version if version is None else version, **data}
    return client.post(act_url(review), payload, follow=True)


def page_text(response) -> str:
    return response.content.decode()


@pytest.fixture
def queued(people) -> Review:
    article = ArticleFactory(body=BODY, headline="Council votes on wage rise")
    claim = ClaimFactory(
        article=article, content="40,000 people would benefit from the new wage", content_start=20,
        content_end=65, mention_start=0, mention_end=14,
        quantities=[{"text": "40,000 people", "value": 40000, "unit": "people", "qualifier": ""}],
    )
    return ReviewFactory(claim=claim, state=ReviewState.QUEUED)


@pytest.fixture
def in_review(people, queued) -> Review:
    transition_apply(review=queued, actor=people["fact_checker"], action="claim", data={}, expected_version=None)
    return Review.objects.get(pk=queued.pk)


@pytest.fixture
def proposed(people, in_review) -> Review:
    transition_apply(review=in_review, actor=people["fact_checker"], action="source_add", expected_version=None,
                     data={"url": "https://stats.example.org/wages", "stance": "supports", "title": "Wage statistics"})
    source = Source.objects.get(review=in_review)
    transition_apply(
        review=in_review, actor=people["fact_checker"], action="propose_verdict", expected_version=None,
        data={"attribution": "confirmed", "attribution_rationale": "Said at the council meeting.",
              "substance": "mostly_true", "substance_rationale": "The office counts 40,012.",
              "summary": "About right.", "source_ids": [source.pk]},
    )
    return Review.objects.get(pk=in_review.pk)


@pytest.mark.parametrize("role", MATRIX_ROLES)
def test_claim_page_access(clients, queued, role):
    response = clients[role].get(claim_url(queued))
    expected = 200 if role in READERS else 403 if role == "outsider" else 302
    assert response.status_code == expected


def test_unknown_claim_is_404(clients):
    assert clients["editor"].get(reverse("admin:claims_claim_change", args=[987654])).status_code == 404


def test_page_shows_the_claim_in_its_article(clients, queued):
    page = page_text(clients["fact_checker"].get(claim_url(queued)))
    assert '<mark class="speaker-span">Mayor Jane Doe</mark>' in page
    assert '<mark class="claim-span">40,000 people would benefit from the new wage</mark>' in page
    assert "Jane Doe</strong>, Mayor" in page and "Reported speech" in page
    assert "40,000 people</strong>" in page and "0.80" in page
    assert "Queued" in page


def test_fact_checker_is_offered_only_what_the_workflow_allows(clients, queued):
    page = page_text(clients["fact_checker"].get(claim_url(queued)))
    assert 'data-action="claim"' in page and 'data-action="dismiss"' in page
    for absent in ("approve", "assign", "propose_verdict", "priority_override", "send_back"):
        assert f'data-action="{absent}"' not in page


def test_editor_also_assigns_and_overrides_priority(clients, queued):
    page = page_text(clients["editor"].get(claim_url(queued)))
    assert 'data-action="assign"' in page and 'data-action="priority_override"' in page


def test_auditor_sees_no_actions_and_no_note_form(clients, proposed):
    page = page_text(clients["auditor"].get(claim_url(proposed)))
    assert "data-action=" not in page and "Add a note" not in page
    assert "auditors do not change claims" in page


def test_posts_carry_the_review_version(clients, queued):
    page = page_text(clients["fact_checker"].get(claim_url(queued)))
    assert f'name="version" value="{queued.version}"' in page


def test_claiming_says_where_the_claim_went(clients, people, queued):
    response = post_action(clients["fact_checker"], queued, "claim")
    queued.refresh_from_db()
    assert queued.state == ReviewState.IN_REVIEW and queued.assignee == people["fact_checker"]
    assert "Claimed. It is now in My claims." in page_text(response)


def test_stale_page_is_refused_with_a_clear_message(clients, people, queued):
    stale_version = queued.version
    transition_apply(review=queued, actor=people["editor"], action="priority_override",
                     data={"priority": "0.9"}, expected_version=None)
    response = post_action(clients["fact_checker"], queued, "dismiss", version=stale_version, reason="Opinion.")
    queued.refresh_from_db()
    assert response.status_code == 409 and queued.state == ReviewState.QUEUED
    page = page_text(response)
    assert "Someone changed this claim since you opened it" in page
    assert "Opinion." in page  # what they typed is kept, in the reopened form
    assert f'name="version" value="{queued.version}"' in page


def test_missing_reason_comes_back_next_to_the_field(clients, queued):
    response = post_action(clients["fact_checker"], queued, "dismiss", reason="  ")
    page = page_text(response)
    assert response.status_code == 400
    assert "Say why this claim is not worth checking." in page
    assert '<details class="cw-action cw-action-caution" data-action="dismiss" open>' in page


def test_proposer_cannot_approve_own_verdict(clients, people, proposed):
    proposed.assignee = people["editor"]
    Review.objects.filter(pk=proposed.pk).update(proposer=people["editor"])
    response = post_action(clients["editor"], proposed, "approve")
    proposed.refresh_from_db()
    assert proposed.state == ReviewState.VERDICT_PROPOSED
    assert "An editor other than the proposer must approve this verdict." in page_text(response)


def test_auditor_post_is_refused_by_the_workflow(clients, queued):
    response = post_action(clients["auditor"], queued, "claim")
    queued.refresh_from_db()
    assert queued.state == ReviewState.QUEUED
    assert "Only fact-checkers and editors can work on claims." in page_text(response)


@pytest.mark.parametrize("role", ["anonymous", "newsroom", "newsroom_staff"])
def test_act_url_needs_a_desk_login(clients, queued, role):
    response = clients[role].post(act_url(queued), {"action": "claim", "version": queued.version})
    queued.refresh_from_db()
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert queued.state == ReviewState.QUEUED


def test_act_url_refuses_get_and_unknown_actions(clients, queued):
    assert clients["editor"].get(act_url(queued)).status_code == 405
    assert clients["editor"].post(act_url(queued), {"action": "explode"}).status_code == 404


def test_add_edit_and_remove_a_source(clients, in_review):
    client = clients["fact_checker"]
    post_action(client, in_review, "source_add", url="https://stats.example.org/w", stance="supports",
                title="Wage statistics")
    source = Source.objects.get(review=in_review)
    response = post_action(client, in_review, "source_update", source_id=source.pk, url=source.url,
                           stance="refutes", title="Wage statistics 2025")
    source.refresh_from_db()
    assert source.title == "Wage statistics 2025" and "Source corrected." in page_text(response)
    response = post_action(client, in_review, "source_remove", source_id=source.pk, reason="Wrong year.")
    source.refresh_from_db()
    assert source.is_removed and "Source removed." in page_text(response)


def test_bad_source_address_is_shown_on_the_add_form(clients, in_review):
    response = post_action(clients["fact_checker"], in_review, "source_add", url="ftp://x", stance="supports")
    assert response.status_code == 400
    assert '<details class="cw-action cw-action-plain" data-action="source_add" open>' in page_text(response)
    assert not Source.objects.filter(review=in_review).exists()


def test_propose_then_send_back_prefills_the_next_proposal(clients, people, proposed):
    response = post_action(clients["editor"], proposed, "send_back", reason="Name the statistics office.")
    proposed.refresh_from_db()
    assert proposed.state == ReviewState.IN_REVIEW
    assert "Sent back to fact_checker" in page_text(response)
    page = page_text(clients["fact_checker"].get(claim_url(proposed)))
    assert "Name the statistics office." in page  # the editor's note, on the verdict and in the history
    assert "\nThe office counts 40,012.</textarea>" in page


def test_notes_add_and_edit_own_keeps_history(clients, people, in_review):
    client = clients["fact_checker"]
    notes_url = reverse("admin:claims_claim_note", args=[in_review.claim_id])
    response = client.post(notes_url, {"text": "Called the mayor's office."}, follow=True)
    assert "Note added." in page_text(response)
    note = Note.objects.get(review=in_review)
    response = client.post(notes_url, {"note": note.pk, "text": "Called twice; no answer."}, follow=True)
    page = page_text(response)
    assert "Called twice; no answer." in page and "Earlier versions (1)" in page
    assert "Called the mayor&#x27;s office." in page


def test_editing_someone_elses_note_is_refused(clients, people, in_review):
    note = NoteFactory(review=in_review, author=people["other_checker"])
    notes_url = reverse("admin:claims_claim_note", args=[in_review.claim_id])
    response = clients["fact_checker"].post(notes_url, {"note": note.pk, "text": "Mine now."}, follow=True)
    note.refresh_from_db()
    assert note.text != "Mine now." and "Only the author of a note can edit it." in page_text(response)


def test_history_tells_the_story(clients, people, proposed):
    post_action(clients["editor"], proposed, "approve")
    page = page_text(clients["auditor"].get(claim_url(proposed)))
    assert "claimed it" in page and "added a source: Wage statistics" in page
    assert "proposed a verdict: Mostly true" in page and "approved and published the verdict: Mostly true" in page
    assert proposed.verdicts.get().status == VerdictStatus.APPROVED


def test_history_tells_what_the_system_filled_in_from_a_source_page(clients, people, in_review, monkeypatch):
    transition_apply(review=in_review, actor=people["fact_checker"], action="source_add", expected_version=None,
                     data={"url": "https://stats.example.org/wages", "stance": "supports", "title": "Wage statistics"})
    page = FetchedPage(url="https://stats.example.org/wages", status=200, charset="utf-8",
                       body=b'<meta property="og:site_name" content="Statistics Office">')
    monkeypatch.setattr(source_metadata.fetch, "fetch_html", lambda url: page)
    source_metadata.source_metadata_fetch(source_id=Source.objects.get(review=in_review).pk)
    text = page_text(clients["auditor"].get(claim_url(in_review)))
    assert "<strong>The system</strong> filled in the publisher of a source from its page: Wage statistics" in text


def test_links_to_claims_by_the_same_speaker_and_similar_earlier_ones(clients, queued):
    earlier = ClaimFactory(content="The new wage would benefit 40,000 people, the mayor said")
    ReviewFactory(claim=earlier)
    type(earlier.article).objects.filter(pk=earlier.article_id).update(created_at=queued.claim.article.created_at.replace(year=2020))
    page = page_text(clients["fact_checker"].get(claim_url(queued)))
    assert page.count(f'href="/admin/claims/claim/{earlier.pk}/change/"') == 2  # same speaker, and similar


def test_claim_page_queries_do_not_grow_with_sources_notes_and_history(
    clients, people, proposed, django_assert_max_num_queries
):
    client = clients["editor"]
    post_action(client, proposed, "send_back", reason="More.")
    NoteFactory(review=proposed, author=people["fact_checker"])
    ClaimFactory(speaker=proposed.claim.speaker)
    with django_assert_max_num_queries(20) as few:
        client.get(claim_url(proposed))
    baseline = len(few.captured_queries)  # read now: the next request resets the query log
    for index in range(5):
        post_action(client, proposed, "source_add", url=f"https://example.org/{index}", stance="context")
        NoteFactory(review=proposed, author=people["other_checker"])
        ClaimFactory(speaker=proposed.claim.speaker)
    with django_assert_max_num_queries(baseline):
        client.get(claim_url(proposed))


def test_claim_without_a_review_still_shows(clients):
    claim = ClaimFactory()
    page = page_text(clients["fact_checker"].get(reverse("admin:claims_claim_change", args=[claim.pk])))
    assert claim.content in page and "data-action=" not in page


def test_page_shows_the_as_of_day_and_the_period_a_figure_describes(clients, people):
    article = ArticleFactory(body="Officials said 25,000 people applied last year.", headline="Applications")
    claim = ClaimFactory(
        article=article, content="25,000 people applied last year", content_start=15, content_end=46,
        quantities=[{"text": "25,000 people", "value": 25000, "unit": "people", "qualifier": None}],
        dates=[{"text": "last year", "span": [37, 46], "value": None, "period": ["2025-01-01", "2025-12-31"]}],
        as_of="2026-12-01",
    )
    review = ReviewFactory(claim=claim, state=ReviewState.QUEUED)
    page = page_text(clients["editor"].get(claim_url(review)))
    assert "Figures as of</dt><dd>Dec. 1, 2026 " in page
    assert "(about last year: Jan. 1, 2025 to Dec. 31, 2025)" in page
