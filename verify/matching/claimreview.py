"""Reads archives of past fact-checks in ClaimReview JSON-LD (schema.org) as normalised records.

``read_claimreviews`` streams one object, a JSON list or JSON Lines from a file in bounded memory
(``jsonstream``) and yields, in file order, a ``ClaimReviewRecord`` for each good object and a
``ClaimReviewError`` naming the object's position (1-based) and line with the reason for each
bad one, so an import can load the rest and report the others. Nothing raises: hostile input
(huge or deeply nested values, control or bidirectional-override characters, bytes that are not
UTF-8, emoji-only claims) gets an error or a bounded, cleaned value.

Fields read: ``claimReviewed``, ``reviewRating`` (``ratingValue``, ``bestRating``,
``worstRating``, ``alternateName``), ``url``, ``author``, ``datePublished``, and
``itemReviewed`` with its ``author``, ``datePublished`` and ``appearance``. A numeric rating
is normalised to 0 (worst) .. 1 (best) when both ends of its scale are given; otherwise the
raw value and the label are kept. A url seen earlier in the same file is reported on its later
object, never merged.
"""
from __future__ import annotations

import datetime
import hashlib
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import IO
from urllib.parse import urlsplit

from .jsonstream import read_values

MAX_CLAIM_CHARS = 2000
MAX_NAME_CHARS = 300
MAX_LABEL_CHARS = 200
MAX_URL_CHARS = 2048
MAX_APPEARANCES = 20
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                                    "\u2066\u2067\u2068\u2069\ufeff\u00ad"), None)
_CONTROLS = dict.fromkeys([*range(0x20), *range(0x7F, 0xA0)], " ")
_NOT_UTF8 = re.compile("[\udc80-\udcff]")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$")


class InvalidField(ValueError):
    """One field's value is unusable; the message is the reason shown to the importer."""


@dataclass(frozen=True, slots=True)
class Rating:
    """A review's verdict: its label ("False", "Mostly true"), and the number on its scale.

    ``normalised`` is 0 for the scale's worst and 1 for its best, None when the scale is not
    fully given (or the value lies outside it); ``value`` keeps the number as given either way.
    """

    label: str | None
    value: Decimal | None
    best: Decimal | None
    worst: Decimal | None
    normalised: float | None


@dataclass(frozen=True, slots=True)
class ClaimReviewRecord:
    """One fact-check as the archive stores it; ``position`` and ``line`` locate it in the file."""

    position: int
    line: int
    url: str
    claim: str
    rating: Rating
    author: str | None
    published: datetime.date | None
    claim_author: str | None
    claim_date: datetime.date | None
    appearances: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ClaimReviewError:
    """An object that was not read, where it is, and why."""

    position: int
    line: int
    reason: str
    url: str | None = None

    def __str__(self) -> str:
        where = f"object {self.position} (line {self.line})" if self.position else f"line {self.line}"
        return f"{where}: {self.reason}"


def read_claimreviews(file: IO[bytes] | IO[str]) -> Iterator[ClaimReviewRecord | ClaimReviewError]:
    """Records and errors for every object in ``file``, in order (see the module docstring).

    1. ``jsonstream.read_values`` cuts the file into values with their positions.
    2. ``parse_claimreview`` checks and normalises each object.
    3. A url already seen in this file makes the later object an error naming the first.
    """
    first_seen: dict[bytes, int] = {}
    for raw in read_values(file):
        if raw.error is not None:
            yield ClaimReviewError(raw.position, raw.line, raw.error)
            continue
        result = parse_claimreview(raw.value, raw.position, raw.line)
        if isinstance(result, ClaimReviewRecord):
            digest = hashlib.blake2b(url_identity(result.url).encode(), digest_size=16).digest()
            if digest in first_seen:
                result = ClaimReviewError(raw.position, raw.line,
                                          f"duplicate url, first at object {first_seen[digest]}", result.url)
            else:
                first_seen[digest] = raw.position
        yield result


def parse_claimreview(value: object, position: int = 1, line: int = 1) -> ClaimReviewRecord | ClaimReviewError:
    """One decoded JSON value as a record, or the error that keeps it out."""
    if not isinstance(value, Mapping):
        return ClaimReviewError(position, line, f"not a JSON object but {_type_name(value)}")
    url = value.get("url") if isinstance(value.get("url"), str) else None
    try:
        return _record(value, position, line)
    except InvalidField as problem:
        return ClaimReviewError(position, line, str(problem), _printable(url) if url else None)
    except (ValueError, TypeError, ArithmeticError, RecursionError) as problem:  # a last guard, never expected
        return ClaimReviewError(position, line, f"could not be read ({type(problem).__name__})")


def _record(value: Mapping, position: int, line: int) -> ClaimReviewRecord:
    _check_type(value.get("@type"))
    claim = _text(value.get("claimReviewed"), "claimReviewed", MAX_CLAIM_CHARS, required=True)
    if not any(unicodedata.category(c)[0] in "LN" for c in claim):
        raise InvalidField("claimReviewed has no words (only symbols or emoji)")
    item = _one_object(value.get("itemReviewed"), "itemReviewed")
    return ClaimReviewRecord(
        position=position, line=line,
        url=_url(value.get("url"), "url", required=True),
        claim=claim,
        rating=_rating(value.get("reviewRating")),
        author=_name(value.get("author"), "author"),
        published=_date(value.get("datePublished"), "datePublished"),
        claim_author=_name(item.get("author"), "itemReviewed.author"),
        claim_date=_date(item.get("datePublished"), "itemReviewed.datePublished"),
        appearances=_appearances(item.get("appearance")),
    )


