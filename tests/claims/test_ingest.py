"""Storing articles: ingest, revisions, idempotent extraction, and what bad input does."""

import pytest

from claims import services
from claims.errors import InvalidArticle
from claims.models import Article, ArticleRevision, Claim, ExtractionStatus, Speaker
from verify.services import articles

pytestmark = pytest.mark.django_db

TEXT = (
    "WASHINGTON (AP) — The city council voted 7-2 on Monday to raise the minimum wage.\n"
    "\u201cThis is a historic day for workers,\u201d said Mayor Jane Doe, adding that about 40,000 people would benefit.\n"
    "Council member John Roe said the increase would cost small businesses more than $3 million a year.\n"
)


def ingest(body: str = TEXT, **kwargs):
    defaults = {"source_system": "cms", "external_id": "a-1"}
    return articles.article_ingest(body=body, **{**defaults, **kwargs})


def test_ingest_stores_article_and_queues_extraction_on_commit(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        result = ingest()
    assert result.created and result.body_changed
    assert len(callbacks) == 1
    article = Article.objects.get()
    assert article.content_hash == services.content_hash(TEXT)
    assert article.extraction_status == ExtractionStatus.PENDING


def test_extraction_runs_after_commit_and_stores_claims(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        ingest()
    article = Article.objects.get()
    assert article.extraction_status == ExtractionStatus.DONE, article.extraction_error
    assert article.extracted_hash == article.content_hash
    claims = list(article.claims.select_related("speaker"))
    assert claims, "the extractor found no claims"
    for claim in claims:
        assert TEXT[claim.content_start:claim.content_end] == claim.content
        assert hasattr(claim, "review") and claim.review.state == "new"
    speakers = {c.speaker.canonical_name for c in claims if c.speaker}
    assert "Jane Doe" in speakers


def test_reingesting_identical_text_queues_nothing(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        ingest()
    before = list(Claim.objects.values_list("id", flat=True))
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        result = ingest()
    assert not result.created and not result.body_changed
    assert callbacks == []
    assert list(Claim.objects.values_list("id", flat=True)) == before


def test_rerunning_extraction_on_unchanged_text_is_a_no_op(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        article = ingest().article
    before = list(Claim.objects.order_by("id").values_list("id", "content_start"))
    articles.article_extract(article_id=article.id)
    assert list(Claim.objects.order_by("id").values_list("id", "content_start")) == before


def test_changed_text_keeps_unchanged_claims_and_the_earlier_body(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        ingest()
    kept = Claim.objects.get(content__contains="cost small businesses")
    new_text = "Editor's note: updated.\n" + TEXT.replace("7-2", "8-1")
    with django_capture_on_commit_callbacks(execute=True):
        result = ingest(new_text)
    assert result.body_changed
    article = Article.objects.get()
    assert article.revision == 2
    assert ArticleRevision.objects.get(article=article, number=1).body == TEXT
    kept.refresh_from_db()
    assert kept.body_hash == article.content_hash
    assert new_text[kept.content_start:kept.content_end] == kept.content


def test_changed_text_keeps_claims_under_review_even_when_gone(django_capture_on_commit_callbacks):
    from verify.models import Review

    with django_capture_on_commit_callbacks(execute=True):
        ingest()
    claim = Claim.objects.get(content__contains="cost small businesses")
    Review.objects.filter(claim=claim).update(state="queued")
    with django_capture_on_commit_callbacks(execute=True):
        ingest("A completely different article about weather.\n")
    claim.refresh_from_db()
    assert claim.body_hash == services.content_hash(TEXT)
    assert not Claim.objects.filter(content__contains="historic day").exists()


def test_speakers_are_shared_across_articles(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        ingest()
        ingest(external_id="a-2", body=TEXT.replace("Monday", "Tuesday"))
    assert Speaker.objects.filter(canonical_name="Jane Doe").count() == 1
    assert Claim.objects.filter(speaker__canonical_name="Jane Doe").values("article").distinct().count() == 2


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("", "empty"),
        ("   \n\t ", "empty"),
        ("text with a \x00 NUL byte", "binary"),
        ("bell \x07 character", "control characters"),
        (b"bytes, not text", "must be text"),
        (None, "must be text"),
    ],
    ids=["empty", "whitespace", "nul-byte", "control-char", "bytes", "none"],
)
def test_bad_bodies_are_refused_with_a_clear_message(body, message):
    with pytest.raises(InvalidArticle, match=message):
        ingest(body)
    assert not Article.objects.exists()


def test_oversized_body_is_refused(settings):
    settings.ARTICLE_MAX_CHARS = 1000
    with pytest.raises(InvalidArticle, match="limit is 1,000"):
        ingest("word " * 300)


def test_refused_revision_leaves_stored_article_untouched(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        ingest()
    with pytest.raises(InvalidArticle):
        ingest("\x00binary")
    article = Article.objects.get()
    assert article.body == TEXT and article.revision == 1
    assert article.claims.exists()
