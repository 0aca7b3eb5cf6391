"""Resolves date expressions against the article's published date: a day, or a period.

A day ("Tuesday", "yesterday", "March 15") is a point. Weekdays are the latest such day on or
before the published date (news reports the recent past: "said Tuesday" in a Tuesday paper is
that day), or the next one after it when the sentence speaks of the future ("will meet Friday").
A period ("last week", "this month", "last year", "in March", "March 2021", "2021") is not a
point: it resolves to its first and last day, and its ``value`` stays None, so a figure "this
year" is not dated Jan. 1. Anything else without a year stays unresolved.
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
_MONTH_PERIOD = re.compile(r"^(?:in\s+|early\s+|late\s+|mid-?)?([A-Za-z]{3,9})\.?(?:,?\s+(\d{4}))?$")
_YEAR_PERIOD = re.compile(r"^(?:in\s+|year\s+)?((?:1[5-9]|20)\d\d)$")
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
    return DateMention(text, span, resolve_date(text, published, future=future), resolve_period(text, published))


def resolve_date(text: str, published: datetime.date | None, *, future: bool = False) -> datetime.date | None:
    """The calendar day ``text`` refers to, or None (for a period too: see ``resolve_period``).

    1. Explicit dates ("2022-03-15", "March 15, 2022") need no published date.
    2. Relative days and weekdays count from ``published``.
    3. "March 15" takes the published year.
    """
    phrase = _phrase(text)
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
    ago = _DAYS_AGO.match(phrase)
    if ago:
        count = _SMALL_NUMBERS.get(ago.group(1)) or (int(ago.group(1)) if ago.group(1).isdigit() else None)
        return published - datetime.timedelta(days=count) if count else None
    return _calendar_day(phrase, published.year)


def resolve_period(text: str, published: datetime.date | None) -> tuple[datetime.date, datetime.date] | None:
    """The first and last day of the period ``text`` names, or None when it names a day or nothing.

    1. "last/this/next/past week|month|year" count from ``published``.
    2. "March 2021", "in March" (the published year), "2021": that month or year.
    """
    phrase = _phrase(text)
    relative = _PERIOD.match(phrase)
    if relative:
        return _relative_period(published, relative.group(1), relative.group(2)) if published else None
    year = _YEAR_PERIOD.match(phrase)
    if year:
        return datetime.date(int(year.group(1)), 1, 1), datetime.date(int(year.group(1)), 12, 31)
    month = _MONTH_PERIOD.match(phrase)
    number = month_number(month.group(1)) if month else None
    if number is None or (month.group(2) is None and published is None):
        return None
    return _month(int(month.group(2)) if month.group(2) else published.year, number)


def _phrase(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower()).removeprefix("the ").removesuffix("’s").removesuffix("'s")


def _weekday(published: datetime.date, weekday: int, future: bool) -> datetime.date:
    if future:
        return published + datetime.timedelta(days=(weekday - published.weekday()) % 7 or 7)
    return published - datetime.timedelta(days=(published.weekday() - weekday) % 7)


def _relative_period(published: datetime.date, which: str, unit: str) -> tuple[datetime.date, datetime.date]:
    step = {"last": -1, "past": -1, "this": 0, "next": 1}[which]
    if unit == "week":
        monday = published - datetime.timedelta(days=published.weekday()) + datetime.timedelta(weeks=step)
        return monday, monday + datetime.timedelta(days=6)
    if unit == "month":
        month_index = published.year * 12 + published.month - 1 + step
        return _month(month_index // 12, month_index % 12 + 1)
    return datetime.date(published.year + step, 1, 1), datetime.date(published.year + step, 12, 31)


def _month(year: int, month: int) -> tuple[datetime.date, datetime.date]:
    following = datetime.date(year + month // 12, month % 12 + 1, 1)
    return datetime.date(year, month, 1), following - datetime.timedelta(days=1)


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
