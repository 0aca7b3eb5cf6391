"""Write operations on articles and claims: storing articles, storing what extraction found, speakers.

Every public function here is keyword-only. This app knows nothing of reviews: storing an
extraction returns what changed (``ClaimsChange``: the claims made, the claims the new text no
longer has), and the layer above (``verify.services.articles``) decides which stale claims may
go, opens the new claims' reviews and enqueues the extraction itself.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils import timezone

from claims import extraction
from claims.errors import InvalidArticle
from claims.models import (
    Article,
    ArticleRevision,
    Claim,
    ClaimOrigin,
    ExtractionStatus,
    Speaker,
)
from config.text import has_control_chars

EXTRACTION_METHOD = "spacy-rules"
DEFAULT_LANGUAGE = "en"
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class IngestResult:
    article: Article
    created: bool
    body_changed: bool


@dataclass(frozen=True)
class ClaimsChange:
    """What storing an extraction changed: the claims made now, and the machine-made claims the
    new text no longer has (``stale``, left in place: the caller removes those nobody works on)."""

    article: Article
    created: list[Claim]
    stale: QuerySet


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def claim_content_key(content: str) -> str:
    """Hash of the claim text with case, spacing and quote-mark style folded away."""
    folded = unicodedata.normalize("NFKC", content).casefold()
    folded = folded.translate(str.maketrans("“”„‟’‘", "\"\"\"\"''"))
    return content_hash(_SPACES.sub(" ", folded).strip())


def article_body_validate(body: object) -> str:
    """Return the body as stored text, or raise InvalidArticle saying what is wrong."""
    if not isinstance(body, str):
        raise InvalidArticle("The article body must be text.")
    if "\x00" in body:
        raise InvalidArticle("The article body contains NUL bytes; it looks like binary data, not text.")
    if has_control_chars(body):
        raise InvalidArticle("The article body contains control characters.")
    if not body.strip():
        raise InvalidArticle("The article body is empty.")
    if len(body) > settings.ARTICLE_MAX_CHARS:
        raise InvalidArticle(
            f"The article body has {len(body):,} characters; the limit is {settings.ARTICLE_MAX_CHARS:,}."
        )
    return body


@transaction.atomic
def article_store(
    *,
    source_system: str,
    external_id: str,
    body: str,
    headline: str = "",
    url: str = "",
    published_on: date | None = None,
    language: str = "",
) -> IngestResult:
    """Store an article (or a new revision of it); ``body_changed`` says it needs extracting.

    Sending the same text again changes nothing; a changed text keeps the earlier body as an
    ``ArticleRevision`` and marks the article pending extraction again. Metadata sent with a
    resend (headline, url, date, language) replaces the stored values; what is left out (empty)
    keeps them. A new article without a language is English.
    """
    body = article_body_validate(body)
    if not source_system or not external_id:
        raise InvalidArticle("An article needs a source system and an external id.")
    digest = content_hash(body)
    article = _article_locked(source_system, external_id)
    if article is None:
        try:
            with transaction.atomic():  # a savepoint: a concurrent first post may win the insert
                article = Article.objects.create(
                    source_system=source_system, external_id=external_id, body=body, content_hash=digest,
                    headline=headline, url=url, published_on=published_on,
                    language=language or DEFAULT_LANGUAGE,
                )
        except IntegrityError:
            article = _article_locked(source_system, external_id)
        else:
            return IngestResult(article=article, created=True, body_changed=True)
    _article_update_metadata(
        article, headline=headline, url=url, published_on=published_on, language=language
    )
    if article.content_hash == digest:
        return IngestResult(article=article, created=False, body_changed=False)
    _article_replace_body(article, body=body, digest=digest)
    return IngestResult(article=article, created=False, body_changed=True)


def _article_locked(source_system: str, external_id: str) -> Article | None:
    return (
        Article.objects.select_for_update()
        .filter(source_system=source_system, external_id=external_id)
        .first()
    )


def _article_update_metadata(
    article: Article, *, headline: str, url: str, published_on: date | None, language: str
) -> None:
    changed = []
    fields = (("headline", headline), ("url", url), ("published_on", published_on), ("language", language))
    for field, value in fields:
        if value and getattr(article, field) != value:
            setattr(article, field, value)
            changed.append(field)
    if changed:
        article.save(update_fields=[*changed, "updated_at"])


def _article_replace_body(article: Article, *, body: str, digest: str) -> None:
    ArticleRevision.objects.create(
        article=article, number=article.revision, body=article.body,
        content_hash=article.content_hash, headline=article.headline,
    )
    article.body = body
    article.content_hash = digest
    article.revision += 1
    article.extraction_status = ExtractionStatus.PENDING
    article.extraction_error = ""
    article.save(
        update_fields=["body", "content_hash", "revision", "extraction_status", "extraction_error", "updated_at"]
    )


def article_extraction_reset(*, article: Article) -> None:
    """Mark an article for extraction again (e.g. after a failure or a new extractor)."""
    Article.objects.filter(pk=article.pk).update(
        extraction_status=ExtractionStatus.PENDING, extraction_error="", extracted_hash=""
    )


def article_analyse(*, article_id: int) -> tuple[Article, extraction.ArticleAnalysis | None]:
    """Run the extractor on an article, outside any transaction (it is the slow part).

    The analysis is None when the claims already come from the current body (a re-run is a
    no-op). Article.DoesNotExist when the article is gone.
    """
    article = Article.objects.get(pk=article_id)
    if article.extracted_hash == article.content_hash and article.extraction_status == ExtractionStatus.DONE:
        return article, None
    Article.objects.filter(pk=article.pk).update(extraction_status=ExtractionStatus.RUNNING)
    analysis = extraction.analyse_article(
        article.body, published=article.published_on, model=settings.EXTRACTION_MODEL
    )
    return article, analysis


def article_claims_store(*, article_id: int, analysis: extraction.ArticleAnalysis) -> ClaimsChange:
    """Store an extraction's claims and mark the article done; run inside the caller's transaction.

    1. Lock the article and re-check its body still matches its hash.
    2. A claim whose text is unchanged keeps its row (pointed at the new body's offsets); the
       other extracted claims are created.
    3. The machine-made claims the new text no longer has are returned as ``stale``, not removed.
    """
    article = Article.objects.select_for_update().get(pk=article_id)
    if content_hash(article.body) != article.content_hash:
        raise InvalidArticle("The stored body does not match its hash.")
    change = _claims_merge(article, analysis.claims, published=analysis.published)
    article.dateline = article.dateline or (analysis.dateline or "")[:200]
    article.published_on = article.published_on or analysis.published
    article.extraction_status = ExtractionStatus.DONE
    article.extraction_error = ""
    article.extracted_hash = article.content_hash
    article.extractor_version = extraction.EXTRACTOR_VERSION
    article.extracted_at = timezone.now()
    article.save()
    return change


def claims_remove(*, claims: QuerySet) -> int:
    """Delete claims (with their rows that cascade); returns how many claims went."""
    return claims.delete()[1].get(Claim._meta.label, 0)


def article_extraction_failed(*, article_id: int, error: str) -> None:
    """Record why an article could not be processed; its stored text is left untouched."""
    Article.objects.filter(pk=article_id).update(
        extraction_status=ExtractionStatus.FAILED, extraction_error=error[:5000], updated_at=timezone.now()
    )


def _claims_merge(article: Article, extracted: list, *, published: date | None) -> ClaimsChange:
    existing = {c.content_key: c for c in article.claims.filter(origin=ClaimOrigin.MACHINE)}
    kept_ids: set[int] = set()
    created: list[Claim] = []
    for item in extracted:
        key = claim_content_key(item.content)
        claim = existing.get(key)
        if claim is not None and claim.id not in kept_ids:
            _claim_move_to_body(claim, item, article)
            kept_ids.add(claim.id)
            continue
        created.append(_claim_build(article, item, key=key, published=published))
    stale_ids = list(
        article.claims.filter(origin=ClaimOrigin.MACHINE).exclude(id__in=kept_ids).values_list("id", flat=True)
    )
    new_claims = Claim.objects.bulk_create(created)
    return ClaimsChange(article=article, created=new_claims, stale=Claim.objects.filter(id__in=stale_ids))


def _claim_move_to_body(claim: Claim, item, article: Article) -> None:
    """Point an unchanged claim at the new body's offsets; its review stays as it is."""
    claim.content_start, claim.content_end = item.content_span
    claim.mention_start, claim.mention_end = _span_or_none(item.speaker)
    claim.body_hash = article.content_hash
    claim.save(update_fields=["content_start", "content_end", "mention_start", "mention_end", "body_hash"])


def _span_or_none(speaker) -> tuple[int | None, int | None]:
    if speaker is None or not speaker.mention_span:
        return None, None
    return speaker.mention_span[0], speaker.mention_span[1]


def _claim_build(article: Article, item, *, key: str, published: date | None) -> Claim:
    mention_start, mention_end = _span_or_none(item.speaker)
    as_dict = extraction.claim_to_dict(item)
    quantities = as_dict["quantities"]
    return Claim(
        article=article,
        kind=item.kind,
        content=item.content,
        content_key=key,
        content_start=item.content_span[0],
        content_end=item.content_span[1],
        body_hash=article.content_hash,
        speaker=speaker_for_mention(item.speaker) if item.speaker else None,
        speaker_mention=(item.speaker.mention or "")[:300] if item.speaker else "",
        mention_start=mention_start,
        mention_end=mention_end,
        cue=(item.cue or "")[:60],
        quantities=quantities,
        dates=as_dict.get("dates", []),
        as_of=_claim_as_of(item, published) if quantities else None,
        checkworthiness=min(1.0, max(0.0, float(item.checkworthiness))),
        extraction_method=EXTRACTION_METHOD,
        extraction_version=extraction.EXTRACTOR_VERSION,
    )


def _claim_as_of(item, published: date | None) -> date | None:
    """A figure is as of the day the claim names, else the day it was made (the article's date).

    A period ("last year", "in March") is not a day: a figure for last year, said today, is as of
    today; the period stays in the claim's dates.
    """
    for mention in item.dates:
        if mention.value is not None:
            return mention.value
    return published


def speaker_name_key(name: str) -> str:
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", name)).strip().casefold()[:300]


def speaker_for_mention(mention) -> Speaker:
    """The shared Speaker row for a resolved mention, created on first sight."""
    name = (mention.canonical or mention.mention or "unknown source").strip()[:300]
    speaker, created = Speaker.objects.get_or_create(
        name_key=speaker_name_key(name),
        type=mention.type or "person",
        defaults={"canonical_name": name, "role": (mention.role or "")[:300]},
    )
    alias = (mention.mention or "").strip()
    updates = []
    if alias and alias != speaker.canonical_name and alias not in speaker.aliases and len(speaker.aliases) < 50:
        speaker.aliases = [*speaker.aliases, alias[:300]]
        updates.append("aliases")
    if not speaker.role and mention.role:
        speaker.role = mention.role[:300]
        updates.append("role")
    if updates and not created:
        speaker.save(update_fields=updates)
    return speaker