def _check_type(kind: object) -> None:
    kinds = kind if isinstance(kind, list) else [kind]
    if kind is not None and not any(isinstance(k, str) and k.split("/")[-1] == "ClaimReview" for k in kinds):
        raise InvalidField(f"@type is {_shown(kind)}, not ClaimReview")


def _text(value: object, field: str, limit: int, required: bool = False) -> str:
    """A string field cleaned of control, invisible and bidirectional-override characters."""
    if value is None or value == "":
        if required:
            raise InvalidField(f"missing {field}")
        return ""
    if not isinstance(value, str):
        raise InvalidField(f"{field} must be a string, not {_type_name(value)}")
    if _NOT_UTF8.search(value):
        raise InvalidField(f"{field} holds bytes that are not UTF-8")
    cleaned = unicodedata.normalize("NFC", value).translate(_INVISIBLE)
    cleaned = " ".join(cleaned.translate(_CONTROLS).split())
    if not cleaned and required:
        raise InvalidField(f"missing {field} (only spaces or control characters)")
    if len(cleaned) > limit:
        raise InvalidField(f"{field} is {len(cleaned):,} characters long; the limit is {limit:,}")
    return cleaned


def _url(value: object, field: str, required: bool = False) -> str:
    text = _text(value, field, MAX_URL_CHARS, required)
    parts = urlsplit(text) if text and " " not in text else None
    if text and (parts is None or parts.scheme.lower() not in ("http", "https") or not parts.hostname):
        raise InvalidField(f"{field} is not an http(s) URL: {_shown(text)}")
    return text


def url_identity(url: str) -> str:
    """The url as duplicates are compared: scheme and host lower-cased, no fragment or final /."""
    parts = urlsplit(url)
    path = parts.path.rstrip("/")
    query = f"?{parts.query}" if parts.query else ""
    return f"{parts.scheme.lower()}://{(parts.netloc or '').lower()}{path}{query}"


def _one_object(value: object, field: str) -> Mapping:
    if isinstance(value, list):
        value = value[0] if value else None
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise InvalidField(f"{field} must be an object, not {_type_name(value)}")
    return value


def _name(value: object, field: str) -> str | None:
    """A Person/Organization's name, or a bare string; the first of a list."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, Mapping):
        return _text(value.get("name"), f"{field}.name", MAX_NAME_CHARS) or None
    return _text(value, field, MAX_NAME_CHARS) or None


def _date(value: object, field: str) -> datetime.date | None:
    text = _text(value, field, 40)
    if not text:
        return None
    match = _ISO_DATE.match(text)
    if match:
        try:
            return datetime.date(*map(int, match.groups()))
        except ValueError:
            pass  # "2024-02-30" matches the pattern but is no day
    raise InvalidField(f"{field} is not an ISO date (YYYY-MM-DD): {_shown(text)}")


def _appearances(value: object) -> tuple[str, ...]:
    items = value if isinstance(value, list) else [value] if value is not None else []
    urls = []
    for item in items[:MAX_APPEARANCES]:
        raw = item.get("url") if isinstance(item, Mapping) else item
        if isinstance(raw, str):
            try:
                urls.append(_url(raw, "itemReviewed.appearance"))
            except InvalidField:
                continue  # an appearance is context; a bad one does not cost the review
    return tuple(u for u in urls if u)


def _rating(value: object) -> Rating:
    """The verdict: the label, and the number normalised to 0..1 when its scale is known."""
    rating = _one_object(value, "reviewRating")
    if not rating:
        raise InvalidField("missing reviewRating")
    label = _text(rating.get("alternateName"), "reviewRating.alternateName", MAX_LABEL_CHARS) or None
    number, words = _number(rating.get("ratingValue"), "reviewRating.ratingValue")
    best, _ = _number(rating.get("bestRating"), "reviewRating.bestRating")
    worst, _ = _number(rating.get("worstRating"), "reviewRating.worstRating")
    label = label or words
    if label is None and number is None:
        raise InvalidField("reviewRating has neither alternateName nor ratingValue")
    return Rating(label, number, best, worst, _normalised(number, best, worst))


def _number(value: object, field: str) -> tuple[Decimal | None, str | None]:
    """A number given as a JSON number or numeric string; other text comes back as words."""
    if value is None or value == "":
        return None, None
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise InvalidField(f"{field} must be a number or text, not {_type_name(value)}")
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        return None, _text(value, field, MAX_LABEL_CHARS) or None
    return (number, None) if number.is_finite() else (None, None)


def _normalised(value: Decimal | None, best: Decimal | None, worst: Decimal | None) -> float | None:
    if value is None or best is None or worst is None or best == worst:
        return None
    share = (value - worst) / (best - worst)
    return float(share) if 0 <= share <= 1 else None


def _type_name(value: object) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "true/false", type(None): "null"}
    return names.get(type(value), "a number" if isinstance(value, (int, float)) else type(value).__name__)


def _shown(value: object) -> str:
    """A value quoted for an error message: printable and at most 80 characters."""
    return repr(_printable(str(value))[:80])


def _printable(text: str) -> str:
    return "".join(c if c.isprintable() and not _NOT_UTF8.match(c) else "?" for c in text)
