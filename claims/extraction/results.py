"""The extractor's output records: plain frozen dataclasses and the one error it raises.

Every span is a pair of Python ``str`` offsets (code points) into the article text exactly as
given, end exclusive, so ``text[start:end]`` is always the recorded text.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal, Union

Span = tuple[int, int]
ClaimKind = Literal["direct", "indirect", "mixed", "statement"]
SpeakerType = Literal["person", "organization", "country", "anonymous", "group"]
QuantityValue = Union[int, Decimal, str]


class ExtractionError(Exception):
    """The input cannot be processed (not text, binary-looking, or too large)."""


@dataclass(frozen=True, slots=True)
class SpeakerMention:
    """Who a claim is attributed to.

    ``mention`` is the words in the text (None when a quote paragraph silently continues the
    previous speaker); ``canonical`` is the resolved name ("Zelensky" -> "Volodymyr Zelensky").
    """

    mention: str | None
    mention_span: Span | None
    canonical: str
    role: str | None
    type: SpeakerType


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number found in a claim: ``value`` is exact (int, or Decimal for a fraction), or the
    words ("dozens") for vague quantities.

    ``qualifier`` is one of: approximately, at least, more than, up to, fewer than, less than,
    at most, ordinal; or None for an exact figure.
    """

    text: str
    span: Span
    value: QuantityValue
    unit: str | None
    qualifier: str | None


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression resolved against the published date when possible: ``value`` is the
    day it names, ``period`` the first and last day of the period it names ("last year")."""

    text: str
    span: Span
    value: datetime.date | None
    period: tuple[datetime.date, datetime.date] | None = None


@dataclass(frozen=True, slots=True)
class ExtractedClaim:
    """One claim: attributed (direct, indirect, mixed) or in the article's own voice (statement)."""

    kind: ClaimKind
    content: str
    content_span: Span
    cue: str | None
    cue_span: Span | None
    speaker: SpeakerMention | None
    quantities: tuple[Quantity, ...] = ()
    checkworthiness: float = 0.0
    dates: tuple[DateMention, ...] = ()


@dataclass(frozen=True, slots=True)
class ArticleAnalysis:
    """Everything extracted from one article."""

    dateline: str | None
    published: datetime.date | None
    claims: list[ExtractedClaim] = field(default_factory=list)
