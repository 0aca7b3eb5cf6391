"""Published verdicts as schema.org ClaimReview (JSON-LD), the markup search engines read.

Only verdicts that are live now are exported: approved, on a review that is still published
(a reopened claim's earlier verdict is not). Each object is self-contained (its own
``@context``), so one can be pasted into a page's ``<script type="application/ld+json">``; for
that reason ``<``, ``>`` and ``&`` are written as ``\\u003c``-style escapes, which no JSON reader
sees but an HTML parser cannot mistake for a closing tag.

The ``reviewRating`` carries both findings of a verdict: its ``alternateName`` is the substance
rating followed by the attribution finding, "Mostly true (misquoted)" (``verify.ratings.rating_name``),
and ``ratingValue``, ``bestRating`` and ``worstRating`` come only with a rating on the numeric
part of the scale ("Misleading" and "Unverifiable" publish their name alone).

Settings (defaults in ``config/settings.py``):

``FACTCHECK_ORG_NAME`` ("Fact-check desk")
    the organisation publishing the fact-checks: the ClaimReview ``author``.
``FACTCHECK_ORG_URL`` ("")
    its home page (``author.url``), left out when empty.
``CLAIMREVIEW_URL_TEMPLATE`` ("", required)
    the public address of a fact-check, e.g. ``https://factcheck.example.org/claims/{claim_id}``;
    ``{claim_id}``, ``{review_id}`` and ``{verdict_id}`` are filled in. A ClaimReview without
    the page it is published on is of no use to search engines (they require ``url``), and
    this service has no public pages of its own, so while it is empty the export is refused
    with ``NotConfigured`` naming the setting.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet
from django.utils import timezone

from claims.models import SpeakerType
from verify.errors import NotConfigured
from verify.exports.filters import ExportFilters
from verify.models import Verdict, VerdictStatus
from verify.ratings import BEST_RATING, WORST_RATING, rating_name
from verify.workflow import ReviewState

FETCH_ROWS = 2_000
PERSON_TYPES = {SpeakerType.PERSON, SpeakerType.ANONYMOUS}
_HTML_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})

COLUMNS = (
    "id",
    "review_id",
    "review__claim_id",
    "review__claim__content",
    "review__claim__speaker__canonical_name",
    "review__claim__speaker__type",
    "review__claim__article__url",
    "review__claim__article__headline",
    "review__claim__article__published_on",
    "substance_value",
    "substance_alternate_name",
    "attribution",
    "summary",
    "decided_at",
)
(
    VERDICT_ID,
    REVIEW_ID,
    CLAIM_ID,
    CLAIM_TEXT,
    SPEAKER_NAME,
    SPEAKER_TYPE,
    ARTICLE_URL,
    HEADLINE,
    ARTICLE_DATE,
    RATING_VALUE,
    RATING_NAME,
    ATTRIBUTION,
    SUMMARY,
    DECIDED_AT,
) = range(len(COLUMNS))


def setting(name: str) -> str:
    return getattr(settings, name)


def published_verdicts(filters: ExportFilters) -> QuerySet[Verdict]:
    """The verdicts published now that the filters keep, oldest approval first."""
    verdicts = Verdict.objects.filter(status=VerdictStatus.APPROVED, review__state=ReviewState.PUBLISHED)
    if filters.since:
        verdicts = verdicts.filter(decided_at__gte=filters.since)
    if filters.until:
        verdicts = verdicts.filter(decided_at__lt=filters.until)
    if filters.ratings:
        verdicts = verdicts.filter(substance__in=filters.ratings)
    if filters.reviewer:
        username = get_user_model().USERNAME_FIELD
        verdicts = verdicts.filter(
            Q(**{f"proposed_by__{username}": filters.reviewer})
            | Q(**{f"decided_by__{username}": filters.reviewer})
        )
    if filters.source_system:
        verdicts = verdicts.filter(review__claim__article__source_system=filters.source_system)
    if filters.speaker_ids:
        verdicts = verdicts.filter(review__claim__speaker_id__in=filters.speaker_ids)
    return verdicts.order_by("decided_at", "id")


def claimreview_rows(filters: ExportFilters) -> Iterator[tuple]:
    return published_verdicts(filters).values_list(*COLUMNS).iterator(chunk_size=FETCH_ROWS)


def claimreview_check_settings() -> None:
    """NotConfigured, naming the setting, when a ClaimReview could not be published as configured."""
    template = setting("CLAIMREVIEW_URL_TEMPLATE")
    if not template:
        raise NotConfigured(
            "CLAIMREVIEW_URL_TEMPLATE is not set: a ClaimReview needs the public address of each "
            "fact-check (search engines require its url). Set it to where the fact-checks are "
            "published, e.g. https://factcheck.example.org/claims/{claim_id}."
        )
    try:
        example = template.format(claim_id=1, review_id=1, verdict_id=1)
    except (KeyError, IndexError, ValueError) as exc:
        raise NotConfigured(f"CLAIMREVIEW_URL_TEMPLATE {template!r} cannot be filled in: {exc}") from None
    if not example.startswith(("https://", "http://")):
        raise NotConfigured(
            f"CLAIMREVIEW_URL_TEMPLATE {template!r} must be an absolute http:// or https:// address."
        )
    if not setting("FACTCHECK_ORG_NAME"):
        raise NotConfigured("FACTCHECK_ORG_NAME must name the organisation publishing the fact-checks.")


def publisher() -> dict:
    org = {"@type": "Organization", "name": setting("FACTCHECK_ORG_NAME")}
    if setting("FACTCHECK_ORG_URL"):
        org["url"] = setting("FACTCHECK_ORG_URL")
    return org


def claimreview(row: tuple, author: dict) -> dict[str, Any]:
    """One published verdict as a ClaimReview object."""
    url = setting("CLAIMREVIEW_URL_TEMPLATE").format(
        claim_id=row[CLAIM_ID], review_id=row[REVIEW_ID], verdict_id=row[VERDICT_ID]
    )
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": url,
        "datePublished": timezone.localdate(row[DECIDED_AT]).isoformat(),
        "claimReviewed": row[CLAIM_TEXT],
        "itemReviewed": _claim(row),
        "author": author,
        "reviewRating": _rating(row),
        "reviewBody": row[SUMMARY],
    }


def _claim(row: tuple) -> dict[str, Any]:
    claim: dict[str, Any] = {"@type": "Claim"}
    if row[SPEAKER_NAME]:
        kind = "Person" if row[SPEAKER_TYPE] in PERSON_TYPES else "Organization"
        claim["author"] = {"@type": kind, "name": row[SPEAKER_NAME]}
    appearance = {"@type": "NewsArticle"}
    if row[ARTICLE_URL]:
        appearance["url"] = row[ARTICLE_URL]
    if row[HEADLINE]:
        appearance["headline"] = row[HEADLINE]
    if row[ARTICLE_DATE]:
        appearance["datePublished"] = row[ARTICLE_DATE].isoformat()
        claim["datePublished"] = row[ARTICLE_DATE].isoformat()
    claim["appearance"] = appearance
    return claim


def _rating(row: tuple) -> dict[str, Any]:
    """The verdict's own stored rating (not today's scale, which may have changed since) and its
    attribution finding."""
    name = rating_name(row[RATING_NAME], row[ATTRIBUTION])
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": name}
    if row[RATING_VALUE] is not None:
        rating.update(ratingValue=row[RATING_VALUE], bestRating=BEST_RATING, worstRating=WORST_RATING)
    return rating


def claimreview_json(review: dict) -> str:
    """Compact JSON safe to place inside an HTML script element."""
    return json.dumps(review, ensure_ascii=False, separators=(",", ":")).translate(_HTML_SAFE)
