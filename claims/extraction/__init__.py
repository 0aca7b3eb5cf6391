"""Claim extraction: article text in, attributed claims and factual statements out.

Plain Python over spaCy (no Django). ``extract`` is the one-article entry point;
``extract_many`` streams many articles through one ``nlp.pipe`` for throughput.

Input rules: empty or whitespace-only text gives no claims; text that is not ``str``, holds
NUL bytes (binary data) or exceeds ``MAX_CHARS`` raises ExtractionError.
"""
from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator

from .article import MAX_CHARS
from .engine import analyse_many
from .model import DEFAULT_MODEL, load_model
from .results import (ArticleAnalysis, DateMention, ExtractedClaim, ExtractionError, Quantity,
                      SpeakerMention)
from .serialize import claim_to_dict

EXTRACTOR_VERSION = "1.0.0"

__all__ = [
    "DEFAULT_MODEL", "EXTRACTOR_VERSION", "MAX_CHARS", "ArticleAnalysis", "DateMention",
    "ExtractedClaim", "ExtractionError", "Quantity", "SpeakerMention", "analyse_article",
    "analyse_many", "claim_to_dict", "extract", "extract_many", "load_model",
]


def analyse_article(
    text: str, published: datetime.date | None = None, *, model: str = DEFAULT_MODEL
) -> ArticleAnalysis:
    """Dateline, published date (the argument, else read from the text) and claims of one article."""
    return next(analyse_many([text], published, model=model))


def extract(text: str, published: datetime.date | None = None, *, model: str = DEFAULT_MODEL) -> list[ExtractedClaim]:
    """The claims of one article, in text order."""
    return analyse_article(text, published, model=model).claims


def extract_many(
    texts: Iterable[str], published: datetime.date | None = None, *, model: str = DEFAULT_MODEL
) -> Iterator[list[ExtractedClaim]]:
    """The claims of each text, in order, parsing all of them through one ``nlp.pipe``."""
    for analysis in analyse_many(texts, published, model=model):
        yield analysis.claims
