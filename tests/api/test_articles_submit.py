"""POST /api/v1/articles: who may post, what is stored, idempotency and versions."""

from __future__ import annotations

import json

import pytest

from access.models import IdempotencyRecord
from claims.models import Article, ArticleRevision
from tests.api.conftest import NEWSROOM, OTHER_SOURCE, OWN_SOURCE, ROLES, assert_problem, client_with_key

pytestmark = pytest.mark.django_db
URL = "/api/v1/articles"
TEXT = "Mayor Jane Doe said 40,000 people would benefit from the new minimum wage.\n"


def payload(**overrides) -> dict:
    return {
        "external_id": "story-9",
        "headline": "Wage",
        "published_on": "2024-05-01",
        "text": TEXT,
        **overrides,
    }


def post(client, data, **headers):
    return client.post(URL, data=json.dumps(data), content_type="application/json", headers=headers)


@pytest.mark.parametrize("role", ROLES)
def test_only_newsroom_keys_may_post_articles(clients, role):
    response = post(clients[role], payload())
    if role in NEWSROOM:
        assert response.status_code == 202, response.content
    elif role == "anonymous":
        assert_problem(response, 401)
        assert response["WWW-Authenticate"].startswith("Api-Key")
    else:
        assert_problem(response, 403)


def test_post_stores_article_under_the_keys_source_system_and_answers_202_with_location(newsroom):
    response = post(newsroom, payload())
    assert response.status_code == 202
    article = Article.objects.get()
    assert article.source_system == OWN_SOURCE and article.body == TEXT
    assert str(article.published_on) == "2024-05-01"
    assert response["Location"].endswith(f"/api/v1/articles/{article.pk}")
    assert response.json()["url"] == response["Location"]
    assert response.json()["extraction_status"] == "pending"


