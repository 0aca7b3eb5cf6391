"""Runs the extraction: parse paragraphs with spaCy, find claims, resolve speakers, score.

The public functions take raw article text; ``analyse_many`` streams any number of articles
through one ``nlp.pipe`` so batching works across article boundaries.
"""
from __future__ import annotations

import datetime
from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .article import PreparedArticle, prepare_article
from .attribution import Attribution, reported_speech
from .direct import continued_quotes, direct_quotes
from .labelled import labelled_claims
from .listed import listed_claims
from .model import DEFAULT_MODEL, load_model
from .parsed import ParsedArticle
from .records import attributed_claims, statement_claim
from .results import ArticleAnalysis, ExtractionError
from .speakers import resolve_speakers
from .spans import SpanIndex
from .statements import statements_in

if TYPE_CHECKING:
    from spacy.tokens import Doc

BATCH_SIZE = 64


def analyse_many(
    texts: Iterable[str], published: datetime.date | None = None, *, model: str = DEFAULT_MODEL
) -> Iterator[ArticleAnalysis]:
    """One ArticleAnalysis per text, in order; paragraphs of all texts share ``nlp.pipe``.

    A text that cannot be processed raises its ExtractionError when its turn comes, after
    the results of the texts before it (``nlp.pipe`` reads ahead, so errors wait in line).
    """
    nlp = load_model(model)
    pending: deque[PreparedArticle | ExtractionError] = deque()

    def paragraphs() -> Iterator[tuple[str, PreparedArticle]]:
        for text in texts:
            try:
                article = prepare_article(text, published)
            except ExtractionError as error:
                pending.append(error)
                continue
            pending.append(article)
            for paragraph in article.paragraphs:
                yield paragraph.text, article

    collected: list[Doc] = []
    for doc, article in nlp.pipe(paragraphs(), as_tuples=True, batch_size=BATCH_SIZE):
        while pending[0] is not article:  # earlier articles (even empty ones) are complete
            yield _finish(pending.popleft(), collected)
            collected = []
        collected.append(doc)
    while pending:
        yield _finish(pending.popleft(), collected)
        collected = []


def _finish(article: PreparedArticle | ExtractionError, docs: list[Doc]) -> ArticleAnalysis:
    if isinstance(article, ExtractionError):
        raise article
    return analyse_parsed(article, docs)


def analyse_parsed(article: PreparedArticle, docs: list[Doc]) -> ArticleAnalysis:
    """Claims of one article whose paragraphs spaCy has parsed (``docs`` in paragraph order)."""
    parsed = ParsedArticle(article, docs)
    attributions = find_attributions(parsed)
    speakers = resolve_speakers(parsed, attributions)
    claims = [claim for a in attributions for claim in attributed_claims(parsed, a, speakers[id(a)])]
    taken = SpanIndex(a.content_span for a in attributions)
    for paragraph, sentence in parsed.sentences():
        for span in statements_in(parsed.text, paragraph, sentence, taken):
            claims.append(statement_claim(parsed, span))
    claims.sort(key=lambda c: c.content_span)
    return ArticleAnalysis(article.dateline, article.published, claims)


def find_attributions(parsed: ParsedArticle) -> list[Attribution]:
    """Direct quotes first (they claim their cues), then speaker labels ("Name: ..."), reported
    speech, continuations, and the points listed under an "X said:" paragraph."""
    used: set[int] = set()
    found = direct_quotes(parsed, used)
    quoted = SpanIndex(a.content_span for a in found)
    for attribution in labelled_claims(parsed, used):
        if not quoted.overlaps(attribution.content_span):
            found.append(attribution)
            quoted.add(attribution.content_span)
    for paragraph, sentence in parsed.sentences():
        for attribution in reported_speech(parsed, paragraph, sentence, used):
            if not quoted.overlaps(attribution.content_span):
                found.append(attribution)
    found.extend(continued_quotes(parsed, found))
    claimed = SpanIndex(a.content_span for a in found)
    found.extend(a for a in listed_claims(parsed, used) if not claimed.overlaps(a.content_span))
    found.sort(key=lambda a: a.content_span)
    return found
