"""Resolves date expressions against the article's published date.

Weekdays are the latest such day on or before the published date (news reports the recent
past: "said Tuesday" in a Tuesday paper is that day), or the next one after it when the
sentence speaks of the future ("will meet Friday"). Periods ("last week", "last month",
"this year") resolve to their first day. Anything else without a year stays unresolved.
"""
from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING

from .article import find_date, month_number
from .results import DateMention

if TYPE_CHECKING:
    from spacy.tokens import Span as EntitySpan

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_OFFSETS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
_PERIOD = re.compile(r"^(last|this|next|past)\s+(week|month|year)$")
_DAYS_AGO = re.compile(r"^(\w+|\d+)\s+days?\s+ago$")
_MONTH_DAY = re.compile(r"^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$")
_DAY_MONTH = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?(?:,?\s+(\d{4}))?$")
_FUTURE_WORDS = frozenset({"will", "next", "'ll", "’ll", "upcoming", "shall"})
_SMALL_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def date_mention(entity: EntitySpan, base: int, published: datetime.date | None) -> DateMention:
    """A DATE entity with its value resolved against ``published`` (None when unknown)."""
    text = entity.text
    future = any(t.lower_ in _FUTURE_WORDS for t in entity.sent)
    span = (base + entity.start_char, base + entity.end_char)
    return DateMention(text, span, resolve_date(text, published, future=future))


def resolve_date(text: str, published: datetime.date | None, *, future: bool = False) -> datetime.date | None:
    """The calendar date ``text`` refers to, or None.

    1. Explicit dates ("2022-03-15", "March 15, 2022") need no published date.
    2. Relative days and weekdays count from ``published``.
    3. "March 15" takes the published year.
    """
    phrase = re.sub(r"\s+", " ", text.strip().lower()).removeprefix("the ").removesuffix("’s").removesuffix("'s")
    explicit = find_date(text)
    if explicit or published is None:
        return explicit
    if phrase in _DAY_OFFSETS:
        return published + datetime.timedelta(days=_DAY_OFFSETS[phrase])
    weekday = phrase.removeprefix("last ").removeprefix("next ").removeprefix("this ")
    if weekday in _WEEKDAYS:
        day = _weekday(published, _WEEKDAYS.index(weekday), future or phrase.startswith("next "))
        if phrase.startswith("last ") and day == published:  # "last Tuesday" in a Tuesday paper
            day -= datetime.timedelta(days=7)
        return day
    period = _PERIOD.match(phrase)
    if period:
        return _period_start(published, period.group(1), period.group(2))
    ago = _DAYS_AGO.match(phrase)
    if ago:
        count = _SMALL_NUMBERS.get(ago.group(1)) or (int(ago.group(1)) if ago.group(1).isdigit() else None)
        return published - datetime.timedelta(days=count) if count else None
    return _calendar_day(phrase, published.year)


def _weekday(published: datetime.date, weekday: int, future: bool) -> datetime.date:
    if future:
        return published + datetime.timedelta(days=(weekday - published.weekday()) % 7 or 7)
    return published - datetime.timedelta(days=(published.weekday() - weekday) % 7)


def _period_start(published: datetime.date, which: str, unit: str) -> datetime.date:
    step = {"last": -1, "past": -1, "this": 0, "next": 1}[which]
    if unit == "week":
        monday = published - datetime.timedelta(days=published.weekday())
        return monday + datetime.timedelta(weeks=step)
    if unit == "month":
        month_index = published.year * 12 + published.month - 1 + step
        return datetime.date(month_index // 12, month_index % 12 + 1, 1)
    return datetime.date(published.year + step, 1, 1)


def _calendar_day(phrase: str, year: int) -> datetime.date | None:
    match = _MONTH_DAY.match(phrase)
    if match:
        month, day, given = month_number(match.group(1)), int(match.group(2)), match.group(3)
    else:
        match = _DAY_MONTH.match(phrase)
        if not match:
            return None
        month, day, given = month_number(match.group(2)), int(match.group(1)), match.group(3)
    if month is None:
        return None
    try:
        return datetime.date(int(given) if given else year, month, day)
    except ValueError:
        return None
