"""Read queries that find claims: text search, other claims by a speaker, similar earlier claims.

Search looks for each word in the claim's text, its speaker's name or its article's headline.
The names and headlines are searched in their own (small) tables first, so the claims table is
scanned once per word, not joined three ways and scanned three times.

"Similar" is portable on purpose (SQLite and PostgreSQL): the claim's most distinctive words
(figures and long words, never stop words) must appear in the other claim's text; candidates
are then ranked by how many of the claim's words they share, with a bonus for the same
speaker. With PostgreSQL's ``pg_trgm`` a trigram index could replace step 2 of
``claims_similar_earlier``; the admin only needs the function's contract.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.db.models import Q, QuerySet

from claims.models import Article, Claim, Speaker

SEARCH_MAX_WORDS = 8
RELATED_LIMIT = 6
CANDIDATE_LIMIT = 200
KEY_WORDS = 4
_WORD = re.compile(r"[\w][\w,.'’-]*\w|\w", re.UNICODE)
STOP_WORDS = frozenset({
    "about", "above", "after", "again", "against", "because", "been", "before", "being", "below",
    "between", "both", "could", "does", "doing", "during", "each", "from", "further", "have",
    "having", "here", "into", "itself", "just", "more", "most", "other", "over", "same", "should",
    "some", "such", "than", "that", "their", "theirs", "them", "then", "there", "these", "they",
    "this", "those", "through", "under", "until", "very", "were", "what", "when", "where", "which",
    "while", "will", "with", "would", "your", "yours", "said", "says", "told", "according", "people",
})


@dataclass(frozen=True)
class SimilarClaim:
    claim: Claim
    shared_words: tuple[str, ...]
    same_speaker: bool


def claims_search(claims: QuerySet, text: str) -> QuerySet:
    """The ``claims`` where every word of ``text`` is in the claim, its speaker's name or its headline."""
    for word in text.split()[:SEARCH_MAX_WORDS]:
        speakers = Speaker.objects.filter(canonical_name__icontains=word).values("pk")
        articles = Article.objects.filter(headline__icontains=word).values("pk")
        claims = claims.filter(
            Q(content__icontains=word) | Q(speaker_id__in=speakers) | Q(article_id__in=articles)
        )
    return claims


def claim_words(text: str) -> set[str]:
    """The words of a claim that can tell it apart: figures and words of 4+ letters, folded."""
    words = set()
    for raw in _WORD.findall(text.casefold()):
        word = raw.strip(".,'’-")
        if any(ch.isdigit() for ch in word) or (len(word) >= 4 and word not in STOP_WORDS):
            words.add(word)
    return words


def key_words(words: set[str], count: int = KEY_WORDS) -> list[str]:
    """The most distinctive words: figures first, then the longest (ties alphabetical)."""
    return sorted(words, key=lambda word: (not any(ch.isdigit() for ch in word), -len(word), word))[:count]


def claims_by_speaker(claim: Claim, limit: int = RELATED_LIMIT) -> QuerySet:
    """Other claims attributed to the claim's speaker, newest first (none without a speaker)."""
    if claim.speaker_id is None:
        return Claim.objects.none()
    return (
        Claim.objects.filter(speaker_id=claim.speaker_id).exclude(pk=claim.pk)
        .select_related("article", "review").order_by("-created_at", "-id")[:limit]
    )


def claims_similar_earlier(claim: Claim, limit: int = RELATED_LIMIT) -> list[SimilarClaim]:
    """Claims from earlier articles whose text shares the claim's distinctive words.

    1. Take the claim's words and its ``KEY_WORDS`` most distinctive ones.
    2. Candidates: claims of other, older articles containing any key word (newest
       ``CANDIDATE_LIMIT``).
    3. Rank by the share of the claim's words each candidate has, plus 0.25 for the same
       speaker; keep those sharing at least two words, or one key word and the speaker.
    """
    words = claim_words(claim.content)
    keys = key_words(words)
    if not keys:
        return []
    contains_any = Q()
    for word in keys:
        contains_any |= Q(content__icontains=word)
    candidates = (
        Claim.objects.filter(contains_any, article__created_at__lt=claim.article.created_at)
        .exclude(article_id=claim.article_id)
        .select_related("article", "review").order_by("-created_at", "-id")[:CANDIDATE_LIMIT]
    )
    ranked = []
    for other in candidates:
        shared = words & claim_words(other.content)
        same_speaker = claim.speaker_id is not None and other.speaker_id == claim.speaker_id
        if len(shared) >= 2 or (shared and same_speaker):
            score = len(shared) / len(words) + (0.25 if same_speaker else 0.0)
            ranked.append((score, SimilarClaim(other, tuple(sorted(shared)), same_speaker)))
    ranked.sort(key=lambda pair: (-pair[0], -pair[1].claim.pk))
    return [similar for _, similar in ranked[:limit]]