def test_post_queues_extraction_after_commit(newsroom, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        post(newsroom, payload())
    assert len(callbacks) == 1


def test_html_body_is_reduced_to_text(newsroom):
    html = "<h1>Wage</h1><p>Mayor Jane Doe said &ldquo;yes&rdquo;.<script>x()</script></p><p>Second.</p>"
    data = payload(html=html)
    del data["text"]
    response = post(newsroom, data)
    assert response.status_code == 202, response.content
    assert Article.objects.get().body == "Wage\n\nMayor Jane Doe said \u201cyes\u201d.\n\nSecond."


def test_text_and_html_together_are_refused(newsroom):
    assert_problem(post(newsroom, payload(html="<p>x</p>")), 400, field="text")


def test_same_body_again_without_key_returns_the_same_response_and_stores_nothing_new(
    newsroom, django_capture_on_commit_callbacks
):
    first = post(newsroom, payload())
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        second = post(newsroom, payload())
    assert second.status_code == first.status_code == 202
    assert second["Location"] == first["Location"]
    assert second.json() == first.json()
    assert callbacks == [] and Article.objects.count() == 1 and ArticleRevision.objects.count() == 0


def test_retry_with_idempotency_key_replays_the_first_response(newsroom, django_capture_on_commit_callbacks):
    first = post(newsroom, payload(), **{"Idempotency-Key": "k-1"})
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        retry = post(newsroom, payload(), **{"Idempotency-Key": "k-1"})
    assert retry.status_code == 202 and retry.json() == first.json()
    assert retry["Location"] == first["Location"]
    assert retry["Idempotent-Replayed"] == "true"
    assert callbacks == []
    assert IdempotencyRecord.objects.count() == 1


def test_reusing_an_idempotency_key_with_a_different_body_is_refused(newsroom):
    post(newsroom, payload(), **{"Idempotency-Key": "k-1"})
    response = post(newsroom, payload(text=TEXT + "More.\n"), **{"Idempotency-Key": "k-1"})
    body = assert_problem(response, 422)
    assert "Idempotency-Key" in body["detail"] and body["type"].endswith("idempotency-key-reused")
    assert Article.objects.get().revision == 1


def test_idempotency_keys_belong_to_their_system(clients):
    post(clients["newsroom_own"], payload(), **{"Idempotency-Key": "shared"})
    response = post(
        clients["newsroom_other"],
        payload(text="Another text about wages.\n"),
        **{"Idempotency-Key": "shared"},
    )
    assert response.status_code == 202
    assert Article.objects.count() == 2


def test_idempotency_keys_of_one_user_are_separate_per_source_system(clients):
    """One account holding keys for two newsroom systems: the same Idempotency-Key (and body)
    sent with each key is two requests, not a retry of the first."""
    user = clients["newsroom_own"].api_key.user
    other_system = client_with_key(user, OTHER_SOURCE)
    first = post(clients["newsroom_own"], payload(), **{"Idempotency-Key": "k-1"})
    second = post(other_system, payload(), **{"Idempotency-Key": "k-1"})
    assert first.status_code == second.status_code == 202
    assert "Idempotent-Replayed" not in second
    assert (first.json()["source_system"], second.json()["source_system"]) == (OWN_SOURCE, OTHER_SOURCE)
    assert sorted(Article.objects.values_list("source_system", flat=True)) == [OWN_SOURCE, OTHER_SOURCE]
    replay = post(other_system, payload(), **{"Idempotency-Key": "k-1"})
    assert replay["Idempotent-Replayed"] == "true" and replay.json() == second.json()


def test_malformed_idempotency_key_is_refused(newsroom):
    assert_problem(post(newsroom, payload(), **{"Idempotency-Key": "x" * 256}), 400, field="Idempotency-Key")


def test_new_body_for_the_same_external_id_makes_a_new_revision(newsroom):
    first = post(newsroom, payload())
    second = post(newsroom, payload(text=TEXT + "The council agreed.\n"))
    assert second.status_code == 202 and second["Location"] == first["Location"]
    assert second.json()["revision"] == 2
    article = Article.objects.get()
    assert article.revision == 2 and article.revisions.get().body == TEXT


def test_a_resend_updates_the_language_and_one_without_it_keeps_it(newsroom):
    post(newsroom, payload(language="pt-BR"))
    assert Article.objects.get().language == "pt-BR"
    post(newsroom, payload(language="es"))
    assert Article.objects.get().language == "es"
    post(newsroom, payload(text=TEXT + "More.\n"))
    assert Article.objects.get().language == "es"


def test_a_new_article_without_a_language_is_english(newsroom):
    post(newsroom, payload())
    assert Article.objects.get().language == "en"


def act(client, claim_id: int, body: dict):
    """A transition as the desk sends it, with the claim's current ETag."""
    etag = client.get(f"/api/v1/claims/{claim_id}")["ETag"]
    response = client.post(
        f"/api/v1/claims/{claim_id}/transitions",
        data=json.dumps(body),
        content_type="application/json",
        headers={"If-Match": etag},
    )
    assert response.status_code == 200, response.content
    return response.json()


def desk_state(client, claim_id: int) -> dict:
    body = client.get(f"/api/v1/claims/{claim_id}").json()
    return {key: body[key] for key in ("id", "content", "review", "notes", "verdict", "verdict_history")}


def test_a_new_version_of_the_article_keeps_the_review_of_an_unchanged_claim(
    clients, django_capture_on_commit_callbacks
):
    newsroom, checker = clients["newsroom_own"], clients["fact_checker"]
    with django_capture_on_commit_callbacks(execute=True):
        article_id = post(newsroom, payload()).json()["id"]
    [claim] = newsroom.get(f"/api/v1/articles/{article_id}").json()["claims"]
    act(checker, claim["id"], {"action": "queue"})
    act(checker, claim["id"], {"action": "claim"})
    source = checker.post(
        f"/api/v1/claims/{claim['id']}/sources",
        data=json.dumps({"url": "https://stats.example.org/wages", "stance": "supports", "title": "Wages"}),
        content_type="application/json",
    ).json()
    note = checker.post(
        f"/api/v1/claims/{claim['id']}/notes",
        data=json.dumps({"text": "The office counts 40,012."}),
        content_type="application/json",
    ).json()
    act(checker, claim["id"], {
        "action": "propose_verdict",
        "attribution": "confirmed",
        "attribution_rationale": "Recorded at the council meeting.",
        "substance": "mostly_true",
        "substance_rationale": "The office counts 40,012.",
        "summary": "About right.",
        "source_ids": [source["id"]],
    })
    before = desk_state(checker, claim["id"])

    with django_capture_on_commit_callbacks(execute=True):
        response = post(newsroom, payload(text=TEXT + "\nThe council will vote on the plan in June.\n"))
    assert response.status_code == 202 and response.json()["revision"] == 2

    status = newsroom.get(f"/api/v1/articles/{article_id}").json()
    assert status["revision"] == 2 and status["extraction"]["status"] == "done"
    assert claim["id"] in [c["id"] for c in status["claims"]]
    after = desk_state(checker, claim["id"])
    assert after == before
    assert after["review"]["state"] == "verdict_proposed"
    assert [n["id"] for n in after["notes"]] == [note["id"]]
    assert [v["number"] for v in after["verdict_history"]] == [1]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"external_id": ""}, "external_id"),
        ({"external_id": 12}, None),
        ({"published_on": "2024-02-30"}, "published_on"),
        ({"published_on": "1066-10-14"}, "published_on"),
        ({"published_on": "9999-12-31"}, "published_on"),
        ({"url": "not a url"}, "url"),
        ({"language": "english!"}, "language"),
        ({"headline": ["a list"]}, "headline"),
        ({"surprise": 1}, "surprise"),
        ({"headline": "bell\x07"}, "headline"),
        ({"text": "nul\x00byte"}, "text"),
        ({"text": "lone \ud800 surrogate"}, "text"),
    ],
)
def test_bad_fields_are_400_naming_the_field(newsroom, data, field):
    body = payload(**data)
    response = newsroom.post(URL, data=json.dumps(body), content_type="application/json")
    if field is None:  # an int is coerced to a string id, which DRF accepts: still no 500
        assert response.status_code in (202, 400)
        return
    assert_problem(response, 400, field=field)
    assert Article.objects.count() == 0


def test_empty_body_text_is_422_from_the_domain(newsroom):
    body = assert_problem(post(newsroom, payload(text="   \n")), 422)
    assert "empty" in body["detail"]


def test_missing_required_field_is_named(newsroom):
    body = assert_problem(post(newsroom, {}), 400, field="external_id")
    assert body["errors"][0]["code"] == "required"


def test_missing_body_is_named(newsroom):
    data = payload()
    del data["text"]
    assert_problem(post(newsroom, data), 400, field="text")
